"""Rows and per-column pictures of a finished job's output file, for the Data page.

The file is read lazily with Polars (columnar formats and uncompressed text are
scanned, not loaded), and every number is one vectorised query: null counts and
ranges in one pass, then one histogram or top-values query per column, run
together. Numbers, dates and times get a histogram; everything else (strings,
booleans) gets its most common values; every column gets its share of nulls.

>>> import polars as pl
>>> frame = pl.LazyFrame({"n": [1, 2, 2, 3, None], "s": ["a", "b", "a", None, "a"]})
>>> n, s = summarise(frame, bins=2, top=2)
>>> n.picture, [(b.label, b.count) for b in n.bars], n.nulls
('histogram', [('1 to 2', 1), ('2 to 3', 3)], 1)
>>> s.picture, [(b.label, b.count) for b in s.bars], round(s.null_share, 2)
('top', [('a', 3), ('b', 1)], 0.2)
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa

#: Formats in the order the page prefers to read them: columnar first, JSON arrays last.
READ_ORDER = ("parquet", "arrow", "csv", "tsv", "ndjson", "json")
PAGE_ROWS = 50


@dataclass(frozen=True)
class Bar:
    """One bar of a picture: what it counts, how many, and its share of the non-null rows."""

    label: str
    count: int
    share: float


@dataclass(frozen=True)
class ColumnSummary:
    """A column's type, nulls, and its picture (``histogram``, ``top`` or ``none``)."""

    name: str
    dtype: str
    rows: int
    nulls: int
    picture: str
    bars: tuple[Bar, ...]
    span: tuple[str, str] = ("", "")

    @property
    def null_share(self) -> float:
        """Nulls as a share of all rows (0 for an empty column)."""
        return self.nulls / self.rows if self.rows else 0.0


def choose_format(formats: list[str]) -> str:
    """Of a job's formats, the one that reads best.

    >>> choose_format(["csv", "parquet"])
    'parquet'
    """
    return min(formats, key=READ_ORDER.index)


def scan(path: Path, fmt: str, compression: str | None) -> pl.LazyFrame:
    """A lazy frame over one output file (compressed text is decompressed in memory)."""
    if fmt == "parquet":
        return pl.scan_parquet(path)
    if fmt == "arrow":
        return pl.scan_ipc(path)
    if compression is None and fmt in ("csv", "tsv"):
        return pl.scan_csv(
            path, separator="\t" if fmt == "tsv" else ",", try_parse_dates=True,
            infer_schema_length=10_000,
        )  # fmt: skip
    if compression is None and fmt == "ndjson":
        return pl.scan_ndjson(path, infer_schema_length=10_000)
    with pa.input_stream(str(path), compression=compression) as stream:
        data = io.BytesIO(stream.read())
    if fmt in ("csv", "tsv"):
        return pl.read_csv(
            data, separator="\t" if fmt == "tsv" else ",", try_parse_dates=True,
            infer_schema_length=10_000,
        ).lazy()  # fmt: skip
    if fmt == "ndjson":
        return pl.read_ndjson(data, infer_schema_length=10_000).lazy()
    return pl.read_json(data, infer_schema_length=10_000).lazy()


def columnar(path: Path, fmt: str, compression: str | None, cache: Path) -> tuple[Path, str]:
    """A columnar copy of a text output (made once, in ``cache``); columnar files as they are.

    Every picture is a query of its own, so text is parsed once into Parquet
    rather than once per query.
    """
    if fmt in ("parquet", "arrow"):
        return path, fmt
    target = cache / f"{path.name}.parquet"
    if target.is_file() and target.stat().st_mtime_ns >= path.stat().st_mtime_ns:
        return target, "parquet"
    cache.mkdir(parents=True, exist_ok=True)
    temporary = cache / f".{target.name}.{uuid.uuid4().hex}.tmp"
    try:
        scan(path, fmt, compression).sink_parquet(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target, "parquet"


def page_of(
    frame: pl.LazyFrame, offset: int, size: int = PAGE_ROWS
) -> tuple[list[str], list[list[str]]]:
    """Column names and ``size`` rows from ``offset``, each value as display text (null: '').

    >>> page_of(pl.LazyFrame({"n": [1, 2, None], "s": ["a", "b", "c"]}), 1, 5)
    (['n', 's'], [['2', 'b'], ['', 'c']])
    """
    chunk = frame.slice(offset, size).collect()
    texts = chunk.select(pl.all().cast(pl.String, strict=False))
    return chunk.columns, [["" if v is None else v for v in row] for row in texts.rows()]


def _numeric(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() and not isinstance(dtype, pl.Boolean)


def _temporal(dtype: pl.DataType) -> bool:
    return isinstance(dtype, pl.Date | pl.Datetime | pl.Time | pl.Duration)


def _as_number(name: str, dtype: pl.DataType) -> pl.Expr:
    # Dates, times and durations are counted on their physical integers (days, microseconds...).
    column = pl.col(name)
    return column.to_physical().cast(pl.Float64) if _temporal(dtype) else column.cast(pl.Float64)


def _label(value: float, dtype: pl.DataType) -> str:
    """A bin edge as people read it: a date for dates, a short number for numbers."""
    if _temporal(dtype):
        physical = pl.Series([round(value)]).cast(pl.Int64)
        if isinstance(dtype, pl.Date):
            physical = physical.cast(pl.Int32)
        shown = physical.cast(dtype).item()
        if isinstance(shown, dt.datetime):
            return shown.strftime("%Y-%m-%d %H:%M")
        return str(shown)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.4g}"


@dataclass(frozen=True)
class _Bins:
    """Equal-width bins over a column's range (on its physical numbers)."""

    low: float
    width: float
    count: int

    @classmethod
    def over(cls, low: float, high: float, bins: int) -> _Bins:
        count = bins if high > low else 1
        return cls(low, (high - low) / count or 1.0, count)

    def slot(self, name: str, dtype: pl.DataType) -> pl.Expr:
        """Each value's bin number, vectorised."""
        position = (_as_number(name, dtype) - self.low) / self.width
        return position.floor().clip(0, self.count - 1).cast(pl.Int32).alias("slot")

    def bars(self, result: pl.DataFrame, dtype: pl.DataType, present: int) -> tuple[Bar, ...]:
        counts = dict(zip(result["slot"].to_list(), result["len"].to_list(), strict=True))
        edge = [_label(self.low + i * self.width, dtype) for i in range(self.count + 1)]
        return tuple(
            Bar(f"{edge[i]} to {edge[i + 1]}", int(counts.get(i, 0)), counts.get(i, 0) / present)
            for i in range(self.count)
        )


def _first_pass(frame: pl.LazyFrame, schema: pl.Schema, ranged: list[str]) -> dict[str, Any]:
    """Rows, and each column's nulls and (for numbers and times) range, in one query."""
    return (
        frame.select(
            pl.len().alias("__rows"),
            *(pl.col(n).null_count().alias(f"nulls:{n}") for n in schema),
            *(_as_number(n, schema[n]).min().alias(f"min:{n}") for n in ranged),
            *(_as_number(n, schema[n]).max().alias(f"max:{n}") for n in ranged),
        )
        .collect()
        .row(0, named=True)
    )


def _top_values(frame: pl.LazyFrame, name: str, top: int) -> pl.LazyFrame:
    return (
        frame.select(pl.col(name).cast(pl.String).alias("value"))
        .drop_nulls()
        .group_by("value")
        .len()
        .sort(["len", "value"], descending=[True, False])
        .head(top)
    )


def summarise(frame: pl.LazyFrame, *, bins: int = 20, top: int = 8) -> list[ColumnSummary]:
    """Every column's nulls and picture, from a handful of vectorised queries."""
    schema = frame.collect_schema()
    ranged = [n for n, t in schema.items() if _numeric(t) or _temporal(t)]
    first = _first_pass(frame, schema, ranged)
    queries: dict[str, pl.LazyFrame] = {}
    binned: dict[str, _Bins] = {}
    for name, dtype in schema.items():
        if name in ranged:
            low, high = first[f"min:{name}"], first[f"max:{name}"]
            if low is not None and high is not None:
                binned[name] = _Bins.over(low, high, bins)
                slots = frame.select(binned[name].slot(name, dtype)).drop_nulls()
                queries[name] = slots.group_by("slot").len()
        elif not isinstance(dtype, pl.List | pl.Struct | pl.Array | pl.Binary | pl.Object):
            queries[name] = _top_values(frame, name, top)
    results = dict(zip(queries, pl.collect_all(list(queries.values())), strict=True))
    rows = int(first["__rows"])
    out = []
    for name, dtype in schema.items():
        nulls = int(first[f"nulls:{name}"])
        present = max(rows - nulls, 1)
        result = results.get(name)
        shape = (name, str(dtype), rows, nulls)
        if result is None:
            out.append(ColumnSummary(*shape, "none", ()))
        elif name in binned:
            bins_of = binned[name]
            span = (
                _label(bins_of.low, dtype),
                _label(bins_of.low + bins_of.count * bins_of.width, dtype),
            )
            out.append(
                ColumnSummary(*shape, "histogram", bins_of.bars(result, dtype, present), span)
            )
        else:
            values = zip(result["value"].to_list(), result["len"].to_list(), strict=True)
            bars = tuple(Bar(str(v), int(n), n / present) for v, n in values)
            out.append(ColumnSummary(*shape, "top", bars))
    return out


@functools.lru_cache(maxsize=32)
def _cached(path: str, fmt: str, _stamp: tuple[int, int]) -> tuple[ColumnSummary, ...]:
    return tuple(summarise(scan(Path(path), fmt, None)))


def file_summary(path: Path, fmt: str) -> list[ColumnSummary]:
    """:func:`summarise` of a columnar file, remembered while the file is unchanged."""
    info = path.stat()
    return list(_cached(str(path), fmt, (info.st_mtime_ns, info.st_size)))
