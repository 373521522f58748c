"""The plan: checks, seeds, references, block cutting and schemas, before any row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pytest

from lookalike.plan import LOW_CARDINALITY, build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.spec import spec_from_dict

Spec = Callable[..., dict[str, Any]]


def test_blocks_and_spans(make_spec: Spec) -> None:
    spec = spec_from_dict(make_spec({"n": {"kind": "sequence"}}, rows=2 * BLOCK_ROWS + 5))
    table = build_plan(spec).tables["t"]
    assert table.block_rows == BLOCK_ROWS == 65_536
    assert table.blocks == 3
    assert table.block_span(0) == (0, BLOCK_ROWS)
    assert table.block_span(1) == (BLOCK_ROWS, BLOCK_ROWS)
    assert table.block_span(2) == (2 * BLOCK_ROWS, 5)
    assert table.block_span(3) == (3 * BLOCK_ROWS, 0)


@pytest.mark.parametrize(
    ("rows", "blocks"), [(0, 0), (1, 1), (BLOCK_ROWS, 1), (BLOCK_ROWS + 1, 2), (10**12, 15_258_790)]
)
def test_block_counts(make_spec: Spec, rows: int, blocks: int) -> None:
    plan = build_plan(spec_from_dict(make_spec({"n": {"kind": "sequence"}})), rows=rows)
    assert plan.tables["t"].blocks == blocks
    assert plan.total_rows == rows


def test_seed_from_spec_and_override(make_spec: Spec) -> None:
    spec = spec_from_dict(make_spec({"n": {"kind": "integer"}}, seed=5))
    plan = build_plan(spec)
    assert plan.seed == 5
    assert plan.seed_was_given is True
    assert build_plan(spec, seed=9).seed == 9


def test_missing_seed_is_chosen_and_recorded(make_spec: Spec) -> None:
    spec = spec_from_dict(make_spec({"n": {"kind": "integer"}}, seed=None))
    first, second = build_plan(spec), build_plan(spec)
    assert first.seed_was_given is False
    assert isinstance(first.seed, int)
    assert 0 <= first.seed < 2**31
    assert first.seed != second.seed  # fresh each time (1 in 2**31 chance of a clash)
    assert build_plan(spec, seed=first.seed).seed_was_given is True


def test_reference_time_from_spec(make_spec: Spec, reference_time: dt.datetime) -> None:
    plan = build_plan(spec_from_dict(make_spec({"n": {"kind": "date"}})))
    assert plan.reference_time == reference_time


def test_rows_override_applies_to_every_table() -> None:
    spec = spec_from_dict(
        {
            "tables": {
                "a": {"rows": 5, "fields": {"n": {"kind": "sequence"}}},
                "b": {"rows": 7, "fields": {"n": {"kind": "sequence"}}},
            }
        }
    )
    assert {n: t.rows for n, t in build_plan(spec).tables.items()} == {"a": 5, "b": 7}
    assert {n: t.rows for n, t in build_plan(spec, rows=3).tables.items()} == {"a": 3, "b": 3}
    assert build_plan(spec).total_rows == 12


def test_schema_keeps_spec_order_and_types(make_spec: Spec) -> None:
    spec = spec_from_dict(
        make_spec(
            {
                "total": {"kind": "derived", "expr": "qty * 2"},
                "qty": {"kind": "integer"},
                "status": {"kind": "choice", "values": ["a", "b"]},
                "flag": {"kind": "boolean"},
                "when": {"kind": "datetime", "resolution": "ms", "timezone": "Asia/Tokyo"},
                "price": {"kind": "decimal", "max_value": 99, "scale": 3},
                "name": {"kind": "text"},
            }
        )
    )
    table = build_plan(spec).tables["t"]
    schema = table.schema
    assert schema.names == ["total", "qty", "status", "flag", "when", "price", "name"]
    assert schema.field("total").type == pa.int64()
    assert schema.field("when").type == pa.timestamp("ms", tz="Asia/Tokyo")
    assert schema.field("price").type == pa.decimal128(5, 3)
    low = {f.name for f in schema if f.metadata and f.metadata.get(LOW_CARDINALITY) == b"1"}
    assert low == {"status", "flag"}
    # base columns are generated first, derived after their inputs
    assert [c.name for c in table.columns] == ["qty", "status", "flag", "when", "price", "name"]
    assert [d.name for d, _ in table.derived] == ["total"]


def test_unique_columns_get_a_permutation_sized_to_capacity(make_spec: Spec) -> None:
    spec = spec_from_dict(
        make_spec(
            {
                "u": {"kind": "integer", "min_value": 10, "max_value": 19, "unique": True},
                "s": {"kind": "sequence", "unique": True},
                "r": {"kind": "integer"},
            },
            rows=10,
        )
    )
    columns = {c.name: c for c in build_plan(spec).tables["t"].columns}
    permutation = columns["u"].permutation
    assert permutation is not None
    assert permutation.size == 10
    assert columns["s"].permutation is None  # positional: distinct by construction
    assert columns["r"].permutation is None


def test_plan_is_checked_before_any_row(make_spec: Spec, no_generation: None) -> None:
    from lookalike.errors import CapacityError

    spec = spec_from_dict(make_spec({"u": {"kind": "pattern", "pattern": "#", "unique": True}}))
    with pytest.raises(CapacityError):
        build_plan(spec, rows=11)
    assert build_plan(spec, rows=10).tables["t"].rows == 10


def test_all_tables_are_planned(make_spec: Spec) -> None:
    spec = spec_from_dict(
        {
            "seed": 1,
            "tables": {
                "good": {"rows": 1, "fields": {"n": {"kind": "sequence"}}},
                "bad": {
                    "rows": 1,
                    "fields": {"n": {"kind": "integer", "min_value": 3, "max_value": 1}},
                },
            },
        }
    )
    from lookalike.errors import SpecError

    with pytest.raises(SpecError, match=r"tables\.bad\.fields\.n"):
        build_plan(spec)


def test_a_derived_field_is_not_null_only_when_it_says_so(make_spec: Any) -> None:
    fields = {
        "status": {"kind": "choice", "values": ["open", "shipped"]},
        "shipped": {"kind": "derived", "expr": "CASE WHEN status = 'shipped' THEN 1 END"},
        "always": {"kind": "derived", "expr": "1", "nullable": False},
    }
    plan = build_plan(spec_from_dict(make_spec(fields, rows=10)))
    assert plan.tables["t"].not_null == {"status", "always"}
