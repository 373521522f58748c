"""A parent's summary of its children (an order's total from its lines), by construction.

A child table whose rows are given per parent (``rows: {per: orders}``) lays each
parent's children out as consecutive rows, and the layout knows, for any parent
block, exactly which child rows belong to it (one running total per block plus
that block's counts). So a parent block can regenerate just the child column it
summarises over that run of rows (blocks are pure functions), and reduce it per
parent: nothing is held back, sorted or joined after the fact, and the order's
total equals the sum of the lines written beside it, whatever the worker count.

>>> from lookalike.spec import spec_from_dict
>>> from lookalike.plan import build_plan
>>> from lookalike.engine import generate_block
>>> plan = build_plan(spec_from_dict({"seed": 1, "tables": {
...     "orders": {"rows": 3, "fields": {"id": {"kind": "sequence"},
...         "total": {"kind": "aggregate", "of": "lines.amount", "function": "sum"},
...         "lines": {"kind": "aggregate", "of": "lines.amount", "function": "count"}}},
...     "lines": {"rows": {"per": "orders", "distribution": "fixed", "count": 2},
...         "fields": {"order_id": {"ref": "orders.id"},
...                    "amount": {"kind": "sequence", "per": "orders"}}}}}))
>>> generate_block(plan, "orders", 0).to_pydict()
{'id': [1, 2, 3], 'total': [3, 3, 3], 'lines': [2, 2, 2]}
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.errors import SpecError
from lookalike.kinds.base import typed_array
from lookalike.relational.lookup import BlockValues, lookup
from lookalike.spec import AggregateField, Dataset

if TYPE_CHECKING:
    from lookalike.plan import Plan


@dataclass(frozen=True)
class AggregatePlan:
    """``function`` of ``child.column`` over each row's children."""

    name: str
    child: str
    column: str
    function: str
    null_rate: float
    arrow_type: pa.DataType


def check_aggregate(spec: Dataset, table: str, name: str, field: AggregateField) -> None:
    """The child exists, has the column, and lays its rows out per ``table``."""
    path = f"tables.{table}.fields.{name}.of"
    child = spec.tables.get(field.child_table)
    if child is None:
        raise SpecError(
            f"summarises table {field.child_table!r}, which is not in the spec; tables: "
            f"{', '.join(spec.tables)}",
            path=path,
        )
    if field.child_column not in child.fields:
        raise SpecError(
            f"table {field.child_table!r} has no field {field.child_column!r}; its fields: "
            f"{', '.join(child.fields)}",
            path=path,
        )
    if isinstance(child.rows, int) or child.rows.per != table:
        raise SpecError(
            f"an aggregate needs {field.child_table!r}'s rows given per {table!r} "
            f"(rows: {{per: {table}, ...}}), so each row's children are known",
            path=path,
        )


def aggregate_type(function: str, child_type: pa.DataType, path: str) -> pa.DataType:
    """The result type: counts are int64, means float64, sums widen, min and max keep."""
    if pa.types.is_dictionary(child_type):
        child_type = child_type.value_type
    if function == "count":
        return pa.int64()
    numeric = pa.types.is_integer(child_type) or pa.types.is_floating(child_type)
    is_decimal = pa.types.is_decimal(child_type)
    if function in ("sum", "mean") and not (numeric or is_decimal):
        raise SpecError(
            f"cannot {function} a {child_type} column; summarise a number, or use min, max "
            "or count",
            path=f"{path}.function",
        )
    if function == "mean":
        return pa.float64()
    if function == "sum" and is_decimal:
        assert isinstance(child_type, pa.Decimal128Type)
        return pa.decimal128(min(38, child_type.precision + 10), child_type.scale)
    if function == "sum":
        return pa.int64() if pa.types.is_integer(child_type) else pa.float64()
    return child_type


def aggregate_block(
    plan: Plan, table: str, block: int, aggregate: AggregatePlan, block_values: BlockValues
) -> pa.Array:
    """``aggregate`` for every row of ``table``'s ``block``: its children, reduced."""
    child = plan.tables[aggregate.child]
    layout = child.layout
    # Planned so: the child's rows are given per this table, in blocks of the same size.
    assert layout is not None
    assert layout.block_rows == plan.tables[table].block_rows
    counts = layout.counts(block)
    first = int(layout.offsets[block])
    rows = np.arange(first, first + int(counts.sum()), dtype=np.int64)
    values = lookup(plan, aggregate.child, aggregate.column, rows, block_values)
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    return _reduce(values, counts, aggregate.function, aggregate.arrow_type)


def _reduce(
    values: pa.Array, counts: np.ndarray, function: str, arrow_type: pa.DataType
) -> pa.Array:
    """Reduce consecutive runs of ``values`` (lengths ``counts``); an empty run gives null
    (a count gives 0)."""
    if function == "count":
        valid = np.asarray(values.is_valid()) if values.null_count else None
        if valid is None:
            return typed_array(counts.astype(np.int64), pa.int64())
        return typed_array(_runs(np.add.reduceat, valid.astype(np.int64), counts, 0), pa.int64())
    parents = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    grouped = (
        pa.table({"parent": parents, "value": values})
        .group_by("parent", use_threads=False)
        .aggregate([("value", function)])
    )
    found = grouped.column("parent").to_numpy()
    slots = np.full(len(counts), -1, dtype=np.int64)
    slots[found] = np.arange(len(found))
    result = grouped.column(f"value_{function}").combine_chunks().cast(arrow_type)
    taken = result.take(pa.array(np.where(slots >= 0, slots, 0)))
    if (slots < 0).any():
        return pc.if_else(pa.array(slots >= 0), taken, pa.nulls(len(slots), arrow_type))
    return taken


def _runs(
    ufunc: Callable[..., np.ndarray], values: np.ndarray, counts: np.ndarray, empty: int
) -> np.ndarray:
    """``ufunc.reduceat`` over runs of ``counts``, with ``empty`` for runs of none."""
    out = np.full(len(counts), empty, dtype=values.dtype)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    filled = counts > 0
    if filled.any():
        out[filled] = ufunc(values, starts[filled])
    return out
