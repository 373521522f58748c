"""Values of any table's column at any rows, recomputed from the plan.

A foreign key needs the parent's key at the row its link picked; an order line
may need its product's price. Nothing of the parent is kept in memory: keys
that are computed from the row number (sequences, permuted UUIDs and patterns)
come straight from it, and any other column is read from the parent block
regenerated on demand (a few recent blocks are cached per process, which is
what children laid out per parent mostly need).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, typed_array, with_nulls

if TYPE_CHECKING:
    from lookalike.plan import Plan

#: Bytes of regenerated parent columns kept per process for lookups.
CACHE_BYTES = 64 * 2**20
#: Lookups nest (a child reads a parent that reads its own parent); deeper is a loop.
_MAX_DEPTH = 32
_depth = threading.local()
#: Guards the plans' lookup caches: a server may generate two blocks at once.
_cache_lock = threading.Lock()

BlockValues = Callable[["Plan", str, int, set[str]], dict[str, pa.Array]]


def lookup(
    plan: Plan, table: str, column: str, rows: np.ndarray, block_values: BlockValues
) -> pa.Array:
    """``table.column`` at ``rows`` (int64; -1 gives null). ``block_values`` makes a block."""
    valid = rows >= 0
    if not valid.all():
        found = lookup(plan, table, column, rows[valid], block_values)
        slots = np.where(valid, np.cumsum(valid) - 1, 0)
        if len(found) == 0:
            return pa.nulls(len(rows), found.type)
        return with_nulls(found.take(typed_array(slots, pa.int64())), ~valid)
    held = plan.existing.get((table, column))
    if held is not None:
        # The target's own rows stand in for the parent: row i of the spec's
        # ``rows`` becomes one of the rows it holds, evenly spread.
        spread = rows * len(held) // max(plan.tables[table].rows, 1)
        return held.take(typed_array(spread, pa.int64()))
    direct = _direct(plan, table, column, rows)
    if direct is not None:
        return direct
    depth = getattr(_depth, "value", 0)
    if depth > _MAX_DEPTH:
        raise SpecError(
            f"looking up {table}.{column} loops through references that read each other; "
            "read a generated column instead",
            path=f"tables.{table}.fields.{column}",
        )
    _depth.value = depth + 1
    try:
        return _from_blocks(plan, table, column, rows, block_values)
    finally:
        _depth.value = depth


def _direct(plan: Plan, table: str, column: str, rows: np.ndarray) -> pa.Array | None:
    """The values computed from the row numbers alone, when the column allows it."""
    column_plan = plan.tables[table].column_plan(column)
    if column_plan is None or column_plan.null_rate > 0 or column_plan.per_link is not None:
        return None
    if column_plan.joint is not None:
        return None
    generator = column_plan.column
    if generator.positional:
        return generator.at_row_numbers(rows)
    if column_plan.permutation is not None and generator.index_only():
        ctx = BlockContext(plan.seed, table, column, 0, 0, len(rows))
        return generator.at(ctx, column_plan.permutation.apply(rows.astype(np.uint64)))
    return None


def _from_blocks(
    plan: Plan, table: str, column: str, rows: np.ndarray, block_values: BlockValues
) -> pa.Array:
    block_rows = plan.tables[table].block_rows
    blocks = rows // block_rows
    if len(blocks) and blocks.min() == blocks.max():
        # One parent block (a small parent, or children laid out under theirs): no
        # sorting into pieces and back, one take.
        block = int(blocks[0])
        values = _cached(plan, table, block, column, block_values)
        if pa.types.is_dictionary(values.type):
            values = values.dictionary_decode()
        return values.take(typed_array(rows - block * block_rows, pa.int64()))
    # Block numbers of up to 16 bits sort by radix (linear) rather than by comparison.
    keys = blocks.astype(np.uint16) if len(blocks) and blocks.max() < 2**16 else blocks
    order = np.argsort(keys, kind="stable")
    sorted_blocks = blocks[order]
    cuts = np.flatnonzero(np.diff(sorted_blocks)) + 1
    pieces = []
    for chunk in np.split(order, cuts):
        if not len(chunk):
            continue
        block = int(blocks[chunk[0]])
        values = _cached(plan, table, block, column, block_values)
        if pa.types.is_dictionary(values.type):
            values = values.dictionary_decode()
        local = rows[chunk] - block * block_rows
        pieces.append(values.take(typed_array(local, pa.int64())))
    if not pieces:
        return pa.nulls(0, pa.string())
    gathered = pa.concat_arrays(pieces) if len(pieces) > 1 else pieces[0]
    # The pieces follow the block-sorted order; put each value back at its row.
    inverse = np.empty_like(order)
    inverse[order] = np.arange(len(order))
    return gathered.take(typed_array(inverse, pa.int64()))


def _cached(plan: Plan, table: str, block: int, column: str, block_values: BlockValues) -> pa.Array:
    """One parent column of one block, regenerated alone and kept while the budget allows."""
    key = (table, block, column)
    cache = plan.lookups
    with _cache_lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    # Made outside the lock: two threads may both make it, which costs time, not results.
    values = block_values(plan, table, block, {column})[column]
    with _cache_lock:
        cache[key] = values
        held = sum(array.nbytes for array in cache.values())
        while held > CACHE_BYTES and len(cache) > 1:
            _, dropped = cache.popitem(last=False)
            held -= dropped.nbytes
    return values
