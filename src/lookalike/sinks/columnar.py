"""Columnar sinks: Parquet, Arrow IPC and in-memory tables.

Parquet row groups and IPC record batches are cut at fixed row counts by a
:class:`~lookalike.sinks.base.Rechunker`, so the bytes do not depend on how the
rows arrived; worker processes may encode both in pieces (one block each) that
they place in the file themselves.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from lookalike.errors import OutputError
from lookalike.randomness import BLOCK_ROWS
from lookalike.sinks.base import Piece, Placement, Rechunker
from lookalike.sinks.files import AtomicFile, write_at
from lookalike.sinks.ipc_pieces import BatchEncoder, IpcLayout, IpcPiece, canonical, write_options
from lookalike.sinks.parquet_pieces import (
    MAGIC,
    PieceEncoder,
    empty_footer,
    join_footers,
    writer_for,
)

#: Rows per Parquet row group: one block, so memory stays flat (a few MB).
ROW_GROUP_ROWS = BLOCK_ROWS
_LOW_CARDINALITY = b"lookalike.low_cardinality"


class ParquetSink:
    """Writes a Parquet file; dictionary-encodes only columns marked low-cardinality.

    Row groups come from this process's ``ParquetWriter``, or, when the pipeline
    asks for a :meth:`placement`, from worker processes that encode each block
    as a :class:`~lookalike.sinks.base.Piece` and write it into the file
    themselves; this sink then only joins their footers
    (:mod:`lookalike.sinks.parquet_pieces`). Both give the same bytes.
    """

    encoder = None
    group_rows = ROW_GROUP_ROWS

    def __init__(
        self, path: Path, compression: str | None = None, *, durable: bool = False
    ) -> None:
        self.file = AtomicFile(path, durable=durable)
        self.compression = compression or "snappy"
        self._writer: pq.ParquetWriter | None = None
        self._rechunker = Rechunker(ROW_GROUP_ROWS)
        self._schema: pa.Schema | None = None
        self._dictionary: tuple[str, ...] = ()
        # Once pieces are placed: where the file's bytes end, and each piece's
        # share of the footer (shifted where it was placed).
        self._end: int | None = None
        self._pieces: list[bytes] = []

    def open(self, schema: pa.Schema) -> None:
        self._schema = schema
        self._dictionary = tuple(
            f.name for f in schema if f.metadata and f.metadata.get(_LOW_CARDINALITY) == b"1"
        )

    def piece_encoder(self) -> PieceEncoder:
        """What worker processes encode blocks with (see :meth:`placement`)."""
        assert self._schema is not None, "open the sink first"
        return PieceEncoder(self._schema, self.compression, self._dictionary, ROW_GROUP_ROWS)

    def placement(self) -> Placement | None:
        """Where workers may write pieces: right after the leading magic."""
        placeable = self.file.placeable
        if placeable is None or self._writer is not None:
            return None
        self._start_pieces()
        assert self._end is not None
        return Placement(placeable, self._end)

    def _start_pieces(self) -> None:
        if self._end is None:
            self._end = write_at(self.file.fileno(), [MAGIC], 0)

    @property
    def pieces(self) -> int:
        """How many pieces workers encoded (0 when this process wrote the row groups)."""
        return len(self._pieces)

    def placed(self, end: int) -> None:
        raise TypeError("Parquet blocks are placed as pieces (placed_piece)")

    def placed_piece(self, end: int, footer: bytes) -> None:
        """A piece's body was written into the file, ending at ``end``."""
        self._pieces.append(footer)
        self._end = end

    def write(self, batch: pa.RecordBatch) -> None:
        for group in self._rechunker.push(batch):
            self._write_group(group)

    def _write_group(self, group: pa.RecordBatch) -> None:
        try:
            self._open_writer().write_batch(group, row_group_size=ROW_GROUP_ROWS)
        except OSError as exc:
            raise OutputError(f"{self.file.path}: cannot write: {exc}") from exc

    def _open_writer(self) -> pq.ParquetWriter:
        if self._writer is None:
            assert self._schema is not None
            assert self._end is None
            self._writer = writer_for(
                self.file.stream, self._schema, self.compression, self._dictionary
            )
        return self._writer

    def write_encoded(self, data: bytes | pa.Buffer | Piece) -> None:
        """A piece a worker encoded but did not place: append it here."""
        if not isinstance(data, Piece):
            raise TypeError("Parquet is not a text format")
        self._start_pieces()
        assert self._end is not None
        footer = data.footer_at(self._end, len(self._pieces))
        self.placed_piece(self._write(data.body, self._end), footer)

    def _write(self, data: bytes | pa.Buffer, offset: int) -> int:
        try:
            return write_at(self.file.fileno(), [data], offset)
        except OSError as exc:
            raise OutputError(f"{self.file.path}: cannot write: {exc}") from exc

    def close(self) -> None:
        if self._end is not None:
            assert self._schema is not None
            template = empty_footer(self._schema, self.compression, self._dictionary)
            self._write(join_footers(template, self._pieces), self._end)
        else:
            for group in self._rechunker.flush():
                self._write_group(group)
            self._open_writer().close()
        self.file.commit()

    def abort(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(Exception):  # the file is thrown away anyway
                self._writer.close()
        self.file.discard()


class IpcSink:
    """Writes an Arrow IPC file (Feather v2), one record batch per block.

    Batches come from this process's ``RecordBatchFileWriter``, or, when the
    pipeline asks for a :meth:`placement`, from worker processes that encode
    each block's message as a :class:`~lookalike.sinks.base.Piece` and write it
    into the file themselves; this sink then writes the header before them and
    the footer after them (:mod:`lookalike.sinks.ipc_pieces`). Both give the
    same bytes.
    """

    encoder = None
    group_rows = BLOCK_ROWS

    def __init__(
        self, path: Path, compression: str | None = None, *, durable: bool = False
    ) -> None:
        self.file = AtomicFile(path, durable=durable)
        self.compression = compression
        self._writer: ipc.RecordBatchFileWriter | None = None
        self._rechunker = Rechunker(BLOCK_ROWS)
        self._schema: pa.Schema | None = None
        # Once pieces are placed: the header and footer around them, where the
        # file's bytes end, and each batch's block (offsets where it was placed).
        self._layout: IpcLayout | None = None
        self._end: int | None = None
        self._blocks: list[bytes] = []

    def open(self, schema: pa.Schema) -> None:
        self._schema = schema

    def piece_encoder(self) -> BatchEncoder | None:
        """What worker processes encode blocks with, or None when this schema's file
        must come from one writer (see :meth:`placement`)."""
        assert self._schema is not None, "open the sink first"
        self._layout = self._layout or IpcLayout.of(self._schema, self.compression)
        return None if self._layout is None else BatchEncoder(self._schema, self.compression)

    def placement(self) -> Placement | None:
        """Where workers may write pieces: right after the schema's message."""
        placeable = self.file.placeable
        if placeable is None or self._writer is not None or self._layout is None:
            return None
        return Placement(placeable, self._start_pieces())

    def _start_pieces(self) -> int:
        assert self._layout is not None, "piece_encoder() first"
        if self._end is None:
            self._end = self._write(self._layout.header, 0)
        return self._end

    @property
    def pieces(self) -> int:
        """How many batches workers encoded (0 when this process wrote them)."""
        return len(self._blocks)

    def placed(self, end: int) -> None:
        raise TypeError("Arrow IPC blocks are placed as pieces (placed_piece)")

    def placed_piece(self, end: int, footer: bytes) -> None:
        """A batch's message was written into the file, ending at ``end``."""
        self._blocks.append(footer)
        self._end = end

    def write(self, batch: pa.RecordBatch) -> None:
        for group in self._rechunker.push(batch):
            self._open_writer().write_batch(canonical(group))

    def _open_writer(self) -> ipc.RecordBatchFileWriter:
        if self._writer is None:
            assert self._schema is not None
            assert self._end is None, "batches after pieces"
            options = write_options(self.compression)
            self._writer = ipc.new_file(self.file.stream, self._schema, options=options)
        return self._writer

    def write_encoded(self, data: bytes | pa.Buffer | Piece) -> None:
        """A piece a worker encoded but did not place: append it here."""
        if not isinstance(data, IpcPiece):
            raise TypeError("Arrow IPC is not a text format")
        start, index = self._start_pieces(), len(self._blocks)
        block = data.footer_at(start, index)
        self.placed_piece(self._write(data.body_at(index), start), block)

    def _write(self, data: bytes | pa.Buffer, offset: int) -> int:
        try:
            return write_at(self.file.fileno(), [data], offset)
        except OSError as exc:
            raise OutputError(f"{self.file.path}: cannot write: {exc}") from exc

    def close(self) -> None:
        if self._end is not None:
            assert self._layout is not None
            self._write(self._layout.ending(self._blocks), self._end)
        else:
            writer = self._open_writer()
            for group in self._rechunker.flush():
                writer.write_batch(canonical(group))
            writer.close()
        self.file.commit()

    def abort(self) -> None:
        self.file.discard()


class IpcStreamSink:
    """Writes batches as they come into an Arrow IPC stream (a job's part file: read
    back batch by batch and rewritten into each output format)."""

    encoder = None

    def __init__(self, path: Path, *, durable: bool = False) -> None:
        self.file = AtomicFile(path, durable=durable)
        self._writer: ipc.RecordBatchStreamWriter | None = None

    def open(self, schema: pa.Schema) -> None:
        self._writer = ipc.new_stream(self.file.stream, schema)

    def write(self, batch: pa.RecordBatch) -> None:
        assert self._writer is not None
        self._writer.write_batch(batch)

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("an Arrow IPC stream takes batches")

    def close(self) -> None:
        assert self._writer is not None
        self._writer.close()
        self.file.commit()

    def abort(self) -> None:
        self.file.discard()


class MemorySink:
    """Collects batches into a :class:`pyarrow.Table` (``sink.table`` after close)."""

    encoder = None

    def __init__(self) -> None:
        self._batches: list[pa.RecordBatch] = []
        self._schema: pa.Schema | None = None
        self.table: pa.Table | None = None

    def open(self, schema: pa.Schema) -> None:
        self._schema = schema

    def write(self, batch: pa.RecordBatch) -> None:
        self._batches.append(batch)

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("the memory sink takes batches")

    def close(self) -> None:
        assert self._schema is not None
        self.table = pa.Table.from_batches(self._batches, schema=self._schema)
        self._batches = []

    def abort(self) -> None:
        self._batches = []
