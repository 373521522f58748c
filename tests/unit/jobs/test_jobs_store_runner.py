"""The job store's leases and fencing, and the runner's chunk-by-chunk resume, in-process."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

import lookalike
from lookalike.jobs import targets
from lookalike.jobs.chunks import chunks_of, pin, plan_of
from lookalike.jobs.outputs import download_path, output_files
from lookalike.jobs.runner import run_lease
from lookalike.jobs.store import Job, JobStore
from lookalike.server.app import cleanup_once
from lookalike.server.settings import Settings

SPEC = {
    "seed": 1,
    "reference_time": "2026-01-01T00:00:00Z",
    "tables": {
        "t": {
            "rows": 1000,
            "fields": {
                "n": {"kind": "sequence"},
                "x": {"kind": "float", "min_value": 0, "max_value": 1},
                "name": {"kind": "person", "attribute": "full_name"},
            },
        }
    },
}


@pytest.fixture
def store(tmp_path: Path) -> JobStore:
    """A SQLite store in a temporary folder."""
    return JobStore(f"sqlite:///{tmp_path / 'store.db'}")


def new_job(store: JobStore, *, rows: int = 1000, chunk_rows: int = 100, fmt: str = "csv") -> Job:
    """A pending job of SPEC."""
    spec = pin(SPEC, rows=rows, seed=1, reference_time="2026-01-01T00:00:00+00:00")
    chunks = -(-rows // chunk_rows)
    return store.create_job(
        owner="k",
        spec=spec,
        format=fmt,
        compression=None,
        chunk_rows=chunk_rows,
        total_rows=rows,
        total_chunks=chunks,
    )


def test_a_stale_worker_cannot_commit(store: JobStore) -> None:
    job = new_job(store)
    first = store.lease("w1", lease_seconds=0.001, max_attempts=5)
    assert first is not None
    time.sleep(0.01)
    second = store.lease("w2", lease_seconds=30, max_attempts=5)
    assert second is not None
    assert second.job.id == job.id
    assert not store.commit_chunk(first, 1, rows=100, lease_seconds=30)
    assert not store.complete(first)
    assert not store.fail(first, "stale")
    assert store.commit_chunk(second, 1, rows=100, lease_seconds=30)
    assert store.lease("w3", lease_seconds=30, max_attempts=5) is None  # still held


def test_a_job_that_keeps_crashing_fails_after_bounded_attempts(store: JobStore) -> None:
    crashing = new_job(store)
    for _ in range(3):  # each lease lapses without progress: a crash
        assert store.lease("w", lease_seconds=0.001, max_attempts=3) is not None
        time.sleep(0.01)
    healthy = new_job(store)
    lease = store.lease("w", lease_seconds=30, max_attempts=3)
    assert lease is not None
    assert lease.job.id == healthy.id  # the crashing job does not hold others up
    failed = store.get_job(crashing.id)
    assert failed is not None
    assert failed.status == "failed"
    assert "3 attempts" in (failed.error or "")


def test_idempotency_and_ownership(store: JobStore) -> None:
    spec = pin(SPEC, rows=None, seed=1, reference_time="2026-01-01T00:00:00+00:00")
    options = {
        "format": "csv",
        "compression": None,
        "chunk_rows": 10,
        "total_rows": 1000,
        "total_chunks": 100,
    }
    a = store.create_job(owner="a", spec=spec, idempotency_key="x", **options)  # type: ignore[arg-type]
    again = store.create_job(owner="a", spec=spec, idempotency_key="x", **options)  # type: ignore[arg-type]
    other = store.create_job(owner="b", spec=spec, idempotency_key="x", **options)  # type: ignore[arg-type]
    assert a.id == again.id
    assert other.id != a.id
    assert store.get_job(a.id, owner="b") is None
    assert not store.transition(a.id, "b", ("pending",), "paused")
    assert not store.delete_job(a.id, owner="b")
    assert store.list_jobs("b")[1] == 1


def test_resume_after_a_lost_lease_gives_the_same_bytes(store: JobStore, tmp_path: Path) -> None:
    jobs_dir = tmp_path / "jobs"
    job = new_job(store, rows=1000, chunk_rows=70)
    lease = store.lease("w1", lease_seconds=30, max_attempts=5)
    assert lease is not None
    # Work three chunks, then lose the lease (as if paused mid-run).
    for index in range(3):
        assert store.commit_chunk(lease, index + 1, rows=70 * (index + 1), lease_seconds=30)
    assert store.transition(job.id, "k", ("generating",), "paused")
    assert run_lease(store, lease, jobs_dir, lease_seconds=30) == "lost"
    assert store.transition(job.id, "k", ("paused",), "pending")
    again = store.lease("w2", lease_seconds=30, max_attempts=5)
    assert again is not None
    assert again.job.chunks_completed == 3
    assert run_lease(store, again, jobs_dir, lease_seconds=30) == "completed"
    done = store.get_job(job.id)
    assert done is not None
    reference = tmp_path / "reference.csv"
    lookalike.write(SPEC, reference, resolved=plan_of(done))
    assert download_path(done, jobs_dir).read_bytes() == reference.read_bytes()
    assert not (jobs_dir / job.id / "parts").exists()


def test_an_unwritable_output_folder_fails_the_job(store: JobStore, unwritable_dir: Path) -> None:
    job = new_job(store)
    lease = store.lease("w", lease_seconds=30, max_attempts=5)
    assert lease is not None
    assert run_lease(store, lease, unwritable_dir / "jobs", lease_seconds=30) == "failed"
    failed = store.get_job(job.id)
    assert failed is not None
    assert failed.status == "failed"
    assert "cannot create the job's output folder" in (failed.error or "")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_full_disk_fails_the_job_and_frees_what_it_wrote(
    store: JobStore, small_disk: Path, fmt: str
) -> None:
    job = new_job(store, rows=20_000, chunk_rows=1000, fmt=fmt)  # about 1 MB of rows
    lease = store.lease("w", lease_seconds=30, max_attempts=5)
    assert lease is not None
    jobs_dir = small_disk / "jobs"
    assert run_lease(store, lease, jobs_dir, lease_seconds=30) == "failed"
    failed = store.get_job(job.id)
    assert failed is not None
    assert failed.status == "failed"
    assert "No space left on device" in (failed.error or "")
    folder = jobs_dir / job.id
    assert not (folder / "output").exists()  # nothing to download
    assert not (folder / "parts").exists()  # and nothing left filling the disk


def test_chunks_cover_every_table_in_order() -> None:
    spec = dict(SPEC, tables={"a": SPEC["tables"]["t"], "b": SPEC["tables"]["t"]})  # type: ignore[index]
    stored = pin(spec, rows=250, seed=1, reference_time="2026-01-01T00:00:00+00:00")
    job = Job(**{**_blank(), "spec": stored})
    chunks = chunks_of(plan_of(job), 100)
    assert [(c.table, c.first, c.stop) for c in chunks] == [
        ("a", 0, 100),
        ("a", 100, 200),
        ("a", 200, 250),
        ("b", 0, 100),
        ("b", 100, 200),
        ("b", 200, 250),
    ]


def _blank() -> dict[str, Any]:
    return {
        "id": "x",
        "owner": "k",
        "status": "pending",
        "spec": "{}",
        "format": "csv",
        "compression": None,
        "chunk_rows": 100,
        "total_rows": 0,
        "total_chunks": 0,
        "chunks_completed": 0,
        "rows_generated": 0,
        "error": None,
        "attempts": 0,
        "lease_owner": None,
        "lease_expires": None,
        "fence": 0,
        "idempotency_key": None,
        "created_at": 0.0,
        "started_at": None,
        "completed_at": None,
    }


def test_cleanup_removes_only_old_finished_jobs(store: JobStore, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, retention_days=1)
    old_done, running = new_job(store, rows=100), new_job(store, rows=100)
    for job in (old_done, running):
        (settings.jobs_dir / job.id).mkdir(parents=True)
    lease = store.lease("w", lease_seconds=30, max_attempts=5)
    assert lease is not None
    assert lease.job.id == old_done.id
    assert store.complete(lease)
    assert store.lease("w", lease_seconds=30, max_attempts=5) is not None  # running now
    outside = tmp_path / "keep.txt"
    outside.write_text("not ours")
    assert cleanup_once(store, settings) == 0  # nothing is old yet
    later = time.time() + 3 * 86400
    assert cleanup_once(store, settings, now=later) == 1
    assert store.get_job(old_done.id) is None
    assert not (settings.jobs_dir / old_done.id).exists()
    assert store.get_job(running.id) is not None
    assert (settings.jobs_dir / running.id).exists()
    assert outside.exists()
    assert json.loads(store.get_job(running.id).spec)["rows"] == 100  # type: ignore[union-attr]


def test_a_stopping_server_hands_its_job_back(store: JobStore, tmp_path: Path) -> None:
    import threading

    job = new_job(store, rows=1000, chunk_rows=100)
    lease = store.lease("w1", lease_seconds=30, max_attempts=5)
    assert lease is not None
    stop = threading.Event()
    stop.set()
    assert run_lease(store, lease, tmp_path / "jobs", lease_seconds=30, stop=stop) == "stopped"
    again = store.lease("w2", lease_seconds=30, max_attempts=5)  # at once, not in 30 s
    assert again is not None
    assert again.job.id == job.id
    assert run_lease(store, again, tmp_path / "jobs", lease_seconds=30) == "completed"


@pytest.mark.parametrize("formats", ["csv", "ndjson,parquet"])
def test_worker_processes_make_the_same_files(
    store: JobStore, tmp_path: Path, formats: str
) -> None:
    spec = pin(SPEC, rows=70_000, seed=1, reference_time="2026-01-01T00:00:00+00:00")
    job = store.create_job(
        owner="k",
        spec=spec,
        format=formats,
        compression=None,
        chunk_rows=30_000,
        total_rows=70_000,
        total_chunks=3,
    )
    lease = store.lease("w", lease_seconds=30, max_attempts=5)
    assert lease is not None
    outcome = run_lease(store, lease, tmp_path / "jobs", lease_seconds=30, processes=2)
    assert outcome == "completed"
    done = store.get_job(job.id)
    assert done is not None
    for (_table, fmt), path in output_files(done, tmp_path / "jobs").items():
        if len(done.formats) > 1:
            archive = zipfile.ZipFile(download_path(done, tmp_path / "jobs"))
            produced = archive.read(path.name)
        else:
            produced = path.read_bytes()
        reference = tmp_path / f"reference.{fmt}"
        lookalike.write(SPEC, reference, resolved=plan_of(done))
        assert produced == reference.read_bytes(), fmt


@pytest.mark.parametrize(
    ("formats", "compression", "processes"),
    [
        ("json", None, 1),  # appended in place; chunks that span two blocks
        ("json", None, 2),
        ("tsv", "gzip", 1),  # compressed: through part files
        ("ndjson,csv", None, 1),
    ],
)
def test_chunks_across_blocks_give_the_cli_bytes(
    store: JobStore, tmp_path: Path, formats: str, compression: str | None, processes: int
) -> None:
    rows, chunk_rows = 140_000, 50_000  # chunks straddle the 65,536-row blocks
    spec = pin(SPEC, rows=rows, seed=1, reference_time="2026-01-01T00:00:00+00:00")
    job = store.create_job(
        owner="k",
        spec=spec,
        format=formats,
        compression=compression,
        chunk_rows=chunk_rows,
        total_rows=rows,
        total_chunks=3,
    )
    lease = store.lease("w", lease_seconds=30, max_attempts=5)
    assert lease is not None
    jobs_dir = tmp_path / "jobs"
    assert run_lease(store, lease, jobs_dir, lease_seconds=30, processes=processes) == "completed"
    done = store.get_job(job.id)
    assert done is not None
    files = output_files(done, jobs_dir)
    archive = zipfile.ZipFile(download_path(done, jobs_dir)) if len(files) > 1 else None
    for path in files.values():
        produced = archive.read(path.name) if archive else path.read_bytes()
        reference = tmp_path / path.name
        lookalike.write(SPEC, reference, resolved=plan_of(done), compression=compression)
        assert produced == reference.read_bytes(), path.name


def test_appended_output_resumes_from_the_recorded_length(
    store: JobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    jobs_dir = tmp_path / "jobs"
    job = new_job(store, rows=1000, chunk_rows=300)
    stop = threading.Event()
    commit = store.commit_chunk

    def commit_then_stop(*args: Any, **kwargs: Any) -> bool:
        recorded = commit(*args, **kwargs)
        if args[1] >= 2:  # two chunks are recorded: the worker dies
            stop.set()
        return recorded

    monkeypatch.setattr(store, "commit_chunk", commit_then_stop)
    delivered = targets.AppendingSink.delivered

    def wait_after_two(self: targets.AppendingSink, rows: int) -> None:
        delivered(self, rows)
        if self.counter.next >= 2:  # progress is recorded on another thread: wait for it
            stop.wait(10)

    monkeypatch.setattr(targets.AppendingSink, "delivered", wait_after_two)
    lease = store.lease("w1", lease_seconds=30, max_attempts=5)
    assert lease is not None
    assert run_lease(store, lease, jobs_dir, lease_seconds=30, stop=stop) == "stopped"
    monkeypatch.setattr(targets.AppendingSink, "delivered", delivered)
    lease = store.lease("w2", lease_seconds=30, max_attempts=5)
    assert lease is not None
    assert lease.job.chunks_completed >= 2
    partial = jobs_dir / job.id / "output" / ".t.csv.partial"
    # Chunks may have been written after the last one recorded: resuming cuts them off.
    assert partial.stat().st_size >= (lease.job.output_bytes or 0)
    with partial.open("ab") as out:  # what a worker killed mid-chunk leaves behind
        out.write(b"half a chunk from a dying worker")
    assert run_lease(store, lease, jobs_dir, lease_seconds=30) == "completed"
    done = store.get_job(job.id)
    assert done is not None
    reference = tmp_path / "reference.csv"
    lookalike.write(SPEC, reference, resolved=plan_of(done))
    assert download_path(done, jobs_dir).read_bytes() == reference.read_bytes()
    assert not partial.exists()


def test_a_restarted_server_reusing_its_pid_takes_its_old_leases_back(store: JobStore) -> None:
    import os
    import socket

    job = new_job(store)
    host, pid = socket.gethostname(), os.getpid()
    lease = store.lease(f"{host}:{pid}:before", lease_seconds=3600, max_attempts=5)
    assert lease is not None
    assert store.release_dead_local_leases(f"{host}:{pid}:before") == 0  # still running
    assert store.release_dead_local_leases(f"{host}:{pid}:after") == 1  # same pid, new start
    again = store.lease(f"{host}:{pid}:after", lease_seconds=30, max_attempts=5)
    assert again is not None
    assert again.job.id == job.id


def test_leases_run_on_the_stores_clock(store: JobStore) -> None:
    import sqlalchemy as sa

    new_job(store)
    lease = store.lease("w", lease_seconds=30, max_attempts=5)
    assert lease is not None
    with store.engine.connect() as connection:
        now = connection.execute(sa.select(store.clock())).scalar_one()
    held = store.get_job(lease.job.id)
    assert held is not None
    assert held.lease_expires is not None
    assert 29 < held.lease_expires - now <= 30.5
    assert abs(now - time.time()) < 5  # the store's clock, in the same epoch seconds
