"""Resolve a spec into a frozen plan: every check happens here, before any row.

The plan fixes the seed and the reference time, compiles each field into a
column generator, orders derived fields by their inputs, sizes unique value
spaces against the row counts and cuts each table into blocks. It can be
inspected and tested without generating anything.

>>> from lookalike.spec import parse_spec
>>> spec = parse_spec("seed: 1\\ntables: {t: {rows: 100000, fields: {id: {kind: sequence}}}}")
>>> plan = build_plan(spec)
>>> plan.tables["t"].blocks
2
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pyarrow as pa

from lookalike.errors import CapacityError, SpecError
from lookalike.kinds import REGISTRY, Column, Derived, Env, compile_derived
from lookalike.kinds.base import Groups
from lookalike.kinds.derived import expression_inputs
from lookalike.permutation import Permutation
from lookalike.randomness import BLOCK_ROWS, column_key, fresh_seed
from lookalike.spec import MAX_ROWS, Dataset, DerivedField, FieldSpec

#: Kinds whose fields define latent groups that other fields refer to.
GROUP_KINDS = frozenset({"person", "address", "company"})

#: Arrow field metadata key telling sinks a column has few distinct values.
LOW_CARDINALITY = b"lookalike.low_cardinality"


@dataclass(frozen=True)
class ColumnPlan:
    """One generated (non-derived) column."""

    name: str
    column: Column
    null_rate: float
    permutation: Permutation | None  # set for unique, non-positional columns


@dataclass(frozen=True)
class TablePlan:
    """One table: its row count, columns in generation order, and output schema."""

    name: str
    rows: int
    columns: tuple[ColumnPlan, ...]
    derived: tuple[tuple[Derived, float], ...]  # in dependency order, with null rates
    schema: pa.Schema
    block_rows: int = BLOCK_ROWS

    @property
    def blocks(self) -> int:
        """How many blocks the table is cut into."""
        return -(-self.rows // self.block_rows)

    def block_span(self, block: int) -> tuple[int, int]:
        """First row and row count of ``block``."""
        start = block * self.block_rows
        return start, max(0, min(self.block_rows, self.rows - start))


@dataclass(frozen=True)
class Plan:
    """A resolved dataset: what :func:`lookalike.engine.generate_block` runs."""

    name: str
    seed: int
    reference_time: dt.datetime
    locale: str
    tables: dict[str, TablePlan] = field(default_factory=dict)
    seed_was_given: bool = True

    @property
    def total_rows(self) -> int:
        """Rows across all tables."""
        return sum(t.rows for t in self.tables.values())


def default_reference_time() -> dt.datetime:
    """Today at 00:00 UTC: what ``now`` means when a spec does not pin it."""
    today = dt.datetime.now(dt.UTC).date()
    return dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)


def build_plan(
    spec: Dataset,
    *,
    rows: int | None = None,
    seed: int | None = None,
    reference_time: dt.datetime | None = None,
) -> Plan:
    """Check ``spec`` and resolve it. ``rows`` and ``seed`` override the spec's."""
    if rows is not None and not 0 <= rows <= MAX_ROWS:
        raise SpecError(f"rows must be between 0 and 10^12, got {rows:,}", path="rows")
    if seed is not None and not 0 <= seed < 2**63:
        raise SpecError(f"seed must be between 0 and 2**63 - 1, got {seed}", path="seed")
    chosen_seed = seed if seed is not None else spec.seed
    given = chosen_seed is not None
    final_seed = chosen_seed if chosen_seed is not None else fresh_seed()
    reference = reference_time or spec.reference_time or default_reference_time()
    if reference.tzinfo is None:
        reference = reference.replace(tzinfo=dt.UTC)
    tables = {
        name: _plan_table(name, table.rows if rows is None else rows, table.fields, final_seed,
                          reference, spec.locale)
        for name, table in spec.tables.items()
    }  # fmt: skip
    return Plan(spec.name, final_seed, reference, spec.locale, tables, given)


def _plan_table(
    name: str,
    rows: int,
    fields: dict[str, FieldSpec],
    seed: int,
    reference: dt.datetime,
    locale: str,
) -> TablePlan:
    compiled: dict[str, ColumnPlan] = {}
    types: dict[str, pa.DataType] = {}
    low_cardinality: set[str] = set()
    groups = Groups()
    # Fields that define latent groups (a person, an address, a company) compile
    # first, so an email or a landline can find its group wherever it is listed.
    order = sorted(
        (n for n, f in fields.items() if not isinstance(f, DerivedField)),
        key=lambda n: fields[n].kind not in GROUP_KINDS,
    )
    for field_name in order:
        field_spec = fields[field_name]
        path = f"tables.{name}.fields.{field_name}"
        compiler = REGISTRY.get(field_spec.kind)
        if compiler is None:
            raise SpecError(
                f"kind {field_spec.kind!r} is not available in this build", path=f"{path}.kind"
            )
        column = compiler(field_spec, Env(path, reference, locale, groups))
        column.check_rows(rows, path)
        permutation = None
        if field_spec.unique and not column.positional:
            permutation = _unique_permutation(column, rows, seed, name, field_name, path)
        compiled[field_name] = ColumnPlan(field_name, column, field_spec.null_rate, permutation)
        types[field_name] = column.arrow_type
        if column.low_cardinality:
            low_cardinality.add(field_name)
    columns = [compiled[n] for n in fields if n in compiled]
    derived = _plan_derived(name, fields, types)
    # The seed and reference time travel with the data (Parquet and Arrow keep
    # schema metadata), so any output says how to regenerate it.
    provenance = {
        b"lookalike.seed": str(seed).encode(),
        b"lookalike.reference_time": reference.isoformat().encode(),
        b"lookalike.table": name.encode(),
    }
    schema = pa.schema(
        [
            pa.field(
                f, types[f], metadata={LOW_CARDINALITY: b"1"} if f in low_cardinality else None
            )
            for f in fields
            if not fields[f].hidden
        ],
        metadata=provenance,
    )
    return TablePlan(name, rows, tuple(columns), derived, schema)


def _unique_permutation(
    column: Column, rows: int, seed: int, table: str, field_name: str, path: str
) -> Permutation:
    capacity = max(rows, 1) if column.row_sized else column.capacity
    if capacity is None:
        raise SpecError(
            "this kind (or distribution) cannot be unique; use distribution: uniform, "
            "or a sequence, uuid or pattern",
            path=f"{path}.unique",
        )
    if rows > capacity:
        raise CapacityError(
            f"unique space is {capacity:,} but rows is {rows:,}; {column.widen_hint}", path=path
        )
    return Permutation(size=capacity, key=tuple(column_key(seed, table, field_name, "unique")))


def _plan_derived(
    table: str, fields: dict[str, FieldSpec], types: dict[str, pa.DataType]
) -> tuple[tuple[Derived, float], ...]:
    """Compile derived fields in an order where each one's inputs come first."""
    pending = {n: f for n, f in fields.items() if isinstance(f, DerivedField)}
    for field_name, spec in pending.items():
        if spec.unique:
            raise SpecError(
                "a derived field cannot be unique by construction; make one of its inputs "
                "unique (a sequence, uuid or pattern) instead",
                path=f"tables.{table}.fields.{field_name}.unique",
            )
    inputs = {
        n: set(expression_inputs(f.expr, f"tables.{table}.fields.{n}")) for n, f in pending.items()
    }
    ordered: list[tuple[Derived, float]] = []
    while pending:
        ready = [n for n in pending if not (inputs[n] - {n}) & set(pending)]
        if not ready:
            names = ", ".join(sorted(pending))
            raise SpecError(
                f"derived fields depend on each other in a cycle: {names}; "
                "compute one of them from base fields only",
                path=f"tables.{table}.fields",
            )
        for field_name in ready:
            spec = pending.pop(field_name)
            path = f"tables.{table}.fields.{field_name}"
            available = {k: v for k, v in types.items() if k != field_name}
            derived = compile_derived(field_name, spec.expr, spec.type, available, path)
            ordered.append((derived, spec.null_rate))
            types[field_name] = derived.arrow_type
    return tuple(ordered)
