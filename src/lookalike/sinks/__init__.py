"""Sinks: where generated batches go. Each format is one small class.

``open_sink(format, path)`` picks the sink; the facts about each format
(suffixes, media types, what it supports) live in :mod:`lookalike.sinks.formats`.

>>> infer_format("out/people.csv.gz")
('csv', 'gzip')
>>> import tempfile
>>> type(open_sink("ndjson", Path(tempfile.mkdtemp()) / "out.jsonl")).__name__
'TextSink'
"""

from __future__ import annotations

import sys
from pathlib import Path

from lookalike.errors import OutputError
from lookalike.sinks.base import Encoder, Rechunker, Sink
from lookalike.sinks.columnar import IpcSink, MemorySink, ParquetSink
from lookalike.sinks.files import AtomicFile, check_writable
from lookalike.sinks.formats import (
    COMPRESSIONS,
    FORMATS,
    check_compression,
    extension_for,
    infer_format,
    media_type,
    normalise_format,
    require_file,
)
from lookalike.sinks.text import (
    CsvEncoder,
    NdjsonEncoder,
    StreamTarget,
    Target,
    TextFraming,
    TextSink,
    text_encoder,
    text_framing,
)

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
    "StreamTarget",
    "Target",
    "TextFraming",
    "TextSink",
    "check_writable",
    "extension_for",
    "infer_format",
    "media_type",
    "normalise_format",
    "open_sink",
    "text_encoder",
    "text_framing",
]


def open_sink(
    fmt: str,
    output: Path | str | Target | None,
    *,
    compression: str | None = None,
    durable: bool = False,
) -> Sink:
    """A sink writing ``fmt`` to ``output``: a file path (written atomically), an open
    :class:`~lookalike.sinks.text.Target` (text formats), or standard output when
    None or ``-``. ``durable`` files are synced before they appear (jobs)."""
    fmt = normalise_format(fmt)
    check_compression(fmt, compression)
    is_path = isinstance(output, str | Path) and str(output) != "-"
    if not FORMATS[fmt].text:
        require_file(fmt, output if is_path else None)
        assert isinstance(output, str | Path)
        if fmt == "xlsx":
            from lookalike.sinks.excel import ExcelSink

            return ExcelSink(Path(output))
        if fmt == "geojson":
            from lookalike.sinks.geojson import GeoJsonSink

            return GeoJsonSink(Path(output))
        sink_class = ParquetSink if fmt == "parquet" else IpcSink
        return sink_class(Path(output), compression, durable=durable)
    if is_path:
        assert isinstance(output, str | Path)
        return TextSink(AtomicFile(Path(output), compression, durable=durable), fmt)
    if compression:
        raise OutputError("compression needs an output file; pipe through gzip or zstd")
    if output is None or isinstance(output, str | Path):
        return TextSink(StreamTarget(sys.stdout.buffer), fmt)
    return TextSink(output, fmt)
