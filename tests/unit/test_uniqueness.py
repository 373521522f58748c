"""unique: true is a bijection into the value space: no duplicates, ever, no retries."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable
from decimal import Decimal
from itertools import product
from typing import Any

import pyarrow as pa
import pytest

import lookalike
from lookalike.plan import build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.spec import spec_from_dict

Column = Callable[..., pa.ChunkedArray]
Spec = Callable[..., dict[str, Any]]
SEVERAL_BLOCKS = 2 * BLOCK_ROWS + 1000

UNIQUE_FIELDS: dict[str, dict[str, Any]] = {
    "integer": {"kind": "integer", "min_value": 1, "max_value": 1_000_000},
    "integer-negative": {"kind": "integer", "min_value": -200_000, "max_value": -1},
    "pattern": {"kind": "pattern", "pattern": "??###"},
    "pattern-long": {"kind": "pattern", "pattern": "ORD-" + "#" * 22},
    "date": {"kind": "date", "min_value": "1700-01-01", "max_value": "2100-12-31"},
    "datetime": {"kind": "datetime", "min_value": "2024-01-01", "max_value": "2024-01-03"},
    "decimal": {"kind": "decimal", "min_value": 0, "max_value": 2000, "scale": 2},
    "uuid-v4": {"kind": "uuid"},
    "uuid-v7": {"kind": "uuid", "version": 7},
    "sequence": {"kind": "sequence", "start": 5, "step": 3},
}


@pytest.mark.parametrize("name", sorted(UNIQUE_FIELDS))
def test_no_duplicates_over_several_blocks(column_of: Column, name: str) -> None:
    column = column_of({**UNIQUE_FIELDS[name], "unique": True}, rows=SEVERAL_BLOCKS)
    assert len(column) == SEVERAL_BLOCKS
    assert column.null_count == 0
    assert len(column.unique()) == SEVERAL_BLOCKS


def test_unique_choice_has_no_duplicates(column_of: Column) -> None:
    values = [f"v{i}" for i in range(3000)]
    column = column_of({"kind": "choice", "values": values, "unique": True}, rows=2999)
    assert len(set(column.to_pylist())) == 2999
    assert set(column.to_pylist()) <= set(values)


def test_unique_uuids_are_still_valid_uuids(column_of: Column) -> None:
    import uuid

    for version in (4, 7):
        texts = column_of({"kind": "uuid", "version": version, "unique": True}, rows=2000)
        for text in texts.to_pylist():
            parsed = uuid.UUID(text)
            assert parsed.version == version
            assert parsed.variant == uuid.RFC_4122


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


# Fields whose whole value space is small enough to enumerate: with rows equal to
# the capacity, the column must be a permutation of exactly that space.
FULL: list[tuple[str, dict[str, Any], list[Any]]] = [
    (
        "integer-across-blocks",
        {"kind": "integer", "min_value": 1, "max_value": BLOCK_ROWS + 500},
        list(range(1, BLOCK_ROWS + 501)),
    ),
    (
        "pattern",
        {"kind": "pattern", "pattern": "#?-%"},
        [f"{d}{c}-{n}" for d, c, n in product(string.digits, string.ascii_uppercase, "123456789")],
    ),
    (
        "pattern-hex",
        {"kind": "pattern", "pattern": "^^^"},
        ["".join(p) for p in product("0123456789abcdef", repeat=3)],
    ),
    (
        "date",
        {"kind": "date", "min_value": "2024-01-01", "max_value": "2024-12-31"},
        _days(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ),
    (
        "datetime",
        {
            "kind": "datetime",
            "min_value": "2024-01-01T00:00:00",
            "max_value": "2024-01-01T01:00:00",
        },
        [dt.datetime(2024, 1, 1) + dt.timedelta(seconds=s) for s in range(3601)],
    ),
    (
        "time",
        {"kind": "time", "min_value": "10:00", "max_value": "10:59:59"},
        [dt.time(10, m, s) for m in range(60) for s in range(60)],
    ),
    (
        "choice",
        {"kind": "choice", "values": list(string.ascii_lowercase), "weights": [1] * 26},
        list(string.ascii_lowercase),
    ),
    ("choice-weighted", {"kind": "choice", "values": [1, 2, 3], "weights": [90, 9, 1]}, [1, 2, 3]),
    (
        "decimal",
        {"kind": "decimal", "min_value": "-1.00", "max_value": "9.99", "scale": 2},
        [Decimal(i).scaleb(-2) for i in range(-100, 1000)],
    ),
    ("boolean", {"kind": "boolean", "probability": 0.99}, [False, True]),
    ("constant", {"kind": "constant", "value": 7}, [7]),
]


@pytest.mark.parametrize(("field", "space"), [pytest.param(f, s, id=name) for name, f, s in FULL])
def test_rows_equal_to_capacity_give_the_whole_space(
    column_of: Column, field: dict[str, Any], space: list[Any]
) -> None:
    column = column_of({**field, "unique": True}, rows=len(space))
    values = column.to_pylist()
    assert len(values) == len(space)
    assert sorted(values) == sorted(space)


def test_unique_order_is_shuffled_not_sorted(column_of: Column) -> None:
    values = column_of(
        {"kind": "integer", "min_value": 0, "max_value": 9999, "unique": True}, rows=10_000
    ).to_pylist()
    assert sorted(values) == list(range(10_000))
    assert values != sorted(values)


def test_unique_with_nulls_keeps_the_rest_distinct(column_of: Column) -> None:
    field = {"kind": "pattern", "pattern": "###", "unique": True, "null_rate": 0.3}
    values = column_of(field, rows=1000).to_pylist()
    present = [v for v in values if v is not None]
    assert 600 < len(present) < 800
    assert len(set(present)) == len(present)


def test_unique_depends_on_seed(column_of: Column) -> None:
    field = {"kind": "integer", "min_value": 1, "max_value": 10**9, "unique": True}
    assert (
        column_of(field, rows=100, seed=1).to_pylist()
        != column_of(field, rows=100, seed=2).to_pylist()
    )


def test_unique_sequence_needs_no_capacity(make_spec: Spec) -> None:
    spec = spec_from_dict(make_spec({"id": {"kind": "sequence", "unique": True}}))
    plan = build_plan(spec, rows=10**12)
    assert plan.tables["t"].rows == 10**12


def test_unique_columns_in_several_tables_are_independent(make_spec: Spec) -> None:
    field = {"kind": "integer", "min_value": 1, "max_value": 1000, "unique": True}
    spec = {
        "seed": 3,
        "tables": {
            "a": {"rows": 1000, "fields": {"k": field}},
            "b": {"rows": 1000, "fields": {"k": field}},
        },
    }
    a = lookalike.generate(spec, table="a").column("k").to_pylist()
    b = lookalike.generate(spec, table="b").column("k").to_pylist()
    assert sorted(a) == sorted(b) == list(range(1, 1001))
    assert a != b
