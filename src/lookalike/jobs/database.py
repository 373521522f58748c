"""The store's SQL database: SQLite by default, PostgreSQL (or any SQLAlchemy URL) by setting.

One engine per store, migrated to the current schema on opening
(:mod:`lookalike.jobs.migrate`); the job, key and template tables live in it
(:mod:`lookalike.jobs.schema`).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import sqlalchemy as sa

from lookalike.jobs.migrate import upgrade

#: Execution option of :meth:`Database.write`: begin SQLite transactions IMMEDIATE.
_IMMEDIATE = "lookalike_immediate"


def make_engine(url: str) -> sa.Engine:
    """An engine for ``url``; SQLite gets WAL and a busy timeout so threads can share it.

    SQLite transactions are begun by lookalike itself: a write transaction takes the
    write lock when it begins (``BEGIN IMMEDIATE``), waiting for it under the busy
    timeout, instead of reading first and failing at once with "database is locked"
    when it then tries to write after another writer; reads stay concurrent.
    """
    for scheme in ("postgresql://", "postgres://"):  # psycopg 3 is the driver we ship with
        if url.startswith(scheme):
            url = "postgresql+psycopg://" + url.removeprefix(scheme)
    if url.startswith("sqlite"):
        # No cap on connections (a SQLite connection is a file handle): under load, a thread
        # waits for the write lock (busy timeout, then 503), never for a pooled connection
        # while readers such as /health queue behind the writers.
        engine = sa.create_engine(
            url,
            connect_args={"timeout": 30, "check_same_thread": False},
            pool_size=10,
            max_overflow=-1,
        )

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # the "begin" event below begins
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @sa.event.listens_for(engine, "begin")
        def _begin(connection: sa.Connection) -> None:
            immediate = connection.get_execution_options().get(_IMMEDIATE, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


class Database:
    """An open, migrated store database."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        """Open ``url``; ``migrate`` brings its schema up to date (a job's process, opening a
        store its server migrated already, skips it)."""
        self.url = url
        self.engine = make_engine(url)
        if migrate:
            upgrade(self.engine)

    def write(self) -> AbstractContextManager[sa.Connection]:
        """A transaction that writes (``with store.write() as connection``): on SQLite it
        holds the write lock from its start."""
        return self.engine.execution_options(**{_IMMEDIATE: True}).begin()

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def ping(self) -> bool:
        """True when the database answers."""
        try:
            with self.engine.connect() as connection:
                connection.execute(sa.text("SELECT 1"))
            return True
        except sa.exc.SQLAlchemyError:
            return False
