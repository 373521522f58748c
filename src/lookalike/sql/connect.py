"""Open a database by URL, with errors that say what to fix before anything is written.

Plain ``postgresql://`` and ``mysql://`` URLs get the drivers lookalike ships
(psycopg 3 and PyMySQL); ``mariadb://`` is MySQL's dialect.

>>> normalise_url("postgresql://postgres@localhost/test")
'postgresql+psycopg://postgres@localhost/test'
>>> normalise_url("mariadb://root@localhost/test")
'mysql+pymysql://root@localhost/test'
>>> normalise_url("sqlite:///out.db")
'sqlite:///out.db'
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from lookalike.sql.errors import DatabaseError

_DRIVERS = {
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mysql+pymysql",
    "mariadb+pymysql": "mysql+pymysql",
}


def normalise_url(url: str) -> str:
    """``url`` with lookalike's default driver when it names none."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise DatabaseError(
            f"{url!r} is not a database URL; use e.g. postgresql://user@host/db, "
            "mysql://user@host/db or sqlite:///file.db"
        )
    return f"{_DRIVERS.get(scheme.lower(), scheme)}://{rest}"


def display_url(url: str | sa.URL) -> str:
    """The URL with any password masked, for messages.

    >>> display_url("postgresql://bob:secret@db/x")
    'postgresql://bob:***@db/x'
    """
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<database URL>"


def open_engine(url: str, *, bulk: bool = False) -> sa.Engine:
    """An engine for ``url`` that has connected once; unreachable → :class:`DatabaseError`.

    ``bulk`` enables MySQL's ``LOAD DATA LOCAL INFILE`` on the client side.
    """
    normalised = normalise_url(url)
    try:
        parsed = sa.make_url(normalised)
    except Exception as exc:
        raise DatabaseError(f"{url!r} is not a valid database URL: {exc}") from exc
    connect_args: dict[str, Any] = {}
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        connect_args["connect_timeout"] = 10
    elif backend == "mysql":
        connect_args["connect_timeout"] = 10
        if bulk:
            connect_args["local_infile"] = True
    try:
        engine = sa.create_engine(parsed, connect_args=connect_args)
    except ImportError as exc:
        raise DatabaseError(
            f"{display_url(parsed)}: the driver is not installed ({exc.name}); install it with pip"
        ) from exc
    except Exception as exc:
        raise DatabaseError(f"{display_url(parsed)}: cannot use this URL: {exc}") from exc
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseError(
            f"{display_url(parsed)}: cannot connect ({reason}); check the host, port, "
            "user and database name, and that the server is running"
        ) from exc
    return engine


def check_writable(engine: sa.Engine) -> None:
    """Refuse a read-only database or session before writing anything."""
    where = display_url(engine.url)
    backend = engine.dialect.name
    with engine.connect() as conn:
        if backend == "postgresql":
            read_only = conn.exec_driver_sql("SHOW transaction_read_only").scalar() == "on"
            if not read_only:
                read_only = bool(conn.exec_driver_sql("SELECT pg_is_in_recovery()").scalar())
        elif backend in ("mysql", "mariadb"):
            read_only = bool(conn.exec_driver_sql("SELECT @@read_only").scalar())
        elif backend == "sqlite":
            read_only = bool(conn.exec_driver_sql("PRAGMA query_only").scalar())
            if not read_only and engine.url.database not in (None, "", ":memory:"):
                # A file opened read-only (mode=ro, or no permission) refuses this.
                # SQLite's DDL is transactional: the probe table is rolled back.
                conn.rollback()
                try:
                    with conn.begin():
                        conn.exec_driver_sql("CREATE TABLE _lookalike_probe (x INTEGER)")
                        conn.exec_driver_sql("DROP TABLE _lookalike_probe")
                except sa.exc.OperationalError:
                    read_only = True
        else:
            read_only = False
    if read_only:
        raise DatabaseError(
            f"{where}: the database is read-only; give a URL of a writable database or user"
        )
