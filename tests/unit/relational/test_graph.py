"""Load order: parents first; cycles broken through a nullable key or refused by name."""

from __future__ import annotations

import pytest

from lookalike.errors import SpecError
from lookalike.relational.graph import Edge, load_order


def test_parents_come_first_and_spec_order_breaks_ties() -> None:
    edges = [Edge("lines", "orders", "lines.order_id", False),
             Edge("orders", "customers", "orders.customer_id", False)]  # fmt: skip
    order, deferred = load_order(["lines", "orders", "products", "customers"], edges)
    assert order == ("products", "customers", "orders", "lines")
    assert deferred == []


def test_a_self_reference_needs_no_breaking() -> None:
    order, deferred = load_order(["staff"], [Edge("staff", "staff", "staff.boss", False)])
    assert order == ("staff",)
    assert deferred == []


def test_a_three_table_cycle_is_broken_at_its_nullable_edge() -> None:
    edges = [Edge("a", "b", "a.b_id", False), Edge("b", "c", "b.c_id", True),
             Edge("c", "a", "c.a_id", False)]  # fmt: skip
    order, deferred = load_order(["a", "b", "c"], edges)
    assert [e.label for e in deferred] == ["b.c_id"]
    assert order == ("b", "a", "c")


def test_a_cycle_without_a_nullable_key_is_named() -> None:
    edges = [Edge("a", "b", "a.b_id", False), Edge("b", "a", "b.a_id", False)]
    with pytest.raises(SpecError, match=r"a\.b_id -> b, b\.a_id -> a"):
        load_order(["a", "b"], edges)


def test_a_lookup_of_the_parents_foreign_key_is_a_foreign_key_to_the_grandparent() -> None:
    from lookalike.check import constraints
    from lookalike.plan import build_plan
    from lookalike.spec import spec_from_dict

    spec = spec_from_dict({"seed": 1, "tables": {
        "customer": {"rows": 5, "primary_key": "id", "fields": {"id": {"kind": "sequence"}}},
        "rental": {"rows": 20, "primary_key": "id", "fields": {
            "id": {"kind": "sequence"}, "customer_id": {"ref": "customer.id"}}},
        "payment": {"rows": 50, "primary_key": "id", "fields": {
            "id": {"kind": "sequence"}, "rental_id": {"ref": "rental.id"},
            "customer_id": {"ref": "rental.customer_id"}}},
    }})  # fmt: skip
    plan = build_plan(spec)
    keys = {(fk.columns, fk.parent) for fk in plan.tables["payment"].foreign_keys}
    assert keys == {(("rental_id",), "rental"), (("customer_id",), "customer")}
    checked = {str(c) for c in constraints(spec) if c.table == "payment"}
    assert "foreign key (customer_id) -> customer (id)" in checked
    from lookalike.pipeline import collect_table

    rentals = collect_table(plan, "rental").to_pydict()
    owner = dict(zip(rentals["id"], rentals["customer_id"], strict=True))
    payments = collect_table(plan, "payment").to_pydict()
    pairs = zip(payments["rental_id"], payments["customer_id"], strict=True)
    assert all(owner[r] == c for r, c in pairs)  # both paths reach the same customer
