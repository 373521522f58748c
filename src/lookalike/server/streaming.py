"""Rows as an HTTP body, block by block, with flat memory.

Each block is generated and encoded on a worker thread while the one before
it is sent, so the server holds a few blocks per stream whatever the row
count. When the client goes away the response task is cancelled at its next
``await`` and blocks not yet started are dropped, so generation stops within
a couple of blocks.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator

from lookalike.engine import generate_block
from lookalike.plan import Plan
from lookalike.sinks import CsvEncoder, Encoder, NdjsonEncoder
from lookalike.sinks.text import text_framing

#: Blocks generated ahead of the one being sent.
PREFETCH = 2

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "ndjson": "application/x-ndjson",
    "json": "application/json",
}


ENCODERS: dict[str, Encoder] = {
    "csv": CsvEncoder(","),
    "ndjson": NdjsonEncoder(),
    "json": NdjsonEncoder(separator=b",\n"),
}


def _framing(fmt: str, plan: Plan, table: str) -> tuple[bytes, bytes, bytes]:
    """(header, between blocks, footer), as the file sinks write them."""
    framing = text_framing(fmt, plan.tables[table].schema)
    return framing.header, framing.between, framing.footer


class ActiveStreams:
    """How many streams are generating right now (``/health`` shows it)."""

    def __init__(self) -> None:
        self.count = 0


async def stream_rows(
    plan: Plan, table: str, fmt: str, active: ActiveStreams | None = None
) -> AsyncIterator[bytes]:
    """The body of ``POST /v1/stream``: exactly the bytes ``lookalike generate`` writes."""
    if active is not None:
        active.count += 1
    try:
        async for piece in _body(plan, table, fmt):
            yield piece
    finally:
        if active is not None:
            active.count -= 1


async def _body(plan: Plan, table: str, fmt: str) -> AsyncIterator[bytes]:
    encoder = ENCODERS[fmt]
    header, between, footer = _framing(fmt, plan, table)
    if header:
        yield header

    def block_bytes(block: int) -> bytes:
        batch = generate_block(plan, table, block)
        return bytes(encoder(batch)) if batch.num_rows else b""

    # The next blocks are made on worker threads while this one is sent, so
    # generation overlaps the network; at most PREFETCH blocks wait in memory.
    loop = asyncio.get_running_loop()
    blocks = plan.tables[table].blocks
    pending: deque[asyncio.Future[bytes]] = deque()
    upcoming = 0
    wrote = False
    try:
        while pending or upcoming < blocks:
            while upcoming < blocks and len(pending) < PREFETCH:
                pending.append(loop.run_in_executor(None, block_bytes, upcoming))
                upcoming += 1
            data = await pending.popleft()
            if not data:
                continue
            if wrote and between:
                yield between
            yield data
            wrote = True
    finally:
        for future in pending:
            future.cancel()  # blocks not started yet are never made
    if footer:
        yield footer
