"""Text sinks offering their file to worker processes, and finishing it after them."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pyarrow as pa

from lookalike.sinks import TextSink, open_sink
from lookalike.sinks.base import PieceSink, PlacingSink
from lookalike.sinks.text import StreamTarget

SCHEMA = pa.schema([("n", pa.int64())])


def _placed_rows(path: str, offset: int, data: bytes) -> int:
    """Write ``data`` at ``offset`` as a worker would; return where it ends."""
    fd = os.open(path, os.O_WRONLY)
    try:
        os.pwrite(fd, data, offset)
    finally:
        os.close(fd)
    return offset + len(data)


def test_a_plain_file_is_offered_after_its_header(tmp_path: Path) -> None:
    sink = open_sink("csv", tmp_path / "out.csv")
    assert isinstance(sink, PlacingSink)
    sink.open(SCHEMA)
    placement = sink.placement()
    assert placement is not None
    assert placement.start == len(b'"n"\n')
    assert placement.between == b""
    assert Path(placement.path).parent == tmp_path
    assert Path(placement.path).name.endswith(".partial")
    sink.abort()


def test_placed_blocks_are_followed_by_the_footer_and_renamed(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    sink = open_sink("json", target)
    assert isinstance(sink, PlacingSink)
    sink.open(SCHEMA)
    placement = sink.placement()
    assert placement is not None
    assert placement.between == b",\n"
    end = _placed_rows(placement.path, placement.start, b'{"n":1}')
    sink.placed(end)
    end = _placed_rows(placement.path, end, b',\n{"n":2}')
    sink.placed(end)
    assert not target.exists()  # nothing under the name until the end
    sink.close()
    assert target.read_bytes() == b'[\n{"n":1},\n{"n":2}\n]\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_rows_written_after_placed_ones_go_after_them(tmp_path: Path) -> None:
    target = tmp_path / "out.ndjson"
    sink = open_sink("ndjson", target)
    assert isinstance(sink, PlacingSink)
    sink.open(SCHEMA)
    placement = sink.placement()
    assert placement is not None
    sink.placed(_placed_rows(placement.path, placement.start, b'{"n":1}\n'))
    sink.write(pa.record_batch([pa.array([2])], schema=SCHEMA))
    sink.close()
    assert target.read_bytes() == b'{"n":1}\n{"n":2}\n'


def test_no_placement_for_compressed_files_or_streams(tmp_path: Path) -> None:
    compressed = open_sink("csv", tmp_path / "out.csv.gz", compression="gzip")
    assert isinstance(compressed, PlacingSink)
    compressed.open(SCHEMA)
    assert compressed.placement() is None
    compressed.abort()

    stream = TextSink(StreamTarget(io.BytesIO()), "csv")
    stream.open(SCHEMA)
    assert stream.placement() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_placement_after_rows_starts_at_the_end_and_asks_for_a_separator(
    tmp_path: Path,
) -> None:
    started = open_sink("json", tmp_path / "out.json")
    assert isinstance(started, PlacingSink)
    started.open(SCHEMA)
    started.write(pa.record_batch([pa.array([1])], schema=SCHEMA))
    placement = started.placement()
    assert placement is not None
    assert placement.after_rows
    assert placement.start == len(b'[\n{"n":1}')
    assert placement.between == b",\n"
    started.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_arrow_offers_its_file_for_pieces_after_the_schema(tmp_path: Path) -> None:
    # Its blocks are placed as pieces (tests/unit/sinks/test_ipc_placed.py).
    sink = open_sink("arrow", tmp_path / "out.arrow")
    assert isinstance(sink, PlacingSink)
    assert isinstance(sink, PieceSink)
    sink.open(SCHEMA)
    assert sink.piece_encoder() is not None
    placement = sink.placement()
    assert placement is not None
    header = Path(placement.path).read_bytes()
    assert header.startswith(b"ARROW1\x00\x00")
    assert placement.start == len(header)
    sink.abort()
    assert list(tmp_path.iterdir()) == []


def test_parquet_offers_its_file_for_pieces_after_the_magic(tmp_path: Path) -> None:
    # Its blocks are placed as pieces (tests/unit/sinks/test_parquet_placed.py).
    sink = open_sink("parquet", tmp_path / "out.parquet")
    assert isinstance(sink, PlacingSink)
    assert isinstance(sink, PieceSink)
    sink.open(SCHEMA)
    placement = sink.placement()
    assert placement is not None
    assert placement.start == 4
    assert Path(placement.path).read_bytes() == b"PAR1"
    sink.abort()
    assert list(tmp_path.iterdir()) == []
