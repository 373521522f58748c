"""generate_block: a pure function of (plan, table, block)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pytest

from lookalike.engine import generate_block
from lookalike.pipeline import RowRange, collect_table
from lookalike.plan import Plan, build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.spec import spec_from_dict

Spec = Callable[..., dict[str, Any]]
FIELDS: dict[str, Any] = {
    "id": {"kind": "sequence"},
    "n": {"kind": "integer", "null_rate": 0.1},
    "code": {"kind": "pattern", "pattern": "??###", "unique": True},
    "u": {"kind": "uuid"},
    "s": {"kind": "choice", "values": ["a", "b", "c"]},
    "words": {"kind": "text"},
    "twice": {"kind": "derived", "expr": "id * 2"},
}


@pytest.fixture
def plan(make_spec: Spec) -> Plan:
    return build_plan(spec_from_dict(make_spec(FIELDS, rows=2 * BLOCK_ROWS + 100, seed=8)))


def test_block_shape_and_schema(plan: Plan) -> None:
    schema = plan.tables["t"].schema
    sizes = []
    for block in range(plan.tables["t"].blocks):
        batch = generate_block(plan, "t", block)
        assert isinstance(batch, pa.RecordBatch)
        assert batch.schema == schema
        sizes.append(batch.num_rows)
    assert sizes == [BLOCK_ROWS, BLOCK_ROWS, 100]


def test_blocks_are_pure_and_order_free(plan: Plan) -> None:
    forwards = [generate_block(plan, "t", b) for b in range(3)]
    backwards = [generate_block(plan, "t", b) for b in (2, 1, 0)][::-1]
    for a, b in zip(forwards, backwards, strict=True):
        assert a.equals(b)
    assert not forwards[0].column(3).equals(forwards[1].column(3))


def test_blocks_pick_up_where_the_last_ended(plan: Plan) -> None:
    first, second = generate_block(plan, "t", 0), generate_block(plan, "t", 1)
    assert first.column(0)[-1].as_py() == BLOCK_ROWS
    assert second.column(0)[0].as_py() == BLOCK_ROWS + 1
    assert second.column("twice")[0].as_py() == 2 * (BLOCK_ROWS + 1)


def test_a_row_range_slices_across_blocks(plan: Plan) -> None:
    rows = collect_table(plan, "t", row_range=RowRange(BLOCK_ROWS - 3, BLOCK_ROWS + 2))
    assert rows.column(0).to_pylist() == list(range(BLOCK_ROWS - 2, BLOCK_ROWS + 3))
    assert collect_table(plan, "t", row_range=RowRange(10, 10)).num_rows == 0
    tail = collect_table(plan, "t", row_range=RowRange(2 * BLOCK_ROWS + 90, 10**12))
    assert tail.num_rows == 10


def test_plans_from_equal_specs_give_equal_blocks(make_spec: Spec) -> None:
    def block() -> pa.RecordBatch:
        spec = spec_from_dict(make_spec(FIELDS, rows=1000, seed=8))
        return generate_block(build_plan(spec), "t", 0)

    assert block().equals(block())


def test_empty_table(make_spec: Spec) -> None:
    plan = build_plan(spec_from_dict(make_spec(FIELDS, rows=0)))
    assert plan.tables["t"].blocks == 0
    assert collect_table(plan, "t", row_range=RowRange(0, 10)).num_rows == 0


def test_a_blocks_latent_records_go_with_it() -> None:
    # People and places drawn for a block must be freed when the block is done, not
    # left for the garbage collector (they refer to their context, which refers back).
    import gc

    from lookalike.kinds.base import GroupLatent

    spec = spec_from_dict({"seed": 1, "locale": "en_GB", "tables": {"p": {"rows": 5000, "fields": {
        "name": {"kind": "person", "attribute": "full_name"},
        "email": {"kind": "internet", "attribute": "email"},
        "town": {"kind": "address", "attribute": "town"}}}}})  # fmt: skip
    plan = build_plan(spec)
    gc.collect()
    gc.disable()
    try:
        batch = generate_block(plan, "p", 0)
        alive = [o for o in gc.get_objects() if isinstance(o, GroupLatent)]
    finally:
        gc.enable()
    assert batch.num_rows == 5000
    assert alive == []
