"""Relational benchmark: a 3-table dataset against the same columns as independent tables.

customers (1M) -> orders (poisson, mean 3 per customer) -> order lines (uniform 1-5
per order, so about 9M), written to Parquet. The yardstick writes the same
columns with the same row counts, but with every key drawn independently (no
parent lookups, no per-parent layout): the relational run must reach at least
60% of its rows/s. A second measurement keeps a child table fixed (2M rows
referencing a parent's key and a parent's value) while the parent grows from
10k to 10M rows: peak RSS must stay flat. Each run is a fresh child process.

    uv run python benchmarks/bench_relational.py            # full run, updates docs/benchmarks.md
    uv run python benchmarks/bench_relational.py --quick    # 100k customers, prints results
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import tempfile
import time
from typing import Any

from harness import machine, replace_section, run_child

CUSTOMER_FIELDS: dict[str, Any] = {
    "id": {"kind": "sequence"},
    "email": {"kind": "pattern", "pattern": "user-#########@example.com"},
    "created_at": {"kind": "datetime", "min_value": "2022-01-01", "max_value": "2024-12-31"},
    "country": {"kind": "choice", "values": ["GB", "US", "DE", "FR"]},
}
ORDER_FIELDS: dict[str, Any] = {
    "id": {"kind": "uuid"},
    "customer_id": {"ref": "customers.id"},
    "status": {"kind": "choice", "values": ["placed", "shipped", "delivered"]},
    "ordered_at": {"kind": "datetime", "min_value": "2023-01-01", "max_value": "2025-12-31"},
    "total": {"kind": "decimal", "min_value": 5, "max_value": 500},
}
LINE_FIELDS: dict[str, Any] = {
    "order_id": {"ref": "orders.id"},
    "line_no": {"kind": "sequence", "per": "orders"},
    "product_id": {"kind": "integer", "min_value": 1, "max_value": 50_000},
    "quantity": {"kind": "integer", "min_value": 1, "max_value": 9},
    "unit_price": {"kind": "decimal", "min_value": 1, "max_value": 200},
}
#: The same columns with nothing relational: keys drawn on their own.
INDEPENDENT = {
    ("orders", "customer_id"): {"kind": "integer", "min_value": 1, "max_value": 1_000_000},
    ("order_lines", "order_id"): {"kind": "uuid"},
    ("order_lines", "line_no"): {"kind": "integer", "min_value": 1, "max_value": 5},
}


def relational_spec(customers: int) -> dict[str, Any]:
    """The 3-table dataset."""
    return {
        "seed": 11,
        "reference_time": "2026-01-01T00:00:00Z",
        "tables": {
            "customers": {"rows": customers, "primary_key": "id", "fields": CUSTOMER_FIELDS},
            "orders": {
                "rows": {"per": "customers", "distribution": "poisson", "mean": 3},
                "primary_key": "id",
                "fields": ORDER_FIELDS,
            },
            "order_lines": {
                "rows": {"per": "orders", "distribution": "uniform", "min": 1, "max": 5},
                "primary_key": ["order_id", "line_no"],
                "fields": LINE_FIELDS,
            },
        },
    }


def independent_spec(counts: dict[str, int]) -> dict[str, Any]:
    """The same columns and row counts as independent single tables."""
    tables: dict[str, Any] = {}
    for name, fields in (
        ("customers", CUSTOMER_FIELDS),
        ("orders", ORDER_FIELDS),
        ("order_lines", LINE_FIELDS),
    ):
        plain = {f: INDEPENDENT.get((name, f), spec) for f, spec in fields.items()}
        tables[name] = {"rows": counts[name], "fields": plain}
    return {"seed": 11, "reference_time": "2026-01-01T00:00:00Z", "tables": tables}


def child_write(spec: dict[str, Any], workers: int, table: str | None = None) -> dict[str, Any]:
    """Runs inside the child: plan and write the spec to Parquet files, timed end to end."""
    import lookalike

    out = tempfile.mkdtemp(prefix="lookalike-bench-")
    try:
        started = time.perf_counter()
        result = lookalike.write(spec, out, format="parquet", workers=workers, table=table)
        elapsed = time.perf_counter() - started
    finally:
        shutil.rmtree(out, ignore_errors=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "rows": result.rows,
        "total_rows": result.total_rows,
        "seconds": elapsed,
        "rows_per_s": result.total_rows / elapsed,
        "peak_rss_mb": own,
        "worker_peak_rss_mb": kids,
    }


def child_rows(customers: int) -> dict[str, int]:
    """Runs inside the child: the row counts the plan gives the 3-table dataset."""
    from lookalike.plan import build_plan
    from lookalike.spec import spec_from_dict

    plan = build_plan(spec_from_dict(relational_spec(customers)))
    return {name: table.rows for name, table in plan.tables.items()}


def parent_size_spec(parents: int, lookup: bool, children: int = 2_000_000) -> dict[str, Any]:
    """A child reading a parent's key (and, with ``lookup``, a parent's value)."""
    spec: dict[str, Any] = {
        "seed": 5,
        "tables": {
            "products": {"rows": parents, "primary_key": "sku", "fields": {
                "sku": {"kind": "pattern", "pattern": "SKU-##########", "unique": True},
                "price": {"kind": "decimal", "min_value": 1, "max_value": 100},
            }},
            "sales": {"rows": children, "fields": {
                "id": {"kind": "sequence"},
                "sku": {"ref": "products.sku"},
                "price": {"ref": "products.price"},
            }},
        },
    }  # fmt: skip
    if not lookup:
        del spec["tables"]["sales"]["fields"]["price"]
    return spec


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100k customers; print only")
    args = parser.parse_args()
    customers = 100_000 if args.quick else 1_000_000
    counts = run_child("bench_relational", "rows", customers=customers)
    results = []
    for workers in (1, 2):
        for label, spec in (
            ("relational", relational_spec(customers)),
            ("independent", independent_spec(counts)),
        ):
            run = run_child("bench_relational", "write", spec=spec, workers=workers)
            run.update(label=label, workers=workers)
            results.append(run)
            print(json.dumps(run))
    memory = []
    for lookup, sizes in ((False, (10_000, 1_000_000, 10_000_000, 100_000_000)),
                          (True, (10_000, 1_000_000, 10_000_000))):  # fmt: skip
        for parents in sizes[:2] if args.quick else sizes:
            spec = parent_size_spec(parents, lookup)
            run = run_child("bench_relational", "write", spec=spec, workers=1, table="sales")
            run.update(parents=parents, lookup=lookup)
            memory.append(run)
            print(json.dumps(run))
    children = []
    for rows in (1_000_000, 20_000_000):
        spec = parent_size_spec(1_000_000, True, children=rows)
        run = run_child("bench_relational", "write", spec=spec, workers=1, table="sales")
        run.update(children=rows)
        children.append(run)
        print(json.dumps(run))
    if not args.quick:
        write_doc(counts, results, memory, children)


def write_doc(
    counts: dict[str, int],
    results: list[dict[str, Any]],
    memory: list[dict[str, Any]],
    children: list[dict[str, Any]],
) -> None:
    lines = [
        f"Run {dt.date.today().isoformat()} on {machine()}.",
        "",
        f"3 tables to Parquet: {counts['customers']:,} customers, {counts['orders']:,} orders "
        f"(poisson, mean 3 per customer), {counts['order_lines']:,} order lines (1-5 per "
        "order), against the same columns and row counts as independent tables.",
        "",
        "| workers | relational rows/s | independent rows/s | ratio | relational peak RSS "
        "(main + workers) |",
        "|---:|---:|---:|---:|---:|",
    ]
    for workers in (1, 2):
        rel = next(r for r in results if r["label"] == "relational" and r["workers"] == workers)
        ind = next(r for r in results if r["label"] == "independent" and r["workers"] == workers)
        lines.append(
            f"| {workers} | {rel['rows_per_s']:,.0f} | {ind['rows_per_s']:,.0f} | "
            f"{rel['rows_per_s'] / ind['rows_per_s']:.0%} | {rel['peak_rss_mb']:.0f} + "
            f"{rel['worker_peak_rss_mb']:.0f} MB |"
        )
    lines += [
        "",
        "A 2M-row child with random references into a parent, as the parent grows (1 worker). "
        "A key (here a unique pattern) is computed from the parent's row number; a looked-up "
        "value (the parent's price) is read from parent blocks regenerated for that column, "
        "with at most 64 MB of them cached per process:",
        "",
        "| reads | parent rows | child rows/s | peak RSS |",
        "|---|---:|---:|---:|",
    ]
    for run in memory:
        reads = "key + price" if run["lookup"] else "key"
        lines.append(
            f"| {reads} | {run['parents']:,} | {run['rows_per_s']:,.0f} | "
            f"{run['peak_rss_mb']:.0f} MB |"
        )
    lines += [
        "",
        "The same child (key + price) as it grows, the parent fixed at 1M rows (1 worker):",
        "",
        "| child rows | rows/s | peak RSS |",
        "|---:|---:|---:|",
    ]
    for run in children:
        lines.append(
            f"| {run['children']:,} | {run['rows_per_s']:,.0f} | {run['peak_rss_mb']:.0f} MB |"
        )
    replace_section("relational", "Relational datasets", lines)


if __name__ == "__main__":
    main()
