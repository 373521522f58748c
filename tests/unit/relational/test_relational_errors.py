"""Bad relational specs fail at plan time with the place, the problem and the fix."""

from __future__ import annotations

from typing import Any

import pytest

from lookalike.errors import CapacityError, SpecError
from lookalike.plan import build_plan
from lookalike.spec import spec_from_dict

PARENT = {"rows": 10, "primary_key": "id", "fields": {"id": {"kind": "sequence"}}}


def _spec(**tables: Any) -> dict[str, Any]:
    return {"seed": 1, "tables": {"parent": PARENT, **tables}}


CASES = [
    (
        "missing-table",
        _spec(child={"fields": {"p": {"ref": "nowhere.id"}}}),
        SpecError,
        ("tables.child.fields.p.ref", "'nowhere'", "tables: parent, child"),
    ),
    (
        "missing-column",
        _spec(child={"fields": {"p": {"ref": "parent.code"}}}),
        SpecError,
        ("tables.child.fields.p.ref", "no field 'code'", "its fields: id"),
    ),
    (
        "per-missing-parent",
        _spec(child={"rows": {"per": "ghosts", "mean": 2}, "fields": {"x": {"kind": "sequence"}}}),
        SpecError,
        ("tables.child.rows.per", "'ghosts'"),
    ),
    (
        "cycle-without-nullable-key",
        {"seed": 1, "tables": {
            "a": {"rows": 5, "primary_key": "id", "fields": {
                "id": {"kind": "sequence"}, "b_id": {"ref": "b.id"}}},
            "b": {"rows": 5, "primary_key": "id", "fields": {
                "id": {"kind": "sequence"}, "a_id": {"ref": "a.id"}}},
        }},
        SpecError,
        ("a.b_id -> b", "b.a_id -> a", "nullable: true"),
    ),
    (
        "rows-per-parent-cycle",
        {"seed": 1, "tables": {
            "a": {"rows": {"per": "b", "mean": 1}, "fields": {"x": {"kind": "sequence"}}},
            "b": {"rows": {"per": "a", "mean": 1}, "fields": {"x": {"kind": "sequence"}}},
        }},
        SpecError,
        ("cycle", "a -> b -> a", "fixed rows"),
    ),
    (
        "distinct-needs-per-parent",
        _spec(child={"fields": {"p": {"ref": "parent.id", "distinct": True}}}),
        SpecError,
        ("tables.child.fields.p.distinct", "rows: {per: TABLE"),
    ),
    (
        "depth-on-another-table",
        _spec(child={"fields": {"p": {"ref": "parent.id", "depth": 3}}}),
        SpecError,
        ("tables.child.fields.p.depth", "self-references"),
    ),
    (
        "link-reads-two-tables",
        _spec(
            other={"rows": 3, "fields": {"id": {"kind": "sequence"}}},
            child={"fields": {
                "a": {"ref": "parent.id", "link": "x"}, "b": {"ref": "other.id", "link": "x"}}},
        ),
        SpecError,
        ("tables.child.fields.b.link", "link 'x' reads both"),
    ),
    (
        "unique-reference-too-many-rows",
        _spec(child={"rows": 11, "fields": {"p": {"ref": "parent.id", "unique": True}}}),
        CapacityError,
        ("tables.child.fields.p", "rows is 11", "'parent' has 10"),
    ),
    (
        "composite-key-too-small",
        _spec(child={"rows": 101, "unique": [["p", "q"]], "fields": {
            "p": {"ref": "parent.id"}, "q": {"ref": "parent.id", "link": "second"}}}),
        CapacityError,
        ("tables.child.unique", "(p, q) has 100 possible values", "rows is 101"),
    ),
    (
        "composite-key-uncountable",
        _spec(child={"rows": 5, "unique": [["p", "f"]], "fields": {
            "p": {"ref": "parent.id"}, "f": {"kind": "float"}}}),
        SpecError,
        ("(p, f)", "'f' has no countable value space"),
    ),
    (
        "sequence-per-without-rows-per",
        _spec(child={"fields": {"n": {"kind": "sequence", "per": "parent"}}}),
        SpecError,
        ("tables.child.fields.n.per", "rows: {per: parent"),
    ),
    (
        "expression-reads-missing-parent-column",
        _spec(child={"fields": {
            "p": {"ref": "parent.id"}, "d": {"kind": "derived", "expr": "parent.nope + 1"}}}),
        SpecError,
        ("tables.child.fields.d.expr", "no field 'nope'"),
    ),
    (
        "parent-without-rows",
        {"seed": 1, "tables": {
            "parent": {**PARENT, "rows": 0},
            "child": {"rows": 3, "fields": {"p": {"ref": "parent.id"}}}}},
        SpecError,
        ("tables.child.fields.p.ref", "has no rows"),
    ),
    (
        "key-names-a-missing-field",
        _spec(child={"primary_key": ["a", "zz"], "fields": {"a": {"kind": "sequence"}}}),
        SpecError,
        ("tables.child", "'zz' is not a field"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "error", "parts"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_relational_specs_are_refused_before_any_row(
    data: dict[str, Any], error: type[Exception], parts: tuple[str, ...]
) -> None:
    with pytest.raises(error) as caught:
        build_plan(spec_from_dict(data))
    for part in parts:
        assert part in str(caught.value), f"{part!r} not in {caught.value}"
