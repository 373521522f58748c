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

import contextlib
import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

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
    if_exists: str = "append",
    triggers: str = "keep",
    refresh_views: bool = False,
) -> LoadResult:
    """Generate every table of ``plan`` into the database at ``url``.

    ``workers`` as for files (None: automatic); ``progress(table, rows)`` is
    called as rows land; ``schema`` is the PostgreSQL schema or MySQL database
    to use instead of the URL's default; ``tables`` loads only those tables
    (their parents must already be there). For tables that exist already,
    ``if_exists`` is ``append`` (add the rows), ``fail``, ``truncate`` (empty
    them first) or ``replace`` (drop and create them); ``triggers="disable"``
    switches their user triggers off while loading (PostgreSQL);
    ``refresh_views`` refreshes the schema's materialized views afterwards.

    A failure leaves no row of this load behind in tables that were empty (or
    created, emptied or replaced) before it; the error names any table that held
    rows already and so keeps what was added.

    >>> import lookalike
    >>> from support.scratch import scratch_database
    >>> plan = lookalike.resolve({"seed": 1, "tables": {"t": {"rows": 5, "primary_key": "id",
    ...     "fields": {"id": {"kind": "sequence"}}}}})
    >>> with scratch_database("sqlite") as url:
    ...     first = load_database(plan, url, workers=1).rows
    ...     again = load_database(plan, url, workers=1, if_exists="truncate").rows
    >>> first, again
    ({'t': 5}, {'t': 5})
    """
    from lookalike.sql.connect import display_url, open_engine

    started = time.perf_counter()
    engine = open_engine(url, bulk=True)
    try:
        run = _Load(plan, engine, schema, tables, if_exists, triggers)
        rows = run.load(workers, progress)
        if refresh_views:
            from lookalike.sql.hygiene import refresh_views as refresh

            for where in dict.fromkeys(t.schema for t in run.targets.values()):
                refresh(engine, where)
        elapsed = time.perf_counter() - started
        return LoadResult(display_url(engine.url), rows, run.created, elapsed)
    finally:
        engine.dispose()


class _Load:
    """One load: the target prepared, the tables written in order, cleaned up on failure."""

    def __init__(
        self,
        plan: Plan,
        engine: sa.Engine,
        schema: str | None,
        tables: tuple[str, ...] | None,
        if_exists: str,
        triggers: str,
    ) -> None:
        from lookalike.sql.connect import check_writable
        from lookalike.sql.ddl import build_metadata
        from lookalike.sql.fill import held_back, row_key
        from lookalike.sql.hygiene import check_options
        from lookalike.sql.placement import placements
        from lookalike.sql.shape import PlanLike
        from lookalike.sql.tables import enforce_sqlite_keys, qualified

        self.plan, self.engine = plan, engine
        self.shape = cast(PlanLike, plan)
        # Each table in its own schema (the spec's, or --schema for all): never another.
        self.schemas = placements(self.shape, schema, engine.dialect.name)
        self.order = tuple(n for n in self.shape.load_order if tables is None or n in tables)
        check_options(if_exists, triggers, engine.dialect.name)
        check_writable(engine)
        enforce_sqlite_keys(engine)
        self.metadata = build_metadata(self.shape, schemas=self.schemas)
        self.targets = {n: self.metadata.tables[qualified(n, self.schemas[n])] for n in self.order}
        self.held = {n: held_back(self.shape.tables[n], engine.dialect.name) for n in self.order}
        self.keys = {
            n: row_key(self.shape.tables[n], self.held[n]) for n in self.order if self.held[n]
        }
        # PostgreSQL checks a foreign key with a trigger per row: keys are added (or, on
        # existing tables, re-added NOT VALID then validated) after loading, one join each.
        self.late = engine.dialect.name == "postgresql"
        self.if_exists, self.disable_triggers = if_exists, triggers == "disable"
        self.created: tuple[str, ...] = ()
        self.emptied: set[str] = set()  # empty before this load: safe to empty on failure
        self.written: list[str] = []

    def _prepare(self) -> dict[str, tuple[str, ...]]:
        """Apply ``--if-exists``, create or check the tables; return suspended keys."""
        from lookalike.sql.errors import DatabaseError
        from lookalike.sql.hygiene import drop_existing, empty_tables, existing_rows
        from lookalike.sql.tables import prepare_tables

        self._check_outside_parents()
        found = existing_rows(self.engine, list(self.targets.values()))
        if found and self.if_exists == "fail":
            raise DatabaseError(
                f"table(s) {', '.join(found)} exist already in the target; use --if-exists "
                "append, truncate or replace"
            )
        present = [self.targets[n] for n in self.order if n in found]
        if self.if_exists == "replace":
            drop_existing(self.engine, present)
        elif self.if_exists == "truncate":
            empty_tables(self.engine, present, why="--if-exists truncate")
        self.emptied = {n for n in self.order if not found.get(n, False)}
        if self.if_exists in ("truncate", "replace"):
            self.emptied = set(self.order)
        prepared = prepare_tables(
            self.engine, self.metadata, self.shape, self.targets, late_keys=self.late
        )
        self.created = prepared.created
        # A held-back column that is NOT NULL in the target cannot be written empty:
        # its true values go in with that foreign key suspended, checked afterwards.
        suspended = {
            n: self.held[n]
            for n in self.order
            if set(self.held[n]) & prepared.not_null.get(n, frozenset())
        }
        for name in suspended:
            self.held[name] = ()
        return suspended

    def _check_outside_parents(self) -> None:
        """With ``tables``, parents left out of the load must hold rows in the target:
        children pick among those rows (their keys, and any column the children read),
        so every reference lands on a row that exists there."""
        from lookalike.sql.errors import DatabaseError
        from lookalike.sql.existing import read_parent_columns

        wanted: dict[str, set[str]] = {}
        modes: dict[str, set[str]] = {}
        for name in self.order:
            table = self.plan.tables[name]
            links = {link.name: link for link in table.links}
            reads = [(r.parent, r.parent_column, r.link) for r in table.references]
            reads += [(s.parent, s.column, s.link) for s in table.scoped]
            for parent, column, link in reads:
                if parent not in self.order:
                    wanted.setdefault(parent, set()).add(column)
                    modes.setdefault(parent, set()).add(links[link].mode)
        existing: dict[tuple[str, str], Any] = {}
        for parent in sorted(wanted):
            spec_rows = self.plan.tables[parent].rows
            columns = read_parent_columns(
                self.engine, self.plan, parent, self.schemas[parent], sorted(wanted[parent])
            )
            have = len(next(iter(columns.values()))) if columns else 0
            # Rows given per parent, unique or distinct picks need a row of the target
            # for each of the spec's parent rows, or two would share one.
            need = spec_rows if modes[parent] - {"random"} else 1
            if have < need:
                raise DatabaseError(
                    f"table {parent} is referenced but not in this load, and the target holds "
                    f"{have:,} of the {need:,} rows its children need; load {parent} first, "
                    "or load them together"
                )
            existing |= {(parent, c): values for c, values in columns.items()}
        if existing:
            self.plan = dataclasses.replace(self.plan, existing=existing)

    def load(self, workers: int | None, progress: Progress | None) -> dict[str, int]:
        from lookalike.sql.suspend import DroppedKeys

        suspended = self._prepare()
        existing = [self.targets[n] for n in self.order if n not in self.created]
        dropped = DroppedKeys()
        executor = executor_for(
            workers, max((self.plan.tables[n].blocks for n in self.order), default=1)
        )
        sinks: dict[str, DatabaseSink] = {}
        try:
            if self.late:
                for table in existing:
                    dropped.drop(self.engine, table)
            self._triggers(existing, enabled=False)
            rows = self._write(executor, progress, suspended, sinks)
            self._finish(sinks, dropped, suspended)
            return rows
        except BaseException as exc:
            dropped.restore(self.engine, validate=False)
            self._undo(exc)
            raise
        finally:
            self._triggers(existing, enabled=True)
            executor.close()
            for sink in sinks.values():
                sink.discard_spool()

    def _write(
        self,
        executor: Any,
        progress: Progress | None,
        suspended: dict[str, tuple[str, ...]],
        sinks: dict[str, DatabaseSink],
    ) -> dict[str, int]:
        from lookalike.sql.tables import advance_sequences

        rows: dict[str, int] = {}
        for name in self.order:
            target = self.targets[name]
            sink = DatabaseSink(
                self.engine, target, deferred=self.held[name], key=self.keys.get(name, ()),
                key_checks=name not in suspended or self.late,
            )  # fmt: skip
            counter = (lambda n, _t=name: progress(_t, n)) if progress else None
            self.written.append(name)
            # Inserts wait on the server: a sink thread sends them while this thread
            # goes on generating.
            rows[name] = run_table(
                self.plan, name, sink, executor=executor, progress=counter, sink_thread=True
            )
            advance_sequences(self.engine, target)
            if self.held[name]:
                sinks[name] = sink
        return rows

    def _finish(
        self,
        sinks: dict[str, DatabaseSink],
        dropped: Any,
        suspended: dict[str, tuple[str, ...]],
    ) -> None:
        from lookalike.sql.fill import fill_held_back
        from lookalike.sql.tables import add_foreign_keys

        for name, sink in sinks.items():
            assert sink.spool_path is not None
            fill_held_back(
                self.engine, self.targets[name], sink.spool_path, sink.key, sink.deferred
            )
        dropped.restore(self.engine, validate=True)
        _check_suspended(self.engine, self.metadata, self.shape, suspended, self.schemas)
        if self.late:
            add_foreign_keys(self.engine, [self.targets[n] for n in self.created])

    def _triggers(self, tables: list[sa.Table], *, enabled: bool) -> None:
        if self.disable_triggers and tables:
            from lookalike.sql.hygiene import set_triggers

            set_triggers(self.engine, tables, enabled=enabled)

    def _undo(self, exc: BaseException) -> None:
        """Take out what this load wrote: drop the tables it created, empty those that
        were empty, and say which tables keep added rows (they held rows already)."""
        from lookalike.sql.hygiene import empty_tables
        from lookalike.sql.tables import drop_tables

        created = [self.targets[n] for n in self.created]
        # Every table that was empty, written or not: PostgreSQL truncates a table only
        # with the tables referencing it, and those not reached yet are empty anyway.
        emptied = [self.targets[n] for n in self.order
                   if n in self.emptied and n not in self.created]  # fmt: skip
        with contextlib.suppress(Exception):
            empty_tables(self.engine, emptied, why="undoing a failed load")
        if created:
            drop_tables(self.engine, created)
        kept = [n for n in self.written[:-1] if n not in self.emptied]
        if kept and isinstance(exc, Exception) and exc.args:
            exc.args = (
                f"{exc.args[0]}; table(s) {', '.join(kept)} held rows before and keep the rows "
                "this load added",
                *exc.args[1:],
            )


def _check_suspended(
    engine: sa.Engine,
    metadata: sa.MetaData,
    shape: PlanLike,
    suspended: dict[str, tuple[str, ...]],
    schemas: dict[str, str | None],
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
            child = metadata.tables[qualified(name, schemas[name])]
            parent = metadata.tables[qualified(fk.parent, schemas[fk.parent])]
            found = orphans(engine, child, fk.columns, parent, fk.parent_columns)
            if found:
                raise DatabaseError(
                    f"table {name}: {found:,} rows break the foreign key "
                    f"({', '.join(fk.columns)}) -> {fk.parent}, loaded with its checks "
                    "suspended to close a NOT NULL cycle"
                )
