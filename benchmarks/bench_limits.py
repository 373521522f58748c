"""What a derived expression at the limits costs to plan, and what a refusal costs.

For each shape the script builds an expression as large as the limits of
:mod:`lookalike.kinds.expressions` allow (depth, terms, length), then times in
CPU seconds (``time.process_time``, so other users of a shared machine count
less) the bound check alone and the whole compile (check, Polars parse, type
inference) that planning does; then the refusal of the issue's hostile input, a
flat sum of 10,000 terms, and of a sum just over the depth limit. Each figure is
the median of several rounds in one fresh process, every round shown.

A second part checks the memory estimate against a real run: for specs whose
block the plan estimates at a given size (wide text, a long constant, a wide
choice, a long pattern, an expression that joins them), a fresh process writes
one block to CSV and to Parquet, and its peak resident memory above the
baseline after imports is compared with the estimate. The ratio is what a face
should allow on top of the budget.

    uv run python benchmarks/bench_limits.py           # full run, updates docs/benchmarks.md
    uv run python benchmarks/bench_limits.py --quick   # fewer rounds, prints results
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
from typing import Any

from harness import machine, replace_section, run_child


def shapes() -> dict[str, str]:
    """Expressions at the limits, each of a different kind of size."""
    from lookalike.kinds.expressions import MAX_DEPTH, MAX_NODES

    chain = MAX_DEPTH
    per_term = max(1, (MAX_NODES // chain - 2))
    return {
        f"flat sum, {chain} terms": " + ".join(["a"] * chain),
        f"string concat, {chain} terms": " || ".join(["s"] * chain),
        f"CASE, {chain - 2} branches": "CASE "
        + " ".join(f"WHEN a = {i} THEN 'value {i}'" for i in range(chain - 2))
        + " END",
        f"sum of {chain - 1} COALESCEs ({per_term} args)": " + ".join(
            ["coalesce(" + ", ".join(["a"] * per_term) + ")"] * (chain - 1)
        ),
        f"concat of {chain - 1} LPADs": " || ".join(["LPAD(s, 100, 'x')"] * (chain - 1)),
        f"IN list, {MAX_NODES - 3} values": "a IN ("
        + ", ".join(str(i) for i in range(MAX_NODES - 3))
        + ")",
    }


def _cpu_ms(action: Any, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        action()
        times.append((time.process_time() - started) * 1000)
    return times


def child_measure(rounds: int) -> dict[str, Any]:
    """Runs inside the child: every shape's check and compile times, and the refusals."""
    import pyarrow as pa

    from lookalike.errors import SpecError
    from lookalike.kinds.derived import compile_derived
    from lookalike.kinds.expressions import check_expression

    known = {"a": pa.int64(), "s": pa.string()}
    compile_derived("w", "a + 1", None, known, "p")  # imports and first-use costs
    results: dict[str, Any] = {"accepted": {}, "refused": {}}
    for name, expr in shapes().items():
        shape = check_expression(expr, "p")
        results["accepted"][name] = {
            "chars": len(expr), "nodes": shape.nodes, "depth": shape.depth,
            "check_ms": _cpu_ms(lambda e=expr: check_expression(e, "p"), rounds),
            "compile_ms": _cpu_ms(lambda e=expr: compile_derived("x", e, None, known, "p"), rounds),
        }  # fmt: skip

    def refuse(expr: str) -> None:
        try:
            compile_derived("x", expr, None, known, "p")
        except SpecError:
            return
        raise AssertionError("accepted")

    from lookalike.kinds.expressions import MAX_DEPTH

    hostile = {
        "flat sum, 10,000 terms (issue 13)": " + ".join(["a"] * 10_000),
        "flat sum, 1,250 terms (under the length limit)": "+".join(["a"] * 1_250),
        f"flat sum, {MAX_DEPTH + 1} terms": " + ".join(["a"] * (MAX_DEPTH + 1)),
    }
    for name, expr in hostile.items():
        results["refused"][name] = {
            "chars": len(expr), "refuse_ms": _cpu_ms(lambda e=expr: refuse(e), rounds)
        }  # fmt: skip
    results["spec"] = _whole_spec(rounds)
    results["unbounded"] = _polars_alone(rounds)
    return results


def _whole_spec(rounds: int) -> dict[str, Any]:
    """Planning a spec whose expressions reach the per-spec total of terms."""
    from lookalike.limits import MAX_SPEC_EXPRESSION_NODES
    from lookalike.plan import build_plan
    from lookalike.spec import spec_from_dict

    heaviest = list(shapes().values())[3]  # the sum of COALESCEs
    count = MAX_SPEC_EXPRESSION_NODES // 566
    fields: dict[str, Any] = {"a": {"kind": "integer"}}
    fields |= {f"d{i}": {"kind": "derived", "expr": heaviest} for i in range(count)}
    spec = spec_from_dict({"seed": 1, "tables": {"t": {"rows": 1000, "fields": fields}}})
    return {"expressions": count, "plan_ms": _cpu_ms(lambda: build_plan(spec), rounds)}


def _polars_alone(rounds: int) -> dict[str, list[float]]:
    """What the engine costs without the bounds, on flat sums the check now refuses."""
    import polars as pl

    frame = pl.DataFrame({"a": [1, 2]})
    return {
        f"flat sum, {terms} terms": _cpu_ms(
            lambda t=terms: frame.select(pl.sql_expr(" + ".join(["a"] * t))), rounds
        )
        for terms in (64, 256, 512)
    }


#: Specs whose one block (65,536 rows) the plan estimates at 50 to 130 MiB.
MEMORY_SPECS: dict[str, dict[str, Any]] = {
    "text, 130 words a row": {"t": {"kind": "text", "min_count": 100, "max_count": 160}},
    "constant of 1 KB": {"c": {"kind": "constant", "value": "k" * 1000}},
    "choice of 2 KB values": {"c": {"kind": "choice", "values": ["a" * 2000, "b" * 1900]}},
    "pattern of 200 placeholders": {"p": {"kind": "pattern", "pattern": "?#" * 100}},
    "expression joining two": {
        "p": {"kind": "pattern", "pattern": "?#" * 100, "hidden": True},
        "x": {"kind": "derived", "expr": "p || '-' || p"},
    },
}


def child_memory(name: str, fmt: str, out: str) -> dict[str, Any]:
    """Runs inside the child: peak RSS above the baseline while one block is written."""
    import os
    import resource

    import lookalike
    from lookalike.limits import BUDGET_VARIABLE
    from lookalike.plan import build_plan
    from lookalike.spec import spec_from_dict

    os.environ[BUDGET_VARIABLE] = "4GiB"  # measured, not refused

    spec = {"seed": 1, "tables": {"t": {"rows": 65_536, "fields": MEMORY_SPECS[name]}}}
    estimate = build_plan(spec_from_dict(spec)).estimates["t"]
    lookalike.write(spec, out + ".warm." + fmt, rows=100, format=fmt)  # imports, first use
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    lookalike.write(spec, out, format=fmt)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"estimate": estimate.block_bytes, "grew": max(0, peak - base), "base": base}


def measure_memory(formats: tuple[str, ...]) -> dict[str, dict[str, dict[str, float]]]:
    """Every memory spec in every format, each in a fresh process."""
    import tempfile

    results: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in MEMORY_SPECS:
            for fmt in formats:
                out = f"{folder}/out.{fmt}"
                results.setdefault(name, {})[fmt] = run_child(
                    "bench_limits", "memory", name=name, fmt=fmt, out=out
                )
    return results


def _memory_lines(memory: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    mib = 2**20
    formats = list(next(iter(memory.values())))
    lines = [
        "",
        "Memory of one 65,536-row block written by a fresh process, against the plan's "
        "estimate (peak RSS above the baseline after imports and a warm-up write):",
        "",
        "| spec | estimate MiB | "
        + " | ".join(f"{f} grew MiB (x estimate)" for f in formats)
        + " |",
        "|---|---:|" + "---:|" * len(formats),
    ]
    for name, by_format in memory.items():
        estimate = next(iter(by_format.values()))["estimate"]
        cells = [f"{r['grew'] / mib:.0f} ({r['grew'] / estimate:.1f}x)" for r in by_format.values()]
        lines.append(f"| {name} | {estimate / mib:.0f} | " + " | ".join(cells) + " |")
    return lines


def _lines(result: dict[str, Any], rounds: int) -> list[str]:
    lines = [
        f"Run {dt.date.today().isoformat()} on {machine()}; the machine was shared with other "
        f"developers, so figures are CPU milliseconds (process time), median of {rounds} rounds "
        "in one process, every round listed.",
        "",
        "| expression at the limits | chars | terms | depth | check ms | compile ms (all) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, row in result["accepted"].items():
        check = statistics.median(row["check_ms"])
        full = statistics.median(row["compile_ms"])
        rounds_shown = ", ".join(f"{t:.1f}" for t in row["compile_ms"])
        lines.append(
            f"| {name} | {row['chars']:,} | {row['nodes']:,} | {row['depth']} | {check:.1f} "
            f"| {full:.1f} ({rounds_shown}) |"
        )
    spec = result["spec"]
    lines += [
        "",
        f"A whole spec at the per-spec total ({spec['expressions']} expressions like the "
        f"heaviest above): build_plan {statistics.median(spec['plan_ms']):.0f} ms "
        f"({', '.join(f'{t:.0f}' for t in spec['plan_ms'])}).",
        "",
        "| Polars alone, no bounds (for scale) | ms |",
        "|---|---:|",
    ]
    for name, times in result["unbounded"].items():
        shown = ", ".join(f"{t:.1f}" for t in times)
        lines.append(f"| {name} | {statistics.median(times):.1f} ({shown}) |")
    lines += ["", "| refused | chars | refusal ms |", "|---|---:|---:|"]
    for name, row in result["refused"].items():
        shown = ", ".join(f"{t:.2f}" for t in row["refuse_ms"])
        lines.append(
            f"| {name} | {row['chars']:,} | {statistics.median(row['refuse_ms']):.2f} ({shown}) |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 rounds, print only")
    options = parser.parse_args()
    rounds = 3 if options.quick else 7
    result = run_child("bench_limits", "measure", rounds=rounds)
    lines = _lines(result, rounds)
    lines += _memory_lines(measure_memory(("csv",) if options.quick else ("csv", "parquet")))
    print("\n".join(lines))
    if not options.quick:
        replace_section("limits", "Limits: expression planning cost and block memory", lines)
    else:
        print(json.dumps(result)[:200])


if __name__ == "__main__":
    main()
