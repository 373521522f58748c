"""lookalike.geo: addresses, routes and points of interest."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import warnings

import numpy as np
import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.geo import ROAD_FACTOR, SPEED_KMH, find_town, haversine_km

#: Rough bounding boxes (south, north, west, east) of the mainland countries checked.
BOXES = {"germany": (47.2, 55.1, 5.8, 15.1), "pk": (23.6, 37.1, 60.8, 77.9),
         "united_kingdom": (49.8, 60.9, -8.7, 1.8)}  # fmt: skip
POSTCODES = {"germany": r"^\d{5}$", "pk": r"^\d{5}$", "united_kingdom": r"^[A-Z]{1,2}\d"}


@pytest.mark.parametrize("country", sorted(BOXES))
def test_addresses_lie_in_the_country_with_its_postcodes(country: str) -> None:
    found = lookalike.geo.addresses(country, 200, seed=1)
    assert len(found) == 200
    south, north, west, east = BOXES[country]
    for address in found:
        lat, lon = address["coordinates"]
        assert south <= lat <= north, address
        assert west <= lon <= east, address
        assert re.match(POSTCODES[country], address["postal_code"]), address
    assert lookalike.geo.addresses(country, 5, seed=1) == found[:5]


def test_a_route_is_the_great_circle_times_the_road_factor() -> None:
    trip = lookalike.geo.route("London", "Paris", seed=1)
    assert trip["great_circle_km"] == pytest.approx(344, abs=2)
    assert trip["distance_km"] == pytest.approx(trip["great_circle_km"] * 1.3, abs=0.2)
    assert trip["estimated_time_minutes"] == round(trip["distance_km"] / 75 * 60)
    walking = lookalike.geo.route("London", "Paris", mode="walking", seed=1)
    assert walking["road_factor"] == ROAD_FACTOR["walking"]
    assert walking["estimated_time_minutes"] > 10 * trip["estimated_time_minutes"]
    assert SPEED_KMH["flying"] > SPEED_KMH["driving"]


def test_waypoints_lie_along_the_way() -> None:
    trip = lookalike.geo.route("Hamburg", "München", waypoints=3, seed=2)
    stops = [trip["start"], *trip["waypoints"], trip["end"]]
    assert len({s["city"] for s in stops}) == 5
    lats = [s["latitude"] for s in stops]
    assert lats == sorted(lats, reverse=True)  # heading south all the way
    direct = trip["great_circle_km"]
    straight = float(haversine_km(stops[0]["latitude"], stops[0]["longitude"],
                                  stops[-1]["latitude"], stops[-1]["longitude"]))  # fmt: skip
    assert straight < direct < 1.15 * straight  # no zigzag


def test_the_gps_trace_is_a_series_from_start_to_end() -> None:
    trip = lookalike.geo.route("Lahore", "Islamabad", seed=3, trace_interval="5min",
                               departure="2024-05-01T06:00:00")  # fmt: skip
    trace = trip["trace"]
    times = [dt.datetime.fromisoformat(p["timestamp"]) for p in trace]
    assert times[0] == dt.datetime(2024, 5, 1, 6)
    assert {b - a for a, b in itertools.pairwise(times)} == {dt.timedelta(minutes=5)}
    assert abs((times[-1] - times[0]).total_seconds() / 60 - trip["estimated_time_minutes"]) < 5
    start, end = trace[0], trace[-1]
    assert haversine_km(start["latitude"], start["longitude"], 31.558, 74.351) < 0.1
    assert haversine_km(end["latitude"], end["longitude"], trip["end"]["latitude"],
                        trip["end"]["longitude"]) < 0.1  # fmt: skip
    steps = haversine_km(np.array([p["latitude"] for p in trace[:-1]]),
                         np.array([p["longitude"] for p in trace[:-1]]),
                         np.array([p["latitude"] for p in trace[1:]]),
                         np.array([p["longitude"] for p in trace[1:]]))  # fmt: skip
    assert steps.std() / steps.mean() < 0.05  # a steady pace


def test_points_of_interest_cluster_around_the_town() -> None:
    town = find_town("Paris")
    cafes = lookalike.geo.pois("Paris", "cafe", 300, seed=4)
    assert len(cafes) == 300
    assert {c["category"] for c in cafes} == {"cafe"}
    distances = haversine_km(town["latitude"], town["longitude"],
                             np.array([c["latitude"] for c in cafes]),
                             np.array([c["longitude"] for c in cafes]))  # fmt: skip
    assert np.allclose(distances, [c["distance_km"] for c in cafes], atol=0.05)
    assert np.median(distances) < 5
    assert distances.max() < 25


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: lookalike.geo.route("Atlantis", "Paris"), "no town called 'Atlantis'"),
        (lambda: lookalike.geo.route("London", "Paris", mode="teleport"), "unknown mode"),
        (lambda: lookalike.geo.pois("Paris", "casino", 3), "unknown category"),
        (lambda: lookalike.geo.addresses("narnia", 3), "unknown country"),
        (lambda: lookalike.geo.route("Hamburg", "Köln", country="us"), "no town called"),
    ],
)
def test_bad_places_are_named(call: object, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        call()  # type: ignore[operator]


def _on_land(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the mask package warns about its own numpy use
        from global_land_mask import globe  # type: ignore[import-untyped]

        found: np.ndarray = globe.is_land(lat, lon)
    return found


@pytest.mark.parametrize("country", ["germany", "pk", "united_states", "japan", "brazil"])
def test_addresses_are_on_land_by_an_independent_mask(country: str) -> None:
    found = lookalike.geo.addresses(country, 2000, seed=1)
    lat = np.array([a["coordinates"][0] for a in found], dtype=float)
    lon = np.array([a["coordinates"][1] for a in found], dtype=float)
    known = ~np.isnan(lat)
    assert _on_land(lat[known], lon[known]).mean() > 0.99  # the 1 km mask blurs coasts


@pytest.mark.parametrize("city", ["Berlin", "Karachi", "Rio de Janeiro", "Mumbai"])
def test_points_of_interest_stay_on_land_around_coastal_towns(city: str) -> None:
    found = lookalike.geo.pois(city, "restaurant", 2000, seed=1)
    lat = np.array([p["latitude"] for p in found])
    lon = np.array([p["longitude"] for p in found])
    assert _on_land(lat, lon).mean() > 0.95


def test_route_traces_keep_to_land() -> None:
    for start, end, share in (
        ("Hamburg", "München", 1.0),
        ("Lahore", "Karachi", 1.0),
        ("Napoli", "Bari", 1.0),
        ("Rio de Janeiro", "São Paulo", 0.85),
    ):
        trace = lookalike.geo.route(start, end, seed=1)["trace"]
        lat = np.array([p["latitude"] for p in trace])
        lon = np.array([p["longitude"] for p in trace])
        assert _on_land(lat, lon).mean() >= share, (start, end)
