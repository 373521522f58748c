"""A sink that writes a table as a Delta Lake table, without a JVM (the ``deltalake`` package).

``deltalake`` pulls its rows from an Arrow stream while the loop pushes blocks,
so the sink runs ``write_deltalake`` on a thread of its own, fed through a
bounded :class:`~lookalike.sinks.channel.Channel`: memory stays at a few blocks
whatever the table's size. Nothing is visible to readers until ``close``: Delta
commits the whole write as one transaction, so ``abort`` (or a crash) leaves the
table as it was (the Parquet files already written are unreferenced; ``VACUUM``
removes them).

Delta has fewer types than Arrow, so :func:`delta_schema` says what each column
becomes: dictionary columns are stored as their values, times of day as
``HH:MM:SS[.ffffff]`` strings (Delta has no time type), unsigned 64-bit integers
as signed ones (a value that does not fit is refused, not wrapped), and
timestamps in microseconds (Delta's unit).

>>> import pyarrow as pa
>>> delta_schema(pa.schema([("t", pa.time32("s")), ("s", pa.dictionary(pa.int8(), pa.string()))]))
t: string
s: string
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping
from typing import Any, Literal

import pyarrow as pa

from lookalike.errors import OutputError
from lookalike.sinks.base import Encoder
from lookalike.sinks.channel import Channel, ChannelClosedError

__all__ = ["DeltaMode", "DeltaSink", "conform", "delta_schema", "require_deltalake"]

#: How a write meets a table that is already there.
DeltaMode = Literal["append", "overwrite", "error"]
MODES: tuple[str, ...] = ("append", "overwrite", "error")


def require_deltalake() -> Any:
    """The ``deltalake`` module, or a clear error saying how to install it."""
    from lookalike.extras import require

    return require("deltalake", "delta")


def _delta_type(kind: pa.DataType) -> pa.DataType:
    if pa.types.is_dictionary(kind):
        return _delta_type(kind.value_type)
    if pa.types.is_time(kind):
        return pa.string()
    if pa.types.is_timestamp(kind):
        return pa.timestamp("us", tz=kind.tz)
    if pa.types.is_large_string(kind):
        return pa.string()
    if kind == pa.uint64():
        return pa.int64()
    if pa.types.is_duration(kind):
        return pa.int64()  # a count of the duration's unit; Delta has no interval type
    return kind


def delta_schema(schema: pa.Schema) -> pa.Schema:
    """The schema a table takes in Delta (see the module docstring); metadata is kept."""
    fields = [pa.field(f.name, _delta_type(f.type), f.nullable, f.metadata) for f in schema]
    return pa.schema(fields, metadata=schema.metadata)


class DeltaSink:
    """Writes batches into the Delta table at ``uri`` (a path, ``s3://``, ``gs://``, ``az://``...).

    ``mode`` is ``append`` (add a version with these rows), ``overwrite`` (a version
    holding only these rows; the schema may change) or ``error`` (refuse a table that
    exists). ``metadata`` goes into the commit's information (the seed and
    reference time, so the table's history says how to regenerate each version).
    """

    encoder: Encoder | None = None

    def __init__(
        self,
        uri: str,
        *,
        mode: DeltaMode = "append",
        storage_options: Mapping[str, str] | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> None:
        if mode not in MODES:
            raise OutputError(f"unknown Delta write mode {mode!r}; use {', '.join(MODES)}")
        self.uri = uri
        self.mode = mode
        self.storage_options = dict(storage_options or {}) or None
        self.metadata = dict(metadata or {})
        self.rows = 0
        self._schema: pa.Schema | None = None
        self._channel: Channel | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def open(self, schema: pa.Schema) -> None:
        deltalake = require_deltalake()
        self._schema = delta_schema(schema)
        self._channel = Channel(depth=2)
        self._thread = threading.Thread(
            target=self._commit, args=(deltalake,), name="lookalike-delta", daemon=True
        )
        self._thread.start()

    def _commit(self, deltalake: Any) -> None:
        """The writer thread: one ``write_deltalake`` call over every batch put."""
        assert self._channel is not None
        assert self._schema is not None
        reader = pa.RecordBatchReader.from_batches(self._schema, iter(self._channel))
        try:
            deltalake.write_deltalake(
                self.uri, reader, mode=self.mode,
                schema_mode="overwrite" if self.mode == "overwrite" else None,
                storage_options=self.storage_options,
                commit_properties=deltalake.CommitProperties(custom_metadata=self.metadata),
            )  # fmt: skip
        except BaseException as exc:  # raised again in the loop's thread
            self._error = exc
            self._channel.cancel()  # the loop's next write stops instead of waiting

    def write(self, batch: pa.RecordBatch) -> None:
        assert self._channel is not None
        assert self._schema is not None
        converted = conform(batch, self._schema)
        try:
            self._channel.put(converted)
        except ChannelClosedError:
            raise self._failure() from self._error
        self.rows += batch.num_rows

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("Delta tables take record batches")

    def close(self) -> None:
        assert self._channel is not None
        assert self._thread is not None
        self._channel.commit()
        self._thread.join()
        if self._error is not None:
            raise self._failure() from self._error

    def abort(self) -> None:
        if self._channel is None or self._thread is None:
            return
        # The reader raises inside write_deltalake, which then commits nothing.
        self._channel.fail(OutputError("the run stopped; nothing was committed"))
        with contextlib.suppress(Exception):
            self._thread.join()

    def _failure(self) -> OutputError:
        """The writer thread's error, said as an output error naming the table."""
        error = self._error
        if isinstance(error, OutputError):
            return error
        text = str(error).splitlines()[0] if error is not None and str(error) else repr(error)
        if "already exists" in text:
            text += "; pass mode 'append' or 'overwrite' (--if-exists append or replace)"
        elif "schema" in text.lower():
            text += "; the table holds other columns: overwrite it (--if-exists replace)"
        return OutputError(f"{self.uri}: cannot write the Delta table: {text}")


def conform(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    """``batch`` in ``schema`` (from :func:`delta_schema`): a cast per column that differs,
    no per-row Python. Spark takes the same types, so its partitions use it too."""
    if batch.schema.equals(schema):
        return batch
    columns = []
    for field, column in zip(schema, batch.columns, strict=True):
        if column.type != field.type:
            try:
                column = column.cast(field.type)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
                raise OutputError(
                    f"column {field.name!r} ({column.type}) does not fit Delta's "
                    f"{field.type}: {exc}"
                ) from exc
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=schema)
