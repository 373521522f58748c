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

__all__ = ["RemoteOutput", "is_url", "redact"]

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
        if re.match(r"^[a-z0-9+.-]+://[^/@]*@", url):
            raise OutputError(
                f"{redact(url)}: put credentials in the environment (e.g. AWS_ACCESS_KEY_ID), "
                "not in the URL"
            )
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
        fs, path = _filesystem(self.base)
        bucket = path.split("/", 1)[0]
        try:
            found = fs.exists(bucket)
        except Exception as exc:
            raise OutputError(
                f"{redact(self.base)}: cannot reach the store: {_reason(exc)}"
            ) from None
        if not found:
            raise OutputError(
                f"{redact(self.base)}: no bucket or folder {bucket!r}; create it first"
            )

    def upload(self, files: list[Path]) -> list[str]:
        """Upload each staged file (whole or not at all); return their URLs."""
        urls = []
        for local in files:
            url = self.url_for(local)
            fs, path = _filesystem(url)
            try:
                if fs.protocol and set(_protocols(fs)) & _ATOMIC:
                    fs.put_file(str(local), path)
                else:
                    temporary = f"{path.rpartition('/')[0]}/.{uuid.uuid4().hex[:8]}.partial"
                    fs.put_file(str(local), temporary)
                    fs.mv(temporary, path)
            except Exception as exc:
                raise OutputError(f"{redact(url)}: upload failed: {_reason(exc)}") from None
            urls.append(url)
        return urls

    def discard(self) -> None:
        """Delete the staging folder (after the upload, or after a failure)."""
        with contextlib.suppress(OSError):
            shutil.rmtree(self.root)


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
