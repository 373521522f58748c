"""Which database schema each table of a plan goes to (and is read from).

A spec extracted from several PostgreSQL schemas names each table's schema
(``schema: sales``); a load or a check writes and reads every table in its own
schema. ``--schema`` moves a whole spec whose tables share one schema (or name
none) to another; it never folds several schemas into one, which would put
tables silently somewhere else than where they were extracted from.

>>> from lookalike.sql.shape import SimplePlan, SimpleTable
>>> import pyarrow as pa
>>> one = pa.schema([("id", pa.int64())])
>>> plan = SimplePlan({"a": SimpleTable("a", 1, one), "b": SimpleTable("b", 1, one)}, ("a", "b"))
>>> placements(plan, None), placements(plan, "staging")
({'a': None, 'b': None}, {'a': 'staging', 'b': 'staging'})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from lookalike.sql.errors import DatabaseError

if TYPE_CHECKING:
    from lookalike.sql.shape import PlanLike

__all__ = ["placements", "schemas_of", "spec_schemas"]


def placements(plan: PlanLike, schema: str | None, dialect: str = "") -> dict[str, str | None]:
    """Each table's schema: the spec's ``schema:`` per table, or ``schema`` for all.

    ``schema`` (``--schema``) applies to every table when the spec's tables name
    at most one schema between them; when they name several it is refused,
    naming the schemas, rather than folding them into one. SQLite has no
    schemas: every table goes to the one database.
    """
    own = {name: getattr(table, "db_schema", None) for name, table in plan.tables.items()}
    return _resolve(own, schema, dialect)


def spec_schemas(
    tables: Mapping[str, object], schema: str | None, dialect: str = ""
) -> dict[str, str | None]:
    """:func:`placements` for a spec's tables (``lookalike check`` reads a spec, not a plan).

    >>> class T:
    ...     db_schema = "sales"
    >>> spec_schemas({"orders": T()}, None)
    {'orders': 'sales'}
    """
    own = {name: getattr(table, "db_schema", None) for name, table in tables.items()}
    return _resolve(own, schema, dialect)


def _resolve(own: dict[str, str | None], schema: str | None, dialect: str) -> dict[str, str | None]:
    if dialect == "sqlite":
        # A spec extracted from PostgreSQL's schemas loads into SQLite's one namespace.
        own = dict.fromkeys(own)
    named = sorted({s for s in own.values() if s})
    if schema and len(named) > 1:
        raise DatabaseError(
            f"the spec's tables live in schemas {', '.join(named)}; --schema {schema} would "
            "put them all in one; leave --schema out to write each table to its own schema, "
            "or edit the tables' schema: in the spec"
        )
    if schema:
        return dict.fromkeys(own, schema)
    return own


def schemas_of(placed: Mapping[str, str | None], names: Iterable[str]) -> list[str | None]:
    """The distinct schemas of ``names``, in first-seen order.

    >>> schemas_of({"a": "x", "b": None, "c": "x"}, ["a", "b", "c"])
    ['x', None]
    """
    return list(dict.fromkeys(placed.get(n) for n in names))
