"""Step `phones`: mobile and fixed-line templates per region (`phones.json`), GB area codes
and Ofcom drama numbers (`phones_safe.json`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .config import NOTES, REGIONS, SEED, log
from .layouts import check_layouts, split_by_layout
from .outputs import write_json
from .templates import (
    DIGITS,
    Template,
    expand_pattern,
    t_card,
    t_disjoint,
    t_from_display,
    t_json,
    t_restrict_prefix,
    t_sample,
    t_subtract_all,
)

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


def extra_regions() -> list[str]:
    """Countries of Faker's other locales: their numbering plans ship too, so that phones of
    any locale are valid, of the asked type and formatted (places and words stay Faker's)."""
    import faker.config
    import phonenumbers

    codes = {loc.split("_")[1] for loc in faker.config.AVAILABLE_LOCALES if "_" in loc}
    return sorted((codes & set(phonenumbers.SUPPORTED_REGIONS)) - set(REGIONS))


_WEIGHTED_FIXED: dict[str, tuple[Template, ...]] = {}


def weighted_fixed(region: str) -> tuple[Template, ...]:
    """The fixed-line templates ``phones.json`` ships for ``region`` (before layout splits)."""
    if region not in _WEIGHTED_FIXED:
        templates, _, _ = weigh_templates(region, "fixed", region_phone_templates(region).fixed)
        _WEIGHTED_FIXED[region] = tuple(templates)
    return _WEIGHTED_FIXED[region]


def with_layouts(
    cc: int, ts: list[Template], ws: list[float], label: str, checks: int = 500
) -> list[dict[str, Any]]:
    """Templates as JSON entries with their national and international layouts (split so
    that each has one; see layouts.py), checked against libphonenumber's formatting."""
    rng = np.random.default_rng(SEED + 10)
    entries = [
        {**t_json(t, round(w, 12)), **layouts}
        for t, w, layouts in split_by_layout(cc, ts, ws, rng, label)
    ]
    check_layouts(cc, entries, checks, SEED + 11)
    return entries


def _add_kind(entry: dict[str, Any], ps: PhoneSet, kind: str, rng: Any) -> dict[str, Any]:
    """``entry[kind]``: the weighted, validated templates of one type with their layouts."""
    import phonenumbers

    wt, ww, winfo = weigh_templates(ps.region, kind, ps.mobile if kind == "mobile" else ps.fixed)
    validate_templates(ps, kind, wt, ww, 2000, rng)
    entry[kind] = with_layouts(ps.country_code, wt, ww, f"{ps.region} {kind}")
    winfo["templates_by_layout"] = len(entry[kind])
    winfo["accepted_types"] = sorted(
        phonenumbers.PhoneNumberType.to_string(x)
        for x in (ps.accept_mobile if kind == "mobile" else ps.accept_fixed)
    )
    log(
        f"phones {ps.region} {kind}: {winfo['templates']} templates, "
        f"capacity {winfo['capacity']:.3g}, lengths {winfo['length_share']}"
    )
    return winfo


def build_phones(out: Path, cache: Path) -> None:
    import phonenumbers

    rng = np.random.default_rng(SEED)
    result: dict[str, Any] = {}
    info: dict[str, Any] = {}
    gb_fixed_all: list[Template] = []
    for region in (*REGIONS, *extra_regions()):
        try:
            ps = region_phone_templates(region)
        except (RuntimeError, AssertionError) as problem:
            log(f"phones {region}: skipped ({problem})")
            continue
        entry: dict[str, Any] = {"country_code": ps.country_code}
        if region not in REGIONS and not (ps.mobile and ps.fixed):
            log(f"phones {region}: skipped (no mobile or no fixed-line templates)")
            continue
        try:
            info[region] = {kind: _add_kind(entry, ps, kind, rng) for kind in ("mobile", "fixed")}
        except SystemExit as problem:  # an extra region whose plan cannot be expanded exactly
            if region in REGIONS:
                raise
            log(f"phones {region}: skipped ({problem})")
            continue
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
                by_area[a] = with_layouts(44, ts, ws, f"GB area {a}", checks=40)
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
        (layouts,) = [x for _, _, x in split_by_layout(44, [t], [1.0], rng, rng_text)]
        item = {
            "weight": 1.0,
            "positions": list(t),
            **layouts,
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
