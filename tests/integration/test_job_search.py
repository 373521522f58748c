"""Searching jobs by name (``GET /v1/jobs?q=``) on both stores: SQLite and PostgreSQL."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lookalike.jobs.store import JobStore

ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    service_policy: Callable[[str, bool, str], None],
) -> Iterator[JobStore]:
    """An empty store of each kind (PostgreSQL in a database of its own, dropped after)."""
    if request.param == "sqlite":
        sqlite = JobStore(f"sqlite:///{tmp_path / 's.db'}")
        yield sqlite
        sqlite.close()
        return
    try:
        import psycopg

        admin = psycopg.connect(ADMIN, autocommit=True, connect_timeout=3)
    except Exception as exc:
        service_policy("PostgreSQL", False, f"cannot connect to {ADMIN}: {exc}")
        raise
    name = f"lookalike_search_test_{secrets.token_hex(4)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    postgres = JobStore(f"postgresql://postgres@127.0.0.1:5432/{name}")
    try:
        yield postgres
    finally:
        postgres.close()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_name_contains_is_a_case_blind_literal_match(store: JobStore) -> None:
    for owner, name in [("a", "People 2024"), ("a", "orders_eu"), ("a", "100%_real"),
                        ("b", "people")]:  # fmt: skip
        spec = json.dumps({"dataset": {"name": name, "tables": {}}, "seed": 1})
        store.create_job(owner=owner, spec=spec, format="csv", compression=None,
                         chunk_rows=1, total_rows=1, total_chunks=1)  # fmt: skip

    def names(text: str) -> list[str]:
        jobs, total = store.list_jobs("a", name_contains=text)
        assert total == len(jobs)
        return sorted(json.loads(j.spec)["dataset"]["name"] for j in jobs)

    assert names("PEOPLE") == ["People 2024"]
    assert names("_") == ["100%_real", "orders_eu"]
    assert names("%") == ["100%_real"]
    assert names("zzz") == []
    assert len(names("")) == 3
