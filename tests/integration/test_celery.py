"""Jobs on Celery: real Redis, real ``lookalike worker`` processes, real kill -9.

The service (or a job's attempt run here) holds the lease and sends each block
to the workers with the job's fencing token; the output must be byte-identical
to ``lookalike.write`` whatever happens to the workers: a worker killed with
-9 mid-block (its block is made again elsewhere), a block delivered twice
(read once), a token that moved on (the block is not made), the broker killed
and restarted mid-job (a private Redis: the shared one is never restarted).
Beat runs the retention cleanup.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import lookalike
from support.celery_worker import WorkerProcess, celery_env, drop_queue, redis_available
from support.loopback import REDIS_SERVER, RedisProcess
from support.server_process import ServerProcess

pytest.importorskip("celery", reason="the celery extra is not installed")

SPEC: dict[str, Any] = {"tables": {"people": {"rows": 300_000, "fields": {
    "id": {"kind": "sequence"},
    "name": {"kind": "person", "attribute": "full_name"},
    "joined": {"kind": "date", "min_value": "2020-01-01", "max_value": "2025-12-31"},
    "score": {"kind": "float", "min_value": 0, "max_value": 1},
}}}}  # fmt: skip
SEED = 8
REFERENCE = "2026-01-01T00:00:00+00:00"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory, service_policy: Any) -> Iterator[Any]:
    """Two workers on a queue of their own, and the settings they share."""
    available, reason = redis_available()
    service_policy("Redis", available, reason)
    home = tmp_path_factory.mktemp("celery-home")
    env = celery_env(home, LOOKALIKE_CELERY_VISIBILITY_SECONDS="3")
    workers = []
    try:
        for number in range(2):
            workers.append(WorkerProcess(home, env, name=f"w{number}").start())
        yield home, env, workers
    finally:
        for worker in workers:
            worker.stop()
        drop_queue(env)


@pytest.fixture
def coordinator(cluster: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """This process as the job's coordinator: the cluster's settings, a store, a leased job."""
    from lookalike.jobs import tasks
    from lookalike.jobs.chunks import count_chunks, pin
    from lookalike.jobs.store import JobStore

    _home, env, _ = cluster
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    chosen = tasks.configure()
    chosen.home.mkdir(parents=True, exist_ok=True)
    store = JobStore(chosen.resolved_database_url)
    stored = pin(SPEC, rows=None, seed=SEED, reference_time=REFERENCE)
    plan = lookalike.resolve(SPEC, seed=SEED, reference_time=dt.datetime.fromisoformat(REFERENCE))
    job = store.create_job(
        owner="tests", spec=stored, format="csv", compression=None, chunk_rows=65_536,
        total_rows=plan.total_rows, total_chunks=count_chunks(plan, 65_536),
    )  # fmt: skip
    lease = store.lease("tests", lease_seconds=60, max_attempts=3)
    assert lease is not None
    assert lease.job.id == job.id
    yield store, lease, plan, chosen
    store.close()


def _reference(tmp_path: Path) -> bytes:
    out = tmp_path / "reference.csv"
    lookalike.write(SPEC, out, seed=SEED, resolved=lookalike.resolve(
        SPEC, seed=SEED, reference_time=dt.datetime.fromisoformat(REFERENCE)))  # fmt: skip
    return out.read_bytes()


def test_a_job_run_on_workers_is_byte_identical(coordinator: Any, tmp_path: Path) -> None:
    from lookalike.jobs.outputs import download_path
    from lookalike.jobs.runner import run_lease

    store, lease, _plan, chosen = coordinator
    outcome = run_lease(store, lease, chosen.jobs_dir, lease_seconds=60)
    assert outcome == "completed"
    job = store.get_job(lease.job.id)
    assert job.status == "completed"
    assert job.rows_generated == 300_000
    assert download_path(job, chosen.jobs_dir).read_bytes() == _reference(tmp_path)
    assert not (chosen.jobs_dir / job.id / "blocks").exists()


def test_a_block_delivered_twice_is_read_once(coordinator: Any, tmp_path: Path) -> None:
    from lookalike.executors.celery import CeleryExecutor
    from lookalike.jobs.tasks import app
    from lookalike.pipeline import run_table
    from lookalike.sinks import open_sink

    _store, lease, plan, chosen = coordinator

    class TwiceSent(CeleryExecutor):
        """Every block goes to the queue twice (the same id arguments, two messages)."""

        def _send(self, task: Any, sent: Any = None) -> Any:
            super()._send(task, None)
            return super()._send(task, sent)

    executor = TwiceSent(app, lease.job.id, lease.fence, lambda: True, queue=chosen.celery_queue)
    out = tmp_path / "twice.csv"
    rows = run_table(plan, "people", open_sink("csv", out), executor=executor)
    assert rows == 300_000
    assert executor.sent_tasks == 2 * plan.tables["people"].blocks
    assert out.read_bytes() == _reference(tmp_path)


def test_a_task_whose_token_moved_on_makes_nothing(coordinator: Any) -> None:
    from lookalike.jobs.tasks import app, spool_folder

    _store, lease, _plan, chosen = coordinator
    stale = app.send_task(
        "lookalike.block", args=[lease.job.id, lease.fence - 1, "people", 0, 0, 10],
        queue=chosen.celery_queue,
    )  # fmt: skip
    assert stale.get(timeout=60) == {"stale": True}
    assert not spool_folder(chosen.jobs_dir, lease.job.id).exists()
    current = app.send_task(
        "lookalike.block", args=[lease.job.id, lease.fence, "people", 0, 0, 10],
        queue=chosen.celery_queue,
    )  # fmt: skip
    answer = current.get(timeout=60)
    assert answer["rows"] == 10
    assert Path(answer["path"]).exists()


def _wait(client: httpx.Client, job_id: str, statuses: set[str]) -> dict[str, Any]:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(f"/v1/jobs/{job_id}").json()
        if body["status"] in statuses:
            return body
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} stuck: {body}")


def test_a_worker_killed_mid_block_through_the_service(cluster: Any, tmp_path: Path) -> None:
    home, env, workers = cluster
    victim = WorkerProcess(home, env, name="victim").start()
    made_before = sum(w.count("succeeded") for w in workers)
    server = ServerProcess(home, env=env).start()
    try:
        with server.client() as client:
            body = {"spec": SPEC, "seed": SEED, "format": "csv"}
            job_id = client.post("/v1/jobs", json=body).json()["job_id"]
            victim.wait_for("Task lookalike.block[", timeout=120)  # it took a block...
            victim.kill()  # ...and dies making it: never acknowledged
            done = _wait(client, job_id, {"completed", "failed"})
            assert done["status"] == "completed", done
            got = client.get(f"/v1/jobs/{job_id}/download").content
            assert got == _reference(tmp_path)  # no field reads the reference time
    finally:
        server.stop()
        victim.kill()
    # The victim finished nothing; the others made every block, the victim's included.
    assert victim.count("succeeded") == 0
    blocks = lookalike.resolve(SPEC, seed=SEED).tables["people"].blocks
    assert sum(w.count("succeeded") for w in workers) - made_before >= blocks


def test_beat_runs_the_retention_cleanup(cluster: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from lookalike.jobs.store import JobStore

    home, env, _ = cluster
    quick = {
        **env,
        "LOOKALIKE_RETENTION_DAYS": "0.00001",
        "LOOKALIKE_CLEANUP_INTERVAL_SECONDS": "1",
    }
    store = JobStore(f"sqlite:///{home.absolute() / 'lookalike.db'}")
    job = store.create_job(owner="tests", spec="{}", format="csv", compression=None,
                           chunk_rows=1, total_rows=0, total_chunks=0)  # fmt: skip
    lease = store.lease("tests", lease_seconds=60, max_attempts=3)
    assert lease is not None
    assert store.complete(lease)
    beat = WorkerProcess(home, quick, name="beat", beat=True).start()
    cleaner = WorkerProcess(home, quick, name="cleaner").start()  # reads the short retention
    try:
        deadline = time.monotonic() + 120
        while store.get_job(job.id) is not None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.get_job(job.id) is None
    finally:
        beat.stop()
        cleaner.stop()
        store.close()


def test_pause_reaches_queued_blocks_and_resume_completes(cluster: Any, tmp_path: Path) -> None:
    home, env, _workers = cluster
    big = {"tables": {"people": {**SPEC["tables"]["people"], "rows": 1_000_000}}}
    server = ServerProcess(home, env=env).start()
    try:
        with server.client() as client:
            job_id = client.post("/v1/jobs", json={"spec": big, "seed": SEED}).json()["job_id"]
            _wait(client, job_id, {"generating"})
            assert client.post(f"/v1/jobs/{job_id}/pause").status_code == 200
            paused = _wait(client, job_id, {"paused"})
            assert paused["status"] == "paused"
            assert client.post(f"/v1/jobs/{job_id}/resume").status_code == 200
            done = _wait(client, job_id, {"completed", "failed"})
            assert done["status"] == "completed", done
            got = client.get(f"/v1/jobs/{job_id}/download").content
    finally:
        server.stop()
    reference = tmp_path / "big.csv"
    lookalike.write(big, reference, seed=SEED)
    assert got == reference.read_bytes()


#: What the worker logs when it notices the broker is gone: first (its result store, or its
#: consumer), or only once its result store gave up reconnecting (after ~20 s of retries).
NOTICED = ("Connection to Redis lost", "Connection to broker lost")
GAVE_UP = ("consumer: Connection to broker lost",)


@pytest.mark.parametrize(
    ("persist", "outage"),
    [(False, NOTICED), (True, GAVE_UP)],
    ids=["cache-only-short-outage", "append-only-file-long-outage"],
)
def test_a_broker_restart_mid_job_loses_and_duplicates_nothing(
    persist: bool, outage: tuple[str, ...], tmp_path: Path, service_policy: Any
) -> None:
    """Redis killed with -9 while a job's blocks are queued, held and made, then started
    again on the same port: without persistence it comes back empty (queue, held
    messages and results gone), with an append-only file it comes back with them. Either
    way the coordinator notices the new broker and sends its blocks in flight again, and
    the job completes byte-identical (no block lost, none written twice). The visibility
    timeout stays at its hour: recovery does not wait for it. The long outage outlasts
    Celery's own reconnection retries on both sides."""
    service_policy("redis-server", Path(REDIS_SERVER).is_file(), f"no {REDIS_SERVER}")
    pytest.importorskip("redis", reason="the celery extra is not installed")
    broker = RedisProcess(tmp_path / "redis", persist=persist).start()
    home = tmp_path / "home"
    env = celery_env(home, LOOKALIKE_REDIS_URL=broker.url)
    big = {"tables": {"people": {**SPEC["tables"]["people"], "rows": 2_000_000}}}
    worker = WorkerProcess(home, env, name="w").start()
    server = ServerProcess(home, env=env).start()
    try:
        with server.client() as client:
            job_id = client.post("/v1/jobs", json={"spec": big, "seed": SEED}).json()["job_id"]
            worker.wait_for("succeeded", timeout=120)  # blocks are flowing...
            broker.kill()  # ...and the broker dies under them
            during = client.get(f"/v1/jobs/{job_id}").json()
            assert during["status"] == "generating", during  # mid-job, truly
            noticed = lambda: any(worker.count(text) for text in outage)  # noqa: E731
            worker.poll_until(noticed, f"notice of the outage {outage}", timeout=120)
            broker.start()
            done = _wait(client, job_id, {"completed", "failed"})
            assert done["status"] == "completed", done
            assert done["rows_generated"] == 2_000_000
            got = client.get(f"/v1/jobs/{job_id}/download").content
    finally:
        server.stop()
        worker.stop()
        broker.stop()
    # Recovered by noticing the new broker, not by the (hour-long) resend timeout.
    assert server.count("the broker restarted; sending") == 1, server.tail()
    reference = tmp_path / "big.csv"
    lookalike.write(big, reference, seed=SEED)
    assert got == reference.read_bytes()
    assert not (home / "jobs" / job_id / "blocks").exists()
