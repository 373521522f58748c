"""Jobs on Celery against jobs in the server, with real Redis and real worker processes.

In one run (base-types, CSV, seed 5):

- the same N-row job three ways, each timed from ``POST /v1/jobs`` to ``completed``
  after a warm-up job: in the server (the default: two threads of the server's job
  process), on one ``lookalike worker`` (solo pool), and on two;
- the overhead per block of going through Celery: M tasks of 10 rows each, sent one
  at a time and waited for (Redis round trips, the token check, a spool file), mean,
  against the same 10-row block made in this process (``run_task``, as the server's
  job process makes it), mean;
- kill -9: K jobs, a worker killed during each one just after it took a block; how
  many completed, were lost, held duplicated rows, and were byte-identical to
  ``lookalike.write`` of the same spec.

    uv run python benchmarks/bench_celery.py             # 10M rows, 10 kill jobs, updates the docs
    uv run python benchmarks/bench_celery.py --quick     # 300k rows, 2 kill jobs, prints only
    uv run python benchmarks/bench_celery.py --rows 2000000 --kills 0   # other sizes, printed
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import machine, replace_section

import lookalike
from support.celery_worker import WorkerProcess, celery_env, drop_queue
from support.server_process import ServerProcess

SPEC: dict[str, Any] = {"tables": {"orders": {"rows": 1, "fields": {
    "id": {"kind": "sequence"},
    "customer": {"kind": "person", "attribute": "full_name"},
    "amount": {"kind": "decimal", "min_value": 1, "max_value": 5000, "scale": 2},
    "placed": {"kind": "date", "min_value": "2024-01-01", "max_value": "2025-12-31"},
}}}}  # fmt: skip


def _finished(client: Any, job_id: str, timeout: float) -> dict[str, Any]:
    """Poll the job (10 times a second: the request limit is per minute) until it ends."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = client.get(f"/v1/jobs/{job_id}")
        state: dict[str, Any] = answer.json()
        if answer.status_code == 429:
            time.sleep(1.0)
            continue
        if "status" not in state:
            raise RuntimeError(f"job {job_id}: {answer.status_code} {state}")
        if state["status"] in ("completed", "failed"):
            return state
        time.sleep(0.1)
    raise RuntimeError(f"job {job_id} did not finish in {timeout} s")


def _job(server: ServerProcess, rows: int, *, download: bool = True) -> tuple[float, str, bytes]:
    with server.client() as client:
        body = {"spec": SPEC, "rows": rows, "seed": 5, "format": "csv"}
        started = time.perf_counter()
        job_id = client.post("/v1/jobs", json=body).json()["job_id"]
        state = _finished(client, job_id, 1800)
        seconds = time.perf_counter() - started
        content = client.get(f"/v1/jobs/{job_id}/download").content if download else b""
    return seconds, state["status"], content


#: A first job of this many rows warms every worker up (imports, name pools), so the timed
#: job measures running, not starting; each worker holds up to 4 of its 8 blocks.
WARM_UP_ROWS = 8 * 65_536


def timed_jobs(home: Path, rows: int) -> dict[str, float]:
    """The same job in the server, on one worker, on two (each after a warm-up job)."""
    times = {}
    with ServerProcess(home / "local", env={"LOOKALIKE_EXECUTOR": "local"}) as server:
        _job(server, WARM_UP_ROWS, download=False)
        times["in the server"] = _job(server, rows, download=False)[0]
        print(f"in the server: {times['in the server']:.1f} s", flush=True)
    for count in (1, 2):
        env = celery_env(home / f"celery{count}")
        workers = [WorkerProcess(home / f"celery{count}", env, name=f"w{i}").start()
                   for i in range(count)]  # fmt: skip
        try:
            with ServerProcess(home / f"celery{count}", env=env) as server:
                _job(server, WARM_UP_ROWS, download=False)
                name = f"Celery, {count} worker{'s' if count > 1 else ''}"
                times[name] = _job(server, rows, download=False)[0]
                print(f"{name}: {times[name]:.1f} s", flush=True)
        finally:
            for worker in workers:
                worker.stop()
            drop_queue(env)
    return times


def in_process_block(tasks: int) -> float:
    """Mean seconds of the same 10-row block made in this process, as a job's process
    makes its blocks in the server (after one to plan and warm up)."""
    from lookalike.executors.base import Task, run_task

    plan = lookalike.resolve({**SPEC, "tables": {"orders": {**SPEC["tables"]["orders"],
                             "rows": 10}}}, seed=5)  # fmt: skip
    seconds = []
    for _ in range(tasks):
        started = time.perf_counter()
        run_task(plan, Task("orders", 0, 0, 10), None)
        seconds.append(time.perf_counter() - started)
    return statistics.mean(seconds[1:])


def overhead_per_block(home: Path, tasks: int) -> float:
    """Mean seconds of one 10-row block sent through Celery and waited for."""
    from lookalike.jobs import tasks as celery_tasks
    from lookalike.jobs.chunks import pin
    from lookalike.jobs.store import JobStore

    env = celery_env(home / "overhead")
    worker = WorkerProcess(home / "overhead", env, name="w").start()
    os.environ.update(env)
    try:
        chosen = celery_tasks.configure()
        chosen.home.mkdir(parents=True, exist_ok=True)
        store = JobStore(chosen.resolved_database_url)
        when = "2026-01-01T00:00:00+00:00"
        stored = pin({**SPEC, "seed": 5}, rows=10, seed=5, reference_time=when)
        store.create_job(owner="bench", spec=stored, format="csv", compression=None,
                         chunk_rows=65_536, total_rows=10, total_chunks=1)  # fmt: skip
        lease = store.lease("bench", lease_seconds=600, max_attempts=3)
        assert lease is not None
        seconds = []
        for number in range(tasks):
            started = time.perf_counter()
            answer = celery_tasks.app.send_task(
                "lookalike.block", args=[lease.job.id, lease.fence, "orders", 0, 0, 10],
                queue=chosen.celery_queue,
            ).get(timeout=60)  # fmt: skip
            seconds.append(time.perf_counter() - started)
            Path(answer["path"]).unlink(missing_ok=True)
            del number
        store.close()
    finally:
        worker.stop()
        drop_queue(env)
    return statistics.mean(seconds[1:])  # the first one plans the job in the worker


def kill_jobs(home: Path, rows: int, jobs: int) -> dict[str, int]:
    """K jobs, a worker killed -9 in each; what became of them."""
    env = celery_env(home / "kill", LOOKALIKE_CELERY_VISIBILITY_SECONDS="3")
    reference_file = home / "reference.csv"
    lookalike.write(SPEC, reference_file, rows=rows, seed=5)
    reference = reference_file.read_bytes()
    counts = {"completed": 0, "lost": 0, "duplicated": 0, "identical": 0}
    survivors = [WorkerProcess(home / "kill", env, name=f"w{i}").start() for i in range(2)]
    try:
        with ServerProcess(home / "kill", env=env) as server:
            for number in range(jobs):
                victim = WorkerProcess(home / "kill", env, name=f"victim{number}").start()
                with server.client() as client:
                    body = {"spec": SPEC, "rows": rows, "seed": 5, "format": "csv"}
                    job_id = client.post("/v1/jobs", json=body).json()["job_id"]
                    victim.wait_for("Task lookalike.block[", timeout=300)
                    victim.kill()
                    state = _finished(client, job_id, 600)
                    if state["status"] != "completed":
                        counts["lost"] += 1
                        continue
                    counts["completed"] += 1
                    content = client.get(f"/v1/jobs/{job_id}/download").content
                    counts["identical"] += content == reference
                    counts["duplicated"] += content.count(b"\n") > reference.count(b"\n")
    finally:
        for worker in survivors:
            worker.stop()
        drop_queue(env)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rows", type=int, help="rows of the timed job (default 10M)")
    parser.add_argument("--kills", type=int, help="jobs with a worker killed (default 10)")
    args = parser.parse_args()
    rows, kills, kill_rows = (300_000, 2, 200_000) if args.quick else (10_000_000, 10, 300_000)
    rows = args.rows or rows
    kills = kills if args.kills is None else args.kills
    record = not args.quick and args.rows is None and args.kills is None
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        times = timed_jobs(home, rows)
        overhead = overhead_per_block(home, 50)
        local_block = in_process_block(50)
        killed = kill_jobs(home, kill_rows, kills) if kills else None
    load_after = os.getloadavg()[0]
    blocks = -(-rows // 65_536)
    base = times["in the server"]
    one, two = times["Celery, 1 worker"], times["Celery, 2 workers"]
    lines = [
        f"{machine()}; {dt.date.today().isoformat()}; one run, Redis 127.0.0.1, workers with "
        "the solo pool (one block at a time each), the server and workers on the same 2 cores. "
        f"A shared VM, other agents' work running on it (load average {load_before:.1f} at the "
        f"start, {load_after:.1f} at the end): read the ratios, all from this one run.",
        "",
        f"A {rows:,}-row job ({blocks} blocks, CSV, four columns with names), POST to completed, "
        f"after a {WARM_UP_ROWS:,}-row job warmed the workers up:",
        "",
        "| where the blocks are made | seconds | against the server |",
        "| --- | ---: | ---: |",
        *[f"| {name} | {sec:.1f} | {sec / base:.2f}x |" for name, sec in times.items()],
        "",
        f"Two workers against one: {one / two:.2f}x faster. Per block of the job, Celery "
        f"with one worker spends {(one - base) / blocks * 1000:.0f} ms more than the server "
        f"({one / blocks * 1000:.0f} against {base / blocks * 1000:.0f} ms a block).",
        "",
        f"A 10-row block through Celery costs {overhead * 1000:.1f} ms round trip (mean of 49: "
        "send, the worker's token check in the store, the block, its spool file, the result "
        f"back through Redis); the same block made in-process, as the server's job process "
        f"makes it, {local_block * 1000:.2f} ms (mean of 49). So the hand-over itself costs "
        f"about {(overhead - local_block) * 1000:.1f} ms a block; on one machine it is most of "
        "a Celery block's cost. Celery is for more machines than one, not for speed on one.",
    ]
    if killed is not None:
        lines += [
            "",
            f"kill -9 of a worker during each of {kills} jobs ({kill_rows:,} rows each, "
            f"visibility timeout 3 s): {killed['completed']} completed, {killed['lost']} lost, "
            f"{killed['duplicated']} with duplicated rows, {killed['identical']} byte-identical "
            "to `lookalike.write`.",
        ]
    print("\n".join(lines))
    if record:
        replace_section("celery", "Jobs on Celery workers", lines)


if __name__ == "__main__":
    main()
