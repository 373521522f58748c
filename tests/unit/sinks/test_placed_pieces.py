"""Parquet and Arrow IPC encoded by worker processes: the same bytes as one process writes.

(A failure while workers place pieces is tested with the other formats in
tests/unit/test_pipeline.py.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq
import pytest

from lookalike.executors import ProcessExecutor
from lookalike.pipeline import RowRange, run_table
from lookalike.plan import Plan, build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.sinks import IpcSink, ParquetSink
from lookalike.spec import spec_from_dict

ROWS = 2 * BLOCK_ROWS + 777  # three row groups or batches, the last one short

#: Every codec each format's sink takes (Parquet: any pyarrow has, not only the CLI's).
CASES = [("parquet", c) for c in ("snappy", "zstd", "gzip", "lz4", "none")] + [
    ("arrow", c) for c in (None, "zstd", "lz4")
]


@pytest.fixture(scope="module")
def plan() -> Plan:
    fields = {
        "id": {"kind": "sequence"},
        "price": {"kind": "decimal", "max_value": 100, "null_rate": 0.1},
        "status": {"kind": "choice", "values": ["new", "paid", "sent"]},  # a dictionary
        "note": {"kind": "text", "max_count": 3, "null_rate": 0.2},
        "at": {"kind": "datetime", "min_value": "2024-01-01", "max_value": "2025-01-01"},
    }
    spec = {"seed": 9, "tables": {"t": {"rows": ROWS, "fields": fields}}}
    return build_plan(spec_from_dict(spec))


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessExecutor]:
    executor = ProcessExecutor(2)
    yield executor
    executor.close()


def _write(
    plan: Plan, path: Path, fmt: str, compression: str | None,
    executor: ProcessExecutor | None, **options: object,
) -> ParquetSink | IpcSink:  # fmt: skip
    sink = ParquetSink(path, compression) if fmt == "parquet" else IpcSink(path, compression)
    run_table(plan, "t", sink, executor=executor, **options)  # type: ignore[arg-type]
    return sink


def _read(fmt: str, path: Path) -> tuple[list[int], pa.Table]:
    """The file's row group (or record batch) sizes and its rows, read by pyarrow."""
    if fmt == "parquet":
        parquet = pq.ParquetFile(path)
        sizes = [parquet.metadata.row_group(i).num_rows for i in range(parquet.num_row_groups)]
        return sizes, parquet.read()
    with ipc.open_file(path) as reader:
        sizes = [reader.get_batch(i).num_rows for i in range(reader.num_record_batches)]
        return sizes, reader.read_all()


@pytest.mark.parametrize(("fmt", "compression"), CASES)
def test_two_workers_write_the_bytes_one_process_writes(
    plan: Plan, pool: ProcessExecutor, tmp_path: Path, fmt: str, compression: str | None
) -> None:
    alone = _write(plan, tmp_path / f"alone.{fmt}", fmt, compression, None)
    placed = _write(plan, tmp_path / f"placed.{fmt}", fmt, compression, pool)
    assert alone.pieces == 0
    assert placed.pieces == 3  # the workers encoded every row group
    data = (tmp_path / f"placed.{fmt}").read_bytes()
    assert data == (tmp_path / f"alone.{fmt}").read_bytes()
    sizes, table = _read(fmt, tmp_path / f"placed.{fmt}")
    assert sizes == [BLOCK_ROWS, BLOCK_ROWS, 777]
    assert table.column("id").to_pylist() == list(range(1, ROWS + 1))
    assert set(table.column("status").to_pylist()) == {"new", "paid", "sent"}


@pytest.mark.parametrize("fmt", ["parquet", "arrow"])
def test_duckdb_reads_what_workers_wrote(
    plan: Plan, pool: ProcessExecutor, tmp_path: Path, fmt: str
) -> None:
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / f"placed.{fmt}"
    _write(plan, path, fmt, "zstd", pool)
    # DuckDB reads Parquet itself, and Arrow through a pyarrow dataset.
    source = f"read_parquet('{path}')" if fmt == "parquet" else "arrow_data"
    arrow_data = _read(fmt, path)[1]  # noqa: F841 (DuckDB finds it by name)
    with duckdb.connect() as db:
        count, first, last = db.execute(
            f"SELECT count(*), min(id), max(id) FROM {source}"
        ).fetchone()
    assert (count, first, last) == (ROWS, 1, ROWS)


@pytest.mark.parametrize("fmt", ["parquet", "arrow"])
def test_groups_that_would_not_match_fall_back_to_one_writer(
    plan: Plan, pool: ProcessExecutor, tmp_path: Path, fmt: str
) -> None:
    # Rows from mid-block: a worker's task is no longer one row group.
    rows = RowRange(1000, ROWS)
    alone = _write(plan, tmp_path / f"alone.{fmt}", fmt, None, None, row_range=rows)
    placed = _write(plan, tmp_path / f"placed.{fmt}", fmt, None, pool, row_range=rows)
    assert (placed.pieces, alone.pieces) == (0, 0)
    data = (tmp_path / f"placed.{fmt}").read_bytes()
    assert data == (tmp_path / f"alone.{fmt}").read_bytes()


@pytest.mark.parametrize("fmt", ["parquet", "arrow"])
def test_an_empty_table_written_by_workers_is_a_valid_file(
    pool: ProcessExecutor, tmp_path: Path, fmt: str
) -> None:
    spec = {"seed": 1, "tables": {"t": {"rows": 0, "fields": {"id": {"kind": "sequence"}}}}}
    empty = build_plan(spec_from_dict(spec))
    _write(empty, tmp_path / f"empty.{fmt}", fmt, None, pool)
    _write(empty, tmp_path / f"alone.{fmt}", fmt, None, None)
    assert _read(fmt, tmp_path / f"empty.{fmt}") == ([], _read(fmt, tmp_path / f"alone.{fmt}")[1])
    assert _read(fmt, tmp_path / f"empty.{fmt}")[1].num_rows == 0
    data = (tmp_path / f"empty.{fmt}").read_bytes()
    assert data == (tmp_path / f"alone.{fmt}").read_bytes()
