"""The Python API: ``generate`` into memory, ``batches`` one block at a time, ``write`` to files.

All three run the one loop (:func:`~lookalike.pipeline.run_table`) behind the
CLI and the service, from a plan made by :func:`~lookalike.planning.resolve`.

>>> import lookalike
>>> table = lookalike.generate("examples/base-types.yaml", rows=5, seed=1)
>>> table.num_rows, table.column_names[:3]
(5, ['customer_id', 'quantity', 'unit_price'])
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.estimate import check_space as enough_space
from lookalike.estimate import estimate_outputs
from lookalike.executors import Task, Work, executor_for, tasks_for
from lookalike.frames import Frame, convert
from lookalike.pipeline import RowRange, collect_table, run_table
from lookalike.plan import Lineage, Plan
from lookalike.planning import (
    SpecLike,
    as_spec,
    customise,
    load_template,
    pick_table,
    resolve,
    template_names,
)
from lookalike.randomness import BLOCK_ROWS
from lookalike.sinks import Sink, check_writable, open_sink
from lookalike.sinks.channel import BatchSink, Channel, ChannelClosedError
from lookalike.sinks.remote import RemoteOutput, is_url
from lookalike.sinks.tee import TeeSink
from lookalike.targets import Target, targets_for

__all__ = [
    "SpecLike",
    "WriteResult",
    "as_spec",
    "batches",
    "customise",
    "generate",
    "load_template",
    "resolve",
    "template_names",
    "write",
]


def _one_table(plan: Plan, table: str | None) -> str:
    names = pick_table(plan, table)
    if len(names) > 1:
        raise SpecError(
            f"this spec has {len(names)} tables; pass table= one of {', '.join(names)}",
            path="table",
        )
    return names[0]


def generate(
    spec: SpecLike,
    *,
    rows: int | None = None,
    seed: int | None = None,
    table: str | None = None,
    workers: int = 1,
    locale: str | None = None,
    email_domain: str | None = None,
    scale: float | None = None,
    lineage: bool | Lineage = False,
    as_: Literal["arrow", "polars", "pandas"] = "arrow",
    decimals: Literal["decimal", "float"] = "decimal",
) -> Any:
    """Generate a table in memory: a :class:`pyarrow.Table`, or with ``as_`` a Polars
    or pandas DataFrame (pandas gets datetime64 dates, and decimals as
    :class:`~decimal.Decimal` or, with ``decimals="float"``, as floats).

    A spec with several tables needs ``table=``. ``locale`` and ``email_domain``
    override the spec's (see :func:`customise`).

    >>> frame = generate("examples/base-types.yaml", rows=3, seed=1, as_="polars")
    >>> frame.shape[0]
    3
    """
    resolved = resolve(
        spec, rows=rows, seed=seed, scale=scale, lineage=lineage, locale=locale,
        email_domain=email_domain,
    )  # fmt: skip
    name = _one_table(resolved, table)
    executor = executor_for(workers, resolved.tables[name].blocks)
    try:
        result = collect_table(resolved, name, executor=executor)
    finally:
        executor.close()
    return convert(result, as_, decimals=decimals)


def batches(
    spec: SpecLike,
    table: str | None = None,
    *,
    rows: int | None = None,
    seed: int | None = None,
    locale: str | None = None,
    scale: float | None = None,
    as_: Frame = "arrow",
) -> Iterator[Any]:
    """Generate a table block by block, for data larger than memory: each item is a
    :class:`pyarrow.RecordBatch` (or, with ``as_``, a Polars or pandas DataFrame)
    of up to 65,536 rows. Generation runs one block ahead on a thread of its own
    and stops when the loop over the batches stops.

    >>> sum(b.num_rows for b in batches("examples/base-types.yaml", rows=70_000, seed=1))
    70000
    """
    resolved = resolve(spec, rows=rows, seed=seed, scale=scale, locale=locale)
    name = _one_table(resolved, table)
    return _drain(resolved, name, as_)


def _drain(plan: Plan, table: str, as_: Frame) -> Iterator[Any]:
    channel = Channel(depth=1)

    def produce() -> None:
        try:
            run_table(plan, table, BatchSink(channel))
        except ChannelClosedError:
            pass
        except BaseException as exc:  # raised in the consuming loop
            channel.fail(exc)

    producer = threading.Thread(target=produce, name="lookalike-batches", daemon=True)
    producer.start()
    try:
        for batch in channel:
            yield batch if as_ == "arrow" else convert(pa.Table.from_batches([batch]), as_)
    finally:
        channel.cancel()
        producer.join()


@dataclass
class WriteResult:
    """What :func:`write` produced: the seed, and each table's files and rows."""

    seed: int
    files: dict[str, Path] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, list[Path]] = field(default_factory=dict)
    #: Each table's uploaded files, when the output was a URL (``s3://...``).
    urls: dict[str, list[str]] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        """Rows written across every table."""
        return sum(self.rows.values())


def write(
    spec: SpecLike | Plan,
    output: str | Path | None,
    *,
    format: str | Sequence[str] | None = None,
    rows: int | None = None,
    seed: int | None = None,
    table: str | None = None,
    workers: int | None = 1,
    compression: str | None = None,
    row_range: RowRange | None = None,
    chunk_rows: int | None = None,
    progress: Callable[[str, int], None] | None = None,
    resolved: Plan | None = None,
    locale: str | None = None,
    email_domain: str | None = None,
    scale: float | None = None,
    lineage: bool | Lineage = False,
    check_space: bool = True,
) -> WriteResult:
    """Generate ``spec`` into ``output`` (a file, a directory for several tables, an
    fsspec URL such as ``s3://bucket/people.parquet``, or None for standard output).
    The format comes from ``format`` or the extension; several formats
    (``"csv,parquet"``) are written from one generation.

    ``spec`` may also be a plan already made by :func:`resolve` (``resolved=`` too).
    Before the first row, the outputs' sizes are estimated from a sample and an
    output that would not fit its disk is refused (``check_space=False`` skips it).

    ``workers`` is how many cores to use: one (the default) generates, encodes and
    writes on the calling thread; ``None`` means all of them (worker processes for
    big text outputs, so guard a script's entry point).

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "orders.csv"
    >>> write("examples/base-types.yaml", out, rows=10, seed=1).rows
    {'orders': 10}
    """
    if isinstance(spec, Plan):
        resolved = spec
    elif resolved is None:
        resolved = resolve(
            spec, rows=rows, seed=seed, scale=scale, lineage=lineage, locale=locale,
            email_domain=email_domain,
        )  # fmt: skip
    if output is not None and is_url(output):
        return _write_remote(
            resolved, str(output), format=format, table=table, workers=workers,
            compression=compression, row_range=row_range, chunk_rows=chunk_rows,
            progress=progress, check_space=check_space,
        )  # fmt: skip
    names = pick_table(resolved, table)
    targets = _checked_targets(resolved, names, output, format, compression, row_range, check_space)
    result = WriteResult(seed=resolved.seed)
    tasks = {name: _tasks(resolved, name, row_range) for name in names}
    executor = executor_for(
        workers, max(len(t) for t in tasks.values()), work=_work(resolved, tasks, targets)
    )
    try:
        for name in names:
            counter = (lambda n, _t=name: progress(_t, n)) if progress else None
            result.rows[name] = run_table(
                resolved, name, _sink_for(targets[name]), executor=executor,
                row_range=row_range, chunk_rows=chunk_rows, progress=counter,
            )  # fmt: skip
            paths = [t.path for t in targets[name] if t.path is not None]
            if paths:
                result.files[name] = paths[0]
                result.outputs[name] = paths
    finally:
        executor.close()
    return result


def _write_remote(resolved: Plan, url: str, **options: Any) -> WriteResult:
    """:func:`write` to a URL: written into a staging folder, then each file uploaded."""
    remote = RemoteOutput(url)
    try:
        remote.check()
        result = write(resolved, remote.local_output, **options)
        for name, paths in result.outputs.items():
            result.urls[name] = remote.upload(paths)
    finally:
        remote.discard()
    return result


def _checked_targets(
    plan: Plan,
    names: list[str],
    output: str | Path | None,
    fmt: str | Sequence[str] | None,
    compression: str | None,
    row_range: RowRange | None,
    check_space: bool,
) -> dict[str, list[Target]]:
    """Every output of the run, each checked writable (and, when asked, to fit on its
    disk) before the first row is made."""
    targets = targets_for(names, output, fmt, compression)
    for outputs in targets.values():
        for target in outputs:
            if target.path is not None:
                check_writable(target.path)
    if check_space:
        enough_space(estimate_outputs(plan, targets, row_range))
    return targets


def _sink_for(outputs: list[Target]) -> Sink:
    sinks = [open_sink(t.format, t.path, compression=t.compression) for t in outputs]
    return sinks[0] if len(sinks) == 1 else TeeSink(sinks)


def _tasks(resolved: Plan, name: str, row_range: RowRange | None) -> list[Task]:
    """The blocks ``name`` needs: a row range needs only the blocks it touches, so a
    few rows of a big table are not worth starting processes for."""
    first, stop = (row_range.first, row_range.stop) if row_range else (0, None)
    return tasks_for(resolved, name, first, stop)


def _work(resolved: Plan, tasks: dict[str, list[Task]], targets: dict[str, list[Target]]) -> Work:
    """What the run will cost: its rows, their bytes per row (the plan's estimate,
    averaged over tables by rows), and the biggest table's outputs."""
    rows = {name: sum(t.stop - t.first for t in done) for name, done in tasks.items()}
    total = sum(rows.values())
    row_bytes = sum(resolved.estimates[n].text_row_bytes * r for n, r in rows.items())
    biggest = max(rows, key=lambda name: rows[name])
    whole = all(t.stop - t.first == BLOCK_ROWS for done in tasks.values() for t in done[:-1])
    return Work(
        rows=total,
        row_bytes=row_bytes / total if total else 0.0,
        outputs=tuple((t.format, t.compression) for t in targets[biggest]),
        aligned=whole,
    )
