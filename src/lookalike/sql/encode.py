"""Arrow batches as the bytes or rows a database's bulk path reads, vectorised.

PostgreSQL's ``COPY ... (FORMAT csv)`` reads Arrow's CSV as written: strings
are always quoted, so an empty string stays ``''`` and an unquoted empty field
is NULL. MySQL's ``LOAD DATA`` needs booleans as 0/1, timestamps without a
zone and NULL spelled out. SQLite and other drivers take Python rows.

>>> batch = pa.record_batch([pa.array([1, None]), pa.array(["a", ""])], names=["n", "s"])
>>> PostgresCsv()(batch).to_pybytes()
b'1,"a"\\n,""\\n'
>>> MysqlCsv()(batch).to_pybytes()
b'1,"a"\\nNULL,""\\n'
>>> python_rows(batch, "sqlite")
[(1, 'a'), (None, '')]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.types as pat


def _plain(array: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Decode dictionary arrays: drivers and CSV readers want the values."""
    if pat.is_dictionary(array.type):
        return array.cast(array.type.value_type)
    return array


def _csv(batch: pa.RecordBatch, null_string: str) -> pa.Buffer:
    out = pa.BufferOutputStream()
    options = pacsv.WriteOptions(include_header=False, null_string=null_string)
    pacsv.write_csv(batch, out, write_options=options)
    return out.getvalue()


@dataclass(frozen=True)
class PostgresCsv:
    """Rows as ``COPY ... FROM STDIN (FORMAT csv)`` reads them (picklable, for workers)."""

    def __call__(self, batch: pa.RecordBatch) -> pa.Buffer:
        return _csv(batch, "")


def mysql_columns(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Booleans as 0/1 and zoned timestamps as UTC wall time, which MySQL columns hold."""
    arrays = []
    for array in batch.columns:
        array = _plain(array)
        if pat.is_boolean(array.type):
            array = array.cast(pa.int8())
        elif pat.is_timestamp(array.type) and array.type.tz is not None:
            array = array.cast(pa.timestamp(array.type.unit))
        arrays.append(array)
    return pa.record_batch(arrays, names=batch.schema.names)


@dataclass(frozen=True)
class MysqlCsv:
    """Rows as ``LOAD DATA ... FIELDS OPTIONALLY ENCLOSED BY '"' ESCAPED BY ''`` reads them.

    With no escape character, an unquoted ``NULL`` is NULL and a quoted one the text.
    """

    def __call__(self, batch: pa.RecordBatch) -> pa.Buffer:
        return _csv(mysql_columns(batch), "NULL")


def python_rows(batch: pa.RecordBatch, dialect: str) -> list[tuple[Any, ...]]:
    """Rows as tuples for ``executemany`` (SQLite gets text dates, as SQLAlchemy stores them)."""
    columns: list[list[Any]] = []
    for array in batch.columns:
        array = _plain(array)
        if dialect == "sqlite":
            if pat.is_timestamp(array.type):
                if array.type.tz is not None:
                    array = array.cast(pa.timestamp(array.type.unit))
                array = array.cast(pa.string())
            elif pat.is_date(array.type) or pat.is_time(array.type) or pat.is_decimal(array.type):
                array = array.cast(pa.string())
            elif pat.is_boolean(array.type):
                array = array.cast(pa.int8())
        columns.append(array.to_pylist())
    return list(zip(*columns, strict=True)) if columns else []
