"""TPC-H: lookalike's examples/tpch spec against tpchgen-cli, the Rust TPC-H generator.

Both generate the same scale factor: lineitem alone and all eight tables, as CSV and
as Parquet (both Snappy-compressed by default), on one thread and on all cores. Every
run is a whole process from a fresh start (``lookalike generate`` and ``tpchgen-cli``
as a user would type them, so start-up counts), timed from outside; the two tools
alternate within each round (which goes first flips every round) so a noisy
neighbour hits both alike. The table shows medians, the ratio of lookalike's median
to tpchgen-cli's, the CPU seconds each process (and its children) used, and the bytes
written.

    uv run python benchmarks/bench_tpch.py                 # SF 1, 3 rounds, updates docs
    uv run python benchmarks/bench_tpch.py --quick         # SF 0.1, 1 round, prints only
    uv run python benchmarks/bench_tpch.py --cases lineitem-csv-1 --rounds 5
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from harness import machine, replace_section

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "examples" / "tpch" / "tpch.yaml"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Case:
    """One comparison: which tables, which format, how many threads."""

    tables: str  # "lineitem" or "all"
    fmt: str  # "csv" or "parquet"
    threads: int

    @property
    def name(self) -> str:
        return f"{self.tables}-{self.fmt}-{self.threads}"

    def tpchgen(self, scale: float, out: Path) -> list[str]:
        command = [str(BIN / "tpchgen-cli"), self.fmt, "-s", str(scale), "-o", str(out)]
        command += ["--num-threads", str(self.threads)]
        return command + (["--tables", "lineitem"] if self.tables == "lineitem" else [])

    def lookalike(self, scale: float, out: Path) -> list[str]:
        command = [str(BIN / "lookalike"), "generate", str(SPEC), "--scale", str(scale), "-q"]
        command += ["--workers", str(self.threads)]
        if self.tables == "lineitem":
            return [*command, "--table", "lineitem", "-o", str(out / f"lineitem.{self.fmt}")]
        return [*command, "-o", str(out), "--format", self.fmt]


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float
    bytes_written: int


#: As a user's install runs: Python may keep compiled bytecode (pip and uv write it on
#: install; a sandbox's PYTHONDONTWRITEBYTECODE would make every run compile lookalike,
#: Polars and pandas from source, seconds that no user pays).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(command: list[str], out: Path) -> Run:
    """Run ``command`` in a fresh process writing into the empty ``out``; time it whole."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT, env=_ENV)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    written = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    shutil.rmtree(out, ignore_errors=True)
    return Run(seconds, _children_cpu() - cpu, written)


def measure(cases: list[Case], scale: float, rounds: int) -> dict[str, dict[str, list[Run]]]:
    """Every case, both tools alternating, ``rounds`` times."""
    results: dict[str, dict[str, list[Run]]] = {
        c.name: {"tpchgen-cli": [], "lookalike": []} for c in cases
    }
    with tempfile.TemporaryDirectory(prefix="bench-tpch-") as tmp:
        out = Path(tmp) / "out"
        # One untimed run of each tool first: bytecode compiled, files in the page cache.
        run_once(cases[0].tpchgen(0.01, out), out)
        run_once(cases[0].lookalike(0.01, out), out)
        for number in range(rounds):
            for case in cases:
                tools = [("tpchgen-cli", case.tpchgen), ("lookalike", case.lookalike)]
                for tool, command in tools if number % 2 == 0 else tools[::-1]:
                    run = run_once(command(scale, out), out)
                    results[case.name][tool].append(run)
                    print(
                        f"round {number + 1} {case.name:<20} {tool:<12} {run.seconds:7.2f} s "
                        f"cpu {run.cpu_seconds:7.2f} s {run.bytes_written / 1e6:9.1f} MB",
                        flush=True,
                    )
    return results


def table_lines(
    cases: list[Case], results: dict[str, dict[str, list[Run]]], scale: float, rounds: int
) -> list[str]:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Measured {when} by `benchmarks/bench_tpch.py` on {machine()}: TPC-H scale factor "
        f"{scale:g}, {rounds} rounds, tools alternating, each run a whole process from a fresh "
        "start; medians (every run in the last column, lookalike / tpchgen-cli).",
        "",
        "| case | tpchgen-cli s | lookalike s | ratio | tpchgen-cli CPU s | lookalike CPU s "
        "| tpchgen-cli MB | lookalike MB | all runs s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for case in cases:
        theirs, ours = results[case.name]["tpchgen-cli"], results[case.name]["lookalike"]
        their_s = statistics.median(r.seconds for r in theirs)
        our_s = statistics.median(r.seconds for r in ours)
        runs = ", ".join(
            f"{a.seconds:.1f}/{b.seconds:.1f}" for a, b in zip(ours, theirs, strict=True)
        )
        threads = "1 thread" if case.threads == 1 else f"{case.threads} threads"
        lines.append(
            f"| {case.tables}, {case.fmt}, {threads} | {their_s:.2f} | {our_s:.2f} "
            f"| **{our_s / their_s:.2f}x** "
            f"| {statistics.median(r.cpu_seconds for r in theirs):.2f} "
            f"| {statistics.median(r.cpu_seconds for r in ours):.2f} "
            f"| {theirs[0].bytes_written / 1e6:,.0f} | {ours[0].bytes_written / 1e6:,.0f} "
            f"| {runs} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="TPC-H scale factor")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cases", help="comma-separated names, e.g. lineitem-csv-1")
    parser.add_argument("--quick", action="store_true", help="SF 0.1, one round, no docs")
    args = parser.parse_args()
    scale, rounds = (0.1, 1) if args.quick else (args.scale, args.rounds)
    cores = os.cpu_count() or 1
    cases = [
        Case(tables, fmt, threads)
        for tables in ("lineitem", "all")
        for fmt in ("csv", "parquet")
        for threads in dict.fromkeys((1, cores))
    ]
    if args.cases:
        wanted = set(args.cases.split(","))
        cases = [c for c in cases if c.name in wanted]
    results = measure(cases, scale, rounds)
    lines = table_lines(cases, results, scale, rounds)
    print("\n".join(lines))
    if not args.quick and not args.cases:
        replace_section("tpch", "TPC-H against tpchgen-cli", lines)


if __name__ == "__main__":
    main()
