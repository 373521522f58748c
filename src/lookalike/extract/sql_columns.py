"""Column fields for an extracted database table: kinds, bounds, types read from text.

Why one module past 500 lines: one column's whole decision (type, key, list, bounds,
meaning, width) reads top to bottom; split by step, each part would need the others'
state passed around.

The part of :mod:`lookalike.extract.sql` that turns one reflected column into a
field: keys into sequences, UUIDs or patterns; enums, SET and CHECK IN lists into
choices; CHECK ranges, DOMAIN checks and partition bounds into limits; names
into realistic kinds (:mod:`~lookalike.extract.meanings` first, then
:mod:`~lookalike.extract.naming`); JSON, arrays, bytes, intervals, search
vectors into text in the database's own input syntax; and generated or
trigger-filled columns left to the database.

>>> _iso(__import__("datetime").datetime(2022, 1, 1, 12, 0))
'2022-01-01T12:00:00'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.types import NullType

from lookalike.extract.checks import Allowed, Bound, Differ, Order, Present, Rule, parse_check
from lookalike.extract.meanings import meaning
from lookalike.extract.naming import Guess, guess, words_of
from lookalike.extract.pii import pii_reason
from lookalike.extract.reflect import Issue, Reflected
from lookalike.extract.types import (
    base_type,
    decimal_limit,
    family,
    integer_limits,
    string_length,
)

#: The hidden row counter a lookup table's kept values are read in turn by.
#: Where a shortened realistic field keeps the field it was cut from, for its PII flag.
NARROW_PII = "_cut_from"
#: Share of nulls in a nullable, non-key column.
NULL_RATE = 0.05
#: Kinds for types a database reads from text: JSON, bytes, intervals, search vectors.
_TEXT_INPUT: dict[str, dict[str, Any]] = {
    "json": {"kind": "pattern", "pattern": '{"id": %###, "code": "???"}'},
    "bytes": {"kind": "pattern", "pattern": "^" * 16},
    "interval": {"kind": "pattern", "pattern": "% days"},
    "tsvector": {"kind": "text", "min_count": 1, "max_count": 6},
    "array": {}, "year": {}, "set": {},
}  # fmt: skip
#: Tables whose ``name`` column is a person's name.
PEOPLE = ("customer", "user", "employee", "staff", "person", "people", "contact", "member",
           "author", "patient", "student", "client", "manager", "account", "teacher")  # fmt: skip


@dataclass
class TableState:
    """Working state for one table while its spec is assembled."""

    source: Reflected
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    per: str | None = None  # parent table of `rows: {per: ...}`
    per_columns: tuple[str, ...] = ()
    links: dict[tuple[str, ...], str | None] = field(default_factory=dict)  # fk cols -> link
    second_pass: set[tuple[str, ...]] = field(default_factory=set)  # NOT NULL cycle breakers
    #: A reference read through another parent (two paths to one table):
    #: column -> (that parent, its column, the link to it or None).
    through: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)


class BuilderBase:
    """What the column and key rules share: the tables, the dialect, the notes."""

    tables: dict[str, TableState]
    issues: list[Issue]
    dialect: str
    json_columns: set[tuple[str, str]]
    lookups: dict[tuple[str, str], list[tuple[Any, int]]]  # small tables' real values

    def note(self, table: str, column: str | None, problem: str, action: str) -> None:
        """Record something not carried over, and what was done instead."""
        self.issues.append(Issue(table, column, problem, action))


class ColumnRules(BuilderBase):
    """Fields for plain (non-reference) columns."""

    def _check_rules(self, source: Reflected) -> dict[str, list[Rule]]:
        rules: dict[str, list[Rule]] = {}
        columns = {c["name"] for c in source.columns}
        texts = [str(check.get("sqltext", "")) for check in source.checks]
        for column in source.columns:
            # A DOMAIN's CHECK speaks of VALUE: the column it types.
            domain = column["type"]
            while type(domain).__name__ == "DOMAIN":
                if getattr(domain, "check", None) is not None:
                    texts.append(re.sub(r"(?i)\bVALUE\b", column["name"], str(domain.check)))
                domain = getattr(domain, "data_type", None)
        for text in texts:
            # MariaDB's JSON is LONGTEXT with CHECK (json_valid(column)).
            json = re.fullmatch(r"\(*\s*json_valid\(\s*`?(\w+)`?\s*\)\s*\)*", text.strip())
            if json and json.group(1) in columns:
                self.json_columns.add((source.name, json.group(1)))
                continue
            parsed = parse_check(text)
            named = [r.column for r in parsed or []] + [
                r.other for r in parsed or [] if isinstance(r, Order | Differ)
            ]
            if parsed is None or any(c not in columns for c in named):
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

    def _column(
        self,
        table: TableState,
        column: dict[str, Any],
        rules: list[Rule],
        *,
        unique: bool,
    ) -> dict[str, Any]:
        name = column["name"]
        sql_type = column["type"]
        kind = family(sql_type)
        if (table.source.name, name) in self.json_columns:
            kind = "json"  # MariaDB: LONGTEXT with CHECK (json_valid(column))
        if kind is None:
            shown = "an unrecognised type" if isinstance(sql_type, NullType) else f"type {sql_type}"
            problem = f"{shown} has no generator"
            if column.get("nullable", True):
                raise SkipError(
                    problem, "left NULL", {"kind": "text", "null_rate": 1.0, "nullable": True}
                )
            raise SkipError(problem, "left out of the spec (the column needs a default)", None)
        in_key = unique  # a single-column primary or unique key
        allowed = next((r for r in rules if isinstance(r, Allowed)), None)
        spec: dict[str, Any]
        why = ""
        if kind == "enum":
            spec = {"kind": "choice", "values": list(getattr(sql_type, "enums", []) or [])}
            why = "enum"
        elif kind == "set":
            spec = self._text_input(kind, sql_type)
            why = "SET"
        elif allowed is not None:
            values = [int(v) if kind == "integer" else v for v in allowed.values]
            spec = {"kind": "choice", "values": values}
            why = "CHECK IN list"
        elif (table.source.name, name) in self.lookups:
            spec = self._lookup(table, name, unique=unique)
            why = "lookup table: its values kept"
        elif in_key:
            spec = self._key_field(table, column, kind)
        else:
            spec, why = self._plain_field(table, column, kind)
        if unique and spec["kind"] != "sequence":
            spec["unique"] = True
        self._apply_bounds(spec, rules, kind, sql_type)
        self._apply_partition(table.source, name, spec)
        if column.get("nullable", True) and name not in table.source.primary_key:
            spec.update(nullable=True, null_rate=NULL_RATE)
        else:
            spec["nullable"] = False
        if not why:
            hit = guess(name, "string" if kind == "uuid" else kind)
            why = hit.reason if hit is not None and hit.field["kind"] == spec["kind"] else ""
        reason = pii_reason(name, spec.pop(NARROW_PII, spec), why)
        if reason:
            spec.update(pii=True, pii_reason=reason)
        if column.get("default") is not None:
            spec["description"] = f"source default: {column['default']}"
        return spec

    def _lookup(self, table: TableState, name: str, *, unique: bool) -> dict[str, Any]:
        """A small lookup table's column with its real values: each once, in turn, when
        they are all different (scaled up, they come round again); else drawn with their
        frequencies. A unique column draws each value once, unique by construction."""
        kept = self.lookups[(table.source.name, name)]
        values = [v for v, _ in kept]
        if unique:
            return {"kind": "choice", "values": values}
        if len({c for _, c in kept}) > 1:
            return {"kind": "choice", "values": values, "weights": [c for _, c in kept]}
        if len(values) == 1:
            return {"kind": "choice", "values": values}
        return {"kind": "choice", "values": values, "order": "cycle"}

    def _key_field(self, table: TableState, column: dict[str, Any], kind: str) -> dict[str, Any]:
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
        raise SkipError(f"a {kind} key cannot be generated unique", "left out of the spec", None)

    def _plain_field(
        self, table: TableState, column: dict[str, Any], kind: str
    ) -> tuple[dict[str, Any], str]:
        name = column["name"]
        sql_type = column["type"]
        hit = meaning(table.source.name, name, kind) or (
            guess(name, "string" if kind == "uuid" else kind) if kind != "inet" else None
        )
        if kind == "string" and words_of(name) in ("name", "title"):
            hit = self._name_column(table, name)
        length = string_length(sql_type) if kind == "string" else None
        if hit is not None and (length is None or hit.max_length <= length):
            spec = dict(hit.field)
            if kind == "datetime" and getattr(sql_type, "timezone", False):
                spec["timezone"] = "UTC"
            if kind == "decimal" and spec.get("kind") == "decimal":
                spec["scale"] = _scale(sql_type)
            _fit_numbers(spec, kind, sql_type)
            return spec, hit.reason
        if hit is not None and length is not None:
            return self._narrow(table, name, hit, length), hit.reason
        return self._by_type(name, kind, sql_type, length), ""

    def _narrow(self, table: TableState, name: str, hit: Guess, length: int) -> dict[str, Any]:
        """A realistic kind in a column too narrow for its longest values: shortened to
        fit (a first name in 10, a country in 15); an email keeps its shape instead."""
        field = hit.field
        what = hit.reason.removeprefix("name matches ")
        if field.get("kind") == "internet" and field.get("attribute") == "email":
            pattern = "@@@@@@##\\@example.com" if length >= 20 else "@@@##\\@ex.test"
            if length >= len(pattern) - 1:
                # The row's person's address where it fits, else a short one of that shape.
                full, short = f"{name}_full", f"{name}_short"
                table.fields[full] = {**field, "hidden": True}
                table.fields[short] = {"kind": "pattern", "pattern": pattern, "hidden": True}
                problem = f"VARCHAR({length}) is shorter than {what} values get"
                action = "the person's address where it fits, else a short example one"
                self.note(table.source.name, name, problem, action)
                expr = f"CASE WHEN length({full}) <= {length} THEN {full} ELSE {short} END"
                return {"kind": "derived", "expr": expr, "type": "string", NARROW_PII: dict(field)}
        if field.get("kind") not in ("person", "address", "company", "text", "internet"):
            return self._by_type(name, "string", None, length)
        full = f"{name}_full"
        while full in table.fields:
            full += "_"
        table.fields[full] = {**field, "hidden": True}
        expr = f"substr({full}, 1, {length})"
        group = {"person": "group", "address": "group", "company": "group"}.get(field["kind"])
        if group is not None:
            # A second draw from an entity of its own: where the row's value is too long,
            # another that fits is taken; only when both are too long is one cut.
            other = f"{full}_other"
            table.fields[other] = {**field, group: f"{name}_other", "hidden": True}
            expr = (f"CASE WHEN length({full}) <= {length} THEN {full} WHEN length({other}) "
                    f"<= {length} THEN {other} ELSE {expr} END")  # fmt: skip
        self.note(table.source.name, name, f"VARCHAR({length}) is shorter than {what} values "
                  "get", f"{what} values that fit, else cut to {length} characters")  # fmt: skip
        return {"kind": "derived", "expr": expr, "type": "string", NARROW_PII: dict(field)}

    def _name_column(self, table: TableState, name: str) -> Any:
        words = words_of(table.source.name)
        if any(p in words for p in PEOPLE):
            if words_of(name) == "title":  # an employee's title is a job, not a name
                return Guess({"kind": "company", "attribute": "job_title"}, "job title", 40)
            return Guess({"kind": "person", "attribute": "full_name"}, "a person's name", 48)
        if any(w in words for w in ("store", "shop", "company", "supplier", "vendor", "brand")):
            return Guess({"kind": "company", "attribute": "name"}, "company name", 60)
        return Guess({"kind": "text", "min_count": 1, "max_count": 3}, "", 44)

    def _by_type(self, name: str, kind: str, sql_type: Any, length: int | None) -> dict[str, Any]:
        if kind == "integer":
            low, high = integer_limits(sql_type)
            return {"kind": "integer", "min_value": max(low, 0), "max_value": min(high, 1_000_000)}
        if kind == "decimal":
            scale = _scale(sql_type)
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
        if kind in _TEXT_INPUT:
            return self._text_input(kind, sql_type)
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

    def _apply_pairs(
        self, table: TableState, fields: dict[str, dict[str, Any]], rules: dict[str, list[Rule]]
    ) -> None:
        """``col IS NOT NULL`` (a CHECK alternative) makes the field NOT NULL; ``a <> b``
        between two references to one table makes ``a`` pick another row than ``b``."""
        name = table.source.name
        for column, found in rules.items():
            field = fields.get(column)
            for rule in found:
                if field is None or not isinstance(rule, Present | Differ):
                    continue
                if isinstance(rule, Present) and "second pass" not in field.get("description", ""):
                    field["nullable"] = False
                    field.pop("null_rate", None)
                    continue
                other = fields.get(rule.other, {}) if isinstance(rule, Differ) else {}
                parents = {str(f.get("ref", "")).split(".")[0] for f in (field, other)}
                if isinstance(rule, Differ) and len(parents) == 1 and "" not in parents:
                    field["unlike"] = rule.other
                    self.note(name, column, f"CHECK ({column} <> {rule.other})",
                              f"never the {parents.pop()} row {rule.other} picked")  # fmt: skip
                    continue
                self.note(name, column, f"CHECK on {column} ({rule})",
                          "not carried over; generated rows may violate it")  # fmt: skip

    def _apply_orders(
        self, table: TableState, fields: dict[str, dict[str, Any]], rules: dict[str, list[Rule]]
    ) -> None:
        """``end_date > start_date``: the later column becomes the earlier one plus a
        hidden offset, so the CHECK holds on every row by construction."""
        source = table.source
        for column, found in rules.items():
            for order in (r for r in found if isinstance(r, Order)):
                later, earlier = fields.get(column), fields.get(order.other)
                kinds = {family(self._column_type(source, c)) for c in (column, order.other)}
                usable = (
                    later is not None and earlier is not None and len(kinds) == 1
                    and kinds <= {"date", "datetime", "integer", "decimal", "float"}
                    and later.get("kind") not in ("sequence", "derived", "reference", None)
                    and "ref" not in later and not later.get("unique")
                    and not (earlier.get("nullable") and not later.get("nullable"))
                )  # fmt: skip
                if not usable or later is None:
                    self.note(source.name, column, f"CHECK ({column} >= {order.other})",
                              "not carried over; generated rows may violate it")  # fmt: skip
                    continue
                kind = kinds.pop()
                offset = f"{column}_offset"
                low = 1 if order.strict else 0
                if kind in ("date", "datetime"):
                    step = "1 day" if kind == "date" else "1 hour"
                    expr = f"{order.other} + {offset} * INTERVAL '{step}'"
                    width = 30 if kind == "date" else 72
                else:
                    expr, width = f"{order.other} + {offset}", 100
                fields[offset] = {"kind": "integer", "min_value": low, "max_value": low + width,
                                  "hidden": True}  # fmt: skip
                derived: dict[str, Any] = {"kind": "derived", "expr": expr}
                if kind in ("date", "datetime"):
                    derived["type"] = kind
                derived["nullable"] = bool(later.get("nullable", False))
                if later.get("null_rate"):
                    derived["null_rate"] = later["null_rate"]
                fields[column] = derived
                self.note(source.name, column, f"CHECK ({column} {'>' if order.strict else '>='} "
                          f"{order.other})", f"generated as {expr}")  # fmt: skip

    @staticmethod
    def _column_type(source: Reflected, name: str) -> Any:
        return next(c["type"] for c in source.columns if c["name"] == name)

    def _apply_partition(self, source: Reflected, name: str, spec: dict[str, Any]) -> None:
        """Keep the partition key inside the range the partitions cover."""
        import datetime as dt

        parted = source.partitioned
        if parted is None or parted.column != name or parted.low is None or parted.high is None:
            return
        if spec.get("kind") not in ("date", "datetime"):
            return
        try:
            low = dt.datetime.fromisoformat(parted.low)
            high = dt.datetime.fromisoformat(parted.high) - dt.timedelta(days=1)
        except ValueError:
            return
        fmt = (lambda d: d.date().isoformat()) if spec["kind"] == "date" else _iso
        spec.update(min_value=fmt(low), max_value=fmt(max(low, high)))
        self.note(
            source.name,
            name,
            f"partition key; the partitions cover {parted.low} to {parted.high}",
            "generated inside that range",
        )

    def _text_input(self, kind: str, sql_type: Any) -> dict[str, Any]:
        """Types loaded from text in the database's own input syntax."""
        from lookalike.extract.types import base_type

        if kind == "array":
            item = family(base_type(sql_type).item_type)
            literal = {"integer": "{%#,%##}", "decimal": "{%#.##,%.#}", "float": "{%#.##,%.#}"}
            return {"kind": "pattern", "pattern": literal.get(item or "", "{@@@@@,@@@@@@}")}
        if kind == "bytes" and self.dialect == "postgresql":
            return {"kind": "pattern", "pattern": "\\\\x" + "^" * 16}  # bytea hex input
        if kind == "year":
            return {"kind": "integer", "min_value": 1990, "max_value": 2025}
        if kind == "set":
            values = [str(v) for v in getattr(base_type(sql_type), "values", ())]
            pairs = [f"{a},{b}" for i, a in enumerate(values) for b in values[i + 1 :]]
            return {"kind": "choice", "values": values + pairs[: len(values)]}
        return dict(_TEXT_INPUT[kind])

    def _apply_bounds(
        self, spec: dict[str, Any], rules: list[Rule], kind: str, sql_type: Any
    ) -> None:
        bounds = [r for r in rules if isinstance(r, Bound)]
        if not bounds or spec["kind"] in ("choice", "sequence"):
            return
        if kind in ("date", "datetime"):
            _date_bounds(spec, bounds, kind)
            return
        bounds = [b for b in bounds if not isinstance(b.low or b.high, str)]
        if not bounds:
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
        lows = [
            b.low + step if b.open else b.low for b in bounds if isinstance(b.low, int | Decimal)
        ]
        highs = [
            b.high - step if b.open else b.high for b in bounds if isinstance(b.high, int | Decimal)
        ]
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


def _scale(sql_type: Any) -> int:
    """Digits after the point: the column's, or 2 for a NUMERIC without precision (which
    holds any, and a price-like 2 reads best).

    >>> import sqlalchemy as sa
    >>> _scale(sa.Numeric(8, 3)), _scale(sa.Numeric()), _scale(sa.Numeric(6))
    (3, 2, 0)
    """
    sql_type = base_type(sql_type)
    if getattr(sql_type, "precision", None) is None and getattr(sql_type, "scale", None) is None:
        return 2
    return int(getattr(sql_type, "scale", None) or 0)


def _date_bounds(spec: dict[str, Any], bounds: list[Bound], kind: str) -> None:
    """CHECK bounds on a date column (``born > '1900-01-01'::date``) as its range."""
    import datetime as dt

    if spec.get("kind") not in ("date", "datetime"):
        spec.clear()
        spec.update({"kind": kind, "min_value": "now-3y", "max_value": "now"})
    step = dt.timedelta(days=1) if kind == "date" else dt.timedelta(seconds=1)
    for bound in bounds:
        for side, value, sign in (("min_value", bound.low, 1), ("max_value", bound.high, -1)):
            if not isinstance(value, str):
                continue
            moment = dt.datetime.fromisoformat(value) + (step * sign if bound.open else step * 0)
            spec[side] = moment.date().isoformat() if kind == "date" else _iso(moment)


def _fit_numbers(spec: dict[str, Any], kind: str, sql_type: Any) -> None:
    """Keep a numeric field's range inside what the column holds."""
    if spec.get("kind") not in ("integer", "decimal") or kind not in ("integer", "decimal"):
        return
    if kind == "integer":
        low, high = integer_limits(sql_type)
        top: int | Decimal | None = high
    else:
        top = decimal_limit(sql_type)
        low = -int(top) if top is not None else 0
    for key in ("min_value", "max_value"):
        if key in spec and top is not None and Decimal(str(spec[key])) > top:
            spec[key] = int(top) if kind == "integer" else top
        if key in spec and Decimal(str(spec[key])) < low:
            spec[key] = low


def _iso(moment: Any) -> str:
    """A timestamp as the spec reads it (UTC when it has a zone)."""
    import datetime as dt

    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return str(moment.isoformat(timespec="seconds"))


def left_to_database(source: Reflected, column: dict[str, Any]) -> str:
    """Why the database fills ``column`` itself (so the spec must not), or ``""``."""
    if column.get("computed"):
        return f"generated column (GENERATED ALWAYS AS {column['computed'].get('sqltext', '...')})"
    if column["name"] in source.trigger_filled:
        return "filled by a BEFORE INSERT trigger"
    return ""


class SkipError(Exception):
    """A column that cannot be extracted as asked: the problem, the fallback taken."""

    def __init__(self, problem: str, action: str, field: dict[str, Any] | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.action = action
        self.field = field
