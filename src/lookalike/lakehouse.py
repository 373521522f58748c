"""Generate a plan into Delta tables (a Bronze layer), one Delta table per spec table.

Like :mod:`lookalike.loading` for databases, this driver runs the one loop
(:func:`~lookalike.pipeline.run_table`) once per table, here into a
:class:`~lookalike.sinks.delta.DeltaSink`. Every check happens before the first
row: the pattern names every table, ``mode="error"`` refuses tables already
there, and ``append`` refuses a table whose columns differ. Each table is one
Delta commit; its commit information carries the seed and reference time.

>>> import tempfile, lookalike
>>> plan = lookalike.resolve("examples/shop.yaml", rows=20, seed=1, lineage=True)
>>> lake = "delta:" + tempfile.mkdtemp()
>>> result = write_delta(plan, lake, tables=("stores", "orders"), pattern="bronze_{source}_{table}")
>>> [uri.rsplit("/", 1)[1] for uri in result.tables.values()]
['bronze_lookalike_orders', 'bronze_lookalike_stores']
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lookalike.errors import OutputError
from lookalike.executors import executor_for, tasks_for
from lookalike.pipeline import run_table
from lookalike.sinks.delta import MODES, DeltaMode, DeltaSink, delta_schema, require_deltalake
from lookalike.targets import LakeTarget, lake_target

if TYPE_CHECKING:
    from lookalike.plan import Plan

__all__ = ["DeltaResult", "write_delta"]

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class DeltaResult:
    """What :func:`write_delta` did: each table's Delta location and rows, time taken."""

    rows: dict[str, int] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def write_delta(
    plan: Plan,
    to: str | LakeTarget,
    *,
    tables: tuple[str, ...] | None = None,
    mode: DeltaMode = "append",
    pattern: str | None = None,
    source: str = "lookalike",
    environment: str = "development",
    workers: int | None = None,
    progress: Progress | None = None,
    storage_options: Mapping[str, str] | None = None,
) -> DeltaResult:
    """Write every table of ``plan`` (or ``tables``) as a Delta table under ``to``.

    ``to`` is ``delta:PATH``, ``delta+s3://bucket/path`` (any scheme deltalake
    knows) or a :class:`~lookalike.targets.LakeTarget`; ``pattern`` names each
    table (``bronze_{source}_{table}``; default ``{table}``); ``mode`` is
    ``append``, ``overwrite`` or ``error``. Credentials for object stores come
    from the environment (``AWS_*`` and the like) or ``storage_options``.
    """
    require_deltalake()
    if mode not in MODES:
        raise OutputError(f"unknown Delta write mode {mode!r}; use {', '.join(MODES)}")
    lake = to if isinstance(to, LakeTarget) else lake_target(to, pattern=pattern or "{table}")
    if pattern is not None and isinstance(to, LakeTarget):
        lake = LakeTarget(lake.base, pattern)
    names = [n for n in plan.tables if tables is None or n in tables]
    base = _local_base(lake.base)
    uris = {
        n: LakeTarget(base, lake.pattern).uri_for(n, source=source, environment=environment)
        for n in names
    }
    options = dict(storage_options or {}) or None
    for name in names:
        _check_table(plan, name, uris[name], mode, options)
    started = time.perf_counter()
    result = DeltaResult(tables=uris)
    blocks = max((len(tasks_for(plan, n, 0, None)) for n in names), default=1)
    # Parquet is encoded in this process, so the columnar choice: two threads.
    executor = executor_for(workers, blocks, processes=False)
    metadata = {"lookalike.seed": str(plan.seed),
                "lookalike.reference_time": plan.reference_time.isoformat()}  # fmt: skip
    try:
        for name in names:
            counter = (lambda n, _t=name: progress(_t, n)) if progress else None
            sink = DeltaSink(
                uris[name], mode=mode, storage_options=options,
                metadata={**metadata, "lookalike.table": name},
            )  # fmt: skip
            result.rows[name] = run_table(plan, name, sink, executor=executor, progress=counter)
    finally:
        executor.close()
    return DeltaResult(result.rows, uris, time.perf_counter() - started)


def _local_base(base: str) -> str:
    """A local base as an absolute path (made if absent); URLs stay as they are."""
    if "://" in base:
        return base
    path = Path(base).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise OutputError(f"{base}: Delta tables go into a folder, and this is a file")
    path.mkdir(parents=True, exist_ok=True)
    return str(path)


def _check_table(
    plan: Plan, name: str, uri: str, mode: str, options: dict[str, str] | None
) -> None:
    """Refuse, before any row, a write the table already there would refuse at its end."""
    deltalake = require_deltalake()
    try:
        exists = deltalake.DeltaTable.is_deltatable(uri, storage_options=options)
    except Exception as exc:  # an unreachable store, bad credentials
        raise OutputError(f"{uri}: cannot reach the Delta table: {exc}") from exc
    if not exists:
        return
    if mode == "error":
        raise OutputError(
            f"{uri}: a Delta table is already there; use --if-exists append or replace"
        )
    if mode == "append":
        held = [f.name for f in deltalake.DeltaTable(uri, storage_options=options).schema().fields]
        wanted = delta_schema(plan.tables[name].schema).names
        if set(held) != set(wanted):
            raise OutputError(
                f"{uri}: the Delta table has columns {held}, this run writes {wanted}; "
                "use --if-exists replace to overwrite it (or another --table-name)"
            )
