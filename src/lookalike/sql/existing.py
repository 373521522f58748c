"""Read a parent table the target already holds, for a load of some tables only.

``generate --to URL --table orders`` into a database whose ``customers`` are
there already: the orders must point at those customers, not at the ones the
spec would have made. :func:`read_parent_columns` reads the columns the
children use (the key, and any column they copy or compare with), in key
order, as Arrow arrays of the plan's types; the plan's lookups then take them
in place of the spec's rows (:attr:`lookalike.plan.Plan.existing`).

It reads the parent once, a row at a time through the driver: a parent of a
few million rows takes seconds; the children's generation stays vectorised.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import pyarrow as pa
import sqlalchemy as sa

from lookalike.sql.errors import DatabaseError
from lookalike.sql.writers import driver_message

if TYPE_CHECKING:
    from lookalike.plan import Plan

__all__ = ["read_parent_columns"]


def read_parent_columns(
    engine: sa.Engine, plan: Plan, table: str, schema: str | None, columns: list[str]
) -> dict[str, pa.Array]:
    """``columns`` of ``table`` as the target holds them, ordered by the plan's primary
    key (else by ``columns``); empty when the table is absent or holds no row."""
    inspector = sa.inspect(engine)
    if not inspector.has_table(table, schema=schema):
        return {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        present = {c["name"] for c in inspector.get_columns(table, schema=schema)}
    missing = [c for c in columns if c not in present]
    if missing:
        raise DatabaseError(
            f"table {table} of the target has no column(s) {', '.join(missing)}, which the "
            "tables of this load read from it; load it with the spec's columns first"
        )
    order = [c for c in plan.tables[table].primary_key if c in present] or columns
    source = sa.table(table, *(sa.column(c) for c in dict.fromkeys([*columns, *order])),
                      schema=schema)  # fmt: skip
    query = sa.select(*(source.c[c] for c in columns)).order_by(*(source.c[c] for c in order))
    try:
        with engine.connect() as conn:
            rows = conn.execute(query).all()
    except sa.exc.DBAPIError as exc:
        raise DatabaseError(f"cannot read table {table}: {driver_message(exc)}") from exc
    if not rows:
        return {}
    types = plan.tables[table].schema
    out: dict[str, pa.Array] = {}
    for at, column in enumerate(columns):
        kind = types.field(column).type if column in types.names else None
        if kind is not None and pa.types.is_dictionary(kind):
            kind = kind.value_type
        values = [row[at] for row in rows]
        try:
            out[column] = _typed(values, kind)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as exc:
            raise DatabaseError(
                f"column {table}.{column} of the target holds values the spec's type cannot "
                f"take ({exc}); make the field's kind match the column"
            ) from exc
    return out


def _typed(values: list[object], kind: pa.DataType | None) -> pa.Array:
    """``values`` as ``kind``; text (SQLite's dates) parsed by Arrow's casts.

    >>> _typed(["2020-01-31"], pa.date32()).to_pylist()
    [datetime.date(2020, 1, 31)]
    """
    try:
        return pa.array(values, type=kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        return pa.array(values).cast(kind) if kind is not None else pa.array(values)
