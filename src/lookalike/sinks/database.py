"""A sink that appends a table's batches to a live database, in one transaction.

``open`` starts the transaction and the database's bulk path (COPY, LOAD DATA,
executemany); ``close`` commits; ``abort`` rolls back, so a failed table leaves
nothing behind. Columns that break a foreign-key cycle are written as NULL and
their true values kept in an Arrow spool file, for the load driver
(:func:`lookalike.loading.load_database`) to fill in once every table is loaded.

The sink knows nothing of the driver above it. SQLAlchemy is imported only when
a sink is opened.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.ipc

from lookalike.sinks.base import Encoder

if TYPE_CHECKING:
    import sqlalchemy as sa

    from lookalike.sql.writers import BulkWriter

__all__ = ["DatabaseSink"]


class DatabaseSink:
    """Appends batches to ``table`` over ``engine``; ``deferred`` columns go to a spool.

    ``key`` names the columns that identify a row when the spool is applied;
    ``key_checks=False`` suspends foreign-key checks in this sink's session
    (MySQL, SQLite), for a NOT NULL reference cycle the driver checks afterwards.
    """

    def __init__(
        self,
        engine: sa.Engine,
        table: sa.Table,
        *,
        deferred: tuple[str, ...] = (),
        key: tuple[str, ...] = (),
        encode: bool = True,
        key_checks: bool = True,
    ) -> None:
        self.engine = engine
        self.table = table
        self.deferred = deferred
        self.key = key
        self.spool_path: str | None = None
        self.rows = 0
        self._encode = encode
        self._key_checks = key_checks
        self._conn: sa.Connection | None = None
        self._transaction: sa.RootTransaction | None = None
        self._writer: BulkWriter | None = None
        self._spool: Any = None

    @property
    def encoder(self) -> Encoder | None:
        """Worker processes may encode blocks for COPY, unless columns are held back.

        Known before :meth:`open`: the pipeline asks first, to tell its workers.
        """
        dialect = self.engine.dialect
        copy = dialect.name == "postgresql" and dialect.driver == "psycopg"
        if not copy or self.deferred or not self._encode:
            return None
        from lookalike.sql.encode import PostgresCsv

        return PostgresCsv()

    def open(self, schema: pa.Schema) -> None:
        from lookalike.sql.writers import bulk_writer

        self._conn = self.engine.connect()
        if not self._key_checks:
            from lookalike.sql.suspend import set_key_checks

            # Before BEGIN: SQLite ignores the pragma inside a transaction.
            set_key_checks(self._conn, False)
            self._conn.commit()
        self._transaction = self._conn.begin()
        try:
            self._writer = bulk_writer(self._conn, self.table, list(schema.names))
            if self.deferred:
                fd, self.spool_path = tempfile.mkstemp(prefix="lookalike-fill-", suffix=".arrow")
                os.close(fd)
                kept = pa.schema([schema.field(n) for n in (*self.key, *self.deferred)])
                self._spool = pyarrow.ipc.new_stream(self.spool_path, kept)
        except BaseException:
            self.abort()
            raise

    def write(self, batch: pa.RecordBatch) -> None:
        assert self._writer is not None
        if self.deferred:
            self._spool.write_batch(batch.select([*self.key, *self.deferred]))
            for name in self.deferred:
                index = batch.schema.get_field_index(name)
                batch = batch.set_column(
                    index,
                    batch.schema.field(index),
                    pa.nulls(batch.num_rows, batch.column(index).type),
                )
        self._writer.write(batch)
        self.rows += batch.num_rows

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        assert self._writer is not None
        self._writer.write_encoded(data)

    def close(self) -> None:
        assert self._writer is not None
        assert self._transaction is not None
        self._writer.finish()
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        self._transaction.commit()
        self._end()

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.abort()
        if self._spool is not None:
            with contextlib.suppress(Exception):
                self._spool.close()
            self._spool = None
        self.discard_spool()
        if self._transaction is not None:
            with contextlib.suppress(Exception):
                self._transaction.rollback()
        self._end()

    def discard_spool(self) -> None:
        """Delete the spool file of held-back values."""
        if self.spool_path is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.spool_path)
            self.spool_path = None

    def _end(self) -> None:
        if self._conn is not None:
            if not self._key_checks:
                from lookalike.sql.suspend import set_key_checks

                # The connection goes back to the pool: checks on again first.
                with contextlib.suppress(Exception):
                    set_key_checks(self._conn, True)
                    self._conn.commit()
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None
        self._transaction = None
