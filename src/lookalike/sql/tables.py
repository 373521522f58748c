"""The target tables of a load: created when absent, checked when present, keys added late.

:func:`prepare_tables` creates the tables a plan writes that the database lacks
(optionally without their foreign keys, for :func:`add_foreign_keys` to add once
the rows are in) and checks existing ones: every column the plan writes must be
there with a type its values load into, and no NOT NULL column without a
default may be left out. A mismatch names the table and columns and nothing is
written.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.schema import AddConstraint, CreateTable

from lookalike.sql.catalog import trigger_filled, triggers
from lookalike.sql.errors import DatabaseError
from lookalike.sql.shape import PlanLike
from lookalike.sql.writers import driver_message


@dataclass(frozen=True)
class Prepared:
    """The tables :func:`prepare_tables` created, and the NOT NULL columns of the others."""

    created: tuple[str, ...]
    not_null: dict[str, frozenset[str]] = field(default_factory=dict)


def qualified(name: str, schema: str | None) -> str:
    """The key of table ``name`` in a MetaData built for ``schema``.

    >>> qualified("orders", "sales"), qualified("orders", None)
    ('sales.orders', 'orders')
    """
    return f"{schema}.{name}" if schema else name


def enforce_sqlite_keys(engine: sa.Engine) -> None:
    """SQLite ignores foreign keys unless each connection asks for them."""
    if engine.dialect.name != "sqlite":
        return

    def on_connect(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    sa.event.listen(engine, "connect", on_connect)
    engine.dispose()  # later connections get the pragma


def prepare_tables(
    engine: sa.Engine,
    metadata: sa.MetaData,
    shape: PlanLike,
    targets: Mapping[str, sa.Table],
    *,
    late_keys: bool = False,
) -> Prepared:
    """Create absent tables (without foreign keys when ``late_keys``); check existing
    ones; say which were created and which columns of the others are NOT NULL.

    ``targets`` maps each table to load, in load order, to its table in
    ``metadata`` (whose schema says where it lives).
    """
    inspector = sa.inspect(engine)
    absent: list[sa.Table] = []
    problems: list[str] = []
    not_null: dict[str, frozenset[str]] = {}
    present = [n for n, t in targets.items() if inspector.has_table(n, schema=t.schema)]
    filled = _filled_by_database(engine, inspector, [targets[n] for n in present])
    for name, target in targets.items():
        if name not in present:
            absent.append(target)
            continue
        with warnings.catch_warnings():
            # A column type SQLAlchemy does not know still has a name and nullability.
            warnings.simplefilter("ignore", sa.exc.SAWarning)
            reflected = inspector.get_columns(name, schema=target.schema)
        existing = {c["name"]: c for c in reflected}
        not_null[name] = frozenset(c for c, info in existing.items() if not info["nullable"])
        problems += _mismatches(name, shape, existing, filled.get(name, set()))
    if problems:
        raise DatabaseError(
            "the target tables do not match the spec: "
            + "; ".join(problems)
            + "; drop or alter those tables, or add the columns to the spec"
        )
    if absent:
        _create(engine, metadata, absent, late_keys)
    return Prepared(tuple(t.name for t in absent), not_null)


def _create(engine: sa.Engine, metadata: sa.MetaData, absent: list[sa.Table], late: bool) -> None:
    """Create ``absent`` (and any schema they name that does not exist yet, PostgreSQL)."""
    try:
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                for where in dict.fromkeys(t.schema for t in absent if t.schema):
                    conn.execute(sa.schema.CreateSchema(where, if_not_exists=True))
        if late:
            with engine.begin() as conn:
                for table in absent:
                    conn.execute(CreateTable(table, include_foreign_key_constraints=[]))
        else:
            metadata.create_all(engine, tables=absent, checkfirst=True)
    except sa.exc.DBAPIError as exc:
        raise DatabaseError(
            f"cannot create tables {', '.join(t.name for t in absent)}: {driver_message(exc)}"
        ) from exc


def _mismatches(
    name: str, shape: PlanLike, existing: dict[str, Any], filled: set[str]
) -> list[str]:
    """What keeps an existing table from taking the plan's rows: missing columns,
    clashing types, NOT NULL columns nobody fills (the database's own generated,
    identity and trigger-filled columns excepted)."""
    problems = []
    wanted = list(shape.tables[name].schema.names)
    missing = [c for c in wanted if c not in existing]
    if missing:
        problems.append(
            f"table {name} exists without column(s) {', '.join(missing)} "
            f"(it has {', '.join(existing) or 'none'})"
        )
    problems += [
        f"column {name}.{column} is {existing[column]['type']} in the database but the spec "
        f"makes {_described(field.type)}"
        for column, field in zip(wanted, shape.tables[name].schema, strict=True)
        if column in existing and not _compatible(field.type, existing[column]["type"])
    ]
    required = [
        c for c, info in existing.items()
        if c not in wanted and not info.get("nullable", True)
        and info.get("default") is None and info.get("autoincrement") is not True
        and not info.get("computed") and not info.get("identity") and c not in filled
    ]  # fmt: skip
    if required:
        problems.append(
            f"table {name} has NOT NULL column(s) {', '.join(required)} without a default "
            "that the spec does not generate"
        )
    return problems


def _filled_by_database(
    engine: sa.Engine, inspector: sa.Inspector, tables: list[sa.Table]
) -> dict[str, set[str]]:
    """Columns of ``tables`` that a BEFORE INSERT trigger fills."""
    filled: dict[str, set[str]] = {}
    for where in dict.fromkeys(t.schema for t in tables):
        names = [t.name for t in tables if t.schema == where]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", sa.exc.SAWarning)
            columns = {
                n: [c["name"] for c in inspector.get_columns(n, schema=where)] for n in names
            }
        filled |= trigger_filled(triggers(engine, where), columns)[0]
    return filled


def add_foreign_keys(engine: sa.Engine, tables: list[sa.Table]) -> None:
    """Add the foreign keys of tables created without them; a violation names the key."""
    for table in tables:
        for constraint in table.foreign_key_constraints:
            try:
                with engine.begin() as conn:
                    conn.execute(AddConstraint(constraint))
            except sa.exc.DBAPIError as exc:
                raise DatabaseError(
                    f"table {table.name}: foreign key {constraint.name} does not hold: "
                    f"{driver_message(exc)}; the tables this load created were dropped"
                ) from exc


def drop_tables(engine: sa.Engine, tables: list[sa.Table]) -> None:
    preparer = engine.dialect.identifier_preparer
    with contextlib.suppress(Exception), engine.begin() as conn:
        for table in tables:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {preparer.format_table(table)} CASCADE")


def _category(python_type: type) -> str:
    import datetime as dt
    import decimal

    if python_type is bool:
        return "boolean"
    if python_type in (int, float, decimal.Decimal):
        return "number"
    if python_type in (dt.date, dt.datetime):
        return "date"
    if python_type is dt.time:
        return "time"
    if python_type in (str, bytes):
        return "text"
    return "other"


def _arrow_category(arrow_type: pa.DataType) -> str:
    if pa.types.is_dictionary(arrow_type):
        arrow_type = arrow_type.value_type
    if pa.types.is_boolean(arrow_type):
        return "boolean"
    if (
        pa.types.is_integer(arrow_type)
        or pa.types.is_floating(arrow_type)
        or pa.types.is_decimal(arrow_type)
    ):
        return "number"
    if pa.types.is_date(arrow_type) or pa.types.is_timestamp(arrow_type):
        return "date"
    if pa.types.is_time(arrow_type):
        return "time"
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return "text"
    return "other"


def _described(arrow_type: pa.DataType) -> str:
    return {"number": "numbers", "date": "dates or times", "time": "times of day",
            "boolean": "true/false values", "text": "text"}.get(
        _arrow_category(arrow_type), str(arrow_type)
    )  # fmt: skip


def _compatible(arrow_type: pa.DataType, sql_type: sa.types.TypeEngine[object]) -> bool:
    """Whether generated values of ``arrow_type`` load into a column of ``sql_type``.

    Only clear clashes count (text into a number, a date into a flag...): a number
    or a date also loads into a text column, and unknown types get the benefit
    of the doubt.

    >>> import sqlalchemy as sa
    >>> _compatible(pa.string(), sa.Integer()), _compatible(pa.int64(), sa.Text())
    (False, True)
    """
    try:
        wanted = _category(sql_type.python_type)
    except (NotImplementedError, AttributeError):
        return True
    made = _arrow_category(arrow_type)
    if "other" in (wanted, made) or wanted == made or wanted == "text":
        return True
    return wanted == "number" and made == "boolean"


def advance_sequences(engine: sa.Engine, table: sa.Table) -> None:
    """Move PostgreSQL sequences (serial and identity columns) of ``table`` past its
    largest key, so the application's next INSERT gets a fresh one.

    MySQL's AUTO_INCREMENT and SQLite's rowid follow explicit keys by themselves;
    a MariaDB SEQUENCE behind a ``DEFAULT NEXTVAL(seq)`` does not, and is moved too.
    """
    if engine.dialect.name in ("mysql", "mariadb"):
        _advance_mariadb_sequences(engine, table)
        return
    if engine.dialect.name != "postgresql":
        return
    preparer = engine.dialect.identifier_preparer
    name = preparer.format_table(table)
    with engine.begin() as conn:
        # Identity and owned serial columns name their sequence; a plain
        # ``DEFAULT nextval('seq')`` (a sequence made separately) names it in the default.
        owned = conn.execute(
            sa.text(
                "SELECT a.attname, pg_get_serial_sequence(:t, a.attname), "
                "pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d "
                "ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                "WHERE a.attrelid = CAST(:t AS regclass) AND a.attnum > 0 AND NOT a.attisdropped"
            ),
            {"t": name},
        ).all()
        for column, serial, default in owned:
            named = re.search(r"nextval\('([^']+)'", default or "")
            sequence = serial or (named.group(1) if named else None)
            if sequence is None or column not in table.c:
                continue
            conn.execute(
                sa.text(
                    f"SELECT setval(:s, m) FROM (SELECT max({preparer.quote(column)}) AS m "
                    f"FROM {name}) AS top WHERE m IS NOT NULL AND m >= 1"
                ),
                {"s": sequence},
            )


def _advance_mariadb_sequences(engine: sa.Engine, table: sa.Table) -> None:
    """``SETVAL`` each MariaDB sequence a column's default draws from to the column's
    largest value (MySQL has no sequences: the query finds none)."""
    preparer = engine.dialect.identifier_preparer
    with engine.begin() as conn:
        defaults = conn.execute(
            sa.text(
                "SELECT column_name, column_default FROM information_schema.columns "
                "WHERE table_schema = COALESCE(:s, DATABASE()) AND table_name = :t "
                "AND column_default LIKE 'nextval(%'"
            ),
            {"s": table.schema, "t": table.name},
        ).all()
        for column, default in defaults:
            sequence = re.fullmatch(r"(?i)nextval\((.+)\)", str(default).strip())
            if sequence is None or column not in table.c:
                continue
            top = conn.execute(
                sa.text(f"SELECT max({preparer.quote(column)}) FROM {preparer.format_table(table)}")
            ).scalar()
            if top is not None and int(top) >= 1:
                # SETVAL(seq, n): the next value is above n. The name is the catalogue's own.
                conn.exec_driver_sql(f"SELECT SETVAL({sequence.group(1)}, {int(top)})")
