"""Self-check: load every written file and assert the schema, the contract and invariants."""

# ruff: noqa: PT018  (build-time checks, not pytest: compound assertions read as one rule)

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from .config import (
    BANK_COUNTRIES,
    CITY_COUNTRIES,
    GB_TOWN_MAX_KM,
    GB_TOWN_MIN_POP,
    IBAN_COUNTRIES,
    LOCALES,
    MAX_TOTAL_BYTES,
    POSTAL_COUNTRIES,
    POSTAL_LOCALES,
    REGIONS,
    SEED,
    STATE_FROM_POSTAL,
    log,
)
from .gb import UK_POSTCODE_RE, load_onspd_live
from .outputs import haversine_km
from .phone_areas import read_areas
from .phones import validate_numbers
from .place_rules import jp_prefectures
from .templates import DIGITS, t_sample
from .us import US_STATES_AND_DC

SCHEMAS: dict[str, dict[str, pa.DataType]] = {
    "gb_postcodes.parquet": {
        "postcode": pa.string(), "town": pa.string(), "district": pa.string(),
        "county": pa.string(), "region": pa.string(), "latitude": pa.float32(),
        "longitude": pa.float32(),
    },
    "gb_towns.parquet": {
        "town": pa.string(), "county": pa.string(), "latitude": pa.float32(),
        "longitude": pa.float32(), "population": pa.int64(), "dial_code": pa.string(),
    },
    "us_zips.parquet": {
        "zip": pa.string(), "city": pa.string(), "state": pa.string(), "state_code": pa.string(),
        "county": pa.string(), "latitude": pa.float32(), "longitude": pa.float32(),
        "population": pa.int64(), "area_code": pa.string(),
    },
    "cities.parquet": {
        "country": pa.string(), "city": pa.string(), "admin1": pa.string(),
        "latitude": pa.float32(), "longitude": pa.float32(), "population": pa.int64(),
    },
    "postal_codes.parquet": {
        "country": pa.string(), "postal_code": pa.string(), "city": pa.string(),
        "admin1": pa.string(), "latitude": pa.float32(), "longitude": pa.float32(),
        "area_code": pa.string(),
    },
    "names.parquet": {
        "locale": pa.string(), "kind": pa.string(), "name": pa.string(), "weight": pa.float64(),
        "latin": pa.string(),
    },
    "banks.parquet": {
        "country": pa.string(), "bank_code": pa.string(), "bic": pa.string(),
        "name": pa.string(),
    },
}  # fmt: skip
#: Columns that may hold nulls (a name's Latin spelling, only for names in other scripts).
NULLABLE = frozenset({"latin"})
JSON_FILES = (
    "us_area_codes.json", "streets.json", "phones.json", "phones_safe.json",
    "iban_formats.json", "companies.json",
)  # fmt: skip
POSTAL_FORMATS = {
    "DE": r"\d{5}", "FR": r"\d{5}", "ES": r"\d{5}", "IT": r"\d{5}", "NL": r"\d{4}",
    "BR": r"\d{5}-\d{3}", "IN": r"\d{6}", "PK": r"\d{5}", "JP": r"\d{3}-\d{4}", "CN": r"\d{6}",
    "AU": r"\d{4}", "NZ": r"\d{4}", "AT": r"\d{4}", "CH": r"\d{4}", "BE": r"\d{4}",
    "PL": r"\d{2}-\d{3}", "SE": r"\d{3} \d{2}", "FI": r"\d{5}", "NO": r"\d{4}",
    "LV": r"LV-\d{4}", "PT": r"\d{4}-\d{3}", "TR": r"\d{5}", "HU": r"\d{4}",
    "RO": r"\d{6}", "SK": r"\d{3} \d{2}", "EE": r"\d{5}", "LT": r"\d{5}",
}  # fmt: skip


def _load(out: Path, name: str) -> dict[str, list[Any]]:
    t = pq.read_table(out / name)
    want = SCHEMAS[name]
    got = {f.name: f.type for f in t.schema}
    assert got == want, f"{name}: schema {got} != {want}"
    for col in t.column_names:
        if col not in NULLABLE:
            assert t[col].null_count == 0, f"{name}.{col} has nulls"
    d = t.to_pydict()
    for col, typ in want.items():
        if typ == pa.string():
            values = [v for v in d[col] if v is not None]
            assert all(v.strip() == v and v for v in values), f"{name}.{col}: empty/padded"
    return d


def check_phone_areas(
    out: Path, us: dict[str, list[Any]], po: dict[str, list[Any]], rng: Any
) -> dict[str, int]:
    """Every place's area has templates; numbers drawn from them are valid landlines of
    that area, and their layouts are libphonenumber's formatting."""
    import phonenumbers

    from .layouts import check_layouts

    by_region = read_areas(out / "phone_areas.parquet")
    used = {("US", a) for a in us["area_code"]} | set(
        zip(po["country"], po["area_code"], strict=True)
    )
    missing = [u for u in used if u[1] not in by_region.get(u[0], {})]
    assert not missing, f"places with an area code without templates: {missing[:5]}"
    fixed = {
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }
    counts = {}
    for region, areas in sorted(by_region.items()):
        cc = phonenumbers.country_code_for_region(region)
        numbers = []
        for area, entries in sorted(areas.items()):
            ts = [tuple(e["positions"]) for e in entries]
            for nsn in t_sample(ts, [e["weight"] for e in entries], 3, rng):
                assert nsn.startswith(area), f"{region} area {area}: {nsn}"
                numbers.append(nsn)
            check_layouts(cc, entries, 2, SEED + 12)
        validate_numbers(region, cc, numbers, fixed, f"check {region} phone areas")
        counts[region] = len(areas)
    return counts


def self_check(out: Path, cache: Path) -> dict[str, Any]:
    """Load every file and assert the contract, step by step; log and return the figures."""
    rng = np.random.default_rng(SEED + 99)
    jsons = {n: json.loads((out / n).read_text(encoding="utf-8")) for n in JSON_FILES}
    admin = _admin_names(out)
    report: dict[str, Any] = {}
    report["gb"], towns = check_gb(out, cache, jsons["phones.json"])
    report["us"], us = check_us(out, jsons, rng)
    report["cities"], report["postal_codes"], postal = check_places(out, admin)
    report["names"] = check_names(out)
    check_words(jsons)
    report["phones"] = check_phones(jsons, towns, rng)
    report["phone_areas"] = check_phone_areas(out, us, postal, rng)
    report["banks"] = check_banks(out, jsons)
    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    assert total < MAX_TOTAL_BYTES, f"data folder is {total / 1e6:.1f} MB"
    report["total_bytes"] = total
    log(f"self-check passed: {json.dumps(report, ensure_ascii=False)}")
    return report


def _admin_names(out: Path) -> dict[str, set[str]]:
    """admin1.csv as country -> admin1 names (and its own invariants)."""
    admin: dict[str, set[str]] = defaultdict(set)
    with (out / "admin1.csv").open(encoding="utf-8") as fp:
        rows = list(csv.reader(fp))
    assert rows[0] == ["country", "code", "name"]
    assert len({(r[0], r[1]) for r in rows[1:]}) == len(rows) - 1
    for cc, _code, name in rows[1:]:
        admin[cc].add(name)
    return admin


def check_gb(
    out: Path, cache: Path, phones: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """GB postcodes (format, ONSPD, distance to their town) and towns with dial codes."""
    pc = _load(out, "gb_postcodes.parquet")
    tw = _load(out, "gb_towns.parquet")
    n = len(pc["postcode"])
    assert 250_000 <= n <= 350_000, n
    assert all(UK_POSTCODE_RE.match(p) for p in pc["postcode"]), "bad GB postcode"
    assert len(set(pc["postcode"])) == n and pc["postcode"] == sorted(pc["postcode"])
    assert set(pc["region"]) <= {"England", "Scotland", "Wales"}
    assert len(set(tw["town"])) == len(tw["town"]), "GB town names not unique"
    tpos = {
        t: (la, lo) for t, la, lo in zip(tw["town"], tw["latitude"], tw["longitude"], strict=True)
    }
    assert set(pc["town"]) == set(tw["town"]), "towns in postcodes != gb_towns"
    tl = np.array([tpos[t] for t in pc["town"]], dtype=np.float64)
    km = haversine_km(np.array(pc["latitude"], dtype=np.float64),
                      np.array(pc["longitude"], dtype=np.float64), tl[:, 0], tl[:, 1])  # fmt: skip
    assert km.max() <= GB_TOWN_MAX_KM + 0.05, f"postcode {km.max():.1f} km from its town"
    assert min(pc["latitude"]) > 49.8 and max(pc["latitude"]) < 60.9
    assert min(pc["longitude"]) > -8.7 and max(pc["longitude"]) < 1.8
    assert min(tw["population"]) >= GB_TOWN_MIN_POP
    by_area = phones["GB"]["fixed_by_area"]
    for dc in tw["dial_code"]:
        assert re.fullmatch(r"0\d{2,5}", dc) and dc[1:] in by_area, f"dial code {dc}"
    onspd_checked = False
    if any(p.name.startswith("uk_postcodes_parsing-") for p in cache.glob("*.whl")):
        live = load_onspd_live(cache)
        missing = [p for p in pc["postcode"] if p not in live]
        assert not missing, f"{len(missing)} GB postcodes not in ONSPD, e.g. {missing[:3]}"
        onspd_checked = True
    report = {
        "postcodes": n,
        "districts": len(set(pc["district"])),
        "towns": len(tw["town"]),
        "max_km_to_town": round(float(km.max()), 2),
        "onspd_checked": onspd_checked,
    }
    return report, tw


def check_us(
    out: Path, jsons: dict[str, Any], rng: Any
) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """US ZIPs and the state area codes (numbers of each valid)."""
    import phonenumbers

    us = _load(out, "us_zips.parquet")
    assert all(re.fullmatch(r"\d{5}", z) for z in us["zip"])
    assert len(set(us["zip"])) == len(us["zip"])
    assert set(us["state_code"]) == set(US_STATES_AND_DC)
    assert min(us["population"]) >= 0
    ac = jsons["us_area_codes.json"]
    assert set(ac) == set(US_STATES_AND_DC), "us_area_codes states"
    fol = {phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    nums = []
    for st in sorted(ac):
        for npa in ac[st]:
            assert re.fullmatch(r"[2-9]\d\d", npa)
            for _ in range(3):
                nums.append(
                    npa + str(rng.integers(2, 10)) + "".join(map(str, rng.integers(0, 10, 6)))
                )
    validate_numbers("US", 1, nums, fol, "check us_area_codes")
    return {"zips": len(us["zip"]), "area_codes": sum(len(v) for v in ac.values())}, us


def check_places(
    out: Path, admin: dict[str, set[str]]
) -> tuple[int, dict[str, int], dict[str, list[Any]]]:
    """Cities and postal codes: formats, admin1 names, no duplicates or CEDEX."""
    ci = _load(out, "cities.parquet")
    assert set(ci["country"]) == set(CITY_COUNTRIES)
    assert all(a in admin[c] for c, a in zip(ci["country"], ci["admin1"], strict=True))
    assert min(ci["population"]) >= 5000
    po = _load(out, "postal_codes.parquet")
    jp_kanji = set(jp_prefectures().values())
    assert set(po["country"]) == set(POSTAL_COUNTRIES)
    keys = list(zip(po["country"], po["postal_code"], strict=True))
    assert len(set(keys)) == len(keys), "duplicate postal codes"
    for c, p, a in zip(po["country"], po["postal_code"], po["admin1"], strict=True):
        assert re.fullmatch(POSTAL_FORMATS[c], p), f"{c} postal code {p!r}"
        assert (
            a in admin[c] or (c == "JP" and a in jp_kanji) or c in STATE_FROM_POSTAL
        ), f"{c} admin1 {a!r}"
    assert not any("CEDEX" in x.upper() for x in po["city"])
    return len(ci["city"]), dict(sorted(Counter(po["country"]).items())), po


def check_names(out: Path) -> dict[str, int]:
    """Every locale has the three name lists, positive weights, no duplicates."""
    nm = _load(out, "names.parquet")
    combos = Counter(zip(nm["locale"], nm["kind"], strict=True))
    for loc in LOCALES:
        for kind in ("first_male", "first_female", "last"):
            assert combos[(loc, kind)] > 0, f"names {loc} {kind} missing"
    assert set(nm["kind"]) == {"first_male", "first_female", "last"}
    assert min(nm["weight"]) > 0
    assert len(set(zip(nm["locale"], nm["kind"], nm["name"], strict=True))) == len(nm["name"])
    for loc, name, latin in zip(nm["locale"], nm["name"], nm["latin"], strict=True):
        if loc in ("ja_JP", "zh_CN"):  # emails are spelled from these readings
            assert latin and latin.isascii() and latin.isalpha(), f"{loc} {name}: {latin!r}"
    return {f"{a}/{b}": v for (a, b), v in sorted(combos.items())}


def check_words(jsons: dict[str, Any]) -> None:
    """Street formats and sizes; company vocabulary sizes."""
    st = jsons["streets.json"]
    assert set(st) == set(LOCALES) | set(POSTAL_LOCALES)
    for loc, v in st.items():
        assert v["format"] in ("{name} {type}", "{type} {name}", "{name}{type}"), loc
        assert 10 <= len(v["types"]) <= 30 and 20 <= len(v["common"]) <= 50, loc
        assert all(w > 0 for _, w in v["types"] + v["common"]), loc
    co = jsons["companies.json"]
    assert set(co["suffixes"]) == set(LOCALES)
    assert len(co["industries"]) >= 180
    assert all(len(i["sub_industries"]) >= 4 for i in co["industries"])
    assert len(co["job_titles"]) >= 140 and len(co["name_words"]) >= 100


def check_phones(jsons: dict[str, Any], towns: dict[str, list[Any]], rng: Any) -> str:
    """2,000 numbers per region and type valid and of that type; GB area templates."""
    import phonenumbers

    phones = jsons["phones.json"]
    fol = {phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    assert set(phones) >= set(REGIONS)
    for region, entry in phones.items():
        md = phonenumbers.PhoneMetadata.metadata_for_region(region)
        assert entry["country_code"] == md.country_code
        for kind in ("mobile", "fixed"):
            ts = [tuple(t["positions"]) for t in entry[kind]]
            ws = [t["weight"] for t in entry[kind]]
            assert all(all(set(s) <= set(DIGITS) and s for s in t) for t in ts)
            if md.same_mobile_and_fixed_line_pattern:
                acc = fol
            elif kind == "mobile":
                acc = {phonenumbers.PhoneNumberType.MOBILE}
            else:
                acc = {phonenumbers.PhoneNumberType.FIXED_LINE}
            validate_numbers(region, md.country_code, t_sample(ts, ws, 2000, rng), acc,
                             f"check {region} {kind}")  # fmt: skip
    by_area = phones["GB"]["fixed_by_area"]
    area_nums = []
    for area in sorted(set(d[1:] for d in towns["dial_code"])):
        ts = [tuple(t["positions"]) for t in by_area[area]]
        for nsn in t_sample(ts, [t["weight"] for t in by_area[area]], 5, rng):
            assert nsn.startswith(area)
            area_nums.append(nsn)
    fixed = {phonenumbers.PhoneNumberType.FIXED_LINE}
    validate_numbers("GB", 44, area_nums, fixed, "check GB fixed_by_area")
    safe = jsons["phones_safe.json"]["GB"]
    assert "07700 900xxx" in safe["invalid_per_phonenumbers"]
    return "2,000 numbers per region and type valid"


def check_banks(out: Path, jsons: dict[str, Any]) -> dict[str, int]:
    """Banks: BIC shapes, no duplicates, bank codes of the IBAN layout's length."""
    bk = _load(out, "banks.parquet")
    assert set(bk["country"]) <= set(BANK_COUNTRIES)
    assert all(re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", b) for b in bk["bic"])
    assert len(set(zip(bk["country"], bk["bank_code"], bk["bic"], strict=True))) == len(bk["bic"])
    fm = jsons["iban_formats.json"]
    assert set(fm) == set(IBAN_COUNTRIES)
    for c, code in zip(bk["country"], bk["bank_code"], strict=True):
        assert len(code) == fm[c]["bank_code_length"]
    return dict(sorted(Counter(bk["country"]).items()))
