"""Format and compression names: from file extensions and from options."""

from __future__ import annotations

import pyarrow as pa
import pytest

from lookalike.errors import LookalikeError, UnknownFormatError
from lookalike.sinks import (
    FORMATS,
    Rechunker,
    extension_for,
    infer_format,
    normalise_format,
    open_sink,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("people.csv", ("csv", None)),
        ("people.CSV", ("csv", None)),
        ("out/people.csv.gz", ("csv", "gzip")),
        ("people.csv.gzip", ("csv", "gzip")),
        ("people.tsv", ("tsv", None)),
        ("people.tab", ("tsv", None)),
        ("people.tsv.zst", ("tsv", "zstd")),
        ("people.json", ("json", None)),
        ("people.json.gz", ("json", "gzip")),
        ("people.ndjson", ("ndjson", None)),
        ("people.jsonl", ("ndjson", None)),
        ("people.jsonl.zstd", ("ndjson", "zstd")),
        ("people.parquet", ("parquet", None)),
        ("people.pq", ("parquet", None)),
        ("people.arrow", ("arrow", None)),
        ("people.feather", ("arrow", None)),
        ("people.ipc", ("arrow", None)),
        ("v1.2.people.csv", ("csv", None)),
    ],
)
def test_infer_format(name: str, expected: tuple[str, str | None]) -> None:
    assert infer_format(name) == expected


@pytest.mark.parametrize("name", ["people.xyz", "people", "people.gz", "people.csv.bz2", "a.txt"])
def test_infer_format_unknown_extension(name: str) -> None:
    with pytest.raises(UnknownFormatError) as caught:
        infer_format(name)
    message = str(caught.value)
    assert name in message
    assert "cannot tell the format from the extension" in message
    assert "--format" in message
    assert isinstance(caught.value, LookalikeError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("csv", "csv"),
        ("CSV", "csv"),
        ("jsonl", "ndjson"),
        ("ipc", "arrow"),
        ("feather", "arrow"),
        ("pq", "parquet"),
        ("json", "json"),
        ("tsv", "tsv"),
    ],
)
def test_normalise_format(name: str, expected: str) -> None:
    assert normalise_format(name) == expected


def test_normalise_format_unknown() -> None:
    with pytest.raises(UnknownFormatError, match="unknown format 'xml'; use one of csv, tsv"):
        normalise_format("xml")


def test_unknown_compression() -> None:
    with pytest.raises(UnknownFormatError, match="unknown compression 'brotli'; use gzip or zstd"):
        open_sink("csv", None, compression="brotli")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("compression", [None, "gzip", "zstd"])
def test_extension_for_round_trips(fmt: str, compression: str | None) -> None:
    extension = extension_for(fmt, compression)
    assert infer_format(f"data{extension}") == (fmt, compression)


def test_rechunker_regroups_exactly() -> None:
    rechunker = Rechunker(4)
    batches = [
        pa.record_batch([pa.array(range(a, b))], names=["n"])
        for a, b in [(0, 3), (3, 4), (4, 13), (13, 14)]
    ]
    out = [b for batch in batches for b in rechunker.push(batch)] + rechunker.flush()
    assert [b.num_rows for b in out] == [4, 4, 4, 2]
    assert [v for b in out for v in b.column(0).to_pylist()] == list(range(14))
    assert rechunker.flush() == []
