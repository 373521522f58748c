"""Jobs survive ``kill -9``: a real server is killed mid-job and started again.

After the restart the running job resumes from its last recorded chunk and
completes with output byte-identical to an uninterrupted run; a paused job
stays paused and a completed job's download stays valid.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx

import lookalike
from support.server_process import ServerProcess

ROWS = 600_000
CHUNK = 20_000
#: Record progress every 50 ms (default 0.5 s), so the job is caught between records.
SYNC_OFTEN = {"LOOKALIKE_JOB_SYNC_SECONDS": "0.05"}


def status(client: httpx.Client, job_id: str) -> dict[str, Any]:
    """The job's status body."""
    body: dict[str, Any] = client.get(f"/v1/jobs/{job_id}").json()
    return body


def wait(client: httpx.Client, job_id: str, done: Any) -> dict[str, Any]:
    """Poll until ``done(status)`` holds (or fail after two minutes)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        body = status(client, job_id)
        if done(body):
            return body
        time.sleep(0.01)
    raise AssertionError(f"job {job_id} stuck at {status(client, job_id)}")


def test_kill_9_mid_job_then_resume(tmp_path: Path) -> None:
    server = ServerProcess(tmp_path / "home", dev=True, env=SYNC_OFTEN).start()
    try:
        with server.client() as client:
            small = client.post("/v1/jobs", json={"template": "user", "rows": 500, "seed": 3})
            small_id = small.json()["job_id"]
            wait(client, small_id, lambda s: s["status"] == "completed")
            before = client.get(f"/v1/jobs/{small_id}/download").content

            paused = client.post(
                "/v1/jobs", json={"template": "person", "rows": ROWS, "seed": 8}
            ).json()["job_id"]
            assert client.post(f"/v1/jobs/{paused}/pause").status_code == 200

            request = {"template": "person", "rows": ROWS, "seed": 7, "chunk_size": CHUNK}
            job_id = client.post("/v1/jobs", json=request).json()["job_id"]
            mid = wait(client, job_id, lambda s: s["chunks_completed"] >= 2)
            server.kill()
        assert mid["status"] == "generating"
        assert mid["rows_generated"] < ROWS

        server.start()
        with server.client() as client:
            # Progress is kept: the job goes on from its recorded chunks, not from zero.
            assert status(client, job_id)["chunks_completed"] >= mid["chunks_completed"]
            done = wait(client, job_id, lambda s: s["status"] in {"completed", "failed"})
            assert done["status"] == "completed", done
            assert done["rows_generated"] == ROWS
            assert done["chunks_completed"] == done["total_chunks"] == ROWS // CHUNK
            resumed = client.get(f"/v1/jobs/{job_id}/download").content
            assert status(client, paused)["status"] == "paused"
            assert client.get(f"/v1/jobs/{small_id}/download").content == before
    finally:
        server.stop()

    reference = tmp_path / "reference.csv"
    lookalike.write("person", reference, rows=ROWS, seed=7)
    assert resumed == reference.read_bytes()
    leftovers = [p for p in (tmp_path / "home" / "jobs" / job_id).rglob("*") if p.is_file()]
    assert [p.name for p in leftovers] == ["people.csv"]  # parts and temporaries are gone
