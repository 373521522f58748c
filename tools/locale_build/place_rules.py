"""Places that are places: per-country rules applied to GeoNames postal rows.

- JP: business postcodes (名前 of firms, schools, factories, in Japanese script)
  and the codes of single skyscraper floors (romanised names with a ".") are
  dropped; a postcode's town becomes its municipality in kanji (the nearest
  GeoNames city that has a kanji name ending in 市, 町, 村 or 区) and its
  prefecture is written in kanji, so a record is in one script.
- IT, IN, PK and the countries of the postal-only locales: where a postcode lists
  several names, one that GeoNames knows as a
  populated place near the postcode (the most populous) wins over frazioni,
  post offices and institutions; IN and PK postcodes whose name is no such place
  take the nearest GeoNames place instead ("Khushab Atomic Energy Commission" is
  not a town); so do PT postcodes, whose GeoNames names are often streets or industrial
  zones ("Zona Industrial En 1 Norte").
- DE, AT, CH: postcodes of organisations (accuracy 0) are dropped unless named after
  a place GeoNames positions.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from .inputs import geonames_cities
from .outputs import fold, haversine_km, to_xyz
from .text_data import read_text

_KANJI_MUNICIPALITY = re.compile(r"^[\u4e00-\u9fff\u3040-\u30ff]+[市町村区]$")
_NEAR_KM = 30.0
PREFER_PLACES = (
    "IT", "IN", "PK", "AU", "NZ", "AT", "CH", "BE", "PL", "SE", "FI", "NO", "PT", "TR", "HU",
    "RO", "SK", "EE", "LT", "LV",
)  # fmt: skip
REPLACE_NON_PLACES = ("IN", "PK", "PT")
#: GeoNames lists organisations with their own postcodes (accuracy 0): 'Commerzbank AG',
#: 'St. Gallen Sonderdienste'.
ORGANISATION_POSTCODES = ("DE", "AT", "CH")


def jp_prefectures() -> dict[str, str]:
    """Romanised prefecture (as admin1.txt spells it) -> kanji."""
    pairs = (line.split() for line in read_text("jp_prefectures.txt").splitlines() if line)
    return {romaji: kanji for romaji, kanji in pairs}


def drop_non_places(cc: str, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """JP: rows that are businesses or building floors, not places."""
    if cc != "JP":
        return rows, 0
    kept = [r for r in rows if r["city"].isascii() and "." not in r["city"]]
    return kept, len(rows) - len(kept)


class KnownPlaces:
    """GeoNames populated places (population >= 500) of one country, by folded name."""

    def __init__(self, cc: str, cache: Path) -> None:
        from scipy.spatial import cKDTree

        self.places = [c for c in geonames_cities(cache, 500).values() if c["countrycode"] == cc]
        self.by_name: dict[str, list[dict[str, Any]]] = {}
        for c in self.places:
            self.by_name.setdefault(fold(c["name"]), []).append(c)
        lat = np.array([c["latitude"] for c in self.places], dtype=np.float64)
        lon = np.array([c["longitude"] for c in self.places], dtype=np.float64)
        self.tree = cKDTree(to_xyz(lat, lon))

    def population_near(self, name: str, lat: float, lon: float) -> int | None:
        """Population of a place called ``name`` within 30 km, or None."""
        found = [
            int(c["population"])
            for c in self.by_name.get(fold(name), [])
            if float(haversine_km(lat, lon, c["latitude"], c["longitude"])) <= _NEAR_KM
        ]
        return max(found) if found else None

    def nearest(self, lat: float, lon: float) -> dict[str, Any]:
        _, i = self.tree.query(to_xyz([lat], [lon])[0])
        return self.places[int(i)]


def rank(known: KnownPlaces | None, name: str, lat: float, lon: float) -> tuple[int, int]:
    """Sort key: known places first, the most populous first; (0, 0) without rules."""
    if known is None:
        return (0, 0)
    population = known.population_near(name, lat, lon)
    return (1, 0) if population is None else (0, -population)


def real_town(
    known: KnownPlaces, cc: str, name: str, lat: float, lon: float, stats: Counter[str]
) -> str:
    """IN, PK: ``name`` if it is a place near the postcode, else the nearest place."""
    if cc not in REPLACE_NON_PLACES or known.population_near(name, lat, lon) is not None:
        return name
    stats["town_replaced_by_nearest_place"] += 1
    return str(known.nearest(lat, lon)["name"])


class JapaneseMunicipalities:
    """Nearest GeoNames city with a kanji municipality name, and prefectures in kanji."""

    def __init__(self, cache: Path) -> None:
        from scipy.spatial import cKDTree

        self.names: list[str] = []
        lat, lon = [], []
        for c in geonames_cities(cache, 500).values():
            if c["countrycode"] != "JP":
                continue
            kanji = sorted(a for a in c.get("alternatenames", []) if _KANJI_MUNICIPALITY.match(a))
            if kanji:
                # a city's current name ends in 市 where it has one (町 names are often older)
                self.names.append(next((k for k in kanji if k.endswith("市")), kanji[0]))
                lat.append(c["latitude"])
                lon.append(c["longitude"])
        self.tree = cKDTree(to_xyz(np.array(lat), np.array(lon)))
        self.prefectures = jp_prefectures()

    def municipality(self, lat: float, lon: float) -> str:
        _, i = self.tree.query(to_xyz([lat], [lon])[0])
        return self.names[int(i)]
