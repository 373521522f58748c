"""API keys and limits over real HTTP: a server without ``--dev``, keys made by the CLI.

The access matrix sends every job and template route with another key's ids:
none of them may succeed, and the answer must not reveal that the id exists.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from support.server_process import ServerProcess

LIMITS = {
    "LOOKALIKE_REQUESTS_PER_MINUTE": "120",
    "LOOKALIKE_MAX_ROWS_PER_JOB": "1000000",
    "LOOKALIKE_MAX_CONCURRENT_JOBS": "2",
    "LOOKALIKE_MAX_BODY_BYTES": "20000",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server that needs keys, with small limits."""
    with ServerProcess(tmp_path_factory.mktemp("keys"), dev=False, env=LIMITS) as running:
        yield running


def new_key(server: ServerProcess, name: str) -> str:
    """``lookalike keys create NAME``, as an operator runs it."""
    key = server.run_cli("keys", "create", name).stdout.strip()
    assert key.startswith("lk_")
    return key


def finished(client: httpx.Client, job_id: str) -> dict[str, object]:
    """Wait for a job to end."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        body: dict[str, object] = client.get(f"/v1/jobs/{job_id}").json()
        if body["status"] in {"completed", "failed", "cancelled"}:
            return body
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish")


def test_keys_are_required_and_checked(server: ServerProcess) -> None:
    with server.client() as anonymous:
        assert anonymous.get("/health").status_code == 200  # no key needed
        refused = anonymous.get("/v1/jobs")
        assert refused.status_code == 401
        assert "X-API-Key" in refused.json()["detail"]
        assert anonymous.get("/v1/jobs", headers={"X-API-Key": "lk_nope_nope"}).status_code == 401
    key = new_key(server, "query")
    with server.client() as client:
        assert client.get(f"/v1/jobs?api_key={key}").status_code == 200  # seed 001's way
    listed = server.run_cli("keys", "list").stdout
    assert "query" in listed
    assert key not in listed  # only hashes are stored
    assert key.split("_")[2] not in (server.home / "lookalike.db").read_bytes().decode("latin-1")


def test_cross_key_access_matrix(server: ServerProcess) -> None:
    owner, other = new_key(server, "owner"), new_key(server, "other")
    with server.client(owner) as mine, server.client(other) as theirs:
        done = mine.post("/v1/jobs", json={"template": "user", "rows": 100, "seed": 1}).json()
        finished(mine, done["job_id"])
        held = mine.post(
            "/v1/jobs", json={"template": "person", "rows": 1_000_000, "seed": 1}
        ).json()
        assert mine.post(f"/v1/jobs/{held['job_id']}/pause").status_code == 200
        spec = {"tables": {"t": {"rows": 3, "fields": {"n": {"kind": "sequence"}}}}}
        assert mine.post("/v1/templates", json={"name": "mine", "spec": spec}).status_code == 201

        attempts = 0
        for job_id in (done["job_id"], held["job_id"]):
            routes = [
                ("GET", f"/v1/jobs/{job_id}", None),
                ("POST", f"/v1/jobs/{job_id}/pause", None),
                ("POST", f"/v1/jobs/{job_id}/resume", None),
                ("POST", f"/v1/jobs/{job_id}/cancel", None),
                ("GET", f"/v1/jobs/{job_id}/preview?rows=3", None),
                ("GET", f"/v1/jobs/{job_id}/download", None),
                ("DELETE", f"/v1/jobs/{job_id}", None),
                ("GET", f"/api/jobs/{job_id}", None),
                ("GET", f"/api/jobs/{job_id}/download", None),
                ("GET", f"/jobs/{job_id}/status", None),
                ("GET", f"/jobs/{job_id}/preview", None),
                ("GET", f"/jobs/{job_id}/download", None),
                ("POST", f"/jobs/{job_id}/control", {"action": "cancel"}),
            ]
            for method, path, body in routes:
                answer = theirs.request(method, path, json=body)
                attempts += 1
                assert answer.status_code == 404, (method, path, answer.status_code)
        for method, path in (("GET", "/v1/templates/mine"), ("DELETE", "/v1/templates/mine")):
            assert theirs.request(method, path).status_code == 404
        assert theirs.post("/v1/preview", json={"template": "mine"}).status_code == 404
        assert attempts == 26
        assert theirs.get("/v1/jobs").json()["total"] == 0
        assert "mine" not in {t["name"] for t in theirs.get("/v1/templates").json()}
        # Nothing the other key did changed the owner's jobs.
        assert mine.get(f"/v1/jobs/{done['job_id']}").json()["status"] == "completed"
        assert mine.get(f"/v1/jobs/{held['job_id']}").json()["status"] == "paused"
        assert mine.get(f"/v1/jobs/{done['job_id']}/download").status_code == 200
        mine.post(f"/v1/jobs/{held['job_id']}/cancel")


def test_limits(server: ServerProcess) -> None:
    key = new_key(server, "limits")
    with server.client(key) as client:
        too_many = client.post("/v1/jobs", json={"template": "user", "rows": 10**12})
        assert too_many.status_code == 422
        assert "rows" in too_many.json()["detail"]
        over = client.post("/v1/jobs", json={"template": "user", "rows": 1_000_001})
        assert over.status_code == 422
        assert "1,000,000" in over.json()["detail"]

        big = client.post("/v1/preview", json={"template": "user", "locale": "x" * 30_000})
        assert big.status_code == 413

        held = []
        for _ in range(2):
            job = client.post("/v1/jobs", json={"template": "person", "rows": 1_000_000})
            held.append(job.json()["job_id"])
            client.post(f"/v1/jobs/{held[-1]}/pause")
            client.post(f"/v1/jobs/{held[-1]}/resume")  # pending again: counts as active
        third = client.post("/v1/jobs", json={"template": "user", "rows": 10})
        assert third.status_code == 429
        assert "Retry-After" in third.headers
        for job_id in held:
            client.post(f"/v1/jobs/{job_id}/cancel")


def test_requests_per_minute(server: ServerProcess) -> None:
    key = new_key(server, "busy")
    with server.client(key) as client:
        answers = [client.get("/v1/kinds").status_code for _ in range(121)]
        assert answers[:120] == [200] * 120
        assert answers[120] == 429
        limited = client.get("/v1/kinds")
        assert int(limited.headers["Retry-After"]) >= 1
    with server.client(new_key(server, "calm")) as calm:
        assert calm.get("/v1/kinds").status_code == 200  # limits are per key
