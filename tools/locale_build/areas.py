"""Geographic area codes of every region, and which one serves each place.

libphonenumber's geocoder data name the place of a number prefix ("4930" is
Berlin, "1201200" Jersey City, NJ). For a region:

1. Every geocoder prefix is probed: numbers of the fixed-line templates under it
   are sampled, and each number's *area* is its longest geocoder prefix: the area
   code itself where the geocoder names area codes (DE, IT, NL, ...), a finer
   exchange prefix where it names towns inside an area code (US NPA-NXX, India,
   Brazil, Japan), so that the number's geocoder place is the place chosen for
   the row. Prefixes that only name the country are not areas. Each area
   collects the place descriptions of its numbers as votes.
2. An area's templates are the fixed-line templates restricted to it, minus the
   longer areas nested in it, so every number they give has that area.
3. A place (postcode) takes the area whose descriptions name its town and lie
   near it, else the area of the nearest located description: descriptions are
   located by their name (and their state or province, when they give one) among
   the places and GeoNames cities of the country.

GB keeps its own, older derivation (``phones.gb_areas`` and ``gb._gb_dial_codes``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .config import NOTES, SEED, STATE_FROM_POSTAL, log
from .outputs import fold, haversine_km, to_xyz
from .templates import Template, t_card, t_restrict_prefix, t_sample, t_subtract_all

#: Geocoder prefixes longer than this (digits after the country code) are not probed:
#: city-level prefixes of these lengths exist, longer ones are mobile blocks.
MAX_PREFIX = {"US": 6, "BR": 6, "CN": 4, "IN": 5, "JP": 5, "AU": 6}
#: The geocoder's language that spells places as the shipped places do.
DESCRIPTION_LANGUAGE = {"DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
                        "AT": "de", "CH": "de", "BE": "fr", "PL": "pl", "SE": "sv", "FI": "fi",
                        "PT": "pt", "TR": "tr", "HU": "hu", "RO": "ro"}  # fmt: skip
_PROBES = 4
_NEAR_KM = 40.0
_SPREAD_KM = 30.0


@dataclass
class RegionAreas:
    region: str
    country_code: int
    templates: dict[str, list[Template]]  # area -> fixed-line templates giving that area
    votes: dict[str, Counter[str]]  # area -> place description -> numbers seen
    dropped: list[str]  # areas whose sampled numbers did not all have that area
    prefixes: list[str]  # every geocoder prefix probed, sorted

    def nested(self, area: str) -> list[str]:
        """Geocoder prefixes longer than ``area`` that start with it."""
        start = bisect.bisect_left(self.prefixes, area)
        stop = bisect.bisect_left(self.prefixes, area + "~")
        return [p for p in self.prefixes[start:stop] if p != area]


def _prefixes(region: str, cc: int) -> dict[str, str]:
    from phonenumbers import geocoder
    from phonenumbers.geodata import GEOCODE_DATA
    from phonenumbers.phonenumber import PhoneNumber

    language = DESCRIPTION_LANGUAGE.get(region, "en")
    longest = MAX_PREFIX.get(region, 5)
    probe = PhoneNumber(country_code=cc, national_number=0)
    countries = {fold(geocoder.country_name_for_number(probe, lang)) for lang in (language, "en")}
    out = {}
    for key, descriptions in GEOCODE_DATA.items():
        if not key.startswith(str(cc)) or len(key) - len(str(cc)) > longest:
            continue
        text = descriptions.get(language) or descriptions.get("en")
        if text and fold(text) not in countries:
            out[key[len(str(cc)) :]] = text
    return out


def _longest(prefixes: dict[str, str], nsn: str) -> str | None:
    for n in range(len(nsn), 0, -1):
        if nsn[:n] in prefixes:
            return nsn[:n]
    return None


@cache
def region_areas(region: str, fixed: tuple[Template, ...]) -> RegionAreas:
    """The areas of ``region`` found by probing the geocoder prefixes (``fixed``: the
    region's weighted fixed-line templates)."""
    import phonenumbers

    cc = phonenumbers.country_code_for_region(region)
    prefixes = _prefixes(region, cc)
    rng = np.random.default_rng(SEED + 20)

    def area_of(nsn: str) -> str | None:
        return _longest(prefixes, nsn)

    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for prefix in sorted(prefixes):
        ts = [r for t in fixed if (r := t_restrict_prefix(t, prefix)) is not None]
        if not ts:
            continue
        for nsn in t_sample(ts, [t_card(t) for t in ts], _PROBES, rng):
            area = area_of(nsn)
            where = _longest(prefixes, nsn)
            if area and where:
                votes[area][prefixes[where]] += 1
    templates: dict[str, list[Template]] = {}
    dropped = []
    found = RegionAreas(region, cc, templates, {}, dropped, sorted(prefixes))
    for area in sorted(votes):
        nested = found.nested(area)
        ts = [r for t in fixed if (r := t_restrict_prefix(t, area)) is not None]
        ts = t_subtract_all(ts, [_prefix_template(b, len(t)) for b in nested for t in ts])
        if not ts:
            continue
        sample = t_sample(ts, [t_card(t) for t in ts], 10, rng)
        if any(area_of(nsn) != area for nsn in sample):
            dropped.append(area)
            continue
        templates[area] = sorted(ts)
    found.votes = {a: votes[a] for a in templates}
    return found


def _prefix_template(prefix: str, length: int) -> Template:
    return (*tuple(prefix), *(["0123456789"] * (length - len(prefix))))


def restrict_entries(
    entries: Sequence[dict[str, Any]], area: str, nested: Sequence[str]
) -> list[dict[str, Any]]:
    """Layout-carrying template entries restricted to ``area`` minus ``nested`` areas,
    weighted by size within the area."""
    pieces: list[tuple[Template, dict[str, Any]]] = []
    for entry in entries:
        t = t_restrict_prefix(tuple(entry["positions"]), area)
        if t is None:
            continue
        subs = [_prefix_template(b, len(t)) for b in nested if len(b) <= len(t)]
        pieces.extend((piece, entry) for piece in t_subtract_all([t], subs))
    total = sum(t_card(t) for t, _ in pieces)
    return [
        {
            **{k: v for k, v in entry.items() if k not in ("weight", "positions")},
            "weight": round(t_card(t) / total, 12),
            "positions": list(t),
        }
        for t, entry in sorted(pieces, key=lambda p: p[0])
    ]


def _description_parts(description: str) -> tuple[str, str]:
    """('jersey city', 'nj') from 'Jersey City, NJ'; ('barueri', 'sp') from 'Barueri - SP'."""
    for separator in (", ", " - "):
        if separator in description:
            name, hint = description.split(separator, 1)
            return fold(name), fold(hint)
    return fold(description), ""


_LIST = re.compile(r"/| and | și | og | och | ja | és ")


def _listed(description: str, split_lists: bool) -> list[tuple[str, str]]:
    """The (name, hint) pairs of a description; with ``split_lists``, each place of a list
    ("Turku/Pori", "București și județul Ilfov") on its own, as the oracles read them."""
    name, hint = _description_parts(description)
    if not split_lists:
        return [(name, hint)]
    head = description.split(", ")[0].split(" - ")[0]
    parts = [fold(p) for p in _LIST.split(head) if fold(p)]
    return [(name, hint)] + [(p, hint) for p in parts if p != name]


@dataclass
class Located:
    """Places of a country with names, coordinates and the admin names a hint may match."""

    names: list[str]  # folded
    admins: list[set[str]]  # folded admin names and codes of each place
    latitude: np.ndarray
    longitude: np.ndarray
    population: np.ndarray  # 0 for shipped places (postcodes), GeoNames' for cities


def located_places(
    rows: Sequence[tuple[str, Sequence[str], float, float]],
    cities: Sequence[dict[str, Any]],
    admin_names: dict[tuple[str, str], str],
) -> Located:
    """Names to locate descriptions among: ``rows`` (name, admin names, lat, lon) of the
    shipped places and the GeoNames places (population >= 500) of the country, under their
    name and every Latin alternate name ("Las Palmas" for Las Palmas de Gran Canaria)."""
    names = [fold(r[0]) for r in rows]
    admins = [{fold(a) for a in r[1] if a} for r in rows]
    lat = [r[2] for r in rows]
    lon = [r[3] for r in rows]
    population = [0] * len(rows)
    for c in cities:
        admin = admin_names.get((c["countrycode"], c["admin1code"]), "")
        keys = {fold(c["name"])} | {fold(a) for a in c.get("alternatenames", []) if a.isascii()}
        for key in sorted(keys - {""}):
            names.append(key)
            admins.append({fold(admin), fold(c["admin1code"])} - {""})
            lat.append(c["latitude"])
            lon.append(c["longitude"])
            population.append(int(c["population"]))
    return Located(
        names,
        admins,
        np.array(lat, dtype=np.float64),
        np.array(lon, dtype=np.float64),
        np.array(population, dtype=np.int64),
    )


def _locate(places: Located, rows: list[int]) -> tuple[float, float] | None:
    """Where the places ``rows`` (one name) are: their middle when they lie together, else
    the most populous of them when it has three times the people of any other far from it;
    None when the name stays ambiguous."""
    la, lo = places.latitude[rows], places.longitude[rows]
    centre = (float(np.median(la)), float(np.median(lo)))
    if float(np.max(haversine_km(la, lo, centre[0], centre[1]))) <= _SPREAD_KM:
        return centre
    top = int(np.argmax(places.population[rows]))
    spot = (float(la[top]), float(lo[top]))
    far = haversine_km(la, lo, spot[0], spot[1]) > _SPREAD_KM
    others = places.population[rows][far]
    if not others.size or places.population[rows][top] >= 3 * max(int(others.max()), 1):
        return spot
    return None


def assign_areas(
    areas: RegionAreas,
    places: Located,
    towns: Sequence[str],
    lat: np.ndarray,
    lon: np.ndarray,
    shipped_regions: int = 0,
) -> tuple[list[str], dict[str, Any]]:
    """The area of each place (town name and coordinates), and how it was chosen.

    With ``shipped_regions`` (the number of shipped places at the head of ``places``, in
    the order of ``towns``), a description that names a region of those places ("Lappi":
    Lapland, not the village of Lappi) is not located as a town: the region's places
    whose town no area names take that area, and it is located at the middle of the
    region's places for the nearest-area rule."""
    from scipy.spatial import cKDTree

    by_name: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(places.names):
        by_name[name].append(i)
    in_region: dict[str, list[int]] = defaultdict(list)
    for i in range(shipped_regions):
        for admin in places.admins[i]:
            in_region[admin].append(i)
    anchors: list[tuple[float, float, str]] = []
    name_votes: dict[str, Counter[str]] = defaultdict(Counter)
    region_votes: dict[str, Counter[str]] = defaultdict(Counter)
    located_areas: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for area, descriptions in sorted(areas.votes.items()):
        for description, count in sorted(descriptions.items()):
            for name, hint in _listed(description, split_lists=shipped_regions > 0):
                name_votes[name][area] += count
                if name in in_region:
                    region_votes[name][area] += count
                    # at the region's middle only for places no area names otherwise
                    members = in_region[name]
                    spot = (
                        float(np.median(places.latitude[members])),
                        float(np.median(places.longitude[members])),
                    )
                    anchors.append((spot[0], spot[1], area))
                    located_areas[area].append(spot)
                    continue
                rows = by_name.get(name, [])
                if hint and any(hint in places.admins[i] for i in rows):
                    rows = [i for i in rows if hint in places.admins[i]]
                if not rows:
                    continue
                centre = _locate(places, rows)
                if centre is None:
                    continue  # several places of that name: not located
                anchors.append((centre[0], centre[1], area))
                located_areas[area].append(centre)
    if not anchors:
        raise SystemExit(f"{areas.region}: no area could be located")
    tree = cKDTree(to_xyz(np.array([a[0] for a in anchors]), np.array([a[1] for a in anchors])))
    _, nearest = tree.query(to_xyz(lat, lon))
    chosen: list[str] = []
    stats: Counter[str] = Counter()
    for j, (town, la, lo, near) in enumerate(zip(towns, lat, lon, nearest, strict=True)):
        candidates = name_votes.get(fold(town))
        pick = None
        if candidates:
            for area, _ in sorted(candidates.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0])):
                spots = located_areas.get(area)
                if (
                    spots
                    and min(float(haversine_km(la, lo, s[0], s[1])) for s in spots) <= _NEAR_KM
                ):
                    pick = area
                    break
        regions = (
            [r for r in sorted(places.admins[j]) if r in region_votes]
            if (j < shipped_regions)
            else []
        )
        if pick is not None:
            stats["town_named_by_geocoder"] += 1
        elif regions:
            votes = region_votes[regions[0]]
            pick = sorted(votes.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
            stats["region_named_by_geocoder"] += 1
        else:
            pick = anchors[int(near)][2]
            stats["nearest_located_area"] += 1
        chosen.append(pick)
    info = {
        "areas": len(areas.templates),
        "located_anchors": len(anchors),
        "areas_dropped": areas.dropped,
        "places": dict(stats),
    }
    return chosen, info


def area_column(
    region: str, cache: Path, rows: Sequence[tuple[str, Sequence[str], float, float]]
) -> list[str]:
    """The area code (national significant digits, no trunk prefix) of each place row
    (town, admin names, latitude, longitude); the figures go to ``NOTES``."""
    from .cities import admin1_table
    from .inputs import geonames_cities
    from .phones import weighted_fixed

    areas = region_areas(region, weighted_fixed(region))
    cities = [c for c in geonames_cities(cache, 500).values() if c["countrycode"] == region]
    located = located_places(rows, cities, admin1_table())
    towns = [r[0] for r in rows]
    lat = np.array([r[2] for r in rows], dtype=np.float64)
    lon = np.array([r[3] for r in rows], dtype=np.float64)
    regions = len(rows) if region in STATE_FROM_POSTAL else 0
    chosen, info = assign_areas(areas, located, towns, lat, lon, regions)
    NOTES.setdefault("phone_areas", {})[region] = info
    log(f"areas {region}: {info}")
    return chosen
