"""trip and poi kinds: journeys between real towns, places around them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.kinds.geo import POI_NAMES, haversine_km, towns


def table(fields: dict[str, Any], rows: int = 5000, locale: str = "de_DE") -> dict[str, list[Any]]:
    spec = {"seed": 2, "locale": locale, "tables": {"t": {"rows": rows, "fields": fields}}}
    found: dict[str, list[Any]] = lookalike.generate(spec).to_pydict()
    return found


def test_trips_join_two_towns_of_the_country_by_road() -> None:
    names = [
        "origin",
        "destination",
        "origin_latitude",
        "origin_longitude",
        "destination_latitude",
        "destination_longitude",
        "distance_km",
        "duration_minutes",
    ]
    fields = {n: {"kind": "trip", "attribute": n, "mode": "truck"} for n in names}  # fmt: skip
    trips = table(fields)
    german = set(towns().city[towns().country == "DE"])
    assert set(trips["origin"]) <= german
    assert set(trips["destination"]) <= german
    assert all(a != b for a, b in zip(trips["origin"], trips["destination"], strict=True))
    straight = haversine_km(*(np.array(trips[n]) for n in names[2:6]))
    assert np.allclose(trips["distance_km"], np.round(straight * 1.3, 1), atol=0.06)
    assert np.allclose(trips["duration_minutes"], np.round(straight * 1.3 / 62 * 60), atol=1)
    counts = Counter(trips["origin"])
    assert counts["Berlin"] > 5 * max(counts.get("Zwiesel", 0), 1)  # people live in cities


def test_points_of_interest_fall_around_their_town() -> None:
    names = ("name", "category", "city", "latitude", "longitude", "distance_km")
    fields = {n: {"kind": "poi", "attribute": n, "city": "Lahore", "category": "restaurant"}
              for n in names}  # fmt: skip
    places = table(fields, rows=2000, locale="ur_PK")
    assert set(places["city"]) == {"Lahore"}
    assert set(places["category"]) == {"restaurant"}
    first, last = POI_NAMES["restaurant"]
    assert all(n.split(" ")[-1] in last for n in places["name"])
    assert {n.rsplit(" ", 1)[0] for n in places["name"]} <= set(first)
    centre = towns().of("PK")[towns().city[towns().of("PK")] == "Lahore"][0]
    found = haversine_km(towns().latitude[centre], towns().longitude[centre],
                         np.array(places["latitude"]), np.array(places["longitude"]))  # fmt: skip
    assert np.allclose(found, places["distance_km"], rtol=0.01, atol=0.02)  # flat-earth offsets
    assert np.median(found) < 8


def test_any_category_mixes_them() -> None:
    places = table({"category": {"kind": "poi", "attribute": "category"}}, rows=3000)
    assert set(places["category"]) == set(POI_NAMES)


@pytest.mark.parametrize(
    ("field", "message"),
    [({"kind": "poi", "city": "Atlantis"}, "no town called 'Atlantis'"),
     ({"kind": "poi", "category": "casino"}, "unknown category"),
     ({"kind": "trip", "country": "narnia"}, "unknown country")],
)  # fmt: skip
def test_bad_geo_options_are_named(field: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        table({"x": field}, rows=5)


def test_a_locale_without_shipped_towns_is_refused() -> None:
    with pytest.raises(SpecError, match="no shipped towns for country 'SE'"):
        table({"x": {"kind": "trip"}}, rows=5, locale="sv_SE")


def test_trip_paths_make_geojson_linestrings(tmp_path: Path) -> None:
    fields = {n: {"kind": "trip", "attribute": n} for n in ("origin", "destination",
              "origin_latitude", "origin_longitude", "destination_latitude",
              "destination_longitude", "path")}  # fmt: skip
    spec = {"seed": 4, "locale": "en_GB", "tables": {"trips": {"rows": 50, "fields": fields}}}
    out = tmp_path / "trips.geojson"
    plan = lookalike.resolve(spec)
    from lookalike.pipeline import run_table
    from lookalike.sinks.geojson import GeoJsonSink

    run_table(plan, "trips", GeoJsonSink(out))
    features = json.loads(out.read_text())["features"]
    table = lookalike.generate(spec).to_pylist()
    assert len(features) == 50
    for feature, row in zip(features, table, strict=True):
        assert feature["geometry"] == {"type": "LineString", "coordinates": [
            [row["origin_longitude"], row["origin_latitude"]],
            [row["destination_longitude"], row["destination_latitude"]]]}  # fmt: skip
        assert feature["properties"]["origin"] == row["origin"]
