"""The data directory against the store: one directory per store, reconciled at start-up."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from lookalike.jobs.chunks import pin
from lookalike.jobs.data_dir import MARKER, DataDirError, claim, reconcile
from lookalike.jobs.outputs import download_path
from lookalike.jobs.runner import run_lease
from lookalike.jobs.store import Job, JobStore
from lookalike.server.settings import Settings

SPEC = {"seed": 1, "tables": {"t": {"rows": 300, "fields": {"n": {"kind": "sequence"}}}}}


@pytest.fixture
def store(tmp_path: Path) -> JobStore:
    """A SQLite store in a temporary folder."""
    return JobStore(f"sqlite:///{tmp_path / 'store.db'}")


def _job(store: JobStore, fmt: str = "csv") -> Job:
    spec = pin(SPEC, rows=300, seed=1, reference_time="2026-01-01T00:00:00+00:00")
    return store.create_job(
        owner="k", spec=spec, format=fmt, compression=None, chunk_rows=100, total_rows=300,
        total_chunks=3,
    )  # fmt: skip


def _run(store: JobStore, jobs_dir: Path) -> Job:
    """A job of SPEC, run to completion."""
    _job(store)
    lease = store.lease("w", lease_seconds=30, max_attempts=5)
    assert lease is not None
    assert run_lease(store, lease, jobs_dir, lease_seconds=30) == "completed"
    done = store.get_job(lease.job.id)
    assert done is not None
    return done


def test_a_store_and_its_directory_claim_each_other_once(store: JobStore, tmp_path: Path) -> None:
    jobs_dir = tmp_path / "home" / "jobs"
    data_id = claim(store, jobs_dir)
    assert (jobs_dir / MARKER).read_text().strip() == data_id
    assert claim(store, jobs_dir) == data_id  # every later start agrees


def test_a_second_directory_for_one_store_is_refused(store: JobStore, tmp_path: Path) -> None:
    claim(store, tmp_path / "a" / "jobs")
    with pytest.raises(DataDirError, match="servers sharing a store must share the data direc"):
        claim(store, tmp_path / "b" / "jobs")  # an empty directory: no marker
    other = JobStore(f"sqlite:///{tmp_path / 'other.db'}")
    claim(other, tmp_path / "b" / "jobs")
    with pytest.raises(DataDirError, match="belongs to another job store"):
        claim(store, tmp_path / "b" / "jobs")  # another store's directory
    fresh = JobStore(f"sqlite:///{tmp_path / 'fresh.db'}")
    with pytest.raises(DataDirError, match="was used with another job store"):
        claim(fresh, tmp_path / "a" / "jobs")  # its files would all look orphaned
    for each in (other, fresh):
        each.close()


def test_the_message_says_how_to_adopt_a_replacement_directory(
    store: JobStore, tmp_path: Path
) -> None:
    data_id = claim(store, tmp_path / "a" / "jobs")
    replacement = tmp_path / "b" / "jobs"
    with pytest.raises(DataDirError, match=f"write {data_id} into"):
        claim(store, replacement)
    (replacement / MARKER).write_text(data_id)  # what the message says to do
    assert claim(store, replacement) == data_id


def test_reconcile_removes_what_the_store_does_not_explain(store: JobStore, tmp_path: Path) -> None:
    jobs_dir = tmp_path / "jobs"
    claim(store, jobs_dir)
    kept = _run(store, jobs_dir)  # completed, with a leftover part and temporary
    (jobs_dir / kept.id / "parts").mkdir()
    (jobs_dir / kept.id / "parts" / "00000001.part").write_bytes(b"x")
    (jobs_dir / kept.id / "output" / ".t.csv.1234.partial").write_bytes(b"x")
    (jobs_dir / kept.id / "blocks").mkdir()  # a Celery block made again after completion
    (jobs_dir / kept.id / "blocks" / "1-t-0-0-10.arrow").write_bytes(b"x")
    lost = _run(store, jobs_dir)  # completed, its output then lost
    download_path(lost, jobs_dir).unlink()
    cancelled = _job(store)  # cancelled, its parts left by a crash after the commit
    assert store.transition(cancelled.id, "k", ("pending",), "cancelled")
    (jobs_dir / cancelled.id / "parts").mkdir(parents=True)
    (jobs_dir / cancelled.id / "parts" / "00000000.part").write_bytes(b"x")
    orphan = jobs_dir / str(uuid.uuid4())  # deleted from the store, files left
    (orphan / "output").mkdir(parents=True)
    (orphan / "output" / "t.csv").write_bytes(b"n\n1\n")
    stranger = jobs_dir / "not-a-job"  # not made as a job's folder: left alone
    stranger.mkdir()
    pending = _job(store)  # its parts are its progress: kept
    (jobs_dir / pending.id / "parts").mkdir(parents=True)
    (jobs_dir / pending.id / "parts" / "00000000.part").write_bytes(b"x")

    done = reconcile(store, jobs_dir)

    assert done.orphans == [orphan.name]
    assert not orphan.exists()
    assert done.cleared == [cancelled.id]
    assert not any((jobs_dir / cancelled.id).iterdir())
    assert done.leftovers == 3
    assert not (jobs_dir / kept.id / "parts").exists()
    assert not (jobs_dir / kept.id / "blocks").exists()
    assert download_path(kept, jobs_dir).is_file()
    assert done.missing == [lost.id]
    marked = store.get_job(lost.id)
    assert marked is not None
    assert marked.status == "completed"
    assert "missing when the server started" in (marked.error or "")
    assert marked.stored_bytes == 0  # counts nothing against the key's storage now
    assert stranger.exists()
    assert (jobs_dir / pending.id / "parts" / "00000000.part").exists()
    assert (jobs_dir / MARKER).exists()
    assert reconcile(store, jobs_dir).orphans == []  # a second start finds nothing new


def test_the_service_reconciles_and_refuses_at_start(tmp_path: Path, make_client: object) -> None:
    home = tmp_path / "home"
    orphan = home / "jobs" / str(uuid.uuid4())
    orphan.mkdir(parents=True)
    call = make_client(Settings(home=home, dev=True, workers=1))  # type: ignore[operator]
    assert call("GET", "/health").status_code == 200
    assert not orphan.exists()
    data_id = (home / "jobs" / MARKER).read_text().strip()
    stranger = Settings(
        home=tmp_path / "other", dev=True, database_url=f"sqlite:///{home}/lookalike.db"
    )
    with pytest.raises(DataDirError, match=data_id):
        make_client(stranger)("GET", "/health")  # type: ignore[operator]


def test_a_record_whose_spec_cannot_be_read_never_stops_a_start(
    store: JobStore, tmp_path: Path
) -> None:
    jobs_dir = tmp_path / "jobs"
    claim(store, jobs_dir)
    odd = store.create_job(owner="k", spec="{}", format="csv", compression=None,
                           chunk_rows=1, total_rows=0, total_chunks=0)  # fmt: skip
    lease = store.lease("w", lease_seconds=30, max_attempts=5)
    assert lease is not None
    assert store.complete(lease)
    assert reconcile(store, jobs_dir).missing == [odd.id]  # reported, not a crash
