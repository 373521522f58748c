"""null_rate: honoured on every kind, exact at 0 and 1, and independent of values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pytest

import lookalike

Column = Callable[..., pa.ChunkedArray]
Spec = Callable[..., dict[str, Any]]

FIELDS: dict[str, dict[str, Any]] = {
    "integer": {"kind": "integer"},
    "integer-normal": {"kind": "integer", "distribution": "normal"},
    "decimal": {"kind": "decimal"},
    "float": {"kind": "float"},
    "boolean": {"kind": "boolean"},
    "choice": {"kind": "choice", "values": ["a", "b"]},
    "date": {"kind": "date"},
    "datetime": {"kind": "datetime", "timezone": "UTC"},
    "time": {"kind": "time"},
    "sequence": {"kind": "sequence"},
    "uuid": {"kind": "uuid"},
    "pattern": {"kind": "pattern", "pattern": "??-##"},
    "text": {"kind": "text"},
    "constant": {"kind": "constant", "value": "c"},
    "unique-integer": {"kind": "integer", "unique": True},
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_null_rate_is_roughly_honoured(column_of: Column, name: str) -> None:
    rows = 100_000
    column = column_of({**FIELDS[name], "null_rate": 0.3}, rows=rows)
    assert abs(column.null_count / rows - 0.3) < 0.01
    assert len(column) == rows


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_null_rate_extremes_are_exact(column_of: Column, name: str) -> None:
    rows = 5000
    assert column_of({**FIELDS[name], "null_rate": 0.0}, rows=rows).null_count == 0
    all_null = column_of({**FIELDS[name], "null_rate": 1.0}, rows=rows)
    assert all_null.null_count == rows
    assert all_null.to_pylist() == [None] * rows


def test_derived_null_rate(make_spec: Spec) -> None:
    spec = make_spec(
        {
            "n": {"kind": "sequence"},
            "d": {"kind": "derived", "expr": "n * 2", "null_rate": 0.25},
        },
        rows=40_000,
    )
    table = lookalike.generate(spec)
    assert abs(table.column("d").null_count / 40_000 - 0.25) < 0.01
    for row in table.to_pylist()[:2000]:
        assert row["d"] in (None, row["n"] * 2)


def test_null_rate_does_not_move_values(column_of: Column) -> None:
    """Nulls come from their own stream: the surviving values are the same values."""
    rows = 20_000
    plain = column_of({"kind": "uuid"}, rows=rows).to_pylist()
    holed = column_of({"kind": "uuid", "null_rate": 0.4}, rows=rows).to_pylist()
    kept = [(p, h) for p, h in zip(plain, holed, strict=True) if h is not None]
    assert len(kept) > rows // 2
    assert all(p == h for p, h in kept)


def test_null_rate_keeps_the_type(column_of: Column) -> None:
    column = column_of({"kind": "choice", "values": ["a", "b"], "null_rate": 0.5}, rows=100)
    assert column.type == pa.dictionary(pa.int32(), pa.string())
