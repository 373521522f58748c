"""Core engine benchmark: rows/s and peak RSS for examples/base-types.yaml.

Each measurement runs in a fresh child process (so peak RSS is its own): the
child imports lookalike, then times ``lookalike.write`` end to end (planning,
starting worker processes, generating, encoding, writing, renaming). In the
same run it times pyarrow alone writing the same columns from memory, the
yardstick of the issue's "no more than 2.5x" figure.

Each point also reports the CPU seconds spent during the timed part, user and
system, of the child and of its worker processes (``getrusage``), and the cores
used (CPU seconds over wall seconds): on two cores, a ratio between one and two
workers can only come from cores the single worker leaves idle.

    uv run python benchmarks/bench_core.py            # full run, updates docs/benchmarks.md
    uv run python benchmarks/bench_core.py --quick    # 1M rows only, prints results
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import machine, replace_section, run_child

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "examples" / "base-types.yaml"


def _cpu() -> tuple[float, float, float, float]:
    """CPU seconds so far: this process's user and sys, then its reaped children's."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime, own.ru_stime, kids.ru_utime, kids.ru_stime


def _cpu_spent(before: tuple[float, ...], elapsed: float) -> dict[str, float]:
    """The CPU seconds since ``before`` (worker processes count once they have exited)."""
    user, sys_, kid_user, kid_sys = (b - a for a, b in zip(before, _cpu(), strict=True))
    total = user + sys_ + kid_user + kid_sys
    return {
        "user_s": user + kid_user,
        "sys_s": sys_ + kid_sys,
        "worker_cpu_s": kid_user + kid_sys,
        "cores_used": total / elapsed,
    }


def child_generate(rows: int, fmt: str, workers: int | None, out: str) -> dict[str, Any]:
    """Runs inside the child: time one lookalike.write (memory set up as the CLI does)."""
    from lookalike.memory import keep_freed_memory

    keep_freed_memory()  # as `lookalike generate` does, before anything is allocated
    import lookalike
    import lookalike.api
    import lookalike.sinks  # imports are start-up, not generation

    Path(out).unlink(missing_ok=True)  # a new file: no time spent dropping the last run's
    before = _cpu()
    started = time.perf_counter()
    # write() stops its worker processes before it returns, so their CPU time is counted.
    result = lookalike.write(str(SPEC), out, rows=rows, workers=workers, format=fmt)
    elapsed = time.perf_counter() - started
    cpu = _cpu_spent(before, elapsed)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "rows": result.total_rows,
        "seconds": elapsed,
        "rows_per_s": result.total_rows / elapsed,
        "peak_rss_mb": own,
        "worker_peak_rss_mb": kids,
        "bytes": os.path.getsize(out),
        **cpu,
    }


def child_pyarrow(rows: int, fmt: str, out: str) -> dict[str, Any]:
    """Runs inside the child: pyarrow alone writing the same table from memory."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    import lookalike

    table = lookalike.generate(str(SPEC), rows=rows, workers=2)
    before = _cpu()
    started = time.perf_counter()
    if fmt == "csv":
        pacsv.write_csv(table, out)
    else:
        pq.write_table(table, out, row_group_size=4 * 65_536)
    elapsed = time.perf_counter() - started
    return {
        "rows": rows,
        "seconds": elapsed,
        "rows_per_s": rows / elapsed,
        **_cpu_spent(before, elapsed),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1M rows only; do not update docs")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per point (median kept)")
    args = parser.parse_args()
    sizes = [1_000_000] if args.quick else [100_000, 1_000_000, 10_000_000]
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for rows in sizes:
            for fmt in ("csv", "parquet"):
                out = str(Path(scratch) / f"out.{fmt}")
                # Workers 1 and 2, then the default (all cores, as `lookalike generate`).
                contenders: list[tuple[str, Any, dict[str, Any]]] = [
                    ("lookalike", workers or "default", {"workers": workers})
                    for workers in (1, 2, None)
                ]
                if rows >= 1_000_000:
                    contenders.insert(0, ("pyarrow alone", "-", {}))
                # Rounds, not runs back to back: the VM's drift falls on every contender.
                runs: dict[tuple[str, Any], list[dict[str, Any]]] = {}
                for _ in range(args.repeat):
                    for what, workers, extra in contenders:
                        kind = "pyarrow" if what == "pyarrow alone" else "generate"
                        run = run_child("bench_core", kind, rows=rows, fmt=fmt, out=out, **extra)
                        runs.setdefault((what, workers), []).append(run)
                for (what, workers), done in runs.items():
                    median = _median_run(done)
                    results.append({"what": what, "format": fmt, "workers": workers, **median})
                    memory = (
                        f"  peak {median['peak_rss_mb']:.0f} MB "
                        f"(workers {median['worker_peak_rss_mb']:.0f} MB)"
                        if "peak_rss_mb" in median
                        else ""
                    )
                    print(
                        f"{what:13} w={workers} {fmt:8} {rows:>11,} "
                        f"{median['rows_per_s']:>12,.0f} rows/s (runs {_runs_text(median)})"
                        f"{memory}  {_cpu_text(median)}"
                    )
    if not args.quick:
        write_doc(results)
    (ROOT / "benchmarks" / "out").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "out" / "core.json").write_text(json.dumps(results, indent=2))


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median time, with every run's rows/s beside it."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    return {**ordered[(len(ordered) - 1) // 2], "all_rows_per_s": [r["rows_per_s"] for r in runs]}


def _runs_text(r: dict[str, Any]) -> str:
    return ", ".join(f"{x / 1e6:.2f}M" for x in r["all_rows_per_s"])


def _cpu_text(r: dict[str, Any]) -> str:
    return (
        f"CPU user {r['user_s']:.2f} s, sys {r['sys_s']:.2f} s "
        f"(workers {r['worker_cpu_s']:.2f} s), {r['cores_used']:.2f} cores"
    )


def write_doc(results: list[dict[str, Any]]) -> None:
    """Replace the core section of docs/benchmarks.md with this run's table."""
    lines = [
        f"Run {dt.date.today().isoformat()} on {machine()}.",
        "",
        "CPU seconds are those of the timed part, user / system, of the process and its worker"
        " processes together (the workers' share in brackets); cores used is CPU over wall time.",
        "",
        "Each point ran in rounds (pyarrow alone, one worker, two workers, the default of all"
        " cores, again), and its median run is shown, with every run's rows/s in the last"
        " column.",
        "",
        "| what | format | workers | rows | seconds | rows/s | CPU s user / sys (workers) "
        "| cores used | peak RSS MB (parent / workers) | every run, rows/s |",
        "| --- | --- | --- | ---: | ---: | ---: | --- | ---: | --- | --- |",
    ]
    for r in results:
        rss = (
            f"{r['peak_rss_mb']:.0f} / {r['worker_peak_rss_mb']:.0f}" if "peak_rss_mb" in r else "-"
        )
        cpu = f"{r['user_s']:.2f} / {r['sys_s']:.2f} ({r['worker_cpu_s']:.2f})"
        lines.append(
            f"| {r['what']} | {r['format']} | {r['workers']} | {r['rows']:,} | "
            f"{r['seconds']:.2f} | {r['rows_per_s']:,.0f} | {cpu} | {r['cores_used']:.2f} | {rss} "
            f"| {_runs_text(r)} |"
        )
    replace_section("core-benchmark", "Core engine (base-types)", lines)


if __name__ == "__main__":
    main()
