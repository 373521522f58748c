"""The job store on PostgreSQL: migrations, leases with fencing, and a real server using it.

Each test run creates its own database (``lookalike_svc_test_<random>``) on the
local server and drops it afterwards; nothing else on the server is touched.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import lookalike
from lookalike.jobs.store import JobStore
from support.scratch import scratch_database
from support.server_process import ServerProcess

#: tests/conftest.py's ``service_policy`` fixture: skip, or fail under CI.
Policy = Callable[[str, bool, str], None]

ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="module")
def database_url(service_policy: Policy) -> Iterator[str]:
    """A fresh, empty database of our own."""
    try:
        import psycopg

        admin = psycopg.connect(ADMIN, autocommit=True, connect_timeout=3)
    except Exception as exc:  # not installed, not running, refused
        service_policy("PostgreSQL", False, f"cannot connect to {ADMIN}: {exc}")
        raise
    name = f"lookalike_svc_test_{secrets.token_hex(4)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_store_leases_and_fencing(database_url: str) -> None:
    store = JobStore(database_url)
    JobStore(database_url).close()  # migrating twice is harmless
    try:
        job = store.create_job(
            owner="a",
            spec="{}",
            format="csv",
            compression=None,
            chunk_rows=10,
            total_rows=30,
            total_chunks=3,
            idempotency_key="k",
        )
        same = store.create_job(
            owner="a",
            spec="{}",
            format="csv",
            compression=None,
            chunk_rows=10,
            total_rows=30,
            total_chunks=3,
            idempotency_key="k",
        )
        assert same.id == job.id
        first = store.lease("w1", lease_seconds=0.01, max_attempts=5)
        assert first is not None
        time.sleep(0.05)  # the lease lapses: another worker may take over
        second = store.lease("w2", lease_seconds=30, max_attempts=5)
        assert second is not None
        assert second.fence == first.fence + 1
        assert not store.commit_chunk(first, 1, rows=10, lease_seconds=30)  # stale: refused
        assert store.commit_chunk(second, 1, rows=10, lease_seconds=30)
        assert store.transition(job.id, "a", ("generating",), "paused")
        assert not store.commit_chunk(second, 2, rows=20, lease_seconds=30)  # paused: stop
        assert store.get_job(job.id, owner="b") is None
        key = store.create_key("pg")
        assert store.verify_key(key) is not None
        assert store.verify_key(key + "x") is None
    finally:
        store.close()


def test_server_on_postgresql(database_url: str, tmp_path: Path) -> None:
    env = {"LOOKALIKE_DATABASE_URL": database_url, "LOOKALIKE_JOB_PROCESSES": "2"}
    with ServerProcess(tmp_path / "home", dev=True, env=env) as server, server.client() as client:
        assert client.get("/health").json()["store"] == "sql"
        request = {"template": "user", "rows": 70_000, "seed": 5, "chunk_size": 30_000}
        job_id = client.post("/v1/jobs", json=request).json()["job_id"]
        deadline = time.monotonic() + 60
        while client.get(f"/v1/jobs/{job_id}").json()["status"] != "completed":
            assert time.monotonic() < deadline, client.get(f"/v1/jobs/{job_id}").json()
            time.sleep(0.05)
        body = client.get(f"/v1/jobs/{job_id}/download").content
    assert not (tmp_path / "home" / "lookalike.db").exists()  # the store really is PostgreSQL
    lookalike.write("user", tmp_path / "ref.csv", rows=70_000, seed=5)
    assert body == (tmp_path / "ref.csv").read_bytes()


@pytest.fixture
def own_database(database_url: str) -> Iterator[str]:
    """A database of this test's own (the module's is claimed by another data directory)."""
    with scratch_database("postgresql") as url:
        yield url


def test_two_servers_sharing_a_store_must_share_the_data_directory(
    own_database: str, tmp_path: Path
) -> None:
    env = {"LOOKALIKE_DATABASE_URL": own_database, "LOOKALIKE_WORKERS": "1"}
    shared = tmp_path / "shared"
    with ServerProcess(shared, env=env) as first, ServerProcess(shared, env=env) as second:
        # Two servers on one store and one directory: one job, served by both.
        with first.client() as client:
            body = {"template": "person", "rows": 50, "seed": 1}
            job = client.post("/v1/jobs", json=body).json()["job_id"]
        with second.client() as client:
            deadline = time.monotonic() + 60
            while client.get(f"/v1/jobs/{job}").json()["status"] != "completed":
                assert time.monotonic() < deadline
                time.sleep(0.1)
            assert client.get(f"/v1/jobs/{job}/download").status_code == 200
    with pytest.raises(RuntimeError, match="servers sharing a store must share the data"):
        ServerProcess(tmp_path / "elsewhere", env=env).start()  # refused, with the fix


def test_two_servers_on_one_store_share_the_stream_limit(own_database: str, tmp_path: Path) -> None:
    env = {
        "LOOKALIKE_DATABASE_URL": own_database,
        "LOOKALIKE_WORKERS": "1",
        "LOOKALIKE_MAX_CONCURRENT_STREAMS": "2",
    }
    body = {"template": "person", "rows": 5_000_000, "seed": 1, "format": "csv"}
    shared = tmp_path / "shared"
    with (
        ServerProcess(shared, env=env) as first,
        ServerProcess(shared, env=env) as second,
        first.client() as one,
        second.client() as two,
        one.stream("POST", "/v1/stream", json=body) as a,
        two.stream("POST", "/v1/stream", json=body) as b,
    ):
        assert (a.status_code, b.status_code) == (200, 200)
        third = two.post("/v1/stream", json={**body, "rows": 10})
        assert third.status_code == 429  # the first server's stream counts here too
        assert "2 streams running" in third.json()["detail"]
        assert one.post("/v1/stream", json={**body, "rows": 10}).status_code == 429
