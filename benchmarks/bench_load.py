"""Database loading benchmark: an orders-like table into the local PostgreSQL through COPY.

Two figures per row count, each in a fresh child process and a scratch
database (``lookalike_t_<hex>``, dropped afterwards):

* ``load``: :func:`lookalike.loading.load_database` end to end (creating the
  table, generating, encoding CSV, COPY, committing), in-process and with
  worker processes encoding blocks in parallel;
* ``copy only``: the same rows generated and encoded beforehand, timing only
  the COPY stream and commit: what the server and driver take;
* ``psql \\copy``: the same rows written to a CSV file beforehand, timing only
  ``psql -c "\\copy ..."``: the yardstick a data engineer would use;
* ``orders with a foreign key``: into tables the load creates (keys added after
  loading) and into tables created beforehand (keys dropped for the load and
  re-added ``NOT VALID`` then validated).

Every contender runs once per round, rounds repeated (``--repeat``), and the
median run is kept with every run shown, as in ``bench_core.py``.

    uv run python benchmarks/bench_load.py            # 1M and 3M rows, updates docs/benchmarks.md
    uv run python benchmarks/bench_load.py --quick    # 100k rows, one round, prints results
    uv run python benchmarks/bench_load.py --rows 300000 --repeat 2   # one size, updates the doc
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import tempfile
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
    from support.scratch import scratch_database

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
    from support.scratch import scratch_database

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
    from lookalike.sql.writers import PostgresCopy
    from support.scratch import scratch_database

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


def child_psql(rows: int) -> dict[str, Any]:
    """Runs inside the child: the same rows as CSV on disk, then time ``psql \\copy``."""
    import sqlalchemy as sa

    from lookalike.api import resolve
    from lookalike.pipeline import collect_table
    from lookalike.sql.connect import open_engine
    from lookalike.sql.ddl import build_metadata
    from lookalike.sql.encode import PostgresCsv
    from support.scratch import scratch_database

    plan = resolve(SPEC, rows=rows)
    data = collect_table(plan, "orders")
    with tempfile.NamedTemporaryFile(suffix=".csv") as file:
        for batch in data.to_batches(max_chunksize=65_536):
            file.write(memoryview(PostgresCsv()(batch)))
        file.flush()
        with scratch_database("postgresql") as url:
            engine = open_engine(url)
            build_metadata(plan).create_all(engine)
            where = sa.make_url(url)
            engine.dispose()
            columns = ", ".join(data.column_names)
            command = [
                "psql", "-h", where.host or "127.0.0.1", "-p", str(where.port or 5432),
                "-U", where.username or "postgres", "-d", where.database or "", "-q",
                "-c", f"\\copy orders ({columns}) FROM '{file.name}' WITH (FORMAT csv)",
            ]  # fmt: skip
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            elapsed = time.perf_counter() - started
    return {"rows": rows, "seconds": elapsed, "rows_per_s": rows / elapsed}


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median time, with every run's rows/s beside it."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    return {**ordered[(len(ordered) - 1) // 2], "all_rows_per_s": [r["rows_per_s"] for r in runs]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100k rows, one round, print only")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per point (median kept)")
    parser.add_argument("--rows", type=int, help="one size instead of 1M and 3M")
    args = parser.parse_args()
    sizes = [100_000] if args.quick else [args.rows] if args.rows else [1_000_000, 3_000_000]
    repeat = 1 if args.quick else args.repeat
    cores = os.cpu_count() or 1
    results = []
    for rows in sizes:
        contenders: list[tuple[str, str, dict[str, Any]]] = [
            (f"load, {w} worker(s)", "load", {"rows": rows, "workers": w}) for w in (1, cores)
        ]
        contenders += [
            ("copy only", "copy", {"rows": rows}),
            ("psql \\copy", "psql", {"rows": rows}),
        ]
        contenders += [
            (f"orders with a foreign key, {where}", "relational",
             {"customers": rows // 3, "existing": existing})
            for where, existing in (("new tables", False), ("existing tables", True))
        ]  # fmt: skip
        # Rounds, not runs back to back: the machine's drift falls on every contender.
        runs: dict[str, list[dict[str, Any]]] = {}
        for _ in range(repeat):
            for what, kind, options in contenders:
                runs.setdefault(what, []).append(run_child("bench_load", kind, **options))
        for what, done in runs.items():
            results.append({"what": what, **median_run(done)})
            every = ", ".join(f"{x:,.0f}" for x in results[-1]["all_rows_per_s"])
            print(f"{rows:>10,} {what:45} {results[-1]['rows_per_s']:>12,.0f} rows/s ({every})")
    if args.quick:
        return
    write_doc(results, repeat)


def write_doc(results: list[dict[str, Any]], repeat: int) -> None:
    """Replace the load section of docs/benchmarks.md with this run's table."""
    lines = [
        f"Run {dt.date.today().isoformat()} on {machine()}; PostgreSQL on the same machine,",
        f"shared with other work. Median of {repeat} rounds, every run shown.",
        "",
        "| rows | what | seconds | rows/s | every run, rows/s |",
        "|---:|---|---:|---:|---|",
    ]
    lines += [
        f"| {r['rows']:,} | {r['what']} | {r['seconds']:.2f} | {r['rows_per_s']:,.0f} | "
        + ", ".join(f"{x:,.0f}" for x in r["all_rows_per_s"]) + " |"
        for r in results
    ]  # fmt: skip
    lines += [
        "",
        "`load` is `load_database` end to end for an orders-like table (sequence key, two",
        "choices, a timestamp, integers and a decimal): create, generate, encode CSV, COPY,",
        "commit. `copy only` streams rows encoded beforehand, so it is the server's and",
        "driver's share; `psql \\copy` loads the same rows from a CSV file written beforehand.",
        "`orders with a foreign key` loads customers (a third as many) first and times the",
        "orders table alone (poisson, 3 per customer): into tables the load creates, whose",
        "foreign keys are added after loading, and into tables created beforehand, whose",
        "foreign keys are dropped for the load and re-added NOT VALID, then validated.",
    ]
    replace_section("load", "Loading into PostgreSQL (COPY)", lines)


if __name__ == "__main__":
    main()
