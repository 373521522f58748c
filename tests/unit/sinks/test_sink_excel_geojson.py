"""The Excel and GeoJSON sinks, used directly and through the engine."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pyarrow as pa
import pytest

import lookalike
from lookalike.errors import OutputError
from lookalike.pipeline import run_table
from lookalike.sinks import excel
from lookalike.sinks.excel import ExcelSink
from lookalike.sinks.geojson import GeoJsonSink


def typed_batch() -> pa.RecordBatch:
    return pa.record_batch({
        "id": pa.array([1, 2, 3], pa.int64()),
        "price": pa.array([Decimal("9.99"), None, Decimal("1234.50")], pa.decimal128(10, 2)),
        "ratio": [0.5, float("nan"), 2.25],
        "ok": [True, False, None],
        "name": pa.array(["a", "b", "c"]).dictionary_encode(),
        "day": pa.array([dt.date(2024, 2, 29), None, dt.date(1999, 12, 31)], pa.date32()),
        "at": pa.array([dt.datetime(2024, 1, 2, 3, 4, 5), None, dt.datetime(2000, 1, 1)],
                       pa.timestamp("s")),
        "big": pa.array([10**17, 1, 2], pa.int64()),
    })  # fmt: skip


def rows_of(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    sheets: dict[str, list[list[object]]] = {
        s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets
    }
    book.close()
    return sheets


def test_excel_keeps_types(tmp_path: Path) -> None:
    path = tmp_path / "typed.xlsx"
    batch = typed_batch()
    sink = ExcelSink(path)
    sink.open(batch.schema)
    sink.write(batch)
    sink.close()
    (sheet,) = rows_of(path).values()
    assert sheet[0] == batch.schema.names
    assert sheet[1] == [1, 9.99, 0.5, True, "a", dt.datetime(2024, 2, 29),
                        dt.datetime(2024, 1, 2, 3, 4, 5), "100000000000000000"]  # fmt: skip
    assert sheet[2] == [2, None, None, False, "b", None, None, "1"]
    assert sheet[3][1] == 1234.5
    assert sheet[3][6] == dt.datetime(2000, 1, 1)
    book = openpyxl.load_workbook(path)
    assert book.active is not None
    assert book.active["F2"].number_format == "yyyy-mm-dd"
    assert book.active["F2"].is_date


def test_excel_starts_a_new_sheet_past_the_row_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(excel, "SHEET_ROWS", 11)  # a header and ten rows per sheet
    spec = {"seed": 1, "tables": {"orders": {"rows": 25, "fields": {"n": {"kind": "sequence"}}}}}
    plan = lookalike.resolve(spec)
    path = tmp_path / "orders.xlsx"
    run_table(plan, "orders", ExcelSink(path), chunk_rows=7)
    sheets = rows_of(path)
    assert list(sheets) == ["orders", "orders (2)", "orders (3)"]
    assert [len(s) for s in sheets.values()] == [11, 11, 6]
    numbers = [row[0] for sheet in sheets.values() for row in sheet[1:]]
    assert numbers == list(range(1, 26))
    assert all(sheet[0] == ["n"] for sheet in sheets.values())


def test_excel_abort_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "gone.xlsx"
    sink = ExcelSink(path)
    sink.open(typed_batch().schema)
    sink.write(typed_batch())
    sink.abort()
    assert list(tmp_path.iterdir()) == []


def features(path: Path) -> list[dict[str, object]]:
    document = json.loads(path.read_text())
    assert document["type"] == "FeatureCollection"
    found: list[dict[str, object]] = document["features"]
    return found


def test_geojson_points_carry_every_other_column(tmp_path: Path) -> None:
    batch = typed_batch().append_column("lat", pa.array([51.5, None, -33.9])).append_column(
        "lng", pa.array([-0.12, 2.0, 151.2]))  # fmt: skip
    path = tmp_path / "points.geojson"
    sink = GeoJsonSink(path)
    sink.open(batch.schema)
    sink.write(batch.slice(0, 2))
    sink.write(batch.slice(2))
    sink.close()
    found = features(path)
    assert [f["geometry"] for f in found] == [
        {"type": "Point", "coordinates": [-0.12, 51.5]}, None,
        {"type": "Point", "coordinates": [151.2, -33.9]},
    ]  # fmt: skip
    first = found[0]["properties"]
    assert isinstance(first, dict)
    assert first["id"] == 1
    assert first["name"] == "a"
    assert first["ok"] is True
    assert "lat" not in first
    assert "lng" not in first


def test_geojson_routes_are_linestrings(tmp_path: Path) -> None:
    trip = lookalike.geo.route("London", "Manchester", waypoints=2, seed=1)
    batch = pa.record_batch({
        "route": ["London-Manchester", "none"],
        "distance_km": [trip["distance_km"], None],
        "path": pa.array([trip["path"], None], pa.list_(pa.list_(pa.float64()))),
    })  # fmt: skip
    path = tmp_path / "routes.geojson"
    sink = GeoJsonSink(path)
    sink.open(batch.schema)
    sink.write(batch)
    sink.close()
    line, empty = features(path)
    assert line["geometry"] == {"type": "LineString", "coordinates": trip["path"]}
    assert line["properties"] == {"route": "London-Manchester", "distance_km": trip["distance_km"]}
    assert empty["geometry"] is None


def test_an_empty_table_is_an_empty_feature_collection(tmp_path: Path) -> None:
    fields = {"lat": {"kind": "float", "max_value": 90}, "lng": {"kind": "float", "max_value": 180}}
    spec = {"seed": 1, "tables": {"t": {"rows": 0, "fields": fields}}}
    path = tmp_path / "empty.geojson"
    assert lookalike.write(spec, path).rows == {"t": 0}
    assert json.loads(path.read_text()) == {"type": "FeatureCollection", "features": []}


def test_geojson_needs_coordinates(tmp_path: Path) -> None:
    sink = GeoJsonSink(tmp_path / "x.geojson")
    with pytest.raises(OutputError, match="needs latitude and longitude"):
        sink.open(pa.schema([("name", pa.string())]))
    sink.abort()


def test_geojson_of_a_domain_table_through_the_engine(tmp_path: Path) -> None:
    path = lookalike.create_dataset(tmp_path / "customers.geojson", rows=300, seed=2)
    found = features(Path(path))
    assert len(found) == 300
    points = [f["geometry"]["coordinates"] for f in found if f["geometry"]]  # type: ignore[index]
    assert len(points) > 290
    assert all(-180 <= lon <= -60 and 15 <= lat <= 72 for lon, lat in points)  # the US
