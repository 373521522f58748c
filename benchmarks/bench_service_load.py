"""Service under load: 50 concurrent jobs and 20 concurrent streams on the SQLite store.

Issue 13 saw two "database is locked" 500s and a 29.7 s ``/health`` under this load.
This script starts a real ``lookalike serve --dev`` (SQLite store, two job workers,
limits raised so that every request is admitted), then at once:

- creates 50 jobs (``person``, ``--job-rows`` rows each, CSV, chunks of 5,000) from
  50 threads, and polls the job list until every job has finished;
- opens 20 streams (``person``, ``--stream-rows`` rows each, CSV) from 20 threads,
  each reading its whole body;
- polls ``/health`` every 0.2 s from another thread, timing each answer.

It reports every HTTP status seen (any 5xx is a failure), the jobs' outcomes, the
streams' bytes, and ``/health``'s latency (median, 95th percentile, worst).

    uv run python benchmarks/bench_service_load.py            # 20k-row jobs, 200k-row streams; docs
    uv run python benchmarks/bench_service_load.py --quick    # 50 x 2k, 20 x 20k; prints only
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from harness import machine, replace_section

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from support.server_process import ServerProcess

JOBS, STREAMS = 50, 20


class Tally:
    """Status codes seen, from every thread."""

    def __init__(self) -> None:
        self.codes: collections.Counter[int] = collections.Counter()
        self.lock = threading.Lock()

    def add(self, code: int) -> None:
        with self.lock:
            self.codes[code] += 1


def _health(url: str, stop: threading.Event, tally: Tally, latencies: list[float]) -> None:
    with httpx.Client(base_url=url, timeout=120) as client:
        while not stop.is_set():
            began = time.perf_counter()
            try:
                tally.add(client.get("/health").status_code)
            except httpx.HTTPError:
                tally.add(0)
            latencies.append(time.perf_counter() - began)
            stop.wait(0.2)


def _create(url: str, rows: int, tally: Tally, ids: list[str], start: threading.Barrier) -> None:
    body = {"template": "person", "rows": rows, "seed": 7, "format": "csv", "chunk_size": 5000}
    start.wait()
    with httpx.Client(base_url=url, timeout=300) as client:
        answer = client.post("/v1/jobs", json=body)
        tally.add(answer.status_code)
        if answer.status_code == 202:
            ids.append(answer.json()["job_id"])


def _stream(url: str, rows: int, tally: Tally, sizes: list[int], start: threading.Barrier) -> None:
    body = {"template": "person", "rows": rows, "seed": 3, "format": "csv"}
    start.wait()
    with (
        httpx.Client(base_url=url, timeout=600) as client,
        client.stream("POST", "/v1/stream", json=body) as answer,
    ):
        tally.add(answer.status_code)
        sizes.append(sum(len(piece) for piece in answer.iter_bytes()))


def _wait_for_jobs(url: str, ids: list[str], tally: Tally) -> dict[str, int]:
    with httpx.Client(base_url=url, timeout=300) as client:
        while True:
            answer = client.get("/v1/jobs", params={"page_size": 100})
            tally.add(answer.status_code)
            if answer.status_code == 200:
                states = collections.Counter(
                    j["status"] for j in answer.json()["jobs"] if j["job_id"] in ids
                )
                if sum(states[s] for s in ("completed", "failed", "cancelled")) == len(ids):
                    return dict(states)
            time.sleep(0.5)


def run(job_rows: int, stream_rows: int) -> dict[str, Any]:
    """One load run; what it saw."""
    env = {
        "LOOKALIKE_MAX_CONCURRENT_JOBS": "100",
        "LOOKALIKE_MAX_CONCURRENT_STREAMS": "50",
        "LOOKALIKE_REQUESTS_PER_MINUTE": "1000000",
    }
    tally, latencies, ids, sizes = Tally(), [], [], []  # type: ignore[var-annotated]
    home = Path(tempfile.mkdtemp(prefix="lookalike_load_"))
    with ServerProcess(home, env=env) as server:
        stop = threading.Event()
        poller = threading.Thread(target=_health, args=(server.url, stop, tally, latencies))
        poller.start()
        began = time.perf_counter()
        start = threading.Barrier(JOBS + STREAMS)
        threads = [
            threading.Thread(target=_create, args=(server.url, job_rows, tally, ids, start))
            for _ in range(JOBS)
        ] + [
            threading.Thread(target=_stream, args=(server.url, stream_rows, tally, sizes, start))
            for _ in range(STREAMS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        streams_done = time.perf_counter() - began
        states = _wait_for_jobs(server.url, ids, tally)
        elapsed = time.perf_counter() - began
        stop.set()
        poller.join()
    return {
        "codes": dict(sorted(tally.codes.items())),
        "server_errors": sum(n for code, n in tally.codes.items() if code >= 500 or code == 0),
        "jobs": states,
        "jobs_accepted": len(ids),
        "streams": len(sizes),
        "stream_bytes": sum(sizes),
        "streams_seconds": streams_done,
        "seconds": elapsed,
        "health": {
            "count": len(latencies),
            "median": statistics.median(latencies),
            "p95": statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else 0.0,
            "max": max(latencies),
        },
    }


def _lines(result: dict[str, Any], job_rows: int, stream_rows: int) -> list[str]:
    health = result["health"]
    codes = ", ".join(f"{code}: {n}" for code, n in result["codes"].items())
    return [
        f"Machine: {machine()}. Run {dt.date.today().isoformat()}, a shared VM with other "
        "agents' work on it (load varies from minute to minute).",
        "",
        f"{JOBS} jobs of {job_rows:,} `person` rows (CSV, chunks of 5,000) and {STREAMS} "
        f"streams of {stream_rows:,} rows, all started at once against `lookalike serve "
        "--dev` on its SQLite store, two job workers; `/health` polled every 0.2 s meanwhile.",
        "",
        "| What | Figure |",
        "|------|-------:|",
        f"| HTTP answers 5xx (or no answer) | {result['server_errors']} |",
        f"| jobs accepted / completed | {result['jobs_accepted']} / "
        f"{result['jobs'].get('completed', 0)} |",
        f"| streams finished, bytes | {result['streams']}, {result['stream_bytes']:,} |",
        f"| streams all done after | {result['streams_seconds']:.1f} s |",
        f"| every job finished after | {result['seconds']:.1f} s |",
        f"| `/health` answers | {health['count']} |",
        f"| `/health` median / 95th percentile / worst | {health['median'] * 1000:.0f} ms / "
        f"{health['p95'] * 1000:.0f} ms / {health['max'] * 1000:.0f} ms |",
        "",
        f"Status codes seen: {codes}.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small run, print only")
    parser.add_argument("--job-rows", type=int, default=None)
    parser.add_argument("--stream-rows", type=int, default=None)
    options = parser.parse_args()
    job_rows = options.job_rows or (2_000 if options.quick else 20_000)
    stream_rows = options.stream_rows or (20_000 if options.quick else 200_000)
    result = run(job_rows, stream_rows)
    lines = _lines(result, job_rows, stream_rows)
    print("\n".join(lines))
    if not options.quick:
        replace_section("service-load", "Service under load (SQLite store)", lines)
    if result["server_errors"]:
        raise SystemExit(f"{result['server_errors']} server errors")


if __name__ == "__main__":
    main()
