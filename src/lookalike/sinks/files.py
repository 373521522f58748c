"""Output files: atomic appearance, resumable appends, positional writes and durability.

Every file lookalike writes goes through here. A new file is written under a
temporary name and renamed when complete (:class:`AtomicFile`), so a failure or
Ctrl-C never leaves a half-written file under the requested name. A job's
output is appended to under a fixed temporary name, cut back to its last
recorded length when a job resumes (:class:`ResumableFile`). Worker processes
write blocks at their final offsets (:func:`write_at`); spooled blocks are
copied by the kernel (:func:`copy_file`). ``durable`` files are synced, and the
rename with them, before anyone is told they exist.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa

from lookalike.errors import OutputError
from lookalike.sinks.formats import COMPRESSIONS

__all__ = [
    "COMPRESSIONS",
    "AtomicFile",
    "ResumableFile",
    "atomic_path",
    "check_writable",
    "copy_file",
    "sync_directory",
    "write_at",
]


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


def _cannot_write(exc: OSError, path: object = None) -> OutputError:
    where = f"{path}: " if path is not None else ""
    return OutputError(f"{where}cannot write output: {exc.strerror or exc}")


def write_at(fd: int, parts: Sequence[bytes | pa.Buffer | memoryview], offset: int) -> int:
    """Write ``parts`` one after another at ``offset`` of ``fd``; return the new end.

    >>> import tempfile
    >>> fd, name = tempfile.mkstemp()
    >>> write_at(fd, [b"ab", b"cd"], 3)
    7
    >>> os.close(fd); Path(name).read_bytes()
    b'\\x00\\x00\\x00abcd'
    """
    try:
        for part in parts:
            view = memoryview(part)
            while view:
                written = os.pwrite(fd, view, offset)
                offset += written
                view = view[written:]
    except OSError as exc:
        raise _cannot_write(exc) from exc
    return offset


def copy_file(fd: int, source: str, offset: int | None = None) -> int:
    """Append the bytes of file ``source`` to ``fd`` (at ``offset``, or at its position),
    copied by the kernel; return how many bytes went.

    Worker processes leave encoded blocks in spool files; the kernel copying them
    spares this process a read and a write through user space.
    """
    with open(source, "rb") as src:
        size = os.fstat(src.fileno()).st_size
        if offset is not None:
            os.lseek(fd, offset, os.SEEK_SET)
        sent = 0
        try:
            while sent < size:
                sent += os.sendfile(fd, src.fileno(), sent, size - sent)
        except OSError as exc:
            raise _cannot_write(exc) from exc
    return size


def sync_directory(path: Path) -> None:
    """Make a rename (or a new file) in ``path`` durable."""
    with contextlib.suppress(OSError):  # some filesystems cannot open a directory
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")


def _place(temporary: Path, path: Path, *, durable: bool) -> None:
    """Rename ``temporary`` to ``path``; with ``durable``, the rename is synced too."""
    os.replace(temporary, path)
    if durable:
        sync_directory(path.parent)


@contextlib.contextmanager
def atomic_path(path: Path, *, durable: bool = False) -> Iterator[Path]:
    """A temporary path to write ``path`` through; renamed into place when the block
    ends without error, deleted otherwise.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_path(target) as temporary:
    ...     _ = temporary.write_bytes(b"hi")
    >>> target.read_bytes()
    b'hi'
    """
    temporary = _temporary(path)
    try:
        yield temporary
        if durable:
            with open(temporary, "rb+") as written:
                os.fsync(written.fileno())
        _place(temporary, path, durable=durable)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


class AtomicFile:
    """A binary stream to ``path`` that only appears there on :meth:`commit`.

    ``durable`` syncs the file and its directory before :meth:`commit` returns
    (a job's finished outputs; the CLI's files need not wait for the disk).

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "out.txt"
    >>> f = AtomicFile(target); f.stream.write(b"hi"); f.commit(); target.read_bytes()
    2
    b'hi'
    """

    positional = False
    writes_behind = True

    def __init__(
        self, path: Path, compression: str | None = None, *, durable: bool = False
    ) -> None:
        check_writable(path)
        self.path = path
        self.compression = compression
        self.durable = durable
        self.temporary = _temporary(path)
        try:
            raw = pa.OSFile(str(self.temporary), "wb")
        except OSError as exc:
            raise OutputError(f"{path}: cannot create: {exc.strerror or exc}") from exc
        self._raw = raw
        self.stream: BinaryIO = pa.CompressedOutputStream(raw, compression) if compression else raw

    @property
    def resumed_at(self) -> int | None:
        """A new file resumes nothing."""
        return None

    @property
    def placeable(self) -> str | None:
        """The path others may write blocks into at offsets: an uncompressed new file."""
        return None if self.compression else str(self.temporary)

    def fileno(self) -> int:
        """The file descriptor of the (uncompressed) file being written."""
        return int(self._raw.fileno())

    def sync(self) -> None:
        """Flush what was written so far to the disk."""
        os.fsync(self.fileno())

    def commit(self) -> None:
        """Flush, close and move the file into place (durably when asked)."""
        try:
            self.stream.close()
            if self.durable:
                with open(self.temporary, "rb+") as written:
                    os.fsync(written.fileno())
            if not self._raw.closed:
                self._raw.close()
            _place(self.temporary, self.path, durable=self.durable)
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


class ResumableFile:
    """A file written at offsets under a fixed temporary name, so a later run can carry on.

    :meth:`open` starts afresh, or (given the length recorded last time) cuts off
    whatever was written after that length and continues there. The file is
    renamed into place, durably, by :meth:`commit`. Its bytes only ever depend on
    the spec and seed, so a stale writer can only write the same bytes again.

    >>> import tempfile
    >>> final = Path(tempfile.mkdtemp()) / "t.csv"
    >>> f = ResumableFile(final); _ = f.open(); write_at(f.fileno(), [b"a,b\\n1,2\\n"], 0)
    8
    >>> f.close(); f = ResumableFile(final); f.open(resume_at=4)
    True
    >>> write_at(f.fileno(), [b"3,4\\n"], 4); f.commit()
    8
    >>> final.read_bytes()
    b'a,b\\n3,4\\n'
    """

    compression = None
    positional = True
    writes_behind = False

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temporary = path.with_name(f".{path.name}.partial")
        self.resumed_at: int | None = None
        self._fd: int | None = None

    @property
    def stream(self) -> BinaryIO:
        """A resumable file has no stream: it is only written at offsets."""
        raise OutputError(f"{self.path}: written at offsets only")

    @property
    def placeable(self) -> str:
        """Others may write blocks into the file at offsets past its end."""
        return str(self.temporary)

    def open(self, resume_at: int | None = None) -> bool:
        """Start afresh, or continue at ``resume_at``; False if the file is shorter than
        that (nothing to continue: the caller starts again from the beginning)."""
        self.close()
        flags = os.O_WRONLY | os.O_CLOEXEC
        try:
            if resume_at is None:
                self.temporary.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.temporary, flags | os.O_CREAT | os.O_TRUNC, 0o644)
            else:
                fd = os.open(self.temporary, flags)
                if os.fstat(fd).st_size < resume_at:
                    os.close(fd)
                    return False
                os.ftruncate(fd, resume_at)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise _cannot_write(exc, self.path) from exc
        self._fd = fd
        self.resumed_at = resume_at
        return True

    def fileno(self) -> int:
        """The open file's descriptor."""
        if self._fd is None:
            raise OutputError(f"{self.path}: not open")
        return self._fd

    def sync(self) -> None:
        """Make what was written durable (before its length is recorded)."""
        if self._fd is not None:
            os.fsync(self._fd)

    def close(self) -> None:
        """Release the file, leaving it to be resumed."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    def commit(self) -> None:
        """Sync, close and move the file into place."""
        try:
            self.sync()
            self.close()
            _place(self.temporary, self.path, durable=True)
        except FileNotFoundError:
            if not self.path.exists():  # a stale worker's rename of the same bytes is fine
                raise
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot finish writing: {exc}") from exc

    def discard(self) -> None:
        """Stop writing; the file stays, to be resumed from its recorded length."""
        self.close()
