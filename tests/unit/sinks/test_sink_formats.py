"""Every format round-trips: what is read back equals what was generated."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.ipc as ipc
import pyarrow.parquet as pq
import pytest

import lookalike
from lookalike.errors import OutputError
from lookalike.pipeline import RowRange
from lookalike.sinks import FORMATS, extension_for, open_sink

Spec = Callable[..., dict[str, Any]]

FIELDS: dict[str, Any] = {
    "i": {"kind": "integer", "min_value": -1000, "max_value": 1000, "null_rate": 0.2},
    "d": {"kind": "decimal", "min_value": -5, "max_value": 5, "scale": 3},
    "f": {"kind": "float", "min_value": -1, "max_value": 1},
    "b": {"kind": "boolean"},
    "c": {"kind": "choice", "values": ["plain", "with, comma", 'with "quote"', "new\nline"]},
    "ci": {"kind": "choice", "values": [1, 2, 3]},
    "day": {"kind": "date", "min_value": "1950-01-01", "max_value": "now"},
    "ts": {"kind": "datetime", "timezone": "Europe/London", "resolution": "ms"},
    "naive": {"kind": "datetime"},
    "tm": {"kind": "time"},
    "s": {"kind": "sequence"},
    "u": {"kind": "uuid", "version": 7},
    "p": {"kind": "pattern", "pattern": "A-##"},
    "tx": {"kind": "text", "null_rate": 0.1},
    "k": {"kind": "constant", "value": "const"},
    "dv": {"kind": "derived", "expr": "s * 2"},
}
ROWS = 3000  # values, not block boundaries, are what these tests check


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return {
        "seed": 99,
        "reference_time": "2026-01-01T00:00:00Z",
        "tables": {"t": {"rows": ROWS, "fields": FIELDS}},
    }


@pytest.fixture(scope="module")
def expected(spec: dict[str, Any]) -> pa.Table:
    return lookalike.generate(spec)


def _plain_types(table: pa.Table) -> pa.Schema:
    """The generated schema with dictionaries decoded (what text formats can carry)."""
    return pa.schema(
        [
            pa.field(f.name, f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
            for f in table.schema
        ]
    )


def _read_delimited(data: bytes, delimiter: str, schema: pa.Schema) -> pa.Table:
    options = pacsv.ConvertOptions(
        column_types={f.name: f.type for f in schema},
        strings_can_be_null=True,
        quoted_strings_can_be_null=False,
    )
    return pacsv.read_csv(
        io.BytesIO(data),
        parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
        convert_options=options,
    )


_PARSERS: list[tuple[Callable[[pa.DataType], bool], Callable[[Any], Any]]] = [
    (pa.types.is_decimal, Decimal),
    (pa.types.is_date, dt.date.fromisoformat),
    (pa.types.is_timestamp, dt.datetime.fromisoformat),
    (pa.types.is_time, dt.time.fromisoformat),
]


def _from_json(value: Any, arrow_type: pa.DataType) -> Any:
    if value is None:
        return None
    for matches, parse in _PARSERS:
        if matches(arrow_type):
            return parse(value)
    return value


def _json_rows(data: bytes, fmt: str, schema: pa.Schema) -> list[dict[str, Any]]:
    text = data.decode("utf-8")
    raw = json.loads(text) if fmt == "json" else [json.loads(x) for x in text.splitlines()]
    return [{f.name: _from_json(row[f.name], f.type) for f in schema} for row in raw]


def _utc(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Aware datetimes as UTC: Python never equates zoned times across a DST fold."""
    return [
        {
            k: v.astimezone(dt.UTC) if isinstance(v, dt.datetime) and v.tzinfo else v
            for k, v in row.items()
        }
        for row in rows
    ]


def _read(path: Path, fmt: str, schema: pa.Schema, data: bytes | None = None) -> list[Any]:
    """Rows read back from a file as Python values."""
    if fmt == "parquet":
        return _utc(pq.read_table(path).to_pylist())
    if fmt == "arrow":
        return _utc(ipc.open_file(str(path)).read_all().to_pylist())
    data = path.read_bytes() if data is None else data
    if fmt in {"csv", "tsv"}:
        return _utc(_read_delimited(data, "," if fmt == "csv" else "\t", schema).to_pylist())
    return _utc(_json_rows(data, fmt, schema))


#: The formats read back here; Excel and GeoJSON (a sheet's cells, features that need
#: coordinate columns) have tests of their own in test_sink_excel_geojson.py.
ROUND_TRIP = [fmt for fmt in FORMATS if fmt not in ("xlsx", "geojson")]


@pytest.mark.parametrize("fmt", ROUND_TRIP)
def test_round_trip(spec: dict[str, Any], expected: pa.Table, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out{extension_for(fmt)}"
    result = lookalike.write(spec, path)
    assert result.files == {"t": path}
    assert result.rows == {"t": ROWS}
    rows = _read(path, fmt, _plain_types(expected))
    assert len(rows) == ROWS
    assert rows == _utc(expected.to_pylist())


def test_parquet_and_arrow_keep_types_and_provenance(
    spec: dict[str, Any], expected: pa.Table, tmp_path: Path
) -> None:
    lookalike.write(spec, tmp_path / "out.parquet")
    lookalike.write(spec, tmp_path / "out.arrow")
    from_arrow = ipc.open_file(str(tmp_path / "out.arrow")).read_all()
    assert from_arrow.equals(expected)
    assert from_arrow.schema.metadata[b"lookalike.seed"] == b"99"
    from_parquet = pq.read_table(tmp_path / "out.parquet")
    assert from_parquet.schema.metadata[b"lookalike.seed"] == b"99"
    assert from_parquet.schema.field("d").type == pa.decimal128(4, 3)
    assert pa.types.is_dictionary(from_parquet.schema.field("c").type)


def test_parquet_dictionary_encodes_only_low_cardinality_columns(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "out.parquet"
    lookalike.write(spec, path)
    metadata = pq.ParquetFile(path).metadata
    names = [metadata.schema.column(i).name for i in range(metadata.num_columns)]
    group = metadata.row_group(0)
    encodings = {name: group.column(i).encodings for i, name in enumerate(names)}
    assert any("DICTIONARY" in e for e in encodings["c"])
    assert not any("DICTIONARY" in e for e in encodings["u"])


def test_json_decimals_are_strings(spec: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out.ndjson"
    lookalike.write(spec, path, row_range=RowRange(0, 5))
    first = json.loads(path.read_text().splitlines()[0])
    assert isinstance(first["d"], str)
    assert Decimal(first["d"]).as_tuple().exponent == -3
    assert isinstance(first["s"], int)
    assert isinstance(first["b"], bool)


COMPRESSED = [
    (fmt, compression)
    for compression in ("gzip", "zstd")
    for fmt in ROUND_TRIP
    if not (fmt == "arrow" and compression == "gzip")
]


@pytest.mark.parametrize(("fmt", "compression"), COMPRESSED)
def test_compressed_round_trip(
    spec: dict[str, Any], expected: pa.Table, tmp_path: Path, fmt: str, compression: str
) -> None:
    path = tmp_path / f"out{extension_for(fmt, compression)}"
    lookalike.write(spec, path)  # compression from the extension
    part = expected
    data: bytes | None = None
    if fmt in {"parquet", "arrow"}:
        if fmt == "parquet":
            codec = pq.ParquetFile(path).metadata.row_group(0).column(0).compression
            assert codec == compression.upper()
    elif compression == "gzip":
        data = gzip.decompress(path.read_bytes())
    else:
        with pa.CompressedInputStream(pa.OSFile(str(path)), "zstd") as stream:
            data = stream.read()
    assert _read(path, fmt, _plain_types(part), data) == _utc(part.to_pylist())


def test_explicit_compression_without_extension(spec: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    lookalike.write(spec, path, compression="gzip", row_range=RowRange(0, 10))
    assert path.read_bytes()[:2] == b"\x1f\x8b"
    assert gzip.decompress(path.read_bytes()).startswith(b'"i","d"')


@pytest.mark.parametrize("fmt", ROUND_TRIP)
def test_empty_table_is_a_valid_file(make_spec: Spec, tmp_path: Path, fmt: str) -> None:
    spec = make_spec({"n": {"kind": "sequence"}, "s": {"kind": "choice", "values": ["a"]}}, rows=0)
    path = tmp_path / f"empty{extension_for(fmt)}"
    assert lookalike.write(spec, path).rows == {"t": 0}
    schema = pa.schema([("n", pa.int64()), ("s", pa.string())])
    assert _read(path, fmt, schema) == []
    if fmt == "csv":
        assert path.read_text() == '"n","s"\n'


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "ndjson"])
def test_text_formats_go_to_standard_output(
    spec: dict[str, Any], expected: pa.Table, fmt: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    window = RowRange(0, 50)
    result = lookalike.write(spec, None, format=fmt, row_range=window)
    assert result.files == {}
    out = capsysbinary.readouterr().out
    part = expected.slice(0, 50)
    assert _read(Path("-"), fmt, _plain_types(part), out) == _utc(part.to_pylist())


@pytest.mark.parametrize("fmt", ["parquet", "arrow"])
def test_binary_formats_refuse_standard_output(fmt: str) -> None:
    with pytest.raises(OutputError, match=f"{fmt} is a binary file format"):
        open_sink(fmt, None)


def test_compression_refuses_standard_output() -> None:
    with pytest.raises(OutputError, match="compression needs an output file"):
        open_sink("csv", None, compression="gzip")


def test_csv_quotes_strings_and_leaves_nulls_empty(make_spec: Spec, tmp_path: Path) -> None:
    spec = make_spec(
        {
            "n": {"kind": "integer", "min_value": 5, "max_value": 5, "null_rate": 0.5},
            "s": {"kind": "choice", "values": ['say "hi", then']},
        },
        rows=200,
    )
    path = tmp_path / "out.csv"
    lookalike.write(spec, path)
    lines = path.read_text().splitlines()
    assert lines[0] == '"n","s"'
    assert set(lines[1:]) == {'5,"say ""hi"", then"', ',"say ""hi"", then"'}
