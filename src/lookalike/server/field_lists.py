"""Field lists as the older mock-data APIs take them (names with loose type names) as specs.

The generation-platform API's custom templates (``schema_fields``) and the job
API's schemas (``fields``) describe a table as a list of ``{name, type}``;
this turns such a list into a one-table spec.

>>> field_spec({"name": "age", "type": "integer", "constraints": {"min_value": 18}})
{'kind': 'person', 'attribute': 'age', 'min_age': 18}
>>> field_spec({"name": "x", "type": "integer", "constraints": {"min_value": 18}})
{'kind': 'integer', 'min_value': 18}
>>> field_spec({"name": "name", "type": "string"})
{'kind': 'person', 'attribute': 'full_name'}
>>> table_name("Customer Profile")
'customer_profile'
"""

from __future__ import annotations

import re
from typing import Any

from lookalike.errors import SpecError
from lookalike.naming import PLAIN_TYPES, SEMANTIC_TYPES, field_for, harmonise, type_names
from lookalike.server.errors import ApiError

TYPE_NAMES = {*SEMANTIC_TYPES, *PLAIN_TYPES}
#: Type names the older APIs (and their users) write, and the field each becomes.
TYPES: dict[str, dict[str, Any]] = {
    name: field_for("x", name).field for name in type_names() if name in TYPE_NAMES
}


def field_spec(field: dict[str, Any]) -> dict[str, Any]:
    """A listed field (``type`` or ``field_type``, ``constraints``, ``nullable``) as a spec's.

    The field's name picks realistic values when its type is plain (``age: integer``
    is an age, ``department: string`` a department); explicit constraints win.
    """
    name = str(field.get("name", ""))
    raw = str(field.get("type") or field.get("field_type") or "string").lower().strip()
    constraints = field.get("constraints") or {}
    if not isinstance(constraints, dict):
        raise ApiError(422, f"field {name!r}: constraints must be an object", field="constraints")
    try:
        spec = field_for(name, raw, constraints).field
    except SpecError as exc:
        where = "constraints" if "constraints" in exc.message else "type"
        raise ApiError(422, f"field {name!r}: {exc.message}", field=where) from exc
    if field.get("nullable") is True:
        spec["null_rate"] = 0.05
    if field.get("unique") is True:
        spec["unique"] = True
    return spec


def table_name(text: str) -> str:
    """A spec name (letters, digits, _) from a display name."""
    slug = re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_") or "data"
    return ("t_" + slug if slug[0].isdigit() else slug)[:63]


def field_name(text: str) -> str:
    """A column name as the user wrote it, with only what a name cannot hold replaced.

    >>> field_name("customerEmail"), field_name("Date of birth"), field_name("2nd line")
    ('customerEmail', 'Date_of_birth', 'f_2nd_line')
    """
    slug = re.sub(r"[^A-Za-z0-9_]+", "_", text).strip("_") or "field"
    return ("f_" + slug if slug[0].isdigit() else slug)[:63]


def spec_from_fields(fields: Any, *, table: str = "data", rows: int = 1000) -> dict[str, Any]:
    """A one-table spec from a list of fields."""
    if not isinstance(fields, list) or not fields:
        raise ApiError(422, "fields must be a non-empty list of {name, type}", field="fields")
    out: dict[str, Any] = {}
    for item in fields:
        if not isinstance(item, dict) or not item.get("name"):
            raise ApiError(422, "each field needs a name and a type", field="fields")
        out[field_name(str(item["name"]))] = field_spec(item)
    harmonise(out)
    return {"tables": {table: {"rows": rows, "fields": out}}}
