"""Text outputs written in place: each chunk appended to the table's file, its length recorded.

For one uncompressed text format a job writes every byte once: chunks go
straight into ``output/.<table>.<ext>.partial`` at offsets that depend only on
the spec and seed, and the file's length after each chunk is recorded with the
chunk. A resumed job cuts the file back to the recorded length and carries on;
a table's file is renamed into place after its footer. Because every byte's
position is fixed, a stale worker can only ever write the same bytes to the
same place, and the finished file equals what ``lookalike generate`` writes.

>>> encode_chunk("json", [b'{"a":1}', b"", b'{"a":2}'])
b'{"a":1},\\n{"a":2}'
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TypeAlias

import pyarrow as pa

from lookalike.plan import Plan
from lookalike.sinks import Encoder
from lookalike.sinks.text import text_framing

#: A chunk's rows: record batches, or text a worker process already encoded.
Piece: TypeAlias = "pa.RecordBatch | bytes | pa.Buffer"

#: The text formats, framed as the file sinks frame them (the schema only shapes headers).
_FRAMING = {fmt: text_framing(fmt, pa.schema([])) for fmt in ("csv", "tsv", "ndjson", "json")}
TEXT_ENCODERS: dict[str, Encoder] = {fmt: framing.encoder for fmt, framing in _FRAMING.items()}


def encode_chunk(fmt: str, pieces: Sequence[Piece]) -> bytes:
    """One chunk's text: each piece encoded, empty ones skipped, joined as the sink joins them."""
    encoder = TEXT_ENCODERS[fmt]
    encoded = []
    for piece in pieces:
        data = encoder(piece) if isinstance(piece, pa.RecordBatch) else piece
        if len(data):
            encoded.append(data)
    return _FRAMING[fmt].between.join(encoded)


def header(fmt: str, schema: pa.Schema) -> bytes:
    """What the file sink writes before the rows."""
    return text_framing(fmt, schema).header


def footer(fmt: str) -> bytes:
    """What the file sink writes after the rows."""
    return _FRAMING[fmt].footer


class TableFile:
    """One table's output being appended to, at recorded offsets."""

    def __init__(self, fmt: str, plan: Plan, table: str, final: Path) -> None:
        self.fmt = fmt
        self.table = table
        self.final = final
        self.partial = final.with_name(f".{final.name}.partial")
        self.head = header(fmt, plan.tables[table].schema)
        self.fd: int | None = None
        self.offset = 0

    def create(self) -> None:
        """Start the file afresh with its header."""
        self.close()
        self.fd = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        self._put(self.head)

    def reopen(self, offset: int) -> bool:
        """Continue a file at ``offset`` (cutting off any unrecorded tail); False if it is short."""
        self.close()
        try:
            fd = os.open(self.partial, os.O_WRONLY)
        except FileNotFoundError:
            return False
        if os.fstat(fd).st_size < offset or offset < len(self.head):
            os.close(fd)
            return False
        os.ftruncate(fd, offset)
        self.fd, self.offset = fd, offset
        return True

    def append(self, data: bytes) -> None:
        """Add one chunk's text (with the separator the format needs) and sync it."""
        if data:
            if self.offset > len(self.head):
                data = _FRAMING[self.fmt].between + data
            self._put(data)
        assert self.fd is not None
        os.fsync(self.fd)

    def finish(self) -> None:
        """Write the footer and move the file into place."""
        self._put(footer(self.fmt))
        assert self.fd is not None
        os.fsync(self.fd)
        self.close()
        try:
            os.replace(self.partial, self.final)
        except FileNotFoundError:
            # A stale worker renamed the same bytes already.
            if not self.final.exists():
                raise

    def close(self) -> None:
        """Release the file descriptor."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def _put(self, data: bytes) -> None:
        assert self.fd is not None
        view = memoryview(data)
        while view:
            written = os.pwrite(self.fd, view, self.offset)
            self.offset += written
            view = view[written:]
