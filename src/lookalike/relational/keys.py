"""Plan-time pieces of relational tables: row counts, links, composite keys, foreign keys.

Everything here runs once, while the plan is built; the engine only reads the
frozen results (:class:`LinkPlan`, :class:`JointUnique`, :class:`ForeignKey`).

>>> j = JointUnique("a,b", ("a", "b"), (3, 4), Permutation(12, (1, 2, 3, 4)))
>>> d = j.digits(np.arange(12, dtype=np.uint64))
>>> len({(int(x), int(y)) for x, y in zip(d["a"], d["b"])})
12
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from lookalike.errors import CapacityError, SpecError
from lookalike.permutation import Permutation
from lookalike.randomness import BLOCK_ROWS, column_key
from lookalike.relational.cardinality import ChildLayout
from lookalike.relational.links import DEFAULT_DEPTH, LinkPlan
from lookalike.spec import MAX_ROWS, Dataset, ReferenceField, SequenceField, Table


@dataclass(frozen=True)
class ForeignKey:
    """A foreign key: child ``columns`` point at the parent's ``parent_columns`` (a key)."""

    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    #: Breaks a cycle: load the column empty first, fill it once every table is in.
    deferred: bool = False


@dataclass(frozen=True)
class JointUnique:
    """A composite unique key made unique by construction: one permuted index, split in digits.

    Members are link names (``@link:NAME``) or column names, each with its capacity.
    """

    name: str
    members: tuple[str, ...]
    capacities: tuple[int, ...]
    permutation: Permutation

    def digits(self, rows: np.ndarray) -> dict[str, np.ndarray]:
        """Each member's index for the given row numbers (uint64)."""
        index = self.permutation.apply(rows.astype(np.uint64))
        out: dict[str, np.ndarray] = {}
        for member, capacity in reversed(list(zip(self.members, self.capacities, strict=True))):
            out[member] = index % np.uint64(capacity)
            index = index // np.uint64(capacity)
        return out


def references(table: Table) -> dict[str, ReferenceField]:
    """The reference fields of ``table``."""
    return {n: f for n, f in table.fields.items() if isinstance(f, ReferenceField)}


def check_references(spec: Dataset) -> None:
    """Every reference names an existing table and column; links read one table each."""
    for name, table in spec.tables.items():
        if not isinstance(table.rows, int) and table.rows.per not in spec.tables:
            raise SpecError(
                f"rows are given per {table.rows.per!r}, which is not a table here; tables: "
                f"{', '.join(spec.tables)}",
                path=f"tables.{name}.rows.per",
            )
        parents: dict[str, str] = {}
        for field_name, field in references(table).items():
            path = f"tables.{name}.fields.{field_name}.ref"
            parent = spec.tables.get(field.parent_table)
            if parent is None:
                raise SpecError(
                    f"references table {field.parent_table!r}, which is not in the spec; "
                    f"tables: {', '.join(spec.tables)}",
                    path=path,
                )
            if field.parent_column not in parent.fields:
                raise SpecError(
                    f"table {field.parent_table!r} has no field {field.parent_column!r}; its "
                    f"fields: {', '.join(parent.fields)}",
                    path=path,
                )
            seen = parents.setdefault(field.link_name, field.parent_table)
            if seen != field.parent_table:
                raise SpecError(
                    f"link {field.link_name!r} reads both {seen!r} and {field.parent_table!r}; "
                    "give one of them its own link: name",
                    path=f"tables.{name}.fields.{field_name}.link",
                )
            if field.depth is not None and field.parent_table != name:
                raise SpecError(
                    "depth is for self-references (a tree within one table); remove it",
                    path=f"tables.{name}.fields.{field_name}.depth",
                )
        for field_name, spec_field in table.fields.items():
            if isinstance(spec_field, SequenceField) and spec_field.per is not None:
                per = table.rows.per if not isinstance(table.rows, int) else None
                if spec_field.per != per:
                    raise SpecError(
                        f"a sequence per {spec_field.per!r} needs the table's rows given per "
                        f"that table (rows: {{per: {spec_field.per}, ...}})",
                        path=f"tables.{name}.fields.{field_name}.per",
                    )


def row_counts(
    spec: Dataset, *, rows: int | None, scale: float | None, seed: int
) -> tuple[dict[str, int], dict[str, ChildLayout]]:
    """Each table's row count, and the layout of tables whose rows are given per parent."""
    counts: dict[str, int] = {}
    layouts: dict[str, ChildLayout] = {}
    visiting: list[str] = []

    def count(name: str) -> int:
        if name in counts:
            return counts[name]
        if name in visiting:
            cycle = " -> ".join([*visiting[visiting.index(name) :], name])
            raise SpecError(
                f"row counts depend on each other in a cycle ({cycle}); give one of these "
                "tables a fixed rows: N",
                path=f"tables.{name}.rows",
            )
        visiting.append(name)
        table = spec.tables[name]
        if isinstance(table.rows, int) and not table.scaled:
            result = table.rows
        elif isinstance(table.rows, int):
            fixed = table.rows if rows is None else rows
            result = min(MAX_ROWS, round(fixed * scale)) if scale is not None else fixed
        else:
            ceiling = None
            for field in references(table).values():
                if field.distinct and field.link_name != table.rows.per:
                    size = count(field.parent_table)
                    ceiling = size if ceiling is None else min(ceiling, size)
            layout = ChildLayout.build(
                seed=seed, child=name, spec=table.rows, parent_rows=count(table.rows.per),
                block_rows=BLOCK_ROWS, ceiling=ceiling,
            )  # fmt: skip
            layouts[name] = layout
            result = layout.rows
        visiting.pop()
        counts[name] = result
        return result

    for name in spec.tables:
        count(name)
    return counts, layouts


def single_unique(table: Table) -> set[str]:
    """Fields unique on their own: ``unique: true``, a one-field key, or a plain sequence."""
    found = {n for n, f in table.fields.items() if f.unique}
    for key in [table.primary_key or [], *table.unique]:
        if len(key) == 1:
            found.add(key[0])
    found |= {n for n, f in table.fields.items() if isinstance(f, SequenceField) and f.per is None}
    return found


def parent_keys(table: Table) -> list[tuple[str, ...]]:
    """Keys a foreign key may point at: primary key first, then unique keys and fields."""
    keys = [tuple(table.primary_key)] if table.primary_key else []
    keys += [tuple(k) for k in table.unique]
    keys += [(n,) for n, f in table.fields.items() if f.unique]
    return list(dict.fromkeys(keys))


def plan_links(
    name: str,
    table: Table,
    counts: Mapping[str, int],
    seed: int,
    joint_links: set[str],
    distinct_links: set[str],
) -> dict[str, LinkPlan]:
    """How each link of ``table`` chooses its parent rows."""
    per = table.rows.per if not isinstance(table.rows, int) else None
    by_link: dict[str, list[tuple[str, ReferenceField]]] = {}
    for field_name, field in references(table).items():
        by_link.setdefault(field.link_name, []).append((field_name, field))
    links: dict[str, LinkPlan] = {}
    for link, fields in by_link.items():
        first_name, first = fields[0]
        parent = first.parent_table
        parent_rows = counts[parent]
        path = f"tables.{name}.fields.{first_name}"
        if parent_rows == 0 and counts[name] > 0:
            raise SpecError(
                f"references {parent!r}, which has no rows; give {parent!r} rows",
                path=f"{path}.ref",
            )
        key = tuple(int(k) for k in column_key(seed, name, f"@link:{link}", "permutation"))
        size = max(parent_rows, 1)
        if link == per:
            links[link] = LinkPlan(link, parent, "per_parent", parent_rows)
        elif parent == name:
            depth = next((f.depth for _, f in fields if f.depth is not None), DEFAULT_DEPTH)
            links[link] = LinkPlan(link, parent, "tree", parent_rows, depth=depth)
        elif link in joint_links:
            links[link] = LinkPlan(link, parent, "joint", parent_rows)
        elif link in distinct_links or any(f.distinct for _, f in fields):
            if per is None:
                raise SpecError(
                    "distinct picks different parents for the children of one parent; it "
                    "needs the table's rows given per parent (rows: {per: TABLE, ...})",
                    path=f"{path}.distinct",
                )
            offset = int(column_key(seed, name, f"@link:{link}", "offset")[0])
            links[link] = LinkPlan(
                link, parent, "distinct", parent_rows,
                permutation=Permutation(size, key), offset_key=offset,
            )  # fmt: skip
        elif any(f.unique for _, f in fields):
            if counts[name] > parent_rows:
                raise CapacityError(
                    f"a unique reference gives each parent row at most one child, but rows is "
                    f"{counts[name]:,} and {parent!r} has {parent_rows:,}; lower rows or drop "
                    "unique",
                    path=path,
                )
            links[link] = LinkPlan(
                link, parent, "unique", parent_rows, permutation=Permutation(size, key)
            )
        else:
            links[link] = LinkPlan(
                link, parent, "random", parent_rows, distribution=first.distribution,
                exponent=first.exponent, permutation=Permutation(size, key),
            )  # fmt: skip
    _unlike(name, table, links)
    return links


def _unlike(name: str, table: Table, links: dict[str, LinkPlan]) -> None:
    """``unlike``: the field's link moves off the other field's row (see
    :func:`lookalike.relational.links.apply_unlike`); both pick from one parent table."""
    refs = references(table)
    for field_name, field in refs.items():
        if field.unlike is None:
            continue
        path = f"tables.{name}.fields.{field_name}.unlike"
        other = refs.get(field.unlike)
        mine = links[field.link_name]
        if other is None or other.parent_table != field.parent_table:
            raise SpecError(
                f"unlike names {field.unlike!r}, which is not a reference field of this table "
                f"to {field.parent_table!r}; name one that is",
                path=path,
            )
        if other.link_name == field.link_name or mine.mode != "random" or mine.parent_rows < 2:
            raise SpecError(
                "unlike needs the two fields on different links, this one picked at random "
                "(not per parent, distinct, unique or a tree) from a parent with 2 rows or more",
                path=path,
            )
        if links[other.link_name].unlike is not None:
            raise SpecError(
                f"{field.unlike!r} has an unlike of its own; give unlike to one of the two",
                path=path,
            )
        links[field.link_name] = dataclasses.replace(mine, unlike=other.link_name)


def foreign_keys(name: str, table: Table, spec: Dataset) -> list[ForeignKey]:
    """The foreign keys among ``table``'s reference fields (the other ones are lookups).

    A lookup of the parent's own foreign key (``payment.customer_id: {ref:
    rental.customer_id}``: the customer of the payment's rental) is a foreign key
    to the grandparent too: both paths to the customer agree by construction. Hidden
    fields are not written, so they make no foreign key.
    """
    found = _key_references(table, spec)
    covered = {c for fk in found for c in fk.columns}
    for field_name, field in references(table).items():
        if field_name in covered or field.parent_table == name:
            continue
        parent = spec.tables[field.parent_table]
        for through in _key_references(parent, spec):
            if through.columns == (field.parent_column,) and through.parent != name:
                found.append(ForeignKey((field_name,), through.parent, through.parent_columns))
    # A hidden reference is an input, never written: no column for a constraint to name.
    return [fk for fk in found if not any(table.fields[c].hidden for c in fk.columns)]


def _key_references(table: Table, spec: Dataset) -> list[ForeignKey]:
    """The reference fields of ``table`` that point at a parent's primary or unique key."""
    by_link: dict[str, dict[str, str]] = {}  # link -> parent column -> child field
    parents: dict[str, str] = {}
    for field_name, field in references(table).items():
        by_link.setdefault(field.link_name, {}).setdefault(field.parent_column, field_name)
        parents[field.link_name] = field.parent_table
    found = []
    for link, columns in by_link.items():
        parent = parents[link]
        for key in parent_keys(spec.tables[parent]):
            if set(key) <= set(columns):
                found.append(ForeignKey(tuple(columns[c] for c in key), parent, key))
                break
    return found


_QUALIFIED = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b")


def scope_parent_columns(expr: str, links: set[str]) -> str:
    """Quote ``link.column`` names so the expression engine reads them as one column.

    >>> scope_parent_columns("customers.created_at + 'a.b' || x.y", {"customers"})
    '"customers.created_at" + \\'a.b\\' || x.y'
    """

    def quote(match: re.Match[str]) -> str:
        if match[1] is not None and match[1] in links:
            return f'"{match[1]}.{match[2]}"'
        return match[0]

    return _QUALIFIED.sub(quote, expr)
