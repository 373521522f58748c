"""Parquet written in pieces: workers encode row groups, the parent joins the footers.

A worker encodes its block as a small Parquet file in memory and keeps the
part between the leading magic and the footer (its row group's column chunks)
plus the footer itself: a :class:`ParquetPiece`. The bytes go into the output
file at any offset; the footer's offsets count from the little file's start,
so once the bytes are placed the worker shifts them by where they landed
(:meth:`ParquetPiece.footer_at`), and the parent concatenates the shifted row
groups into one footer (:func:`join_footers`). pyarrow writes row groups independently
(dictionaries, statistics and page headers are per column chunk), so the
joined file is byte for byte what one ``ParquetWriter`` would have written.

>>> import pyarrow as pa
>>> schema = pa.schema([("n", pa.int64())])
>>> encode = PieceEncoder(schema, "snappy", (), group_rows=4)
>>> piece = encode(pa.record_batch([pa.array([1, 2, 3])], schema=schema))
>>> len(piece.body) > 0, piece.rows
(True, 3)
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.parquet as pq

from lookalike.sinks.base import Piece
from lookalike.sinks.thrift import (
    I16,
    I64,
    LIST,
    Field,
    Raw,
    Sequence,
    field,
    read_struct,
    write_struct,
)

MAGIC = b"PAR1"
# FileMetaData: num_rows, row_groups. RowGroup: columns, file_offset, ordinal.
_NUM_ROWS, _ROW_GROUPS = 3, 4
_COLUMNS, _GROUP_OFFSET, _ORDINAL = 1, 5, 7
# ColumnChunk: file_offset, meta_data, offset index offset, column index offset.
_CHUNK_OFFSET, _META, _OFFSET_INDEX, _COLUMN_INDEX = 2, 3, 4, 6
# ColumnMetaData: data, index and dictionary page offsets, bloom filter offset.
_PAGE_OFFSETS = (9, 10, 11, 14)


def writer_for(
    sink: object, schema: pa.Schema, compression: str, dictionary: tuple[str, ...]
) -> pq.ParquetWriter:
    """The ``ParquetWriter`` every path uses, so pieces and whole files agree."""
    return pq.ParquetWriter(sink, schema, compression=compression, use_dictionary=list(dictionary))


@dataclass(frozen=True)
class PieceEncoder:
    """Encodes a batch (at most a few row groups) into a :class:`Piece`. Picklable."""

    schema: pa.Schema
    compression: str
    dictionary: tuple[str, ...]
    group_rows: int

    def __call__(self, batch: pa.RecordBatch) -> ParquetPiece:
        buffer = pa.BufferOutputStream()
        writer = writer_for(buffer, self.schema, self.compression, self.dictionary)
        writer.write_batch(batch, row_group_size=self.group_rows)
        writer.close()
        data = buffer.getvalue()
        body, footer = split_file(data)
        return ParquetPiece(body, footer, batch.num_rows)


def split_file(data: pa.Buffer) -> tuple[pa.Buffer, bytes]:
    """A whole Parquet file's (body, footer): the bytes between the magics and the footer.

    >>> out = pa.BufferOutputStream()
    >>> pq.write_table(pa.table({"n": [1]}), out)
    >>> body, footer = split_file(out.getvalue())
    >>> len(body) + len(footer) + 12 == out.getvalue().size
    True
    """
    size = len(data)
    footer_size = int.from_bytes(data.slice(size - 8, 4).to_pybytes(), "little")
    start = size - 8 - footer_size
    return data.slice(len(MAGIC), start - len(MAGIC)), data.slice(start, footer_size).to_pybytes()


def empty_footer(schema: pa.Schema, compression: str, dictionary: tuple[str, ...]) -> bytes:
    """The footer of a file of ``schema`` with no row groups (the template pieces join into)."""
    buffer = pa.BufferOutputStream()
    writer_for(buffer, schema, compression, dictionary).close()
    return split_file(buffer.getvalue())[1]


class ParquetPiece(Piece):
    """A Parquet piece: its footer's offsets are shifted where it is placed."""

    def footer_at(self, offset: int, index: int) -> bytes:
        """The piece's row count and row groups, shifted to a body placed at ``offset``,
        numbered from ``index`` (one row group per piece when workers encode): what
        :func:`join_footers` concatenates. Runs in the worker that placed the body.

        Layout: rows (8 bytes), then each row group's struct as its length (4 bytes)
        and its bytes, all little-endian.
        """
        piece = read_struct(self.footer)
        parts = [_value(piece, _NUM_ROWS).to_bytes(8, "little")]
        for ordinal, group in enumerate(_items(piece, _ROW_GROUPS), start=index):
            _shift_group(group, offset - len(MAGIC), ordinal=ordinal)
            data = write_struct(group)
            parts += [len(data).to_bytes(4, "little"), data]
        return b"".join(parts)


def join_footers(template: bytes, shares: list[bytes]) -> bytes:
    """One footer for every piece's row groups, given each piece's
    :meth:`ParquetPiece.footer_at` in order; ``template`` gives everything else
    (schema, key-value metadata, writer) and holds no row groups. Returns the footer
    followed by its length and the closing magic, ready to append."""
    meta = read_struct(template)
    groups: list[Raw] = []
    rows = 0
    for share in shares:
        rows += int.from_bytes(share[:8], "little")
        at = 8
        while at < len(share):
            size = int.from_bytes(share[at : at + 4], "little")
            groups.append(Raw(share[at + 4 : at + 4 + size]))
            at += 4 + size
    _set(meta, _NUM_ROWS, rows)
    row_groups = field(meta, _ROW_GROUPS)
    assert row_groups is not None
    assert row_groups.type == LIST
    row_groups.value = Sequence(row_groups.value.element, groups)
    data = write_struct(meta)
    return data + len(data).to_bytes(4, "little") + MAGIC


def _shift_group(group: list[Field], shift: int, *, ordinal: int) -> None:
    _add(group, _GROUP_OFFSET, shift)
    found = field(group, _ORDINAL)
    if found is not None and found.type == I16:
        found.value = ordinal
    for chunk in _items(group, _COLUMNS):
        _add(chunk, _CHUNK_OFFSET, shift)
        _add(chunk, _OFFSET_INDEX, shift)
        _add(chunk, _COLUMN_INDEX, shift)
        meta = field(chunk, _META)
        if meta is not None:
            for key in _PAGE_OFFSETS:
                _add(meta.value, key, shift)


def _add(fields: list[Field], id: int, shift: int) -> None:
    """Shift an offset field; 0 means unset (pyarrow writes ColumnChunk.file_offset as 0)."""
    found = field(fields, id)
    if found is not None and found.type == I64 and found.value:
        found.value += shift


def _value(fields: list[Field], id: int) -> int:
    found = field(fields, id)
    return int(found.value) if found is not None else 0


def _set(fields: list[Field], id: int, value: int) -> None:
    found = field(fields, id)
    assert found is not None, f"footer field {id} missing"
    found.value = value


def _items(fields: list[Field], id: int) -> list[list[Field]]:
    found = field(fields, id)
    return [] if found is None else list(found.value.items)
