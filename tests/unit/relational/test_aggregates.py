"""A parent's summary of its children (``kind: aggregate``) equals the children written."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from lookalike.errors import SpecError
from lookalike.pipeline import collect_table
from lookalike.plan import build_plan
from lookalike.spec import spec_from_dict


def _spec(parent_fields: dict[str, Any], *, rows: int = 150_000, children: Any = None) -> Any:
    return spec_from_dict({"seed": 5, "tables": {
        "orders": {"rows": rows, "fields": {"id": {"kind": "sequence"}, **parent_fields}},
        "lines": {
            "rows": children or {"per": "orders", "distribution": "poisson", "mean": 2},
            "fields": {
                "order_id": {"ref": "orders.id"},
                "amount": {"kind": "decimal", "min_value": 0, "max_value": 100, "scale": 2},
                "qty": {"kind": "integer", "min_value": 1, "max_value": 9, "null_rate": 0.1},
                "mode": {"kind": "choice", "values": ["AIR", "RAIL", "SHIP"]},
            },
        },
    }})  # fmt: skip


AGGREGATES = {
    "total": {"kind": "aggregate", "of": "lines.amount", "function": "sum"},
    "low": {"kind": "aggregate", "of": "lines.qty", "function": "min"},
    "high": {"kind": "aggregate", "of": "lines.qty", "function": "max"},
    "average": {"kind": "aggregate", "of": "lines.qty", "function": "mean"},
    "counted": {"kind": "aggregate", "of": "lines.qty", "function": "count"},
    "last_mode": {"kind": "aggregate", "of": "lines.mode", "function": "max"},
}


def test_aggregates_match_the_children_across_blocks() -> None:
    # 150k orders are three blocks; their ~300k lines are five, cut elsewhere.
    plan = build_plan(_spec(AGGREGATES))
    orders = pl.from_arrow(collect_table(plan, "orders"))
    lines = pl.from_arrow(collect_table(plan, "lines"))
    assert isinstance(orders, pl.DataFrame)
    assert isinstance(lines, pl.DataFrame)
    expected = lines.group_by("order_id").agg(
        pl.col("amount").sum().alias("e_total"),
        pl.col("qty").min().alias("e_low"),
        pl.col("qty").max().alias("e_high"),
        pl.col("qty").mean().alias("e_average"),
        pl.col("qty").count().alias("e_counted"),
        pl.col("mode").max().alias("e_mode"),
    )
    joined = orders.join(expected, left_on="id", right_on="order_id", how="left")
    with_lines = joined.filter(pl.col("e_total").is_not_null())
    assert with_lines.height > 100_000
    assert (with_lines["total"] == with_lines["e_total"]).all()
    assert with_lines["low"].eq_missing(with_lines["e_low"]).all()
    assert with_lines["high"].eq_missing(with_lines["e_high"]).all()
    assert ((with_lines["average"] - with_lines["e_average"]).abs().fill_null(0) < 1e-9).all()
    assert (with_lines["counted"] == with_lines["e_counted"]).all()
    assert (with_lines["last_mode"] == with_lines["e_mode"]).all()
    # Orders without lines (poisson gives some) sum to null and count zero.
    empty = joined.filter(pl.col("e_total").is_null())
    assert empty.height > 0
    assert empty["total"].is_null().all()
    assert (empty["counted"] == 0).all()


def test_aggregate_types() -> None:
    plan = build_plan(_spec(AGGREGATES, rows=10))
    types = {f.name: str(f.type) for f in plan.tables["orders"].schema}
    assert types["total"] == "decimal128(15, 2)"  # the lines' decimal(5,2), ten digits wider
    assert types["low"] == "int64"
    assert types["average"] == "double"
    assert types["counted"] == "int64"
    assert types["last_mode"] == "string"


def test_aggregate_feeds_an_expression() -> None:
    fields = {
        "n": {"kind": "aggregate", "of": "lines.qty", "function": "count", "hidden": True},
        "size": {"kind": "derived", "expr": "CASE WHEN n > 2 THEN 'big' ELSE 'small' END"},
    }
    table = collect_table(build_plan(_spec(fields, rows=1000)), "orders")
    assert table.column_names == ["id", "size"]
    assert set(table.column("size").to_pylist()) == {"big", "small"}


@pytest.mark.parametrize(
    ("field", "children", "message"),
    [
        ({"of": "ghosts.x"}, None, "'ghosts', which is not in the spec"),
        ({"of": "lines.nothing"}, None, "no field 'nothing'"),
        ({"of": "lines.qty"}, 500, "rows given per 'orders'"),
        ({"of": "lines.mode", "function": "sum"}, None, "cannot sum a string column"),
    ],
)
def test_bad_aggregates_are_refused_at_plan_time(
    field: dict[str, str], children: Any, message: str
) -> None:
    spec = _spec({"bad": {"kind": "aggregate", **field}}, rows=10, children=children)
    with pytest.raises(SpecError, match=message) as caught:
        build_plan(spec)
    assert caught.value.path is not None
    assert caught.value.path.startswith("tables.orders.fields.bad")


def test_unscaled_tables_keep_their_rows() -> None:
    spec = spec_from_dict({"seed": 1, "tables": {
        "region": {"rows": 5, "scaled": False, "fields": {"id": {"kind": "sequence"}}},
        "orders": {"rows": 100, "fields": {"id": {"kind": "sequence"}}},
    }})  # fmt: skip
    plan = build_plan(spec, scale=10)
    assert plan.tables["region"].rows == 5
    assert plan.tables["orders"].rows == 1000
    assert build_plan(spec, rows=7).tables["region"].rows == 5


def test_a_hidden_reference_declares_no_foreign_key() -> None:
    spec = spec_from_dict({"seed": 1, "tables": {
        "customers": {"rows": 9, "primary_key": "id", "fields": {"id": {"kind": "sequence"}}},
        "orders": {"rows": 20, "fields": {
            "any": {"ref": "customers.id", "hidden": True},
            "customer_id": {"kind": "derived", "expr": "any"},
        }},
    }})  # fmt: skip
    assert build_plan(spec).tables["orders"].foreign_keys == ()
