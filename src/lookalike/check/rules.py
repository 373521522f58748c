"""The constraints a spec makes, the report of checking them, and the one loop that counts them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from lookalike.errors import SpecError
from lookalike.spec import Dataset, PerParent, ReferenceField

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Constraint:
    """One thing to verify about one table."""

    table: str
    kind: str  # "primary key", "unique", "foreign key", "not null", "rows per parent",
    # "allowed values", "range", "order"
    columns: tuple[str, ...]
    parent: str = ""
    parent_columns: tuple[str, ...] = ()
    low: int = 0
    high: int | None = None
    values: tuple[Any, ...] = ()  # "allowed values": the choices; "range": (low, high)

    def __str__(self) -> str:
        cols = ", ".join(self.columns)
        if self.kind == "allowed values":
            shown = ", ".join(map(str, self.values[:5])) + (", ..." if len(self.values) > 5 else "")
            return f"{cols} in ({shown})"
        if self.kind == "range":
            return f"{cols} between {self.values[0]} and {self.values[1]}"
        if self.kind == "order":
            return f"{self.columns[0]} >= {self.columns[1]}"
        if self.kind == "foreign key":
            return f"foreign key ({cols}) -> {self.parent} ({', '.join(self.parent_columns)})"
        if self.kind == "rows per parent":
            most = "" if self.high is None else f", at most {self.high}"
            return f"rows per {self.parent} (at least {self.low}{most})"
        return f"{self.kind} ({cols})"


@dataclass(frozen=True)
class Result:
    """How many rows (or parents) broke one constraint."""

    table: str
    constraint: str
    checked: int
    violations: int


@dataclass(frozen=True)
class CheckReport:
    """Rows per table and the outcome of every constraint."""

    rows: dict[str, int] = field(default_factory=dict)
    results: tuple[Result, ...] = ()

    @property
    def violations(self) -> int:
        """Violations across all constraints."""
        return sum(r.violations for r in self.results)

    @property
    def ok(self) -> bool:
        """True when nothing was violated."""
        return self.violations == 0


def constraints(spec: Dataset) -> list[Constraint]:
    """Every constraint the spec asks for, table by table.

    A foreign key is the reference fields of one link whose parent columns are
    the parent's primary key or one of its unique keys; other references are
    value lookups and are not checked.
    """
    found: list[Constraint] = []
    for name, table in spec.tables.items():
        written = {f for f, s in table.fields.items() if not s.hidden}
        if table.primary_key:
            found.append(Constraint(name, "primary key", tuple(table.primary_key)))
        keys = [tuple(k) for k in table.unique]
        keys += [(f,) for f, s in table.fields.items() if s.unique and (f,) not in keys]
        for key in keys:
            if key != tuple(table.primary_key or ()) and set(key) <= written:
                found.append(Constraint(name, "unique", key))
        required = [
            f for f, s in table.fields.items()
            if f in written and not s.allows_nulls and f not in (table.primary_key or ())
        ]  # fmt: skip
        if required:
            found.append(Constraint(name, "not null", tuple(required)))
        found += _value_rules(name, table, written)
        links: dict[str, list[tuple[str, ReferenceField]]] = {}
        for f, s in table.fields.items():
            if isinstance(s, ReferenceField) and f in written:
                links.setdefault(s.link_name, []).append((f, s))
        for link, refs in links.items():
            parent = refs[0][1].parent_table
            if parent not in spec.tables:
                raise SpecError(
                    f"refers to table {parent!r}, which the spec does not have",
                    path=f"tables.{name}.fields.{refs[0][0]}.ref",
                )
            within = _key_within(spec, parent, {s.parent_column for _, s in refs})
            found += _through_parent(spec, name, [r for r in refs if r[1].parent_column
                                                  not in (within or ())])  # fmt: skip
            if within is None:
                continue
            by_parent_column = {s.parent_column: f for f, s in refs}
            parent_cols = within
            child_cols = tuple(by_parent_column[p] for p in within)
            found.append(Constraint(name, "foreign key", child_cols, parent, parent_cols))
            if isinstance(table.rows, PerParent) and table.rows.per == link:
                count = _cardinality(name, table.rows, child_cols, parent, parent_cols)
                if count.low > 0 or count.high is not None:  # else nothing to verify
                    found.append(count)
    return found


def integrity_lines(spec: Dataset, report: CheckReport) -> list[str]:
    """One line per foreign key in the PII mock-data generator's words.

    ``✓ All teams.departmentId exist in departments.id``, or
    ``✗ 3 of 200 employees.teamId are missing from teams.id``.
    """
    by_text = {(c.table, str(c)): c for c in constraints(spec) if c.kind == "foreign key"}
    lines = []
    for result in report.results:
        found = by_text.get((result.table, result.constraint))
        if found is None:
            continue
        child = ", ".join(f"{found.table}.{c}" for c in found.columns)
        parent = ", ".join(f"{found.parent}.{c}" for c in found.parent_columns)
        if result.violations:
            lines.append(
                f"✗ {result.violations:,} of {result.checked:,} {child} are missing from {parent}"
            )
        else:
            lines.append(f"✓ All {child} exist in {parent}")
    return lines


#: ``later = earlier + offset * INTERVAL ...`` or ``earlier + offset``: a CHECK such as
#: ``end_date > start_date`` made by construction (see lookalike.extract).
_AFTER = re.compile(r"\s*([A-Za-z_]\w*)\s*\+\s*([A-Za-z_]\w*)(?:\s*\*\s*INTERVAL\s+'[^']*')?\s*")


def _value_rules(name: str, table: Any, written: set[str]) -> list[Constraint]:
    """Enums and CHECK IN lists (choices), numeric ranges, and one column after another."""
    from decimal import Decimal

    from lookalike.spec import ChoiceField, DecimalField, DerivedField, FloatField, IntegerField

    found: list[Constraint] = []
    for field_name, spec in table.fields.items():
        if field_name not in written:
            continue
        if isinstance(spec, ChoiceField):
            found.append(
                Constraint(name, "allowed values", (field_name,), values=tuple(spec.values))
            )
        elif isinstance(spec, IntegerField | DecimalField | FloatField):
            low, high = spec.min_value, spec.max_value
            if isinstance(low, int | float | Decimal) and isinstance(high, int | float | Decimal):
                found.append(Constraint(name, "range", (field_name,), values=(low, high)))
        elif isinstance(spec, DerivedField) and (match := _AFTER.fullmatch(spec.expr)):
            earlier, offset = match.group(1), match.group(2)
            step = table.fields.get(offset)
            if (
                earlier in written and isinstance(step, IntegerField)
                and isinstance(step.min_value, int) and step.min_value >= 0
            ):  # fmt: skip
                found.append(Constraint(name, "order", (field_name, earlier)))
    return found


def _through_parent(
    spec: Dataset, name: str, refs: list[tuple[str, ReferenceField]]
) -> list[Constraint]:
    """Lookups of the parent's own single-column foreign key are foreign keys to the
    grandparent (the customer of a payment's rental)."""
    found = []
    for field_name, ref in refs:
        through = spec.tables[ref.parent_table].fields.get(ref.parent_column)
        if not isinstance(through, ReferenceField) or through.parent_table == name:
            continue
        key = _key_within(spec, through.parent_table, {through.parent_column})
        if key == (through.parent_column,):
            found.append(Constraint(name, "foreign key", (field_name,), through.parent_table, key))
    return found


def _key_within(spec: Dataset, table: str, columns: set[str]) -> tuple[str, ...] | None:
    """The parent's primary or unique key among the columns one link reads, if any
    (the rest of the link's columns are lookups)."""
    parent = spec.tables[table]
    keys = [tuple(parent.primary_key or ())] + [tuple(k) for k in parent.unique]
    keys += [(f,) for f, s in parent.fields.items() if s.unique]
    return next((k for k in keys if k and set(k) <= columns), None)


def _cardinality(
    name: str, rows: PerParent, cols: tuple[str, ...], parent: str, parent_cols: tuple[str, ...]
) -> Constraint:
    low, high = rows.min, rows.max
    if rows.distribution == "fixed":
        low = high = rows.count or 0
    return Constraint(name, "rows per parent", cols, parent, parent_cols, low, high)


class Backend(Protocol):
    """Where the data is: each method counts the rows breaking one kind of constraint."""

    def rows(self, table: str) -> int: ...

    def nulls(self, c: Constraint) -> int: ...

    def duplicates(self, c: Constraint) -> int: ...

    def orphans(self, c: Constraint) -> int: ...

    def bad_parents(self, c: Constraint) -> int: ...

    def outside(self, c: Constraint) -> int: ...


def run_checks(spec: Dataset, backend: Backend) -> CheckReport:
    """Every constraint of ``spec``, counted by ``backend``."""
    rows = {name: backend.rows(name) for name in spec.tables}
    results = []
    checks: dict[str, Callable[[Constraint], int]] = {
        "primary key": lambda c: backend.duplicates(c) + backend.nulls(c),
        "unique": backend.duplicates,
        "not null": backend.nulls,
        "foreign key": backend.orphans,
        "rows per parent": backend.bad_parents,
        "allowed values": backend.outside,
        "range": backend.outside,
        "order": backend.outside,
    }
    for c in constraints(spec):
        checked = rows[c.parent] if c.kind == "rows per parent" else rows[c.table]
        results.append(Result(c.table, str(c), checked, checks[c.kind](c)))
    return CheckReport(rows, tuple(results))
