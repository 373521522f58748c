"""Generate a whole plan into a live database: create, check, load, then close cycles.

1. Connect (unreachable or read-only → :class:`DatabaseError`, nothing written).
2. Create the tables that are absent; check that existing ones have every
   column the plan writes (and no NOT NULL column it does not). On PostgreSQL
   the tables created here get their foreign keys after loading (one join per
   key rather than a trigger per row, three times faster); if one does not
   hold, the tables this load created are dropped.
3. Load tables in ``plan.load_order``, each in its own transaction through the
   database's bulk path: a failure names the table and rolls it back.
4. Fill the columns held back to break cycles (and, outside PostgreSQL,
   self-references, which MySQL and SQLite check row by row): the true values
   go to a staging table and one ``UPDATE ... FROM`` per table.
"""

from __future__ import annotations

import contextlib
import time
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import pyarrow as pa
import pyarrow.ipc
import sqlalchemy as sa
from sqlalchemy.schema import AddConstraint, CreateTable

from lookalike.sinks.database import DatabaseSink
from lookalike.sql.connect import check_writable, display_url, open_engine
from lookalike.sql.ddl import build_metadata
from lookalike.sql.errors import DatabaseError
from lookalike.sql.shape import PlanLike, TableLike, required
from lookalike.sql.writers import bulk_writer, driver_message

if TYPE_CHECKING:
    from lookalike.plan import Plan

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class LoadResult:
    """What :func:`load_database` did: rows per table, tables it created, time taken."""

    url: str
    rows: dict[str, int] = field(default_factory=dict)
    created: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        """Rows across all tables."""
        return sum(self.rows.values())


def load_database(
    plan: Plan,
    url: str,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    schema: str | None = None,
    tables: tuple[str, ...] | None = None,
) -> LoadResult:
    """Generate every table of ``plan`` into the database at ``url``.

    ``workers`` as for files (None: automatic); ``progress(table, rows)`` is
    called as rows land; ``schema`` is the PostgreSQL schema or MySQL database
    to use instead of the URL's default; ``tables`` loads only those tables
    (their parents must already be there).
    """
    from lookalike.executors import executor_for
    from lookalike.pipeline import run_table

    started = time.perf_counter()
    shape = cast(PlanLike, plan)
    order = tuple(n for n in shape.load_order if tables is None or n in tables)
    engine = open_engine(url, bulk=True)
    try:
        check_writable(engine)
        _enforce_sqlite_keys(engine)
        metadata = build_metadata(shape, schema=schema)
        held = {n: _held_back(shape.tables[n], engine.dialect.name) for n in order}
        keys = {n: _row_key(shape.tables[n], held[n]) for n in order if held[n]}
        # PostgreSQL checks a foreign key with a trigger per row; on tables created
        # here the keys are added after loading instead, each checked by one join.
        late = engine.dialect.name == "postgresql"
        created = _prepare_tables(engine, metadata, shape, order, schema, late_keys=late)
        new_tables = [metadata.tables[_qualified(n, schema)] for n in created]
        executor = executor_for(workers, max((plan.tables[n].blocks for n in order), default=1))
        rows: dict[str, int] = {}
        sinks: dict[str, DatabaseSink] = {}
        try:
            for name in order:
                sink = DatabaseSink(
                    engine, metadata.tables[_qualified(name, schema)],
                    deferred=held[name], key=keys.get(name, ()),
                )  # fmt: skip
                counter = (lambda n, _t=name: progress(_t, n)) if progress else None
                # Inserts wait on the server: a sink thread sends them while this
                # thread goes on generating.
                rows[name] = run_table(
                    plan, name, sink, executor=executor, progress=counter, sink_thread=True
                )
                if held[name]:
                    sinks[name] = sink
            for name, sink in sinks.items():
                _fill_held_back(engine, metadata.tables[_qualified(name, schema)], sink)
            if late:
                _add_foreign_keys(engine, new_tables)
        except BaseException:
            if late and new_tables:
                # Tables made here without their keys must not outlive a failure.
                _drop(engine, new_tables)
            raise
        finally:
            executor.close()
            for sink in sinks.values():
                sink.discard_spool()
        return LoadResult(display_url(engine.url), rows, created, time.perf_counter() - started)
    finally:
        engine.dispose()


def _qualified(name: str, schema: str | None) -> str:
    return f"{schema}.{name}" if schema else name


def _enforce_sqlite_keys(engine: sa.Engine) -> None:
    """SQLite ignores foreign keys unless each connection asks for them."""
    if engine.dialect.name != "sqlite":
        return

    def on_connect(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    sa.event.listen(engine, "connect", on_connect)
    engine.dispose()  # later connections get the pragma


def _held_back(table: TableLike, dialect: str) -> tuple[str, ...]:
    """Columns written as NULL first: cycle-breaking keys, and nullable self-references
    where the database checks each row as it arrives (all but PostgreSQL's COPY)."""
    nullable = set(table.schema.names) - required(table)
    held: list[str] = []
    for fk in table.foreign_keys:
        self_reference = fk.parent == table.name and dialect != "postgresql"
        if (fk.deferred or self_reference) and set(fk.columns) <= nullable:
            held.extend(c for c in fk.columns if c not in held)
    return tuple(held)


def _row_key(table: TableLike, held: tuple[str, ...]) -> tuple[str, ...]:
    """The key that finds a row again when its held-back columns are filled in."""
    for key in (table.primary_key, *table.unique_keys):
        if key and not set(key) & set(held) and set(key) <= required(table):
            return tuple(key)
    raise DatabaseError(
        f"table {table.name}: columns {', '.join(held)} are filled after all tables are loaded "
        "(they close a foreign-key cycle), which needs a primary key or a NOT NULL unique key "
        f"on {table.name}; add primary_key to the table in the spec"
    )


def _prepare_tables(
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
            absent.append(metadata.tables[_qualified(name, schema)])
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


def _add_foreign_keys(engine: sa.Engine, tables: list[sa.Table]) -> None:
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


def _drop(engine: sa.Engine, tables: list[sa.Table]) -> None:
    preparer = engine.dialect.identifier_preparer
    with contextlib.suppress(Exception), engine.begin() as conn:
        for table in tables:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {preparer.format_table(table)} CASCADE")


def _fill_held_back(engine: sa.Engine, target: sa.Table, sink: DatabaseSink) -> None:
    """Stage the spooled key and held-back values, then UPDATE the target from them."""
    assert sink.spool_path is not None
    columns = (*sink.key, *sink.deferred)
    stage = sa.Table(
        f"_lookalike_fill_{uuid.uuid4().hex[:12]}",
        sa.MetaData(schema=target.schema),
        *[
            sa.Column(c, target.c[c].type, primary_key=c in sink.key, autoincrement=False)
            for c in columns
        ],
    )
    stage.create(engine)
    try:
        with engine.begin() as conn:
            writer = bulk_writer(conn, stage, list(columns))
            try:
                with pa.memory_map(sink.spool_path) as source:
                    for batch in pyarrow.ipc.open_stream(source):
                        writer.write(batch)
                writer.finish()
            except BaseException:
                writer.abort()
                raise
            update = (
                sa.update(target)
                .values({c: stage.c[c] for c in sink.deferred})
                .where(sa.and_(*(target.c[k] == stage.c[k] for k in sink.key)))
            )
            try:
                conn.execute(update)
            except sa.exc.DBAPIError as exc:
                raise DatabaseError(
                    f"table {target.name}: filling {', '.join(sink.deferred)} after loading "
                    f"failed: {driver_message(exc)}"
                ) from exc
    finally:
        with contextlib.suppress(Exception):
            stage.drop(engine)


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
