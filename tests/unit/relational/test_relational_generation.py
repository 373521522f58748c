"""Relational datasets generated end to end: every key resolves, by construction.

The shipped ``examples/shop.yaml`` has each relational feature: rows per parent
(poisson, uniform), composite primary keys, a lookup of a parent's value, a
parent column in an expression, a self-reference tree, a cycle between two
tables and a junction table. These tests generate it and check the data with
Polars joins, the way ``lookalike check`` would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pytest

from lookalike.api import resolve
from lookalike.executors import ProcessExecutor
from lookalike.pipeline import collect_table, run_table
from lookalike.plan import Plan, build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.sinks import open_sink
from lookalike.spec import load_spec, spec_from_dict

SHOP = Path(__file__).parents[3] / "examples" / "shop.yaml"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return resolve(SHOP, scale=100)  # 100k customers: orders and lines span several blocks


@pytest.fixture(scope="module")
def frames(plan: Plan) -> dict[str, pl.DataFrame]:
    out = {}
    for name in plan.tables:
        frame = pl.from_arrow(collect_table(plan, name))
        assert isinstance(frame, pl.DataFrame)
        out[name] = frame
    return out


def _orphans(child: pl.DataFrame, columns: list[str], parent: pl.DataFrame, keys: list[str]) -> int:
    present = child.drop_nulls(columns)
    joined = present.join(parent.select(keys), left_on=columns, right_on=keys, how="anti")
    return joined.height


def test_the_children_span_several_blocks(plan: Plan) -> None:
    assert plan.tables["orders"].rows > 2 * BLOCK_ROWS
    assert plan.tables["order_lines"].rows > 4 * BLOCK_ROWS


def test_every_foreign_key_resolves(plan: Plan, frames: dict[str, pl.DataFrame]) -> None:
    checked = 0
    for name, table in plan.tables.items():
        for fk in table.foreign_keys:
            orphans = _orphans(
                frames[name], list(fk.columns), frames[fk.parent], list(fk.parent_columns)
            )
            assert orphans == 0, (name, fk)
            checked += 1
    assert checked == 8


def test_primary_and_unique_keys_hold(plan: Plan, frames: dict[str, pl.DataFrame]) -> None:
    for name, table in plan.tables.items():
        for key in [table.primary_key, *table.unique_keys]:
            if key:
                frame = frames[name]
                assert frame.select(list(key)).is_duplicated().sum() == 0, (name, key)
    lines = frames["order_lines"]
    assert lines.select(["order_id", "line_no"]).is_unique().all()


def test_rows_per_parent_follow_the_distribution(frames: dict[str, pl.DataFrame]) -> None:
    customers = frames["customers"].height
    per_customer = frames["orders"].group_by("customer_id").len()
    # poisson(3): mean 3 over all customers (those with none are absent from the counts)
    assert frames["orders"].height / customers == pytest.approx(3.0, rel=0.02)
    assert per_customer.height < customers  # poisson gives some customers no orders
    per_order = frames["order_lines"].group_by("order_id").len()["len"]
    assert per_order.min() == 1
    assert per_order.max() == 4
    assert per_order.mean() == pytest.approx(2.5, rel=0.02)
    assert per_order.len() == frames["orders"].height  # every order has lines


def test_children_of_a_parent_are_consecutive_and_numbered(
    frames: dict[str, pl.DataFrame],
) -> None:
    lines = frames["order_lines"]
    runs = lines.select(pl.col("order_id").rle_id()).to_series()
    assert runs.n_unique() == lines["order_id"].n_unique()
    numbered = lines.with_columns(expected=pl.int_range(1, pl.len() + 1).over("order_id"))
    assert (numbered["line_no"] == numbered["expected"]).all()


def test_lookups_read_the_same_parent_row(frames: dict[str, pl.DataFrame]) -> None:
    lines = frames["order_lines"].join(
        frames["products"], left_on="product_id", right_on="sku", how="left"
    )
    assert (lines["unit_price"] == lines["price"]).all()
    orders = frames["orders"].join(
        frames["customers"], left_on="customer_id", right_on="id", how="left"
    )
    assert (orders["currency"] == orders["currency_right"]).all()


def test_expressions_read_parent_columns(frames: dict[str, pl.DataFrame]) -> None:
    orders = frames["orders"].join(
        frames["customers"], left_on="customer_id", right_on="id", how="left"
    )
    assert (orders["ordered_at"] >= orders["created_at"]).all()
    gap = (orders["ordered_at"] - orders["created_at"]).dt.total_days()
    assert (gap <= 300).all()


def test_a_self_reference_is_a_tree_of_the_asked_depth(frames: dict[str, pl.DataFrame]) -> None:
    staff = frames["employees"]
    boss = dict(zip(staff["id"].to_list(), staff["manager_id"].to_list(), strict=True))
    depths = []
    for start in boss:
        seen, node, depth = set(), start, 1
        while boss[node] is not None:
            assert node not in seen, "a row is its own ancestor"
            seen.add(node)
            node = boss[node]
            depth += 1
        depths.append(depth)
    assert max(depths) == 3  # depth: 3 levels
    assert staff["manager_id"].null_count() >= 1  # the roots


def test_a_cycle_is_broken_through_the_nullable_key(plan: Plan) -> None:
    stores = next(fk for fk in plan.tables["stores"].foreign_keys)
    staff = next(fk for fk in plan.tables["staff"].foreign_keys)
    assert stores.deferred
    assert not staff.deferred
    assert plan.load_order.index("stores") < plan.load_order.index("staff")


def test_a_junction_table_has_no_duplicate_pairs(frames: dict[str, pl.DataFrame]) -> None:
    pairs = frames["enrollments"].select(["customer_id", "product_id"])
    assert pairs.is_unique().all()
    assert pairs["customer_id"].n_unique() == frames["customers"].height  # at least one each


def test_any_worker_count_gives_the_same_bytes(tmp_path: Path) -> None:
    plan = resolve(SHOP, scale=30)
    digests = []
    for workers in (1, 2):
        out = tmp_path / f"lines-{workers}.csv"
        executor = ProcessExecutor(workers) if workers > 1 else None
        try:
            run_table(plan, "order_lines", open_sink("csv", out), executor=executor)
        finally:
            if executor is not None:
                executor.close()
        digests.append(out.read_bytes())
    assert digests[0] == digests[1]


def test_editing_a_child_field_leaves_the_parent_and_keys_unchanged() -> None:
    spec = load_spec(SHOP)
    data: dict[str, Any] = spec.model_dump(mode="json", exclude_unset=True)
    data["tables"]["order_lines"]["fields"]["quantity"]["max_value"] = 9
    before, after = build_plan(spec), build_plan(spec_from_dict(data))
    for name in ("customers", "orders"):
        assert collect_table(before, name).equals(collect_table(after, name))
    old, new = collect_table(before, "order_lines"), collect_table(after, "order_lines")
    assert old.column("order_id").equals(new.column("order_id"))
    assert not old.column("quantity").equals(new.column("quantity"))


def test_rows_and_scale_set_fixed_tables_only() -> None:
    plan = resolve(SHOP, rows=500)
    assert plan.tables["customers"].rows == 500
    assert plan.tables["orders"].rows == pytest.approx(1500, rel=0.15)
    scaled = resolve(SHOP, scale=2)
    assert scaled.tables["products"].rows == 100


def test_a_one_to_one_reference_and_a_composite_key_over_references() -> None:
    spec = spec_from_dict({
        "seed": 3,
        "tables": {
            "users": {"rows": 300, "fields": {"id": {"kind": "sequence"}}},
            "groups": {"rows": 20, "fields": {"id": {"kind": "uuid", "unique": True}}},
            "profiles": {"rows": 300, "fields": {"user_id": {"ref": "users.id", "unique": True}}},
            "members": {
                "rows": 5000,
                "unique": [["user_id", "group_id"]],
                "fields": {"user_id": {"ref": "users.id"}, "group_id": {"ref": "groups.id"}},
            },
        },
    })  # fmt: skip
    plan = build_plan(spec)
    profiles = collect_table(plan, "profiles").column("user_id").to_numpy()
    assert sorted(profiles.tolist()) == list(range(1, 301))
    members = pl.from_arrow(collect_table(plan, "members"))
    assert isinstance(members, pl.DataFrame)
    assert members.is_unique().all()
    assert members.height == 5000
    groups = set(collect_table(plan, "groups").column("id").to_pylist())
    assert set(members["group_id"].to_list()) <= groups


def test_zipf_references_favour_a_few_parents() -> None:
    spec = spec_from_dict({
        "seed": 5,
        "tables": {
            "products": {"rows": 1000, "fields": {"id": {"kind": "sequence"}}},
            "views": {"rows": 50_000, "fields": {
                "product_id": {"ref": "products.id", "distribution": "zipf", "exponent": 1.5}}},
        },
    })  # fmt: skip
    views = collect_table(build_plan(spec), "views").column("product_id").to_numpy()
    counts = np.sort(np.bincount(views))[::-1]
    assert counts[:10].sum() > 0.4 * len(views)
