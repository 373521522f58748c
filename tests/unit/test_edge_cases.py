"""Edge cases a code review found: each once produced wrong data or a raw error."""

from __future__ import annotations

from typing import Any

import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.spec import AddressField, Dataset, IntegerField, Table


def _column(field: dict[str, Any], rows: int, locale: str = "en_GB") -> list[Any]:
    spec = {"seed": 0, "locale": locale, "tables": {"t": {"rows": rows, "fields": {"x": field}}}}
    values: list[Any] = lookalike.generate(spec).column("x").to_pylist()
    return values


@pytest.mark.parametrize(
    ("field", "rows", "locale"),
    [
        ({"kind": "internet", "attribute": "ipv4", "mode": "safe", "unique": True}, 768, "en_GB"),
        ({"kind": "internet", "attribute": "mac", "unique": True}, 5_000, "en_GB"),
        ({"kind": "internet", "attribute": "username", "unique": True}, 5_000, "ko_KR"),
        ({"kind": "internet", "attribute": "username", "unique": True}, 5_000, "zh_CN"),
    ],
)
def test_unique_internet_values_never_repeat(field: dict[str, Any], rows: int, locale: str) -> None:
    values = _column(field, rows, locale)
    assert len(set(values)) == rows


def test_safe_ipv4_space_is_sized_honestly() -> None:
    field = {"kind": "internet", "attribute": "ipv4", "mode": "safe", "unique": True}
    with pytest.raises(SpecError, match="unique space is 768"):
        _column(field, 769)


def test_safe_macs_are_locally_administered_unicast() -> None:
    # Valid MACs carry a real OUI (tests/unit/kinds/test_network.py); safe ones none.
    for mac in _column({"kind": "internet", "attribute": "mac", "mode": "safe"}, 1_000):
        assert int(mac[:2], 16) & 0b11 == 0b10


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ({"kind": "choice", "values": ["a", "a"], "unique": True}, "values repeat"),
        ({"kind": "choice", "values": [1, "1"], "unique": True}, "values repeat"),
        ({"kind": "sequence", "start": 2**62, "step": 2**62}, "beyond 64-bit"),
        ({"kind": "float", "distribution": "exponential", "mean": -1}, "exponential needs mean"),
        ({"kind": "integer", "min_value": -100, "max_value": 100, "distribution": "lognormal"},
         "lognormal needs a positive median"),
    ],
)  # fmt: skip
def test_plan_refuses_what_would_go_wrong(field: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        lookalike.resolve({"tables": {"t": {"rows": 3, "fields": {"x": field}}}})


def test_unquoted_yaml_times_are_refused() -> None:
    with pytest.raises(SpecError, match="in quotes"):
        lookalike.parse_spec("tables: {t: {fields: {x: {kind: time, min_value: 12:30}}}}")


def test_aggregates_and_unique_derived_fields_are_refused() -> None:
    base = {"q": {"kind": "integer"}}
    with pytest.raises(SpecError, match="combines rows"):
        lookalike.resolve({"tables": {"t": {"fields": {
            **base, "s": {"kind": "derived", "expr": "sum(q)"}}}}})  # fmt: skip
    with pytest.raises(SpecError, match="cannot be unique"):
        lookalike.resolve({"tables": {"t": {"fields": {
            **base, "s": {"kind": "derived", "expr": "q", "unique": True}}}}})  # fmt: skip


def test_string_functions_work_on_choice_columns() -> None:
    spec = {"seed": 1, "tables": {"t": {"rows": 10, "fields": {
        "c": {"kind": "choice", "values": ["ab", "cd"]},
        "u": {"kind": "derived", "expr": "UPPER(c)"}}}}}  # fmt: skip
    rows = lookalike.generate(spec).to_pylist()
    assert all(r["u"] == r["c"].upper() for r in rows)


def test_seed_out_of_range_is_a_spec_error() -> None:
    with pytest.raises(SpecError, match="seed must be between"):
        lookalike.resolve("examples/base-types.yaml", seed=-1)


def test_locale_override_works_on_specs_built_in_python() -> None:
    country = AddressField(attribute="country")
    spec = Dataset(tables={"t": Table(rows=2, fields={"a": IntegerField(), "c": country})})
    assert spec.locale == "en_US"
    uk = lookalike.generate(spec, locale="en_GB", seed=1).column("c").to_pylist()
    german = lookalike.generate(spec, locale="de_DE", seed=1).column("c").to_pylist()
    assert uk == ["United Kingdom"] * 2
    assert german == ["Deutschland"] * 2


def test_coordinates_come_from_real_places_or_the_locale_is_refused() -> None:
    # pl_PL has real places (GeoNames postal codes): its latitudes lie in Poland.
    latitudes = _column({"kind": "address", "attribute": "latitude"}, 5, "pl_PL")
    assert all(49.0 <= value <= 54.9 for value in latitudes)
    # A locale without real places is refused rather than given empty coordinates.
    with pytest.raises(SpecError, match="no real places"):
        _column({"kind": "address", "attribute": "latitude"}, 5, "hr_HR")
