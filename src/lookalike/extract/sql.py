"""Extract a spec from a SQL database (PostgreSQL, MySQL/MariaDB, SQLite) by reflection.

:func:`extract_database` reads tables, columns, types, nullability, defaults,
primary, unique and foreign keys, enums and simple CHECK constraints, and
writes a spec that generates valid rows for that schema:

* keys become sequences, UUIDs or patterns, unique by construction;
* foreign keys become ``ref:`` fields; a table whose key includes a foreign
  key (order lines, junction tables) gets its rows per parent, with line
  numbers as ``sequence`` per parent and the other side ``distinct``;
* self-references become trees, enums and IN lists choices, ranges bounds;
* names pick realistic kinds (:mod:`~lookalike.extract.naming`) and PII is
  flagged with ``pii: true`` and the reason (:mod:`~lookalike.extract.pii`).

Problems are collected per column (:class:`~lookalike.extract.reflect.Issue`),
never stopping the rest. No value of any column is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.types import NullType

from lookalike.extract.checks import Allowed, Bound, parse_check
from lookalike.extract.naming import guess, words_of
from lookalike.extract.pii import pii_reason
from lookalike.extract.reflect import Issue, Reflected, reflect
from lookalike.extract.types import decimal_limit, family, integer_limits, string_length

#: Rows for a table with no parent when the source table is empty.
ROOT_ROWS = 1000
#: Children per parent when the source tables are empty.
CHILDREN_PER_PARENT = 3.0
#: Levels of an extracted self-reference tree.
TREE_DEPTH = 4
#: Share of nulls in a nullable, non-key column.
NULL_RATE = 0.05
#: Tables whose ``name`` column is a person's name.
_PEOPLE = ("customer", "user", "employee", "staff", "person", "people", "contact", "member",
           "author", "patient", "student", "client", "manager", "account", "teacher")  # fmt: skip


@dataclass(frozen=True)
class Extraction:
    """The extracted spec (as data, ready for YAML) and what could not be carried over."""

    spec: dict[str, Any]
    issues: tuple[Issue, ...] = ()

    def to_yaml(self) -> str:
        """The spec as YAML, issues listed as comments at the top."""
        import yaml

        head = "".join(f"# {issue}\n" for issue in self.issues)
        if head:
            head = "# Extraction notes:\n" + head
        return head + yaml.safe_dump(self.spec, sort_keys=False, allow_unicode=True, width=100)


def extract_database(
    url: str,
    *,
    schema: str | None = None,
    tables: list[str] | None = None,
    scale: float = 1.0,
    seed: int | None = 1,
) -> Extraction:
    """Reflect the database at ``url`` into a spec; see the module docstring.

    ``scale`` multiplies the source's row counts (empty tables get
    :data:`ROOT_ROWS` roots and :data:`CHILDREN_PER_PARENT` children per parent).
    """
    from lookalike.sql.connect import display_url, open_engine

    if not scale > 0:
        raise ValueError(f"--scale must be above 0, got {scale}")
    engine = open_engine(url)
    try:
        reflected, issues = reflect(engine, schema=schema, tables=tables)
        name = engine.url.database or "dataset"
        source = display_url(engine.url)
    finally:
        engine.dispose()
    builder = _Builder(reflected, issues, scale)
    spec: dict[str, Any] = {"name": _spec_name(name)}
    if seed is not None:
        spec["seed"] = seed
    spec["description"] = f"Extracted from {source} (schema only, no values)"
    spec["tables"] = _plain(builder.build())
    return Extraction(spec, tuple(builder.issues))


def _plain(value: Any) -> Any:
    """Decimals as strings: YAML has no decimal type, and the spec reads them back exactly."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


def _spec_name(database: str) -> str:
    stem = database.rsplit("/", 1)[-1].split(".", 1)[0]
    return stem or "dataset"


@dataclass
class _Table:
    """Working state for one table while its spec is assembled."""

    source: Reflected
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    per: str | None = None  # parent table of `rows: {per: ...}`
    per_columns: tuple[str, ...] = ()
    links: dict[tuple[str, ...], str | None] = field(default_factory=dict)  # fk cols -> link


class _Builder:
    def __init__(self, tables: list[Reflected], issues: list[Issue], scale: float) -> None:
        self.tables = {t.name: _Table(t) for t in tables}
        self.issues = list(issues)
        self.scale = scale
        self.json_columns: set[tuple[str, str]] = set()

    def note(self, table: str, column: str | None, problem: str, action: str) -> None:
        self.issues.append(Issue(table, column, problem, action))

    # -- foreign keys --------------------------------------------------------

    def _foreign_keys(self, table: _Table) -> list[dict[str, Any]]:
        kept = []
        for fk in table.source.foreign_keys:
            parent = fk.get("referred_table")
            cols = list(fk.get("constrained_columns") or [])
            if parent not in self.tables:
                self.note(
                    table.source.name,
                    ", ".join(cols),
                    f"foreign key to {parent}, which is not extracted",
                    "generated as plain values (add the table with --tables)",
                )
                continue
            kept.append(fk)
        return kept

    def _choose_parent(self, table: _Table, fks: list[dict[str, Any]]) -> None:
        """Rows per parent for a table whose key holds a NOT NULL foreign key (or
        any child of a single required parent), never forming a loop of `per`."""
        nullable = {c["name"] for c in table.source.columns if c.get("nullable", True)}
        keys = [table.source.primary_key, *table.source.unique]
        order = {c["name"]: i for i, c in enumerate(table.source.columns)}
        candidates = []
        for fk in fks:
            cols = tuple(fk["constrained_columns"])
            parent = fk["referred_table"]
            if parent == table.source.name or set(cols) & nullable:
                continue
            in_key = any(set(cols) <= set(k) for k in keys if k)
            position = min(order[c] for c in cols)
            candidates.append((not in_key, position, cols, parent))
        # Key foreign keys first, then in column order: the same choice on every database.
        for *_, cols, parent in sorted(candidates, key=lambda c: c[:2]):
            if not self._per_reaches(parent, table.source.name):
                table.per, table.per_columns = parent, cols
                return

    def _per_reaches(self, start: str, target: str) -> bool:
        seen = set()
        current: str | None = start
        while current is not None and current not in seen:
            if current == target:
                return True
            seen.add(current)
            current = self.tables[current].per
        return False

    def _rows(self, table: _Table) -> int | dict[str, Any]:
        source = table.source
        if table.per is None:
            base = source.rows if source.rows > 0 else ROOT_ROWS
            return max(1, round(base * self.scale))
        parent = self.tables[table.per].source
        unique_fk = list(table.per_columns) in [source.primary_key, *source.unique]
        if unique_fk:
            return {"per": table.per, "distribution": "fixed", "count": 1}
        if source.rows > 0 and parent.rows > 0:
            mean = max(source.rows / parent.rows, 0.01)
        else:
            mean = CHILDREN_PER_PARENT
        rows: dict[str, Any] = {"per": table.per, "distribution": "poisson", "mean": round(mean, 3)}
        cap = self._distinct_cap(table)
        if cap is not None:
            rows["max"] = max(1, min(cap, 10**6))
            rows["mean"] = min(rows["mean"], float(rows["max"]))
        return rows

    def _distinct_cap(self, table: _Table) -> int | None:
        """Children per parent can be no more than the rows of a `distinct` other side."""
        cap = None
        for cols, link in table.links.items():
            if link == "distinct":
                parent = self._fk_parent(table, cols)
                rows = self._rows(self.tables[parent])
                if isinstance(rows, int):
                    cap = rows if cap is None else min(cap, rows)
        return cap

    def _fk_parent(self, table: _Table, cols: tuple[str, ...]) -> str:
        for fk in table.source.foreign_keys:
            if tuple(fk["constrained_columns"]) == cols:
                return str(fk["referred_table"])
        raise KeyError(cols)

    # -- the whole dataset ---------------------------------------------------

    def build(self) -> dict[str, Any]:
        fks = {name: self._foreign_keys(t) for name, t in self.tables.items()}
        for name, table in self.tables.items():
            self._choose_parent(table, fks[name])
        for name, table in self.tables.items():
            self._plan_keys(table, fks[name])
        out: dict[str, Any] = {}
        for name, table in self.tables.items():
            out[name] = self._table_spec(table, fks[name])
        return out

    def _plan_keys(self, table: _Table, fks: list[dict[str, Any]]) -> None:
        """Decide links: the per-parent FK reads the parent row; other FKs get their own."""
        by_parent: dict[str, int] = {}
        for fk in fks:
            by_parent[fk["referred_table"]] = by_parent.get(fk["referred_table"], 0) + 1
        for fk in fks:
            cols = tuple(fk["constrained_columns"])
            parent = fk["referred_table"]
            if cols == table.per_columns:
                table.links[cols] = None
            elif by_parent[parent] > 1 or parent == table.per:
                table.links[cols] = "_".join(cols)
            else:
                table.links[cols] = None
        # A key made of the per-parent FK and another FK: that other side is distinct.
        if table.per is not None:
            for key in [table.source.primary_key, *table.source.unique]:
                if not key or not set(table.per_columns) <= set(key):
                    continue
                rest = set(key) - set(table.per_columns)
                for cols in list(table.links):
                    if cols != table.per_columns and set(cols) <= rest:
                        table.links[cols] = "distinct"

    def _table_spec(self, table: _Table, fks: list[dict[str, Any]]) -> dict[str, Any]:
        source = table.source
        rules = self._check_rules(source)
        fields: dict[str, dict[str, Any]] = {}
        fk_of: dict[str, dict[str, Any]] = {}
        for fk in fks:
            for col in fk["constrained_columns"]:
                fk_of[col] = fk
        unique_single = {k[0] for k in source.unique if len(k) == 1}
        if len(source.primary_key) == 1:
            unique_single.add(source.primary_key[0])
        for column in source.columns:
            name = column["name"]
            try:
                if name in fk_of:
                    spec = self._reference(table, column, fk_of[name])
                else:
                    spec = self._column(
                        table, column, rules.get(name, []), unique=name in unique_single
                    )
            except _SkipError as skip:
                self.note(source.name, name, skip.problem, skip.action)
                if skip.field is None:
                    continue
                spec = skip.field
            fields[name] = spec
        self._composite_keys(table, fields, fk_of)
        out: dict[str, Any] = {"rows": self._rows(table)}
        if source.primary_key:
            out["primary_key"] = list(source.primary_key)
        if source.unique:
            out["unique"] = [list(k) for k in source.unique if all(c in fields for c in k)]
        if not out.get("unique"):
            out.pop("unique", None)
        out["fields"] = fields
        rows_note = f"{source.rows:,} rows in the source" if source.rows else "empty in the source"
        out["description"] = f"{source.name}: {rows_note}"
        return out

    def _check_rules(self, source: Reflected) -> dict[str, list[Bound | Allowed]]:
        rules: dict[str, list[Bound | Allowed]] = {}
        columns = {c["name"] for c in source.columns}
        for check in source.checks:
            text = str(check.get("sqltext", ""))
            # MariaDB's JSON is LONGTEXT with CHECK (json_valid(column)).
            json = re.fullmatch(r"\(*\s*json_valid\(\s*`?(\w+)`?\s*\)\s*\)*", text.strip())
            if json and json.group(1) in columns:
                self.json_columns.add((source.name, json.group(1)))
                continue
            parsed = parse_check(text)
            if parsed is None or any(r.column not in columns for r in parsed):
                self.note(
                    source.name,
                    None,
                    f"CHECK ({text}) is not a simple range or IN list",
                    "not carried over; generated rows may violate it",
                )
                continue
            for rule in parsed:
                rules.setdefault(rule.column, []).append(rule)
        return rules

    # -- one column ----------------------------------------------------------

    def _reference(
        self, table: _Table, column: dict[str, Any], fk: dict[str, Any]
    ) -> dict[str, Any]:
        cols = tuple(fk["constrained_columns"])
        index = cols.index(column["name"])
        parent = fk["referred_table"]
        spec: dict[str, Any] = {"ref": f"{parent}.{fk['referred_columns'][index]}"}
        link = table.links.get(cols)
        if link == "distinct":
            spec["distinct"] = True
            if parent == table.per:
                spec["link"] = "_".join(cols)
        elif link:
            spec["link"] = link
        nullable = bool(column.get("nullable", True))
        if parent == table.source.name:
            if not nullable:
                raise _SkipError(
                    "NOT NULL self-reference: a tree needs roots without a parent",
                    "generated as a reference to any row (may point at itself)",
                    {**spec, "nullable": False},
                )
            spec.update(depth=TREE_DEPTH, nullable=True)
        elif nullable:
            spec.update(nullable=True, null_rate=NULL_RATE)
        else:
            spec["nullable"] = False
        return spec

    def _column(
        self, table: _Table, column: dict[str, Any], rules: list[Bound | Allowed], *, unique: bool
    ) -> dict[str, Any]:
        name = column["name"]
        sql_type = column["type"]
        kind = family(sql_type)
        if (table.source.name, name) in self.json_columns:
            kind, sql_type = None, "JSON"
        if kind is None:
            shown = "an unrecognised type" if isinstance(sql_type, NullType) else f"type {sql_type}"
            problem = f"{shown} has no generator"
            if column.get("nullable", True):
                raise _SkipError(
                    problem, "left NULL", {"kind": "text", "null_rate": 1.0, "nullable": True}
                )
            raise _SkipError(problem, "left out of the spec (the column needs a default)", None)
        in_key = unique  # a single-column primary or unique key
        allowed = next((r for r in rules if isinstance(r, Allowed)), None)
        spec: dict[str, Any]
        why = ""
        if kind == "enum":
            spec = {"kind": "choice", "values": list(getattr(sql_type, "enums", []) or [])}
            why = "enum"
        elif allowed is not None:
            values = [int(v) if kind == "integer" else v for v in allowed.values]
            spec = {"kind": "choice", "values": values}
            why = "CHECK IN list"
        elif in_key:
            spec = self._key_field(table, column, kind)
        else:
            spec, why = self._plain_field(table, column, kind)
        if unique and spec["kind"] != "sequence":
            spec["unique"] = True
        self._apply_bounds(spec, rules, kind, sql_type)
        if column.get("nullable", True) and name not in table.source.primary_key:
            spec.update(nullable=True, null_rate=NULL_RATE)
        else:
            spec["nullable"] = False
        if not why:
            hit = guess(name, "string" if kind == "uuid" else kind)
            why = hit.reason if hit is not None and hit.field["kind"] == spec["kind"] else ""
        reason = pii_reason(name, spec, why)
        if reason:
            spec.update(pii=True, pii_reason=reason)
        if column.get("default") is not None:
            spec["description"] = f"source default: {column['default']}"
        return spec

    def _key_field(self, table: _Table, column: dict[str, Any], kind: str) -> dict[str, Any]:
        if kind == "integer":
            return {"kind": "sequence"}
        if kind == "uuid":
            return {"kind": "uuid"}
        if kind == "string":
            length = string_length(column["type"])
            if length is None or length >= 36:
                hit = guess(column["name"], "string")
                if (
                    hit is not None
                    and hit.field["kind"] == "internet"
                    and (length is None or hit.max_length <= length)
                ):
                    return dict(hit.field)
                return {"kind": "uuid"}
            return {"kind": "pattern", "pattern": "*" * min(length, 12)}
        if kind in ("decimal", "float"):
            return {"kind": "sequence"}
        raise _SkipError(f"a {kind} key cannot be generated unique", "left out of the spec", None)

    def _plain_field(
        self, table: _Table, column: dict[str, Any], kind: str
    ) -> tuple[dict[str, Any], str]:
        name = column["name"]
        sql_type = column["type"]
        hit = guess(name, "string" if kind == "uuid" else kind) if kind != "inet" else None
        if kind == "string" and words_of(name) in ("name", "title"):
            hit = self._name_column(table, name)
        length = string_length(sql_type) if kind == "string" else None
        if hit is not None and (length is None or hit.max_length <= length):
            spec = dict(hit.field)
            if kind == "datetime" and getattr(sql_type, "timezone", False):
                spec["timezone"] = "UTC"
            if kind == "decimal" and spec.get("kind") == "decimal":
                spec["scale"] = getattr(sql_type, "scale", None) or 0
            return spec, hit.reason
        if hit is not None:
            self.note(
                table.source.name,
                name,
                f"VARCHAR({length}) is shorter than {hit.reason.removeprefix('name matches ')} "
                "values get",
                "generated as short text",
            )
        return self._by_type(name, kind, sql_type, length), ""

    def _name_column(self, table: _Table, name: str) -> Any:
        from lookalike.extract.naming import Guess

        words = words_of(table.source.name)
        if any(p in words for p in _PEOPLE):
            return Guess({"kind": "person", "attribute": "full_name"}, "a table of people", 48)
        if any(w in words for w in ("store", "shop", "company", "supplier", "vendor", "brand")):
            return Guess({"kind": "company", "attribute": "name"}, "company name", 60)
        return Guess({"kind": "text", "min_count": 1, "max_count": 3}, "", 44)

    def _by_type(self, name: str, kind: str, sql_type: Any, length: int | None) -> dict[str, Any]:
        if kind == "integer":
            low, high = integer_limits(sql_type)
            return {"kind": "integer", "min_value": max(low, 0), "max_value": min(high, 1_000_000)}
        if kind == "decimal":
            scale = getattr(sql_type, "scale", None) or 0
            top = decimal_limit(sql_type)
            ceiling = min(top, Decimal(1000)) if top is not None else Decimal(1000)
            return {"kind": "decimal", "min_value": 0, "max_value": ceiling, "scale": min(scale, 9)}
        if kind == "float":
            return {"kind": "float", "min_value": 0.0, "max_value": 1000.0, "round": 2}
        if kind == "boolean":
            return {"kind": "boolean"}
        if kind == "date":
            return {"kind": "date", "min_value": "now-3y", "max_value": "now"}
        if kind == "datetime":
            spec: dict[str, Any] = {"kind": "datetime", "min_value": "now-3y", "max_value": "now"}
            if getattr(sql_type, "timezone", False):
                spec["timezone"] = "UTC"
            return spec
        if kind == "time":
            return {"kind": "time"}
        if kind == "uuid":
            return {"kind": "uuid"}
        if kind == "inet":
            return {"kind": "internet", "attribute": "ipv4"}
        words = words_of(name)
        if words.split()[-1:] == ["status"]:
            return {
                "kind": "choice",
                "values": ["active", "pending", "inactive"],
                "weights": [0.7, 0.2, 0.1],
            }
        if length is not None and length < 16:
            return {"kind": "pattern", "pattern": "?" * min(length, 8)}
        # Lorem words are at most 14 letters: keep the longest text inside the column.
        most = max(1, min(8, ((length or 120) + 1) // 15))
        return {"kind": "text", "min_count": 1, "max_count": most}

    def _apply_bounds(
        self, spec: dict[str, Any], rules: list[Bound | Allowed], kind: str, sql_type: Any
    ) -> None:
        bounds = [r for r in rules if isinstance(r, Bound)]
        if not bounds or spec["kind"] in ("choice", "sequence"):
            return
        if spec["kind"] not in ("integer", "decimal", "float"):
            spec.clear()
            spec.update(self._by_type("", kind, sql_type, None))
        # An open bound (> 0) moves in by the column's smallest step.
        step: int | Decimal = 1
        if spec["kind"] == "decimal":
            step = Decimal(1).scaleb(-int(spec.get("scale", 2)))
        elif spec["kind"] == "float":
            step = Decimal("0.001")
        lows = [b.low + step if b.open else b.low for b in bounds if b.low is not None]
        highs = [b.high - step if b.open else b.high for b in bounds if b.high is not None]
        low = max(lows, default=None)
        high = min(highs, default=None)
        for key, value in (("min_value", low), ("max_value", high)):
            if value is not None:
                spec[key] = int(value) if spec["kind"] == "integer" else value
        if spec["kind"] == "float":
            for key in ("min_value", "max_value"):
                spec[key] = float(spec[key])
        if spec.get("min_value", 0) > spec.get("max_value", 0) and "max_value" in spec:
            spec["max_value"] = spec["min_value"]
        for key in ("mean", "sigma", "distribution"):
            spec.pop(key, None)

    # -- composite keys ------------------------------------------------------

    def _composite_keys(
        self, table: _Table, fields: dict[str, dict[str, Any]], fk_of: dict[str, Any]
    ) -> None:
        """Make every composite key unique by construction."""
        source = table.source
        for key in [source.primary_key, *source.unique]:
            if len(key) < 2 or not all(c in fields for c in key):
                continue
            if any(
                fields[c].get("unique")
                or (fields[c].get("kind") == "sequence" and "per" not in fields[c])
                for c in key
            ):
                continue
            covered = table.per is not None and set(table.per_columns) <= set(key)
            rest = [c for c in key if c not in table.per_columns] if covered else list(key)
            if covered and any(fields[c].get("distinct") for c in rest):
                continue
            if covered:
                target = next((c for c in rest if c not in fk_of), None)
                if target is not None and family(self._type(source, target)) == "integer":
                    fields[target] = {"kind": "sequence", "per": table.per, "nullable": False}
                    continue
            target = next(
                (c for c in reversed(rest)
                 if c not in fk_of and family(self._type(source, c)) in ("integer", "string")),
                None,
            )  # fmt: skip
            if target is None:
                self.note(
                    source.name,
                    None,
                    f"composite key ({', '.join(key)}) of references only",
                    "not guaranteed unique; give the table rows per parent",
                )
                continue
            kind = family(self._type(source, target))
            if kind == "integer":
                fields[target] = {"kind": "sequence", "nullable": False}
            elif kind == "string":
                length = string_length(self._type(source, target)) or 12
                fields[target] = {
                    "kind": "pattern",
                    "pattern": "*" * min(length, 12),
                    "unique": True,
                    "nullable": False,
                }
            else:
                self.note(
                    source.name,
                    target,
                    f"part of composite key ({', '.join(key)})",
                    "not guaranteed unique",
                )
                continue
            self.note(
                source.name,
                target,
                f"composite key ({', '.join(key)})",
                f"{target} made unique on its own so the combination never repeats",
            )

    @staticmethod
    def _type(source: Reflected, name: str) -> Any:
        return next(c["type"] for c in source.columns if c["name"] == name)


class _SkipError(Exception):
    """A column that cannot be extracted as asked: the problem, the fallback taken."""

    def __init__(self, problem: str, action: str, field: dict[str, Any] | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.action = action
        self.field = field
