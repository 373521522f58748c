"""The engine: one block of one table, as a pure function of the plan.

``generate_block(plan, table, block)`` depends on nothing but its arguments,
so blocks can be made in any order, on any process or machine, and always come
out the same.

>>> from lookalike.spec import parse_spec
>>> from lookalike.plan import build_plan
>>> plan = build_plan(parse_spec(
...     "seed: 3\\ntables: {t: {rows: 5, fields: {n: {kind: sequence, start: 10}}}}"))
>>> generate_block(plan, "t", 0).column("n").to_pylist()
[10, 11, 12, 13, 14]
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds import BlockContext, Derived
from lookalike.kinds.base import with_nulls
from lookalike.plan import ColumnPlan, Plan, TablePlan
from lookalike.relational.aggregate_blocks import aggregate_block
from lookalike.relational.links import apply_unlike
from lookalike.relational.lookup import lookup


def _with_nulls(values: pa.Array, rate: float, ctx: BlockContext) -> pa.Array:
    """Blank out a share of rows, drawn from the column's own null stream."""
    if rate <= 0.0:
        return values
    return with_nulls(values, ctx.rng("nulls").random(ctx.rows) < rate)


def generate_block(plan: Plan, table: str, block: int) -> pa.RecordBatch:
    """Generate rows ``block * block_rows`` onwards of ``table``, all columns."""
    table_plan: TablePlan = plan.tables[table]
    # Only what the output shows and what it reads: a hidden field that feeds another
    # table (a line's charge, summed into its order) is not made for this one.
    values = block_values(plan, table, block, set(table_plan.schema.names))
    return pa.RecordBatch.from_arrays(
        [values[name] for name in table_plan.schema.names], schema=table_plan.schema
    )


def block_values(
    plan: Plan, table: str, block: int, only: set[str] | None = None
) -> dict[str, pa.Array]:
    """Every column of one block (or ``only`` those and what they read), hidden ones and
    parent columns read by expressions too."""
    table_plan: TablePlan = plan.tables[table]
    needed = table_plan.inputs_of(only) if only is not None else None
    start, rows = table_plan.block_span(block)
    row_numbers = np.arange(start, start + rows, dtype=np.uint64)
    # Children laid out per parent know their parent and their position under it.
    per_parent = table_plan.layout.parents_of(start, start + rows) if table_plan.layout else None
    link_rows, column_digits = _parent_rows(plan, table_plan, block, row_numbers, per_parent)
    values: dict[str, pa.Array] = {}
    shared: dict[str, object] = {}  # latent records shared by this block's columns
    for column_plan in table_plan.columns:
        if needed is not None and column_plan.name not in needed:
            continue
        ctx = BlockContext(plan.seed, table, column_plan.name, block, start, rows, shared)
        array = _generated(column_plan, ctx, row_numbers, per_parent, column_digits)
        values[column_plan.name] = _with_nulls(array, column_plan.null_rate, ctx)
    for reference in table_plan.references:
        if needed is not None and reference.name not in needed:
            continue
        ctx = BlockContext(plan.seed, table, reference.name, block, start, rows)
        array = lookup(
            plan, reference.parent, reference.parent_column, link_rows[reference.link],
            block_values,
        )  # fmt: skip
        values[reference.name] = _with_nulls(array, reference.null_rate, ctx)
    for scoped in table_plan.scoped:
        if needed is not None and scoped.name not in needed:
            continue
        values[scoped.name] = lookup(
            plan, scoped.parent, scoped.column, link_rows[scoped.link], block_values
        )
    for aggregate in table_plan.aggregates:
        if needed is not None and aggregate.name not in needed:
            continue
        ctx = BlockContext(plan.seed, table, aggregate.name, block, start, rows)
        array = aggregate_block(plan, table, block, aggregate, block_values)
        values[aggregate.name] = _with_nulls(array, aggregate.null_rate, ctx)
    for derived, null_rate in table_plan.derived:
        if needed is not None and derived.name not in needed:
            continue
        ctx = BlockContext(plan.seed, table, derived.name, block, start, rows)
        values[derived.name] = _with_nulls(_evaluate(derived, values, ctx), null_rate, ctx)
    # A latent record keeps its context, whose ``shared`` keeps the record: a cycle
    # only the garbage collector would free, so every block's people and places
    # would pile up between collections (person rows: 250 -> 410 MB by 10M rows).
    shared.clear()
    return values


def _evaluate(derived: Derived, values: dict[str, pa.Array], ctx: BlockContext) -> pa.Array:
    """An expression over the block, its failure named with the rows it failed on."""
    try:
        return derived.evaluate(values, ctx.rows)
    except Exception as exc:  # Polars and Arrow raise many types for bad data
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
        last = ctx.start + ctx.rows - 1
        raise SpecError(
            f"expression {derived.expr!r} failed on rows {ctx.start:,} to {last:,}: "
            f"{message}; check its types (use CAST or a type: option)",
            path=f"tables.{ctx.table}.fields.{derived.name}",
        ) from exc


def _parent_rows(
    plan: Plan,
    table_plan: TablePlan,
    block: int,
    row_numbers: np.ndarray,
    per_parent: tuple[np.ndarray, np.ndarray] | None,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """The parent row each row reads, per link; and the digits composite keys give columns."""
    link_digits: dict[str, np.ndarray] = {}
    column_digits: dict[str, np.ndarray] = {}
    for joint in table_plan.joints:
        for member, digits in joint.digits(row_numbers).items():
            if member.startswith("@link:"):
                link_digits[member.removeprefix("@link:")] = digits
            else:
                column_digits[member] = digits
    link_rows = {
        link.name: link.rows_for(
            seed=plan.seed,
            table=table_plan.name,
            block=block,
            row_numbers=row_numbers,
            per_parent=per_parent,
            joint_digits=link_digits,
        )
        for link in table_plan.links
    }
    apply_unlike(table_plan.links, link_rows)
    return link_rows, column_digits


def _generated(
    column_plan: ColumnPlan,
    ctx: BlockContext,
    row_numbers: np.ndarray,
    per_parent: tuple[np.ndarray, np.ndarray] | None,
    column_digits: dict[str, np.ndarray],
) -> pa.Array:
    """One generated column's values, by how the plan says they are chosen."""
    column = column_plan.column
    if column_plan.per_link is not None and per_parent is not None:
        array = column.at_row_numbers(per_parent[1])  # a sequence restarting per parent
        assert array is not None
        return array
    if column_plan.joint is not None:
        return column.at(ctx, column_digits[column_plan.name])
    if column.positional:
        return column.at_rows(ctx)
    if column_plan.permutation is not None:
        return column.at(ctx, column_plan.permutation.apply(row_numbers))
    return column.sample(ctx)
