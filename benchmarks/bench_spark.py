"""A Spark DataFrame of base-types rows on a local session against the local CLI.

N rows of ``examples/base-types.yaml`` (seed 1):

- the CLI, ``lookalike generate ... -o x.parquet`` (its default: two threads), timed as a
  whole process (start-up included);
- ``lookalike.spark.dataframe`` on ``local[2]``, forced whole with
  ``df.write.format("noop")`` (every partition made and handed to the JVM, nothing
  written); the session's start is timed apart and not counted.

Rounds alternate the two; medians, every run listed.

    uv run python benchmarks/bench_spark.py              # 10M rows, 2 rounds, updates the docs
    uv run python benchmarks/bench_spark.py --rounds 1   # 10M rows, 1 round
    uv run python benchmarks/bench_spark.py --quick      # 1M rows, 1 round, prints only
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import ROOT, machine, replace_section

SPEC = ROOT / "examples" / "base-types.yaml"


def cli_seconds(rows: int, folder: Path) -> float:
    out = folder / "orders.parquet"
    command = [sys.executable, "-m", "lookalike", "generate", str(SPEC), "-n", str(rows),
               "-s", "1", "-o", str(out), "-q"]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    out.unlink()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    rows, rounds = (1_000_000, 1) if args.quick else (10_000_000, args.rounds)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    import lookalike
    import lookalike.spark

    started = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    session_seconds = time.perf_counter() - started
    plan = lookalike.resolve(SPEC, rows=rows, seed=1)
    spark_runs, cli_runs = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(rounds):
            cli_runs.append(cli_seconds(rows, Path(scratch)))
            frame = lookalike.spark.dataframe(spark, plan)
            started = time.perf_counter()
            frame.write.format("noop").mode("overwrite").save()
            spark_runs.append(time.perf_counter() - started)
    spark.stop()
    cli, sparked = statistics.median(cli_runs), statistics.median(spark_runs)
    lines = [
        f"{machine()}; {dt.date.today().isoformat()}; base-types, {rows:,} rows "
        f"({plan.tables['orders'].blocks} blocks = partitions), medians of {rounds} rounds. "
        "A shared, noisy VM: read the ratio.",
        "",
        "| how | seconds (median) | rows/s | every run (s) |",
        "| --- | ---: | ---: | --- |",
        f"| CLI, `-o orders.parquet` (whole process) | {cli:.1f} | {rows / cli:,.0f} "
        f"| {', '.join(f'{s:.1f}' for s in cli_runs)} |",
        f"| Spark `local[2]`, `write.format('noop')` | {sparked:.1f} | {rows / sparked:,.0f} "
        f"| {', '.join(f'{s:.1f}' for s in spark_runs)} |",
        "",
        f"Spark takes {sparked / cli:.2f}x the CLI's time on the same two cores; starting the "
        f"session took {session_seconds:.1f} s more (not counted).",
    ]
    print("\n".join(lines))
    if not args.quick:
        replace_section("spark", "Spark DataFrames (local session)", lines)


if __name__ == "__main__":
    main()
