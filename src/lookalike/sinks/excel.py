"""Excel (.xlsx) through xlsxwriter's constant-memory mode (the optional ``excel`` extra).

Rows go out as they arrive and xlsxwriter flushes each row once the next one
starts, so memory stays flat. The sheet is named after the table; past
Excel's limit of 1,048,576 rows a new sheet (``sales (2)``) continues it with
the header again. Types are kept: dates and timestamps are Excel dates with a
date format, decimals and integers are numbers, booleans are booleans, nulls
are empty cells. Columns are converted a batch at a time (vectorised); only
xlsxwriter's own cell calls run per cell, as its API requires.

>>> import tempfile, pathlib, datetime as dt
>>> path = pathlib.Path(tempfile.mkdtemp()) / "orders.xlsx"
>>> batch = pa.record_batch({"id": [1, 2], "day": [dt.date(2024, 1, 31), None]})
>>> sink = ExcelSink(path); sink.open(batch.schema); sink.write(batch); sink.close()
>>> import openpyxl
>>> sheet = openpyxl.load_workbook(path).active
>>> [[c.value for c in row] for row in sheet.iter_rows()]
[['id', 'day'], [1, datetime.datetime(2024, 1, 31, 0, 0)], [2, None]]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.errors import OutputError
from lookalike.sinks.files import check_writable

#: The media type of .xlsx files.
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: The creation time every workbook states: fixed, for byte-identical files.
CREATED = dt.datetime(2000, 1, 1)
#: Rows in one Excel sheet, the header row included.
SHEET_ROWS = 1_048_576
#: Days from Excel's day 0 (1899-12-30) to 1970-01-01.
_EXCEL_EPOCH_DAYS = 25569.0
#: Integers beyond 15 digits lose precision as Excel numbers: they are written as text.
_EXACT = 10**15


def _xlsxwriter() -> Any:
    try:
        import xlsxwriter  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - the extra is installed in development
        raise OutputError("Excel output needs xlsxwriter: pip install 'lookalike[excel]'") from None
    return xlsxwriter


def _as_cells(column: pa.Array) -> tuple[str, list[Any]]:
    """(how to write, Python values) for one column: numbers, dates, booleans or text."""
    kind = column.type
    if pa.types.is_dictionary(kind):
        column = column.cast(kind.value_type)
        kind = kind.value_type
    if pa.types.is_timestamp(kind):
        seconds = pc.cast(pc.cast(column, pa.timestamp("us", kind.tz)), pa.int64())
        days = pc.add(pc.divide(pc.cast(seconds, pa.float64()), 86400e6), _EXCEL_EPOCH_DAYS)
        return "datetime", days.to_pylist()
    if pa.types.is_date(kind):
        days = pc.add(pc.cast(pc.cast(column, pa.date32()).view(pa.int32()), pa.float64()),
                      _EXCEL_EPOCH_DAYS)  # fmt: skip
        return "date", days.to_pylist()
    if pa.types.is_time(kind):
        micros = pc.cast(pc.cast(column, pa.time64("us")).view(pa.int64()), pa.float64())
        return "time", pc.divide(micros, 86400e6).to_pylist()
    if pa.types.is_boolean(kind):
        return "boolean", column.to_pylist()
    if pa.types.is_integer(kind):
        wide = pc.any(pc.greater_equal(pc.abs(pc.cast(column, pa.int64())), _EXACT)).as_py()
        if wide:
            return "string", pc.cast(column, pa.string()).to_pylist()
        return "number", column.to_pylist()
    if pa.types.is_floating(kind) or pa.types.is_decimal(kind):
        values = pc.cast(column, pa.float64())
        finite = pc.if_else(pc.is_finite(values), values, pa.scalar(None, pa.float64()))
        return "number", finite.to_pylist()
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return "string", column.to_pylist()
    return "string", pc.cast(column, pa.string()).to_pylist()


class ExcelBook:
    """One .xlsx workbook that several tables write into, a sheet (or more) each.

    Tables go one after the other (constant-memory mode flushes a sheet when the
    next begins); the file appears at :meth:`close`.

    >>> import tempfile, pathlib
    >>> book = ExcelBook(pathlib.Path(tempfile.mkdtemp()) / "shop.xlsx")
    >>> for name in ("customers", "orders"):
    ...     batch = pa.record_batch({"id": [1, 2]}).replace_schema_metadata(
    ...         {"lookalike.table": name})
    ...     sink = book.sink(); sink.open(batch.schema); sink.write(batch); sink.close()
    >>> book.close()
    >>> import openpyxl
    >>> openpyxl.load_workbook(book.path).sheetnames
    ['customers', 'orders']
    """

    def __init__(self, path: Path) -> None:
        check_writable(path)
        self.path = path
        self.temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
        self.workbook: Any = None
        self.formats: dict[str, Any] = {}

    def sink(self) -> ExcelSink:
        """A sink for the next table, writing into this workbook."""
        return ExcelSink(self.path, book=self)

    def start(self) -> None:
        """Create the workbook, once."""
        if self.workbook is not None:
            return
        self.workbook = _xlsxwriter().Workbook(
            str(self.temporary), {"constant_memory": True, "tmpdir": str(self.path.parent)}
        )
        # A fixed creation time (it also dates the zip's entries), so the same spec and
        # seed give the same bytes, as every other format does.
        self.workbook.set_properties({"created": CREATED})
        self.formats = {
            "datetime": self.workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
            "date": self.workbook.add_format({"num_format": "yyyy-mm-dd"}),
            "time": self.workbook.add_format({"num_format": "hh:mm:ss"}),
            "header": self.workbook.add_format({"bold": True}),
        }

    def close(self) -> None:
        """Finish the file and move it into place."""
        try:
            self.start()
            self.workbook.close()
            os.replace(self.temporary, self.path)
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.path}: cannot finish writing: {exc}") from exc

    def abort(self) -> None:
        """Throw the unfinished file away."""
        if self.workbook is not None:
            with contextlib.suppress(Exception):
                self.workbook.close()
        with contextlib.suppress(FileNotFoundError):
            self.temporary.unlink()


class ExcelSink:
    """Writes one table to an .xlsx workbook, one sheet per 1,048,575 rows (its own
    workbook, or a sheet of an :class:`ExcelBook` shared with other tables)."""

    encoder = None

    def __init__(self, path: Path, *, book: ExcelBook | None = None) -> None:
        self.book = book if book is not None else ExcelBook(path)
        self._owns = book is None
        self.path = path
        self._sheet: Any = None
        self._sheets = 0
        self._row = 0
        self._names: list[str] = []
        self._title = "data"

    def open(self, schema: pa.Schema) -> None:
        self.book.start()
        table = (schema.metadata or {}).get(b"lookalike.table", b"").decode()
        # Sheet names: at most 31 characters (" (2)" comes past the row limit), none of []:*?/\
        title = re.sub(r"[\[\]:*?/\\]", "_", table or self.path.stem).strip("'")
        self._title = title[:25] or "data"
        self._names = list(schema.names)
        self._new_sheet()

    def _new_sheet(self) -> None:
        self._sheets += 1
        name = self._title if self._sheets == 1 else f"{self._title} ({self._sheets})"
        self._sheet = self.book.workbook.add_worksheet(name)
        self._sheet.write_row(0, 0, self._names, self.book.formats["header"])
        self._row = 1

    def _writer(self, how: str) -> tuple[Callable[..., Any], Any]:
        sheet = self._sheet
        if how in ("datetime", "date", "time"):
            return sheet.write_number, self.book.formats[how]
        method = {"number": sheet.write_number, "boolean": sheet.write_boolean}
        return method.get(how, sheet.write_string), None

    def write(self, batch: pa.RecordBatch) -> None:
        cells = [_as_cells(column) for column in batch.columns]
        done = 0
        while done < batch.num_rows:
            room = SHEET_ROWS - self._row
            if room == 0:
                self._new_sheet()
                continue
            take = min(room, batch.num_rows - done)
            self._write_rows([(how, values[done : done + take]) for how, values in cells], take)
            done += take

    def _write_rows(self, cells: list[tuple[str, list[Any]]], count: int) -> None:
        writers = [(*self._writer(how), values) for how, values in cells]
        start = self._row
        try:
            for offset in range(count):
                row = start + offset
                for column, (write, style, values) in enumerate(writers):
                    value = values[offset]
                    if value is not None:
                        write(row, column, value, style)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc}") from exc
        self._row = start + count

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("Excel takes batches, not encoded bytes")

    def close(self) -> None:
        if self._owns:
            self.book.close()

    def abort(self) -> None:
        self.book.abort()
