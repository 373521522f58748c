"""Delta write rate against the plain Parquet write of the same table.

base-types (seed 1), N rows: ``lookalike.write(..., "x.parquet")`` against
``write_delta`` of the same plan (deltalake encodes its own Parquet, then commits),
both on two threads in this process, alternating in each round so a noisy
neighbour hits both alike. Medians over the rounds; every run listed.

    uv run python benchmarks/bench_delta.py              # 2M rows, 3 rounds, updates the docs
    uv run python benchmarks/bench_delta.py --quick      # 200k rows, 1 round, prints only
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from harness import ROOT, machine, replace_section

import lookalike
from lookalike.lakehouse import write_delta

SPEC = ROOT / "examples" / "base-types.yaml"


def _size(path: Path) -> int:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if path.is_dir()
        else (path.stat().st_size)
    )


def one_round(rows: int, folder: Path) -> dict[str, tuple[float, int]]:
    """Seconds and bytes of each write, Parquet first then Delta."""
    plan = lookalike.resolve(SPEC, rows=rows, seed=1)
    out: dict[str, tuple[float, int]] = {}
    parquet = folder / "orders.parquet"
    started = time.perf_counter()
    lookalike.write(plan, parquet, workers=None)
    out["parquet"] = (time.perf_counter() - started, _size(parquet))
    lake = folder / "lake"
    started = time.perf_counter()
    write_delta(plan, f"delta:{lake}", mode="overwrite", workers=None)
    out["delta"] = (time.perf_counter() - started, _size(lake))
    parquet.unlink()
    shutil.rmtree(lake)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows, rounds = (200_000, 1) if args.quick else (2_000_000, 3)
    runs: list[dict[str, tuple[float, int]]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(rounds):
            runs.append(one_round(rows, Path(scratch)))
    lines = [
        f"{machine()}; {dt.date.today().isoformat()}; base-types, {rows:,} rows, medians of "
        f"{rounds} rounds (each round: Parquet, then Delta). A shared, noisy VM: read the ratio.",
        "",
        "| output | seconds (median) | rows/s | size | every run (s) |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    medians = {}
    for kind in ("parquet", "delta"):
        seconds = [r[kind][0] for r in runs]
        medians[kind] = statistics.median(seconds)
        size = runs[-1][kind][1] / 2**20
        lines.append(
            f"| {kind} | {medians[kind]:.2f} | {rows / medians[kind]:,.0f} | {size:.1f} MiB "
            f"| {', '.join(f'{s:.2f}' for s in seconds)} |"
        )
    ratio = medians["delta"] / medians["parquet"]
    lines += ["", f"Delta takes {ratio:.2f}x the Parquet write's time."]
    print("\n".join(lines))
    if not args.quick:
        replace_section("delta", "Delta tables against Parquet", lines)


if __name__ == "__main__":
    main()
