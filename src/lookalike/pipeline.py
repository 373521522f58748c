"""The loop from a plan to a sink: plan → blocks → sink.

Every face runs tables through :func:`run_table`: the library and the CLI into
files, database loads into a database, the service's streams into a channel
drained by the HTTP response, and jobs into a chunked, resumable output.
Blocks come from an executor in order. A worker is a core: with one, the
calling thread generates, encodes and writes each block in turn. With more, a
sink thread takes each block, so writing block ``k`` overlaps making block
``k + 1``, and worker processes writing a plain text file put their blocks
into it themselves (the sink's placement); the sink only learns where they
end. On any error or Ctrl-C the sink is aborted: no partial file is left under
its name.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

import pyarrow as pa

from lookalike.executors import Executor, InProcessExecutor, Payload, tasks_for
from lookalike.executors.base import Placed, Spooled, Task
from lookalike.handoff import Handoff
from lookalike.plan import Plan
from lookalike.sinks.base import (
    BackgroundWriting,
    CountingSink,
    Encoder,
    Piece,
    PieceSink,
    Placement,
    PlacingSink,
    Sink,
)

Progress = Callable[[int], None]


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


def deliver(sink: Sink, rows: int, payload: Payload, *, chunk_rows: int | None = None) -> None:
    """Hand one block of ``rows`` rows to ``sink``: encoded bytes, a placed block's end,
    or a batch (encoded here when the sink has an encoder, in pieces of ``chunk_rows``).
    A sink that counts rows is told once the block is written."""
    _hand_over(sink, payload, chunk_rows)
    if isinstance(sink, CountingSink):
        sink.delivered(rows)


def _hand_over(sink: Sink, payload: Payload, chunk_rows: int | None) -> None:
    if isinstance(payload, Placed):
        if payload.footer is not None:
            assert isinstance(sink, PieceSink)  # only such sinks ask for pieces
            sink.placed_piece(payload.end, payload.footer)
            return
        assert isinstance(sink, PlacingSink)  # only such sinks hand out placements
        sink.placed(payload.end)
        return
    if isinstance(payload, Spooled):
        write_file = getattr(sink, "write_file", None)
        if not payload.arrow and write_file is not None and write_file(payload.path):
            payload.discard()
            return
        payload = payload.load()
    if isinstance(payload, bytes | pa.Buffer | Piece):
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


def _dropped(block: tuple[int, Payload]) -> None:
    """A block that will never be written: its spool file goes."""
    if isinstance(block[1], Spooled):
        block[1].discard()


def _sink_thread(sink: Sink, chunk_rows: int | None) -> Handoff[tuple[int, Payload]]:
    """Feeds ``sink`` on its own thread. A block is handed over only when the thread is
    free: generating block k + 1 still overlaps writing block k, and no block sits
    waiting (each one that did would cost its whole size in memory)."""

    def write(block: tuple[int, Payload]) -> None:
        deliver(sink, block[0], block[1], chunk_rows=chunk_rows)

    return Handoff(write, name="lookalike-sink", drop=_dropped)


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
    cut: int | None = None,
) -> int:
    """Generate ``table`` (or a row range of it) into ``sink``; return the row count.

    ``sink_thread`` feeds the sink from a thread of its own; by default only when
    the executor has more than one worker. A sink whose writes wait on another
    process (a database server) asks for it whatever the count: the wait costs
    no core here. ``cut`` splits blocks at every multiple of that many rows, so
    a sink that counts rows (a job's) sees each chunk end between two blocks.
    ``progress`` is called with each block's rows in the generating thread; an
    exception it raises stops the run like any other (the sink is aborted).
    """
    executor = executor or InProcessExecutor()
    first, stop = (row_range.first, row_range.stop) if row_range else (0, None)
    tasks = tasks_for(plan, table, first, stop, cut=cut)
    # Executors encode text where they generate it, except the two-thread
    # in-process one, whose sink thread encodes block k while block k + 1 is made.
    encoder = sink.encoder if executor.encodes and not chunk_rows else None
    threaded = executor.workers > 1 if sink_thread is None else sink_thread
    if not threaded and isinstance(sink, BackgroundWriting):
        sink.background = False  # one core: this thread writes too
    written = 0
    executor.prepare(plan)
    writer: Handoff[tuple[int, Payload]] | None = None
    blocks: Iterator[tuple[int, Payload]] | None = None
    try:
        sink.open(plan.tables[table].schema)
        if encoder is None and not chunk_rows:
            encoder = _piece_encoder(sink, executor, tasks)
        placement = _placement(sink, executor, encoder)
        writer = _sink_thread(sink, chunk_rows) if threaded else None
        blocks = executor.run(plan, tasks, encoder, placement=placement)
        for rows, payload in blocks:
            if writer is not None:
                writer.put((rows, payload))
            else:
                deliver(sink, rows, payload, chunk_rows=chunk_rows)
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


def _placement(sink: Sink, executor: Executor, encoder: object) -> Placement | None:
    """Where the executor's workers may write encoded blocks themselves, if anywhere."""
    if executor.places and encoder is not None and isinstance(sink, PlacingSink):
        return sink.placement()
    return None


def _piece_encoder(sink: Sink, executor: Executor, tasks: list[Task]) -> Encoder | None:
    """The encoder worker processes use to write a binary file in pieces, if they may:
    only when every task but the last is exactly one of its row groups, so the
    file's groups are the same however many workers there are."""
    if not (executor.places and isinstance(sink, PieceSink) and isinstance(sink, PlacingSink)):
        return None
    size = sink.group_rows
    if any(t.stop - t.first != size for t in tasks[:-1]) or (
        tasks and tasks[-1].stop - tasks[-1].first > size
    ):
        return None
    return sink.piece_encoder()


def collect_table(plan: Plan, table: str, **options: object) -> pa.Table:
    """Generate ``table`` into memory."""
    from lookalike.sinks import MemorySink

    sink = MemorySink()
    run_table(plan, table, sink, **options)  # type: ignore[arg-type]
    assert sink.table is not None
    return sink.table
