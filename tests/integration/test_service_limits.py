"""Limits that hold under concurrency: a key's active jobs cannot be raced past, on SQLite
and on PostgreSQL, through the store and over real HTTP."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from lookalike.jobs.chunks import pin
from lookalike.jobs.store import JobStore, TooManyJobsError
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
