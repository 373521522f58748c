"""Geography helpers: addresses with coordinates, routes between towns, points of interest.

Places come from the shipped locale data (GeoNames towns with population and
coordinates for the twelve flagship countries; real postcodes for addresses).
Results are plain records (dicts), deterministic for a given ``seed``.

Routes are straight legs between towns on the great circle, lengthened by a
stated road factor: road distance is on average about 1.2 to 1.4 times the
straight line (circuity studies such as Ballou, Rahardja and Sakai, 2002);
:data:`ROAD_FACTOR` holds the factor used per mode and :data:`SPEED_KMH` the
average speed that gives the estimated time.

>>> trip = route("Berlin", "München", waypoints=1, seed=1)
>>> trip["start"]["city"], trip["end"]["city"], len(trip["waypoints"])
('Berlin', 'München', 1)
>>> 500 < trip["distance_km"] < 800, trip["road_factor"]
(True, 1.3)
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from typing import Any

import numpy as np

from lookalike.errors import SpecError
from lookalike.kinds.geo import (
    EARTH_RADIUS_KM,
    POI_NAMES,
    ROAD_FACTOR,
    SPEED_KMH,
    haversine_km,
    towns,
)

__all__ = [
    "EARTH_RADIUS_KM", "ROAD_FACTOR", "SPEED_KMH", "addresses", "find_town", "haversine_km",
    "pois", "route",
]  # fmt: skip

#: Spacing of the towns a path bends through (see _via).
_VIA_KM = 60.0
#: English names of towns the data spells in their own language.
_EXONYMS = {
    "munich": "München", "cologne": "Köln", "nuremberg": "Nürnberg", "hanover": "Hannover",
    "rome": "Roma", "milan": "Milano", "naples": "Napoli", "turin": "Torino", "florence": "Firenze",
    "venice": "Venezia", "genoa": "Genova", "the hague": "Den Haag", "seville": "Sevilla",
    "bombay": "Mumbai", "bangalore": "Bengaluru", "calcutta": "Kolkata", "madras": "Chennai",
    "peking": "Beijing", "canton": "Guangzhou",
}  # fmt: skip


def _towns() -> dict[str, np.ndarray]:
    places = towns()
    return {name: getattr(places, name) for name in (
        "city", "key", "country", "region", "latitude", "longitude", "population")}  # fmt: skip


def _town(index: int) -> dict[str, Any]:
    towns = _towns()
    return {
        "city": str(towns["city"][index]),
        "region": str(towns["region"][index]),
        "country": str(towns["country"][index]),
        "latitude": round(float(towns["latitude"][index]), 6),
        "longitude": round(float(towns["longitude"][index]), 6),
    }


def find_town(name: str, country: str | None = None) -> dict[str, Any]:
    """The most populous town called ``name`` (in ``country``, when given).

    >>> find_town("london")["country"], find_town("London", country="us")["region"]
    ('GB', 'Ohio')
    """
    from anyascii import anyascii

    towns = _towns()
    wanted = _EXONYMS.get(name.strip().lower(), name)
    key = anyascii(wanted).strip().lower()
    match = towns["key"] == key
    if country is not None:
        from lookalike.datasets.countries import country_code

        match &= towns["country"] == country_code(country)
    found = np.flatnonzero(match)
    if not len(found):
        where = f" in {country}" if country else ""
        raise SpecError(
            f"no town called {name!r}{where} in the shipped places (GeoNames towns of "
            "GB, US, DE, FR, ES, IT, NL, BR, IN, PK, JP, CN); check the spelling",
            path="city",
        )
    return _town(int(found[np.argmax(towns["population"][found])]))


def addresses(country: str, count: int, *, seed: int | None = None) -> list[dict[str, Any]]:
    """``count`` real-looking addresses in ``country``, with coordinates.

    >>> first = addresses("germany", 2, seed=3)[0]
    >>> sorted(first)
    ['city', 'coordinates', 'country', 'postal_code', 'state_province', 'street']
    """
    from lookalike.api import generate
    from lookalike.datasets.countries import locale_for_country

    if count < 0:
        raise SpecError(f"count must be 0 or more, got {count}", path="count")
    fields = {
        "street": "street_address", "city": "town", "state_province": "region",
        "postal_code": "postcode", "country": "country", "latitude": "latitude",
        "longitude": "longitude",
    }  # fmt: skip
    spec = {
        "seed": seed, "locale": locale_for_country(country),
        "tables": {"addresses": {"rows": count, "fields": {
            name: {"kind": "address", "attribute": attribute}
            for name, attribute in fields.items()}}},
    }  # fmt: skip
    rows = generate(spec).to_pylist()
    return [
        {**{k: v for k, v in row.items() if k not in ("latitude", "longitude")},
         "coordinates": (row["latitude"], row["longitude"])}
        for row in rows
    ]  # fmt: skip


def _interpolate(a: dict[str, Any], b: dict[str, Any], fraction: float) -> tuple[float, float]:
    """The point ``fraction`` of the way along the great circle from a to b."""
    p1, l1 = math.radians(a["latitude"]), math.radians(a["longitude"])
    p2, l2 = math.radians(b["latitude"]), math.radians(b["longitude"])
    v1 = np.array([math.cos(p1) * math.cos(l1), math.cos(p1) * math.sin(l1), math.sin(p1)])
    v2 = np.array([math.cos(p2) * math.cos(l2), math.cos(p2) * math.sin(l2), math.sin(p2)])
    angle = math.acos(max(-1.0, min(1.0, float(v1 @ v2))))
    if angle < 1e-12:
        return a["latitude"], a["longitude"]
    point = (math.sin((1 - fraction) * angle) * v1 + math.sin(fraction * angle) * v2) / math.sin(
        angle
    )
    return math.degrees(math.asin(point[2])), math.degrees(math.atan2(point[1], point[0]))


def route(
    start_city: str,
    end_city: str,
    waypoints: int = 0,
    *,
    mode: str = "driving",
    country: str | None = None,
    seed: int | None = None,
    trace_interval: str = "1min",
    departure: str | dt.datetime = "2024-01-01T08:00:00",
) -> dict[str, Any]:
    """A route from one town to another through ``waypoints`` towns near the way.

    Each waypoint is the largest town within a corridor around the point an
    equal share of the way along (so the path is plausible, not a zigzag). The
    result holds the towns, ``distance_km`` (great circle times ``road_factor``),
    ``estimated_time_minutes`` at the mode's average speed, ``path`` (the
    ``[longitude, latitude]`` corners, for GeoJSON) and ``trace``: GPS fixes every
    ``trace_interval`` from ``departure``, with a few metres of noise.
    """
    from lookalike.spec.series import parse_interval

    if mode not in ROAD_FACTOR:
        raise SpecError(f"unknown mode {mode!r}; use {', '.join(ROAD_FACTOR)}", path="mode")
    if not 0 <= waypoints <= 50:
        raise SpecError(f"waypoints must be 0 to 50, got {waypoints}", path="waypoints")
    start, end = find_town(start_city, country), find_town(end_city, country)
    stops = [start, *(_waypoint(start, end, (i + 1) / (waypoints + 1), {start["city"], end[
        "city"]}) for i in range(waypoints)), end]  # fmt: skip
    legs = [
        float(haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
        for a, b in itertools.pairwise(stops)
    ]
    factor = ROAD_FACTOR[mode]
    distance = sum(legs) * factor
    corners = _via(stops) if mode != "flying" else stops
    minutes = distance / SPEED_KMH[mode] * 60
    try:
        step = parse_interval(trace_interval)
    except ValueError as exc:
        raise SpecError(str(exc), path="trace_interval") from None
    leaving = (
        departure if isinstance(departure, dt.datetime) else dt.datetime.fromisoformat(departure)
    )
    return {
        "start": start, "end": end, "waypoints": stops[1:-1], "mode": mode,
        "distance_km": round(distance, 1), "great_circle_km": round(sum(legs), 1),
        "road_factor": factor, "speed_kmh": SPEED_KMH[mode],
        "estimated_time_minutes": round(minutes),
        "path": [[s["longitude"], s["latitude"]] for s in corners],
        "trace": _trace(corners, minutes, step, leaving, seed),
    }  # fmt: skip


def _waypoint(start: dict[str, Any], end: dict[str, Any], fraction: float,
              used: set[str]) -> dict[str, Any]:  # fmt: skip
    towns = _towns()
    lat, lon = _interpolate(start, end, fraction)
    gap = float(haversine_km(start["latitude"], start["longitude"], end["latitude"],
                             end["longitude"]))  # fmt: skip
    near = haversine_km(lat, lon, towns["latitude"], towns["longitude"])
    corridor = max(15.0, gap * 0.08)
    candidates = np.flatnonzero((near < corridor) & ~np.isin(towns["city"], list(used)))
    if not len(candidates):
        candidates = np.argsort(near)[:1]
    chosen = int(candidates[np.argmax(towns["population"][candidates])])
    used.add(str(towns["city"][chosen]))
    return _town(chosen)


def _via(stops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stops with a town every ~60 km of each long leg in between (the nearest town
    to the straight line there), so the path bends with the land instead of cutting
    across bays; the road factor already counts the detour."""
    towns = _towns()
    corners = [stops[0]]
    for a, b in itertools.pairwise(stops):
        gap = float(haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
        pieces = int(gap // _VIA_KM) + 1
        for k in range(1, pieces):
            lat, lon = _interpolate(a, b, k / pieces)
            near = haversine_km(lat, lon, towns["latitude"], towns["longitude"])
            closest = int(np.argmin(near))
            if near[closest] < max(10.0, gap * 0.08):
                corners.append(_town(closest))
        corners.append(b)
    return corners


def _trace(corners: list[dict[str, Any]], minutes: float, step: int, leaving: dt.datetime,
           seed: int | None) -> list[dict[str, Any]]:  # fmt: skip
    """GPS fixes along the path at a steady pace, ~5 m of noise (a series in time)."""
    legs = [
        float(haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
        for a, b in itertools.pairwise(corners)
    ]
    rng = np.random.default_rng(seed)
    fixes = max(2, int(minutes * 60 // step) + 1)
    total = sum(legs) or 1.0
    along = np.linspace(0.0, total, fixes)
    bounds = np.concatenate([[0.0], np.cumsum(legs)])
    leg = np.clip(np.searchsorted(bounds, along, side="right") - 1, 0, len(legs) - 1)
    points = []
    for index, (where, which) in enumerate(zip(along, leg, strict=True)):
        share = (where - bounds[which]) / legs[which] if legs[which] else 0.0
        lat, lon = _interpolate(corners[which], corners[which + 1], float(share))
        noise = rng.normal(0.0, 5.0 / 111_000, 2)  # about 5 m in degrees
        points.append({
            "timestamp": (leaving + dt.timedelta(seconds=index * step)).isoformat(),
            "latitude": round(lat + float(noise[0]), 6),
            "longitude": round(lon + float(noise[1]), 6),
        })  # fmt: skip
    return points


def pois(city: str, category: str, count: int, *, country: str | None = None,
         seed: int | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """``count`` points of interest of ``category`` in and around ``city``.

    The same as the ``poi`` kind: each point sits a few hundred metres from a real
    addressed place within the town's radius (which grows with the square root of
    its population), so points follow where people live and stay on land.

    >>> shops = pois("Paris", "cafe", 3, seed=2)
    >>> len(shops), shops[0]["category"], shops[0]["distance_km"] < 20
    (3, 'cafe', True)
    """
    from lookalike.api import generate
    from lookalike.datasets.countries import locale_for_country

    if category.strip().lower() not in POI_NAMES:
        raise SpecError(
            f"unknown category {category!r}; use one of {', '.join(POI_NAMES)}", path="category"
        )
    if count < 0:
        raise SpecError(f"count must be 0 or more, got {count}", path="count")
    town = find_town(city, country)
    options = {"kind": "poi", "city": town["city"], "category": category.strip().lower()}
    names = ("name", "category", "city", "latitude", "longitude", "distance_km")
    spec = {
        "seed": seed, "locale": locale_for_country(town["country"]),
        "tables": {"pois": {"rows": count, "fields": {
            n: {**options, "attribute": n} for n in names}}},
    }  # fmt: skip
    rows = generate(spec).to_pylist()
    return [{**row, "country": town["country"]} for row in rows]
