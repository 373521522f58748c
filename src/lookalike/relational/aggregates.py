"""A parent's summary of its children (an order's total from its lines), by construction:
what the planner checks and records (the blocks reduce in
:mod:`~lookalike.relational.aggregate_blocks`).

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

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.spec import AggregateField, Dataset

if TYPE_CHECKING:
    pass


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
