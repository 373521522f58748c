"""Checking a directory of files: Polars lazy scans, only key columns read, joins vectorised."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lookalike.errors import OutputError
from lookalike.spec import Dataset

if TYPE_CHECKING:
    import polars as pl
from lookalike.check.rules import CheckReport, Constraint, run_checks


def _scan(path: Path) -> pl.LazyFrame:
    """A lazy frame over any file lookalike writes (its format read from the name)."""
    import io

    import polars as pl
    import pyarrow as pa

    from lookalike.sinks.formats import infer_format

    try:
        fmt, compression = infer_format(path)
    except OutputError:
        raise OutputError(
            f"{path}: cannot tell this file's format for checking; name it like the files "
            "lookalike writes (.csv, .tsv, .json, .ndjson, .parquet, .arrow, optionally .gz/.zst)"
        ) from None
    if fmt == "parquet":
        return pl.scan_parquet(path)
    if fmt == "arrow":
        return pl.scan_ipc(path)
    if compression is None and fmt in ("csv", "tsv"):
        return pl.scan_csv(path, separator="," if fmt == "csv" else "\t")
    if compression is None and fmt == "ndjson":
        return pl.scan_ndjson(path)
    with pa.input_stream(str(path), compression=compression) as stream:
        data = io.BytesIO(stream.read())
    if fmt in ("csv", "tsv"):
        return pl.read_csv(data, separator="," if fmt == "csv" else "\t").lazy()
    if fmt == "ndjson":
        return pl.read_ndjson(data).lazy()
    return pl.read_json(data).lazy()


def _table_file(folder: Path, table: str) -> Path:
    candidates = sorted(
        p for p in folder.glob(f"{table}.*") if p.is_file() and not p.name.startswith(".")
    )
    if not candidates:
        raise OutputError(
            f"{folder}: no file for table {table} (expected e.g. {table}.parquet or {table}.csv)"
        )
    return candidates[0]


class _Files:
    """Polars lazy scans: only key columns are read, joins run vectorised."""

    def __init__(self, folder: Path, spec: Dataset) -> None:
        if not folder.is_dir():
            raise OutputError(
                f"{folder}: not a directory; give the folder the tables were written to"
            )
        self.frames = {name: _scan(_table_file(folder, name)) for name in spec.tables}

    def rows(self, table: str) -> int:
        import polars as pl

        return int(self.frames[table].select(pl.len()).collect().item())

    def nulls(self, c: Constraint) -> int:
        import polars as pl

        any_null = pl.any_horizontal([pl.col(x).is_null() for x in c.columns])
        return int(self.frames[c.table].filter(any_null).select(pl.len()).collect().item())

    def duplicates(self, c: Constraint) -> int:
        import polars as pl

        groups = (
            self.frames[c.table].select(c.columns).drop_nulls()
            .group_by(c.columns).len().filter(pl.col("len") > 1)
        )  # fmt: skip
        return int(groups.select((pl.col("len") - 1).sum()).collect().item() or 0)

    def _pair(self, c: Constraint) -> tuple[pl.LazyFrame, pl.LazyFrame]:
        import polars as pl

        child = self.frames[c.table].select(c.columns).drop_nulls()
        renamed = {p: f"__k{i}" for i, p in enumerate(c.parent_columns)}
        parent = self.frames[c.parent].select(c.parent_columns).rename(renamed)
        child = child.rename({x: f"__k{i}" for i, x in enumerate(c.columns)})
        # CSV may read one side's keys as numbers and the other's as text.
        keys = [f"__k{i}" for i in range(len(c.columns))]
        cast = {k: pl.String for k in keys}
        return child.cast(cast), parent.cast(cast)  # type: ignore[arg-type]

    def orphans(self, c: Constraint) -> int:
        import polars as pl

        child, parent = self._pair(c)
        keys = [f"__k{i}" for i in range(len(c.columns))]
        lost = child.join(parent.unique(), on=keys, how="anti")
        return int(lost.select(pl.len()).collect().item())

    def bad_parents(self, c: Constraint) -> int:
        import polars as pl

        child, parent = self._pair(c)
        keys = [f"__k{i}" for i in range(len(c.columns))]
        counts = child.group_by(keys).len()
        per = parent.join(counts, on=keys, how="left").with_columns(pl.col("len").fill_null(0))
        bad = pl.col("len") < c.low
        if c.high is not None:
            bad = bad | (pl.col("len") > c.high)
        return int(per.filter(bad).select(pl.len()).collect().item())

    def outside(self, c: Constraint) -> int:
        return _files_outside(self.frames[c.table], c)


def _files_outside(frame: pl.LazyFrame, c: Constraint) -> int:
    import polars as pl

    column = pl.col(c.columns[0])
    if c.kind == "allowed values":
        bad = ~column.cast(pl.String).is_in([str(v) for v in c.values])
    elif c.kind == "range":
        # Text files hold decimals as strings ("12.50" in JSON): compare them as numbers.
        number = column.cast(pl.Float64, strict=False)
        bad = (number < float(c.values[0])) | (number > float(c.values[1]))
    else:
        bad = column < pl.col(c.columns[1])
    return int(frame.filter(column.is_not_null() & bad).select(pl.len()).collect().item())


def check_files(spec: Dataset, folder: str | Path) -> CheckReport:
    """Check the tables written to ``folder`` (one file per table, named after it)."""
    return run_checks(spec, _Files(Path(folder), spec))
