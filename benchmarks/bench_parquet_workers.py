"""Parquet (or Arrow IPC) on one and two worker processes: does encoding scale with the cores?

Writes examples/base-types.yaml as Parquet (snappy, the default, and zstd; or
with ``--format arrow``, Arrow IPC uncompressed and zstd) with
``workers=1`` (this process generates, encodes and writes), ``workers=2``
(worker processes encode their own row groups and place them; the parent
joins the footers) and the default, in alternating rounds, each run a fresh
child process (``bench_core.child_generate``). Reports median wall seconds,
CPU seconds (parent and workers) and the speed-up of two workers over one
measured in the same round, so the shared machine's drift falls on both.

    uv run python benchmarks/bench_parquet_workers.py             # 10M rows, updates the doc
    uv run python benchmarks/bench_parquet_workers.py --rows 2000000 --no-doc
    uv run python benchmarks/bench_parquet_workers.py --format arrow
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
from pathlib import Path
from typing import Any

from harness import machine, replace_section, run_child

#: (name, workers, child): "2 workers, parent encodes" is the path before workers encoded
#: Parquet (blocks handed to the parent, which encodes them all), for comparison.
CONTENDERS: list[tuple[str, int | None, str]] = [
    ("1 worker", 1, "generate"),
    ("2 workers", 2, "generate"),
    ("2 workers, parent encodes", 2, "spooled"),
    ("default", None, "generate"),
]


def child_spooled(**options: Any) -> dict[str, Any]:
    """Runs inside the child: ``bench_core.child_generate`` with pieces turned off."""
    import bench_core

    import lookalike.pipeline

    lookalike.pipeline._piece_encoder = lambda *_: None
    result: dict[str, Any] = bench_core.child_generate(**options)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds (median kept)")
    parser.add_argument("--no-doc", action="store_true", help="print only")
    parser.add_argument("--format", choices=["parquet", "arrow"], default="parquet")
    args = parser.parse_args()
    fmt = args.format
    plain = "snappy" if fmt == "parquet" else "none"
    lines = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        for compression in (None, "zstd"):
            out = str(Path(scratch) / (f"out.{fmt}" + (".zst" if compression else "")))
            runs: dict[str, list[dict[str, Any]]] = {}
            for _ in range(args.repeat):
                for name, workers, child in CONTENDERS:
                    module = "bench_core" if child == "generate" else "bench_parquet_workers"
                    run = run_child(
                        module, child, rows=args.rows, fmt=fmt, workers=workers, out=out
                    )
                    runs.setdefault(name, []).append(run)
                    print(f"{compression or plain:6} {name:26} {run['seconds']:6.2f} s "
                          f"CPU {run['user_s'] + run['sys_s']:6.2f} s")  # fmt: skip
            lines += _rows(compression or plain, args.rows, runs)
    load = f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    print(f"load average (1 min): {load}")
    if not args.no_doc:
        _write_doc(lines, args.rows, args.repeat, load, fmt)


def _rows(codec: str, rows: int, runs: dict[str, list[dict[str, Any]]]) -> list[str]:
    """One table row per contender: medians, and per-round speed-ups over one worker."""
    alone = runs["1 worker"]
    out = []
    for name, done in runs.items():
        wall = statistics.median(r["seconds"] for r in done)
        cpu = statistics.median(r["user_s"] + r["sys_s"] for r in done)
        workers_cpu = statistics.median(r["worker_cpu_s"] for r in done)
        ratios = [a["seconds"] / r["seconds"] for a, r in zip(alone, done, strict=True)]
        out.append(
            f"| {codec} | {name} | {rows:,} | {wall:.2f} | {rows / wall / 1e6:.2f}M "
            f"| {cpu:.2f} ({workers_cpu:.2f}) | {cpu / wall:.2f} "
            f"| **{statistics.median(ratios):.2f}x** | {_bound(alone, done)} "
            f"| {', '.join(f'{x:.2f}' for x in ratios)} |"
        )
    return out


def _bound(alone: list[dict[str, Any]], done: list[dict[str, Any]]) -> str:
    """The speed-up the CPU seconds allow on two free cores, per round: one worker's CPU
    over the parent's CPU plus half the workers' (the parent's counted as serial).
    Only for runs on worker processes (a two-thread run's CPU cannot be split)."""
    if not any(r["worker_cpu_s"] for r in done):
        return "-"
    bounds = []
    for a, r in zip(alone, done, strict=True):
        parent = r["user_s"] + r["sys_s"] - r["worker_cpu_s"]
        bounds.append((a["user_s"] + a["sys_s"]) / (parent + r["worker_cpu_s"] / 2))
    return f"{statistics.median(bounds):.2f}x"


def _write_doc(lines: list[str], rows: int, repeat: int, load: str, fmt: str) -> None:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    title = "Parquet" if fmt == "parquet" else "Arrow IPC"
    flag = "" if fmt == "parquet" else " --format arrow"
    replace_section(
        f"{fmt}-workers",
        f"{title} on worker processes",
        [
            f"Measured {when} by `benchmarks/bench_parquet_workers.py{flag}` on {machine()}: "
            f"examples/base-types.yaml, {rows:,} rows, {repeat} alternating rounds, each run a "
            "fresh process; medians. Speed-up is one worker's wall time over this one's in the "
            "same round (median of rounds; every round in the last column). CPU is parent and "
            "workers together (workers in brackets); cores used is CPU over wall. CPU-bound "
            "speed-up: one worker's CPU seconds over the parent's plus half the workers' in "
            "the same round (what two free cores would give; the parent counted as serial). "
            "The machine "
            f"is shared: load average {load} (2 cores).",
            "",
            "| codec | workers | rows | seconds | rows/s | CPU s (workers) | cores used "
            "| speed-up over 1 | CPU-bound speed-up | every round |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
            *lines,
        ],
    )


if __name__ == "__main__":
    main()
