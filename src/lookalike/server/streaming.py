"""Rows as an HTTP body: the ordinary loop into a channel that the response drains.

A stream runs :func:`~lookalike.pipeline.run_table` on a thread of its own,
with a text sink whose target is a bounded :class:`~lookalike.sinks.channel.Channel`
(generating block ``k + 1`` on that thread while the sink's thread encodes
block ``k``), so the body holds exactly the bytes ``lookalike generate``
writes, and memory stays at a few blocks whatever the row count. When the
client goes away the channel is cancelled and the loop stops at its next write.

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

from lookalike.executors import InProcessExecutor
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


def _produce(plan: Plan, table: str, fmt: str, channel: Channel) -> None:
    """Run the loop into ``channel`` (on the stream's own thread)."""
    try:
        run_table(plan, table, open_sink(fmt, channel), executor=InProcessExecutor(2))
    except ChannelClosedError:
        pass  # the client left; nothing more to say
    except BaseException as exc:
        log.exception("stream of %s failed", table)
        channel.fail(exc)


async def stream_rows(
    plan: Plan,
    table: str,
    fmt: str,
    active: ActiveStreams | None = None,
    slot: tuple[JobStore, str] | None = None,
) -> AsyncIterator[bytes | memoryview]:
    """The body of ``POST /v1/stream``: exactly the bytes ``lookalike generate`` writes.

    ``slot`` is the store and the id of the stream's slot, freed when the stream ends
    (one never started lapses on its own: only running streams' slots are renewed).
    """
    channel = Channel()
    producer = threading.Thread(
        target=_produce, args=(plan, table, fmt, channel), name="lookalike-stream", daemon=True
    )
    if active is not None:
        active.count += 1
        if slot is not None:
            active.slots.add(slot[1])
    producer.start()
    try:
        async for piece in channel:
            yield piece if isinstance(piece, bytes) else memoryview(piece)  # no copy
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
