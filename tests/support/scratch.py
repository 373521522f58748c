"""Throw-away databases for tests and benchmarks: created with a random name, always dropped.

``scratch_database("postgresql")`` yields the URL of a new, empty database
(``lookalike_t_<hex>``) on the local server and drops it afterwards; nothing
else on the server is touched. SQLite gets a file in a temporary directory.

>>> with scratch_database("sqlite") as url:
...     url.startswith("sqlite:///")
True
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

#: Where the local servers listen; override with LOOKALIKE_TEST_POSTGRES / LOOKALIKE_TEST_MYSQL.
SERVERS = {
    "postgresql": os.environ.get(
        "LOOKALIKE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    ),
    "mysql": os.environ.get("LOOKALIKE_TEST_MYSQL", "mysql+pymysql://root@127.0.0.1:3306/test"),
}


def server_available(kind: str) -> tuple[bool, str]:
    """Whether the local ``kind`` server answers, and why not."""
    import sqlalchemy as sa

    try:
        engine = sa.create_engine(SERVERS[kind], connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
        return True, ""
    except Exception as exc:
        return False, str(exc).splitlines()[0]


@contextmanager
def scratch_database(kind: str) -> Iterator[str]:
    """A new empty database of ``kind`` (postgresql, mysql, sqlite); dropped on exit."""
    if kind == "sqlite":
        folder = tempfile.mkdtemp(prefix="lookalike_t_")
        try:
            yield f"sqlite:///{folder}/scratch.db"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    import sqlalchemy as sa

    name = f"lookalike_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(SERVERS[kind], isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
        url = admin.url.set(database=name).render_as_string(hide_password=False)
        try:
            yield url
        finally:
            with admin.connect() as conn:
                if kind == "postgresql":
                    conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                else:
                    conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
    finally:
        admin.dispose()
