"""Type the fields that read other columns: references and expressions, across tables.

A reference takes its parent column's type, which may itself be a reference
or an expression in another table, so every table's references and derived
fields resolve together, each as soon as its inputs are typed; what is left
when nothing more resolves depends on itself, and is refused. Expressions may
read a parent's columns as ``link.column``.

>>> from lookalike.spec import spec_from_dict
>>> spec = spec_from_dict({"tables": {
...     "p": {"rows": 2, "fields": {"id": {"kind": "sequence"}}},
...     "c": {"rows": 2, "fields": {"pid": {"ref": "p.id"},
...                                 "twice": {"kind": "derived", "expr": "p.id * 2"}}}}})
>>> out = resolve_fields(spec, {"p": {"id": pa.int64()}, "c": {}})
>>> [r.name for r in out["c"].references], list(out["c"].scoped)
(['pid'], ['p.id'])
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds import Derived, compile_derived
from lookalike.kinds.derived import expression_inputs
from lookalike.relational.aggregates import AggregatePlan, aggregate_type, check_aggregate
from lookalike.relational.keys import references, scope_parent_columns
from lookalike.spec import AggregateField, Dataset, DerivedField, FieldSpec, ReferenceField


@dataclass(frozen=True)
class ReferencePlan:
    """A reference field: the value of ``parent.parent_column`` at the row its link picks."""

    name: str
    link: str
    parent: str
    parent_column: str
    null_rate: float
    arrow_type: pa.DataType


@dataclass(frozen=True)
class ScopedInput:
    """A parent column an expression reads, written ``link.column`` in it."""

    name: str  # "link.column"
    link: str
    parent: str
    column: str


@dataclass
class ResolvedFields:
    """A table's references and expressions, typed."""

    references: list[ReferencePlan] = field(default_factory=list)
    derived: list[tuple[Derived, float]] = field(default_factory=list)
    scoped: dict[str, ScopedInput] = field(default_factory=dict)
    aggregates: list[AggregatePlan] = field(default_factory=list)


def resolve_fields(
    spec: Dataset, types: dict[str, dict[str, pa.DataType]]
) -> dict[str, ResolvedFields]:
    """Type every reference and expression, in an order where each one's inputs come first.

    A reference takes its parent column's type, which may itself be a reference
    or an expression in another table, so all tables resolve together until
    nothing is left (or what is left depends on itself, which is refused).
    """
    resolved = {name: ResolvedFields() for name in spec.tables}
    pending: dict[tuple[str, str], FieldSpec] = {}
    inputs: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for name, table in spec.tables.items():
        links = {f.link_name: f.parent_table for f in references(table).values()}
        for field_name, field_spec in table.fields.items():
            path = f"tables.{name}.fields.{field_name}"
            if isinstance(field_spec, ReferenceField):
                pending[name, field_name] = field_spec
                inputs[name, field_name] = {(field_spec.parent_table, field_spec.parent_column)}
            elif isinstance(field_spec, AggregateField):
                check_aggregate(spec, name, field_name, field_spec)
                pending[name, field_name] = field_spec
                inputs[name, field_name] = {(field_spec.child_table, field_spec.child_column)}
            elif isinstance(field_spec, DerivedField):
                if field_spec.unique:
                    raise SpecError(
                        "a derived field cannot be unique by construction; make one of its "
                        "inputs unique (a sequence, uuid or pattern) instead",
                        path=f"{path}.unique",
                    )
                expr = scope_parent_columns(field_spec.expr, set(links))
                pending[name, field_name] = field_spec.model_copy(update={"expr": expr})
                needed = set()
                for root in expression_inputs(expr, path):
                    link, _, column = root.partition(".")
                    if column:
                        parent = spec.tables[links[link]]
                        if column not in parent.fields:
                            raise SpecError(
                                f"expression reads {root!r} but {links[link]!r} has no field "
                                f"{column!r}; its fields: {', '.join(parent.fields)}",
                                path=f"{path}.expr",
                            )
                        needed.add((links[link], column))
                        resolved[name].scoped[root] = ScopedInput(root, link, links[link], column)
                    elif root != field_name:
                        needed.add((name, root))
                inputs[name, field_name] = needed
    while pending:
        ready = [k for k in pending if not any(i in pending for i in inputs[k])]
        if not ready:
            tables = {t for t, _ in pending}
            one = next(iter(tables)) if len(tables) == 1 else None
            names = ", ".join(f if one else f"{t}.{f}" for t, f in sorted(pending))
            raise SpecError(
                f"fields depend on each other in a cycle: {names}; compute one of them from "
                "base fields only",
                path=f"tables.{one}.fields" if one else "tables",
            )
        for key in ready:
            table_name, field_name = key
            field_spec = pending.pop(key)
            path = f"tables.{table_name}.fields.{field_name}"
            if isinstance(field_spec, ReferenceField):
                arrow_type = types[field_spec.parent_table][field_spec.parent_column]
                if pa.types.is_dictionary(arrow_type):
                    arrow_type = arrow_type.value_type  # values gathered across parent blocks
                resolved[table_name].references.append(ReferencePlan(
                    field_name, field_spec.link_name, field_spec.parent_table,
                    field_spec.parent_column, field_spec.null_rate, arrow_type,
                ))  # fmt: skip
            elif isinstance(field_spec, AggregateField):
                child_type = types[field_spec.child_table][field_spec.child_column]
                arrow_type = aggregate_type(field_spec.function, child_type, path)
                resolved[table_name].aggregates.append(AggregatePlan(
                    field_name, field_spec.child_table, field_spec.child_column,
                    field_spec.function, field_spec.null_rate, arrow_type,
                ))  # fmt: skip
            else:
                assert isinstance(field_spec, DerivedField)
                known = {k: v for k, v in types[table_name].items() if k != field_name}
                for scoped in resolved[table_name].scoped.values():
                    # Another field's parent input may not be typed yet; this field is
                    # ready, so its own inputs are.
                    if scoped.column in types[scoped.parent]:
                        known[scoped.name] = types[scoped.parent][scoped.column]
                derived = compile_derived(field_name, field_spec.expr, field_spec.type, known, path)
                resolved[table_name].derived.append((derived, field_spec.null_rate))
                arrow_type = derived.arrow_type
            types[table_name][field_name] = arrow_type
    return resolved
