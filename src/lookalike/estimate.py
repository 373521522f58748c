"""How big an output will be, measured on a sample, so a run never fills a disk by accident.

Before writing, each table's first rows (up to :data:`SAMPLE_ROWS`) are made
and written to memory in the run's own format and compression; bytes per row
times the table's rows is the estimate (Parquet and Arrow get their per-file
overhead counted once). :func:`check_space` then compares the estimate with
the free space of each target's filesystem and refuses, before the first row,
what would not fit, naming the estimate, the free space and the way around it.

>>> from lookalike.planning import resolve
>>> plan = resolve("examples/base-types.yaml", rows=1_000_000, seed=1)
>>> size = estimate_bytes(plan, "orders", "csv")
>>> 50_000_000 < size < 500_000_000
True
>>> human_bytes(size)[-2:]
'MB'
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from lookalike.errors import OutputError
from lookalike.pipeline import RowRange, collect_table
from lookalike.plan import Plan
from lookalike.sinks.formats import FORMATS
from lookalike.targets import Target

#: Rows made to measure a table's bytes per row.
SAMPLE_ROWS = 4096
#: Room kept free beside the estimate (estimates of compressed output are rougher).
MARGIN = 1.10


def human_bytes(size: float) -> str:
    """``1234567`` -> ``'1.2 MB'``.

    >>> human_bytes(999), human_bytes(1_500_000_000)
    ('999 B', '1.5 GB')
    """
    for unit in ("B", "kB", "MB", "GB", "TB", "PB"):
        if size < 1000 or unit == "PB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def _encoded_size(sample: pa.Table, fmt: str, compression: str | None) -> tuple[int, int]:
    """(bytes of the sample's rows, bytes of the format's fixed overhead)."""
    if FORMATS[fmt].text:
        from lookalike.sinks.text import text_framing

        framing = text_framing(fmt, sample.schema)
        body = sum(len(framing.encoder(b)) for b in sample.to_batches() if b.num_rows)
        overhead = len(framing.header) + len(framing.footer)
        if compression is not None and sample.num_rows:
            body = _compressed(sample, fmt, compression)
        return body, overhead
    overhead = _columnar_size(sample.slice(0, 0), fmt, compression)
    return max(_columnar_size(sample, fmt, compression) - overhead, 0), overhead


def _columnar_size(table: pa.Table, fmt: str, compression: str | None) -> int:
    out = pa.BufferOutputStream()
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, out, compression=compression or "snappy")
    else:
        options = pa.ipc.IpcWriteOptions(compression=compression)
        with pa.ipc.new_file(out, table.schema, options=options) as writer:
            writer.write_table(table)
    return int(out.getvalue().size)


def _compressed(sample: pa.Table, fmt: str, compression: str) -> int:
    from lookalike.sinks.text import text_framing

    framing = text_framing(fmt, sample.schema)
    out = pa.BufferOutputStream()
    with pa.CompressedOutputStream(out, compression) as stream:
        for batch in sample.to_batches():
            if batch.num_rows:
                stream.write(framing.encoder(batch))
    return int(out.getvalue().size)


def sample_rows(plan: Plan, table: str) -> pa.Table:
    """The first rows of ``table`` that estimates are measured on."""
    return collect_table(plan, table, row_range=RowRange(0, SAMPLE_ROWS))


def estimate_bytes(
    plan: Plan,
    table: str,
    fmt: str,
    compression: str | None = None,
    *,
    rows: int | None = None,
    sample: pa.Table | None = None,
) -> int:
    """About how many bytes ``rows`` rows (default: all) of ``table`` take as ``fmt``
    (``sample``: the table's first rows, when the caller already made them)."""
    total = plan.tables[table].rows if rows is None else rows
    if sample is None:
        sample = sample_rows(plan, table)
    body, overhead = _encoded_size(sample, fmt, compression)
    if not sample.num_rows:
        return overhead
    return overhead + int(body / sample.num_rows * total)


@dataclass(frozen=True)
class Planned:
    """One output a run will write: where, and about how big."""

    path: Path
    bytes: int


def check_space(outputs: Iterable[Planned]) -> None:
    """Refuse, before any row is made, outputs that would not fit their filesystems."""
    by_device: dict[int, list[Planned]] = {}
    for output in outputs:
        folder = _existing_folder(output.path)
        by_device.setdefault(os.stat(folder).st_dev, []).append(output)
    for planned in by_device.values():
        need = sum(p.bytes for p in planned)
        folder = _existing_folder(planned[0].path)
        free = shutil.disk_usage(folder).free
        if need * MARGIN > free:
            where = ", ".join(str(p.path) for p in planned[:3])
            where += ", ..." if len(planned) > 3 else ""
            raise OutputError(
                f"{where}: about {human_bytes(need)} would be written, but {folder} has only "
                f"{human_bytes(free)} free; free some space, write elsewhere, ask for fewer "
                "rows, or pass --no-space-check to write anyway"
            )


def _existing_folder(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def estimate_outputs(
    plan: Plan, targets: dict[str, list[Target]], row_range: RowRange | None = None
) -> list[Planned]:
    """The files a run will write, each with its estimated size (tables of a few rows,
    whose files are small whatever they hold, are not measured)."""
    planned = []
    for table, outputs in targets.items():
        rows = _rows_in(plan.tables[table].rows, row_range)
        sample = sample_rows(plan, table) if rows > SAMPLE_ROWS else None
        for target in outputs:
            if target.path is None:
                continue
            size = 0
            if sample is not None:
                size = estimate_bytes(
                    plan, table, target.format, target.compression, rows=rows, sample=sample
                )
            planned.append(Planned(target.path, size))
    return planned


def _rows_in(rows: int, row_range: RowRange | None) -> int:
    if row_range is None:
        return rows
    return max(0, min(row_range.stop, rows) - row_range.first)
