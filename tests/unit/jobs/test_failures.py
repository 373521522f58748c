"""Failed jobs free their files, a full disk can always be recorded, and retries back off."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from lookalike.jobs.chunks import pin
from lookalike.jobs.outputs import free_job_files
from lookalike.jobs.reserve import RESERVE_NAME, DiskReserve, reserve_for
from lookalike.jobs.runner import run_lease
from lookalike.jobs.store import Job, JobStore

SPEC = {
    "seed": 1,
    "tables": {
        "t": {
            "rows": 20_000,
            "fields": {
                "n": {"kind": "sequence"},
                "name": {"kind": "person", "attribute": "full_name"},
            },
        }
    },
}


def _job(store: JobStore, *, rows: int = 20_000, fmt: str = "csv") -> Job:
    spec = pin(SPEC, rows=rows, seed=1, reference_time="2026-01-01T00:00:00+00:00")
    return store.create_job(
        owner="k", spec=spec, format=fmt, compression=None, chunk_rows=1000, total_rows=rows,
        total_chunks=-(-rows // 1000),
    )  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_full_disk_under_the_store_too_is_recorded(small_disk: Path, fmt: str) -> None:
    """The SQLite store on the disk the job fills: the reserve leaves room to record it."""
    jobs_dir = small_disk / "jobs"
    store = JobStore(f"sqlite:///{small_disk / 'store.db'}")
    reserve = DiskReserve(reserve_for(jobs_dir), 48 * 1024)
    try:
        assert reserve.ensure()
        job = _job(store, fmt=fmt)  # about 600 KB of rows on a 256 KB disk
        lease = store.lease("w", lease_seconds=30, max_attempts=5)
        assert lease is not None
        assert run_lease(store, lease, jobs_dir, lease_seconds=30) == "failed"
        failed = store.get_job(job.id)
        assert failed is not None
        assert failed.status == "failed"  # recorded, not left generating
        assert "No space left" in (failed.error or "") or "full" in (failed.error or "")
        assert not (jobs_dir / job.id / "parts").exists()  # freed
        assert not (jobs_dir / job.id / "output").exists()
        assert not (small_disk / RESERVE_NAME).exists()  # given up for the record
        assert reserve.ensure()  # and written back, now that the job's files are gone
    finally:
        store.close()


def test_a_job_out_of_attempts_frees_its_files(tmp_path: Path) -> None:
    store = JobStore(f"sqlite:///{tmp_path / 'store.db'}")
    jobs_dir = tmp_path / "jobs"
    job = _job(store, rows=3000)
    for _ in range(2):  # two attempts that lapse without progress (crashes)
        assert store.lease("w", lease_seconds=-1, max_attempts=2) is not None
    (jobs_dir / job.id / "parts").mkdir(parents=True)
    (jobs_dir / job.id / "parts" / "00000000.part").write_bytes(b"x" * 100)
    given_up: list[str] = []

    def free(gone: Job) -> None:
        given_up.append(gone.id)
        free_job_files(gone.id, jobs_dir)

    assert store.lease("w", lease_seconds=30, max_attempts=2, on_give_up=free) is None
    assert given_up == [job.id]
    assert not (jobs_dir / job.id / "parts").exists()
    failed = store.get_job(job.id)
    assert failed is not None
    assert failed.status == "failed"
    store.close()


def test_a_released_job_waits_out_its_backoff(tmp_path: Path) -> None:
    store = JobStore(f"sqlite:///{tmp_path / 'store.db'}")
    _job(store, rows=3000)
    lease = store.lease("w1", lease_seconds=30, max_attempts=5)
    assert lease is not None
    assert store.release(lease, retry_in=60)
    assert store.lease("w2", lease_seconds=30, max_attempts=5) is None  # not yet
    held = store.get_job(lease.job.id)
    assert held is not None
    assert held.lease_expires is not None
    assert held.lease_expires > time.time() + 30  # the store's clock: a minute from now
    store.close()
