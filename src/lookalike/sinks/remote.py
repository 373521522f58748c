"""Outputs at fsspec URLs (``s3://``, ``gs://``, ``abfs://``...): staged here, then uploaded.

A run whose output is a URL writes its files exactly as it would locally, into
a staging folder (``LOOKALIKE_STAGING_DIR``, else the system's temporary
folder), so every format, compression and worker count works and the bytes are
the local ones; each finished file is then uploaded. Object stores make an
object appear only once its upload completes (s3fs uploads large files in
parts, a multipart upload), so a reader never sees half a file; on other
filesystems the file is uploaded under a temporary name and renamed. A failed
run uploads nothing.

Credentials come only from the environment and the provider's usual chain
(``AWS_ACCESS_KEY_ID``, ``AWS_PROFILE``, instance roles; ``AWS_ENDPOINT_URL``
for an S3-compatible server), never from the URL, and no message shows them.

>>> is_url("s3://bucket/people.parquet"), is_url("out/people.csv"), is_url("file:///tmp/x.csv")
(True, False, False)
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

from lookalike.errors import OutputError

__all__ = [
    "RemoteOutput",
    "check_reachable",
    "filesystem",
    "is_url",
    "redact",
    "refuse_credentials",
    "upload_file",
]

#: Stores where an object appears whole when its upload completes.
_ATOMIC = {"s3", "s3a", "gs", "gcs", "abfs", "abfss", "az", "adl", "memory"}


def is_url(output: object) -> bool:
    """Whether an output names a remote location (``file://`` and plain paths are local)."""
    text = str(output)
    return "://" in text and not text.startswith("file://")


def redact(url: str) -> str:
    """A URL without any ``user:secret@`` part, for messages.

    >>> redact("s3://key:secret@bucket/x.csv")
    's3://bucket/x.csv'
    """
    return re.sub(r"^([a-z0-9+.-]+://)[^/@]*@", r"\1", url)


class RemoteOutput:
    """A URL output and the local staging path written in its place.

    ``local`` keeps the URL's last name (``people.parquet``; a folder for a URL
    ending in ``/``), so format inference and directory rules are the local ones.
    """

    def __init__(self, url: str, *, staging: str | Path | None = None) -> None:
        refuse_credentials(url)
        self.url = url
        folder = url.endswith("/")
        trimmed = url.rstrip("/")
        self.base, _, name = trimmed.rpartition("/")
        if not name or "://" not in self.base + "/":
            raise OutputError(f"{url}: give a bucket and a name, e.g. s3://bucket/people.csv")
        root = staging or os.environ.get("LOOKALIKE_STAGING_DIR") or None
        self.root = Path(tempfile.mkdtemp(prefix="lookalike-upload-", dir=root))
        self.local = self.root / name
        self.local_output = str(self.local) + ("/" if folder else "")

    def url_for(self, local: Path) -> str:
        """The URL a staged file goes to."""
        return f"{self.base}/{local.relative_to(self.root).as_posix()}"

    def check(self) -> None:
        """Fail before any row when the bucket is missing or cannot be reached."""
        check_reachable(self.base)

    def upload(self, files: list[Path]) -> list[str]:
        """Upload each staged file (whole or not at all); return their URLs."""
        urls = []
        for local in files:
            url = self.url_for(local)
            upload_file(local, url)
            urls.append(url)
        return urls

    def discard(self) -> None:
        """Delete the staging folder (after the upload, or after a failure)."""
        with contextlib.suppress(OSError):
            shutil.rmtree(self.root)


def refuse_credentials(url: str) -> None:
    """Refuse a URL with ``user:secret@`` in it (credentials belong in the environment)."""
    if re.match(r"^[a-z0-9+.-]+://[^/@]*@", url):
        raise OutputError(
            f"{redact(url)}: put credentials in the environment (e.g. AWS_ACCESS_KEY_ID), "
            "not in the URL"
        )


def check_reachable(url: str) -> None:
    """Fail when the bucket (or top folder) of ``url`` is missing, or cannot be reached
    (no credentials, no network), in one line without secrets."""
    fs, path = _filesystem(url)
    bucket = path.split("/", 1)[0] if "://" in url and not url.startswith("file://") else path
    try:
        fs.info(bucket)  # raises for missing credentials too, where exists() says False
        found = True
    except FileNotFoundError:
        found = False
    except Exception as exc:
        raise OutputError(
            f"{redact(url)}: cannot reach the store: {_reason(exc)} (credentials come from the "
            "environment: e.g. AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)"
        ) from None
    if not found:
        raise OutputError(f"{redact(url)}: no bucket or folder {bucket!r}; create it first")


def upload_file(local: Path, url: str) -> None:
    """Upload ``local`` to ``url`` so that it appears whole or not at all: object stores
    show an object once its (multipart) upload completes; elsewhere it is uploaded under
    a temporary name, then renamed."""
    fs, path = _filesystem(url)
    try:
        if fs.protocol and set(_protocols(fs)) & _ATOMIC:
            fs.put_file(str(local), path)
        else:
            folder = path.rpartition("/")[0]
            fs.makedirs(folder, exist_ok=True)
            temporary = f"{folder}/.{uuid.uuid4().hex[:8]}.partial"
            fs.put_file(str(local), temporary)
            fs.mv(temporary, path)
    except Exception as exc:
        raise OutputError(f"{redact(url)}: upload failed: {_reason(exc)}") from None


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of ``url`` and the path in it (a clear error for a scheme
    without one: an unknown scheme, or its package not installed)."""
    return _filesystem(url)


def _filesystem(url: str) -> tuple[Any, str]:
    from lookalike.extras import require

    core = require("fsspec.core", "cloud")
    try:
        fs, path = core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise OutputError(
            f"{redact(url)}: no filesystem for this URL ({_reason(exc)}); install lookalike's "
            "cloud extra (s3://) or the scheme's fsspec package (gcsfs, adlfs)"
        ) from None
    return fs, str(path)


def _protocols(fs: Any) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _reason(exc: BaseException) -> str:
    """An error's first line, with any URL credentials taken out."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return re.sub(r"([a-z0-9+.-]+://)[^/@\s]*@", r"\1", text)
