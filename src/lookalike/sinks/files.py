"""Atomic output files: written under a temporary name, renamed when complete.

A failure or Ctrl-C never leaves a half-written file under the requested name,
and never clobbers an older file of that name until the new one is whole.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa

from lookalike.errors import OutputError

COMPRESSIONS = ("gzip", "zstd")


def check_writable(path: Path) -> None:
    """Fail early, before generating anything, if ``path`` cannot be created."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name")
    if not directory.exists():
        raise OutputError(f"{path}: directory {directory} does not exist; create it first")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: directory {directory} is not writable; choose another path")
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"{path}: file exists and is read-only; choose another path")


class AtomicFile:
    """A binary stream to ``path`` that only appears there on :meth:`commit`.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "out.txt"
    >>> f = AtomicFile(target); f.stream.write(b"hi"); f.commit(); target.read_bytes()
    2
    b'hi'
    """

    def __init__(self, path: Path, compression: str | None = None) -> None:
        check_writable(path)
        self.path = path
        self.compression = compression
        self.temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
        try:
            raw = pa.OSFile(str(self.temporary), "wb")
        except OSError as exc:
            raise OutputError(f"{path}: cannot create: {exc.strerror or exc}") from exc
        self._raw = raw
        self.stream: BinaryIO = pa.CompressedOutputStream(raw, compression) if compression else raw

    def commit(self) -> None:
        """Flush, close and move the file into place."""
        try:
            self.stream.close()
            if not self._raw.closed:
                self._raw.close()
            os.replace(self.temporary, self.path)
        except OSError as exc:
            self.discard()
            raise OutputError(f"{self.path}: cannot finish writing: {exc}") from exc

    def discard(self) -> None:
        """Close and delete the temporary file; the target is left as it was."""
        with contextlib.suppress(Exception):
            self.stream.close()
        with contextlib.suppress(Exception):
            self._raw.close()
        with contextlib.suppress(FileNotFoundError):
            self.temporary.unlink()
