"""Extract a spec from a SQL database (PostgreSQL, MySQL/MariaDB, SQLite) by reflection.

Why one module past 500 lines: it is the reflection walk itself (schemas, tables,
keys, checks, partitions, counts) in the order a database is read; its column and
naming rules already live in sql_columns.py, checks.py and reflect.py.

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

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lookalike.extract.reflect import Issue, Reflected, reflect
from lookalike.extract.sql_columns import (
    NULL_RATE,
    PEOPLE,
    ColumnRules,
    SkipError,
    TableState,
    left_to_database,
)
from lookalike.extract.sql_dates import DateRules
from lookalike.extract.sql_keys import KeyRules

#: Tables of at most this many rows keep their real values (not personal ones).
LOOKUP_ROWS = 250
#: A lookup table has at most this many columns, and values at most this long.
LOOKUP_COLUMNS = 5
LOOKUP_LENGTH = 64
#: Rows for a table with no parent when the source table is empty.
ROOT_ROWS = 1000
#: Children per parent when the source tables are empty.
CHILDREN_PER_PARENT = 3.0
#: Tables with fewer rows than this keep their exact count, whatever the scale.
TINY_ROWS = 10
#: Levels of an extracted self-reference tree.
TREE_DEPTH = 4


@dataclass(frozen=True)
class Extraction:
    """The extracted spec (as data, ready for YAML) and what could not be carried over."""

    spec: dict[str, Any]
    issues: tuple[Issue, ...] = ()
    #: Why the planner refuses the spec (a bug to report), None when it plans.
    plan_error: str | None = None

    def to_yaml(self) -> str:
        """The spec as YAML, issues listed as comments at the top."""
        import yaml

        head = "".join(f"# {issue}\n" for issue in self.issues)
        if self.plan_error:
            head += f"# NOT PLANNABLE AS WRITTEN: {self.plan_error}\n"
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
    lookup_rows: int = LOOKUP_ROWS,
    realistic_domains: bool = False,
) -> Extraction:
    """Reflect the database at ``url`` into a spec; see the module docstring.

    ``scale`` multiplies the source's row counts (empty tables get
    :data:`ROOT_ROWS` rows). Narrow tables (at most :data:`LOOKUP_COLUMNS`
    columns) of at most ``lookup_rows`` rows (statuses, categories, languages,
    countries) keep their real short values in their text columns, except
    personal ones; ``lookup_rows=0`` reads no value at all. Emails,
    URLs and domains use reserved example domains (RFC 2606) unless
    ``realistic_domains``.
    """
    from lookalike.sql.connect import display_url, open_engine

    if not scale > 0:
        raise ValueError(f"--scale must be above 0, got {scale}")
    named = [s.strip() for s in (schema or "").split(",") if s.strip()]
    schemas: list[str | None] = list(named) or [None]
    engine = open_engine(url)
    try:
        reflected: list[Reflected] = []
        issues: list[Issue] = []
        lookups: dict[tuple[str, str], list[tuple[Any, int]]] = {}
        origin: dict[str, str] = {}
        for one in schemas:
            wanted = tables if len(schemas) == 1 else None
            found, noted = reflect(engine, schema=one, tables=wanted)
            if tables and len(schemas) > 1:
                found = [t for t in found if t.name in tables]
            _no_clash(reflected, found, one)
            reflected += found
            origin |= {t.name: one for t in found if one}
            issues += noted
            lookups |= _read_lookups(engine, found, one, lookup_rows)
        dialect = engine.dialect.name
        name = engine.url.database or "dataset"
        source = display_url(engine.url)
    finally:
        engine.dispose()
    builder = _Builder(reflected, issues, scale, dialect)
    builder.lookups = lookups
    spec: dict[str, Any] = {"name": _spec_name(name)}
    if seed is not None:
        spec["seed"] = seed
    where = f", schema {', '.join(named)}" if named else ""
    spec["description"] = f"Extracted from {source}{where} (schema only, no values)"
    spec["tables"] = _plain(builder.build())
    if named:
        _place(spec["tables"], origin, dialect, builder)
    if not realistic_domains:
        _safe_domains(spec["tables"])
    if not spec["tables"]:
        builder.note(
            schema or "(default schema)", None, "no table found",
            "the spec is empty; give --schema or check the URL's database",
        )  # fmt: skip
        return Extraction(spec, tuple(builder.issues))
    return Extraction(spec, tuple(builder.issues), planned(spec))


def _place(tables: dict[str, Any], origin: dict[str, str], dialect: str, builder: _Builder) -> None:
    """Each table of a PostgreSQL schema says so (``schema: sales``): loads and checks
    write and read it there. A MySQL schema is a database of its own: naming it
    would point loads at the source, so the spec stays portable and says how.

    >>> tables = {"orders": {"rows": 5, "fields": {}}}
    >>> _place(tables, {"orders": "sales"}, "postgresql", _Builder([], [], 1.0, "postgresql"))
    >>> list(tables["orders"])
    ['schema', 'rows', 'fields']
    """
    if dialect != "postgresql":
        where = ", ".join(dict.fromkeys(origin.values()))
        builder.note(
            where, None, "tables read from this database",
            "load with --to the target database, or --schema to name another one",
        )  # fmt: skip
        return
    for name, table in list(tables.items()):
        if name in origin:
            tables[name] = {"schema": origin[name], **table}


def _no_clash(known: list[Reflected], found: list[Reflected], schema: str | None) -> None:
    """Tables of several schemas share one spec: their names must differ."""
    from lookalike.sql.errors import DatabaseError

    taken = {t.name for t in known}
    clash = sorted(t.name for t in found if t.name in taken)
    if clash:
        raise DatabaseError(
            f"table(s) {', '.join(clash)} of schema {schema} have the name of a table of an "
            "earlier schema; extract the schemas one at a time"
        )


def planned(spec: dict[str, Any]) -> str | None:
    """Why the planner refuses ``spec``, or None: extraction checks its own output.

    >>> planned({"tables": {"t": {"rows": 2, "fields": {"id": {"kind": "sequence"}}}}}) is None
    True
    """
    from lookalike.errors import LookalikeError
    from lookalike.plan import build_plan
    from lookalike.spec import spec_from_dict

    try:
        build_plan(spec_from_dict(spec), seed=0)
    except (LookalikeError, ValueError) as exc:
        return str(exc)
    return None


def _read_lookups(
    engine: Any, reflected: list[Reflected], schema: str | None, limit: int
) -> dict[tuple[str, str], list[tuple[Any, int]]]:
    """The values of small lookup tables' text columns that are not keys or personal."""
    from lookalike.extract.naming import guess, words_of
    from lookalike.extract.pii import pii_reason
    from lookalike.extract.reflect import lookup_values
    from lookalike.extract.types import family

    found: dict[tuple[str, str], list[tuple[Any, int]]] = {}
    for table in reflected:
        people = any(w.startswith(p) for w in words_of(table.name).split() for p in PEOPLE)
        # A lookup is narrow (an id, a name, a code, a stamp): a wide table of 80 films
        # is content, and a table of people is personal through and through.
        narrow = len(table.columns) <= LOOKUP_COLUMNS
        if not 0 < table.rows <= limit or people or not narrow:
            continue
        referencing = {c for fk in table.foreign_keys for c in fk.get("constrained_columns") or []}
        columns = []
        for column in table.columns:
            name = column["name"]
            # A bare ``name`` of a lookup is a category's name, not a person's.
            hit = None if words_of(name) in ("name", "title") else guess(name, "string")
            personal = pii_reason(name, hit.field if hit else {"kind": "text"}) is not None
            plain = family(column["type"]) == "string" and not left_to_database(table, column)
            if plain and not personal and name not in referencing | set(table.primary_key):
                columns.append(name)
        padded = {c["name"] for c in table.columns
                  if type(c["type"]).__name__.upper() in ("CHAR", "NCHAR", "BPCHAR")}  # fmt: skip
        for name, values in lookup_values(engine, table.name, columns, schema, limit).items():
            short = all(len(str(v)) <= LOOKUP_LENGTH for v, _ in values)
            if 0 < len(values) <= limit and short:
                # CHAR(n) pads with spaces; the database pads again on the way back in.
                found[(table.name, name)] = [
                    (v.rstrip() if name in padded and isinstance(v, str) else v, n)
                    for v, n in values
                ]
    return found


def _safe_domains(tables: dict[str, Any]) -> None:
    """Contactable internet values on reserved example domains: nobody real is mailed."""
    for table in tables.values():
        for field in table["fields"].values():
            if field.get("kind") == "internet" and field.get("attribute", "email") in (
                "email", "url", "domain",
            ):  # fmt: skip
                field["mode"] = "safe"


def _key_capacity(source: Reflected) -> int | None:
    """How many rows a single-column integer primary key can number from 1, if it is one.

    >>> import sqlalchemy as sa
    >>> _key_capacity(Reflected("t", [{"name": "id", "type": sa.SmallInteger()}], ["id"]))
    32767
    """
    from lookalike.extract.types import family, integer_limits

    if len(source.primary_key) != 1:
        return None
    column = next((c for c in source.columns if c["name"] == source.primary_key[0]), None)
    if column is None or family(column["type"]) != "integer":
        return None
    return integer_limits(column["type"])[1]


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


class _Builder(KeyRules, DateRules, ColumnRules):
    def __init__(
        self, tables: list[Reflected], issues: list[Issue], scale: float, dialect: str = ""
    ) -> None:
        self.issues = list(issues)
        names = {t.name for t in tables}
        kept = []
        for table in tables:
            if table.written_by in names:
                self.note(
                    table.name,
                    None,
                    f"its rows are written by an INSERT trigger on {table.written_by}",
                    "left to the database (not in the spec)",
                )
            else:
                kept.append(table)
        self.tables = {t.name: TableState(t) for t in kept}
        self.scale = scale
        self.dialect = dialect
        self.json_columns: set[tuple[str, str]] = set()
        self.lookups: dict[tuple[str, str], list[tuple[Any, int]]] = {}

    # -- foreign keys --------------------------------------------------------

    def _foreign_keys(self, table: TableState) -> list[dict[str, Any]]:
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

    def _choose_parent(self, table: TableState, fks: list[dict[str, Any]]) -> None:
        """Rows per parent for a table whose key holds a NOT NULL foreign key (or
        any child of a single required parent), never forming a loop of `per`."""
        nullable = {c["name"] for c in table.source.columns if c.get("nullable", True)}
        nullable |= {c for cols in table.second_pass for c in cols}
        keys = [table.source.primary_key, *table.source.unique]
        order = {c["name"]: i for i, c in enumerate(table.source.columns)}
        candidates = []
        for fk in fks:
            cols = tuple(fk["constrained_columns"])
            parent = fk["referred_table"]
            if parent == table.source.name or set(cols) & nullable:
                continue
            in_key = any(set(cols) <= set(k) for k in keys if k)
            counted = table.source.rows >= TINY_ROWS and self.tables[parent].source.rows > 0
            if not (in_key or counted):
                continue  # rows per parent only where a key needs it or the source says how many
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

    def _rows(self, table: TableState) -> int | dict[str, Any]:
        """Rows of ``table``, capped where its integer key could not number them all."""
        rows = self._wanted_rows(table)
        top = _key_capacity(table.source)
        if top is None:
            return rows
        if isinstance(rows, int):
            if rows > top:
                self._capped(table, rows, top)
                return top
            return rows
        parents = self._expected(self.tables[table.per]) if table.per else 1
        # Poisson counts wander: keep the expected total a tenth under the capacity.
        if parents * float(rows.get("mean", 1)) > 0.9 * top:
            mean = max(0.01, round(0.9 * top / max(parents, 1), 3))
            self._capped(table, round(parents * float(rows["mean"])), round(parents * mean))
            rows = {**rows, "mean": mean, "max": max(1, math.ceil(mean * 2))}
        return rows

    def _expected(self, table: TableState) -> float:
        rows = self._wanted_rows(table)
        if isinstance(rows, int):
            return float(rows)
        parent = self._expected(self.tables[table.per]) if table.per else 1.0
        return parent * float(rows.get("mean", rows.get("count", 1)))

    def _capped(self, table: TableState, wanted: int, top: int) -> None:
        key = table.source.primary_key[0]
        self.note(table.source.name, key, f"an integer key that holds at most {top:,} rows "
                  f"(about {wanted:,} wanted)", f"row count capped at about {top:,}")  # fmt: skip

    def _wanted_rows(self, table: TableState) -> int | dict[str, Any]:
        source = table.source
        if table.per is None:
            kept = any(t == source.name for t, _ in self.lookups)
            if 0 < source.rows < TINY_ROWS or kept:
                return source.rows  # a lookup or a handful of stores: kept as it is
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

    def _distinct_cap(self, table: TableState) -> int | None:
        """Children per parent can be no more than the rows of a `distinct` other side."""
        cap = None
        for cols, link in table.links.items():
            if link == "distinct":
                parent = self._fk_parent(table, cols)
                rows = self._rows(self.tables[parent])
                if isinstance(rows, int):
                    cap = rows if cap is None else min(cap, rows)
        return cap

    def _fk_parent(self, table: TableState, cols: tuple[str, ...]) -> str:
        for fk in table.source.foreign_keys:
            if tuple(fk["constrained_columns"]) == cols:
                return str(fk["referred_table"])
        raise KeyError(cols)

    # -- the whole dataset ---------------------------------------------------

    def build(self) -> dict[str, Any]:
        fks = {name: self._foreign_keys(t) for name, t in self.tables.items()}
        self._break_cycles(fks)
        for name, table in self.tables.items():
            self._choose_parent(table, fks[name])
        for name, table in self.tables.items():
            self._plan_keys(table, fks[name])
        for table in self.tables.values():
            self._diamonds(table, fks)
        out: dict[str, Any] = {}
        for name, table in self.tables.items():
            out[name] = self._table_spec(table, fks[name])
        self._date_order(out, fks)
        return out

    def _table_spec(self, table: TableState, fks: list[dict[str, Any]]) -> dict[str, Any]:
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
            left = left_to_database(source, column)
            if left:
                self.note(source.name, name, left, "left to the database (not in the spec)")
                continue
            try:
                if name in fk_of:
                    spec = self._reference(table, column, fk_of[name])
                else:
                    spec = self._column(
                        table, column, rules.get(name, []), unique=name in unique_single
                    )
            except SkipError as skip:
                self.note(source.name, name, skip.problem, skip.action)
                if skip.field is None:
                    continue
                spec = skip.field
            fields[name] = spec
        # Hidden helpers the columns asked for (lookup row counters, uncut values).
        fields.update({k: v for k, v in table.fields.items() if k not in fields})
        self._composite_keys(table, fields, fk_of)
        self._apply_orders(table, fields, rules)
        self._apply_pairs(table, fields, rules)
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

    # -- one column ----------------------------------------------------------

    def _reference(
        self, table: TableState, column: dict[str, Any], fk: dict[str, Any]
    ) -> dict[str, Any]:
        cols = tuple(fk["constrained_columns"])
        if column["name"] in table.through:
            via, via_column, via_link = table.through[column["name"]]
            spec: dict[str, Any] = {"ref": f"{via}.{via_column}"}
            if via_link:
                spec["link"] = via_link
            spec["nullable"] = bool(column.get("nullable", True))
            return spec
        index = cols.index(column["name"])
        parent = fk["referred_table"]
        spec = {"ref": f"{parent}.{fk['referred_columns'][index]}"}
        link = table.links.get(cols)
        if link == "distinct":
            spec["distinct"] = True
            if parent == table.per:
                spec["link"] = "_".join(cols)
        elif link:
            spec["link"] = link
        nullable = bool(column.get("nullable", True))
        if cols in table.second_pass:
            spec.update(
                nullable=True, description="NOT NULL in the source; filled in a second pass"
            )
            return spec
        if parent == table.source.name:
            if not nullable:
                raise SkipError(
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
