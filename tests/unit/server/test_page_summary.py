"""The Data screen's figures: every column's picture adds up, whatever the file format."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

import lookalike
from lookalike.server.pages.summary import columnar, page_of, scan, summarise
from lookalike.sinks import extension_for

SPEC = {
    "seed": 3,
    "reference_time": "2026-01-01T00:00:00Z",
    "tables": {
        "t": {
            "rows": 500,
            "fields": {
                "n": {"kind": "integer", "min_value": -50, "max_value": 50, "null_rate": 0.1},
                "price": {"kind": "decimal", "min_value": 1, "max_value": 9},
                "when": {"kind": "datetime", "min_value": "2025-01-01", "max_value": "2025-12-31"},
                "day": {"kind": "date", "min_value": "2024-01-01", "max_value": "2024-03-01"},
                "flag": {"kind": "boolean", "probability": 0.3},
                "colour": {"kind": "choice", "values": ["red", "green", "blue"]},
            },
        }
    },
}


def test_pictures_add_up() -> None:
    table = lookalike.generate(lookalike.as_spec(SPEC))
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    summaries = {s.name: s for s in summarise(frame.lazy(), bins=10, top=5)}
    for name, summary in summaries.items():
        present = frame[name].drop_nulls().len()
        assert summary.nulls == frame[name].null_count()
        assert summary.rows == 500
        if summary.picture == "histogram":
            assert sum(b.count for b in summary.bars) == present, name
            assert len(summary.bars) == 10
        else:
            counted = frame[name].drop_nulls().cast(pl.String).value_counts(sort=True)
            assert [b.count for b in summary.bars] == counted["count"].head(5).to_list(), name
    assert [summaries[c].picture for c in SPEC["tables"]["t"]["fields"]] == [  # type: ignore[index]
        "histogram", "histogram", "histogram", "histogram", "top", "top",
    ]  # fmt: skip
    assert summaries["day"].span[0] == str(frame["day"].min())
    assert summaries["when"].span[0].startswith("2025-01-")
    assert {b.label for b in summaries["flag"].bars} == {"true", "false"}


def test_an_empty_or_all_null_column_has_no_histogram() -> None:
    frame = pl.LazyFrame({"a": pl.Series([None, None], dtype=pl.Int64), "b": ["x", "x"]})
    a, b = summarise(frame)
    assert (a.picture, a.nulls, a.null_share) == ("none", 2, 1.0)
    assert [(bar.label, bar.count, bar.share) for bar in b.bars] == [("x", 2, 1.0)]
    single = summarise(pl.LazyFrame({"c": [dt.date(2024, 1, 1)] * 3}))[0]
    assert [bar.count for bar in single.bars] == [3]


@pytest.mark.parametrize(
    ("fmt", "compression"),
    [
        ("csv", None),
        ("tsv", "gzip"),
        ("ndjson", None),
        ("ndjson", "zstd"),
        ("json", None),
        ("parquet", None),
        ("arrow", "zstd"),
    ],
)
def test_every_output_format_reads_the_same(
    tmp_path: Path, fmt: str, compression: str | None
) -> None:
    spec = lookalike.as_spec(SPEC)
    path = tmp_path / f"t{extension_for(fmt, compression)}"
    lookalike.write(spec, path, format=fmt, compression=compression)
    readable, kind = columnar(path, fmt, compression, tmp_path / "cache")
    assert kind in ("parquet", "arrow")
    columns, rows = page_of(scan(readable, kind, None), 490)
    assert columns == list(SPEC["tables"]["t"]["fields"])  # type: ignore[index]
    assert len(rows) == 10
    expected = pl.from_arrow(lookalike.generate(spec))
    assert isinstance(expected, pl.DataFrame)
    assert [r[columns.index("colour")] for r in rows] == expected["colour"][490:].to_list()
    counts = {s.name: s.nulls for s in summarise(scan(readable, kind, None))}
    assert counts["n"] == expected["n"].null_count()
