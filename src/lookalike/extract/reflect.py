"""Read a database's schema through SQLAlchemy's inspector into plain data.

Every inspector call is guarded: a table or constraint the dialect cannot
reflect becomes an :class:`Issue` and the rest is still read. Row counts are
exact (a ``count(*)`` bounded at :data:`COUNT_LIMIT`) unless the catalogue's
estimate is above that bound; no column value is ever selected. Partitions are
read through their parent, and the catalogue tells which columns and tables
triggers fill (:mod:`lookalike.sql.catalog`).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import sqlalchemy as sa

from lookalike.sql.catalog import (
    Partitioned,
    domain_sizes,
    partitions,
    sized_domain,
    trigger_filled,
    triggers,
)
from lookalike.sql.errors import DatabaseError

T = TypeVar("T")

#: A bounded count stops here: enough to size a spec, cheap on a huge table.
COUNT_LIMIT = 10_000_000


@dataclass(frozen=True)
class Issue:
    """Something extraction could not carry over, and what it did instead."""

    table: str
    column: str | None
    problem: str
    action: str

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        return f"{where}: {self.problem}; {self.action}"


@dataclass
class Reflected:
    """One table as the inspector sees it."""

    name: str
    columns: list[dict[str, Any]]
    primary_key: list[str] = field(default_factory=list)
    unique: list[list[str]] = field(default_factory=list)
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0
    #: Set when the table is partitioned: its partitions and their range.
    partitioned: Partitioned | None = None
    #: Columns a BEFORE INSERT trigger fills.
    trigger_filled: set[str] = field(default_factory=set)
    #: The table whose INSERT trigger writes this one's rows.
    written_by: str | None = None


def _guarded(issues: list[Issue], table: str, what: str, call: Callable[[], T], empty: T) -> T:
    try:
        # An unknown column type is a warning to SQLAlchemy (and NullType to us):
        # it is reported per column later, not printed here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", sa.exc.SAWarning)
            return call()
    except NotImplementedError:
        issues.append(Issue(table, None, f"this database cannot list its {what}", "none used"))
    except Exception as exc:
        issues.append(Issue(table, None, f"reading its {what} failed ({exc})", "none used"))
    return empty


def reflect(
    engine: sa.Engine, *, schema: str | None, tables: list[str] | None
) -> tuple[list[Reflected], list[Issue]]:
    """The selected tables (all when None) with columns, keys, checks and row counts."""
    inspector = sa.inspect(engine)
    try:
        available = inspector.get_table_names(schema=schema)
    except Exception as exc:
        where = schema or "(default)"
        raise DatabaseError(f"cannot list the tables of schema {where}: {exc}") from exc
    if tables:
        unknown = [t for t in tables if t not in available]
        if unknown:
            raise DatabaseError(
                f"no table(s) {', '.join(unknown)} in schema {schema or '(default)'}; "
                f"it has {', '.join(available) or 'no tables'}"
            )
        names = list(tables)
    parted = partitions(engine, schema)
    children = {c for p in parted.values() for c in p.children}
    if not tables:
        # A partition is written through its parent: the parent stands for all of them.
        names = [t for t in available if not t.startswith("_lookalike_") and t not in children]
    issues: list[Issue] = []
    found = [
        table
        for name in names
        if (table := _read_table(engine, inspector, name, schema, issues)) is not None
    ]
    sizes = domain_sizes(engine)
    for table in found:
        for column in table.columns:
            sized_domain(column["type"], sizes)
    for table in found:
        table.partitioned = parted.get(table.name)
        if table.partitioned is not None and not table.foreign_keys:
            table.foreign_keys = _lifted_keys(inspector, table.partitioned.children, schema)
    filled, written = trigger_filled(
        triggers(engine, schema), {t.name: [c["name"] for c in t.columns] for t in found}
    )
    for table in found:
        table.trigger_filled = filled.get(table.name, set())
        table.written_by = written.get(table.name)
    _count_rows(engine, found, schema, issues)
    return found, issues


def _read_table(
    engine: sa.Engine, inspector: sa.Inspector, name: str, schema: str | None, issues: list[Issue]
) -> Reflected | None:
    """One table's columns, keys and checks; None when not even its columns can be read."""

    def read(what: str, method: str, empty: Any) -> Any:
        call = getattr(inspector, method)
        return _guarded(issues, name, what, lambda: call(name, schema=schema), empty)

    columns = read("columns", "get_columns", [])
    if not columns:
        issues.append(Issue(name, None, "no columns could be read", "table left out"))
        return None
    table = Reflected(name, list(columns))
    pk = read("primary key", "get_pk_constraint", {})
    table.primary_key = list(pk.get("constrained_columns") or [])
    uniques = read("unique constraints", "get_unique_constraints", [])
    indexes = read("indexes", "get_indexes", [])
    if engine.dialect.name == "sqlite":
        uniques = [*uniques, *_sqlite_unique(engine, name)]
    keys: list[list[str]] = []
    for entry in [*uniques, *(i for i in indexes if i.get("unique"))]:
        cols = [c for c in entry.get("column_names") or [] if c]
        if cols and cols not in keys and cols != table.primary_key:
            keys.append(cols)
    table.unique = keys
    table.foreign_keys = read("foreign keys", "get_foreign_keys", [])
    table.checks = read("check constraints", "get_check_constraints", [])
    if not table.checks and engine.dialect.name in ("mysql", "mariadb"):
        table.checks = _mysql_checks(engine, name, schema)
    return table


def _count_rows(
    engine: sa.Engine, tables: list[Reflected], schema: str | None, issues: list[Issue]
) -> None:
    estimates: dict[str, int] = {}
    with engine.connect() as conn:
        try:
            if engine.dialect.name == "postgresql":
                rows = conn.execute(
                    sa.text(
                        "SELECT c.relname, c.reltuples FROM pg_class c JOIN pg_namespace n "
                        "ON n.oid = c.relnamespace WHERE n.nspname = :s AND c.relkind = 'r'"
                    ),
                    {"s": schema or conn.exec_driver_sql("SELECT current_schema()").scalar()},
                )
                estimates = {r[0]: int(r[1]) for r in rows}
            elif engine.dialect.name in ("mysql", "mariadb"):
                rows = conn.execute(
                    sa.text(
                        "SELECT table_name, table_rows FROM information_schema.tables "
                        "WHERE table_schema = COALESCE(:s, DATABASE())"
                    ),
                    {"s": schema},
                )
                estimates = {r[0]: int(r[1] or 0) for r in rows}
        except Exception:
            estimates = {}
        for table in tables:
            estimate = estimates.get(table.name, 0)
            if estimate > COUNT_LIMIT:
                # Only a huge table is sized from the catalogue: an estimate below the
                # limit is counted exactly, so two extracts of the same data agree.
                table.rows = estimate
                continue
            source = sa.table(table.name, schema=schema)
            bounded = sa.select(sa.literal(1)).select_from(source).limit(COUNT_LIMIT).subquery()
            try:
                table.rows = int(
                    conn.execute(sa.select(sa.func.count()).select_from(bounded)).scalar() or 0
                )
            except Exception as exc:
                conn.rollback()
                issues.append(Issue(table.name, None, f"cannot count rows ({exc})", "default used"))


def _sqlite_unique(engine: sa.Engine, table: str) -> list[dict[str, Any]]:
    """Column-level ``UNIQUE`` in SQLite lives only in an automatic index."""
    found = []
    with engine.connect() as conn:
        quoted = engine.dialect.identifier_preparer.quote(table)
        for row in conn.exec_driver_sql(f"PRAGMA index_list({quoted})"):
            if row[2] and row[3] == "u":
                index = engine.dialect.identifier_preparer.quote(row[1])
                info = conn.exec_driver_sql(f"PRAGMA index_info({index})").all()
                found.append({"column_names": [r[2] for r in sorted(info)]})
    return found


def _mysql_checks(engine: sa.Engine, table: str, schema: str | None) -> list[dict[str, Any]]:
    """MariaDB's column CHECKs, which SQLAlchemy's MySQL reflection does not list."""
    query = sa.text(
        "SELECT constraint_name, check_clause FROM information_schema.check_constraints "
        "WHERE constraint_schema = COALESCE(:s, DATABASE()) AND table_name = :t"
    )
    try:
        with engine.connect() as conn:
            rows = conn.execute(query, {"s": schema, "t": table}).all()
    except Exception:
        return []
    return [{"name": r[0], "sqltext": r[1]} for r in rows]


def _lifted_keys(
    inspector: sa.Inspector, children: tuple[str, ...], schema: str | None
) -> list[dict[str, Any]]:
    """Foreign keys any partition declares, lifted to their parent (old-style
    partitioned schemas declare them per partition, and a row may land in any)."""
    found: list[dict[str, Any]] = []
    for child in children:
        try:
            keys = inspector.get_foreign_keys(child, schema=schema)
        except Exception:
            return []
        shape = [
            {k: fk.get(k) for k in ("constrained_columns", "referred_table", "referred_columns",
                                     "referred_schema")}
            for fk in keys
        ]  # fmt: skip
        found += [fk for fk in shape if fk not in found]
    return [{**fk, "name": None} for fk in found]


def lookup_values(
    engine: sa.Engine, table: str, columns: list[str], schema: str | None, limit: int
) -> dict[str, list[tuple[Any, int]]]:
    """Each column's distinct values with their counts, most frequent first (ties in
    value order): only for the small lookup tables extraction keeps as they are."""
    source = sa.table(table, *(sa.column(c) for c in columns), schema=schema)
    found: dict[str, list[tuple[Any, int]]] = {}
    with engine.connect() as conn:
        for name in columns:
            column = source.c[name]
            query = (
                sa.select(column, sa.func.count())
                .where(column.is_not(None))
                .group_by(column)
                .order_by(sa.func.count().desc(), column)
                .limit(limit + 1)
            )
            try:
                found[name] = [(r[0], int(r[1])) for r in conn.execute(query)]
            except Exception:
                conn.rollback()
    return found
