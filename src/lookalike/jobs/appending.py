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

from lookalike.executors.base import Spooled
from lookalike.plan import Plan
from lookalike.sinks import Encoder
from lookalike.sinks.text import text_framing

#: A chunk's rows: record batches, or text a worker process already encoded (in
#: memory, or still in its spool file, copied from there by the kernel).
Piece: TypeAlias = "pa.RecordBatch | bytes | pa.Buffer | Spooled"
#: Encoded text, ready to write.
Text: TypeAlias = "bytes | pa.Buffer | Spooled"

#: The text formats, framed as the file sinks frame them (the schema only shapes headers).
_FRAMING = {fmt: text_framing(fmt, pa.schema([])) for fmt in ("csv", "tsv", "ndjson", "json")}
TEXT_ENCODERS: dict[str, Encoder] = {fmt: framing.encoder for fmt, framing in _FRAMING.items()}


def chunk_text(fmt: str, pieces: Sequence[Piece]) -> list[Text]:
    """One chunk's text in order: each piece encoded, empty ones left out, with the
    separators the sink puts between them. Nothing is joined (no copy)."""
    encoder = TEXT_ENCODERS[fmt]
    between = _FRAMING[fmt].between
    parts: list[Text] = []
    for piece in pieces:
        data = encoder(piece) if isinstance(piece, pa.RecordBatch) else piece
        if _size(data):
            if parts and between:
                parts.append(between)
            parts.append(data)
    return parts


def encode_chunk(fmt: str, pieces: Sequence[Piece]) -> bytes:
    """One chunk's text as one bytes object (see :func:`chunk_text`)."""
    return b"".join(_bytes(part) for part in chunk_text(fmt, pieces))


def write_text(fd: int, parts: Sequence[Text], offset: int) -> int:
    """Write ``parts`` at ``offset`` of ``fd`` (spooled ones by the kernel); the new offset."""
    for part in parts:
        if isinstance(part, Spooled):
            with open(part.path, "rb") as source:
                size = os.fstat(source.fileno()).st_size
                os.lseek(fd, offset, os.SEEK_SET)
                sent = 0
                while sent < size:
                    sent += os.sendfile(fd, source.fileno(), sent, size - sent)
            part.discard()
            offset += size
            continue
        view = memoryview(part)
        while view:
            written = os.pwrite(fd, view, offset)
            offset += written
            view = view[written:]
    return offset


def _size(data: Text) -> int:
    return os.stat(data.path).st_size if isinstance(data, Spooled) else len(data)


def _bytes(part: Text) -> bytes | pa.Buffer:
    if isinstance(part, Spooled):
        loaded = part.load()
        assert isinstance(loaded, pa.Buffer)
        return loaded
    return part


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

    def append(self, parts: Sequence[Text]) -> None:
        """Add one chunk's text (with the separator the format needs); :meth:`sync` makes it
        durable, before the offset is recorded."""
        if parts:
            between = _FRAMING[self.fmt].between
            lead = [between] if between and self.offset > len(self.head) else []
            assert self.fd is not None
            self.offset = write_text(self.fd, [*lead, *parts], self.offset)

    def sync(self) -> None:
        """Flush what was appended to the disk (one fsync for many chunks: an fsync per
        chunk made every write wait for the last one's writeback, 5x slower)."""
        if self.fd is not None:
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
        self.offset = write_text(self.fd, [data], self.offset)
