"""The person kind: coherent names, genders, titles, birth dates and ages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import lookalike
from lookalike.errors import SpecError

REFERENCE = "2026-01-01T00:00:00Z"


def _people(locale: str, rows: int = 20_000, **fields: dict[str, Any]) -> list[dict[str, Any]]:
    base = {
        "first": {"kind": "person", "attribute": "first_name"},
        "last": {"kind": "person", "attribute": "last_name"},
        "full": {"kind": "person", "attribute": "full_name"},
        "gender": {"kind": "person", "attribute": "gender"},
        "title": {"kind": "person", "attribute": "title"},
        "dob": {"kind": "person", "attribute": "date_of_birth"},
        "age": {"kind": "person", "attribute": "age"},
    }
    spec = {"seed": 7, "locale": locale, "reference_time": REFERENCE,
            "tables": {"p": {"rows": rows, "fields": {**base, **fields}}}}  # fmt: skip
    rows_out: list[dict[str, Any]] = lookalike.generate(spec).to_pylist()
    return rows_out


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "de_DE", "ja_JP", "pl_PL"])
def test_fields_of_one_person_agree(locale: str) -> None:
    reference = dt.date(2026, 1, 1)
    for row in _people(locale, rows=5_000):
        if locale == "ja_JP":
            assert row["full"] == row["last"] + row["first"]
        else:
            assert row["full"] == f"{row['first']} {row['last']}"
        born: dt.date = row["dob"]
        had_birthday = (reference.month, reference.day) >= (born.month, born.day)
        assert row["age"] == reference.year - born.year - (0 if had_birthday else 1)
        assert 18 <= row["age"] <= 90
        assert row["gender"] in {"Female", "Male"}


def test_titles_follow_gender_in_english() -> None:
    for row in _people("en_GB", rows=5_000):
        if row["gender"] == "Male":
            assert row["title"] in {"Mr", "Dr"}
        else:
            assert row["title"] in {"Mrs", "Ms", "Miss", "Dr"}


def test_name_pools_are_far_larger_than_fakers() -> None:
    rows = _people("en_GB", rows=100_000)
    assert len({r["first"] for r in rows}) > 400  # Faker en_GB has 364 first names
    assert len({r["last"] for r in rows}) > 500


def test_adding_a_field_changes_no_other_column() -> None:
    before = _people("en_GB", rows=1_000)
    after = _people("en_GB", rows=1_000, middle={"kind": "person", "attribute": "middle_name"})
    assert [{k: r[k] for k in before[0]} for r in after] == before


def test_gender_and_age_options() -> None:
    spec = {"seed": 1, "locale": "en_US", "reference_time": REFERENCE, "tables": {"p": {
        "rows": 2_000, "fields": {
            "g": {"kind": "person", "attribute": "gender", "gender": "female",
                  "min_age": 30, "max_age": 40},
            "a": {"kind": "person", "attribute": "age", "gender": "female",
                  "min_age": 30, "max_age": 40}}}}}  # fmt: skip
    rows = lookalike.generate(spec).to_pylist()
    assert {r["g"] for r in rows} == {"Female"}
    assert min(r["a"] for r in rows) >= 30
    assert max(r["a"] for r in rows) <= 40


def test_group_options_must_agree() -> None:
    spec = {"tables": {"p": {"fields": {
        "a": {"kind": "person", "attribute": "age", "min_age": 20},
        "b": {"kind": "person", "attribute": "first_name", "min_age": 30}}}}}  # fmt: skip
    with pytest.raises(SpecError, match="disagree"):
        lookalike.resolve(spec)


def test_person_fields_other_than_full_name_cannot_be_unique() -> None:
    spec = {"tables": {"p": {"fields": {"a": {"kind": "person", "attribute": "first_name",
                                              "unique": True}}}}}  # fmt: skip
    with pytest.raises(SpecError, match="first_name cannot be unique"):
        lookalike.resolve(spec)


def test_unknown_locale_names_the_field() -> None:
    spec = {"tables": {"p": {"fields": {"a": {"kind": "person", "locale": "xx_YY"}}}}}
    with pytest.raises(SpecError, match=r"tables\.p\.fields\.a\.locale: unknown locale"):
        lookalike.resolve(spec)


def test_unique_full_names_are_distinct_pairs_that_the_group_shares() -> None:
    import re

    import pyarrow.compute as pc

    spec = {"seed": 4, "locale": "en_GB", "tables": {"p": {"rows": 200_000, "fields": {
        "name": {"kind": "person", "attribute": "full_name", "unique": True},
        "first": {"kind": "person", "attribute": "first_name"},
        "last": {"kind": "person", "attribute": "last_name"},
        "gender": {"kind": "person", "attribute": "gender"},
        "email": {"kind": "internet", "attribute": "email", "style": "first.last.N",
                  "unique": True, "domain": "example.com"}}}}}  # fmt: skip
    rows = lookalike.generate(spec)
    assert len(pc.unique(rows.column("name"))) == rows.num_rows
    sample = rows.slice(0, 2000).to_pylist()
    for row in sample:
        assert row["name"] == f"{row['first']} {row['last']}"
        assert re.fullmatch(r"[a-z'-]+\.[a-z'-]+\.\d+@example\.com", row["email"]), row["email"]
    # Gender follows the first name: nobody is drawn a name of the other pool alone.
    by_name: dict[str, set[str]] = {}
    for row in sample:
        by_name.setdefault(row["first"], set()).add(row["gender"])
    assert sum(len(g) > 1 for g in by_name.values()) <= len(by_name) * 0.02


def test_distinct_names_on_first_and_last_name_fields() -> None:
    spec = {"seed": 2, "locale": "de_DE", "tables": {"p": {"rows": 50_000, "fields": {
        "first": {"kind": "person", "attribute": "first_name", "names": "distinct"},
        "last": {"kind": "person", "attribute": "last_name"}}}}}  # fmt: skip
    rows = lookalike.generate(spec).to_pylist()
    assert len({(r["first"], r["last"]) for r in rows}) == len(rows)


def test_more_rows_than_name_pairs_is_refused_before_generating() -> None:
    spec = {"seed": 1, "locale": "en_GB", "tables": {"p": {"rows": 10**12, "fields": {
        "name": {"kind": "person", "attribute": "full_name", "unique": True}}}}}  # fmt: skip
    with pytest.raises(lookalike.CapacityError, match="name pools hold"):
        lookalike.resolve(spec)
