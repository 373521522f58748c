"""Executors: in-process and worker processes give the same results, in order."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pyarrow as pa
import pytest

from lookalike.executors import (
    InProcessExecutor,
    ProcessExecutor,
    Task,
    default_workers,
    executor_for,
    run_task,
    tasks_for,
)
from lookalike.executors.base import Spooled
from lookalike.plan import Plan, build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.sinks import CsvEncoder, NdjsonEncoder
from lookalike.spec import spec_from_dict

Spec = Callable[..., dict[str, Any]]
FIELDS: dict[str, Any] = {
    "id": {"kind": "sequence"},
    "u": {"kind": "uuid", "unique": True},
    "s": {"kind": "choice", "values": ["a", "b"], "null_rate": 0.1},
    "d": {"kind": "derived", "expr": "id * 3"},
}


@pytest.fixture(scope="module")
def small_blocks() -> Plan:
    """A plan cut into many small blocks (a test-only block size) to exercise ordering."""
    spec = spec_from_dict({"seed": 4, "tables": {"t": {"rows": 2_000, "fields": FIELDS}}})
    plan = build_plan(spec)
    table = dataclasses.replace(plan.tables["t"], block_rows=97)
    return dataclasses.replace(plan, tables={"t": table})


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessExecutor]:
    executor = ProcessExecutor(2)
    yield executor
    executor.close()


def _payload(item: tuple[int, Any]) -> Any:
    rows, payload = item
    if isinstance(payload, Spooled):
        payload = payload.load()
    if isinstance(payload, pa.Buffer):
        payload = payload.to_pybytes()
    return rows, payload


def test_tasks_for_whole_table(make_spec: Spec) -> None:
    plan = build_plan(spec_from_dict(make_spec(FIELDS, rows=2 * BLOCK_ROWS + 5)))
    tasks = tasks_for(plan, "t")
    assert tasks == [
        Task("t", 0, 0, BLOCK_ROWS),
        Task("t", 1, 0, BLOCK_ROWS),
        Task("t", 2, 0, 5),
    ]


@pytest.mark.parametrize(
    ("first", "stop", "expected"),
    [
        (0, 10, [(0, 0, 10)]),
        (65_000, 66_000, [(0, 65_000, 65_536), (1, 0, 464)]),
        (BLOCK_ROWS, BLOCK_ROWS + 1, [(1, 0, 1)]),
        (BLOCK_ROWS - 1, BLOCK_ROWS, [(0, BLOCK_ROWS - 1, BLOCK_ROWS)]),
        (10, 2 * BLOCK_ROWS + 5, [(0, 10, BLOCK_ROWS), (1, 0, BLOCK_ROWS), (2, 0, 5)]),
        (2 * BLOCK_ROWS + 1, 10**12, [(2, 1, 5)]),
        (7, 7, []),
        (10**6, 10**6 + 5, []),
    ],
)
def test_tasks_for_row_ranges(
    make_spec: Spec, first: int, stop: int, expected: list[tuple[int, int, int]]
) -> None:
    plan = build_plan(spec_from_dict(make_spec(FIELDS, rows=2 * BLOCK_ROWS + 5)))
    tasks = tasks_for(plan, "t", first, stop)
    assert [(t.block, t.first, t.stop) for t in tasks] == expected
    assert sum(t.stop - t.first for t in tasks) == max(0, min(stop, plan.tables["t"].rows) - first)


def test_run_task_slices_the_block(small_blocks: Plan) -> None:
    rows, batch = run_task(small_blocks, Task("t", 3, 5, 9), None)
    assert rows == 4
    assert isinstance(batch, pa.RecordBatch)
    assert batch.column("id").to_pylist() == [3 * 97 + 6 + i for i in range(4)]


def test_run_task_encodes_when_asked(small_blocks: Plan) -> None:
    rows, data = run_task(small_blocks, Task("t", 0, 0, 2), NdjsonEncoder())
    assert rows == 2
    assert isinstance(data, bytes)
    assert data.count(b"\n") == 2
    assert data.startswith(b'{"id":1,')


def test_in_process_results_are_in_order(small_blocks: Plan) -> None:
    tasks = tasks_for(small_blocks, "t")
    assert len(tasks) == 21
    results = [_payload(r) for r in InProcessExecutor().run(small_blocks, tasks, None)]
    ids = [i for _, batch in results for i in batch.column("id").to_pylist()]
    assert ids == list(range(1, 2001))


@pytest.mark.parametrize(
    "encoder", [None, CsvEncoder(","), NdjsonEncoder()], ids=["batches", "csv", "ndjson"]
)
def test_process_executor_matches_in_process(
    small_blocks: Plan, pool: ProcessExecutor, encoder: Any
) -> None:
    tasks = tasks_for(small_blocks, "t", 50, 1_950)
    alone = [_payload(r) for r in InProcessExecutor().run(small_blocks, tasks, encoder)]
    parallel = [_payload(r) for r in pool.run(small_blocks, tasks, encoder)]
    assert [rows for rows, _ in parallel] == [rows for rows, _ in alone]
    assert len(parallel) == len(tasks)
    for (_, mine), (_, theirs) in zip(alone, parallel, strict=True):
        if isinstance(mine, pa.RecordBatch):
            assert mine.equals(theirs)
        else:
            assert mine == theirs


def test_process_results_come_back_in_block_order(
    small_blocks: Plan, pool: ProcessExecutor
) -> None:
    tasks = tasks_for(small_blocks, "t")
    ids = [
        i
        for _, batch in map(_payload, pool.run(small_blocks, tasks, None))
        for i in batch.column("id").to_pylist()
    ]
    assert ids == list(range(1, 2001))


def test_process_executor_propagates_errors(small_blocks: Plan, pool: ProcessExecutor) -> None:
    with pytest.raises(KeyError):
        list(pool.run(small_blocks, [Task("no-such-table", 0, 0, 1)], None))
    # the pool still works afterwards
    rows, batch = _payload(next(iter(pool.run(small_blocks, [Task("t", 0, 0, 3)], None))))
    assert rows == 3
    assert batch.column("id").to_pylist() == [1, 2, 3]


def test_process_executor_close_is_idempotent(small_blocks: Plan) -> None:
    executor = ProcessExecutor(2)
    executor.prepare(small_blocks)
    rows = [r for r, _ in executor.run(small_blocks, tasks_for(small_blocks, "t"), None)]
    assert sum(rows) == 2000
    executor.close()
    executor.close()


def test_executor_for() -> None:
    assert isinstance(executor_for(1), InProcessExecutor)
    assert isinstance(executor_for(4, blocks=1), InProcessExecutor)
    chosen = executor_for(2, blocks=10)
    assert isinstance(chosen, ProcessExecutor)
    assert chosen.workers == 2
    chosen.close()
    assert executor_for(None, blocks=1).workers == 1
    # Automatic, a mid-sized job: in-process, on two threads when there are two cores.
    small = executor_for(None, blocks=10)
    assert isinstance(small, InProcessExecutor)
    assert small.workers == min(default_workers(), 2)
    # Asked for one: one core, however big the job; it encodes what it generates.
    one = executor_for(1, blocks=1000)
    assert isinstance(one, InProcessExecutor)
    assert (one.workers, one.encodes, one.places) == (1, True, False)
    # Asked for two: processes, even where the automatic choice would stay in-process.
    asked = executor_for(2, blocks=1000, processes=False)
    assert isinstance(asked, ProcessExecutor)
    assert (asked.encodes, asked.places) == (True, True)
    asked.close()
    # Automatic without processes (the caller's sink cannot take them): in-process.
    kept = executor_for(None, blocks=1000, processes=False)
    assert isinstance(kept, InProcessExecutor)
    assert kept.workers == min(default_workers(), 2)
    with pytest.raises(ValueError, match="workers must be at least 1"):
        executor_for(0)


def test_default_workers_is_the_core_count() -> None:
    import os

    assert default_workers() == len(os.sched_getaffinity(0))
    assert default_workers() >= 1


def test_workers_start_by_fork_until_polars_runs_threads_here() -> None:
    import sys

    from lookalike.executors.processes import start_method

    assert start_method("forkserver") == "forkserver"
    expected = "forkserver" if "polars" in sys.modules else "fork"
    assert start_method() == expected
