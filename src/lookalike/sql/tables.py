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
import warnings

import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.schema import AddConstraint, CreateTable

from lookalike.sql.errors import DatabaseError
from lookalike.sql.shape import PlanLike
from lookalike.sql.writers import driver_message


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
    order: tuple[str, ...],
    schema: str | None,
    *,
    late_keys: bool = False,
) -> tuple[str, ...]:
    """Create absent tables (without foreign keys when ``late_keys``); check existing
    ones; return the names created."""
    inspector = sa.inspect(engine)
    absent: list[sa.Table] = []
    problems: list[str] = []
    for name in order:
        if not inspector.has_table(name, schema=schema):
            absent.append(metadata.tables[qualified(name, schema)])
            continue
        with warnings.catch_warnings():
            # A column type SQLAlchemy does not know still has a name and nullability.
            warnings.simplefilter("ignore", sa.exc.SAWarning)
            reflected = inspector.get_columns(name, schema=schema)
        existing = {c["name"]: c for c in reflected}
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
        ]  # fmt: skip
        if required:
            problems.append(
                f"table {name} has NOT NULL column(s) {', '.join(required)} without a default "
                "that the spec does not generate"
            )
    if problems:
        raise DatabaseError(
            "the target tables do not match the spec: "
            + "; ".join(problems)
            + "; drop or alter those tables, or add the columns to the spec"
        )
    if absent:
        try:
            if late_keys:
                with engine.begin() as conn:
                    for table in absent:
                        conn.execute(CreateTable(table, include_foreign_key_constraints=[]))
            else:
                metadata.create_all(engine, tables=absent, checkfirst=True)
        except sa.exc.DBAPIError as exc:
            raise DatabaseError(
                f"cannot create tables {', '.join(t.name for t in absent)}: {driver_message(exc)}"
            ) from exc
    return tuple(t.name for t in absent)


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
