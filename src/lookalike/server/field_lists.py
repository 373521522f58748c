"""Field lists as the older mock-data APIs take them (names with loose type names) as specs.

The generation-platform API's custom templates (``schema_fields``) and the job
API's schemas (``fields``) describe a table as a list of ``{name, type}``;
this turns such a list into a one-table spec.

>>> field_spec({"name": "age", "type": "integer", "constraints": {"min_value": 18}})
{'kind': 'integer', 'min_value': 18}
>>> field_spec({"name": "name", "type": "string"})
{'kind': 'person', 'attribute': 'full_name'}
>>> table_name("Customer Profile")
'customer_profile'
"""

from __future__ import annotations

import re
from typing import Any

from lookalike.server.errors import ApiError

#: Type names the older APIs (and their users) write, and the field each becomes.
TYPES: dict[str, dict[str, Any]] = {
    "uuid": {"kind": "uuid"},
    "id": {"kind": "sequence", "start": 1},
    "sequence": {"kind": "sequence", "start": 1},
    "name": {"kind": "person", "attribute": "full_name"},
    "full_name": {"kind": "person", "attribute": "full_name"},
    "first_name": {"kind": "person", "attribute": "first_name"},
    "last_name": {"kind": "person", "attribute": "last_name"},
    "gender": {"kind": "person", "attribute": "gender"},
    "age": {"kind": "person", "attribute": "age"},
    "date_of_birth": {"kind": "person", "attribute": "date_of_birth"},
    "email": {"kind": "internet", "attribute": "email"},
    "username": {"kind": "internet", "attribute": "username"},
    "url": {"kind": "internet", "attribute": "url"},
    "ipv4": {"kind": "internet", "attribute": "ipv4"},
    "phone": {"kind": "phone"},
    "phone_number": {"kind": "phone"},
    "address": {"kind": "address", "attribute": "full"},
    "street_address": {"kind": "address", "attribute": "street_address"},
    "city": {"kind": "address", "attribute": "town"},
    "state": {"kind": "address", "attribute": "region"},
    "country": {"kind": "address", "attribute": "country"},
    "postal_code": {"kind": "address", "attribute": "postcode"},
    "postcode": {"kind": "address", "attribute": "postcode"},
    "zip": {"kind": "address", "attribute": "postcode"},
    "company": {"kind": "company", "attribute": "name"},
    "job_title": {"kind": "company", "attribute": "job_title"},
    "iban": {"kind": "finance", "attribute": "iban"},
    "currency": {"kind": "finance", "attribute": "currency"},
    "integer": {"kind": "integer"},
    "int": {"kind": "integer"},
    "float": {"kind": "float"},
    "number": {"kind": "float"},
    "decimal": {"kind": "decimal"},
    "boolean": {"kind": "boolean"},
    "bool": {"kind": "boolean"},
    "date": {"kind": "date"},
    "datetime": {"kind": "datetime"},
    "timestamp": {"kind": "datetime"},
    "text": {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 2},
}
#: Generic string types: the field's name says more than the type.
STRINGS = {"string", "str", "varchar", "char"}
_CONSTRAINTS = {"min_value", "max_value", "min", "max", "minimum", "maximum"}


def field_spec(field: dict[str, Any]) -> dict[str, Any]:
    """A listed field (``type`` or ``field_type``, ``constraints``, ``nullable``) as a spec's."""
    name = str(field.get("name", ""))
    raw = str(field.get("type") or field.get("field_type") or "string").lower().strip()
    constraints = field.get("constraints") or {}
    if not isinstance(constraints, dict):
        raise ApiError(422, f"field {name!r}: constraints must be an object", field="constraints")
    choices = constraints.get("values") or constraints.get("choices") or constraints.get("enum")
    if choices or raw in {"choice", "enum", "category"}:
        if not isinstance(choices, list) or not choices:
            raise ApiError(
                422,
                f"field {name!r}: a {raw} field needs constraints.values, a list",
                field="constraints",
            )
        spec: dict[str, Any] = {"kind": "choice", "values": choices}
    elif raw in STRINGS:
        spec = dict(
            TYPES.get(
                name.lower(), {"kind": "text", "unit": "words", "min_count": 1, "max_count": 3}
            )
        )
    elif raw in TYPES:
        spec = dict(TYPES[raw])
    else:
        known = ", ".join(sorted({*TYPES, *STRINGS, "choice"}))
        raise ApiError(
            422, f"field {name!r}: unknown type {raw!r}; use one of {known}", field="type"
        )
    low = _first(constraints, "min_value", "min", "minimum")
    high = _first(constraints, "max_value", "max", "maximum")
    if spec["kind"] in {"integer", "float", "decimal", "date", "datetime"}:
        if low is not None:
            spec["min_value"] = low
        if high is not None:
            spec["max_value"] = high
    if field.get("nullable") is True:
        spec["null_rate"] = 0.05
    if field.get("unique") is True:
        spec["unique"] = True
    return spec


def _first(mapping: dict[str, Any], *keys: str) -> Any:
    return next((mapping[k] for k in keys if mapping.get(k) is not None), None)


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
    return {"tables": {table: {"rows": rows, "fields": out}}}
