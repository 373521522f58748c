"""Before and after a load into tables that exist: what to do with them, and cleaning up.

* :func:`existing_rows`: which of the load's tables exist, and whether they
  hold rows (a failed load may empty again only tables that were empty);
* :func:`empty_tables` and :func:`drop_existing`: ``--if-exists truncate`` and
  ``replace``, parents and children together so their foreign keys agree
  (PostgreSQL truncates them in one statement; MySQL and SQLite delete with
  the session's key checks off);
* :func:`set_triggers`: ``--triggers disable`` on PostgreSQL (``DISABLE
  TRIGGER USER``, the table owner's right); MySQL and SQLite cannot, so asking
  is an error before anything is written;
* :func:`refresh_views`: PostgreSQL materialized views of the schema,
  refreshed after loading on request.

>>> import tempfile, sqlalchemy as sa
>>> engine = sa.create_engine(f"sqlite:///{tempfile.mkdtemp()}/t.db")
>>> table = sa.Table("t", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True))
>>> table.create(engine)
>>> with engine.begin() as conn:
...     _ = conn.execute(sa.insert(table), [{"id": 1}, {"id": 2}])
>>> existing_rows(engine, [table])
{'t': True}
>>> empty_tables(engine, [table], why="truncating")
>>> existing_rows(engine, [table])
{'t': False}
"""

from __future__ import annotations

import sqlalchemy as sa

from lookalike.sql.errors import DatabaseError
from lookalike.sql.suspend import set_key_checks
from lookalike.sql.writers import driver_message

#: What ``--if-exists`` may say about tables already in the target.
IF_EXISTS = ("append", "fail", "truncate", "replace")
#: What ``--triggers`` may say.
TRIGGERS = ("keep", "disable")


def check_options(if_exists: str, triggers: str, dialect: str) -> None:
    """Refuse unknown values, and what this database cannot do, before anything is written.

    >>> check_options("append", "keep", "sqlite")
    >>> check_options("merge", "keep", "sqlite")
    Traceback (most recent call last):
    ...
    lookalike.errors.DatabaseError: --if-exists merge: use one of append, fail, truncate, replace
    """
    if if_exists not in IF_EXISTS:
        raise DatabaseError(f"--if-exists {if_exists}: use one of {', '.join(IF_EXISTS)}")
    if triggers not in TRIGGERS:
        raise DatabaseError(f"--triggers {triggers}: use one of {', '.join(TRIGGERS)}")
    if triggers == "disable" and dialect != "postgresql":
        raise DatabaseError(
            f"--triggers disable: {dialect} cannot switch a table's triggers off; "
            "use --triggers keep (or drop the triggers yourself)"
        )


def existing_rows(engine: sa.Engine, tables: list[sa.Table]) -> dict[str, bool]:
    """For each of ``tables`` that exists: whether it holds any row."""
    inspector = sa.inspect(engine)
    found: dict[str, bool] = {}
    with engine.connect() as conn:
        for table in tables:
            if inspector.has_table(table.name, schema=table.schema):
                query = sa.select(sa.literal(1)).select_from(table).limit(1)
                found[table.name] = conn.execute(query).first() is not None
    return found


def empty_tables(engine: sa.Engine, tables: list[sa.Table], *, why: str) -> None:
    """Delete every row of ``tables`` at once; ``why`` names the step in an error."""
    if not tables:
        return
    preparer = engine.dialect.identifier_preparer
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                names = ", ".join(preparer.format_table(t) for t in tables)
                conn.exec_driver_sql(f"TRUNCATE {names}")
                return
            set_key_checks(conn, False)
            try:
                for table in tables:
                    conn.execute(sa.delete(table))
            finally:
                set_key_checks(conn, True)
    except sa.exc.DBAPIError as exc:
        raise DatabaseError(f"{why}: {driver_message(exc)}") from exc


def drop_existing(engine: sa.Engine, tables: list[sa.Table]) -> None:
    """Drop ``tables`` (children first) so the load creates them afresh."""
    preparer = engine.dialect.identifier_preparer
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                # One statement: keys among the dropped tables (a cycle too) go with them.
                names = ", ".join(preparer.format_table(t) for t in tables)
                conn.exec_driver_sql(f"DROP TABLE {names}")
                return
            set_key_checks(conn, False)
            try:
                for table in reversed(tables):
                    conn.exec_driver_sql(f"DROP TABLE {preparer.format_table(table)}")
            finally:
                set_key_checks(conn, True)
    except sa.exc.DBAPIError as exc:
        raise DatabaseError(
            f"--if-exists replace: cannot drop {', '.join(t.name for t in tables)}: "
            f"{driver_message(exc)}"
        ) from exc


def set_triggers(engine: sa.Engine, tables: list[sa.Table], *, enabled: bool) -> None:
    """Switch the user triggers of ``tables`` on or off (PostgreSQL)."""
    preparer = engine.dialect.identifier_preparer
    verb = "ENABLE" if enabled else "DISABLE"
    try:
        with engine.begin() as conn:
            for table in tables:
                conn.exec_driver_sql(
                    f"ALTER TABLE {preparer.format_table(table)} {verb} TRIGGER USER"
                )
    except sa.exc.DBAPIError as exc:
        raise DatabaseError(f"--triggers disable: {driver_message(exc)}") from exc


def refresh_views(engine: sa.Engine, schema: str | None) -> tuple[str, ...]:
    """Refresh the materialized views of ``schema`` (PostgreSQL); return their names."""
    if engine.dialect.name != "postgresql":
        return ()
    preparer = engine.dialect.identifier_preparer
    with engine.begin() as conn:
        where = schema or conn.exec_driver_sql("SELECT current_schema()").scalar()
        names = [
            str(r[0])
            for r in conn.execute(
                sa.text("SELECT matviewname FROM pg_matviews WHERE schemaname = :s ORDER BY 1"),
                {"s": where},
            )
        ]
        for name in names:
            conn.exec_driver_sql(
                f"REFRESH MATERIALIZED VIEW {preparer.quote_schema(str(where))}."
                f"{preparer.quote(name)}"
            )
    return tuple(names)
