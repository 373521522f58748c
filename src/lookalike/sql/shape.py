"""The relational shape of a plan that the SQL code reads: keys and foreign keys.

These are structural types (Protocols) matching :class:`lookalike.plan.Plan`
and its tables, so DDL, loading and checks can be tested with small stand-ins
and never depend on how a plan is built.

>>> import pyarrow as pa
>>> t = SimpleTable("t", 3, pa.schema([("id", pa.int64())]), ("id",))
>>> t.primary_key, t.foreign_keys
(('id',), ())
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import pyarrow as pa


class ForeignKeyLike(Protocol):
    """Child columns pointing at a parent table's key columns."""

    @property
    def columns(self) -> tuple[str, ...]: ...

    @property
    def parent(self) -> str: ...

    @property
    def parent_columns(self) -> tuple[str, ...]: ...

    @property
    def deferred(self) -> bool: ...


class TableLike(Protocol):
    """One table of a plan: name, row count, output schema, keys and NOT NULL columns.

    A column is NOT NULL when it is in ``not_null``, in the primary key, or
    marked not nullable in the Arrow schema.
    """

    @property
    def name(self) -> str: ...

    @property
    def rows(self) -> int: ...

    @property
    def schema(self) -> pa.Schema: ...

    @property
    def primary_key(self) -> tuple[str, ...]: ...

    @property
    def unique_keys(self) -> tuple[tuple[str, ...], ...]: ...

    @property
    def foreign_keys(self) -> tuple[ForeignKeyLike, ...]: ...

    @property
    def not_null(self) -> frozenset[str]: ...


class PlanLike(Protocol):
    """A plan's tables and the order that loads parents before children."""

    @property
    def tables(self) -> Mapping[str, TableLike]: ...

    @property
    def load_order(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class SimpleForeignKey:
    """A plain :class:`ForeignKeyLike` (tests and extraction build these)."""

    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    deferred: bool = False


@dataclass(frozen=True)
class SimpleTable:
    """A plain :class:`TableLike`."""

    name: str
    rows: int
    schema: pa.Schema
    primary_key: tuple[str, ...] = ()
    unique_keys: tuple[tuple[str, ...], ...] = ()
    foreign_keys: tuple[SimpleForeignKey, ...] = ()
    not_null: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SimplePlan:
    """A plain :class:`PlanLike`."""

    tables: dict[str, SimpleTable] = field(default_factory=dict)
    load_order: tuple[str, ...] = ()


def required(table: TableLike) -> frozenset[str]:
    """The columns of ``table`` that a database declares NOT NULL.

    >>> import pyarrow as pa
    >>> t = SimpleTable("t", 1, pa.schema([("id", pa.int64()), ("a", pa.int64()),
    ...                                    pa.field("b", pa.int64(), nullable=False)]),
    ...                 ("id",), not_null=frozenset({"a"}))
    >>> sorted(required(t))
    ['a', 'b', 'id']
    """
    from_schema = {f.name for f in table.schema if not f.nullable}
    return frozenset(table.not_null | set(table.primary_key) | from_schema)
