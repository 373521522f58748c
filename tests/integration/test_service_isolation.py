"""A job runs in a process of its own: its crash loses that attempt only, never the server,
and every process the server started dies with it."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path
from typing import Any

import httpx
import psutil

import lookalike
from lookalike.executors import process_names
from support.server_process import ServerProcess

#: The tests poll the job's status many times a minute: above the default rate limit.
POLLING = {"LOOKALIKE_REQUESTS_PER_MINUTE": "100000"}


def _status(client: httpx.Client, job_id: str) -> dict[str, Any]:
    answer = client.get(f"/v1/jobs/{job_id}")
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _until(check: Any, what: str, seconds: float = 120) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def _until_status(client: httpx.Client, job_id: str, wanted: set[str]) -> dict[str, Any]:
    """The job's status once it is one of ``wanted``; on timeout, the last one seen."""
    seen: list[dict[str, Any]] = []

    def check() -> dict[str, Any] | None:
        seen[:] = [_status(client, job_id)]
        return seen[0] if seen[0]["status"] in wanted else None

    try:
        found: dict[str, Any] = _until(check, f"the job to be {' or '.join(sorted(wanted))}")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; last seen: {seen}") from None
    return found


def _job_process(server: ServerProcess) -> int:
    """The process running the server's job, by the name it gives itself."""

    def find() -> int | None:
        for pid in server.descendants():
            with contextlib.suppress(psutil.NoSuchProcess):
                if psutil.Process(pid).name() == process_names.JOB:
                    return pid
        return None

    found: int = _until(find, "the job's process")
    return found


def test_a_job_whose_process_dies_without_progress_fails_at_once(tmp_path: Path) -> None:
    with (
        ServerProcess(tmp_path, env={"LOOKALIKE_WORKERS": "1", **POLLING}) as server,
        server.client() as client,
    ):
        # One chunk of Faker sentences (the slow passthrough, seconds even on a fast machine):
        # no progress is recorded before the kill.
        fields = {"s": {"kind": "faker", "method": "sentence"}}
        spec = {"tables": {"t": {"rows": 300_000, "fields": fields}}}
        request = {"spec": spec, "seed": 1, "chunk_size": 300_000}
        job_id = client.post("/v1/jobs", json=request).json()["job_id"]
        _until(lambda: _status(client, job_id)["status"] == "generating", "the job to start")
        os.kill(_job_process(server), signal.SIGSEGV)
        failed = _until_status(client, job_id, {"failed"})
        assert "died (signal SIGSEGV) before finishing a chunk" in failed["error"]
        assert "not retried" in failed["error"]
        assert client.get("/health").status_code == 200  # the server lives on
        small = client.post("/v1/jobs", json={"template": "user", "rows": 100, "seed": 2})
        small_id = small.json()["job_id"]
        _until(lambda: _status(client, small_id)["status"] == "completed", "the next job")


def test_a_job_whose_process_dies_after_progress_resumes(tmp_path: Path) -> None:
    rows, chunk = 600_000, 20_000
    env = {"LOOKALIKE_WORKERS": "1", "LOOKALIKE_JOB_SYNC_SECONDS": "0.05", **POLLING}
    with ServerProcess(tmp_path, env=env) as server, server.client() as client:
        request = {"template": "person", "rows": rows, "seed": 4, "chunk_size": chunk}
        job_id = client.post("/v1/jobs", json=request).json()["job_id"]
        _until(lambda: _status(client, job_id)["chunks_completed"] >= 2, "some progress")
        os.kill(_job_process(server), signal.SIGKILL)
        done = _until_status(client, job_id, {"completed", "failed"})
        assert done["status"] == "completed", done
        body = client.get(f"/v1/jobs/{job_id}/download").content
    reference = tmp_path / "reference.csv"
    lookalike.write("person", reference, rows=rows, seed=4)
    assert body == reference.read_bytes()


def test_every_process_dies_with_a_killed_server(tmp_path: Path) -> None:
    env = {"LOOKALIKE_WORKERS": "2", "LOOKALIKE_JOB_PROCESSES": "2", **POLLING}
    server = ServerProcess(tmp_path, env=env).start()
    try:
        with server.client() as client:
            for seed in (1, 2):
                client.post(
                    "/v1/jobs", json={"template": "person", "rows": 3_000_000, "seed": seed}
                )
            _until(lambda: len(server.descendants()) >= 4, "jobs' worker processes")
        started = server.descendants()
    finally:
        server.kill()
    _until(lambda: not any(psutil.pid_exists(p) and psutil.Process(p).status() != "zombie"
                           for p in started), "the server's processes to end", 30)  # fmt: skip
