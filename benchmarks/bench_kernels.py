"""What the compiled kernels save: each kernel's work per row, with and without them.

For each kernel, a one-column spec whose block exercises it (or, for the CSV
encoder, a column of that type) is generated (or encoded) with the compiled
kernels, then with ``LOOKALIKE_NATIVE=0`` (the numpy/Arrow path, which gives
the same bytes). Each figure is the median over rounds of nanoseconds per row
of a 65,536-row block, steady state (the first round warms caches and pools),
in one process so both paths meet the same machine.

    uv run python benchmarks/bench_kernels.py            # 7 rounds, updates docs/benchmarks.md
    uv run python benchmarks/bench_kernels.py --quick    # 3 rounds, prints only
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from harness import machine, replace_section

import lookalike
from lookalike.engine import generate_block
from lookalike.native import loader
from lookalike.sinks import CsvEncoder

ROWS = 65_536
#: What each kernel is measured on: (label, field, what is timed).
CASES: list[tuple[str, dict[str, Any], str]] = [
    ("uniform doubles (Philox4x64-10)", {"kind": "float"}, "generate"),
    ("alias lookup (weighted choice)",
     {"kind": "choice", "values": list("abcdef"), "weights": [1, 2, 3, 4, 5, 6]}, "generate"),
    ("keyed permutation (unique values)",
     {"kind": "integer", "min_value": 0, "max_value": 10**12, "unique": True}, "generate"),
    ("phone number from a numbering plan", {"kind": "phone", "type": "mobile"}, "generate"),
    ("email from name pools", {"kind": "internet", "attribute": "email"}, "generate"),
    ("UUID text", {"kind": "uuid"}, "generate"),
    ("pattern (ORD-#####-??)", {"kind": "pattern", "pattern": "ORD-#####-??"}, "generate"),
    ("birth day (age table, then a day)",
     {"kind": "person", "attribute": "date_of_birth"}, "generate"),
    ("CSV: date", {"kind": "date"}, "encode"),
    ("CSV: timestamp", {"kind": "datetime"}, "encode"),
    ("CSV: decimal", {"kind": "decimal", "min_value": 0, "max_value": 9999}, "encode"),
    ("CSV: strings of random length", {"kind": "person", "attribute": "full_name"}, "encode"),
    ("CSV: strings of 33-64 bytes (UUIDs)", {"kind": "uuid"}, "encode"),
]  # fmt: skip


def _spec(field: dict[str, Any]) -> dict[str, Any]:
    return {"seed": 1, "locale": "en_GB", "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": ROWS, "fields": {"f": field}}}}  # fmt: skip


def _ns_per_row(action: Callable[[], object], rounds: int) -> float:
    action()  # warm: pools loaded, caches filled
    times = []
    for _ in range(rounds):
        started = time.perf_counter_ns()
        action()
        times.append(time.perf_counter_ns() - started)
    return float(statistics.median(times)) / ROWS


def measure(field: dict[str, Any], what: str, rounds: int) -> float:
    """ns per row of generating (or CSV-encoding) one block of ``field``, as loaded now."""
    plan = lookalike.resolve(_spec(field))
    if what == "generate":
        return _ns_per_row(lambda: generate_block(plan, "t", 0), rounds)
    batch = generate_block(plan, "t", 0)
    encoder = CsvEncoder(",")
    return _ns_per_row(lambda: encoder(batch), rounds)


def _with_kernels(enabled: bool) -> None:
    if enabled:
        os.environ.pop("LOOKALIKE_NATIVE", None)
    else:
        os.environ["LOOKALIKE_NATIVE"] = "0"
    loader.refresh()


def main() -> None:
    """Measure every case both ways; record the table unless --quick."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds; print only")
    args = parser.parse_args()
    rounds = 3 if args.quick else 7
    if loader.library() is None:
        raise SystemExit("the compiled kernels are not built: run uv sync")
    rows = []
    for label, field, what in CASES:
        _with_kernels(False)
        slow = measure(field, what, rounds)
        _with_kernels(True)
        fast = measure(field, what, rounds)
        rows.append((label, slow, fast))
        print(f"{label}: {slow:.1f} -> {fast:.1f} ns/row", flush=True)
    if args.quick:
        return
    lines = [
        f"Machine: {machine()}. ns per row of a 65,536-row block, median of {rounds} rounds "
        "after a warm-up, in one process: generating (or CSV-encoding) one column of the "
        "kind, so each figure includes the rest of that column's work.",
        "",
        "| kernel | numpy/Arrow path | compiled | ratio |",
        "| --- | ---: | ---: | ---: |",
        *(
            f"| {label} | {slow:.1f} | {fast:.1f} | {slow / fast:.1f}x |"
            for label, slow, fast in rows
        ),
    ]
    replace_section("kernels", "Compiled kernels, measured", lines)


if __name__ == "__main__":
    main()
