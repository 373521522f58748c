"""run_table: blocks to a sink in order, row ranges, progress, and all-or-nothing files."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from lookalike.executors import InProcessExecutor, Payload, ProcessExecutor, Task
from lookalike.pipeline import RowRange, collect_table, run_table
from lookalike.plan import Plan, build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.sinks import MemorySink, Sink, open_sink
from lookalike.sinks.base import Encoder, Placement
from lookalike.sinks.formats import FORMATS as FORMAT_FACTS
from lookalike.spec import spec_from_dict

#: Every format a table of any columns can be written to (GeoJSON needs coordinates,
#: and is tested with a spec that has them, in tests/unit/sinks).
TABULAR = [f for f in FORMAT_FACTS if f != "geojson"]

Spec = Callable[..., dict[str, Any]]
ROWS = 2 * BLOCK_ROWS + 10


@pytest.fixture
def plan(make_spec: Spec) -> Plan:
    fields = {"id": {"kind": "sequence"}, "code": {"kind": "pattern", "pattern": "??-###"}}
    return build_plan(spec_from_dict(make_spec(fields, rows=ROWS)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5000000:5001000", (5_000_000, 5_001_000)),
        ("0:10", (0, 10)),
        (":10", (0, 10)),
        ("10:", (10, 10**12)),
        (":", (0, 10**12)),
        ("1_000:2_000", (1000, 2000)),
        (" 3 : 4 ", (3, 4)),
        ("7:7", (7, 7)),
    ],
)
def test_row_range_parse(text: str, expected: tuple[int, int]) -> None:
    parsed = RowRange.parse(text)
    assert (parsed.first, parsed.stop) == expected


@pytest.mark.parametrize("text", ["5-3", "abc", "1:x", "10", "", "5:3", "-1:4", "1:2:3"])
def test_row_range_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="row range"):
        RowRange.parse(text)


def test_run_table_counts_rows_and_reports_progress(plan: Plan) -> None:
    seen: list[int] = []
    sink = MemorySink()
    assert run_table(plan, "t", sink, progress=seen.append) == ROWS
    assert seen == [BLOCK_ROWS, BLOCK_ROWS, 10]
    assert sink.table is not None
    assert sink.table.column("id").to_pylist() == list(range(1, ROWS + 1))


def test_collect_table_with_range_and_chunks(plan: Plan) -> None:
    table = collect_table(
        plan, "t", row_range=RowRange(BLOCK_ROWS - 1, BLOCK_ROWS + 1), chunk_rows=1
    )
    assert table.column("id").to_pylist() == [BLOCK_ROWS, BLOCK_ROWS + 1]


class FailingSink:
    """Wraps a real sink; its ``write`` raises on the ``fail_at``-th call."""

    def __init__(self, inner: Sink, fail_at: int, error: BaseException) -> None:
        self.inner = inner
        self.fail_at = fail_at
        self.error = error
        self.calls = 0

    @property
    def encoder(self) -> Encoder | None:
        return None  # batches, not bytes, so every block goes through write()

    def open(self, schema: pa.Schema) -> None:
        self.inner.open(schema)

    def write(self, batch: pa.RecordBatch) -> None:
        self.calls += 1
        if self.calls == self.fail_at:
            raise self.error
        self.inner.write(batch)

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        self.inner.write_encoded(data)

    def close(self) -> None:
        self.inner.close()

    def abort(self) -> None:
        self.inner.abort()


class ThreadNotingSink:
    """A real CSV file sink that notes which threads encode and write, and which
    of lookalike's threads are running while it writes."""

    def __init__(self, path: Path) -> None:
        self.inner = open_sink("csv", path)
        self.encoding_threads: set[str] = set()
        self.writing_threads: set[str] = set()
        self.running: set[str] = set()
        self._before = set(threading.enumerate())  # other tests may leave threads behind

    @property
    def background(self) -> bool:
        return bool(self.inner.background)  # type: ignore[attr-defined]

    @background.setter
    def background(self, value: bool) -> None:
        self.inner.background = value  # type: ignore[attr-defined]

    @property
    def encoder(self) -> Encoder:
        inner = self.inner.encoder
        assert inner is not None

        def encode(batch: pa.RecordBatch) -> bytes | pa.Buffer:
            self.encoding_threads.add(threading.current_thread().name)
            return inner(batch)

        return encode

    def open(self, schema: pa.Schema) -> None:
        self.inner.open(schema)

    def write(self, batch: pa.RecordBatch) -> None:
        self.write_encoded(self.encoder(batch))

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        self.writing_threads.add(threading.current_thread().name)
        started = set(threading.enumerate()) - self._before
        self.running |= {t.name for t in started if t.name.startswith("lookalike")}
        self.inner.write_encoded(data)

    def close(self) -> None:
        self.inner.close()

    def abort(self) -> None:
        self.inner.abort()


def test_one_worker_generates_encodes_and_writes_on_one_thread(plan: Plan, tmp_path: Path) -> None:
    expected = tmp_path / "expected.csv"
    run_table(plan, "t", open_sink("csv", expected), executor=InProcessExecutor(workers=2))
    sink = ThreadNotingSink(tmp_path / "one.csv")
    assert run_table(plan, "t", sink, executor=InProcessExecutor()) == ROWS
    here = threading.current_thread().name
    assert sink.encoding_threads == sink.writing_threads == {here}
    assert sink.running == set()  # no sink thread, no file-writer thread
    assert (tmp_path / "one.csv").read_bytes() == expected.read_bytes()


def test_a_sink_thread_can_be_asked_for_with_one_worker(plan: Plan, tmp_path: Path) -> None:
    # As database loads do: this thread generates and encodes, the sink thread writes.
    sink = ThreadNotingSink(tmp_path / "asked.csv")
    assert run_table(plan, "t", sink, executor=InProcessExecutor(), sink_thread=True) == ROWS
    assert sink.encoding_threads == {threading.current_thread().name}
    assert sink.writing_threads == {"lookalike-sink"}
    assert "lookalike-writer" in sink.running  # no placement was asked for, so it stays


def test_two_threads_in_process_encode_beside_generating(plan: Plan, tmp_path: Path) -> None:
    sink = ThreadNotingSink(tmp_path / "two.csv")
    assert run_table(plan, "t", sink, executor=InProcessExecutor(workers=2)) == ROWS
    assert sink.encoding_threads == {"lookalike-sink"}
    assert "lookalike-writer" in sink.running  # and the file is written on a third


class FailingExecutor:
    """Yields the first block, then fails like a crashed worker or a Ctrl-C
    (in-process, on one thread or two)."""

    def __init__(self, error: BaseException, workers: int = 1) -> None:
        self.error = error
        self.inner = InProcessExecutor(workers)
        self.workers, self.encodes = self.inner.workers, self.inner.encodes
        self.places = False

    def prepare(self, plan: Plan) -> None:
        """Nothing to start."""

    def run(
        self,
        plan: Plan,
        tasks: Sequence[Task],
        encoder: Encoder | None,
        *,
        placement: Placement | None = None,
    ) -> Iterator[tuple[int, Payload]]:
        inner = self.inner.run(plan, tasks, encoder)
        yield next(inner)
        raise self.error

    def close(self) -> None:
        """Nothing to release."""


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


ERRORS = [RuntimeError("disk on fire"), KeyboardInterrupt()]


#: One worker (one thread) and two in-process (a sink thread and a file writer).
THREADS = pytest.mark.parametrize("workers", [1, 2], ids=["one-thread", "two-threads"])


def _lookalike_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("lookalike")}


@pytest.mark.parametrize("error", ERRORS, ids=["error", "ctrl-c"])
@pytest.mark.parametrize("fmt", TABULAR)
@THREADS
def test_sink_failure_leaves_no_file(
    plan: Plan, tmp_path: Path, fmt: str, error: BaseException, workers: int
) -> None:
    before = _lookalike_threads()
    target = tmp_path / f"out.{fmt}"
    sink = FailingSink(open_sink(fmt, target), fail_at=2, error=error)
    with pytest.raises(type(error)):
        run_table(plan, "t", sink, executor=InProcessExecutor(workers))
    assert sink.calls == 2
    assert _leftovers(tmp_path) == []
    assert _lookalike_threads() <= before  # the sink and writer threads ended


@pytest.mark.parametrize("error", ERRORS, ids=["error", "ctrl-c"])
@pytest.mark.parametrize("fmt", TABULAR)
@THREADS
def test_executor_failure_keeps_the_older_file(
    plan: Plan, tmp_path: Path, fmt: str, error: BaseException, workers: int
) -> None:
    before = _lookalike_threads()
    target = tmp_path / f"out.{fmt}"
    target.write_bytes(b"older output")
    with pytest.raises(type(error)):
        run_table(plan, "t", open_sink(fmt, target), executor=FailingExecutor(error, workers))
    assert target.read_bytes() == b"older output"
    assert _leftovers(tmp_path) == [target.name]
    assert _lookalike_threads() <= before


@THREADS
def test_compressed_failure_leaves_no_file(plan: Plan, tmp_path: Path, workers: int) -> None:
    target = tmp_path / "out.csv.gz"
    with pytest.raises(RuntimeError):
        run_table(
            plan,
            "t",
            open_sink("csv", target, compression="gzip"),
            executor=FailingExecutor(RuntimeError("boom"), workers),
        )
    assert _leftovers(tmp_path) == []


def test_success_replaces_the_older_file(plan: Plan, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"older output")
    run_table(plan, "t", open_sink("csv", target), row_range=RowRange(0, 2))
    lines = target.read_text().splitlines()
    assert lines[0] == '"id","code"'
    assert [line.split(",")[0] for line in lines[1:]] == ["1", "2"]
    assert _leftovers(tmp_path) == ["out.csv"]


class RecordingExecutor:
    """A real process pool that notes what kind of payload each block came back as."""

    def __init__(self, inner: ProcessExecutor) -> None:
        self.inner = inner
        self.workers = inner.workers
        self.encodes = inner.encodes
        self.places = inner.places
        self.kinds: list[str] = []

    def prepare(self, plan: Plan) -> None:
        self.inner.prepare(plan)

    def run(
        self,
        plan: Plan,
        tasks: Sequence[Task],
        encoder: Encoder | None,
        *,
        placement: Placement | None = None,
    ) -> Iterator[tuple[int, Payload]]:
        for rows, payload in self.inner.run(plan, tasks, encoder, placement=placement):
            self.kinds.append(type(payload).__name__)
            yield rows, payload

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def two_workers() -> Iterator[ProcessExecutor]:
    executor = ProcessExecutor(2)
    yield executor
    executor.close()


@pytest.mark.parametrize(
    ("fmt", "compression", "placed"),
    [
        ("csv", None, True),
        ("json", None, True),
        ("csv", "gzip", False),
        ("parquet", None, True),
        ("arrow", None, True),
        ("arrow", "zstd", True),  # Arrow compresses inside the file: still placed
    ],
)
def test_workers_write_plain_and_parquet_files_themselves(
    plan: Plan,
    tmp_path: Path,
    two_workers: ProcessExecutor,
    fmt: str,
    compression: str | None,
    placed: bool,
) -> None:
    expected = tmp_path / f"alone.{fmt}"
    run_table(plan, "t", open_sink(fmt, expected, compression=compression))
    executor = RecordingExecutor(two_workers)
    target = tmp_path / f"parallel.{fmt}"
    sink = open_sink(fmt, target, compression=compression)
    assert run_table(plan, "t", sink, executor=executor) == ROWS
    # Compressed outputs keep their one writer: blocks come back spooled. Parquet's
    # row groups and Arrow's record batches are placed as pieces.
    assert executor.kinds == ["Placed" if placed else "Spooled"] * 3
    assert target.read_bytes() == expected.read_bytes()
    assert _leftovers(tmp_path) == sorted([expected.name, target.name])


@pytest.mark.parametrize("fmt", ["csv", "parquet", "arrow"])
@pytest.mark.parametrize("error", ERRORS, ids=["error", "ctrl-c"])
def test_failure_while_workers_write_the_file_leaves_no_file(
    plan: Plan, tmp_path: Path, two_workers: ProcessExecutor, error: BaseException, fmt: str
) -> None:
    target = tmp_path / f"out.{fmt}"
    target.write_bytes(b"older output")
    seen: list[int] = []

    def progress(rows: int) -> None:
        seen.append(rows)
        if len(seen) == 2:
            raise error

    with pytest.raises(type(error)):
        run_table(plan, "t", open_sink(fmt, target), executor=two_workers, progress=progress)
    assert target.read_bytes() == b"older output"
    assert _leftovers(tmp_path) == [target.name]
    # The pool is not stuck: it writes the next file whole.
    run_table(plan, "t", open_sink(fmt, target), executor=two_workers)
    assert _read(fmt, target).num_rows == ROWS


def _read(fmt: str, path: Path) -> pa.Table:
    """A written file read back by pyarrow."""
    if fmt == "csv":
        import pyarrow.csv

        return pyarrow.csv.read_csv(path)
    if fmt == "parquet":
        import pyarrow.parquet

        return pyarrow.parquet.read_table(path)
    with pa.ipc.open_file(path) as reader:
        return reader.read_all()
