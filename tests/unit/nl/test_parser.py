"""The offline parser, one feature of issue 17 at a time, with the values it must produce."""

from __future__ import annotations

from typing import Any

import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.nl import describe, parse


def _fields(text: str, table: str | None = None) -> dict[str, Any]:
    tables = parse(text).spec["tables"]
    fields: dict[str, Any] = tables[table or next(iter(tables))]["fields"]
    return fields


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("1000 customers with name", 1000),
        ("10k orders with amount", 10_000),
        ("2.5k users with email", 2500),
        ("1,500 products with price", 1500),
        ("a thousand users with email", 1000),
        ("five hundred users with email", 500),
        ("2 million events with timestamp", 2_000_000),
        ("Customers (300): name, email", 300),
        ("users with email", 1000),
    ],
)
def test_counts(text: str, rows: int) -> None:
    assert next(iter(parse(text).spec["tables"].values()))["rows"] == rows


@pytest.mark.parametrize(
    ("item", "low", "high"),
    [
        ("score between 18-80", 18, 80),
        ("score from 0 to 10,000", 0, 10_000),
        ("score (1-10)", 1, 10),
        ("score between 3 and 9", 3, 9),
        ("temperature -20 to 50 Celsius", -20, 50),
    ],
)
def test_ranges(item: str, low: float, high: float) -> None:
    field = next(iter(_fields(f"50 readings with {item}").values()))
    assert (field["min_value"], field["max_value"]) == (low, high)


def test_one_sided_bounds() -> None:
    fields = _fields("100 carts with items at least 3, weight under 50 and price up to $20")
    assert fields["items"]["min_value"] == 3
    assert fields["weight"]["max_value"] == 50  # a float: "under" keeps the bound
    assert fields["price"] == {"kind": "decimal", "min_value": 1, "max_value": 20}


@pytest.mark.parametrize(
    ("item", "low", "high"),
    [
        ("signup date from the last 2 years", "now-2y", "now"),
        ("signup date in the past 90 days", "now-90d", "now"),
        ("due date in the next 30 days", "now", "now+30d"),
        ("order date in 2024", "2024-01-01", "2024-12-31"),
        ("order date in March 2024", "2024-03-01", "2024-03-31"),
        ("order date since 2015", "2015-01-01", "now"),
        ("order date between 2020 and 2022", "2020-01-01", "2022-12-31"),
        ("order date from 2023-02-01 to 2023-02-10", "2023-02-01", "2023-02-10"),
    ],
)
def test_dates(item: str, low: str, high: str) -> None:
    field = next(iter(_fields(f"10 orders with {item}").values()))
    assert field["kind"] == "date"
    assert (field["min_value"], field["max_value"]) == (low, high)


def test_values_with_shares_uniqueness_nulls_and_booleans() -> None:
    fields = _fields(
        "200 users with status (active 80%, inactive, suspended), unique email, "
        "10% missing phone, plan: free, pro or team, newsletter (yes/no), vip (5% true)"
    )
    assert fields["status"]["weights"] == [80, 10, 10]
    assert fields["email"]["unique"] is True
    assert fields["phone"]["null_rate"] == 0.1
    assert fields["plan"]["values"] == ["free", "pro", "team"]
    assert fields["newsletter"]["kind"] == "boolean"
    assert fields["vip"] == {"kind": "boolean", "probability": 0.05}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("100 UK customers with name", "en_GB"),
        ("100 German users with name", "de_DE"),
        ("100 users with name, all in France", "fr_FR"),
        ("give us 100 users with name", "en_US"),
        ("100 users with rent between £500 and £900", "en_GB"),
    ],
)
def test_locales(text: str, locale: str) -> None:
    assert parse(text).spec["locale"] == locale


def test_a_field_locale_stays_on_the_field() -> None:
    fields = _fields("100 users with name and phone (US format)")
    assert fields["phone"]["locale"] == "en_US"


def test_distributions() -> None:
    fields = _fields(
        "100 orders with amount from $1 to $5000 mostly small, some very large, "
        "and height normally distributed around 170 sd 8"
    )
    assert fields["amount"]["distribution"] == "lognormal"
    assert 1 < fields["amount"]["mean"] < 5000
    assert fields["height"]["distribution"] == "normal"
    assert (fields["height"]["mean"], fields["height"]["stddev"]) == (170, 8)


def test_relations_with_rows_per_parent() -> None:
    spec = parse(
        "100 customers with name; each customer has 1-5 orders with amount; "
        "every order has line items; reviews belong to customers"
    ).spec["tables"]
    assert spec["orders"]["rows"] == {"per": "customers", "distribution": "uniform", "min": 1,
                                      "max": 5}  # fmt: skip
    assert spec["orders"]["fields"]["customer_id"] == {"kind": "reference", "ref": "customers.id"}
    assert spec["line_items"]["rows"]["per"] == "orders"
    assert spec["reviews"]["fields"]["customer_id"]["ref"] == "customers.id"
    assert spec["customers"]["primary_key"] == ["id"]


def test_per_parent_counts() -> None:
    spec = parse("50 shops with name and about 3 staff per shop").spec["tables"]
    assert spec["staffs"]["rows"] == {"per": "shops", "distribution": "poisson", "mean": 3}


def test_derived_fields() -> None:
    fields = _fields("orders with quantity (1-5), unit price and total = quantity * price")
    assert fields["total"] == {"kind": "derived", "expr": "quantity * unit_price"}
    table = lookalike.generate(describe("5 orders with quantity (1-5), price and total = "
                                        "quantity times price, seed 3"))  # fmt: skip
    for q, p, t in zip(*(table.column(c).to_pylist() for c in ("quantity", "price", "total")),
                       strict=True):  # fmt: skip
        assert t == q * p


def test_unknown_phrases_are_reported_with_their_position() -> None:
    text = "100 users with email, shoe gravity and age between 18 and 80 every 5 minutes"
    result = parse(text)
    found = {p.text: p.start for p in result.not_understood}
    assert found == {"shoe gravity": text.index("shoe"), "every 5 minutes": text.index("every")}
    assert result.spec["tables"]["users"]["fields"]["age"]["max_age"] == 80


def test_describe_is_strict_on_request() -> None:
    with pytest.raises(SpecError, match="shoe gravity"):
        describe("100 users with email and shoe gravity", strict=True)


@pytest.mark.parametrize("text", ["", "   ", "please and thank you"])
def test_nothing_to_build_is_a_clear_error(text: str) -> None:
    with pytest.raises(SpecError, match=r"(empty|no fields)"):
        parse(text)


def test_a_field_the_planner_refuses_is_dropped_and_reported() -> None:
    result = parse("100 users with email and sort code")  # sort codes exist only in GB
    assert "sort_code" not in result.spec["tables"]["users"]["fields"]
    assert any("sort_code dropped" in p.reason for p in result.not_understood)


def test_same_sentence_same_spec() -> None:
    text = "1000 customers with name, email; each customer has 1-3 orders with amount"
    assert parse(text).spec == parse(text).spec


def test_describe_is_exported() -> None:
    assert "describe" in lookalike.__all__
    assert lookalike.describe is describe
