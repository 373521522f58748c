"""The Delta sink: types Delta lacks, one commit per write, nothing committed on abort."""

from __future__ import annotations

import datetime as dt
import decimal
from pathlib import Path

import pyarrow as pa
import pytest

from lookalike.errors import OutputError
from lookalike.sinks.delta import DeltaSink, delta_schema
from support.delta_read import commit_infos, live_files, read_with_dataset

pytest.importorskip("deltalake", reason="the delta extra is not installed")

SCHEMA = pa.schema(
    [
        ("n", pa.int64()),
        ("big", pa.uint64()),
        ("status", pa.dictionary(pa.int32(), pa.string())),
        ("at", pa.timestamp("s")),
        ("opens", pa.time64("us")),
        ("price", pa.decimal128(7, 2)),
    ],
    metadata={b"lookalike.seed": b"1"},
)


def _batch(first: int, rows: int) -> pa.RecordBatch:
    numbers = list(range(first, first + rows))
    return pa.record_batch(
        [
            pa.array(numbers, pa.int64()),
            pa.array(numbers, pa.uint64()),
            pa.array(["a" if n % 2 else "b" for n in numbers]).dictionary_encode(),
            pa.array([dt.datetime(2026, 1, 1) + dt.timedelta(seconds=n) for n in numbers],
                     pa.timestamp("s")),
            pa.array([dt.time(9, n % 60, 30) for n in numbers], pa.time64("us")),
            pa.array([decimal.Decimal(n) / 4 for n in numbers], pa.decimal128(7, 2)),
        ],
        schema=SCHEMA,
    )  # fmt: skip


def _write(path: Path, batches: list[pa.RecordBatch], **options: object) -> DeltaSink:
    sink = DeltaSink(str(path), metadata={"lookalike.seed": "1"}, **options)  # type: ignore[arg-type]
    sink.open(SCHEMA)
    for batch in batches:
        sink.write(batch)
    sink.close()
    return sink


def test_delta_schema_keeps_what_delta_has_and_converts_the_rest() -> None:
    converted = delta_schema(SCHEMA)
    assert converted.types == [
        pa.int64(), pa.int64(), pa.string(), pa.timestamp("us"), pa.string(),
        pa.decimal128(7, 2),
    ]  # fmt: skip
    assert converted.metadata == SCHEMA.metadata


def test_batches_land_as_one_commit_read_back_without_deltalake(tmp_path: Path) -> None:
    table = tmp_path / "t"
    sink = _write(table, [_batch(0, 100), _batch(100, 50)])
    assert sink.rows == 150
    # A Delta table's rows have no order across its files (nor its log's adds an order
    # of writing): compare them in key order.
    back = read_with_dataset(table).sort_by("n")
    assert back.num_rows == 150
    assert back.column("n").to_pylist() == list(range(150))
    assert back.column("status").to_pylist()[:2] == ["b", "a"]
    assert back.column("opens").to_pylist()[1] == "09:01:30.000000"
    assert back.column("at").to_pylist()[0] == dt.datetime(2026, 1, 1)
    infos = commit_infos(table)
    assert len(infos) == 1
    assert infos[0]["lookalike.seed"] == "1"


def test_append_adds_a_version_and_overwrite_replaces_the_rows(tmp_path: Path) -> None:
    table = tmp_path / "t"
    _write(table, [_batch(0, 10)])
    _write(table, [_batch(10, 10)], mode="append")
    assert read_with_dataset(table).num_rows == 20
    _write(table, [_batch(100, 5)], mode="overwrite")
    assert sorted(read_with_dataset(table).column("n").to_pylist()) == list(range(100, 105))
    assert len(commit_infos(table)) == 3


def test_abort_commits_nothing(tmp_path: Path) -> None:
    table = tmp_path / "t"
    _write(table, [_batch(0, 10)])
    sink = DeltaSink(str(table), mode="append")
    sink.open(SCHEMA)
    sink.write(_batch(10, 10))
    sink.abort()
    assert len(commit_infos(table)) == 1
    assert read_with_dataset(table).num_rows == 10


def test_a_refused_write_says_why_instead_of_hanging(tmp_path: Path) -> None:
    table = tmp_path / "t"
    _write(table, [_batch(0, 10)])
    sink = DeltaSink(str(table), mode="error")
    sink.open(SCHEMA)

    def write_all() -> None:
        for first in range(0, 10_000, 10):  # the writer fails; a write or close says so
            sink.write(_batch(first % 1000, 10))
        sink.close()

    with pytest.raises(OutputError, match=r"already exists.*append"):
        write_all()
    sink.abort()
    assert len(live_files(table)) == 1


def test_a_value_delta_cannot_hold_is_refused_by_name(tmp_path: Path) -> None:
    sink = DeltaSink(str(tmp_path / "t"))
    sink.open(SCHEMA)
    huge = _batch(0, 1).set_column(1, "big", pa.array([2**64 - 1], pa.uint64()))
    with pytest.raises(OutputError, match="column 'big'"):
        sink.write(huge)
    sink.abort()
    assert not (tmp_path / "t" / "_delta_log").exists() or not commit_infos(tmp_path / "t")


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(OutputError, match="append, overwrite, error"):
        DeltaSink("x", mode="upsert")  # type: ignore[arg-type]
