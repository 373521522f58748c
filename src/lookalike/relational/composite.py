"""Composite keys made unique by construction, or refused with the reason.

A key over several fields holds already when one field is unique alone, or
when it pairs the parent of a per-parent table with a per-parent sequence, a
date stepped by one (a history key, :func:`per_parent_offset`) or a distinct
reference (a junction table). Otherwise its fields share one permuted
row index read as a mixed-radix number, one digit per field, which needs every
field to have a known capacity: a reference (its parent's rows) or an
enumerable kind (a choice, a pattern, an integer range...).

>>> from lookalike.spec import spec_from_dict
>>> spec = spec_from_dict({"tables": {
...     "a": {"rows": 3, "fields": {"id": {"kind": "sequence"}}},
...     "b": {"rows": 4, "fields": {"id": {"kind": "sequence"}}},
...     "ab": {"rows": 12, "unique": [["x", "y"]],
...            "fields": {"x": {"ref": "a.id"}, "y": {"ref": "b.id"}}}}})
>>> plan = plan_composite_keys("ab", spec.tables["ab"], {"a": 3, "b": 4, "ab": 12}, 1, {})
>>> plan.joints[0].capacities, sorted(plan.joint_links)
((3, 4), ['a', 'b'])
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from lookalike.errors import CapacityError, SpecError
from lookalike.permutation import Permutation
from lookalike.randomness import column_key
from lookalike.relational.keys import JointUnique, references, single_unique
from lookalike.spec import DerivedField, ReferenceField, SequenceField, Table


@dataclass
class CompositePlan:
    """What a table's composite keys need from the rest of the plan."""

    joints: list[JointUnique] = field(default_factory=list)
    joint_links: set[str] = field(default_factory=set)  # links read from a joint digit
    distinct_links: set[str] = field(default_factory=set)  # junction partners per parent


def plan_composite_keys(
    name: str,
    table: Table,
    counts: Mapping[str, int],
    seed: int,
    capacities: Mapping[str, int | None],
) -> CompositePlan:
    """Plan every composite key of ``table``; ``capacities`` of its generated fields."""
    out = CompositePlan()
    composite = [table.primary_key] if table.primary_key and len(table.primary_key) > 1 else []
    for key in [*composite, *(k for k in table.unique if len(k) > 1)]:
        path = f"tables.{name}" if key is table.primary_key else f"tables.{name}.unique"
        if _holds_already(table, key, out):
            continue
        members, sizes = _members(name, table, key, counts, capacities, path)
        out.joint_links |= {m.removeprefix("@link:") for m in members if m.startswith("@link:")}
        out.joints.append(_joint(name, key, members, sizes, counts[name], seed, path))
    return out


def _holds_already(table: Table, key: list[str], out: CompositePlan) -> bool:
    """True when the key is unique by how its fields are made (maybe after marking a
    junction table's partner link distinct)."""
    if single_unique(table) & set(key):
        return True
    per = table.rows.per if not isinstance(table.rows, int) else None
    refs = references(table)
    links = {refs[f].link_name for f in key if f in refs}
    if per is None or per not in links:
        return False
    numbered = any(
        (isinstance(spec, SequenceField) and spec.per == per)
        or per_parent_offset(table, spec, per) is not None
        for spec in (table.fields[f] for f in key)
    )
    if numbered or any(refs[f].distinct for f in key if f in refs):
        return True
    partners = links - {per}
    if partners and set(key) <= set(refs):
        out.distinct_links |= partners  # each parent's partners are different rows
        return True
    return False


#: ``ANCHOR + NUMBER * INTERVAL 'K days'``: a date stepping from an anchor shared by all
#: children of one parent (the parent's column, or a literal) by a per-parent sequence.
_OFFSET = re.compile(
    r"\s*(?P<anchor>[A-Za-z_]\w*\.[A-Za-z_]\w*|(?:DATE|TIMESTAMP)\s+'[^']*')\s*\+\s*"
    r"(?P<number>[A-Za-z_]\w*)\s*\*\s*INTERVAL\s+'(?P<step>[1-9]\d*) (?:days?|hours?)'\s*",
    re.IGNORECASE,
)


def per_parent_offset(table: Table, spec: object, per: str) -> str | None:
    """The per-parent sequence a derived date steps by, when the date is therefore
    distinct among the children of one parent; else None.

    Children of one parent share the anchor (that parent's column, read through
    the per-parent link, or a literal) and have distinct numbers, and a positive
    step keeps the dates apart: a history key such as ``(emp_no, from_date)``
    holds by construction.

    >>> from lookalike.spec import spec_from_dict
    >>> t = spec_from_dict({"tables": {"e": {"rows": 2, "fields": {"id": {"kind": "sequence"},
    ...     "hired": {"kind": "date"}}}, "s": {"rows": {"per": "e", "mean": 2},
    ...     "fields": {"e_id": {"ref": "e.id"},
    ...                "n": {"kind": "sequence", "per": "e", "hidden": True},
    ...                "since": {"kind": "derived", "type": "date",
    ...                          "expr": "e.hired + n * INTERVAL '90 days'"}}}}}).tables["s"]
    >>> per_parent_offset(t, t.fields["since"], "e")
    'n'
    """
    if not isinstance(spec, DerivedField):
        return None
    match = _OFFSET.fullmatch(spec.expr)
    if match is None:
        return None
    anchor, number = match.group("anchor"), match.group("number")
    literal = anchor.upper().startswith(("DATE", "TIMESTAMP"))
    if not literal and anchor.split(".", 1)[0] != per:
        return None  # read through another link: not shared by one parent's children
    counter = table.fields.get(number)
    if not (isinstance(counter, SequenceField) and counter.per == per and counter.step > 0):
        return None
    return number


def _members(
    name: str,
    table: Table,
    key: list[str],
    counts: Mapping[str, int],
    capacities: Mapping[str, int | None],
    path: str,
) -> tuple[list[str], list[int]]:
    """The key's digits: links (``@link:NAME``, sized by the parent) and countable fields."""
    label = _label(key)
    per = table.rows.per if not isinstance(table.rows, int) else None
    members: list[str] = []
    sizes: list[int] = []
    for field_name in key:
        spec = table.fields[field_name]
        if isinstance(spec, ReferenceField):
            member = f"@link:{spec.link_name}"
            if member in members:
                continue  # a composite reference: one digit picks the parent row
            if spec.link_name == per or spec.parent_table == name:
                raise SpecError(
                    f"cannot make the key {label} unique by construction: {field_name!r} "
                    "follows its parent; add a sequence with per: to the key",
                    path=path,
                )
            members.append(member)
            sizes.append(max(1, counts[spec.parent_table]))
            continue
        capacity = capacities.get(field_name)
        if capacity is None:
            raise SpecError(
                f"cannot make the key {label} unique by construction: {field_name!r} has "
                "no countable value space; make one of its fields unique, or use "
                "references, sequences, choices or patterns",
                path=path,
            )
        members.append(field_name)
        sizes.append(capacity)
    return members, sizes


def _joint(
    name: str,
    key: list[str],
    members: list[str],
    sizes: list[int],
    rows: int,
    seed: int,
    path: str,
) -> JointUnique:
    label = _label(key)
    space = math.prod(sizes)
    if rows > space:
        raise CapacityError(
            f"the key {label} has {space:,} possible values but rows is {rows:,}; widen "
            "its fields or lower rows",
            path=path,
        )
    if space > 2**64:
        raise SpecError(
            f"the key {label} spans more than 2^64 values; make one of its fields unique on "
            "its own instead",
            path=path,
        )
    permutation = Permutation(space, tuple(int(k) for k in column_key(seed, name, label, "joint")))
    return JointUnique(label, tuple(members), tuple(sizes), permutation)


def _label(key: list[str]) -> str:
    return f"({', '.join(key)})"
