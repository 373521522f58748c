"""Sample tables (from an API or files) to a spec: kinds, keys, references, rows per parent.

Each column's field comes from its values and its name
(:mod:`~lookalike.extract.values`); personal columns are flagged
(:mod:`~lookalike.extract.pii`). A unique, non-null ``id``-like column is the
primary key. A key-shaped column (``teamId``, ``owner_ref``) becomes a
reference when its sampled values resolve in another table's key, the best
match winning; the share that resolved is reported. Child tables made from
nested arrays get their rows per parent from the sampled counts.

>>> import polars as pl
>>> from lookalike.extract.records import SampleTable
>>> teams = SampleTable("teams", pl.DataFrame({"id": [1, 2, 3]}), "GET /teams")
>>> people = SampleTable("employees", pl.DataFrame({"id": [7, 8, 9, 10],
...                      "teamId": [1, 2, 2, 3]}), "GET /employees")
>>> result = build_spec([teams, people], name="hr")
>>> result.spec["tables"]["employees"]["fields"]["teamId"]
{'ref': 'teams.id'}
>>> str(result.references[0])
'reference employees.teamId -> teams.id: 100% of 4 sampled values resolve'
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import polars as pl

from lookalike.extract.naming import words_of
from lookalike.extract.pii import pii_reason
from lookalike.extract.records import SampleTable, singular
from lookalike.extract.result import FoundReference, Problem, SourceExtraction
from lookalike.extract.stats import fit_children
from lookalike.extract.values import infer_column, is_id_shaped, shape_of

#: Share of a column's sampled values that must resolve for it to become a reference.
RESOLVE_SHARE = 0.5
#: Tables whose ``name`` column is a person's name.
_PEOPLE = (
    "customer",
    "customers",
    "user",
    "users",
    "employee",
    "employees",
    "staff",
    "person",
    "people",
    "contact",
    "contacts",
    "member",
    "members",
    "author",
    "authors",
    "patient",
    "patients",
    "student",
    "students",
    "client",
    "clients",
    "manager",
    "managers",
)
#: Rows of a table whose sample is empty.
EMPTY_ROWS = 100


def primary_key(table: SampleTable) -> str | None:
    """The table's key column: ``id`` (or ``<table>Id``/``<table>_id``) when unique and set.

    >>> primary_key(SampleTable("teams", pl.DataFrame({"teamId": [1, 2], "n": [1, 1]}), "x"))
    'teamId'
    """
    frame = table.frame
    if frame.height == 0:
        return None
    own = singular(table.name)
    candidates = ["id", f"{own}Id", f"{own}_id", f"{own}ID", "uuid", "key", "code"]
    candidates += [c for c in frame.columns if is_id_shaped(c)]
    for name in candidates:
        if name not in frame.columns or name == table.parent_column:
            continue
        column = frame[name]
        if column.null_count() == 0 and column.n_unique() == frame.height:
            if column.dtype.is_float():
                continue
            return name
    return None


def _key_field(values: pl.Series, rows: int) -> dict[str, Any]:
    """A unique generator like the sampled keys: sequence, UUID or a pattern of their shape."""
    if values.dtype.is_integer():
        low = int(values.min() or 1)  # type: ignore[arg-type]
        return {"kind": "sequence", "start": max(low, 0)}
    text = values.cast(pl.String)
    if shape_of(text) == "uuid":
        return {"kind": "uuid", "unique": True}
    first = str(text[0])
    pattern = re.sub(r"[A-Z]", "?", re.sub(r"[0-9]", "#", re.sub(r"[\\*?@%^#]", "", first)))
    pattern = re.sub(r"[a-z]", "@", pattern)
    capacity = 10 ** pattern.count("#") * 26 ** (pattern.count("?") + pattern.count("@"))
    if capacity < 10 * max(rows, 1) or len(pattern) == 0:
        pattern = "*" * max(min(len(first), 16), 8)
    return {"kind": "pattern", "pattern": pattern, "unique": True}


def _plain(name: str) -> str:
    return words_of(name).replace(" ", "")


def _references(tables: list[SampleTable], keys: dict[str, str | None]) -> list[FoundReference]:
    found = []
    by_name = {t.name: t for t in tables}
    for table in tables:
        for column in table.frame.columns:
            if column in (keys[table.name], table.parent_column):
                continue
            # Key-shaped (teamId, owner_ref) or named after a table ("team": 5, "owner": "u1").
            names_table = any(_plain(column) == _plain(singular(t)) for t in by_name)
            if not (is_id_shaped(column) or names_table):
                continue
            values = table.frame[column].drop_nulls()
            if values.len() == 0 or not (values.dtype.is_integer() or values.dtype == pl.String):
                continue
            best: tuple[float, bool, str] | None = None
            for parent, key in keys.items():
                if key is None:
                    continue
                targets = by_name[parent].frame[key]
                if targets.dtype != values.dtype:
                    continue
                share = float(values.is_in(targets.implode()).mean() or 0.0)  # type: ignore[arg-type]
                named = singular(parent) in words_of(column).replace(" ", "") or (
                    singular(parent) in words_of(column)
                )
                score = (share, named, parent)
                if share >= RESOLVE_SHARE and (best is None or score[:2] > best[:2]):
                    best = score
            if best is not None:
                parent = best[2]
                found.append(
                    FoundReference(
                        f"{table.name}.{column}", f"{parent}.{keys[parent]}", best[0], values.len()
                    )
                )
    return found


def _rows(table: SampleTable, scale: float) -> int | dict[str, Any]:
    if table.parent is not None and table.children:
        return {"per": table.parent, **fit_children(table.children)}
    base = table.total if table.total else table.frame.height or EMPTY_ROWS
    return max(1, round(base * scale))


def _column_field(table: SampleTable, column: str, key: str | None, rows: int) -> dict[str, Any]:
    values = table.frame[column]
    if column == key:
        return {**_key_field(values, rows), "nullable": False}
    present = values.len() - values.null_count()
    if present == 0:
        return {
            "kind": "text",
            "null_rate": 1.0,
            "nullable": True,
            "description": "always null in the sample",
        }
    words = words_of(column)
    own = words_of(table.name).split()[-1:] if table.parent else words_of(table.name).split()
    neutral = words in ("name", "title") and not any(w in own for w in _PEOPLE)
    # A team's or a product's name is not a person's: let the values speak.
    inferred = infer_column("value" if neutral else column, values)
    spec = dict(inferred.field)
    nulls = values.null_count() / max(values.len(), 1)
    if nulls > 0:
        spec.update(null_rate=round(nulls, 3), nullable=True)
    reason = pii_reason(column, spec, inferred.reason)
    if reason:
        spec.update(pii=True, pii_reason=reason)
        if spec.get("kind") == "choice":
            # A personal column's values are never copied, whatever their cardinality.
            spec = _without_values(column, values, spec)
        elif "min_value" in spec and spec.get("kind") in ("integer", "decimal", "float"):
            spec.update(_blurred_range(values, spec))
        elif "min_value" in spec and spec.get("kind") in ("date", "datetime"):
            # A relative range: no one's own date is the bound.
            spec.update(min_value="now-10y", max_value="now")
    return spec


def _blurred_range(values: pl.Series, spec: dict[str, Any]) -> dict[str, Any]:
    """A personal number's range without anyone's value: the 5% and 95% quantiles,
    rounded outwards to two significant digits (a top salary is one person's)."""
    import math

    numbers = values.drop_nulls().cast(pl.Float64).to_numpy()
    low, high = np.quantile(numbers, [0.05, 0.95])

    def rounded(value: float, up: bool) -> float:
        if value == 0:
            return 0.0
        step = 10 ** (math.floor(math.log10(abs(value))) - 1)
        return float((math.ceil(value / step) if up else math.floor(value / step)) * step)

    bottom, top = rounded(float(low), up=False), rounded(float(high), up=True)
    if spec["kind"] == "integer":
        return {"min_value": int(bottom), "max_value": int(max(top, bottom))}
    if spec["kind"] == "decimal":
        scale = int(spec.get("scale", 2))
        return {"min_value": f"{bottom:.{scale}f}", "max_value": f"{max(top, bottom):.{scale}f}"}
    return {"min_value": bottom, "max_value": max(top, bottom)}


def _without_values(column: str, values: pl.Series, spec: dict[str, Any]) -> dict[str, Any]:
    from lookalike.extract.naming import guess
    from lookalike.extract.values import family_of

    hit = guess(column, family_of(values.dtype))
    field = dict(hit.field) if hit is not None else {"kind": "pattern", "pattern": "????????"}
    keep = {k: spec[k] for k in ("null_rate", "nullable", "pii", "pii_reason") if k in spec}
    return {**field, **keep}


def build_spec(
    tables: list[SampleTable],
    *,
    name: str,
    description: str = "",
    seed: int | None = 1,
    problems: list[Problem] | None = None,
    scale: float = 1.0,
    notes: list[str] | None = None,
    profile_k: int | None = None,
) -> SourceExtraction:
    """The spec of ``tables``; see the module docstring. With ``profile_k``, non-personal
    columns are profiled (:mod:`~lookalike.extract.profile`) keeping categories of
    ``profile_k`` or more rows."""
    problems = list(problems or [])
    notes = list(notes or [])
    keys = {t.name: primary_key(t) for t in tables}
    references = _references(tables, keys)
    ref_of = {r.child: r for r in references}
    out: dict[str, Any] = {}
    for table in tables:
        fields = _fields(table, keys[table.name], ref_of, _rows(table, scale))
        if not fields:
            problems.append(Problem(table.where, "no fields in the sample; table left out"))
            continue
        if profile_k is not None:
            from lookalike.extract.profile import profile_note, profile_table

            kept: list[str] = []
            done, personal = profile_table(table.frame, fields, k=profile_k, notes=kept)
            notes.append(profile_note(table.name, table.frame.height, done, personal, profile_k))
            notes.extend(f"{table.name}: {line}" for line in kept)
        spec: dict[str, Any] = {"rows": _rows(table, scale)}
        if keys[table.name]:
            spec["primary_key"] = [keys[table.name]]
        spec["fields"] = fields
        spec["description"] = f"{table.where}: {table.frame.height:,} rows sampled"
        out[table.name] = spec
    _drop_dangling(out, problems)
    if profile_k is not None:
        from lookalike.extract.profile import small_spaces

        notes.extend(_skews(tables, keys, references, out))
        for name, table_spec in out.items():
            notes.extend(small_spaces(name, table_spec["fields"]))
    data: dict[str, Any] = {"name": name}
    if seed is not None:
        data["seed"] = seed
    if description:
        data["description"] = description
    data["tables"] = out
    nested = [
        FoundReference(
            f"{t.name}.{t.parent_column}",
            f"{t.parent}.{t.parent_key}",
            1.0,
            t.frame.height,
            by="nesting",
        )
        for t in tables
        if t.parent is not None and t.parent_column and t.name in out
    ]
    return SourceExtraction(data, tuple(problems), tuple(references + nested), tuple(notes))


def _fields(
    table: SampleTable,
    key: str | None,
    ref_of: dict[str, FoundReference],
    rows: int | dict[str, Any],
) -> dict[str, Any]:
    """Every column of one sample table as a field: parent links, references, values."""
    count = rows if isinstance(rows, int) else max(table.frame.height, 1)
    fields: dict[str, Any] = {}
    for column in table.frame.columns:
        found = ref_of.get(f"{table.name}.{column}")
        if column == table.parent_column and table.parent is not None:
            fields[column] = {"ref": f"{table.parent}.{table.parent_key}"}
        elif found is not None:
            fields[column] = _reference_field(table, column, found)
        else:
            fields[column] = _column_field(table, column, key, count)
    return fields


def _skews(
    tables: list[SampleTable],
    keys: dict[str, str | None],
    references: list[FoundReference],
    out: dict[str, Any],
) -> list[str]:
    """Zipf-skewed parent picks where the sample's children per parent are skewed."""
    from lookalike.extract.stats import fit_reference

    frames = {t.name: t.frame for t in tables}
    notes = []
    for found in references:
        child, column = found.child.split(".", 1)
        parent, key = found.parent.split(".", 1)
        if child == parent or child not in out or keys.get(parent) != key:
            continue
        used = frames[child][column].drop_nulls().value_counts(name="n")
        every = frames[parent].select(pl.col(key).alias(column)).join(used, on=column, how="left")
        skew = fit_reference(every["n"].fill_null(0).to_numpy())
        if skew:
            out[child]["fields"][column].update(skew)
            notes.append(
                f"{found.child} -> {found.parent}: parents picked zipf-skewed "
                f"(exponent {skew['exponent']}), like the sample's children per parent"
            )
    return notes


def _reference_field(table: SampleTable, column: str, found: FoundReference) -> dict[str, Any]:
    spec: dict[str, Any] = {"ref": found.parent}
    values = table.frame[column]
    nulls = values.null_count() / max(values.len(), 1)
    if found.parent.split(".")[0] == table.name:
        spec.update(nullable=True, depth=4)
    elif nulls > 0:
        spec.update(nullable=True, null_rate=round(nulls, 3))
    return spec


def _drop_dangling(tables: dict[str, Any], problems: list[Problem]) -> None:
    """Rows per a parent that was left out cannot be planned: give them a count instead."""
    for name, table in tables.items():
        rows = table["rows"]
        if isinstance(rows, dict) and rows["per"] not in tables:
            problems.append(Problem(name, f"parent {rows['per']} was left out; rows fixed"))
            table["rows"] = EMPTY_ROWS
