"""Foreign keys suspended while a NOT NULL reference cycle is loaded, then checked.

A store's manager is a staff member and every staff member works at a store;
when both columns are NOT NULL in the target, neither table can go first and
no column may be written empty and filled later. The load then writes the true
values with that one foreign key suspended, and checks it once every table is
in:

* PostgreSQL: the constraint is dropped before the table is loaded and added
  back afterwards as ``NOT VALID`` then ``VALIDATE``d (one join, which also
  catches any orphan); after a failure it is still added back, unvalidated, so
  the schema is never left without it;
* MySQL/MariaDB: ``FOREIGN_KEY_CHECKS = 0`` in the loading session only;
* SQLite: ``PRAGMA foreign_keys = OFF`` on the loading connection only;

and for the last two a count of orphans names the key if any row lacks its
parent (:func:`orphans`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import sqlalchemy as sa

from lookalike.sql.errors import DatabaseError
from lookalike.sql.writers import driver_message


def set_key_checks(conn: sa.Connection, on: bool) -> None:
    """Turn foreign-key checks of this session on or off (MySQL, SQLite; else nothing)."""
    name = conn.dialect.name
    if name in ("mysql", "mariadb"):
        conn.exec_driver_sql(f"SET FOREIGN_KEY_CHECKS = {int(on)}")
    elif name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


@dataclass
class DroppedKeys:
    """PostgreSQL constraints dropped for the load: (table, name, definition)."""

    dropped: list[tuple[sa.Table, str, str]] = field(default_factory=list)

    def drop(
        self, engine: sa.Engine, table: sa.Table, columns: tuple[str, ...] | None = None
    ) -> None:
        """Drop the target's foreign keys on exactly ``columns`` (all of them when None),
        remembering them."""
        preparer = engine.dialect.identifier_preparer
        query = sa.text(
            "SELECT con.conname, pg_get_constraintdef(con.oid) FROM pg_constraint con "
            "WHERE con.conrelid = CAST(:t AS regclass) AND con.contype = 'f' AND "
            "(CAST(:c AS text[]) IS NULL OR "
            "ARRAY(SELECT a.attname::text FROM unnest(con.conkey) k JOIN pg_attribute a "
            "ON a.attrelid = con.conrelid AND a.attnum = k ORDER BY a.attname) = "
            "CAST(:c AS text[]))"
        )
        wanted = sorted(columns) if columns is not None else None
        with engine.begin() as conn:
            found = conn.execute(query, {"t": preparer.format_table(table), "c": wanted}).all()
            for name, definition in found:
                conn.exec_driver_sql(
                    f"ALTER TABLE {preparer.format_table(table)} "
                    f"DROP CONSTRAINT {preparer.quote(name)}"
                )
                self.dropped.append((table, str(name), str(definition)))

    def restore(self, engine: sa.Engine, *, validate: bool) -> None:
        """Add the keys back (``NOT VALID``), then validate them when asked."""
        preparer = engine.dialect.identifier_preparer
        failure: DatabaseError | None = None
        for table, name, definition in self.dropped:
            target = preparer.format_table(table)
            with contextlib.suppress(sa.exc.DBAPIError), engine.begin() as conn:
                conn.exec_driver_sql(
                    f"ALTER TABLE {target} ADD CONSTRAINT {preparer.quote(name)} "
                    f"{definition} NOT VALID"
                )
            if not validate or failure is not None:
                continue
            try:
                with engine.begin() as conn:
                    conn.exec_driver_sql(
                        f"ALTER TABLE {target} VALIDATE CONSTRAINT {preparer.quote(name)}"
                    )
            except sa.exc.DBAPIError as exc:
                failure = DatabaseError(
                    f"table {table.name}: foreign key {name} does not hold after loading: "
                    f"{driver_message(exc)}"
                )
        self.dropped.clear()
        if failure is not None:
            raise failure


def orphans(
    engine: sa.Engine,
    child: sa.Table,
    columns: tuple[str, ...],
    parent: sa.Table,
    parent_columns: tuple[str, ...],
) -> int:
    """Rows of ``child`` whose non-null ``columns`` match no row of ``parent``.

    >>> import tempfile, sqlalchemy as sa
    >>> engine = sa.create_engine(f"sqlite:///{tempfile.mkdtemp()}/t.db")
    >>> meta = sa.MetaData()
    >>> parent = sa.Table("p", meta, sa.Column("id", sa.Integer, primary_key=True))
    >>> child = sa.Table("c", meta, sa.Column("p_id", sa.Integer))
    >>> meta.create_all(engine)
    >>> with engine.begin() as conn:
    ...     _ = conn.execute(sa.insert(parent), [{"id": 1}])
    ...     _ = conn.execute(sa.insert(child), [{"p_id": 1}, {"p_id": 7}, {"p_id": None}])
    >>> orphans(engine, child, ("p_id",), parent, ("id",))
    1
    """
    match = sa.and_(
        *(parent.c[p] == child.c[c] for c, p in zip(columns, parent_columns, strict=True))
    )
    query = (
        sa.select(sa.func.count())
        .select_from(child)
        .where(
            sa.and_(*(child.c[c].is_not(None) for c in columns)),
            ~sa.exists(sa.select(sa.literal(1)).select_from(parent).where(match)),
        )
    )
    with engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)
