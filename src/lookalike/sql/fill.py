"""Columns held back while loading and filled in afterwards, to close foreign-key cycles.

A column that closes a cycle (``stores.manager_id`` -> ``staff`` while
``staff.store_id`` -> ``stores``) cannot be written with its table: the rows it
points at are not loaded yet. :func:`held_back` names such columns (and, where
the database checks each row as it arrives, nullable self-references); the sink
writes them as NULL and spools their true values with the row's key
(:func:`row_key`); :func:`fill_held_back` stages the spool and runs one
``UPDATE ... FROM`` per table once every table is in.
"""

from __future__ import annotations

import contextlib
import uuid

import pyarrow as pa
import pyarrow.ipc
import sqlalchemy as sa

from lookalike.sql.errors import DatabaseError
from lookalike.sql.shape import TableLike, required
from lookalike.sql.writers import bulk_writer, driver_message


def held_back(table: TableLike, dialect: str) -> tuple[str, ...]:
    """Columns written as NULL first: cycle-breaking keys, and nullable self-references
    where the database checks each row as it arrives (all but PostgreSQL's COPY)."""
    nullable = set(table.schema.names) - required(table)
    held: list[str] = []
    for fk in table.foreign_keys:
        self_reference = fk.parent == table.name and dialect != "postgresql"
        if (fk.deferred or self_reference) and set(fk.columns) <= nullable:
            held.extend(c for c in fk.columns if c not in held)
    return tuple(held)


def row_key(table: TableLike, held: tuple[str, ...]) -> tuple[str, ...]:
    """The key that finds a row again when its held-back columns are filled in."""
    for key in (table.primary_key, *table.unique_keys):
        if key and not set(key) & set(held) and set(key) <= required(table):
            return tuple(key)
    raise DatabaseError(
        f"table {table.name}: columns {', '.join(held)} are filled after all tables are loaded "
        "(they close a foreign-key cycle), which needs a primary key or a NOT NULL unique key "
        f"on {table.name}; add primary_key to the table in the spec"
    )


def fill_held_back(
    engine: sa.Engine,
    target: sa.Table,
    spool_path: str,
    key: tuple[str, ...],
    deferred: tuple[str, ...],
) -> None:
    """Stage the spooled key and held-back values, then UPDATE the target from them."""
    columns = (*key, *deferred)
    stage = sa.Table(
        f"_lookalike_fill_{uuid.uuid4().hex[:12]}",
        sa.MetaData(schema=target.schema),
        *[
            sa.Column(c, target.c[c].type, primary_key=c in key, autoincrement=False)
            for c in columns
        ],
    )
    stage.create(engine)
    try:
        with engine.begin() as conn:
            writer = bulk_writer(conn, stage, list(columns))
            try:
                with pa.memory_map(spool_path) as source:
                    for batch in pyarrow.ipc.open_stream(source):
                        writer.write(batch)
                writer.finish()
            except BaseException:
                writer.abort()
                raise
            update = (
                sa.update(target)
                .values({c: stage.c[c] for c in deferred})
                .where(sa.and_(*(target.c[k] == stage.c[k] for k in key)))
            )
            try:
                conn.execute(update)
            except sa.exc.DBAPIError as exc:
                raise DatabaseError(
                    f"table {target.name}: filling {', '.join(deferred)} after loading "
                    f"failed: {driver_message(exc)}"
                ) from exc
    finally:
        with contextlib.suppress(Exception):
            stage.drop(engine)
