"""Shipped name pools: as varied as Mimesis's, common names common, and emails spelled in
each country's romanisation (passport Hepburn for Japanese, pinyin for Chinese)."""

from __future__ import annotations

import importlib.resources
from collections import Counter
from typing import Any

import pyarrow.parquet as pq
import pytest
from anyascii import anyascii

import lookalike
from lookalike.locales import FLAGSHIP
from lookalike.locales.data import name_pool

#: Distinct full names in 100,000 rows that each flagship locale must reach: Mimesis 22.2.0's
#: own count (benchmarks/bench_locale_oracles.py, 2026-12-08) where lookalike reaches it.
#: Mimesis draws every name of its lists equally often; where real frequencies cannot reach
#: that (the commonest first names and surnames of Britain, the US and Italy repeat), the
#: floor is lookalike's measured figure less 1%, and the Mimesis figure is in the comment.
DISTINCT_FLOOR = {
    "en_GB": 86_400,  # Mimesis 98,288: John and Smith are common (Smith 1.2% of people)
    "en_US": 92_900,  # Mimesis 98,284: US Census 2010 and SSA frequencies
    "de_DE": 83_558,
    "fr_FR": 97_511,
    "es_ES": 45_795,
    "it_IT": 96_600,  # Mimesis 98,909 from English first names; 185/273 Italian ones here
    "nl_NL": 99_445,
    "pt_BR": 98_964,
    "en_IN": 83_500,  # no Mimesis locale
    "ur_PK": 60_900,  # no Mimesis locale
    "ja_JP": 90_722,
    "zh_CN": 90_881,
}


def _rows(locale: str, rows: int, **fields: dict[str, Any]) -> list[dict[str, Any]]:
    spec = {"seed": 3, "locale": locale, "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": rows, "fields": fields}}}  # fmt: skip
    found: list[dict[str, Any]] = lookalike.generate(spec).to_pylist()
    return found


def _people(locale: str, rows: int, **fields: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows with the person's first and last name beside ``fields``."""
    return _rows(
        locale, rows, first={"kind": "person", "attribute": "first_name"},
        last={"kind": "person", "attribute": "last_name"}, **fields,
    )  # fmt: skip


def _shipped(locale: str) -> list[dict[str, Any]]:
    path = importlib.resources.files("lookalike") / "data" / "locales" / "names.parquet"
    with importlib.resources.as_file(path) as file:
        rows: list[dict[str, Any]] = pq.read_table(file).to_pylist()
    return [r for r in rows if r["locale"] == locale]


def test_every_flagship_locale_has_a_floor() -> None:
    assert set(DISTINCT_FLOOR) == set(FLAGSHIP)


@pytest.mark.parametrize("locale", list(DISTINCT_FLOOR))
def test_distinct_full_names_per_100k_rows(locale: str) -> None:
    names = [r["n"] for r in _rows(locale, 100_000, n={"kind": "person", "attribute": "full_name"})]
    assert len(set(names)) >= DISTINCT_FLOOR[locale]


@pytest.mark.parametrize(
    ("locale", "commonest"),
    [("ja_JP", {"佐藤", "鈴木", "高橋", "田中"}), ("zh_CN", {"王", "李", "张", "刘"}),
     ("en_GB", {"Smith", "Jones", "Williams", "Taylor", "Brown"})],
)  # fmt: skip
def test_the_commonest_surnames_lead(locale: str, commonest: set[str]) -> None:
    last = Counter(
        r["n"] for r in _rows(locale, 20_000, n={"kind": "person", "attribute": "last_name"})
    )
    top = [name for name, _ in last.most_common(4)]
    assert len(set(top) & commonest) >= 3, top
    # Common, not dominant: the commonest surname is a few percent at most.
    assert last.most_common(1)[0][1] / 20_000 < 0.09


@pytest.mark.parametrize("locale", ["ja_JP", "zh_CN"])
def test_family_name_first_without_a_space(locale: str) -> None:
    rows = _people(locale, 2_000, full={"kind": "person", "attribute": "full_name"})
    assert all(r["full"] == r["last"] + r["first"] for r in rows)
    families = {r["name"] for r in _shipped(locale) if r["kind"] == "last"}
    assert all(r["last"] in families for r in rows)


@pytest.mark.parametrize("locale", ["ja_JP", "zh_CN"])
def test_emails_spell_the_names_reading(locale: str) -> None:
    rows = _people(locale, 3_000, email={"kind": "internet", "attribute": "email"})
    reading = {(r["kind"] == "last", r["name"]): r["latin"] for r in _shipped(locale)}
    for row in rows:
        local = row["email"].split("@")[0]
        assert local.isascii()
        given = reading.get((False, row["first"]))
        family = reading[(True, row["last"])]
        assert given is not None, row
        assert given in local, (row, given)
        assert family in local, (row, family)


def test_japanese_readings_are_passport_hepburn() -> None:
    """Faker's ja_JP pairs are an independent spelling of its names: the shipped readings
    agree with every one, and a few well-known names read as on a passport."""
    from faker.providers.person.ja_JP import Provider

    shipped = {(r["kind"], r["name"]): r["latin"] for r in _shipped("ja_JP")}
    pairs = [("last", p) for p in Provider.last_name_pairs] + [
        ("first_female", p) for p in Provider.first_name_female_pairs
    ] + [("first_male", p) for p in Provider.first_name_male_pairs]  # fmt: skip
    for kind, (written, _kana, romaji) in pairs:
        assert shipped[(kind, written)] == romaji.lower(), written
    assert shipped[("last", "伊藤")] == "ito"  # long vowel dropped
    assert shipped[("last", "井上")] == "inoue"  # two vowels, not a long one
    assert shipped[("last", "本間")] == "homma"  # n before m


def test_chinese_readings_are_pinyin() -> None:
    """anyascii spells each character by its commonest Mandarin reading: it agrees with
    nearly every shipped reading, and the surnames read otherwise are read as names."""
    rows = _shipped("zh_CN")
    agree = sum(anyascii(r["name"]).lower() == r["latin"] for r in rows)
    assert agree / len(rows) > 0.99
    surnames = {r["name"]: r["latin"] for r in rows if r["kind"] == "last"}
    assert surnames["王"] == "wang"
    assert surnames["单"] == "shan"
    assert surnames["曾"] == "zeng"


def test_pools_keep_their_readings_as_slugs() -> None:
    pool = name_pool("ja_JP", "last")
    slugs = dict(zip(pool.values.to_pylist(), pool.slugs.to_pylist(), strict=True))
    assert slugs["佐藤"] == "sato"
    assert slugs["鈴木"] == "suzuki"
    pool = name_pool("zh_CN", "last")
    slugs = dict(zip(pool.values.to_pylist(), pool.slugs.to_pylist(), strict=True))
    assert slugs["吕"] == "lyu"
    assert slugs["张"] == "zhang"
