"""Worker processes writing encoded blocks straight into the output file, at their offsets."""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from lookalike.executors import InProcessExecutor, ProcessExecutor, Task, tasks_for
from lookalike.executors.base import Placed
from lookalike.executors.placing import AbandonedError, EndBoard
from lookalike.plan import Plan, build_plan
from lookalike.sinks import CsvEncoder, NdjsonEncoder
from lookalike.sinks.base import Encoder, Placement
from lookalike.spec import spec_from_dict

FIELDS: dict[str, Any] = {
    "id": {"kind": "sequence"},
    "u": {"kind": "uuid", "unique": True},
    "s": {"kind": "choice", "values": ["a", "b"], "null_rate": 0.1},
}
HEADER = b"header\n"


@pytest.fixture(scope="module")
def small_blocks() -> Plan:
    """Many small blocks (a test-only block size), so workers overtake each other."""
    plan = build_plan(
        spec_from_dict({"seed": 9, "tables": {"t": {"rows": 3_000, "fields": FIELDS}}})
    )
    table = dataclasses.replace(plan.tables["t"], block_rows=101)
    return dataclasses.replace(plan, tables={"t": table})


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessExecutor]:
    executor = ProcessExecutor(2)
    yield executor
    executor.close()


def _expected(plan: Plan, tasks: list[Task], encoder: Encoder, between: bytes) -> bytes:
    """What the sink itself writes: the encoded blocks, ``between`` joining non-empty ones."""
    blocks = [payload for _, payload in InProcessExecutor().run(plan, tasks, encoder)]
    texts = [bytes(b) if isinstance(b, pa.Buffer) else b for b in blocks]
    assert all(isinstance(t, bytes) for t in texts)
    return between.join(t for t in texts if t)  # type: ignore[misc]


def _file_with_header(path: Path) -> Placement:
    path.write_bytes(HEADER)
    return Placement(str(path), start=len(HEADER))


@pytest.mark.parametrize(
    ("encoder", "between"),
    [(CsvEncoder(","), b""), (NdjsonEncoder(separator=b",\n"), b",\n")],
    ids=["csv", "json-array"],
)
def test_workers_write_the_same_bytes_the_sink_would(
    small_blocks: Plan, pool: ProcessExecutor, tmp_path: Path, encoder: Encoder, between: bytes
) -> None:
    tasks = tasks_for(small_blocks, "t", 50, 2_950)
    assert len(tasks) > 20
    path = tmp_path / "out"
    placement = dataclasses.replace(_file_with_header(path), between=between)
    results = list(pool.run(small_blocks, tasks, encoder, placement=placement))
    assert [rows for rows, _ in results] == [t.stop - t.first for t in tasks]
    ends = [payload.end for _, payload in results if isinstance(payload, Placed)]
    assert len(ends) == len(tasks)
    assert ends == sorted(ends)
    assert path.read_bytes() == HEADER + _expected(small_blocks, tasks, encoder, between)
    assert ends[-1] == path.stat().st_size


def test_no_board_is_left_in_the_spool(
    small_blocks: Plan, pool: ProcessExecutor, tmp_path: Path
) -> None:
    placement = _file_with_header(tmp_path / "out")
    list(pool.run(small_blocks, tasks_for(small_blocks, "t"), CsvEncoder(), placement=placement))
    assert pool._spool is not None
    assert os.listdir(pool._spool) == []


def test_a_failing_block_surfaces_its_own_error_and_frees_the_others(
    small_blocks: Plan, pool: ProcessExecutor, tmp_path: Path
) -> None:
    tasks = tasks_for(small_blocks, "t")
    # Block 3 fails in its worker; the blocks after it wait for its offset, and must
    # give up rather than wait for ever.
    tasks[3] = Task("no-such-table", 0, 0, 1)
    placement = _file_with_header(tmp_path / "out")
    with pytest.raises(KeyError, match="no-such-table"):
        list(pool.run(small_blocks, tasks, CsvEncoder(), placement=placement))
    # The pool is free again, and later runs place their blocks as before.
    again = tmp_path / "again"
    good = tasks_for(small_blocks, "t", 0, 500)
    list(pool.run(small_blocks, good, CsvEncoder(), placement=_file_with_header(again)))
    assert again.read_bytes() == HEADER + _expected(small_blocks, good, CsvEncoder(), b"")


def test_a_consumer_that_stops_early_does_not_leave_workers_waiting(
    small_blocks: Plan, tmp_path: Path
) -> None:
    executor = ProcessExecutor(2)
    try:
        placement = _file_with_header(tmp_path / "out")
        blocks = executor.run(
            small_blocks, tasks_for(small_blocks, "t"), CsvEncoder(), placement=placement
        )
        next(blocks)
        assert isinstance(blocks, Generator)
        blocks.close()  # as run_table does on an error or Ctrl-C
    finally:
        started = time.monotonic()
        executor.close()
    assert time.monotonic() - started < 10


def test_a_vanished_file_is_a_clear_error(
    small_blocks: Plan, pool: ProcessExecutor, tmp_path: Path
) -> None:
    placement = Placement(str(tmp_path / "gone.partial"), start=0)
    with pytest.raises(OSError, match="cannot write output"):
        list(
            pool.run(
                small_blocks, tasks_for(small_blocks, "t", 0, 10), CsvEncoder(), placement=placement
            )
        )
    assert not (tmp_path / "gone.partial").exists()  # never created again


def test_in_process_executor_ignores_a_placement(small_blocks: Plan, tmp_path: Path) -> None:
    placement = _file_with_header(tmp_path / "out")
    tasks = tasks_for(small_blocks, "t", 0, 300)
    results = list(InProcessExecutor().run(small_blocks, tasks, CsvEncoder(), placement=placement))
    assert not any(isinstance(payload, Placed) for _, payload in results)
    assert (tmp_path / "out").read_bytes() == HEADER


def test_board_hands_each_block_the_end_of_the_one_before(tmp_path: Path) -> None:
    board = EndBoard.create(str(tmp_path), blocks=3, start=7)
    other = EndBoard.open(board.path)  # as a worker process maps it
    try:
        assert board.blocks == 3
        assert other.start_of(0) == 7
        board.post(0, 7)  # an empty block
        assert other.start_of(1) == 7
        other.post(1, 40)
        assert board.start_of(2) == 40
    finally:
        other.close()
        board.discard()
    assert not Path(board.path).exists()


def test_board_stops_the_blocks_after_a_failed_one(tmp_path: Path) -> None:
    board = EndBoard.create(str(tmp_path), blocks=3, start=0)
    try:
        board.post(0, 5)
        board.fail(1)
        assert board.start_of(1) == 5  # the failure is after it
        with pytest.raises(AbandonedError, match="block 2: the block before it failed"):
            board.start_of(2)
        assert not board.aborted
    finally:
        board.discard()


def test_board_waits_until_posted_and_stops_on_abort(tmp_path: Path) -> None:
    board = EndBoard.create(str(tmp_path), blocks=3, start=0)
    try:
        threading.Timer(0.05, board.post, (0, 12)).start()
        assert board.start_of(1) == 12  # waited for block 0
        assert not board.aborted
        threading.Timer(0.05, board.abort).start()
        with pytest.raises(AbandonedError, match="block 2"):
            board.start_of(2)
        assert board.aborted
    finally:
        board.discard()
