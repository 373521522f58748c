"""Parquet written in pieces: joined footers give the bytes one ParquetWriter gives."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lookalike.sinks.parquet_pieces import MAGIC, PieceEncoder, empty_footer, join_footers
from lookalike.sinks.thrift import read_struct, write_struct

GROUP = 1000
ROWS = 3500


def _table() -> pa.Table:
    n = np.arange(ROWS)
    return pa.table(
        {
            "n": n,
            "s": pa.array([f"v{i % 7}" for i in range(ROWS)]),
            "x": pa.array(n * 0.5, mask=n % 5 == 0),
            "free": pa.array([f"text {i}" if i % 4 else None for i in range(ROWS)]),
        }
    )


def _whole(table: pa.Table, compression: str) -> bytes:
    out = pa.BufferOutputStream()
    writer = pq.ParquetWriter(out, table.schema, compression=compression, use_dictionary=["s"])
    for batch in table.to_batches(max_chunksize=GROUP):
        writer.write_batch(batch, row_group_size=GROUP)
    writer.close()
    return bytes(out.getvalue().to_pybytes())


def _pieced(table: pa.Table, compression: str) -> bytes:
    encode = PieceEncoder(table.schema, compression, ("s",), GROUP)
    out, footers = bytearray(MAGIC), []
    for index, batch in enumerate(table.to_batches(max_chunksize=GROUP)):
        piece = encode(batch)
        footers.append(piece.footer_at(len(out), index))
        out += piece.body.to_pybytes()
    out += join_footers(empty_footer(table.schema, compression, ("s",)), footers)
    return bytes(out)


@pytest.mark.parametrize("compression", ["snappy", "zstd", "gzip", "lz4", "none"])
def test_pieces_join_into_the_bytes_of_one_writer(compression: str) -> None:
    table = _table()
    pieced = _pieced(table, compression)
    assert pieced == _whole(table, compression)
    metadata = pq.read_metadata(pa.BufferReader(pieced))
    assert metadata.num_rows == ROWS
    assert [metadata.row_group(i).num_rows for i in range(4)] == [1000, 1000, 1000, 500]
    assert pq.read_table(pa.BufferReader(pieced)).equals(table)


def test_no_pieces_give_an_empty_file() -> None:
    schema = pa.schema([("n", pa.int64())])
    data = MAGIC + join_footers(empty_footer(schema, "snappy", ()), [])
    assert pq.read_table(pa.BufferReader(data)).num_rows == 0


def test_a_footer_round_trips_through_the_thrift_codec() -> None:
    data = _whole(_table(), "zstd")
    size = int.from_bytes(data[-8:-4], "little")
    footer = data[-8 - size : -8]
    assert write_struct(read_struct(footer)) == footer
