"""Parquet encoded by worker processes: the same bytes as one process writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from lookalike.executors import ProcessExecutor
from lookalike.pipeline import RowRange, run_table
from lookalike.plan import Plan, build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.sinks import ParquetSink
from lookalike.spec import spec_from_dict

ROWS = 2 * BLOCK_ROWS + 777  # three row groups, the last one short


@pytest.fixture(scope="module")
def plan() -> Plan:
    fields = {
        "id": {"kind": "sequence"},
        "price": {"kind": "decimal", "max_value": 100, "null_rate": 0.1},
        "status": {"kind": "choice", "values": ["new", "paid", "sent"]},
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
    plan: Plan, path: Path, compression: str, executor: ProcessExecutor | None, **options: object
) -> ParquetSink:
    sink = ParquetSink(path, compression)  # any codec pyarrow has, not only the CLI's
    run_table(plan, "t", sink, executor=executor, **options)  # type: ignore[arg-type]
    return sink


@pytest.mark.parametrize("compression", ["snappy", "zstd", "gzip", "lz4", "none"])
def test_two_workers_write_the_bytes_one_process_writes(
    plan: Plan, pool: ProcessExecutor, tmp_path: Path, compression: str
) -> None:
    alone = _write(plan, tmp_path / "alone.parquet", compression, None)
    placed = _write(plan, tmp_path / "placed.parquet", compression, pool)
    assert alone.pieces == 0
    assert placed.pieces == 3  # the workers encoded every row group
    data = (tmp_path / "placed.parquet").read_bytes()
    assert data == (tmp_path / "alone.parquet").read_bytes()
    metadata = pq.read_metadata(tmp_path / "placed.parquet")
    assert metadata.num_rows == ROWS
    groups = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
    assert groups == [BLOCK_ROWS, BLOCK_ROWS, 777]


def test_duckdb_reads_what_workers_wrote(plan: Plan, pool: ProcessExecutor, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "placed.parquet"
    _write(plan, path, "zstd", pool)
    with duckdb.connect() as db:
        count, first, last = db.execute(
            f"SELECT count(*), min(id), max(id) FROM read_parquet('{path}')"
        ).fetchone()
    assert (count, first, last) == (ROWS, 1, ROWS)
    assert pq.read_table(path).num_rows == ROWS


def test_row_groups_that_would_not_match_fall_back_to_one_writer(
    plan: Plan, pool: ProcessExecutor, tmp_path: Path
) -> None:
    # Rows from mid-block: a worker's task is no longer one row group.
    rows = RowRange(1000, ROWS)
    alone = _write(plan, tmp_path / "alone.parquet", "snappy", None, row_range=rows)
    placed = _write(plan, tmp_path / "placed.parquet", "snappy", pool, row_range=rows)
    assert placed.pieces == 0
    assert alone.pieces == 0
    assert (tmp_path / "placed.parquet").read_bytes() == (tmp_path / "alone.parquet").read_bytes()


def test_an_empty_table_written_by_workers_is_a_valid_file(
    pool: ProcessExecutor, tmp_path: Path
) -> None:
    spec = {"seed": 1, "tables": {"t": {"rows": 0, "fields": {"id": {"kind": "sequence"}}}}}
    empty = build_plan(spec_from_dict(spec))
    _write(empty, tmp_path / "empty.parquet", "snappy", pool)
    _write(empty, tmp_path / "alone.parquet", "snappy", None)
    assert pq.read_metadata(tmp_path / "empty.parquet").num_rows == 0
    assert (tmp_path / "empty.parquet").read_bytes() == (tmp_path / "alone.parquet").read_bytes()


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_a_failure_while_workers_place_pieces_leaves_no_file(
    plan: Plan, pool: ProcessExecutor, tmp_path: Path, error: BaseException
) -> None:
    target = tmp_path / "out.parquet"
    target.write_bytes(b"older output")
    seen: list[int] = []

    def progress(rows: int) -> None:
        seen.append(rows)
        if len(seen) == 2:
            raise error

    with pytest.raises(type(error)):
        _write(plan, target, "snappy", pool, progress=progress)
    assert target.read_bytes() == b"older output"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    # The pool is not stuck: it writes the next file whole.
    assert _write(plan, target, "snappy", pool).pieces == 3
    assert pq.read_metadata(target).num_rows == ROWS
