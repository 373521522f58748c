"""The Python API: ``generate`` into memory, ``write`` to files.

>>> import lookalike
>>> table = lookalike.generate("examples/base-types.yaml", rows=5, seed=1)
>>> table.num_rows, table.column_names[:3]
(5, ['customer_id', 'quantity', 'unit_price'])
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from lookalike.errors import OutputError, SpecError
from lookalike.executors import executor_for, tasks_for
from lookalike.pipeline import RowRange, collect_table, run_table
from lookalike.plan import Lineage, Plan, build_plan
from lookalike.sinks import (
    COLUMNAR,
    check_writable,
    extension_for,
    infer_format,
    normalise_format,
    open_sink,
)
from lookalike.spec import Dataset, load_spec, spec_from_dict

SpecLike = Dataset | Mapping[str, Any] | str | Path


def template_names() -> list[str]:
    """Names of the specs shipped with lookalike (``--template NAME``)."""
    folder = importlib.resources.files("lookalike") / "data" / "templates"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def load_template(name: str) -> Dataset:
    """A shipped template by name."""
    folder = importlib.resources.files("lookalike") / "data" / "templates"
    resource = folder / f"{name}.yaml"
    if not resource.is_file():
        raise SpecError(
            f"unknown template {name!r}; available: {', '.join(template_names())}",
            path="template",
        )
    with importlib.resources.as_file(resource) as path:
        return load_spec(path)


def as_spec(spec: SpecLike) -> Dataset:
    """Accept a Dataset, a dict, a path to a spec file, or a template name."""
    if isinstance(spec, Dataset):
        return spec
    if isinstance(spec, Mapping):
        return spec_from_dict(spec)
    path = Path(spec)
    if path.suffix.lower() in {".yaml", ".yml", ".json"} or path.exists():
        return load_spec(path)
    if str(spec) in template_names():
        return load_template(str(spec))
    raise SpecError(f"{spec}: no such spec file or template; check the path", path="spec")


def customise(
    spec: Dataset, *, locale: str | None = None, email_domain: str | None = None
) -> Dataset:
    """A copy of ``spec`` with a different locale and/or email domain.

    ``email_domain`` applies to every email field that does not name its own
    domain (seed 000's ``email_domain`` option).

    >>> spec = customise(load_template("person"), locale="en_US", email_domain="acme.test")
    >>> spec.locale, spec.tables["people"].fields["email"].domain
    ('en_US', 'acme.test')
    """
    data = spec.model_dump(mode="json", exclude_none=True)
    if locale is not None:
        data["locale"] = locale
    if email_domain is not None:
        for table in data["tables"].values():
            for field in table["fields"].values():
                if field.get("kind") == "internet" and field.get("attribute", "email") == "email":
                    field.setdefault("domain", email_domain)
                    if field.get("domain") is None:
                        field["domain"] = email_domain
    changed = spec_from_dict(data)
    changed._source = spec.source
    return changed


def resolve(
    spec: SpecLike,
    *,
    rows: int | None = None,
    seed: int | None = None,
    reference_time: dt.datetime | None = None,
    scale: float | None = None,
    lineage: bool | Lineage = False,
) -> Plan:
    """Resolve a spec into a :class:`~lookalike.plan.Plan` (all checks happen here).

    ``rows`` sets every table whose rows are not given per parent and ``scale``
    multiplies them; ``lineage`` adds ``_ingested_at``, ``_source_system`` and
    ``_environment`` to every table. Errors found while planning name the spec
    file too, when there is one.

    >>> plan = resolve("examples/base-types.yaml", rows=10, scale=3, seed=1)
    >>> plan.tables["orders"].rows
    30
    """
    dataset = as_spec(spec)
    chosen = Lineage() if lineage is True else lineage or None
    try:
        return build_plan(
            dataset, rows=rows, seed=seed, reference_time=reference_time, scale=scale,
            lineage=chosen,
        )  # fmt: skip
    except SpecError as exc:
        source = _source_of(spec)
        if source and not exc.source:
            raise exc.with_source(source) from exc.__cause__
        raise


def _source_of(spec: object) -> str:
    """The file a spec came from, when it came from one."""
    if isinstance(spec, str | Path) and Path(spec).suffix.lower() in {".yaml", ".yml", ".json"}:
        return str(spec)
    return spec.source if isinstance(spec, Dataset) else ""


def _pick_table(resolved: Plan, table: str | None) -> list[str]:
    if table is None:
        return list(resolved.tables)
    if table not in resolved.tables:
        raise SpecError(f"no table {table!r}; tables: {', '.join(resolved.tables)}", path="table")
    return [table]


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
) -> pa.Table:
    """Generate a table in memory as a :class:`pyarrow.Table`.

    A spec with several tables needs ``table=``; ``.to_pandas()`` and
    ``polars.from_arrow()`` turn the result into a DataFrame. ``locale`` and
    ``email_domain`` override the spec's (see :func:`customise`).
    """
    dataset = as_spec(spec)
    if locale is not None or email_domain is not None:
        dataset = customise(dataset, locale=locale, email_domain=email_domain)
    resolved = resolve(dataset, rows=rows, seed=seed, scale=scale, lineage=lineage)
    names = _pick_table(resolved, table)
    if len(names) > 1:
        raise SpecError(
            f"this spec has {len(names)} tables; pass table= one of {', '.join(names)}",
            path="table",
        )
    executor = executor_for(workers, resolved.tables[names[0]].blocks)
    try:
        return collect_table(resolved, names[0], executor=executor)
    finally:
        executor.close()


@dataclass
class WriteResult:
    """What :func:`write` produced."""

    seed: int
    files: dict[str, Path] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def write(
    spec: SpecLike,
    output: str | Path | None,
    *,
    format: str | None = None,
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
) -> WriteResult:
    """Generate ``spec`` into ``output`` (a file, a directory for several tables, or
    None for standard output). The format comes from ``format`` or the extension.

    ``workers`` is how many cores to use: one (the default) generates, encodes and
    writes on the calling thread; ``None`` means all of them (worker processes for
    big text outputs, so guard a script's entry point).

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "orders.csv"
    >>> write("examples/base-types.yaml", out, rows=10, seed=1).rows
    {'orders': 10}
    """
    if resolved is None:
        dataset = as_spec(spec)
        if locale is not None or email_domain is not None:
            dataset = customise(dataset, locale=locale, email_domain=email_domain)
        resolved = resolve(dataset, rows=rows, seed=seed, scale=scale, lineage=lineage)
    names = _pick_table(resolved, table)
    targets = _targets(names, output, format, compression)
    for _fmt, _comp, target in targets.values():
        if target is not None:
            check_writable(target)  # every output, before the first row is made
    result = WriteResult(seed=resolved.seed)
    # This process alone encodes Parquet and Arrow, so by default they stay in it, on
    # two threads: worker processes would mostly add the hand-over (base-types Parquet
    # at 10M rows: 2.55M rows/s on two threads, 2.24M on two processes).
    columnar = all(fmt in COLUMNAR for fmt, _, _ in targets.values())
    executor = executor_for(
        workers, _blocks_to_make(resolved, names, row_range), processes=not columnar
    )
    try:
        for name in names:
            fmt, comp, path = targets[name]
            sink = open_sink(fmt, path, compression=comp)
            counter = (lambda n, _t=name: progress(_t, n)) if progress else None
            result.rows[name] = run_table(
                resolved, name, sink, executor=executor, row_range=row_range,
                chunk_rows=chunk_rows, progress=counter,
            )  # fmt: skip
            if path is not None:
                result.files[name] = path
    finally:
        executor.close()
    return result


def _blocks_to_make(resolved: Plan, names: list[str], row_range: RowRange | None) -> int:
    """The most blocks any of ``names`` needs: a row range needs only the blocks it
    touches, so a few rows of a big table are not worth starting processes for."""
    first, stop = (row_range.first, row_range.stop) if row_range else (0, None)
    return max(len(tasks_for(resolved, name, first, stop)) for name in names)


def _targets(
    names: list[str], output: str | Path | None, fmt: str | None, compression: str | None
) -> dict[str, tuple[str, str | None, Path | None]]:
    """(format, compression, path) for each table to write."""
    if output is None or str(output) == "-":
        if len(names) > 1:
            raise OutputError(
                "several tables cannot share standard output; give a directory with -o "
                "or pick one with --table"
            )
        return {names[0]: (normalise_format(fmt or "csv"), compression, None)}
    path = Path(output)
    if len(names) > 1 or path.is_dir() or str(output).endswith("/"):
        if path.exists() and not path.is_dir():
            raise OutputError(f"{path}: several tables go to a directory, and this is a file")
        if not path.is_dir():
            if path.suffix.lower() in {
                ".csv",
                ".tsv",
                ".json",
                ".ndjson",
                ".jsonl",
                ".parquet",
                ".arrow",
                ".gz",
                ".zst",
            }:
                raise OutputError(
                    f"{path}: several tables go to a directory; give a directory name with -o "
                    "or pick one table with --table"
                )
            path.mkdir(parents=True)
        chosen = normalise_format(fmt or "csv")
        return {
            n: (chosen, compression, path / f"{n}{extension_for(chosen, compression)}")
            for n in names
        }
    if fmt is None:
        fmt, inferred = infer_format(path)
        compression = compression or inferred
    else:
        fmt = normalise_format(fmt)
        if compression is None and path.suffix.lower() in {".gz", ".gzip", ".zst", ".zstd"}:
            compression = infer_format(path.with_suffix(".csv" + path.suffix))[1]
    return {names[0]: (fmt, compression, path)}
