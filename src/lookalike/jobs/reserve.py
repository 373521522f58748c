"""A few megabytes kept in reserve on the data directory's disk, so that a full disk can
always be recorded.

When a job fills the disk, recording its failure needs a little space too (the
SQLite store writes its journal beside the outputs); without it the job would stay
``generating``, its parts filling the disk, and every later write fail. The
server keeps :data:`RESERVE_NAME` (``LOOKALIKE_HOME/.disk-reserve``, zeros written
for real, so it holds blocks) and a job that hits a full disk deletes it first,
then records the failure and removes its files; the server writes the reserve
again once there is room.

>>> import tempfile
>>> reserve = DiskReserve(Path(tempfile.mkdtemp()) / RESERVE_NAME, 4096)
>>> reserve.ensure(), reserve.path.stat().st_size
(True, 4096)
>>> reserve.release(), reserve.path.exists()
(True, False)
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

RESERVE_NAME = ".disk-reserve"
_CHUNK = 1 << 20


def reserve_for(jobs_dir: Path) -> Path:
    """Where the reserve of the data directory holding ``jobs_dir`` lies."""
    return jobs_dir.parent / RESERVE_NAME


def disk_full(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or one of its causes) says the disk or the store is full.

    >>> disk_full(OSError(errno.ENOSPC, "No space left on device"))
    True
    >>> disk_full(ValueError("x"))
    False
    """
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(exc).lower()
        if "no space left" in text or "database or disk is full" in text:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


class DiskReserve:
    """``size`` bytes at ``path``: made when there is room, given up when there is none."""

    def __init__(self, path: Path, size: int) -> None:
        self.path, self.size = path, size

    def ensure(self) -> bool:
        """Write the reserve if it is missing or short; False when the disk has no room."""
        if self.size <= 0:
            return True
        with contextlib.suppress(FileNotFoundError):
            if self.path.stat().st_size >= self.size:
                return True
        temporary = self.path.with_name(self.path.name + ".new")
        try:
            with open(temporary, "wb") as out:
                left = self.size
                zeros = bytes(min(_CHUNK, self.size))
                while left > 0:
                    left -= out.write(zeros[: min(left, len(zeros))])
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            if disk_full(exc):
                return False
            raise
        return True

    def release(self) -> bool:
        """Give the space back (a full disk must record a failure); False if none was kept."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        return True
