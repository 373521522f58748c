"""Geography kinds: trips between towns and points of interest near them, vectorised.

Both read the shipped GeoNames towns (population and coordinates for the
flagship countries). A ``trip`` draws an origin and a destination by
population and measures the great circle between them times the mode's road
factor; a ``poi`` places a named point around a town, denser near its centre.
:mod:`lookalike.geo` offers the same as plain records.

>>> import lookalike
>>> spec = {"seed": 1, "locale": "de_DE", "tables": {"t": {"rows": 3, "fields": {
...     "origin": {"kind": "trip"}, "destination": {"kind": "trip", "attribute": "destination"},
...     "km": {"kind": "trip", "attribute": "distance_km"}}}}}
>>> rows = lookalike.generate(spec).to_pylist()
>>> all(r["origin"] != r["destination"] and r["km"] > 0 for r in rows)
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pyarrow as pa

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, float64_array, register, typed_array
from lookalike.locales.profiles import profile_for
from lookalike.spec.fields import PoiField, TripField
from lookalike.strings import string_array

#: Road distance over great-circle distance, by mode (flights fly the great circle).
ROAD_FACTOR = {"driving": 1.3, "truck": 1.3, "cycling": 1.35, "walking": 1.25, "flying": 1.0}
#: Average door-to-door speed in km/h, by mode.
SPEED_KMH = {"driving": 75.0, "truck": 62.0, "cycling": 16.0, "walking": 5.0, "flying": 700.0}
EARTH_RADIUS_KM = 6371.0088
#: Towns a poi field without a city draws from: the most populous of the country.
_POI_TOWNS = 300
#: Names of points of interest by category: first words and last words.
POI_NAMES = {
    "restaurant": (["Golden", "Little", "Royal", "Green", "Old Town", "Blue", "Corner"],
                   ["Kitchen", "Bistro", "Grill", "Trattoria", "Diner", "Table"]),
    "cafe": (["Bean", "Morning", "Corner", "Daily", "Velvet", "Urban"],
             ["Coffee", "Café", "Roasters", "Espresso Bar"]),
    "hotel": (["Grand", "City", "Park", "Royal", "Central", "Riverside"],
              ["Hotel", "Inn", "Suites", "Lodge"]),
    "hospital": (["St. Mary's", "General", "University", "Memorial", "City", "Central"],
                 ["Hospital", "Medical Center", "Clinic"]),
    "school": (["Riverside", "Hillcrest", "Oakwood", "Central", "Northfield", "Lincoln"],
               ["Primary School", "High School", "Academy"]),
    "pharmacy": (["Health", "Care", "City", "Family", "Central"], ["Pharmacy", "Chemist"]),
    "supermarket": (["Fresh", "Market", "Super", "Daily", "Family"], ["Market", "Foods", "Grocer"]),
    "bank": (["National", "City", "Savings", "Union", "Merchant"], ["Bank", "Savings Bank"]),
    "fuel": (["Express", "Highway", "City", "Quick"], ["Fuel", "Petrol Station", "Gas"]),
    "park": (["Victoria", "Riverside", "Central", "Memorial", "Oak"], ["Park", "Gardens"]),
}  # fmt: skip


def haversine_km(
    lat1: np.ndarray | float, lon1: np.ndarray | float, lat2: np.ndarray | float,
    lon2: np.ndarray | float,
) -> np.ndarray:  # fmt: skip
    """Great-circle distance in km (vectorised).

    >>> round(float(haversine_km(51.5074, -0.1278, 48.8566, 2.3522)))
    344
    """
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    distance: np.ndarray = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    return distance


@dataclass(frozen=True, eq=False)
class Towns:
    """GeoNames towns: names, regions, countries, coordinates and population."""

    city: np.ndarray  # object (str)
    key: np.ndarray  # object: ASCII lower-case names, for lookups
    country: np.ndarray
    region: np.ndarray
    latitude: np.ndarray
    longitude: np.ndarray
    population: np.ndarray

    def of(self, country: str) -> np.ndarray:
        """Indices of a country's towns."""
        return np.flatnonzero(self.country == country)

    def radius_km(self, index: np.ndarray) -> np.ndarray:
        """How far a town's points spread: ~12 km for 10 million people, 1 km at least."""
        radius: np.ndarray = np.maximum(1.0, np.sqrt(self.population[index]) / 250.0)
        return radius


@cache
def towns() -> Towns:
    """The shipped towns (loaded on first use)."""
    from anyascii import anyascii

    from lookalike.locales.data import table

    data = table("cities.parquet")
    names = data["city"].to_pylist()
    return Towns(
        city=np.array(names, dtype=object),
        key=np.array([anyascii(n).lower() for n in names], dtype=object),
        country=np.array(data["country"].to_pylist(), dtype=object),
        region=np.array(data["admin1"].to_pylist(), dtype=object),
        latitude=data["latitude"].to_numpy().astype(np.float64),
        longitude=data["longitude"].to_numpy().astype(np.float64),
        population=data["population"].to_numpy().astype(np.float64),
    )


@cache
def anchors(country: str) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates of the country's real addressed places (postcodes), where there are
    shipped ones: points of interest sit at them, so they fall on land, not at sea.

    >>> lat, lon = anchors("GB")
    >>> len(lat) > 100_000, bool(np.isfinite(lat).all())
    (True, True)
    """
    from lookalike.datasets.countries import locale_for_country
    from lookalike.locales.places import places_for

    try:
        places = places_for(locale_for_country(country))
    except SpecError:
        return np.empty(0), np.empty(0)
    known = np.isfinite(places.latitude) & np.isfinite(places.longitude)
    return places.latitude[known], places.longitude[known]


def places_near(country: str, lat: float, lon: float, radius_km: float) -> np.ndarray:
    """Indices into :func:`anchors` of the places within ``radius_km`` of a point."""
    anchor_lat, anchor_lon = anchors(country)
    if not len(anchor_lat):
        return np.empty(0, np.int64)
    close = np.abs(anchor_lat - lat) < radius_km / 100.0  # a cheap box first
    found = np.flatnonzero(close)
    near = haversine_km(lat, lon, anchor_lat[found], anchor_lon[found]) <= radius_km
    return found[near]


def country_of(spec_country: str | None, env: Env, spec_locale: str | None) -> str:
    """The ISO code a geographic field works in: its own country, else its locale's."""
    return _country(spec_country, env, spec_locale)


def _country(spec_country: str | None, env: Env, locale: str | None) -> str:
    if spec_country is not None:
        from lookalike.datasets.countries import country_code

        return country_code(spec_country)
    return profile_for(locale or env.locale, f"{env.path}.locale").country


def _candidates(country: str, path: str) -> np.ndarray:
    found = towns().of(country)
    if not len(found):
        raise SpecError(
            f"no shipped towns for country {country!r}; use one of "
            f"{', '.join(sorted(set(towns().country)))}",
            path=path,
        )
    return found


def _names(values: np.ndarray) -> pa.Array:
    """Town names of some rows, as a dictionary array over the distinct ones."""
    distinct, codes = np.unique(values.astype(str), return_inverse=True)
    indices = typed_array(codes.astype(np.int32), pa.int32())
    return pa.DictionaryArray.from_arrays(indices, string_array(list(distinct)), safe=False)


#: Arrow type of a path: a list of [longitude, latitude] pairs (a GeoJSON LineString).
PATH_TYPE = pa.list_(pa.list_(pa.float64()))


def _paths(places: Towns, origin: np.ndarray, destination: np.ndarray) -> pa.Array:
    """Each trip's straight path, origin to destination, as [[lon, lat], [lon, lat]]."""
    rows = len(origin)
    flat = np.empty((rows, 4))
    flat[:, 0], flat[:, 1] = places.longitude[origin], places.latitude[origin]
    flat[:, 2], flat[:, 3] = places.longitude[destination], places.latitude[destination]
    values = pa.Array.from_buffers(pa.float64(), rows * 4, [None, pa.py_buffer(flat.ravel())])
    pairs = np.arange(0, rows * 4 + 1, 2, dtype=np.int32)
    inner = pa.ListArray.from_arrays(typed_array(pairs, pa.int32()), values)
    outer = np.arange(0, rows * 2 + 1, 2, dtype=np.int32)
    return pa.ListArray.from_arrays(typed_array(outer, pa.int32()), inner)


@dataclass(frozen=True, eq=False)
class TripModel:
    """The towns a trip is drawn from, with their population weights."""

    candidates: np.ndarray
    weights: AliasTable
    mode: str

    def draw(self, ctx: BlockContext, group: str) -> tuple[np.ndarray, np.ndarray]:
        n = len(self.candidates)
        origin = self.weights.lookup(ctx.group_uniform(group, "origin"))
        destination = self.weights.lookup(ctx.group_uniform(group, "destination"))
        # A trip goes somewhere: the same town moves on to the next one.
        destination = np.where(destination == origin, (destination + 1) % max(n, 2), destination)
        destination = np.minimum(destination, n - 1)
        return self.candidates[origin], self.candidates[destination]


@dataclass(frozen=True, eq=False)
class TripColumn(Column):
    """One attribute of the row's trip."""

    model: TripModel
    attribute: str
    group: str
    arrow_type: pa.DataType = field(default=pa.float64())

    def sample(self, ctx: BlockContext) -> pa.Array:
        origin, destination = ctx.latent(
            f"trip:{self.group}", lambda: self.model.draw(ctx, self.group)
        )
        places = towns()
        if self.attribute in ("origin", "destination"):
            return _names(places.city[origin if self.attribute == "origin" else destination])
        if self.attribute == "path":
            return _paths(places, origin, destination)
        if self.attribute.endswith(("_latitude", "_longitude")):
            end = origin if self.attribute.startswith("origin") else destination
            axis = places.latitude if self.attribute.endswith("latitude") else places.longitude
            return float64_array(axis[end])
        straight = haversine_km(
            places.latitude[origin], places.longitude[origin],
            places.latitude[destination], places.longitude[destination],
        )  # fmt: skip
        road = straight * ROAD_FACTOR[self.model.mode]
        if self.attribute == "distance_km":
            return float64_array(np.round(road, 1))
        return float64_array(np.round(road / SPEED_KMH[self.model.mode] * 60.0))


@register("trip")
def compile_trip(spec: TripField, env: Env) -> Column:
    """Compile a ``trip`` field."""
    country = _country(spec.country, env, spec.locale)
    candidates = _candidates(country, f"{env.path}.country")
    weights = AliasTable.from_weights(np.sqrt(towns().population[candidates]))
    model = env.groups.define("trip", spec.group, (country, spec.mode), env.path)
    del model  # fields of one group agree on the country and mode
    kind = pa.dictionary(pa.int32(), pa.string()) if spec.attribute in (
        "origin", "destination") else pa.float64()  # fmt: skip
    if spec.attribute == "path":
        kind = PATH_TYPE
    return TripColumn(TripModel(candidates, weights, spec.mode), spec.attribute, spec.group, kind)


@dataclass(frozen=True, eq=False)
class PoiModel:
    """Where points of interest fall and what they are called.

    Each candidate town has the real addressed places within its radius
    (``anchor_lat``/``anchor_lon``, ``starts`` and ``counts`` per town); a point
    sits at one of them, a few hundred metres off, so points follow where people
    live and stay on land. A town without such places gets a disc around its
    centre.
    """

    candidates: np.ndarray
    weights: AliasTable
    categories: tuple[str, ...]
    anchor_lat: np.ndarray
    anchor_lon: np.ndarray
    starts: np.ndarray
    counts: np.ndarray

    @classmethod
    def build(cls, country: str, candidates: np.ndarray, categories: tuple[str, ...]) -> PoiModel:
        places = towns()
        weights = AliasTable.from_weights(places.population[candidates])
        chosen = [
            places_near(country, places.latitude[t], places.longitude[t],
                        float(places.radius_km(np.array([t]))[0]))
            for t in candidates
        ]  # fmt: skip
        counts = np.array([len(c) for c in chosen], np.int64)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        flat = np.concatenate(chosen) if chosen else np.empty(0, np.int64)
        lat, lon = anchors(country)
        return cls(candidates, weights, categories, lat[flat], lon[flat], starts, counts)

    def draw(self, ctx: BlockContext, group: str) -> dict[str, np.ndarray]:
        places = towns()
        which = self.weights.lookup(ctx.group_uniform(group, "town"))
        town = self.candidates[which]
        rng = ctx.group_rng(group, "place")
        rows = ctx.rows
        spread = rng.exponential(0.6, rows).clip(0, 1.6)
        offset = places.radius_km(town) * np.sqrt(rng.random(rows)) * spread
        bearing = rng.random(rows) * 2 * math.pi
        pick = rng.random(rows)
        count = self.counts[which]
        anchored = count > 0
        # At a real place: a small offset (up to 100 m) instead of a disc around the centre.
        offset = np.where(anchored, offset / np.maximum(places.radius_km(town), 1.0) * 0.1, offset)
        index = self.starts[which] + np.minimum((pick * count).astype(np.int64), count - 1)
        index = np.where(anchored, index, 0)
        base_lat = np.where(anchored, self.anchor_lat[index] if len(self.anchor_lat) else 0.0,
                            places.latitude[town])  # fmt: skip
        base_lon = np.where(anchored, self.anchor_lon[index] if len(self.anchor_lon) else 0.0,
                            places.longitude[town])  # fmt: skip
        lat = base_lat + offset * np.cos(bearing) / 111.32
        lon = base_lon + offset * np.sin(bearing) / (111.32 * np.cos(np.radians(base_lat)))
        distance = haversine_km(places.latitude[town], places.longitude[town], lat, lon)
        category = rng.integers(0, len(self.categories), rows)
        first, second = rng.random(rows), rng.random(rows)
        return {"town": town, "lat": lat, "lon": lon, "distance": distance,
                "category": category, "first": first, "second": second}  # fmt: skip


@dataclass(frozen=True, eq=False)
class PoiColumn(Column):
    """One attribute of the row's point of interest."""

    model: PoiModel
    attribute: str
    group: str
    arrow_type: pa.DataType = field(default=pa.float64())

    def _names(self, drawn: dict[str, np.ndarray]) -> pa.Array:
        labels: list[str] = []
        offsets = []
        for name in self.model.categories:
            offsets.append(len(labels))
            first, second = POI_NAMES[name]
            labels += [f"{a} {b}" for a in first for b in second]
        category = drawn["category"]
        sizes = np.array([len(POI_NAMES[c][0]) for c in self.model.categories])
        seconds = np.array([len(POI_NAMES[c][1]) for c in self.model.categories])
        a = (drawn["first"] * sizes[category]).astype(np.int64)
        b = (drawn["second"] * seconds[category]).astype(np.int64)
        codes = np.array(offsets)[category] + a * seconds[category] + b
        indices = typed_array(codes.astype(np.int32), pa.int32())
        return pa.DictionaryArray.from_arrays(indices, string_array(labels), safe=False)

    def sample(self, ctx: BlockContext) -> pa.Array:
        drawn = ctx.latent(f"poi:{self.group}", lambda: self.model.draw(ctx, self.group))
        if self.attribute == "name":
            return self._names(drawn)
        if self.attribute == "category":
            labels = string_array(list(self.model.categories))
            indices = typed_array(drawn["category"].astype(np.int32), pa.int32())
            return pa.DictionaryArray.from_arrays(indices, labels, safe=False)
        if self.attribute == "city":
            return _names(towns().city[drawn["town"]])
        key = {"latitude": "lat", "longitude": "lon", "distance_km": "distance"}[self.attribute]
        digits = 2 if self.attribute == "distance_km" else 6
        return float64_array(np.round(drawn[key], digits))


@register("poi")
def compile_poi(spec: PoiField, env: Env) -> Column:
    """Compile a ``poi`` field."""
    country = _country(spec.country, env, spec.locale)
    candidates = _candidates(country, f"{env.path}.country")
    if spec.city is not None:
        from anyascii import anyascii

        places = towns()
        match = candidates[places.key[candidates] == anyascii(spec.city).strip().lower()]
        if not len(match):
            raise SpecError(f"no town called {spec.city!r} in {country}; check the spelling",
                            path=f"{env.path}.city")  # fmt: skip
        candidates = match[np.argmax(places.population[match])][None]
    category = spec.category.strip().lower()
    if category != "any" and category not in POI_NAMES:
        raise SpecError(
            f"unknown category {spec.category!r}; use any or one of {', '.join(POI_NAMES)}",
            path=f"{env.path}.category",
        )
    categories = tuple(POI_NAMES) if category == "any" else (category,)
    if len(candidates) > _POI_TOWNS:  # points of interest are in the bigger towns
        candidates = candidates[np.argsort(-towns().population[candidates])[:_POI_TOWNS]]
    env.groups.define("poi", spec.group, (country, spec.city, category), env.path)
    kind = pa.dictionary(pa.int32(), pa.string()) if spec.attribute in (
        "name", "category", "city") else pa.float64()  # fmt: skip
    model = PoiModel.build(country, candidates, categories)
    return PoiColumn(model, spec.attribute, spec.group, kind)
