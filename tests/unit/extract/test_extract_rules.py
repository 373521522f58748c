"""Naming rules, PII flags and CHECK parsing: tables of cases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lookalike.extract.checks import Allowed, Bound, Differ, Order, Present, Rule, parse_check
from lookalike.extract.naming import guess
from lookalike.extract.pii import pii_reason


@pytest.mark.parametrize(
    ("name", "family", "kind", "attribute"),
    [
        ("email", "string", "internet", "email"),
        ("contact_email", "string", "internet", "email"),
        ("firstName", "string", "person", "first_name"),
        ("surname", "string", "person", "last_name"),
        ("postcode", "string", "address", "postcode"),
        ("zip_code", "string", "address", "postcode"),
        ("mobile_phone", "string", "phone", None),
        ("city", "string", "address", "city"),
        ("created_at", "datetime", "datetime", None),
        ("date_of_birth", "date", "person", "date_of_birth"),
        ("unit_price", "decimal", "decimal", None),
        ("amount", "float", "float", None),
        ("quantity", "integer", "integer", None),
        ("iban", "string", "finance", "iban"),
    ],
)
def test_names_map_to_realistic_kinds(
    name: str, family: str, kind: str, attribute: str | None
) -> None:
    hit = guess(name, family)
    assert hit is not None
    assert hit.field["kind"] == kind
    assert hit.field.get("attribute") == attribute


@pytest.mark.parametrize(
    ("name", "family"),
    [("email", "integer"), ("status", "string"), ("widget_count", "string"), ("x", "date")],
)
def test_names_without_a_rule_fall_through(name: str, family: str) -> None:
    assert guess(name, family) is None


@pytest.mark.parametrize(
    ("column", "field", "flagged"),
    [
        ("email", {"kind": "internet", "attribute": "email"}, "email address"),
        ("home_phone", {"kind": "phone"}, "phone number"),
        ("passport_no", {"kind": "pattern", "pattern": "#"}, "passport number"),
        ("dob", {"kind": "date"}, "date of birth"),
        ("price", {"kind": "decimal"}, None),
        ("status", {"kind": "choice", "values": ["a"]}, None),
    ],
)
def test_pii_flags(column: str, field: dict[str, object], flagged: str | None) -> None:
    reason = pii_reason(column, field)
    assert (reason is None) == (flagged is None)
    if flagged:
        assert reason is not None
        assert reason.startswith(flagged)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("qty >= 1", [Bound("qty", 1, None)]),
        ("(qty > 0)", [Bound("qty", 0, None, True)]),
        ("100 >= qty", [Bound("qty", None, 100)]),
        ("`quantity` between 1 and 50", [Bound("quantity", 1, 50)]),
        (
            "((price >= (0)::numeric) AND (price <= (99.5)::numeric))",
            [Bound("price", 0, None), Bound("price", None, Decimal("99.5"))],
        ),
        ("status IN ('a', 'b''c')", [Allowed("status", ("a", "b'c"))]),
        (
            "((status)::text = ANY ((ARRAY['new'::character varying, 'old'::character varying])"
            "::text[]))",
            [Allowed("status", ("new", "old"))],
        ),
        ("`level` in (1,2,3)", [Allowed("level", (1, 2, 3))]),
        ("end_date >= start_date", [Order("end_date", "start_date", False)]),
        ("(shipped_at > ordered_at)", [Order("shipped_at", "ordered_at", True)]),
        ("`a` < `b`", [Order("b", "a", True)]),
        ("(temp >= '-40'::integer)", [Bound("temp", -40, None, False)]),
        ("(born >= '1900-01-01'::date)", [Bound("born", "1900-01-01", None, False)]),
        # AdventureWorks' spellings: a rule or NULL, upper(), a conditional, a <> b.
        ("((enddate >= startdate) OR (enddate IS NULL))", [Order("enddate", "startdate", False)]),
        ("((upper((class)::text) = ANY (ARRAY['L'::text, 'H'::text])) OR (class IS NULL))",
         [Allowed("class", ("L", "H"))]),
        ("(((a IS NULL) AND (lvl = 0)) OR ((a IS NOT NULL) AND (lvl >= 1)))",
         [Present("a"), Bound("lvl", 1, None, False)]),
        ("(assembly <> component)", [Differ("assembly", "component")]),
        # Of alternatives, the first understood: rows keeping it keep the CHECK.
        ("a > 1 OR a < 0", [Bound("a", 1, None, True)]),
    ],
)  # fmt: skip
def test_simple_checks_are_read(text: str, expected: list[Rule]) -> None:
    assert parse_check(text) == expected


def test_now_bounds_are_the_extraction_date() -> None:
    import datetime as dt

    rules = parse_check("(birthdate <= (now() - '18 years'::interval))")
    assert rules is not None
    assert isinstance(rules[0], Bound)
    assert str(rules[0].high) <= f"{dt.date.today().year - 18}-12-31"


@pytest.mark.parametrize(
    "text",
    ["length(code) = 5", "json_valid(`doc`)", "a = b", "upper(c) IN ('a', 'b')",
     "a IS NULL OR b IS NULL"],
)  # fmt: skip
def test_other_checks_are_not_understood(text: str) -> None:
    assert parse_check(text) is None
