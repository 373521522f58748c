"""Where a run's tables go: a file, standard output, or a directory, in one or more formats.

A run writes each table to one target per format. The format comes from the
``format`` argument (one name, ``"csv,parquet"`` or a list) or from the output's
extension; several tables, or several formats, go into a directory (or, for one
table, beside the named file, with each format's extension).

>>> [t.path.name for t in targets_for(["orders"], "out/orders.csv", "csv,parquet", None)["orders"]]
['orders.csv', 'orders.parquet']

A Delta lake is a target too: ``--to delta:PATH`` (or ``delta+s3://bucket/lake``) puts
each table in a Delta table of its own under that base, named by a pattern.

>>> lake = lake_target("delta:lake", pattern="bronze_{source}_{table}")
>>> lake.uri_for("orders", source="crm")
'lake/bronze_crm_orders'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lookalike.errors import OutputError
from lookalike.sinks.formats import (
    compression_of,
    extension_for,
    infer_format,
    looks_like_file,
    normalise_format,
)


@dataclass(frozen=True)
class Target:
    """One table's output in one format: a file, or standard output when ``path`` is None."""

    format: str
    compression: str | None
    path: Path | None


def formats_of(fmt: str | Sequence[str] | None) -> list[str]:
    """The formats a run writes, in canonical spelling and without repeats.

    >>> formats_of("csv, jsonl,csv")
    ['csv', 'ndjson']
    """
    if fmt is None:
        return []
    names = fmt.split(",") if isinstance(fmt, str) else list(fmt)
    return list(dict.fromkeys(normalise_format(n.strip()) for n in names if n.strip()))


def targets_for(
    names: list[str],
    output: str | Path | None,
    fmt: str | Sequence[str] | None,
    compression: str | None,
) -> dict[str, list[Target]]:
    """The targets of each table to write (checked, not yet created)."""
    formats = formats_of(fmt)
    if output is None or str(output) == "-":
        if len(names) > 1:
            raise OutputError(
                "several tables cannot share standard output; give a directory with -o "
                "or pick one with --table"
            )
        if len(formats) > 1:
            raise OutputError(
                "several formats cannot share standard output; give a file or directory "
                "with -o, or one format"
            )
        return {names[0]: [Target(formats[0] if formats else "csv", compression, None)]}
    path = Path(output)
    if len(names) > 1 or path.is_dir() or str(output).endswith("/"):
        folder = _folder(path)
        chosen = formats or ["csv"]
        return {
            n: [
                Target(f, compression, folder / f"{n}{extension_for(f, compression)}")
                for f in chosen
            ]
            for n in names
        }
    if not formats:
        inferred, inferred_compression = infer_format(path)
        return {names[0]: [Target(inferred, compression or inferred_compression, path)]}
    compression = compression or compression_of(path)
    if len(formats) == 1:
        return {names[0]: [Target(formats[0], compression, path)]}
    stem = _stem(path)
    return {
        names[0]: [
            Target(f, compression, stem.with_name(stem.name + extension_for(f, compression)))
            for f in formats
        ]
    }


@dataclass(frozen=True)
class LakeTarget:
    """Where a run's tables go as Delta tables: one per table under ``base``.

    ``pattern`` names each table from ``{table}``, ``{source}`` (the source
    system) and ``{environment}``.
    """

    base: str
    pattern: str = "{table}"

    def uri_for(self, table: str, *, source: str = "lookalike", environment: str = "") -> str:
        """The table's location: ``base/<pattern filled in>``."""
        try:
            name = self.pattern.format(table=table, source=source, environment=environment)
        except (KeyError, IndexError, ValueError) as exc:
            unknown = f"{{{exc.args[0]}}} is not one" if isinstance(exc, KeyError) else exc
            raise OutputError(
                f"--table-name {self.pattern!r}: use only {{table}}, {{source}} and "
                f"{{environment}}, e.g. bronze_{{source}}_{{table}} ({unknown})"
            ) from None
        if not name or "/" in name or name in {".", ".."}:
            raise OutputError(
                f"--table-name {self.pattern!r} gives {name!r} for table {table!r}; a table "
                "name must be one path segment"
            )
        return f"{self.base.rstrip('/')}/{name}"


def is_lake(to: str) -> bool:
    """Whether a ``--to`` destination is a Delta lake rather than a database URL.

    >>> is_lake("delta:out/lake"), is_lake("delta+s3://bucket/lake"), is_lake("sqlite:///x.db")
    (True, True, False)
    """
    return to.startswith(("delta:", "delta+"))


def lake_target(to: str, *, pattern: str = "{table}") -> LakeTarget:
    """The lake a ``delta:PATH`` or ``delta+SCHEME://...`` destination names.

    >>> lake_target("delta+s3://bucket/bronze").base
    's3://bucket/bronze'
    """
    if to.startswith("delta+"):
        base = to.removeprefix("delta+")
    elif to.startswith("delta:"):
        base = to.removeprefix("delta:")
    else:
        base = ""
    if not base or (to.startswith("delta+") and "://" not in base):
        raise OutputError(
            f"{to!r} is not a Delta destination; use delta:PATH (a local folder) or "
            "delta+s3://bucket/path"
        )
    return LakeTarget(base.removeprefix("file://"), pattern)


def _folder(path: Path) -> Path:
    """The directory several outputs go into (made if it does not exist)."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: several tables go to a directory, and this is a file")
    if not path.is_dir():
        if looks_like_file(path):
            raise OutputError(
                f"{path}: several tables go to a directory; give a directory name with -o "
                "or pick one table with --table"
            )
        path.mkdir(parents=True)
    return path


def _stem(path: Path) -> Path:
    """``out/sales.csv.gz`` -> ``out/sales``: the name several formats share."""
    while looks_like_file(path) and path.suffix:
        path = path.with_suffix("")
    return path
