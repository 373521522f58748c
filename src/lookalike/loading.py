"""Generate a whole plan into a live database: create, check, load, then close cycles.

This is the load driver, beside :mod:`lookalike.pipeline` whose loop it runs
once per table into a :class:`~lookalike.sinks.database.DatabaseSink`; the
pieces it drives live below it in :mod:`lookalike.sql`.

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

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from lookalike.executors import executor_for
from lookalike.pipeline import run_table
from lookalike.sinks.database import DatabaseSink

if TYPE_CHECKING:
    import sqlalchemy as sa

    from lookalike.plan import Plan
    from lookalike.sql.shape import PlanLike

__all__ = ["LoadResult", "load_database"]

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

    >>> import lookalike
    >>> from lookalike.sql.scratch import scratch_database
    >>> plan = lookalike.resolve({"seed": 1, "tables": {"t": {"rows": 5, "primary_key": "id",
    ...     "fields": {"id": {"kind": "sequence"}}}}})
    >>> with scratch_database("sqlite") as url:
    ...     load_database(plan, url, workers=1).rows
    {'t': 5}
    """
    from lookalike.sql.connect import check_writable, display_url, open_engine
    from lookalike.sql.ddl import build_metadata
    from lookalike.sql.fill import fill_held_back, held_back, row_key
    from lookalike.sql.shape import PlanLike
    from lookalike.sql.suspend import DroppedKeys
    from lookalike.sql.tables import (
        add_foreign_keys,
        advance_sequences,
        drop_tables,
        enforce_sqlite_keys,
        prepare_tables,
        qualified,
    )

    started = time.perf_counter()
    shape = cast(PlanLike, plan)
    order = tuple(n for n in shape.load_order if tables is None or n in tables)
    engine = open_engine(url, bulk=True)
    try:
        check_writable(engine)
        enforce_sqlite_keys(engine)
        metadata = build_metadata(shape, schema=schema)
        held = {n: held_back(shape.tables[n], engine.dialect.name) for n in order}
        keys = {n: row_key(shape.tables[n], held[n]) for n in order if held[n]}
        # PostgreSQL checks a foreign key with a trigger per row; on tables created
        # here the keys are added after loading instead, each checked by one join.
        late = engine.dialect.name == "postgresql"
        prepared = prepare_tables(engine, metadata, shape, order, schema, late_keys=late)
        created = prepared.created
        new_tables = [metadata.tables[qualified(n, schema)] for n in created]
        # A held-back column that is NOT NULL in the target cannot be written empty:
        # its true values go in with that foreign key suspended, checked afterwards.
        suspended = {
            n: held[n] for n in order if set(held[n]) & prepared.not_null.get(n, frozenset())
        }
        for name in suspended:
            held[name] = ()
        dropped = DroppedKeys()
        executor = executor_for(workers, max((plan.tables[n].blocks for n in order), default=1))
        rows: dict[str, int] = {}
        sinks: dict[str, DatabaseSink] = {}
        try:
            for name in order:
                target = metadata.tables[qualified(name, schema)]
                if name in suspended and late:
                    dropped.drop(engine, target, suspended[name])
                sink = DatabaseSink(
                    engine, target, deferred=held[name], key=keys.get(name, ()),
                    key_checks=name not in suspended,
                )  # fmt: skip
                counter = (lambda n, _t=name: progress(_t, n)) if progress else None
                # Inserts wait on the server: a sink thread sends them while this
                # thread goes on generating.
                rows[name] = run_table(
                    plan, name, sink, executor=executor, progress=counter, sink_thread=True
                )
                advance_sequences(engine, target)
                if held[name]:
                    sinks[name] = sink
            for name, sink in sinks.items():
                assert sink.spool_path is not None
                target = metadata.tables[qualified(name, schema)]
                fill_held_back(engine, target, sink.spool_path, sink.key, sink.deferred)
            dropped.restore(engine, validate=True)
            _check_suspended(engine, metadata, shape, suspended, schema)
            if late:
                add_foreign_keys(engine, new_tables)
        except BaseException:
            dropped.restore(engine, validate=False)
            if late and new_tables:
                # Tables made here without their keys must not outlive a failure.
                drop_tables(engine, new_tables)
            raise
        finally:
            executor.close()
            for sink in sinks.values():
                sink.discard_spool()
        return LoadResult(display_url(engine.url), rows, created, time.perf_counter() - started)
    finally:
        engine.dispose()


def _check_suspended(
    engine: sa.Engine,
    metadata: sa.MetaData,
    shape: PlanLike,
    suspended: dict[str, tuple[str, ...]],
    schema: str | None,
) -> None:
    """Count orphans of the keys loaded unchecked (PostgreSQL validated them already)."""
    from lookalike.sql.errors import DatabaseError
    from lookalike.sql.suspend import orphans
    from lookalike.sql.tables import qualified

    if engine.dialect.name == "postgresql":
        return
    for name, columns in suspended.items():
        for fk in shape.tables[name].foreign_keys:
            if not set(fk.columns) & set(columns):
                continue
            child = metadata.tables[qualified(name, schema)]
            parent = metadata.tables[qualified(fk.parent, schema)]
            found = orphans(engine, child, fk.columns, parent, fk.parent_columns)
            if found:
                raise DatabaseError(
                    f"table {name}: {found:,} rows break the foreign key "
                    f"({', '.join(fk.columns)}) -> {fk.parent}, loaded with its checks "
                    "suspended to close a NOT NULL cycle"
                )
