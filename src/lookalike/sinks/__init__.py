"""Sinks: where generated batches go. Each format is one small class.

``open_sink(format, path)`` picks the sink; ``infer_format(path)`` reads the
format (and compression) from a file name such as ``people.csv.gz``.

>>> infer_format("out/people.csv.gz")
('csv', 'gzip')
>>> infer_format("data.parquet")
('parquet', None)
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from lookalike.errors import OutputError, UnknownFormatError
from lookalike.sinks.base import Encoder, Rechunker, Sink
from lookalike.sinks.columnar import IpcSink, MemorySink, ParquetSink
from lookalike.sinks.files import COMPRESSIONS, AtomicFile, check_writable
from lookalike.sinks.text import (
    CsvEncoder,
    NdjsonEncoder,
    TextFraming,
    TextSink,
    csv_header,
    open_target,
    text_framing,
)

FORMATS = ("csv", "tsv", "json", "ndjson", "parquet", "arrow")
#: Formats one process encodes whatever the workers: Parquet and Arrow files.
COLUMNAR = frozenset({"parquet", "arrow"})
_EXTENSIONS = {
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".json": "json", ".ndjson": "ndjson",
    ".jsonl": "ndjson", ".parquet": "parquet", ".pq": "parquet", ".arrow": "arrow",
    ".feather": "arrow", ".ipc": "arrow",
}  # fmt: skip
_COMPRESSION_EXTENSIONS = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}
_FORMAT_ALIASES = {"jsonl": "ndjson", "ipc": "arrow", "feather": "arrow", "pq": "parquet"}

__all__ = [
    "COMPRESSIONS",
    "FORMATS",
    "AtomicFile",
    "CsvEncoder",
    "Encoder",
    "IpcSink",
    "MemorySink",
    "NdjsonEncoder",
    "ParquetSink",
    "Rechunker",
    "Sink",
    "TextFraming",
    "TextSink",
    "check_writable",
    "extension_for",
    "infer_format",
    "normalise_format",
    "open_sink",
    "text_framing",
]


def normalise_format(name: str) -> str:
    """A format name in its canonical spelling, or a clear error."""
    key = _FORMAT_ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise UnknownFormatError(f"unknown format {name!r}; use one of {', '.join(FORMATS)}")
    return key


def infer_format(path: str | Path) -> tuple[str, str | None]:
    """(format, compression) from a file name; raises if the extension is unknown."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    compression = None
    if suffixes and suffixes[-1] in _COMPRESSION_EXTENSIONS:
        compression = _COMPRESSION_EXTENSIONS[suffixes.pop()]
    if suffixes and suffixes[-1] in _EXTENSIONS:
        return _EXTENSIONS[suffixes[-1]], compression
    raise UnknownFormatError(
        f"{path}: cannot tell the format from the extension; add --format "
        f"({', '.join(FORMATS)}) or use an extension like .csv, .parquet or .jsonl"
    )


def extension_for(fmt: str, compression: str | None = None) -> str:
    """The usual file extension of a format.

    >>> extension_for("ndjson", "zstd")
    '.ndjson.zst'
    """
    ext = {"arrow": ".arrow"}.get(fmt, f".{fmt}")
    return ext + {"gzip": ".gz", "zstd": ".zst", None: ""}[compression]


def open_sink(fmt: str, path: Path | None, *, compression: str | None = None) -> Sink:
    """A sink writing ``fmt`` to ``path`` (standard output when None, text formats only)."""
    fmt = normalise_format(fmt)
    if compression is not None and compression not in COMPRESSIONS:
        raise UnknownFormatError(
            f"unknown compression {compression!r}; use {' or '.join(COMPRESSIONS)}"
        )
    if fmt == "arrow" and compression == "gzip":
        raise UnknownFormatError(
            "Arrow IPC files compress their buffers with zstd, not gzip; "
            "use .arrow.zst or --compression zstd"
        )
    if fmt in COLUMNAR:
        if path is None or str(path) == "-":
            raise OutputError(f"{fmt} is a binary file format; give an output file with -o")
        sink_class = ParquetSink if fmt == "parquet" else IpcSink
        return sink_class(Path(path), compression)
    target = open_target(path, compression)
    framing = text_framing(fmt, pa.schema([]))
    header = csv_header("," if fmt == "csv" else "\t") if fmt in {"csv", "tsv"} else framing.header
    return TextSink(
        target, framing.encoder, header=header, footer=framing.footer, between=framing.between
    )
