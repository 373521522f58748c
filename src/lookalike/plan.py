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
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from lookalike.errors import CapacityError, SpecError
from lookalike.kinds import Column, Derived, Env, compiler_for
from lookalike.kinds.base import Groups, typed_array
from lookalike.kinds.choice import ConstantColumn, scalar_array
from lookalike.limits import TableEstimate, check_budget, check_spec, estimate_tables
from lookalike.permutation import Permutation
from lookalike.randomness import BLOCK_ROWS, column_key, fresh_seed
from lookalike.relational.aggregates import AggregatePlan
from lookalike.relational.cardinality import ChildLayout
from lookalike.relational.composite import plan_composite_keys
from lookalike.relational.graph import Edge, load_order
from lookalike.relational.keys import (
    ForeignKey,
    JointUnique,
    check_references,
    foreign_keys,
    plan_links,
    row_counts,
    single_unique,
)
from lookalike.relational.links import LinkPlan
from lookalike.relational.resolve import ReferencePlan, ResolvedFields, ScopedInput, resolve_fields
from lookalike.spec import (
    MAX_ROWS,
    AggregateField,
    Dataset,
    DerivedField,
    ReferenceField,
    SequenceField,
    Table,
)

#: Kinds whose fields define latent groups that other fields refer to.
GROUP_KINDS = frozenset({"person", "address", "company"})

#: Arrow field metadata key telling sinks a column has few distinct values.
LOW_CARDINALITY = b"lookalike.low_cardinality"


@dataclass(frozen=True)
class ColumnPlan:
    """One generated (non-derived, non-reference) column."""

    name: str
    column: Column
    null_rate: float
    permutation: Permutation | None  # set for unique, non-positional columns
    per_link: str | None = None  # a sequence restarting under each parent of this link
    joint: str | None = None  # a member of this composite unique key (JointUnique.name)


@dataclass(frozen=True)
class Lineage:
    """The lineage columns of a Bronze load: when, from where, for which environment.

    ``_ingested_at`` is the plan's reference time, not the wall clock, so output
    stays byte-identical between runs. ``columns`` renames the three columns
    (ingested at, source system, environment), for a lake whose convention differs.

    >>> Lineage(source_system="crm", columns=("loaded_at", "src", "env")).columns[1]
    'src'
    """

    source_system: str = "lookalike"
    environment: str = "development"
    columns: tuple[str, str, str] = ("_ingested_at", "_source_system", "_environment")

    def __post_init__(self) -> None:
        names = [c.strip() for c in self.columns]
        if len(names) != 3 or not all(names) or len(set(names)) != 3:
            raise SpecError(
                "lineage columns must be three distinct names (ingested at, source system, "
                "environment), e.g. _ingested_at,_source_system,_environment; "
                f"got {self.columns!r}",
                path="lineage.columns",
            )


@dataclass(frozen=True)
class TablePlan:
    """One table: its row count, columns in generation order, keys and output schema."""

    name: str
    rows: int
    columns: tuple[ColumnPlan, ...]
    derived: tuple[tuple[Derived, float], ...]  # in dependency order, with null rates
    schema: pa.Schema
    block_rows: int = BLOCK_ROWS
    primary_key: tuple[str, ...] = ()
    #: Unique keys, single fields (``unique: true``) included; not the primary key.
    unique_keys: tuple[tuple[str, ...], ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    #: Columns a database should declare NOT NULL. (The Arrow schema stays nullable:
    #: writers would reject a batch over a mistaken promise.)
    not_null: frozenset[str] = frozenset()
    links: tuple[LinkPlan, ...] = ()
    references: tuple[ReferencePlan, ...] = ()
    scoped: tuple[ScopedInput, ...] = ()
    layout: ChildLayout | None = None  # rows given per parent
    joints: tuple[JointUnique, ...] = ()
    #: Summaries of this table's children (``kind: aggregate``).
    aggregates: tuple[AggregatePlan, ...] = ()
    #: The database schema the spec puts the table in (None: the target's default).
    db_schema: str | None = None

    @property
    def blocks(self) -> int:
        """How many blocks the table is cut into."""
        return -(-self.rows // self.block_rows)

    def inputs_of(self, names: set[str]) -> set[str]:
        """``names`` and every column their expressions read, transitively."""
        derived = {d.name: d for d, _ in self.derived}
        needed, todo = set(), list(names)
        while todo:
            name = todo.pop()
            if name not in needed:
                needed.add(name)
                if name in derived:
                    todo.extend(derived[name].depends_on)
        return needed

    def column_plan(self, name: str) -> ColumnPlan | None:
        """The generated column called ``name``, if it is one."""
        return next((c for c in self.columns if c.name == name), None)

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
    #: Parents before children, for databases that enforce foreign keys.
    load_order: tuple[str, ...] = ()
    #: Parent columns regenerated for lookups, most recent last (per process).
    lookups: OrderedDict[tuple[str, int, str], pa.Array] = field(
        default_factory=OrderedDict, compare=False, repr=False
    )
    #: Estimated bytes per row of each table, per column (see :mod:`lookalike.limits`).
    estimates: dict[str, TableEstimate] = field(default_factory=dict, compare=False, repr=False)
    #: Columns of parents a database already holds (a load of some tables only), in key
    #: order: children pick among these rows instead of the spec's (see lookup).
    existing: dict[tuple[str, str], pa.Array] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def total_rows(self) -> int:
        """Rows across all tables."""
        return sum(t.rows for t in self.tables.values())

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["lookups"] = OrderedDict()  # a cache, not part of the plan
        return state


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
    scale: float | None = None,
    lineage: Lineage | None = None,
    memory_budget: int | None = None,
) -> Plan:
    """Check ``spec`` and resolve it.

    ``rows`` sets every table whose rows are not given per parent, ``scale``
    multiplies those counts, ``seed`` overrides the spec's, and ``lineage`` adds
    the lineage columns to every table. ``memory_budget`` bounds the bytes of one
    block (default 256 MiB, see :func:`lookalike.limits.block_budget`).
    """
    if rows is not None and not 0 <= rows <= MAX_ROWS:
        raise SpecError(f"rows must be between 0 and 10^12, got {rows:,}", path="rows")
    if scale is not None and not 0 <= scale <= 10**9:
        raise SpecError(f"scale must be a positive factor, got {scale}", path="scale")
    if seed is not None and not 0 <= seed < 2**63:
        raise SpecError(f"seed must be between 0 and 2**63 - 1, got {seed}", path="seed")
    chosen_seed = seed if seed is not None else spec.seed
    given = chosen_seed is not None
    final_seed = chosen_seed if chosen_seed is not None else fresh_seed()
    reference = reference_time or spec.reference_time or default_reference_time()
    if reference.tzinfo is None:
        reference = reference.replace(tzinfo=dt.UTC)
    check_references(spec)
    check_spec(spec)
    counts, layouts = row_counts(spec, rows=rows, scale=scale, seed=final_seed)
    bases = {
        name: _plan_columns(name, counts, table, final_seed, reference, spec.locale)
        for name, table in spec.tables.items()
    }
    types = {name: dict(base.types) for name, base in bases.items()}
    resolved = resolve_fields(spec, types)
    edges: list[Edge] = []
    keys = {name: foreign_keys(name, table, spec) for name, table in spec.tables.items()}
    for name, table in spec.tables.items():
        for fk in keys[name]:
            label = f"{name}.{','.join(fk.columns)}"
            breakable = all(table.fields[c].allows_nulls for c in fk.columns)
            edges.append(Edge(name, fk.parent, label, breakable))
    order, deferred = load_order(list(spec.tables), edges)
    deferred_labels = {e.label for e in deferred}
    tables = {}
    for name, table in spec.tables.items():
        fks = tuple(
            ForeignKey(fk.columns, fk.parent, fk.parent_columns,
                       f"{name}.{','.join(fk.columns)}" in deferred_labels)
            for fk in keys[name]
        )  # fmt: skip
        links = plan_links(
            name, table, counts, final_seed, bases[name].joint_links, bases[name].distinct_links
        )
        tables[name] = _assemble(
            name, table, counts[name], bases[name], resolved[name], types[name], fks, links,
            layouts.get(name), final_seed, reference, lineage,
        )  # fmt: skip
    estimates = estimate_tables(tables)
    check_budget(estimates, memory_budget)
    return Plan(
        spec.name, final_seed, reference, spec.locale, tables, given, order, estimates=estimates
    )


@dataclass
class _Columns:
    """A table's generated columns, before references and expressions are resolved."""

    compiled: dict[str, ColumnPlan]
    types: dict[str, pa.DataType]
    low_cardinality: set[str]
    joints: list[JointUnique]
    joint_links: set[str]
    distinct_links: set[str]


def _plan_columns(
    name: str,
    counts: dict[str, int],
    table: Table,
    seed: int,
    reference: dt.datetime,
    locale: str,
) -> _Columns:
    rows = counts[name]
    fields = table.fields
    uniques = single_unique(table)
    compiled: dict[str, ColumnPlan] = {}
    types: dict[str, pa.DataType] = {}
    low_cardinality: set[str] = set()
    groups = Groups()
    # Fields that define latent groups (a person, an address, a company) compile
    # first, so an email or a landline can find its group wherever it is listed; a
    # unique one first of all, since it shapes its whole group (distinct name pairs).
    order = sorted(
        (
            n
            for n, f in fields.items()
            if not isinstance(f, DerivedField | ReferenceField | AggregateField)
        ),
        key=lambda n: (
            fields[n].kind not in GROUP_KINDS,
            not (fields[n].unique or getattr(fields[n], "names", None) == "distinct"),
        ),
    )
    for field_name in order:
        field_spec = fields[field_name]
        path = f"tables.{name}.fields.{field_name}"
        compiler = compiler_for(field_spec.kind)
        if compiler is None:
            raise SpecError(
                f"kind {field_spec.kind!r} is not available in this build", path=f"{path}.kind"
            )
        column = compiler(field_spec, Env(path, reference, locale, groups))
        column.check_rows(rows, path)
        permutation = None
        per_link = field_spec.per if isinstance(field_spec, SequenceField) else None
        if field_name in uniques and not column.positional and per_link is None:
            permutation = _unique_permutation(column, rows, seed, name, field_name, path)
        compiled[field_name] = ColumnPlan(
            field_name, column, field_spec.null_rate, permutation, per_link
        )
        types[field_name] = column.arrow_type
        if column.low_cardinality:
            low_cardinality.add(field_name)
    sizes = {n: c.column.capacity for n, c in compiled.items()}
    composite = plan_composite_keys(name, table, counts, seed, sizes)
    for joint in composite.joints:
        for member in joint.members:
            if member in compiled:
                compiled[member] = ColumnPlan(
                    member, compiled[member].column, compiled[member].null_rate, None,
                    joint=joint.name,
                )  # fmt: skip
    return _Columns(
        compiled, types, low_cardinality, composite.joints, composite.joint_links,
        composite.distinct_links,
    )  # fmt: skip


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


def _assemble(
    name: str,
    table: Table,
    rows: int,
    base: _Columns,
    resolved: ResolvedFields,
    types: dict[str, pa.DataType],
    fks: tuple[ForeignKey, ...],
    links: dict[str, LinkPlan],
    layout: ChildLayout | None,
    seed: int,
    reference: dt.datetime,
    lineage: Lineage | None,
) -> TablePlan:
    fields = table.fields
    columns = [base.compiled[n] for n in fields if n in base.compiled]
    output = [f for f in fields if not fields[f].hidden]
    if lineage is not None:
        for column_name, column in _lineage_columns(lineage, reference).items():
            if column_name in fields:
                raise SpecError(
                    f"lineage column {column_name!r} is also a field of this table; rename "
                    "the field or choose other lineage column names",
                    path=f"tables.{name}.fields.{column_name}",
                )
            columns.append(ColumnPlan(column_name, column, 0.0, None))
            types[column_name] = column.arrow_type
            output.append(column_name)
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
                f, types[f], metadata={LOW_CARDINALITY: b"1"} if f in base.low_cardinality else None
            )
            for f in output
        ],
        metadata=provenance,
    )
    primary = tuple(table.primary_key or ())
    unique_keys = [tuple(k) for k in table.unique if tuple(k) != primary]
    unique_keys += [(n,) for n, f in fields.items() if f.unique and (n,) != primary]
    deferred = {c for fk in fks if fk.deferred for c in fk.columns}
    trees = {r.name for r in resolved.references if links[r.link].mode == "tree"}
    # An expression may give null (a CASE without ELSE) unless its field says it cannot.
    maybe_null = {
        n for n, f in fields.items() if isinstance(f, DerivedField) and f.nullable is None
    }
    not_null = {
        n for n, f in fields.items()
        if not f.allows_nulls and not f.hidden and n not in deferred and n not in trees
        and not (n in base.compiled and base.compiled[n].column.may_be_null)
        and n not in maybe_null
    } | set(primary)  # fmt: skip
    return TablePlan(
        name, rows, tuple(columns), tuple(resolved.derived), schema,
        primary_key=primary, unique_keys=tuple(dict.fromkeys(unique_keys)), foreign_keys=fks,
        not_null=frozenset(not_null), links=tuple(links.values()),
        references=tuple(resolved.references), scoped=tuple(resolved.scoped.values()),
        layout=layout, joints=tuple(base.joints), aggregates=tuple(resolved.aggregates),
        db_schema=table.db_schema,
    )  # fmt: skip


def _lineage_columns(lineage: Lineage, reference: dt.datetime) -> dict[str, Column]:
    """``_ingested_at``, ``_source_system`` and ``_environment`` (or the names the lineage
    gives them): constants for the run."""
    when = np.array([reference.astimezone(dt.UTC).replace(tzinfo=None)], dtype="datetime64[us]")
    ingested, source, environment = lineage.columns
    return {
        ingested: ConstantColumn(typed_array(when, pa.timestamp("us", tz="UTC"))),
        source: ConstantColumn(scalar_array([lineage.source_system])),
        environment: ConstantColumn(scalar_array([lineage.environment])),
    }
