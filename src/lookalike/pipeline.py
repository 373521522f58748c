"""The loop from a plan to a sink: plan → blocks → sink.

The library, the CLI and database loads call :func:`run_table` (the service's
jobs and streams have loops of their own). Blocks come from an executor in
order. A worker is a core: with one, the calling thread generates, encodes and
writes each block in turn. With more, a sink thread takes each block, so
writing block ``k`` overlaps making block ``k + 1``, and worker processes
writing a plain text file put their blocks into it themselves (the sink's
placement); the sink only learns where they end. On any error or Ctrl-C the
sink is aborted: no partial file is left under its name.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

import pyarrow as pa

from lookalike.executors import Executor, InProcessExecutor, Payload, tasks_for
from lookalike.executors.base import Placed, Spooled
from lookalike.plan import Plan
from lookalike.sinks.base import BackgroundWriting, PlacingSink, Sink

Progress = Callable[[int], None]
_DONE = object()
_BLOCK = object()  # a block is waiting in _SinkThread._current


@dataclass(frozen=True)
class RowRange:
    """Rows ``[first, stop)`` of a table."""

    first: int
    stop: int

    @classmethod
    def parse(cls, text: str) -> RowRange:
        """Read ``START:STOP`` (either side may be empty).

        >>> RowRange.parse("5000000:5001000")
        RowRange(first=5000000, stop=5001000)
        """
        head, sep, tail = text.partition(":")
        try:
            if not sep:
                raise ValueError
            first = int(head.replace("_", "")) if head.strip() else 0
            stop = int(tail.replace("_", "")) if tail.strip() else 10**12
        except ValueError:
            raise ValueError(f"row range {text!r} must look like START:STOP, e.g. 0:1000") from None
        if first < 0 or stop < first:
            raise ValueError(f"row range {text!r} needs 0 <= START <= STOP")
        return cls(first, stop)


def deliver(sink: Sink, payload: Payload, *, chunk_rows: int | None = None) -> None:
    """Hand one block to ``sink``: encoded bytes, a placed block's end, or a batch
    (encoded here when the sink has an encoder, in pieces of ``chunk_rows``)."""
    if isinstance(payload, Placed):
        assert isinstance(sink, PlacingSink)  # only such sinks hand out placements
        sink.placed(payload.end)
        return
    if isinstance(payload, Spooled):
        write_file = getattr(sink, "write_file", None)
        if not payload.arrow and write_file is not None and write_file(payload.path):
            payload.discard()
            return
        payload = payload.load()
    if isinstance(payload, bytes | pa.Buffer):
        sink.write_encoded(payload)
        return
    if sink.encoder is not None and not chunk_rows:
        encoded = sink.encoder(payload)
        del payload  # the block's arrays go before waiting for the file writer
        sink.write_encoded(encoded)
        return
    pieces = (
        [payload]
        if not chunk_rows
        else [payload.slice(i, chunk_rows) for i in range(0, payload.num_rows, chunk_rows)]
    )
    for piece in pieces:
        if sink.encoder is not None:
            sink.write_encoded(sink.encoder(piece))
        else:
            sink.write(piece)


class _SinkThread:
    """Feeds a sink from a bounded queue on its own thread."""

    def __init__(self, sink: Sink, chunk_rows: int | None) -> None:
        self.sink = sink
        self.chunk_rows = chunk_rows
        self.error: BaseException | None = None
        self.queue: queue.Queue[object] = queue.Queue(maxsize=1)
        # A block is handed over only when the sink thread is free: generating block
        # k + 1 still overlaps writing block k, and no block sits waiting (each one
        # that did would cost its whole size in memory).
        self.idle = threading.Semaphore(1)
        self._current: Payload | None = None
        self.thread = threading.Thread(target=self._drain, name="lookalike-sink", daemon=True)
        self.thread.start()

    def _write(self, payload: Payload) -> None:
        deliver(self.sink, payload, chunk_rows=self.chunk_rows)

    def _drain(self) -> None:
        while True:
            if self.queue.get() is _DONE:  # not kept in a name: _write owns the block
                return
            if self.error is None:
                try:
                    self._write(self._taken())
                except BaseException as exc:  # surfaced in the generating thread
                    self.error = exc
            else:
                self._taken()
            self.idle.release()

    def _taken(self) -> Payload:
        payload, self._current = self._current, None
        assert payload is not None
        return payload

    def put(self, payload: Payload) -> None:
        while not self.idle.acquire(timeout=0.1):
            if self.error is not None:
                raise self.error
        if self.error is not None:
            self.idle.release()
            raise self.error
        self._current = payload  # taken by the sink thread (see _taken)
        self.queue.put(_BLOCK)

    def finish(self) -> None:
        self.queue.put(_DONE)
        self.thread.join()
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        """Drop what is queued and wait for the thread to end."""
        try:
            while True:
                if self.queue.get_nowait() is _BLOCK:
                    item, self._current = self._current, None
                    if isinstance(item, Spooled):
                        item.load()  # deletes the spool file
        except queue.Empty:
            pass
        self.queue.put(_DONE)
        self.thread.join(timeout=30)


def run_table(
    plan: Plan,
    table: str,
    sink: Sink,
    *,
    executor: Executor | None = None,
    row_range: RowRange | None = None,
    chunk_rows: int | None = None,
    progress: Progress | None = None,
    sink_thread: bool | None = None,
) -> int:
    """Generate ``table`` (or a row range of it) into ``sink``; return the row count.

    ``sink_thread`` feeds the sink from a thread of its own; by default only when
    the executor has more than one worker. A sink whose writes wait on another
    process (a database server) asks for it whatever the count: the wait costs
    no core here.
    """
    executor = executor or InProcessExecutor()
    first, stop = (row_range.first, row_range.stop) if row_range else (0, None)
    tasks = tasks_for(plan, table, first, stop)
    # Executors encode text where they generate it, except the two-thread
    # in-process one, whose sink thread encodes block k while block k + 1 is made.
    encoder = sink.encoder if executor.encodes and not chunk_rows else None
    threaded = executor.workers > 1 if sink_thread is None else sink_thread
    if not threaded and isinstance(sink, BackgroundWriting):
        sink.background = False  # one core: this thread writes too
    written = 0
    executor.prepare(plan)
    writer: _SinkThread | None = None
    blocks: Iterator[tuple[int, Payload]] | None = None
    try:
        sink.open(plan.tables[table].schema)
        placement = (
            sink.placement()
            if executor.places and encoder is not None and isinstance(sink, PlacingSink)
            else None
        )
        writer = _SinkThread(sink, chunk_rows) if threaded else None
        blocks = executor.run(plan, tasks, encoder, placement=placement)
        for rows, payload in blocks:
            if writer is not None:
                writer.put(payload)
            else:
                deliver(sink, payload, chunk_rows=chunk_rows)
            del payload  # not kept alive while the next block is made
            written += rows
            if progress is not None:
                progress(rows)
        if writer is not None:
            writer.finish()
        sink.close()
    except BaseException:
        if isinstance(blocks, Generator):
            blocks.close()  # now, not when collected: workers stop writing into the file
        if writer is not None:
            writer.stop()
        sink.abort()
        raise
    return written


def collect_table(plan: Plan, table: str, **options: object) -> pa.Table:
    """Generate ``table`` into memory."""
    from lookalike.sinks import MemorySink

    sink = MemorySink()
    run_table(plan, table, sink, **options)  # type: ignore[arg-type]
    assert sink.table is not None
    return sink.table
