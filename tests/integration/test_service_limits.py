"""Limits that hold under concurrency: a key's active jobs, stored bytes, streams and request
counts cannot be raced past, on SQLite and on PostgreSQL, across two stores on one database and
a reopening, through the store and over real HTTP (concurrent requests, acceptances counted)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from lookalike.jobs.chunks import pin
from lookalike.jobs.schema import rate_counters
from lookalike.jobs.store import JobStore, StorageFullError, TooManyJobsError
from support.scratch import scratch_database, server_available
from support.server_process import ServerProcess

Policy = Callable[[str, bool, str], None]
SPEC = {"seed": 1, "tables": {"t": {"rows": 10, "fields": {"n": {"kind": "sequence"}}}}}


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, service_policy: Policy) -> Iterator[JobStore]:
    """A fresh job store on each backend."""
    kind = str(request.param)
    if kind != "sqlite":
        available, reason = server_available(kind)
        service_policy(kind, available, reason)
    with scratch_database(kind) as url:
        store = JobStore(url)
        try:
            yield store
        finally:
            store.close()


def _create(store: JobStore, owner: str, limit: int) -> bool:
    try:
        store.create_job(
            owner=owner, spec=pin(SPEC, rows=10, seed=1, reference_time="2026-01-01T00:00:00"),
            format="csv", compression=None, chunk_rows=10, total_rows=10, total_chunks=1,
            max_active=limit,
        )  # fmt: skip
    except TooManyJobsError:
        return False
    return True


def test_concurrent_creates_stop_at_the_limit(store: JobStore) -> None:
    accepted: list[bool] = []
    start = threading.Barrier(16)

    def one() -> None:
        start.wait()
        accepted.append(_create(store, "k", 3))

    threads = [threading.Thread(target=one) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert accepted.count(True) == 3
    assert store.count_active("k") == 3
    assert _create(store, "other", 3)  # the limit is per key


def test_a_paused_job_keeps_its_slot(store: JobStore) -> None:
    assert all(_create(store, "k", 2) for _ in range(2))
    first = store.list_jobs("k")[0][0]
    assert store.transition(first.id, "k", ("pending",), "paused")
    assert not _create(store, "k", 2)  # pausing opened no slot
    assert store.transition(first.id, "k", ("paused",), "cancelled")
    assert _create(store, "k", 2)


def test_concurrent_job_requests_over_http(tmp_path: Path) -> None:
    env = {"LOOKALIKE_MAX_CONCURRENT_JOBS": "3", "LOOKALIKE_WORKERS": "1"}
    with ServerProcess(tmp_path, env=env) as server:
        body = {"template": "person", "rows": 2_000_000, "seed": 1}
        codes: list[int] = []
        start = threading.Barrier(10)

        def one() -> None:
            start.wait()
            with httpx.Client(base_url=server.url, timeout=60) as client:
                codes.append(client.post("/v1/jobs", json=body).status_code)

        threads = [threading.Thread(target=one) for _ in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(codes) == [202] * 3 + [429] * 7


def _race(count: int, one: Callable[[], object]) -> list[object]:
    """Run ``one`` on ``count`` threads released together; their results."""
    results: list[object] = []
    start = threading.Barrier(count)

    def run() -> None:
        start.wait()
        results.append(one())

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _job_of(store: JobStore, owner: str, size: int, max_bytes: int) -> bool:
    try:
        store.create_job(
            owner=owner, spec=pin(SPEC, rows=10, seed=1, reference_time="2026-01-01T00:00:00"),
            format="csv", compression=None, chunk_rows=10, total_rows=10, total_chunks=1,
            stored_bytes=size, max_bytes=max_bytes,
        )  # fmt: skip
    except StorageFullError:
        return False
    return True


def test_concurrent_jobs_stop_at_the_storage_limit(store: JobStore) -> None:
    accepted = _race(12, lambda: _job_of(store, "k", 300, 1000))
    assert accepted.count(True) == 3
    assert store.storage_used("k") == 900
    first = store.list_jobs("k")[0][0]
    assert store.transition(first.id, "k", ("pending",), "cancelled")  # its files go
    assert store.storage_used("k") == 600
    assert _job_of(store, "k", 400, 1000)
    assert _job_of(store, "other", 1000, 1000)  # per key


def test_concurrent_streams_stop_at_the_limit(store: JobStore) -> None:
    slots = _race(12, lambda: store.acquire_stream("k", "host:1:a", limit=4, seconds=30))
    held = [s for s in slots if s is not None]
    assert len(held) == 4
    store.release_stream(str(held[0]))
    assert store.acquire_stream("k", "host:1:a", limit=4, seconds=30) is not None
    assert store.acquire_stream("k", "host:1:a", limit=4, seconds=30) is None
    assert store.acquire_stream("other", "host:1:a", limit=4, seconds=30) is not None


def test_a_stream_slot_lapses_unless_renewed(store: JobStore) -> None:
    lapsing = store.acquire_stream("k", "h:1:a", limit=2, seconds=-1)  # lapsed at once
    kept = store.acquire_stream("k", "h:1:a", limit=2, seconds=30)
    assert lapsing is not None
    assert kept is not None
    assert store.renew_streams([kept], seconds=30) == 1
    assert store.acquire_stream("k", "h:1:a", limit=2, seconds=30) is not None  # lapsed's place


def test_concurrent_requests_stop_at_the_rate_limit(store: JobStore) -> None:
    waits = _race(16, lambda: store.hit("key:k", 5))
    assert waits.count(None) == 5
    assert all(isinstance(w, int) and 1 <= w <= 60 for w in waits if w is not None)


def test_limits_hold_across_two_stores_and_a_reopening(store: JobStore) -> None:
    """Two servers on one store (two engines), and a restart (a third), count together."""
    second = JobStore(store.url, migrate=False)
    try:
        assert store.acquire_stream("k", "a:1:x", limit=2, seconds=30) is not None
        assert second.acquire_stream("k", "b:2:y", limit=2, seconds=30) is not None
        assert store.acquire_stream("k", "a:1:x", limit=2, seconds=30) is None
        assert second.acquire_stream("k", "b:2:y", limit=2, seconds=30) is None
        assert _job_of(store, "k", 600, 1000)
        assert not _job_of(second, "k", 600, 1000)
        assert [store.hit("bad-key:1.2.3.4", 3) for _ in range(2)] == [None, None]
    finally:
        second.close()
    reopened = JobStore(store.url)
    try:
        assert reopened.hit("bad-key:1.2.3.4", 3) is None
        assert reopened.hit("bad-key:1.2.3.4", 3) is not None
        assert reopened.storage_used("k") == 600
    finally:
        reopened.close()


def test_concurrent_streams_over_http(tmp_path: Path) -> None:
    env = {"LOOKALIKE_MAX_CONCURRENT_STREAMS": "2", "LOOKALIKE_WORKERS": "1"}
    with ServerProcess(tmp_path, env=env) as server:
        body = {"template": "person", "rows": 5_000_000, "seed": 1, "format": "csv"}
        opened = threading.Barrier(8)

        def one() -> int:
            with (
                httpx.Client(base_url=server.url, timeout=60) as client,
                client.stream("POST", "/v1/stream", json=body) as response,
            ):
                opened.wait()  # every stream stays open until all have their answer
                return response.status_code

        codes = _race(8, one)
        assert sorted(codes) == [200] * 2 + [429] * 6  # type: ignore[type-var]
        with server.client() as client:  # the slots were freed as the streams ended
            small = {**body, "rows": 10}
            assert _until(lambda: client.post("/v1/stream", json=small).status_code == 200)


def _until(check: Callable[[], bool], seconds: float = 30.0) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_bad_keys_are_rate_limited_across_a_restart(tmp_path: Path) -> None:
    env = {"LOOKALIKE_AUTH_FAILURES_PER_MINUTE": "5", "LOOKALIKE_WORKERS": "1"}
    server = ServerProcess(tmp_path, dev=False, env=env)
    with server:
        key = server.run_cli("keys", "create", "good").stdout.strip()

        def bad() -> int:
            with server.client("lk_nope_wrong") as client:
                code: int = client.get("/v1/jobs").status_code
                return code

        codes = _race(12, bad)
        windows = len(_bad_key_counts(tmp_path))  # 2 when a minute ended during the race
        assert sorted(codes) == [401] * 5 * windows + [429] * (12 - 5 * windows)  # type: ignore[type-var]
        with server.client(key) as client:  # this address is refused whatever it sends
            refused = client.get("/v1/jobs")
            assert refused.status_code == 429 or windows == 2
            assert "Retry-After" in refused.headers or windows == 2
    with server, server.client(key) as client:  # restarted: the count is still there
        rows, now = _bad_key_counts(tmp_path), _store_minute(tmp_path)
        assert sum(r.hits for r in rows) == 12
        if rows[-1].window == now:  # (a window that ended meanwhile has forgotten, as it should)
            assert client.get("/v1/jobs").status_code == 429


def _bad_key_counts(home: Path) -> list[Any]:
    """The loopback address's bad-key counters in a server's SQLite store, oldest first."""
    store = JobStore(f"sqlite:///{home}/lookalike.db", migrate=False)
    try:
        with store.engine.connect() as connection:
            return list(
                connection.execute(
                    sa.select(rate_counters.c.window, rate_counters.c.hits)
                    .where(rate_counters.c.bucket == "bad-key:127.0.0.1")
                    .order_by(rate_counters.c.window)
                ).all()
            )
    finally:
        store.close()


def _store_minute(home: Path) -> int:
    store = JobStore(f"sqlite:///{home}/lookalike.db", migrate=False)
    try:
        return int(store.now() // 60)
    finally:
        store.close()


def test_storage_limit_over_http(tmp_path: Path) -> None:
    env = {"LOOKALIKE_MAX_STORAGE_BYTES": "1MB", "LOOKALIKE_WORKERS": "1"}
    with ServerProcess(tmp_path, env=env) as server, server.client() as client:
        huge = client.post("/v1/jobs", json={"template": "person", "rows": 100_000, "seed": 1})
        assert huge.status_code == 422
        assert "more than a key may keep" in huge.json()["detail"]
        body = {"template": "person", "rows": 1500, "seed": 1}
        first = client.post("/v1/jobs", json=body)
        assert first.status_code == 202
        job = first.json()["job_id"]
        assert _until(lambda: client.get(f"/v1/jobs/{job}").json()["status"] == "completed")
        codes = [client.post("/v1/jobs", json=body).status_code for _ in range(4)]
        assert 507 in codes
        refused = client.post("/v1/jobs", json=body)
        assert refused.status_code == 507
        assert "DELETE /v1/jobs" in refused.json()["detail"]
        for listed in client.get("/v1/jobs?page_size=100").json()["jobs"]:
            assert client.delete(f"/v1/jobs/{listed['job_id']}").status_code == 204
        assert client.post("/v1/jobs", json=body).status_code == 202


def test_a_restarted_server_frees_its_dead_predecessors_stream_slots(store: JobStore) -> None:
    import os
    import socket
    import subprocess
    import sys

    host = socket.gethostname()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    me = f"{host}:{os.getpid()}:new"
    dead = store.acquire_stream("k", f"{host}:{gone}:old", limit=9, seconds=30)
    reused = store.acquire_stream("k", f"{host}:{os.getpid()}:old", limit=9, seconds=30)
    alive = store.acquire_stream("k", f"{host}:{os.getppid()}:run", limit=9, seconds=30)
    elsewhere = store.acquire_stream("k", f"not-{host}:{gone}:old", limit=9, seconds=30)
    assert None not in (dead, reused, alive, elsewhere)
    assert store.release_local_streams(me) == 2  # the dead process's, and pid reuse's
    assert store.acquire_stream("k", me, limit=3, seconds=30) is not None  # 2 held + this
    assert store.acquire_stream("k", me, limit=3, seconds=30) is None
