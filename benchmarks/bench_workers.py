"""The default worker count against the explicit ones, whole process.

Each run is a fresh ``uv run lookalike generate ...`` (start-up included), for
base-types (CSV and Parquet), the person template (CSV) and TPC-H lineitem
(CSV and Parquet) at a few sizes, with the default worker count, ``--workers
1`` and ``--workers 2``, in alternating rounds (the order rotates each round).
For each case it reports median wall seconds, median CPU seconds (the
process and its workers), what the default chose
(:func:`lookalike.executors.sizing.choose`), and the default's wall time over
the best explicit one's *in the same round* (median of rounds, every round
shown), so the shared machine's drift falls on all three. The goal: that
ratio at most 1.10.

    uv run python benchmarks/bench_workers.py             # every case, updates the doc
    uv run python benchmarks/bench_workers.py --quick --no-doc
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from harness import ROOT, machine, replace_section

CONTENDERS: list[tuple[str, list[str]]] = [("default", []), ("1", ["-w", "1"]), ("2", ["-w", "2"])]


@dataclass(frozen=True)
class Case:
    """One spec, table, format and size."""

    label: str
    spec: list[str]  # the spec (or template) and what sizes it
    table: str
    fmt: str
    rows: int

    def argv(self, out: Path) -> list[str]:
        return ["uv", "run", "lookalike", "generate", *self.spec, "-o", str(out)]


def _cases(quick: bool) -> list[Case]:
    base = [10_000, 1_000_000] if quick else [10_000, 1_000_000, 10_000_000]
    cases = [
        Case("base-types", ["examples/base-types.yaml", "-n", str(n)], "orders", fmt, n)
        for fmt in ("csv", "parquet")
        for n in base
    ]
    cases += [
        Case("person", ["-t", "person", "-n", str(n)], "people", "csv", n)
        for n in ([10_000, 1_000_000] if quick else [10_000, 1_000_000, 3_000_000])
    ]
    for scale, fmts in ((0.01, ("csv",)), (0.2, ("csv", "parquet")), (1.0, ("parquet",))):
        if quick and scale == 1.0:
            continue
        spec = ["examples/tpch/tpch.yaml", "--table", "lineitem", "--scale", str(scale)]
        cases += [Case("TPC-H lineitem", spec, "lineitem", fmt, int(6e6 * scale)) for fmt in fmts]
    return cases


def _choice(case: Case) -> str:
    """What the default picks for ``case`` (computed here, as the CLI would)."""
    from lookalike.api import _tasks, _work
    from lookalike.executors import default_workers
    from lookalike.executors.processes import start_method
    from lookalike.executors.sizing import choose
    from lookalike.planning import load_template, resolve
    from lookalike.targets import Target

    spec = load_template(case.spec[1]) if case.spec[0] == "-t" else case.spec[0]
    options: dict[str, float | int] = {}
    if "-n" in case.spec:
        options["rows"] = int(case.spec[case.spec.index("-n") + 1])
    if "--scale" in case.spec:
        options["scale"] = float(case.spec[case.spec.index("--scale") + 1])
    plan = resolve(spec, **options)  # type: ignore[arg-type]
    target = Target(case.fmt, None, Path(f"x.{case.fmt}"))
    work = _work(plan, {case.table: _tasks(plan, case.table, None)}, {case.table: [target]})
    clean = start_method() == "forkserver"  # after resolve(): Polars may run now
    chosen = choose(work, default_workers(), clean_start=clean)
    workers = min(chosen.workers, len(_tasks(plan, case.table, None)))  # as executor_for
    kind = "processes" if chosen.processes else "threads"
    return "1 thread" if workers == 1 else f"{workers} {kind}"


def _run(argv: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of the process and its children, 1-min load before)."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu, load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds (median kept)")
    parser.add_argument("--quick", action="store_true", help="smaller sizes only")
    parser.add_argument("--no-doc", action="store_true", help="print only")
    parser.add_argument("--only", help="only cases whose spec label starts with this")
    args = parser.parse_args()
    lines = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        for case in _cases(args.quick):
            if args.only and not case.label.startswith(args.only):
                continue
            out = Path(scratch) / f"out.{case.fmt}"
            runs: dict[str, list[tuple[float, float, float]]] = {}
            for round_ in range(args.repeat):
                turn = round_ % len(CONTENDERS)
                for name, flags in CONTENDERS[turn:] + CONTENDERS[:turn]:
                    runs.setdefault(name, []).append(_run(case.argv(out) + flags))
                    out.unlink(missing_ok=True)
            line = _row(case, runs, _choice(case))
            print(line, flush=True)
            lines.append(line)
    minutes = (time.perf_counter() - started) / 60
    print(f"{minutes:.1f} min")
    if not args.no_doc:
        _write_doc(lines, args.repeat)


def _row(case: Case, runs: dict[str, list[tuple[float, float, float]]], chosen: str) -> str:
    """One table row: medians, and the default over the best explicit count per round."""
    wall = {name: statistics.median(r[0] for r in done) for name, done in runs.items()}
    cpu = {name: statistics.median(r[1] for r in done) for name, done in runs.items()}
    loads = [r[2] for done in runs.values() for r in done]
    ratios = [
        d[0] / min(one[0], two[0])
        for d, one, two in zip(runs["default"], runs["1"], runs["2"], strict=True)
    ]
    return (
        f"| {case.label} | {case.fmt} | {case.rows:,} | {chosen} "
        f"| {wall['default']:.2f} | {wall['1']:.2f} | {wall['2']:.2f} "
        f"| {cpu['default']:.2f} / {cpu['1']:.2f} / {cpu['2']:.2f} "
        f"| **{statistics.median(ratios):.2f}** | {', '.join(f'{x:.2f}' for x in ratios)} "
        f"| {min(loads):.1f}-{max(loads):.1f} |"
    )


def _write_doc(lines: list[str], repeat: int) -> None:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    replace_section(
        "default-workers",
        "Default worker count against explicit ones",
        [
            f"Measured {when} by `benchmarks/bench_workers.py` on {machine()}: each run a "
            f"fresh `uv run lookalike generate ...` (start-up included), {repeat} alternating "
            "rounds (order rotated each round), medians. *Chosen* is what the default "
            "picked (the cost model, `lookalike.executors.sizing`). *Default / best* is the "
            "default's wall time over the faster of `--workers 1` and `--workers 2` in the "
            "same round (median of rounds; every round in the next column); the goal is at "
            "most 1.10. CPU is what the process and the children it reaped used (workers "
            "started from a forkserver, as TPC-H's are once its plan runs Polars, are not "
            "counted). The machine is shared with other "
            "sessions: *load* is the 1-minute load average (2 cores) before each run, lowest "
            "to highest.",
            "",
            "| spec | format | rows | chosen | default s | -w 1 s | -w 2 s "
            "| CPU s (default / 1 / 2) | default / best | every round | load |",
            "|---|---|---:|---|---:|---:|---:|---:|---:|---|---|",
            *lines,
        ],
    )


if __name__ == "__main__":
    main()
