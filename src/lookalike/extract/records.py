"""JSON records (REST responses, JSON and NDJSON files) as flat sample tables.

Nested objects become columns (``address.city`` → ``address_city``); arrays of
objects become child tables holding the parent's key (``employees`` with
``skills: [{...}]`` → ``employees_skills`` with ``employee_id``); arrays of
scalars become child tables of one ``value`` column. Each child table records
how many children every parent had, so the spec can give it rows per parent.

The samples are small (a few hundred records per source, capped), so walking
them in Python is fine; this is extraction, not generation.

>>> tables = flatten("employees", [
...     {"id": 1, "name": "A", "address": {"city": "Oslo"}, "skills": [{"tag": "sql"}]},
...     {"id": 2, "name": "B", "address": {"city": "Rome"}, "skills": []},
... ], "GET /employees", [])
>>> [(t.name, t.frame.columns) for t in tables]
[('employees', ['id', 'name', 'address_city']), ('employees_skills', ['employee_id', 'tag'])]
>>> tables[1].children
[1, 0]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from lookalike.extract.result import Problem

#: Names longer than this are cut (the spec's limit is 63).
NAME_LIMIT = 63
_SCALARS = (str, int, float, bool, type(None))


@dataclass
class SampleTable:
    """Sampled rows of one table, and how it hangs off a parent (child tables)."""

    name: str
    frame: pl.DataFrame
    where: str
    parent: str | None = None
    parent_column: str | None = None  # the column holding the parent's key
    parent_key: str | None = None  # that key's column in the parent
    children: list[int] = field(default_factory=list)  # children of each sampled parent
    total: int | None = None  # rows the source says it has


def clean_name(name: str) -> str:
    """A spec-valid name (letters, digits, ``_``; not starting with a digit; at most 63).

    >>> clean_name("first-name"), clean_name("2fa"), clean_name("$ref")
    ('first_name', '_2fa', '_ref')
    """
    cleaned = re.sub(r"[^A-Za-z0-9_]", "_", name) or "_"
    if cleaned[0].isdigit():
        cleaned = "_" + cleaned
    return cleaned[:NAME_LIMIT]


def singular(name: str) -> str:
    """A table name in the singular, for key column names (``employees`` → ``employee``).

    >>> singular("employees"), singular("companies"), singular("staff")
    ('employee', 'company', 'staff')
    """
    if name.endswith("ies") and len(name) > 4:
        return name[:-3] + "y"
    if name.endswith("ses") or name.endswith("xes"):
        return name[:-2]
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


def _walk(
    value: dict[str, Any], prefix: str, flat: dict[str, Any], arrays: dict[str, list[Any]]
) -> None:
    for key, item in value.items():
        column = clean_name(f"{prefix}_{key}" if prefix else str(key))
        if isinstance(item, dict):
            if item:
                _walk(item, column, flat, arrays)
            else:
                flat.setdefault(column, None)
        elif isinstance(item, list):
            if all(isinstance(x, dict) for x in item) or all(isinstance(x, _SCALARS) for x in item):
                arrays[column] = item
            else:
                flat[column] = json.dumps(item, default=str)
        else:
            flat[column] = item


def frame_of(rows: list[dict[str, Any]], where: str, problems: list[Problem]) -> pl.DataFrame:
    """A DataFrame of flat rows; a column of mixed types becomes strings (and is reported).

    >>> problems = []
    >>> frame_of([{"a": 1}, {"a": "x", "b": True}], "GET /t", problems).dtypes
    [String, Boolean]
    >>> str(problems[0])
    'GET /t.a: values of mixed types; read as strings'
    """
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    columns = {}
    for name in names:
        values = [row.get(name) for row in rows]
        try:
            columns[name] = pl.Series(name, values)
        except (TypeError, pl.exceptions.PolarsError, OverflowError):
            problems.append(Problem(f"{where}.{name}", "values of mixed types; read as strings"))
            columns[name] = pl.Series(name, [None if v is None else str(v) for v in values])
    return pl.DataFrame(columns) if columns else pl.DataFrame()


def _key_of(rows: list[dict[str, Any]]) -> str | None:
    """The column of the parent's rows that children link to: ``id`` (or another key-shaped
    column) when every row has a distinct value."""
    from lookalike.extract.values import is_id_shaped

    names = list(rows[0]) if rows else []
    for candidate in ["id", "uuid", "key", *(n for n in names if is_id_shaped(n))]:
        values = [row.get(candidate) for row in rows]
        if (
            values
            and all(v is not None for v in values)
            and len(set(map(str, values))) == len(values)
        ):
            return candidate
    return None


def flatten(
    name: str, records: list[Any], where: str, problems: list[Problem], total: int | None = None
) -> list[SampleTable]:
    """The table ``name`` of ``records`` and its child tables; see the module docstring."""
    name = clean_name(name)
    rows: list[dict[str, Any]] = []
    nested: list[dict[str, list[Any]]] = []
    for index, record in enumerate(records):
        flat: dict[str, Any] = {}
        arrays: dict[str, list[Any]] = {}
        if isinstance(record, dict):
            _walk(record, "", flat, arrays)
        elif isinstance(record, _SCALARS):
            flat["value"] = record
        else:
            problems.append(Problem(f"{where}[{index}]", "not an object; skipped"))
            continue
        rows.append(flat)
        nested.append(arrays)
    table = SampleTable(name, frame_of(rows, where, problems), where, total=total)
    found = [table]
    key = _key_of(rows)
    array_names: dict[str, None] = {}
    for arrays in nested:
        array_names.update(dict.fromkeys(arrays))
    for array in array_names:
        found.extend(_child(table, array, rows, nested, key, problems))
    return found


def _child(
    parent: SampleTable,
    array: str,
    rows: list[dict[str, Any]],
    nested: list[dict[str, list[Any]]],
    key: str | None,
    problems: list[Problem],
) -> list[SampleTable]:
    child_name = clean_name(f"{parent.name}_{array}")
    own = singular(parent.name)
    link = None
    if key is not None:
        link = key if key.lower().startswith(own.lower()) else clean_name(f"{own}_{key}")
    items: list[Any] = []
    counts: list[int] = []
    for row, arrays in zip(rows, nested, strict=True):
        values = arrays.get(array, [])
        counts.append(len(values))
        for value in values:
            item = dict(value) if isinstance(value, dict) else {"value": value}
            if link is not None:
                if link in item:
                    item = {f"parent_{link}": row[key], **item}  # type: ignore[index]
                else:
                    item = {link: row[key], **item}  # type: ignore[index]
            items.append(item)
    where = f"{parent.where}.{array}"
    if key is None:
        problems.append(
            Problem(
                where,
                f"{parent.name} rows have no id to link {child_name} to; "
                "its rows follow their parent without a key column",
            )
        )
    tables = flatten(child_name, items, where, problems)
    tables[0].parent = parent.name
    if link is not None:
        tables[0].parent_column = link if link in tables[0].frame.columns else f"parent_{link}"
        tables[0].parent_key = key
    tables[0].children = counts
    return tables
