"""Finished jobs' outputs kept at an fsspec URL (``LOOKALIKE_OUTPUTS_URL``), not on local disk.

A job still runs in the data directory (its parts, Celery's spool files and
the output being assembled are working files, next to the store); when it
completes, each finished file is uploaded to ``<url>/<job id>/<name>`` before
the store records the job completed, so a completed job's download is always
there. Uploads appear whole or not at all (:func:`lookalike.sinks.remote.upload_file`:
a completed multipart upload on object stores, a rename elsewhere), downloads
are read from the URL, and cancel, delete and retention remove the job's
prefix. Credentials come from the environment or the provider's chain, never
the URL, and no message shows them.

>>> import tempfile
>>> from pathlib import Path
>>> root = Path(tempfile.mkdtemp())
>>> outputs = RemoteOutputs(root.as_uri())
>>> local = root / "t.csv"
>>> _ = local.write_text("n\\n1\\n")
>>> outputs.publish("job-1", [local])
>>> outputs.size("job-1", "t.csv"), outputs.read("job-1", "t.csv")
(4, b'n\\n1\\n')
>>> outputs.remove("job-1")
>>> outputs.size("job-1", "t.csv") is None
True
>>> RemoteOutputs("nosuch://bucket/x")
Traceback (most recent call last):
...
lookalike.errors.OutputError: LOOKALIKE_OUTPUTS_URL: nosuch://bucket/x: no filesystem ...
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from lookalike.errors import OutputError
from lookalike.sinks.remote import check_reachable, filesystem, refuse_credentials, upload_file

__all__ = ["RemoteOutputs", "outputs_at"]

_JOB_ID = re.compile(r"^[0-9A-Za-z-]+$")


class RemoteOutputs:
    """The outputs of every job, under ``url`` (``s3://bucket/prefix``, ``gs://``,
    ``abfs://``, ``file://``...)."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        try:
            refuse_credentials(url)
            self.fs, self.root = filesystem(self.url)
        except OutputError as exc:
            raise OutputError(f"LOOKALIKE_OUTPUTS_URL: {exc}") from None
        self.root = self.root.rstrip("/")

    def __repr__(self) -> str:
        return f"RemoteOutputs({self.url!r})"

    def check(self) -> None:
        """Fail at start, in one line, when the store is unknown, unreachable, refuses the
        credentials (or finds none), or lacks the bucket."""
        try:
            check_reachable(self.url)
            self.fs.ls(self.root, detail=False)  # lists: the credentials are good
        except FileNotFoundError:
            pass  # the prefix is made by the first upload
        except OutputError as exc:
            raise OutputError(f"LOOKALIKE_OUTPUTS_URL: {exc}") from None
        except Exception as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise OutputError(
                f"LOOKALIKE_OUTPUTS_URL: {self.url}: cannot list it ({reason}); check the "
                "credentials in the environment (e.g. AWS_ACCESS_KEY_ID, AWS_PROFILE)"
            ) from None

    def _path(self, job_id: str, name: str = "") -> str:
        if not _JOB_ID.match(job_id) or "/" in name:
            raise ValueError(f"not a job's file: {job_id!r} {name!r}")
        return f"{self.root}/{job_id}" + (f"/{name}" if name else "")

    def url_of(self, job_id: str, name: str) -> str:
        """The URL of one of a job's files."""
        return f"{self.url}/{job_id}/{name}"

    def publish(self, job_id: str, files: Iterable[Path]) -> None:
        """Upload a finished job's files (each appears whole, or not at all)."""
        for local in files:
            upload_file(local, self.url_of(job_id, local.name))

    def size(self, job_id: str, name: str) -> int | None:
        """The size of one of a job's files, or None when it is not there."""
        try:
            return int(self.fs.size(self._path(job_id, name)))
        except FileNotFoundError:
            return None

    def open(self, job_id: str, name: str) -> IO[bytes]:
        """One of a job's files, open for reading (seekable: zip members can be read)."""
        handle: IO[bytes] = self.fs.open(self._path(job_id, name), "rb")
        return handle

    def read(self, job_id: str, name: str) -> bytes:
        """One of a job's files, whole (for small files and tests)."""
        with self.open(job_id, name) as handle:
            return handle.read()

    def chunks(
        self,
        job_id: str,
        name: str,
        size: int = 1 << 20,
        *,
        start: int = 0,
        stop: int | None = None,
    ) -> Iterator[bytes]:
        """Bytes ``[start, stop)`` of one of a job's files (all of it by default) in pieces
        of at most ``size`` bytes, for a streamed download."""
        with self.open(job_id, name) as handle:
            handle.seek(start)
            left = None if stop is None else stop - start
            while left is None or left > 0:
                piece = handle.read(size if left is None else min(size, left))
                if not piece:
                    return
                if left is not None:
                    left -= len(piece)
                yield piece

    def fetch(self, job_id: str, name: str, local: Path) -> None:
        """Copy one of a job's files to ``local`` (written under a temporary name first)."""
        temporary = local.with_name(f".{local.name}.fetch")
        local.parent.mkdir(parents=True, exist_ok=True)
        self.fs.get_file(self._path(job_id, name), str(temporary))
        temporary.replace(local)

    def remove(self, job_id: str) -> None:
        """Delete a job's files (nothing when it has none)."""
        with contextlib.suppress(FileNotFoundError):
            self.fs.rm(self._path(job_id), recursive=True)
        self.fs.invalidate_cache()  # listings cached before the removal would still show it

    def kept(self) -> dict[str, set[str]]:
        """Every job's file names now at the URL, by job id (one listing)."""
        found: dict[str, set[str]] = {}
        try:
            names = self.fs.find(self.root)
        except FileNotFoundError:
            return found
        finally:
            self.fs.invalidate_cache()  # later sizes and downloads ask the store itself
        for name in names:
            relative = str(name)[len(self.root) :].strip("/")
            job_id, _, file = relative.partition("/")
            if file and "/" not in file:
                found.setdefault(job_id, set()).add(file)
        return found


def outputs_at(url: str | None) -> RemoteOutputs | None:
    """The remote outputs of ``url``, or None when outputs stay in the data directory."""
    return RemoteOutputs(url) if url else None
