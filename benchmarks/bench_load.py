"""Database loading benchmark: an orders-like table into the local PostgreSQL through COPY.

Two figures per row count, each in a fresh child process and a scratch
database (``lookalike_t_<hex>``, dropped afterwards):

* ``load``: :func:`lookalike.loading.load_database` end to end (creating the
  table, generating, encoding CSV, COPY, committing), in-process and with
  worker processes encoding blocks in parallel;
* ``copy only``: the same rows generated and encoded beforehand, timing only
  the COPY stream and commit: what the server and driver take.

    uv run python benchmarks/bench_load.py            # 1M and 3M rows, updates docs/benchmarks.md
    uv run python benchmarks/bench_load.py --quick    # 300k rows, prints results
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import time
from typing import Any

from harness import machine, replace_section, run_child

SPEC: dict[str, Any] = {
    "seed": 1,
    "reference_time": "2026-01-01T00:00:00Z",
    "tables": {
        "orders": {
            "rows": 1000,
            "primary_key": "id",
            "fields": {
                "id": {"kind": "sequence"},
                "customer_id": {"kind": "integer", "min_value": 1, "max_value": 1_000_000},
                "status": {"kind": "choice", "values": ["new", "paid", "shipped", "cancelled"],
                           "weights": [1, 5, 8, 1]},
                "ordered_at": {"kind": "datetime", "min_value": "now-3y", "max_value": "now"},
                "currency": {"kind": "choice", "values": ["GBP", "EUR", "USD"]},
                "items": {"kind": "integer", "min_value": 1, "max_value": 12},
                "total": {"kind": "decimal", "min_value": 1, "max_value": 900, "scale": 2},
            },
        }
    },
}  # fmt: skip


def child_load(rows: int, workers: int) -> dict[str, Any]:
    """Runs inside the child: time one load_database into a scratch database."""
    import lookalike.executors
    import lookalike.loading
    from lookalike.api import resolve
    from lookalike.sql.scratch import scratch_database

    plan = resolve(SPEC, rows=rows)
    with scratch_database("postgresql") as url:
        started = time.perf_counter()
        result = lookalike.loading.load_database(plan, url, workers=workers)
        elapsed = time.perf_counter() - started
    return {"rows": result.total_rows, "seconds": elapsed, "rows_per_s": rows / elapsed}


RELATIONAL: dict[str, Any] = {
    "seed": 1,
    "reference_time": "2026-01-01T00:00:00Z",
    "tables": {
        "customers": {
            "rows": 1000,
            "primary_key": "id",
            "fields": {
                "id": {"kind": "sequence"},
                "created_at": {"kind": "datetime", "min_value": "now-3y"},
            },
        },
        "orders": {
            "rows": {"per": "customers", "distribution": "poisson", "mean": 3},
            "primary_key": "id",
            "fields": {
                **SPEC["tables"]["orders"]["fields"],
                "customer_id": {"ref": "customers.id"},
            },
        },
    },
}


def child_relational(customers: int, existing: bool) -> dict[str, Any]:
    """Runs inside the child: customers first, then time the orders table (with its
    foreign key) alone; ``existing``: into tables created beforehand, keys and all."""
    import sqlalchemy as sa

    import lookalike.executors
    import lookalike.loading
    from lookalike.api import resolve
    from lookalike.sql.connect import normalise_url
    from lookalike.sql.ddl import build_metadata
    from lookalike.sql.scratch import scratch_database

    plan = resolve(RELATIONAL, rows=customers)
    with scratch_database("postgresql") as url:
        if existing:
            engine = sa.create_engine(normalise_url(url))
            build_metadata(plan).create_all(engine)
            engine.dispose()
        lookalike.loading.load_database(plan, url, workers=1, tables=("customers",))
        started = time.perf_counter()
        result = lookalike.loading.load_database(plan, url, workers=1, tables=("orders",))
        elapsed = time.perf_counter() - started
    rows = result.rows["orders"]
    return {"rows": rows, "seconds": elapsed, "rows_per_s": rows / elapsed}


def child_copy(rows: int) -> dict[str, Any]:
    """Runs inside the child: generate and encode first, then time only COPY and commit."""
    import sqlalchemy as sa

    from lookalike.api import resolve
    from lookalike.pipeline import collect_table
    from lookalike.sql.connect import open_engine
    from lookalike.sql.ddl import build_metadata
    from lookalike.sql.encode import PostgresCsv
    from lookalike.sql.scratch import scratch_database
    from lookalike.sql.writers import PostgresCopy

    plan = resolve(SPEC, rows=rows)
    data = collect_table(plan, "orders")
    encoded = [PostgresCsv()(batch) for batch in data.to_batches(max_chunksize=65_536)]
    with scratch_database("postgresql") as url:
        engine = open_engine(url)
        metadata = build_metadata(plan)
        metadata.create_all(engine)
        table: sa.Table = metadata.tables["orders"]
        started = time.perf_counter()
        with engine.begin() as conn:
            writer = PostgresCopy(conn, table, data.column_names)
            for chunk in encoded:
                writer.write_encoded(chunk)
            writer.finish()
        elapsed = time.perf_counter() - started
        engine.dispose()
    return {"rows": rows, "seconds": elapsed, "rows_per_s": rows / elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="300k rows, print only")
    args = parser.parse_args()
    sizes = [300_000] if args.quick else [1_000_000, 3_000_000]
    cores = os.cpu_count() or 1
    results = []
    for rows in sizes:
        for workers in (1, cores):
            measured = run_child("bench_load", "load", rows=rows, workers=workers)
            results.append({"what": f"load, {workers} worker(s)", **measured})
            print(json.dumps(results[-1]))
        measured = run_child("bench_load", "copy", rows=rows)
        results.append({"what": "copy only", **measured})
        print(json.dumps(results[-1]))
        for existing in (False, True):
            measured = run_child("bench_load", "relational", customers=rows // 3, existing=existing)
            where = "existing tables, keys checked per row" if existing else "new tables"
            results.append({"what": f"orders with a foreign key, {where}", **measured})
            print(json.dumps(results[-1]))
    if args.quick:
        return
    lines = [
        f"Run {dt.date.today().isoformat()} on {machine()}; PostgreSQL on the same machine.",
        "",
        "| rows | what | seconds | rows/s |",
        "|---:|---|---:|---:|",
    ]
    lines += [
        f"| {r['rows']:,} | {r['what']} | {r['seconds']:.2f} | {r['rows_per_s']:,.0f} |"
        for r in results
    ]
    lines += [
        "",
        "`load` is `load_database` end to end for an orders-like table (sequence key, two",
        "choices, a timestamp, integers and a decimal): create, generate, encode CSV, COPY,",
        "commit. `copy only` streams rows encoded beforehand, so it is the server's and",
        "driver's share. `orders with a foreign key` loads customers (a third as many)",
        "first and times the orders table alone (poisson, 3 per customer): into tables the",
        "load creates, whose foreign keys are added after loading, and into tables created",
        "beforehand, where PostgreSQL checks each row's key with a trigger.",
        "The issue's target is 200k rows/s for the orders table.",
    ]
    replace_section("load", "Loading into PostgreSQL (COPY)", lines)


if __name__ == "__main__":
    main()
