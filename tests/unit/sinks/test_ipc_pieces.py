"""Arrow IPC written in pieces: the header, the placed messages and the rebuilt footer
give the bytes one RecordBatchFileWriter gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.ipc as ipc
import pytest

from lookalike.errors import OutputError
from lookalike.sinks import IpcSink
from lookalike.sinks.ipc_pieces import BatchEncoder, IpcLayout, canonical

ROWS = 3500
GROUP = 1000

SCHEMAS = {
    "flat": pa.schema([("n", pa.int64()), ("s", pa.string()), ("x", pa.float64())]),
    "dictionaries": pa.schema(
        [
            ("n", pa.int64()),
            ("status", pa.dictionary(pa.int32(), pa.string())),
            ("kind", pa.dictionary(pa.int32(), pa.string())),
        ]
    ),
    "nested": pa.schema(
        [
            ("l", pa.list_(pa.string())),
            ("st", pa.struct([("a", pa.int8()), ("b", pa.bool_())])),
            ("t", pa.timestamp("us", tz="Europe/London")),
            ("d", pa.decimal128(12, 2)),
        ],
        metadata={b"lookalike": b"x" * 13},  # an odd length: the footer's padding moves
    ),
}


def _batches(schema: pa.Schema) -> list[pa.RecordBatch]:
    rng = np.random.default_rng(3)
    columns = {}
    for field in schema:
        if field.type == pa.int64():
            columns[field.name] = pa.array(np.arange(ROWS))
        elif field.type == pa.float64():
            values = rng.random(ROWS)
            columns[field.name] = pa.array(values, mask=values < 0.1)
        elif pa.types.is_dictionary(field.type):
            values = pa.array(["new", "paid", "sent"])
            columns[field.name] = pa.DictionaryArray.from_arrays(
                pa.array(np.arange(ROWS) % 3, pa.int32()), values
            )
        elif field.type == pa.string():
            columns[field.name] = pa.array([f"v{i % 7}" if i % 5 else None for i in range(ROWS)])
        else:
            columns[field.name] = pa.nulls(ROWS, field.type)
    table = pa.table(columns, schema=schema)
    batches: list[pa.RecordBatch] = table.to_batches(max_chunksize=GROUP)
    return batches


def _whole(schema: pa.Schema, batches: list[pa.RecordBatch], compression: str | None) -> bytes:
    out = pa.BufferOutputStream()
    options = ipc.IpcWriteOptions(compression=compression)
    with ipc.new_file(out, schema, options=options) as writer:
        for batch in batches:
            writer.write_batch(canonical(batch))
    return bytes(out.getvalue().to_pybytes())


def _pieced(schema: pa.Schema, batches: list[pa.RecordBatch], compression: str | None) -> bytes:
    layout = IpcLayout.of(schema, compression)
    assert layout is not None
    encode = BatchEncoder(schema, compression)
    out, blocks = bytearray(layout.header), []
    for index, batch in enumerate(batches):
        piece = encode(batch)
        blocks.append(piece.footer_at(len(out), index))
        out += piece.body_at(index).to_pybytes()
    return bytes(out + layout.ending(blocks))


@pytest.mark.parametrize("compression", [None, "zstd", "lz4"])
@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_pieces_give_the_bytes_of_one_writer(name: str, compression: str | None) -> None:
    schema = SCHEMAS[name]
    batches = _batches(schema)
    pieced = _pieced(schema, batches, compression)
    assert pieced == _whole(schema, batches, compression)
    reader = ipc.open_file(pa.py_buffer(pieced))
    assert [reader.get_batch(i).num_rows for i in range(reader.num_record_batches)] == [
        1000, 1000, 1000, 500,
    ]  # fmt: skip
    assert reader.read_all().equals(pa.Table.from_batches(batches))


@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_any_number_of_batches_gives_the_same_footer(count: int) -> None:
    # The record batch vector's alignment depends on how many there are.
    schema = SCHEMAS["flat"]
    batches = _batches(schema)[:1] * count
    assert _pieced(schema, batches, None) == _whole(schema, batches, None)


def test_only_the_first_piece_places_the_dictionaries() -> None:
    schema = SCHEMAS["dictionaries"]
    first, second = (BatchEncoder(schema, None)(b) for b in _batches(schema)[:2])
    assert first.body_at(0).size == first.body.size
    assert second.body_at(1).size < second.body.size
    assert ipc.read_message(second.body_at(1)).type == "record batch"
    assert ipc.read_message(first.body_at(0)).type == "dictionary"


def test_a_block_with_other_dictionaries_is_refused() -> None:
    # One RecordBatchFileWriter refuses it too (a file holds one dictionary per column).
    schema = pa.schema([("c", pa.dictionary(pa.int8(), pa.string()))])
    layout = IpcLayout.of(schema, None)
    assert layout is not None
    encode = BatchEncoder(schema, None)
    shares = []
    for index, values in enumerate((["a", "b"], ["a", "c"])):
        array = pa.DictionaryArray.from_arrays(pa.array([0, 1], pa.int8()), pa.array(values))
        shares.append(encode(pa.record_batch([array], schema=schema)).footer_at(100, index))
    with pytest.raises(OutputError, match="record batch 1 has other dictionaries"):
        layout.ending(shares)


def test_a_piece_is_one_record_batch_message() -> None:
    schema = SCHEMAS["flat"]
    batch = _batches(schema)[0]
    piece = BatchEncoder(schema, None)(batch)
    assert piece.rows == batch.num_rows
    message = ipc.read_message(piece.body)
    assert message.type == "record batch"
    assert ipc.read_record_batch(message, schema).equals(batch)


def test_pieces_handed_to_the_sink_give_the_bytes_of_one_writer(tmp_path: Path) -> None:
    # Pieces a worker encoded but could not place: the sink appends them (dictionaries once).
    schema = SCHEMAS["dictionaries"]
    batches = _batches(schema)
    handed = IpcSink(tmp_path / "handed.arrow")
    handed.open(schema)
    encode = handed.piece_encoder()
    assert encode is not None
    for batch in batches:
        handed.write_encoded(encode(batch))
    handed.close()
    assert handed.pieces == len(batches)
    assert (tmp_path / "handed.arrow").read_bytes() == _whole(schema, batches, None)
