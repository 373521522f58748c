"""Rows as an HTTP body: the ordinary loop into a channel that the response drains.

A stream runs :func:`~lookalike.pipeline.run_table` on a thread of its own,
with a text sink whose target is a bounded :class:`~lookalike.sinks.channel.Channel`
(generating block ``k + 1`` on that thread while the sink's thread encodes
block ``k``), so the body holds exactly the bytes ``lookalike generate``
writes, and memory stays at a few blocks whatever the row count. When the
client goes away the channel is cancelled and the loop stops at its next write.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator

from lookalike.executors import InProcessExecutor
from lookalike.pipeline import run_table
from lookalike.plan import Plan
from lookalike.sinks import open_sink
from lookalike.sinks.channel import Channel, ChannelClosedError

log = logging.getLogger("lookalike.server")


class ActiveStreams:
    """How many streams are generating right now (``/health`` shows it)."""

    def __init__(self) -> None:
        self.count = 0


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
    plan: Plan, table: str, fmt: str, active: ActiveStreams | None = None
) -> AsyncIterator[bytes | memoryview]:
    """The body of ``POST /v1/stream``: exactly the bytes ``lookalike generate`` writes."""
    channel = Channel()
    producer = threading.Thread(
        target=_produce, args=(plan, table, fmt, channel), name="lookalike-stream", daemon=True
    )
    if active is not None:
        active.count += 1
    producer.start()
    try:
        async for piece in channel:
            yield piece if isinstance(piece, bytes) else memoryview(piece)  # no copy
    finally:
        channel.cancel()  # the loop stops at its next write (or has finished)
        if active is not None:
            active.count -= 1
