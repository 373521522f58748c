"""Where a dataset goes: one file per asked format, all from one generation.

One format that :func:`lookalike.api.write` knows goes through it. Several
formats (``formats=["csv", "parquet", "excel"]``), or Excel and GeoJSON, run
the same plan once into a :class:`Tee` of sinks, so every file holds the same
rows and nothing is generated twice.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from lookalike.errors import UnknownFormatError
from lookalike.sinks.base import Sink

#: Formats ``create_dataset`` writes, by the names people use, to (format, extension).
FORMATS = {
    "csv": ("csv", ".csv"), "tsv": ("tsv", ".tsv"), "json": ("json", ".json"),
    "ndjson": ("ndjson", ".ndjson"), "jsonl": ("ndjson", ".jsonl"),
    "parquet": ("parquet", ".parquet"), "arrow": ("arrow", ".arrow"),
    "excel": ("excel", ".xlsx"), "xlsx": ("excel", ".xlsx"),
    "geojson": ("geojson", ".geojson"),
}  # fmt: skip
_BY_SUFFIX = {ext: fmt for fmt, ext in FORMATS.values()} | {".jsonl": "ndjson", ".xls": "excel"}
#: The formats :func:`lookalike.api.write` opens itself.
API_FORMATS = frozenset({"csv", "tsv", "json", "ndjson", "parquet", "arrow"})


def format_of(path: Path) -> str:
    """The format a file name asks for.

    >>> format_of(Path("patients.xlsx")), format_of(Path("sales.csv"))
    ('excel', 'csv')
    """
    suffix = path.suffix.lower()
    if suffix not in _BY_SUFFIX:
        raise UnknownFormatError(
            f"{path.name}: cannot tell the format from {suffix or 'no extension'}; use one of "
            + ", ".join(sorted({ext for _, ext in FORMATS.values()}))
        )
    return _BY_SUFFIX[suffix]


def targets(filename: str | Path, formats: list[str] | None) -> list[tuple[str, Path]]:
    """(format, path) for each file to write: the file itself, then its siblings.

    >>> [str(p) for _, p in targets("out/sales.csv", ["csv", "parquet", "excel"])]
    ['out/sales.csv', 'out/sales.parquet', 'out/sales.xlsx']
    """
    path = Path(filename)
    chosen = [(format_of(path), path)]
    for name in formats or []:
        key = name.lower().lstrip(".")
        if key not in FORMATS:
            raise UnknownFormatError(
                f"unknown format {name!r} in formats; use {', '.join(sorted(FORMATS))}"
            )
        fmt, ext = FORMATS[key]
        if all(fmt != f for f, _ in chosen):
            chosen.append((fmt, path.with_name(path.name.split(".")[0] + ext)))
    return chosen


def open_any(fmt: str, path: Path) -> Sink:
    """A sink for any dataset format (Excel and GeoJSON imported only when asked for)."""
    if fmt == "excel":
        from lookalike.sinks.excel import ExcelSink

        return ExcelSink(path)
    if fmt == "geojson":
        from lookalike.sinks.geojson import GeoJsonSink

        return GeoJsonSink(path)
    from lookalike.sinks import open_sink

    return open_sink(fmt, path)


class Tee:
    """A sink that hands every batch to several sinks (one generation, many files)."""

    def __init__(self, sinks: list[Sink]) -> None:
        self.sinks = sinks
        self._opened: list[Sink] = []

    @property
    def encoder(self) -> None:
        return None  # each sink encodes for itself

    def open(self, schema: pa.Schema) -> None:
        for sink in self.sinks:
            sink.open(schema)
            self._opened.append(sink)

    def write(self, batch: pa.RecordBatch) -> None:
        for sink in self.sinks:
            sink.write(batch)

    def write_encoded(self, data: bytes | pa.Buffer) -> None:
        raise TypeError("a Tee takes batches, not encoded bytes")

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()

    def abort(self) -> None:
        for sink in self._opened:
            sink.abort()
