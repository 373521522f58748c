"""Shared naming rules: every rule makes a valid field, field lists get realistic values."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pyarrow as pa
import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.naming import FieldChoice, field_for, guess
from lookalike.naming.rules import RULES, as_family
from lookalike.naming.values import CATEGORIES
from lookalike.server.field_lists import spec_from_fields


def _generate(fields: dict[str, Any], rows: int = 2000, locale: str = "en_US") -> pa.Table:
    spec = {"seed": 7, "locale": locale, "tables": {"t": {"rows": rows, "fields": fields}}}
    return lookalike.generate(lookalike.spec.spec_from_dict(spec))


def test_every_rule_makes_a_field_that_generates_in_every_family() -> None:
    fields = {
        f"r{i}_{family}": as_family(dict(rule.field), family)
        for i, rule in enumerate(RULES)
        for family in rule.families
    }
    table = _generate(fields, rows=300, locale="en_GB")  # sort codes exist only in GB
    assert table.num_rows == 300
    assert table.num_columns == len(fields)


def test_every_category_has_one_weight_per_value() -> None:
    for name, (values, weights) in CATEGORIES.items():
        assert len(values) == len(weights) == len(set(values)), name


# Seed 002's JSON schema example and seed 001's custom template, plus the plain-typed
# fields issue 12 names: before the shared rules, age and salary reached ~1,000,000 and
# department was lorem words.
SEED_FIELDS = [
    {"name": "customer_id", "type": "uuid", "description": "Unique customer identifier"},
    {"name": "full_name", "type": "string", "description": "Customer full name"},
    {"name": "email", "type": "email", "description": "Customer email address"},
    {"name": "age", "field_type": "integer", "nullable": False},
    {"name": "salary", "type": "integer"},
    {"name": "department", "type": "string"},
    {"name": "status", "type": "string"},
    {"name": "order_status", "type": "string"},
    {"name": "created_at", "type": "datetime"},
    {"name": "hire_date", "type": "date"},
    {"name": "price", "type": "number"},
    {"name": "is_active", "type": "boolean"},
]


def test_plain_typed_seed_fields_get_realistic_values() -> None:
    table = _generate(spec_from_fields(SEED_FIELDS)["tables"]["data"]["fields"])
    ages = table.column("age").to_pylist()
    assert min(ages) >= 18
    assert max(ages) <= 90
    salaries = table.column("salary").to_pylist()
    assert min(salaries) >= 18_000
    assert max(salaries) <= 250_000
    assert 35_000 < sorted(salaries)[len(salaries) // 2] < 80_000  # a salary's median
    departments = Counter(table.column("department").to_pylist())
    assert 3 <= len(departments) <= 60  # a small set of real names, not random words
    assert all(d[0].isupper() for d in departments)
    assert set(table.column("status").to_pylist()) == {"active", "inactive", "pending"}
    assert set(table.column("order_status").to_pylist()) <= set(CATEGORIES["order_status"][0])
    prices = table.column("price").to_pylist()
    assert min(prices) >= 1
    assert max(prices) <= 500
    assert table.schema.field("created_at").type == pa.timestamp("s")
    assert table.schema.field("hire_date").type == pa.date32()
    active = table.column("is_active").to_pylist()
    assert 0.75 < sum(active) / len(active) < 0.95


def test_explicit_constraints_win() -> None:
    table = _generate(
        {
            "age": field_for("age", "integer", {"min_value": 30, "max_value": 40}).field,
            "salary": field_for("salary", "integer", {"min": 1000, "max": 2000}).field,
            "status": field_for("status", "string", {"enum": ["on", "off"]}).field,
            "code": field_for(
                "code", "integer", {"minimum": 5, "maximum": 6, "unique": False}
            ).field,
            "email": field_for("email", "string", {"unique": True}).field,
            "note": field_for("note", "string", {"null_rate": 0.5}).field,
        }
    )
    assert set(table.column("age").to_pylist()) <= set(range(30, 41))
    assert all(1000 <= s <= 2000 for s in table.column("salary").to_pylist())
    assert set(table.column("status").to_pylist()) == {"on", "off"}
    assert set(table.column("code").to_pylist()) == {5, 6}
    emails = table.column("email").to_pylist()
    assert len(set(emails)) == len(emails)
    assert 0.4 < table.column("note").null_count / table.num_rows < 0.6


@pytest.mark.parametrize(
    ("name", "hint", "kind", "detail"),
    [
        ("age", "integer", "person", "age"),
        ("customerAge", None, "person", "age"),
        ("department", "string", "company", "department"),
        ("salary", "number", "integer", None),
        ("unit_price", "decimal", "decimal", None),
        ("amount", "float", "float", None),
        ("signup_date", "string", "date", None),
        ("updated_at", "string", "datetime", None),
        ("expiry_date", "date", "date", None),
        ("birth_date", "date", "person", "date_of_birth"),
        ("iban", None, "finance", "iban"),
        ("job_title", "string", "company", "job_title"),
        ("postcode", "string", "address", "postcode"),
        ("ip_address", "string", "internet", "ipv4"),
        ("payment_method", "string", "choice", None),
        ("email_verified", "boolean", "boolean", None),
        ("widget", "string", "text", None),
        ("widget", "integer", "integer", None),
    ],
)
def test_names_and_types(name: str, hint: str | None, kind: str, detail: str | None) -> None:
    field = field_for(name, hint).field
    assert field["kind"] == kind
    assert field.get("attribute") == detail


def test_future_and_past_dates() -> None:
    assert guess("expiry_date").field["min_value"] == "now"  # type: ignore[union-attr]
    assert guess("registration_date").field["max_value"] == "now"  # type: ignore[union-attr]


def test_bounds_on_a_kind_without_bounds_fall_back_to_the_type() -> None:
    choice = field_for("department", "integer", {"min_value": 1, "max_value": 9})
    assert choice.field == {"kind": "integer", "min_value": 1, "max_value": 9}
    dates = field_for("notes", None, {"min_value": "2024-01-01", "max_value": "2024-12-31"})
    assert dates.field == {"kind": "date", "min_value": "2024-01-01", "max_value": "2024-12-31"}


def test_unusable_constraints_are_reported_not_dropped() -> None:
    choice = field_for("username", "string", {"min_length": 5, "max_length": 20})
    assert isinstance(choice, FieldChoice)
    assert choice.ignored == ("min_length", "max_length")


@pytest.mark.parametrize(
    ("hint", "constraints", "message"),
    [
        ("colour", {}, "unknown type 'colour'"),
        ("choice", {}, "constraints.values"),
        ("enum", {"values": []}, "constraints.values"),
    ],
)
def test_bad_entries_name_the_field(hint: str, constraints: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message) as info:
        field_for("x", hint, constraints)
    assert info.value.path == "x"


def test_json_schema_format_acts_as_the_type() -> None:
    assert field_for("contact", "string", {"format": "email"}).field["attribute"] == "email"
    assert field_for("when", "string", {"format": "date-time"}).field["kind"] == "datetime"
