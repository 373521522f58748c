"""Bulk writers: one per database family, each appending batches inside a transaction.

The caller owns the connection and its transaction; a writer only appends rows
and turns the driver's complaint into a :class:`DatabaseError` that names the
table (and the row, where the driver says which).

* PostgreSQL: one ``COPY ... FROM STDIN (FORMAT csv)`` per table (psycopg 3).
* MySQL/MariaDB: ``LOAD DATA LOCAL INFILE`` from a spool file when the server
  allows it, else multi-row ``INSERT`` statements (PyMySQL's ``executemany``).
* SQLite and any other database: ``executemany`` of one ``INSERT``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import Any, Protocol

import pyarrow as pa
import sqlalchemy as sa

from lookalike.sinks.base import Encoder
from lookalike.sql.encode import MysqlCsv, PostgresCsv, python_rows
from lookalike.sql.errors import DatabaseError

#: Bytes of CSV per ``LOAD DATA`` statement: big enough to be fast, small enough to spool.
MYSQL_FILE_BYTES = 64 * 2**20


class BulkWriter(Protocol):
    """Appends rows to one table; ``finish`` flushes, ``abort`` gives up."""

    encoder: Encoder | None

    def write(self, batch: pa.RecordBatch) -> None: ...

    def write_encoded(self, data: bytes | pa.Buffer) -> None: ...

    def finish(self) -> None: ...

    def abort(self) -> None: ...


def driver_message(exc: BaseException) -> str:
    """The driver's own words for a failure, on one line, with the row when it says so."""
    orig = getattr(exc, "orig", None) or exc
    diag = getattr(orig, "diag", None)
    if diag is not None and getattr(diag, "message_primary", None):
        parts = [diag.message_primary, diag.message_detail, diag.context]
        return "; ".join(p.strip().replace("\n", " ") for p in parts if p)
    args: tuple[object, ...] = tuple(getattr(orig, "args", ()))
    if len(args) == 2 and isinstance(args[0], int):  # PyMySQL: (code, message)
        return str(args[1])
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


def quoted(conn: sa.Connection, table: sa.Table) -> str:
    """The table's name as this database quotes it, schema included."""
    preparer = conn.dialect.identifier_preparer
    return preparer.format_table(table)


class PostgresCopy:
    """Streams CSV into ``COPY``; the server checks keys when the statement ends."""

    def __init__(self, conn: sa.Connection, table: sa.Table, columns: list[str]) -> None:
        from psycopg import sql

        self.table = table
        self.encoder: Encoder | None = PostgresCsv()
        raw: Any = conn.connection.driver_connection
        statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv)").format(
            sql.Identifier(*([table.schema] if table.schema else []), table.name),
            sql.SQL(", ").join(sql.Identifier(c) for c in columns),
        )
        self._stack = contextlib.ExitStack()
        self._cursor = self._stack.enter_context(raw.cursor())
        try:
            self._copy = self._stack.enter_context(self._cursor.copy(statement))
        except Exception as exc:
            self._stack.close()
            raise DatabaseError(f"table {table.name}: {driver_message(exc)}") from exc

    def write(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows:
            self.write_encoded(PostgresCsv()(batch))

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        try:
            self._copy.write(memoryview(data) if isinstance(data, pa.Buffer) else data)
        except Exception as exc:
            raise DatabaseError(f"table {self.table.name}: {driver_message(exc)}") from exc

    def finish(self) -> None:
        try:
            self._stack.close()
        except Exception as exc:
            raise DatabaseError(f"table {self.table.name}: {driver_message(exc)}") from exc

    def abort(self) -> None:
        # Leaving the copy block with an exception sends CopyFail: nothing is kept.
        with contextlib.suppress(Exception):
            self._stack.__exit__(DatabaseError, DatabaseError("load aborted"), None)


class MysqlLoad:
    """``LOAD DATA LOCAL INFILE`` from spooled CSV files, checking every warning.

    With ``LOCAL``, MySQL turns bad values and duplicate keys into warnings and
    skips the rows, so any warning fails the table (the transaction rolls back).
    """

    def __init__(self, conn: sa.Connection, table: sa.Table, columns: list[str]) -> None:
        self.conn = conn
        self.table = table
        self.encoder: Encoder | None = None  # rows are counted here, to name failing rows
        names = ", ".join(f"`{c}`" for c in columns)
        self._statement = (
            f"LOAD DATA LOCAL INFILE %s INTO TABLE {quoted(conn, table)} CHARACTER SET utf8mb4 "
            "FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '' "
            f"LINES TERMINATED BY '\\n' ({names})"
        )
        self._file: Any = None
        self._rows_in_file = 0
        self._rows_before = 0

    def write(self, batch: pa.RecordBatch) -> None:
        if not batch.num_rows:
            return
        if self._file is None:
            self._file = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed in _flush)
                prefix="lookalike-", suffix=".csv", delete=False
            )
        self._file.write(memoryview(MysqlCsv()(batch)))
        self._rows_in_file += batch.num_rows
        if self._file.tell() >= MYSQL_FILE_BYTES:
            self._flush()

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("the MySQL writer encodes batches itself")

    def _flush(self) -> None:
        if self._file is None:
            return
        path = self._file.name
        self._file.close()
        self._file = None
        try:
            cursor: Any = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                loaded = cursor.execute(self._statement, (path,))
                cursor.execute("SHOW WARNINGS")
                warnings = [w for w in cursor.fetchall() if w[0] != "Note"]
            finally:
                cursor.close()
        except Exception as exc:
            raise DatabaseError(f"table {self.table.name}: {driver_message(exc)}") from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        if warnings:
            level, _code, message = warnings[0]
            raise DatabaseError(
                f"table {self.table.name}: {message} (rows {self._rows_before + 1:,} to "
                f"{self._rows_before + self._rows_in_file:,} of this load; {level.lower()})"
            )
        if loaded != self._rows_in_file:
            raise DatabaseError(
                f"table {self.table.name}: the server took {loaded:,} of "
                f"{self._rows_in_file:,} rows"
            )
        self._rows_before += self._rows_in_file
        self._rows_in_file = 0

    def finish(self) -> None:
        self._flush()

    def abort(self) -> None:
        if self._file is not None:
            self._file.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._file.name)
            self._file = None


class InsertMany:
    """``executemany`` of one parameterised ``INSERT``: SQLite, MySQL without LOCAL, others."""

    def __init__(self, conn: sa.Connection, table: sa.Table, columns: list[str]) -> None:
        self.conn = conn
        self.table = table
        self.encoder: Encoder | None = None
        self._dialect = conn.dialect.name
        compiled = sa.insert(table).compile(
            dialect=conn.dialect, column_keys=columns, compile_kwargs={}
        )
        self._statement = str(compiled)
        self._positions = compiled.positiontup
        self._columns = columns
        self._rows = 0

    def write(self, batch: pa.RecordBatch) -> None:
        if not batch.num_rows:
            return
        rows = python_rows(batch, self._dialect)
        try:
            if self._positions is not None:
                order = [self._columns.index(p) for p in self._positions]
                self.conn.exec_driver_sql(
                    self._statement, [tuple(r[i] for i in order) for r in rows]
                )
            else:
                keys = self._columns
                self.conn.execute(
                    self.table.insert(), [dict(zip(keys, r, strict=True)) for r in rows]
                )
        except Exception as exc:
            raise DatabaseError(
                f"table {self.table.name}: {driver_message(exc)} (in rows {self._rows + 1:,} to "
                f"{self._rows + batch.num_rows:,})"
            ) from exc
        self._rows += batch.num_rows

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("INSERT writers take batches")

    def finish(self) -> None:
        return None

    def abort(self) -> None:
        return None


def local_infile_allowed(conn: sa.Connection) -> bool:
    """Whether this MySQL server accepts ``LOAD DATA LOCAL INFILE``."""
    return bool(conn.exec_driver_sql("SELECT @@local_infile").scalar())


def bulk_writer(conn: sa.Connection, table: sa.Table, columns: list[str]) -> BulkWriter:
    """The fastest writer this connection's database offers."""
    name = conn.dialect.name
    if name == "postgresql" and conn.dialect.driver == "psycopg":
        return PostgresCopy(conn, table, columns)
    mysql = name in ("mysql", "mariadb") and conn.dialect.driver == "pymysql"
    if mysql and local_infile_allowed(conn):
        return MysqlLoad(conn, table, columns)
    return InsertMany(conn, table, columns)
