"""The service over real HTTP: a ``lookalike serve --dev`` process and the seeds' example requests.

Every request here is one a user would send with curl; answers are compared
with what the library (and so the CLI) writes for the same spec and seed.
"""

from __future__ import annotations

import csv
import io
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import lookalike
from support.server_process import ServerProcess


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One dev server (no keys) for the whole module."""
    with ServerProcess(tmp_path_factory.mktemp("svc"), dev=True) as running:
        yield running


@pytest.fixture
def client(server: ServerProcess) -> Iterator[httpx.Client]:
    """An HTTP client for the module's server."""
    with server.client() as http:
        yield http


def wait_for(client: httpx.Client, path: str, *statuses: str) -> dict[str, Any]:
    """Poll a job status URL until it reaches one of ``statuses`` (or fail after a minute)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(path).json()
        if body["status"] in statuses:
            return body
        time.sleep(0.05)
    raise AssertionError(f"{path} never reached {statuses}: {body}")


def reference_bytes(tmp_path: Path, spec: Any, name: str, **options: Any) -> bytes:
    """What the library writes for the same spec and options."""
    out = tmp_path / name
    lookalike.write(spec, out, **options)
    return out.read_bytes()


def test_health_and_openapi_docs(client: httpx.Client) -> None:
    health = client.get("/health").json()
    assert health["status"] == "ok"
    assert health["store"] == "sqlite"
    assert client.get("/docs").status_code == 200
    assert client.get("/redoc").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/stream", "/v1/jobs", "/v1/jobs/{job_id}/download", "/api/mock-data"} <= set(paths)


def test_catalogue(client: httpx.Client) -> None:
    kinds = {k["kind"]: k for k in client.get("/v1/kinds").json()}
    assert {"integer", "person", "address", "phone"} <= set(kinds)
    assert "min_value" in kinds["integer"]["parameters"]
    names = {t["name"] for t in client.get("/v1/templates").json()}
    assert {"person", "user", "ecommerce", "company"} <= names
    person = client.get("/v1/templates/person").json()
    assert person["builtin"]
    assert "people" in person["spec"]["tables"]
    assert client.get("/v1/templates/nope").status_code == 404

    spec = {"tables": {"t": {"rows": 5, "fields": {"n": {"kind": "sequence"}}}}}
    saved = client.post("/v1/templates", json={"name": "counter", "spec": spec})
    assert saved.status_code == 201
    assert client.post("/v1/templates", json={"name": "counter", "spec": spec}).status_code == 409
    assert client.post("/v1/templates", json={"name": "person", "spec": spec}).status_code == 409
    preview = client.post("/v1/preview", json={"template": "counter", "rows": 3, "seed": 1})
    assert preview.json()["data"] == [{"n": 1}, {"n": 2}, {"n": 3}]
    assert client.delete("/v1/templates/counter").status_code == 204
    assert client.delete("/v1/templates/counter").status_code == 404

    valid = client.post("/v1/specs/validate", json={"spec": spec, "rows": 10, "seed": 3}).json()
    assert valid == {"valid": True, "tables": {"t": 10}, "total_rows": 10, "seed": 3}


def test_bad_input_is_a_clear_4xx(client: httpx.Client) -> None:
    cases: list[tuple[dict[str, Any] | str, str]] = [
        ({"template": "person", "rows": 10**12}, "rows"),
        ({"spec": {"tables": {"t": {"fields": {"a": {"kind": "integr"}}}}}}, "kind"),
        ({"template": "nope"}, "template"),
        ({"template": "person", "spec": {"tables": {}}}, "spec"),
        ({"template": "person", "format": "dbf"}, "format"),
        ("{not json", "body"),
    ]
    for body, field in cases:
        if isinstance(body, str):
            answer = client.post(
                "/v1/jobs", content=body, headers={"content-type": "application/json"}
            )
        else:
            answer = client.post("/v1/jobs", json=body)
        assert 400 <= answer.status_code < 500, (body, answer.text)
        detail = answer.json()
        assert field in json.dumps(detail), (body, detail)
        assert "Traceback" not in answer.text
    # 10^12 rows is refused at once, before anything is stored.
    assert client.get("/v1/jobs").json()["total"] == 0 or all(
        j["total_rows"] < 10**12 for j in client.get("/v1/jobs").json()["jobs"]
    )


def test_stream_is_what_the_cli_writes(client: httpx.Client, tmp_path: Path) -> None:
    rows = 70_000  # more than one block
    body = client.post("/v1/stream", json={"template": "person", "rows": rows, "seed": 4})
    assert body.status_code == 200
    assert body.headers["content-type"].startswith("text/csv")
    assert body.content == reference_bytes(tmp_path, "person", "p.csv", rows=rows, seed=4)

    ndjson = client.post(
        "/v1/stream", json={"template": "user", "rows": 100, "seed": 4, "format": "ndjson"}
    )
    assert ndjson.content == reference_bytes(tmp_path, "user", "u.ndjson", rows=100, seed=4)
    array = client.post(
        "/v1/stream", json={"template": "user", "rows": 100, "seed": 4, "format": "json"}
    )
    assert len(array.json()) == 100


def test_stream_stops_when_the_client_goes(server: ServerProcess, client: httpx.Client) -> None:
    request = {"template": "person", "rows": 50_000_000, "seed": 1}
    with client.stream("POST", "/v1/stream", json=request) as answer:
        received = 0
        for piece in answer.iter_bytes():
            received += len(piece)
            if received > 1_000_000:
                break
    deadline = time.monotonic() + 30
    while client.get("/health").json()["streams_active"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert client.get("/health").json()["streams_active"] == 0


def test_seed_000_mock_data(client: httpx.Client) -> None:
    # seed 000: curl -X POST /api/mock-data -d '{"count": 1000, "locale": "en_GB", "seed": 42}'
    people = client.post("/api/mock-data", json={"count": 1000, "locale": "en_GB", "seed": 42})
    assert people.status_code == 200
    records = people.json()
    assert len(records) == 1000
    assert len({r["email"] for r in records}) == 1000
    again = client.post("/api/mock-data", json={"count": 1000, "locale": "en_GB", "seed": 42})
    assert again.content == people.content
    branded = client.post(
        "/api/mock-data",
        json={"count": 1000, "locale": "en_GB", "seed": 42, "email_domain": "testcorp.co.uk"},
    ).json()
    assert all(r["email"].endswith("@testcorp.co.uk") for r in branded)


def test_seed_001_workflow(client: httpx.Client) -> None:
    headers = {"X-API-Key": "dev-api-key-123456"}  # as in seed 001 (ignored by --dev)
    created = client.post(
        "/api/generate",
        headers=headers,
        json={"data_type": "user", "record_count": 10000, "output_format": "csv"},
    )
    assert created.status_code == 202
    job_id = created.json()["job_id"]
    assert created.json()["status"] == "pending"
    done = wait_for(client, f"/api/jobs/{job_id}", "completed", "failed")
    assert done["status"] == "completed"
    assert done["progress"] == 100.0
    assert {"id", "status", "progress", "error_message", "created_at", "started_at"} <= set(done)
    users = client.get(f"/api/jobs/{job_id}/download", headers=headers)
    assert len(list(csv.reader(io.StringIO(users.text)))) == 10001
    listed = client.get("/api/jobs?status=completed&page=1&page_size=20").json()
    assert job_id in {j["id"] for j in listed["jobs"]}
    kinds = {t["name"] for t in client.get("/api/data-types").json()}
    assert kinds == {"user", "ecommerce", "company"}
    assert client.get("/api/templates").status_code == 200
    template = client.post(
        "/api/templates",
        json={
            "name": "Customer Profile",
            "description": "Custom customer data template",
            "schema_fields": [
                {"name": "id", "field_type": "uuid", "nullable": False},
                {"name": "name", "field_type": "name", "nullable": False},
                {"name": "email", "field_type": "email", "nullable": False},
                {"name": "age", "field_type": "integer", "nullable": False},
            ],
        },
    )
    assert template.status_code == 201, template.text
    custom = client.post(
        "/api/generate",
        json={"data_type": "customer_profile", "record_count": 100, "output_format": "json"},
    ).json()
    assert wait_for(client, f"/api/jobs/{custom['job_id']}", "completed")["total_rows"] == 100
    rows = client.get(f"/api/jobs/{custom['job_id']}/download").json()
    assert set(rows[0]) == {"id", "name", "email", "age"}


def test_seed_002_workflow(client: httpx.Client) -> None:
    schema = {
        "fields": [
            {"name": "id", "type": "uuid", "description": "Unique identifier"},
            {"name": "name", "type": "string", "description": "Person name"},
        ]
    }
    created = client.post(
        "/jobs/create",
        json={"schema": schema, "total_rows": 1000, "chunk_size": 100, "output_format": "csv"},
    )
    assert created.status_code == 202
    job_id = created.json()["job_id"]
    status = wait_for(client, f"/jobs/{job_id}/status", "completed")
    assert status["total_chunks"] == 10
    assert status["chunks_completed"] == 10
    assert status["rows_generated"] == status["total_rows"] == 1000
    assert status["progress_percentage"] == 100.0
    assert job_id in {j["job_id"] for j in client.get("/jobs/?limit=50").json()["jobs"]}
    preview = client.get(f"/jobs/{job_id}/preview?rows=10").json()
    assert preview["preview_rows"] == 10
    assert set(preview["data"][0]) == {"id", "name"}
    data = client.get(f"/jobs/{job_id}/download")
    lines = data.text.splitlines()
    assert len(lines) == 1001
    assert lines[0] == '"id","name"'
    # The preview shows the very rows the file holds.
    assert lines[1].split(",")[0].strip('"') == preview["data"][0]["id"]

    big = client.post(
        "/jobs/create", json={"schema": schema, "total_rows": 3_000_000, "chunk_size": 65536}
    ).json()["job_id"]
    for action, expected in (("pause", "paused"), ("resume", None), ("cancel", "cancelled")):
        answer = client.post(f"/jobs/{big}/control", json={"job_id": big, "action": action})
        assert answer.status_code == 200, answer.text
        if expected:
            assert answer.json()["status"] == expected
    assert client.get(f"/jobs/{big}/download").status_code == 409
    extract = client.post("/schema/extract", json={"user_input": "employees with name, email"})
    assert extract.status_code == 200
    assert [f["name"] for f in extract.json()["schema"]["fields"]] == ["name", "email"]


def wait_until(condition: Any, seconds: float = 60) -> bool:
    """Poll ``condition()`` until it holds (True) or ``seconds`` pass (False)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_job_life_cycle(client: httpx.Client, tmp_path: Path) -> None:
    request = {"template": "person", "rows": 400_000, "seed": 9, "chunk_size": 20_000}
    first = client.post("/v1/jobs", json=request, headers={"Idempotency-Key": "abc"})
    again = client.post("/v1/jobs", json=request, headers={"Idempotency-Key": "abc"})
    assert first.status_code == again.status_code == 202
    job_id = first.json()["job_id"]
    assert again.json()["job_id"] == job_id
    other = client.post(
        "/v1/jobs", json={**request, "rows": 1000}, headers={"Idempotency-Key": "abc"}
    )
    assert other.status_code == 422
    assert "Idempotency-Key was used for another request" in other.json()["detail"]

    paused = client.post(f"/v1/jobs/{job_id}/pause").json()
    assert paused["status"] == "paused"
    # The worker that held the job lets it go at its next chunk: wait for that, not a time.
    idle = wait_until(lambda: client.get("/health").json()["workers_busy"] == 0)
    assert idle
    held = client.get(f"/v1/jobs/{job_id}").json()
    assert held["status"] == "paused"
    assert held["rows_generated"] < 400_000
    assert client.get(f"/v1/jobs/{job_id}/download").status_code == 409
    preview = client.get(f"/v1/jobs/{job_id}/preview?rows=3").json()
    assert preview["preview_rows"] == 3
    assert preview["total_rows"] == 400_000
    assert client.post(f"/v1/jobs/{job_id}/pause").status_code == 409

    assert client.post(f"/v1/jobs/{job_id}/resume").json()["status"] == "pending"
    done = wait_for(client, f"/v1/jobs/{job_id}", "completed", "failed")
    assert done["status"] == "completed", done
    assert done["chunks_completed"] == done["total_chunks"] == 20
    assert done["started_at"]
    assert done["completed_at"]
    assert done["error"] is None
    body = client.get(f"/v1/jobs/{job_id}/download").content
    assert body == reference_bytes(tmp_path, "person", "p.csv", rows=400_000, seed=9)
    part = client.get(f"/v1/jobs/{job_id}/download", headers={"Range": "bytes=10-29"})
    assert part.status_code == 206
    assert part.content == body[10:30]

    assert job_id in {j["id"] for j in client.get("/v1/jobs?status=completed").json()["jobs"]}
    assert client.get("/v1/jobs?status=failed").json()["jobs"] == [] or all(
        j["status"] == "failed" for j in client.get("/v1/jobs?status=failed").json()["jobs"]
    )
    page = client.get("/v1/jobs?page=1&page_size=1").json()
    assert len(page["jobs"]) == 1
    assert page["total"] >= 1
    assert client.delete(f"/v1/jobs/{job_id}").status_code == 204
    assert client.get(f"/v1/jobs/{job_id}").status_code == 404


def test_several_tables_download_as_a_zip(client: httpx.Client) -> None:
    spec = {
        "seed": 5,
        "tables": {
            "a": {"rows": 10, "fields": {"n": {"kind": "sequence"}}},
            "b": {"rows": 20, "fields": {"x": {"kind": "integer", "max_value": 9}}},
        },
    }
    job_id = client.post("/v1/jobs", json={"spec": spec, "format": "ndjson"}).json()["job_id"]
    assert wait_for(client, f"/v1/jobs/{job_id}", "completed")["total_rows"] == 30
    archive = zipfile.ZipFile(io.BytesIO(client.get(f"/v1/jobs/{job_id}/download").content))
    assert sorted(archive.namelist()) == ["a.ndjson", "b.ndjson"]
    assert len(archive.read("b.ndjson").splitlines()) == 20


def test_parquet_job(client: httpx.Client, tmp_path: Path) -> None:
    request = {"template": "user", "rows": 5000, "seed": 2, "format": "parquet", "chunk_size": 999}
    job_id = client.post("/v1/jobs", json=request).json()["job_id"]
    wait_for(client, f"/v1/jobs/{job_id}", "completed")
    body = client.get(f"/v1/jobs/{job_id}/download").content
    assert body == reference_bytes(tmp_path, "user", "u.parquet", rows=5000, seed=2)


def test_several_formats_in_one_job(client: httpx.Client, tmp_path: Path) -> None:
    request = {"template": "user", "rows": 3000, "seed": 6, "formats": ["csv", "parquet"]}
    job_id = client.post("/v1/jobs", json=request).json()["job_id"]
    done = wait_for(client, f"/v1/jobs/{job_id}", "completed", "failed")
    assert done["formats"] == ["csv", "parquet"]
    archive = zipfile.ZipFile(io.BytesIO(client.get(f"/v1/jobs/{job_id}/download").content))
    assert sorted(archive.namelist()) == ["users.csv", "users.parquet"]
    for name in archive.namelist():
        expected = reference_bytes(tmp_path, "user", name, rows=3000, seed=6)
        assert archive.read(name) == expected, name
