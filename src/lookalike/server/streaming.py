"""Rows as an HTTP body: the ordinary loop into a channel that the response drains.

A stream runs :func:`~lookalike.pipeline.run_table` on a thread of its own,
with a text sink whose target is a bounded :class:`~lookalike.sinks.channel.Channel`,
so the body holds exactly the bytes ``lookalike generate`` writes, and memory
stays at a few blocks whatever the row count. When the client goes away the
channel is cancelled and the loop stops at its next write.

Blocks are made and encoded in worker processes started for the stream (from
the server's forkserver, lookalike already imported) and handed back through
spool files in shared memory, which the server maps and sends: the server
itself only holds the blocks being sent. Generating in the server's own
process (as it did before) took its peak resident size from 177 MB to 317 MB
in a first 1M-row stream and to 376 MB in a 10M-row one, and most of it stayed:
what the blocks' arrays had used was kept by the allocator, scattered between
the arenas of the server's threads. A small stream (:data:`IN_SERVER_ROWS` rows
or fewer) is still made in the server, on two threads (generating block ``k + 1``
while block ``k`` is encoded): its few rows cost less memory than starting
processes costs time.

Each stream holds a slot in the store (:meth:`~lookalike.jobs.store.JobStore.acquire_stream`)
while it runs, which is how the per-key stream limit holds across servers; the
server renews the slots of its running streams (:class:`ActiveStreams`) and a
stream frees its slot as it ends.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator

from lookalike.executors import Executor, InProcessExecutor, ProcessExecutor, default_workers
from lookalike.jobs.store import JobStore
from lookalike.pipeline import run_table
from lookalike.plan import Plan
from lookalike.sinks import open_sink
from lookalike.sinks.channel import Channel, ChannelClosedError

log = logging.getLogger("lookalike.server")


class ActiveStreams:
    """The streams generating right now (``/health`` shows how many), and their slots."""

    def __init__(self) -> None:
        self.count = 0
        self.slots: set[str] = set()


#: Streams of at most this many rows are made in the server itself (a 65,536-row
#: ``person`` block takes about 70 MB while it is made; this many, a few MB).
IN_SERVER_ROWS = 4096


#: Most encoded bytes a stream queues for its client (one ``person`` block of CSV is
#: about 10 MB): with the block being sent and the one waiting to be queued, the
#: server holds about three blocks per stream.
BUFFER_BYTES = 16 << 20

#: Bytes handed to the HTTP server at a time. uvicorn copies each piece once to frame
#: it as a chunk, and asyncio copies what the socket does not take at once: pieces
#: this small are copied while in cache, and mostly sent whole.
SEND_BYTES = 256 * 1024


def stream_executor(plan: Plan, table: str, processes: int = 0) -> Executor:
    """Where a stream's blocks are made: worker processes (``processes`` of them, 0 for
    all cores, never more than there are blocks), or the server for a small stream or
    ``processes=1``.

    >>> from lookalike.spec import parse_spec
    >>> from lookalike.plan import build_plan
    >>> plan = build_plan(parse_spec("tables: {t: {rows: 300000, fields: {n: {kind: sequence}}}}"))
    >>> type(stream_executor(plan, "t")).__name__
    'ProcessExecutor'
    >>> type(stream_executor(plan, "t", processes=1)).__name__
    'InProcessExecutor'
    >>> stream_executor(plan, "t", processes=8).workers  # five blocks
    5
    """
    table_plan = plan.tables[table]
    if processes == 1 or table_plan.rows <= IN_SERVER_ROWS:
        return InProcessExecutor(2)
    blocks = -(-table_plan.rows // table_plan.block_rows)
    workers = min(processes or default_workers(), blocks)
    # forkserver: the server runs threads, which fork() would not carry over safely.
    return ProcessExecutor(workers, start="forkserver")


def _produce(plan: Plan, table: str, fmt: str, channel: Channel, processes: int) -> None:
    """Run the loop into ``channel`` (on the stream's own thread)."""
    executor = stream_executor(plan, table, processes)
    try:
        run_table(plan, table, open_sink(fmt, channel), executor=executor)
    except ChannelClosedError:
        pass  # the client left; nothing more to say
    except BaseException as exc:
        log.exception("stream of %s failed", table)
        channel.fail(exc)
    finally:
        executor.close()  # the stream's worker processes end with it


async def stream_rows(
    plan: Plan,
    table: str,
    fmt: str,
    active: ActiveStreams | None = None,
    slot: tuple[JobStore, str] | None = None,
    *,
    processes: int = 0,
) -> AsyncIterator[bytes | memoryview]:
    """The body of ``POST /v1/stream``: exactly the bytes ``lookalike generate`` writes.

    ``slot`` is the store and the id of the stream's slot, freed when the stream ends
    (one never started lapses on its own: only running streams' slots are renewed).
    ``processes`` is how many worker processes make the blocks (see :func:`stream_executor`).
    """
    channel = Channel(max_bytes=BUFFER_BYTES)
    producer = threading.Thread(
        target=_produce,
        args=(plan, table, fmt, channel, processes),
        name="lookalike-stream",
        daemon=True,
    )
    if active is not None:
        active.count += 1
        if slot is not None:
            active.slots.add(slot[1])
    producer.start()
    try:
        async for piece in channel:
            whole = memoryview(piece)  # no copy
            for start in range(0, len(whole), SEND_BYTES):
                yield whole[start : start + SEND_BYTES]
    finally:
        channel.cancel()  # the loop stops at its next write (or has finished)
        if active is not None:
            active.count -= 1
            active.slots.discard(slot[1] if slot else "")
        if slot is not None:
            await _release(*slot)


async def _release(store: JobStore, slot: str) -> None:
    try:
        await asyncio.to_thread(store.release_stream, slot)
    except Exception:  # the store is away: the slot lapses once no longer renewed
        log.warning("could not free stream slot %s; it lapses on its own", slot)
