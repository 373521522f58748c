"""Worker processes writing their encoded blocks straight into the output file.

Block ``i``'s bytes start where block ``i - 1``'s end, so a worker that has
encoded block ``i`` needs just that one number. The numbers live on a small
board in shared memory (a file in the executor's spool folder that every
process maps): a slot per block, ``-1`` until known. A worker waits for the end
of the block before its own, posts where its own will end (so the next block's
worker can start writing at once), then writes with ``pwrite``. Every byte is
written once, by the process that encoded it, instead of being spooled and
copied again by the parent.

Workers take tasks in order, so the worker holding the lowest unfinished block
never waits and the chain always moves. A block that fails before it knows its
length marks its slot failed, so the blocks after it give up (and the parent,
reading results in order, meets the first failure's own error); the parent
raises an abort flag when it stops early, which every waiting worker sees
within milliseconds.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import time
import uuid
from array import array
from collections.abc import Iterator, Sequence

import pyarrow as pa

from lookalike.errors import OutputError
from lookalike.executors.base import Placed, Task, run_task
from lookalike.plan import Plan
from lookalike.sinks.base import Encoder, Piece, Placement
from lookalike.sinks.files import write_at

#: Slot 0 is the abort flag, slot 1 the file's start, slot ``i + 2`` the end of block ``i``.
_FLAG, _FIRST = 0, 1
#: A slot's value while its block's end is not known yet, and once its block failed.
_UNKNOWN, _FAILED = -1, -2
_SLOT = array("q").itemsize


class AbandonedError(RuntimeError):
    """The run was abandoned (an error or Ctrl-C elsewhere) while this block waited."""


class EndBoard:
    """Where each block's bytes end, shared by the parent and its worker processes.

    >>> import tempfile
    >>> board = EndBoard.create(tempfile.mkdtemp(), blocks=2, start=10)
    >>> board.start_of(0)
    10
    >>> board.post(0, 25); board.start_of(1)
    25
    >>> board.discard()
    """

    def __init__(self, path: str, mapping: mmap.mmap) -> None:
        self.path = path
        self._mapping = mapping
        self._slots = memoryview(mapping).cast("q")

    @classmethod
    def create(cls, directory: str, *, blocks: int, start: int) -> EndBoard:
        """A new board for ``blocks`` blocks whose bytes begin at offset ``start``."""
        path = os.path.join(directory, f"{uuid.uuid4().hex}.ends")
        with open(path, "wb") as out:
            out.write(array("q", [0, start, *([_UNKNOWN] * blocks)]).tobytes())
        return cls.open(path)

    @classmethod
    def open(cls, path: str) -> EndBoard:
        """Map the board at ``path`` (made by :meth:`create` in another process)."""
        with open(path, "r+b") as source:
            return cls(path, mmap.mmap(source.fileno(), 0))

    @property
    def blocks(self) -> int:
        """How many blocks the board has a slot for."""
        return len(self._slots) - 2

    def start_of(self, index: int) -> int:
        """Where block ``index``'s bytes start, once the block before it has posted."""
        delay = 0.0001
        while True:
            value = self._slots[_FIRST + index]
            if value >= 0:
                return int(value)
            if value == _FAILED:
                raise AbandonedError(f"block {index}: the block before it failed")
            if self._slots[_FLAG]:
                raise AbandonedError(f"block {index}: the run was abandoned")
            time.sleep(delay)
            delay = min(2 * delay, 0.002)

    def post(self, index: int, end: int) -> None:
        """Block ``index``'s bytes end at ``end``."""
        self._slots[_FIRST + 1 + index] = end

    def fail(self, index: int) -> None:
        """Block ``index`` failed before its end was known: the blocks after it give up."""
        self._slots[_FIRST + 1 + index] = _FAILED

    def abort(self) -> None:
        """Tell every waiting worker to give up."""
        self._slots[_FLAG] = 1

    @property
    def aborted(self) -> bool:
        """Whether someone gave up on the run."""
        return bool(self._slots[_FLAG])

    def close(self) -> None:
        """Unmap the board (the file stays for the other processes)."""
        self._slots.release()
        self._mapping.close()

    def discard(self) -> None:
        """Unmap and delete the board."""
        self.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


@contextlib.contextmanager
def _board(path: str) -> Iterator[EndBoard]:
    board = EndBoard.open(path)
    try:
        yield board
    finally:
        board.close()


def write_placed(
    plan: Plan, task: Task, encoder: Encoder, placement: Placement, board_path: str, index: int
) -> tuple[int, Placed]:
    """Generate and encode ``task`` (the ``index``-th of the run), then write its bytes
    into ``placement``'s file where block ``index - 1``'s end. Runs in a worker."""
    with _board(board_path) as board:
        try:
            rows, encoded = run_task(plan, task, encoder)
            data = encoded.body_at(index) if isinstance(encoded, Piece) else encoded
            if not isinstance(data, bytes | pa.Buffer):
                raise TypeError(f"encoder gave {type(data).__name__}, not bytes")
            size = len(data)
            offset = board.start_of(index)
        except BaseException:
            board.fail(index)
            raise
        follows_rows = offset > placement.start or placement.after_rows
        gap = placement.between if size and follows_rows else b""
        end = offset + len(gap) + size
        board.post(index, end)  # the next block may start writing now
    # After posting: a piece's footer is shifted to its offset off the chain.
    footer = encoded.footer_at(offset + len(gap), index) if isinstance(encoded, Piece) else None
    if size:
        _write_at(placement.path, [gap, data], offset)
    return rows, Placed(end, footer)


def _write_at(path: str, parts: Sequence[bytes | pa.Buffer], offset: int) -> None:
    try:
        # Never O_CREAT: if the run was abandoned, its temporary file is gone and
        # must not come back.
        fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write output: {exc.strerror or exc}") from exc
    try:
        write_at(fd, parts, offset)
    finally:
        os.close(fd)
