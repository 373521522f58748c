"""Rows as an HTTP body, block by block, with flat memory.

Each block is generated and encoded on a worker thread and sent before the
next one starts, so the server holds about one block per stream. When the
client goes away the response task is cancelled at its next ``await``, so
generation stops within one block.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio

from lookalike.engine import generate_block
from lookalike.plan import Plan
from lookalike.sinks import CsvEncoder, Encoder, NdjsonEncoder
from lookalike.sinks.text import csv_header

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
    if fmt == "csv":
        return csv_header(",")(plan.tables[table].schema), b"", b""
    if fmt == "json":
        return b"[\n", b",\n", b"\n]\n"
    return b"", b"", b""


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

    wrote = False
    for block in range(plan.tables[table].blocks):
        data = await anyio.to_thread.run_sync(block_bytes, block)
        if not data:
            continue
        if wrote and between:
            yield between
        yield data
        wrote = True
    if footer:
        yield footer
