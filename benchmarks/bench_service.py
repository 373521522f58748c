"""Service benchmark: ``POST /v1/stream`` and a job against the CLI, with the server's peak RSS.

In one run, for the ``person`` template (en_GB, seed 42):

- the CLI (``lookalike generate ... -o file``, its default workers and ``--workers 1``)
  writing N rows of CSV to a file;
- ``POST /v1/stream`` of the same N rows as CSV over loopback, the client (curl) writing
  the body to a file; the server generates each stream on a few threads;
- a job of the same N rows (``POST /v1/jobs``, polled until completed), made on worker
  processes on all cores (``LOOKALIKE_JOB_PROCESSES=0``), as the CLI does by default;
- the server's peak RSS (VmHWM) after start, after a small stream and after the big one,
  to show that memory stays flat.

    uv run python benchmarks/bench_service.py            # 10M rows, updates docs/benchmarks.md
    uv run python benchmarks/bench_service.py --quick    # 1M rows, prints results only
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
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


def main() -> None:
    """Run the comparison and (unless --quick) record it in docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1M rows; print only")
    parser.add_argument("--rows", type=int, default=None)
    args = parser.parse_args()
    rows = args.rows or (1_000_000 if args.quick else 10_000_000)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        cli_default = cli(rows, folder / "cli.csv", None)
        cli_one = cli(rows, folder / "cli1.csv", 1)
        limits = {
            "LOOKALIKE_MAX_STREAM_ROWS": str(rows),
            "LOOKALIKE_MAX_ROWS_PER_JOB": str(rows),
            "LOOKALIKE_JOB_PROCESSES": "0",  # jobs on all cores, as the CLI's default
        }
        with ServerProcess(folder / "home", dev=True, env=limits) as server:
            assert server.process is not None
            pid = server.process.pid
            with server.client() as client:
                rss_start = peak_rss_mb(pid)
                stream(client, 1_000_000, folder / "small.csv")
                rss_small = peak_rss_mb(pid)
                streamed = stream(client, rows, folder / "stream.csv")
                rss_stream = peak_rss_mb(pid)
                same = (folder / "stream.csv").read_bytes() == (folder / "cli.csv").read_bytes()
                (folder / "stream.csv").unlink()
                made = job(client, rows)
                rss_job = peak_rss_mb(pid)
    results = {
        "rows": rows,
        "cli": cli_default,
        "cli_1_worker": cli_one,
        "stream": streamed,
        "job": made,
        "stream_identical_to_cli": same,
        "server_peak_rss_mb": {
            "started": rss_start,
            "after_1m_stream": rss_small,
            "after_stream": rss_stream,
            "after_job": rss_job,
        },
    }
    for name, value in results.items():
        print(f"{name}: {value}")
    if args.quick or args.rows:
        return
    ratio = streamed["rows_per_s"] / cli_default["rows_per_s"]
    ratio_one = streamed["rows_per_s"] / cli_one["rows_per_s"]
    job_ratio = made["seconds"] / cli_default["seconds"]
    job_ratio_one = made["seconds"] / cli_one["seconds"]
    lines = [
        f"Machine: {machine()}. `person` template, en_GB, seed 42, {rows:,} rows of CSV.",
        "",
        "| What | Seconds | Rows/s | vs CLI (default workers) | vs CLI (--workers 1) |",
        "|------|--------:|-------:|------:|------:|",
        f"| CLI, default workers | {cli_default['seconds']:.1f} | "
        f"{cli_default['rows_per_s']:,.0f} | 1.00 | |",
        f"| CLI, --workers 1 | {cli_one['seconds']:.1f} | {cli_one['rows_per_s']:,.0f} | | 1.00 |",
        f"| POST /v1/stream (loopback) | {streamed['seconds']:.1f} | "
        f"{streamed['rows_per_s']:,.0f} | {ratio:.2f} x rate | {ratio_one:.2f} x rate |",
        f"| job (create to completed) | {made['seconds']:.1f} | {made['rows_per_s']:,.0f} | "
        f"{job_ratio:.2f} x time | {job_ratio_one:.2f} x time |",
        "",
        f"Stream body byte-identical to the CLI's file: {'yes' if same else 'NO'}. Server peak "
        f"RSS: {rss_start:.0f} MB after start, {rss_small:.0f} MB after a 1M-row stream, "
        f"{rss_stream:.0f} MB after the {rows:,}-row stream, {rss_job:.0f} MB after the job.",
    ]
    replace_section("service", "Service (stream and jobs)", lines)


if __name__ == "__main__":
    main()
