"""A bounded channel from the loop's thread to a consumer: an HTTP body, or a Python loop.

The service streams rows by running the ordinary loop on a thread of its own
with a text sink whose target is a :class:`Channel`; the response drains it
with ``async for``. :func:`lookalike.batches` does the same with a
:class:`BatchSink` and plain ``for``. The channel holds at most ``depth``
pieces, so a slow consumer slows generation instead of filling memory, and
when the consumer goes away (:meth:`Channel.cancel`) the next write raises
:class:`ChannelClosedError`, which stops the loop like any other error: generation
ends within a block.

>>> import asyncio
>>> channel = Channel()
>>> _ = channel.write(b"a"); _ = channel.write(b"b"); channel.commit()
>>> async def drain():
...     return [piece async for piece in channel]
>>> asyncio.run(drain())
[b'a', b'b']
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from lookalike.errors import OutputError

if TYPE_CHECKING:
    import asyncio


class ChannelClosedError(OutputError):
    """The consumer went away (the client disconnected): stop producing."""


class Channel:
    """Pieces written by one thread, read in order by ``async for`` in an event loop."""

    resumed_at = None
    placeable = None
    compression = None
    positional = False
    writes_behind = False

    def __init__(self, depth: int = 4, *, max_bytes: int | None = None) -> None:
        self.depth = depth
        #: Most bytes queued at once (a piece larger than this still goes, alone).
        self.max_bytes = max_bytes
        self._queued = 0  # bytes in the queue
        self._pieces: deque[Any] = deque()
        self._lock = threading.Condition()
        self._ended = False  # the producer committed
        self._error: BaseException | None = None  # the producer failed
        self._cancelled = False  # the consumer went away
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready: asyncio.Event | None = None
        self._told = 0  # bytes handed over (tell())

    # -- the producing thread (a text sink's stream) --------------------------

    @property
    def stream(self) -> Channel:
        """The channel is its own stream: the sink calls :meth:`write` on it."""
        return self

    def write(self, data: bytes | pa.Buffer) -> int:
        """Queue ``data``, waiting while the channel is full."""
        self.put(data)
        self._told += len(data)
        return len(data)

    def put(self, item: Any) -> None:
        """Queue any item (a record batch), waiting while the channel is full."""
        size = _size(item)
        with self._lock:
            while not self._cancelled and self.would_wait(size):
                self._lock.wait()
            if self._cancelled:
                raise ChannelClosedError("the consumer went away")
            self._pieces.append(item)
            self._queued += size
            self._lock.notify_all()
        self._wake()

    def would_wait(self, size: int) -> bool:
        """Whether a piece of ``size`` bytes written now would wait for room.

        >>> channel = Channel(max_bytes=10)
        >>> channel.would_wait(100)  # an empty channel takes any piece
        False
        >>> _ = channel.write(b"12345678")
        >>> channel.would_wait(2), channel.would_wait(3)
        (False, True)
        """
        if len(self._pieces) >= self.depth:
            return True
        return bool(
            self.max_bytes is not None and self._pieces and self._queued + size > self.max_bytes
        )

    def _take(self) -> Any:
        """The next piece (the lock held, the queue not empty)."""
        piece = self._pieces.popleft()
        self._queued -= _size(piece)
        self._lock.notify_all()
        return piece

    def tell(self) -> int:
        """How many bytes were written."""
        return self._told

    def flush(self) -> None:
        """Nothing is buffered here beyond the queue."""

    def commit(self) -> None:
        """The producer is done: the consumer ends after the last piece."""
        self._end(None)

    def discard(self) -> None:
        """The producer gave up; the consumer is told by :meth:`fail` (or has left)."""
        self._end(None)

    def fail(self, error: BaseException) -> None:
        """The producer failed: the consumer raises ``error`` after what was queued."""
        self._end(error)

    def _end(self, error: BaseException | None) -> None:
        with self._lock:
            self._error = self._error or error
            self._ended = True
            self._lock.notify_all()
        self._wake()

    def _wake(self) -> None:
        loop, ready = self._loop, self._ready
        if loop is not None and ready is not None:
            # A closed loop (RuntimeError) means nobody is listening any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(ready.set)

    # -- the consumer (in an event loop) --------------------------------------

    def cancel(self) -> None:
        """The consumer goes away: the producer's next write raises ChannelClosedError."""
        with self._lock:
            self._cancelled = True
            self._pieces.clear()
            self._queued = 0
            self._lock.notify_all()

    def __iter__(self) -> Iterator[Any]:
        while True:
            with self._lock:
                while not self._pieces and not self._ended:
                    self._lock.wait()
                if not self._pieces:
                    break
                piece = self._take()
            yield piece
        if self._error is not None:
            raise self._error

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._drain()

    async def _drain(self) -> AsyncIterator[Any]:
        import asyncio  # here: only async readers need it (the CLI never does)

        self._loop = asyncio.get_running_loop()
        self._ready = asyncio.Event()
        while True:
            with self._lock:
                piece = self._take() if self._pieces else None
                if piece is None:
                    if self._ended:
                        break
                    self._ready.clear()  # under the lock: a write after this sets it
            if piece is None:
                await self._ready.wait()
                continue
            yield piece
        if self._error is not None:
            raise self._error


def _size(item: Any) -> int:
    """Bytes a queued piece holds (record batches are not counted)."""
    return len(item) if isinstance(item, bytes | bytearray | memoryview | pa.Buffer) else 0


class BatchSink:
    """A sink that hands each batch to a :class:`Channel` (for :func:`lookalike.batches`)."""

    encoder = None

    def __init__(self, channel: Channel) -> None:
        self.channel = channel

    def open(self, schema: pa.Schema) -> None:
        """Nothing to prepare: batches carry their schema."""

    def write(self, batch: pa.RecordBatch) -> None:
        self.channel.put(batch)

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("a batch channel takes batches")

    def close(self) -> None:
        self.channel.commit()

    def abort(self) -> None:
        self.channel.discard()
