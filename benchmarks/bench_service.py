"""Service benchmark: ``POST /v1/stream`` and a job against the CLI, with the server's peak RSS.

In one run, for the ``person`` template (en_GB, seed 42):

- the CLI (``lookalike generate ... -o file``, its default workers and ``--workers 1``)
  writing N rows of CSV to a file;
- ``POST /v1/stream`` of the same N rows as CSV over loopback, the client (curl) writing
  the body to a file; the server generates each stream on a few threads;
- a job of the same N rows (``POST /v1/jobs``, polled until completed), made on worker
  processes on all cores (``LOOKALIKE_JOB_PROCESSES=0``), as the CLI does by default;
- the server's peak RSS (VmHWM) after start, after a small stream and after the big one,
  to show that memory stays flat, and its RSS once the job is done; and the peak of the
  whole process tree's RSS and PSS (the server, its forkserver, the stream's workers, each
  job's process and their workers, summed; PSS shares each page among the processes that
  map it, so it is what the tree really holds), sampled every 0.1 s while the stream, then
  the job, runs.

Each round runs all four in turn; the table shows medians over the rounds, every run
listed beside.

    uv run python benchmarks/bench_service.py            # 10M rows, 3 rounds, updates the docs
    uv run python benchmarks/bench_service.py --quick    # 1M rows, 1 round, prints results only
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from harness import machine, replace_section

from support.server_process import ServerProcess

ROOT = Path(__file__).resolve().parents[1]


def peak_rss_mb(pid: int) -> float:
    """A process's peak resident set (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_mb(pid: int) -> float:
    """A process's resident set now (VmRSS), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pss_mb(pid: int) -> float:
    """A process's proportional set (its own pages, and its share of shared ones), in MB."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class TreeMemory:
    """Samples the summed RSS and PSS of a process and all its descendants; keeps the
    peaks (MB)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0.0
        self.peak_pss = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        root = psutil.Process(self.pid)
        while not self._stop.wait(0.1):
            total = shared = 0.0
            for process in [root, *root.children(recursive=True)]:
                try:
                    total += process.memory_info().rss / 2**20
                    shared += pss_mb(process.pid)
                except (psutil.NoSuchProcess, FileNotFoundError, ProcessLookupError):
                    continue
            self.peak = max(self.peak, total)
            self.peak_pss = max(self.peak_pss, shared)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def cli(rows: int, out: Path, workers: int | None) -> dict[str, Any]:
    """Time the CLI writing ``rows`` person rows to ``out`` (a fresh process, as users run it)."""
    command = [
        sys.executable,
        "-m",
        "lookalike",
        "generate",
        "--template",
        "person",
        "--locale",
        "en_GB",
        "--rows",
        str(rows),
        "--seed",
        "42",
        "-o",
        str(out),
    ]
    if workers is not None:
        command += ["--workers", str(workers)]
    os.sync()  # each measurement starts without the previous one's dirty pages to flush
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows_per_s": rows / seconds, "bytes": out.stat().st_size}


def stream(client: httpx.Client, rows: int, out: Path) -> dict[str, Any]:
    """Time ``POST /v1/stream`` of ``rows`` person rows, written to ``out`` by the client.

    The client is curl when there is one (as a user would fetch a big body); a Python
    client on a 2-core machine takes a core away from the server.
    """
    request = {"template": "person", "locale": "en_GB", "rows": rows, "seed": 42, "format": "csv"}
    os.sync()
    started = time.perf_counter()
    if shutil.which("curl"):
        url = str(client.base_url).rstrip("/") + "/v1/stream"
        subprocess.run(
            [
                "curl",
                "-sS",
                "--fail",
                "-X",
                "POST",
                url,
                "-H",
                "Content-Type: application/json",
                "-d",
                json.dumps(request),
                "-o",
                str(out),
            ],
            check=True,
        )
    else:
        with client.stream("POST", "/v1/stream", json=request) as answer, open(out, "wb") as sink:
            answer.raise_for_status()
            for piece in answer.iter_raw(1 << 20):
                sink.write(piece)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows_per_s": rows / seconds, "bytes": out.stat().st_size}


def job(client: httpx.Client, rows: int) -> dict[str, Any]:
    """Time a job of ``rows`` person rows from creation to ``completed``."""
    request = {"template": "person", "locale": "en_GB", "rows": rows, "seed": 42, "format": "csv"}
    os.sync()
    started = time.perf_counter()
    job_id = client.post("/v1/jobs", json=request).json()["job_id"]
    while True:
        status = client.get(f"/v1/jobs/{job_id}").json()
        if status["status"] in {"completed", "failed"}:
            break
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if status["status"] != "completed":
        raise RuntimeError(f"job failed: {status['error']}")
    return {"seconds": seconds, "rows_per_s": rows / seconds}


def one_round(rows: int, folder: Path) -> dict[str, Any]:
    """CLI (default workers and one), stream and job, each once; with the memory figures."""
    cli_default = cli(rows, folder / "cli.csv", None)
    cli_one = cli(rows, folder / "cli1.csv", 1)
    limits = {
        "LOOKALIKE_MAX_STREAM_ROWS": str(rows),
        "LOOKALIKE_MAX_ROWS_PER_JOB": str(rows),
        "LOOKALIKE_JOB_PROCESSES": "0",  # jobs on all cores, as the CLI's default
    }
    with ServerProcess(folder / "home", dev=True, env=limits) as server:
        pid = server.pid
        with server.client() as client:
            rss_start = peak_rss_mb(pid)
            idle_tree_pss = sum(pss_mb(p) for p in [pid, *server.descendants()])
            stream(client, 1_000_000, folder / "small.csv")
            rss_small = peak_rss_mb(pid)
            with TreeMemory(pid) as tree:
                streamed = stream(client, rows, folder / "stream.csv")
            rss_stream = peak_rss_mb(pid)
            same = (folder / "stream.csv").read_bytes() == (folder / "cli.csv").read_bytes()
            (folder / "stream.csv").unlink()
            with TreeMemory(pid) as job_tree:
                made = job(client, rows)
            rss_job = peak_rss_mb(pid)
            rss_now = rss_mb(pid)
    shutil.rmtree(folder / "home", ignore_errors=True)
    return {
        "cli": cli_default, "cli_1_worker": cli_one, "stream": streamed, "job": made,
        "stream_identical_to_cli": same,
        "server_peak_rss_mb": {"started": rss_start, "after_1m_stream": rss_small,
                               "after_stream": rss_stream, "after_job": rss_job},
        "server_rss_mb_at_end": rss_now, "idle_tree_pss_mb": idle_tree_pss,
        "tree_peak_rss_mb": max(tree.peak, job_tree.peak),
        "stream_tree_peak_mb": {"rss": tree.peak, "pss": tree.peak_pss},
        "job_tree_peak_mb": {"rss": job_tree.peak, "pss": job_tree.peak_pss},
    }  # fmt: skip


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key]["seconds"] for r in runs))


def main() -> None:
    """Run the comparison in rounds and (unless --quick) record it in docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1M rows, 1 round; print only")
    parser.add_argument("--rows", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=None)
    args = parser.parse_args()
    rows = args.rows or (1_000_000 if args.quick else 10_000_000)
    rounds = args.rounds or (1 if args.quick else 3)
    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        for number in range(rounds):
            runs.append(one_round(rows, Path(scratch)))
            print(f"round {number + 1}: {json.dumps(runs[-1])}", flush=True)
    if args.quick or args.rows:
        return
    seconds = {k: _median(runs, k) for k in ("cli", "cli_1_worker", "stream", "job")}
    every = {k: ", ".join(f"{r[k]['seconds']:.1f}" for r in runs) for k in seconds}
    memory = max(runs, key=lambda r: r["tree_peak_rss_mb"])
    rss = memory["server_peak_rss_mb"]
    lines = [
        f"Machine: {machine()}. `person` template, en_GB, seed 42, {rows:,} rows of CSV; "
        f"medians of {rounds} rounds (every run in brackets), whole processes.",
        "",
        "| What | Seconds | Rows/s | vs CLI (default workers) | vs CLI (--workers 1) |",
        "|------|--------:|-------:|------:|------:|",
        f"| CLI, default workers | {seconds['cli']:.1f} ({every['cli']}) | "
        f"{rows / seconds['cli']:,.0f} | 1.00 | |",
        f"| CLI, --workers 1 | {seconds['cli_1_worker']:.1f} ({every['cli_1_worker']}) | "
        f"{rows / seconds['cli_1_worker']:,.0f} | | 1.00 |",
        f"| POST /v1/stream (loopback) | {seconds['stream']:.1f} ({every['stream']}) | "
        f"{rows / seconds['stream']:,.0f} | {seconds['cli'] / seconds['stream']:.2f} x rate | "
        f"{seconds['cli_1_worker'] / seconds['stream']:.2f} x rate |",
        f"| job (create to completed) | {seconds['job']:.1f} ({every['job']}) | "
        f"{rows / seconds['job']:,.0f} | {seconds['job'] / seconds['cli']:.2f} x time | "
        f"{seconds['job'] / seconds['cli_1_worker']:.2f} x time |",
        "",
        f"Stream body byte-identical to the CLI's file in every round: "
        f"{'yes' if all(r['stream_identical_to_cli'] for r in runs) else 'NO'}. Server peak RSS "
        f"(largest round): {rss['started']:.0f} MB after start, {rss['after_1m_stream']:.0f} MB "
        f"after a 1M-row stream, {rss['after_stream']:.0f} MB after the {rows:,}-row stream, "
        f"{rss['after_job']:.0f} MB after the job; its RSS then was "
        f"{memory['server_rss_mb_at_end']:.0f} MB. The whole process tree (server, sandbox, "
        f"forkserver, the stream's workers or the job's process and its workers, summed) held "
        f"{memory['idle_tree_pss_mb']:.0f} MB PSS after start, and peaked at "
        f"{memory['stream_tree_peak_mb']['pss']:.0f} MB PSS "
        f"({memory['stream_tree_peak_mb']['rss']:.0f} MB RSS, shared pages counted in each "
        f"process) during the stream and {memory['job_tree_peak_mb']['pss']:.0f} MB PSS "
        f"({memory['job_tree_peak_mb']['rss']:.0f} MB RSS) during the job.",
    ]
    replace_section("service", "Service (stream and jobs)", lines)


if __name__ == "__main__":
    main()
