"""The service with its job outputs at an s3:// URL (``LOOKALIKE_OUTPUTS_URL``), against
moto's S3 server on loopback (the ``s3_server`` and ``bucket`` fixtures of conftest).

A real ``lookalike serve`` runs the jobs in its data directory and uploads each
finished output under ``<url>/<job id>/`` before recording the job completed;
downloads are read from the URL; cancel, delete, retention and reconcile remove
there. Bad settings stop the server at start in one line (exit 2).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import lookalike
from support.server_process import ServerProcess, free_port

SHOP = Path(__file__).parents[2] / "examples" / "shop.yaml"
SPEC: dict[str, Any] = {"tables": {"people": {"rows": 150_000, "fields": {
    "id": {"kind": "sequence"},
    "name": {"kind": "person", "attribute": "full_name"},
    "score": {"kind": "float", "min_value": 0, "max_value": 1},
}}}}  # fmt: skip


def _done(client: httpx.Client, job_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(f"/v1/jobs/{job_id}").json()
        if body["status"] in ("completed", "failed"):
            return body
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} stuck: {body}")


def test_outputs_are_uploaded_served_and_deleted_at_the_url(
    bucket: tuple[str, Any], tmp_path: Path
) -> None:
    name, fs = bucket
    url = f"s3://{name}/lookalike/jobs"
    home = tmp_path / "home"
    with (
        ServerProcess(home, env={"LOOKALIKE_OUTPUTS_URL": url}) as server,
        server.client() as client,
    ):
        one = client.post("/v1/jobs", json={"spec": SPEC, "seed": 4, "format": "csv"}).json()
        shop = yaml.safe_load(SHOP.read_text())
        several = client.post("/v1/jobs", json={"spec": shop, "rows": 300, "seed": 4})
        assert several.status_code == 202, several.text
        several_id = several.json()["job_id"]
        job_id = one["job_id"]
        first = _done(client, job_id)
        assert first["status"] == "completed", first
        # At the URL, whole, and nothing else: no temporary, no part.
        assert fs.ls(f"{name}/lookalike/jobs/{job_id}") == [
            f"{name}/lookalike/jobs/{job_id}/people.csv"
        ]
        reference = tmp_path / "people.csv"
        lookalike.write(SPEC, reference, seed=4)
        assert fs.cat_file(f"{name}/lookalike/jobs/{job_id}/people.csv") == reference.read_bytes()
        assert not (home / "jobs" / job_id / "output").exists()  # not kept twice
        got = client.get(f"/v1/jobs/{job_id}/download")
        assert got.status_code == 200
        assert got.headers["content-length"] == str(len(reference.read_bytes()))
        assert got.content == reference.read_bytes()
        assert client.get(f"/v1/jobs/{job_id}/download?table=people").content == got.content
        part = client.get(f"/v1/jobs/{job_id}/download", headers={"Range": "bytes=10-19"})
        assert part.status_code == 206
        assert part.content == got.content[10:20]
        size = len(got.content)
        assert part.headers["content-range"] == f"bytes 10-19/{size}"
        tail = client.get(f"/v1/jobs/{job_id}/download", headers={"Range": "bytes=-5"})
        assert tail.content == got.content[-5:]
        assert _done(client, several_id)["status"] == "completed"
        archive = client.get(f"/v1/jobs/{several_id}/download").content
        assert fs.cat_file(f"{name}/lookalike/jobs/{several_id}/dataset.zip") == archive
        member = client.get(f"/v1/jobs/{several_id}/download?table=customers")
        assert member.status_code == 200
        assert member.content == zipfile.ZipFile(BytesIO(archive)).read("customers.csv")
        assert client.delete(f"/v1/jobs/{job_id}").status_code == 204
        assert client.post(f"/v1/jobs/{several_id}/cancel").status_code == 409  # completed
        assert client.delete(f"/v1/jobs/{several_id}").status_code == 204
    fs.invalidate_cache()
    assert not fs.exists(f"{name}/lookalike/jobs/{job_id}")
    assert not fs.exists(f"{name}/lookalike/jobs/{several_id}")


def test_retention_and_reconcile_delete_at_the_url(bucket: tuple[str, Any], tmp_path: Path) -> None:
    from lookalike.jobs.data_dir import reconcile
    from lookalike.jobs.remote_outputs import RemoteOutputs
    from lookalike.jobs.retention import cleanup_expired
    from lookalike.jobs.store import JobStore

    name, fs = bucket
    url = f"s3://{name}/jobs"
    home = tmp_path / "home"
    with (
        ServerProcess(home, env={"LOOKALIKE_OUTPUTS_URL": url}) as server,
        server.client() as client,
    ):
        body = {"spec": SPEC, "rows": 1000, "seed": 1, "format": "parquet"}
        job_id = client.post("/v1/jobs", json=body).json()["job_id"]
        first = _done(client, job_id)
        assert first["status"] == "completed", first
    assert fs.exists(f"{name}/jobs/{job_id}/people.parquet")
    remote = RemoteOutputs(url)
    store = JobStore(f"sqlite:///{home.absolute() / 'lookalike.db'}")
    try:
        orphan = str(uuid.uuid4())  # a deleted job's files left at the URL by a crash
        fs.pipe_file(f"{name}/jobs/{orphan}/people.csv", b"id\n1\n")
        done = reconcile(store, home / "jobs", remote)
        assert done.orphans == [orphan]
        assert done.missing == []  # the completed job's output is found at the URL
        fs.invalidate_cache()
        assert not fs.exists(f"{name}/jobs/{orphan}")
        assert cleanup_expired(store, home / "jobs", 1.0, now=time.time() + 3 * 86400,
                               remote=remote) == 1  # fmt: skip
        fs.invalidate_cache()
        assert not fs.exists(f"{name}/jobs/{job_id}")
    finally:
        store.close()


def _serve(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "lookalike", "serve", "--dev", "--port", str(free_port())]
    return subprocess.run(command, env={**os.environ, "LOOKALIKE_HOME": str(tmp_path), **env},
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_bad_outputs_urls_stop_the_server_in_one_line(
    bucket: tuple[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name, _fs = bucket
    scheme = _serve(tmp_path, {"LOOKALIKE_OUTPUTS_URL": "nosuch://bucket/jobs"})
    assert scheme.returncode == 2
    assert "LOOKALIKE_OUTPUTS_URL: nosuch://bucket/jobs: no filesystem" in scheme.stderr
    missing = _serve(tmp_path, {"LOOKALIKE_OUTPUTS_URL": f"s3://{name}-gone/jobs"})
    assert missing.returncode == 2
    assert f"no bucket or folder '{name}-gone'; create it first" in missing.stderr
    secret = _serve(tmp_path, {"LOOKALIKE_OUTPUTS_URL": f"s3://AKIA:hunter2@{name}/jobs"})
    assert secret.returncode == 2
    assert "not in the URL" in secret.stderr
    assert "hunter2" not in secret.stderr
    for variable in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(variable)
    nobody = {"AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
              "AWS_CONFIG_FILE": str(tmp_path / "none"), "AWS_EC2_METADATA_DISABLED": "true",
              "LOOKALIKE_OUTPUTS_URL": f"s3://{name}/jobs"}  # fmt: skip
    anonymous = _serve(tmp_path, nobody)
    assert anonymous.returncode == 2
    assert "Unable to locate credentials" in anonymous.stderr
    assert "AWS_ACCESS_KEY_ID" in anonymous.stderr  # where to put them
    for done in (scheme, missing, secret, anonymous):
        assert "Traceback" not in done.stderr
