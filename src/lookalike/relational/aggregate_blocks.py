"""A parent block's aggregates: its children regenerated over their run of rows, reduced.

The planning half (what may be summarised, and as what type) is in
:mod:`lookalike.relational.aggregates`; this is the generating half, which reads
child columns through :func:`~lookalike.relational.lookup.lookup`.

>>> _reduce(pa.array([1, 2, 3]), np.array([2, 0, 1]), "sum", pa.int64()).to_pylist()
[3, None, 3]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.kinds.base import typed_array
from lookalike.relational.aggregates import AggregatePlan
from lookalike.relational.lookup import BlockValues, lookup

if TYPE_CHECKING:
    from lookalike.plan import Plan


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
