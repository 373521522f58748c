"""The metadata-template JSON of the PII mock-data generator, to and from specs.

That tool saves a source's shape as ``{source, source_type, base_url,
database_name, entities: [{name, api_endpoint, table_name, bronze_table,
row_count, fields: [{name, type, pii, primary_key, foreign_key, faker_method,
faker_args}]}], relationships: [{from_field, to_field}]}``. :func:`spec_to_template`
writes one from a spec (``lookalike extract --format metadata-template``) and
:func:`template_to_spec` reads one back, so every command that reads a spec
accepts the template directly. Faker methods map onto native kinds where one
exists (``email`` → ``internet``, ``random_int`` → ``integer``...), otherwise
onto the Faker passthrough. This module is plain data in, plain data out.

>>> template = {"source": "hr", "source_type": "rest_api", "entities": [
...   {"name": "teams", "row_count": 3, "fields": [
...     {"name": "id", "type": "integer", "primary_key": True}]},
...   {"name": "employees", "row_count": 5, "fields": [
...     {"name": "id", "type": "string", "primary_key": True, "faker_method": "uuid4"},
...     {"name": "email", "type": "string", "pii": True, "faker_method": "email"},
...     {"name": "salary", "type": "integer", "faker_method": "random_int",
...      "faker_args": {"min": 30000, "max": 150000}}]}],
...   "relationships": [{"from_field": "employees.teamId", "to_field": "teams.id"}]}
>>> spec = template_to_spec(template)
>>> spec["tables"]["employees"]["fields"]["teamId"], spec["tables"]["employees"]["fields"]["salary"]
({'ref': 'teams.id'}, {'kind': 'integer', 'min_value': 30000, 'max_value': 150000})
>>> spec_to_template(spec, source="hr")["entities"][1]["fields"][1]["faker_method"]
'email'
"""

from __future__ import annotations

import re
from typing import Any

from lookalike.errors import SpecError

_TEMPLATE_KEYS = frozenset({"source", "source_type", "entities"})


def is_metadata_template(data: Any) -> bool:
    """Whether ``data`` is a metadata template rather than a spec.

    >>> is_metadata_template({"source": "hr", "entities": []}), is_metadata_template({"tables": {}})
    (True, False)
    """
    return (
        isinstance(data, dict)
        and "tables" not in data
        and isinstance(data.get("entities"), list)
        and ("source" in data or "source_type" in data)
    )


# -- Faker methods to native kinds -------------------------------------------------

_PLAIN: dict[str, dict[str, Any]] = {
    "uuid4": {"kind": "uuid"},
    "email": {"kind": "internet", "attribute": "email"},
    "safe_email": {"kind": "internet", "attribute": "email", "mode": "safe"},
    "company_email": {"kind": "internet", "attribute": "email"},
    "user_name": {"kind": "internet", "attribute": "username"},
    "url": {"kind": "internet", "attribute": "url"},
    "domain_name": {"kind": "internet", "attribute": "domain"},
    "ipv4": {"kind": "internet", "attribute": "ipv4"},
    "ipv6": {"kind": "internet", "attribute": "ipv6"},
    "first_name": {"kind": "person", "attribute": "first_name"},
    "last_name": {"kind": "person", "attribute": "last_name"},
    "name": {"kind": "person", "attribute": "full_name"},
    "prefix": {"kind": "person", "attribute": "title"},
    "phone_number": {"kind": "phone"},
    "ssn": {"kind": "identifier", "scheme": "ssn"},
    "address": {"kind": "address", "attribute": "full"},
    "street_address": {"kind": "address", "attribute": "street_address"},
    "city": {"kind": "address", "attribute": "city"},
    "country": {"kind": "address", "attribute": "country"},
    "country_code": {"kind": "address", "attribute": "country_code"},
    "postcode": {"kind": "address", "attribute": "postcode"},
    "zipcode": {"kind": "address", "attribute": "postcode"},
    "state": {"kind": "address", "attribute": "state"},
    "latitude": {"kind": "address", "attribute": "latitude"},
    "longitude": {"kind": "address", "attribute": "longitude"},
    "company": {"kind": "company", "attribute": "name"},
    "job": {"kind": "company", "attribute": "job_title"},
    "iban": {"kind": "finance", "attribute": "iban"},
    "credit_card_number": {"kind": "finance", "attribute": "card_number"},
    "currency_code": {"kind": "finance", "attribute": "currency"},
    "date": {"kind": "date", "min_value": "now-5y", "max_value": "now"},
    "date_object": {"kind": "date", "min_value": "now-5y", "max_value": "now"},
    "date_of_birth": {"kind": "person", "attribute": "date_of_birth"},
    "date_time": {"kind": "datetime", "min_value": "now-3y", "max_value": "now"},
    "iso8601": {"kind": "datetime", "min_value": "now-3y", "max_value": "now"},
    "time": {"kind": "time"},
    "boolean": {"kind": "boolean"},
    "pybool": {"kind": "boolean"},
    "sentence": {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 1},
    "paragraph": {"kind": "text", "unit": "sentences", "min_count": 3, "max_count": 6},
    "text": {"kind": "text", "unit": "sentences", "min_count": 2, "max_count": 5},
    "word": {"kind": "text", "min_count": 1, "max_count": 1},
}

_TYPES: dict[str, dict[str, Any]] = {
    "integer": {"kind": "integer", "min_value": 0, "max_value": 1000},
    "int": {"kind": "integer", "min_value": 0, "max_value": 1000},
    "number": {"kind": "float", "min_value": 0.0, "max_value": 1000.0, "round": 2},
    "float": {"kind": "float", "min_value": 0.0, "max_value": 1000.0, "round": 2},
    "decimal": {"kind": "decimal", "min_value": "0", "max_value": "1000", "scale": 2},
    "boolean": {"kind": "boolean"},
    "bool": {"kind": "boolean"},
    "date": {"kind": "date", "min_value": "now-5y", "max_value": "now"},
    "datetime": {"kind": "datetime", "min_value": "now-3y", "max_value": "now"},
    "timestamp": {"kind": "datetime", "min_value": "now-3y", "max_value": "now"},
    "uuid": {"kind": "uuid"},
    "time": {"kind": "time"},
}


def faker_field(method: str | None, args: dict[str, Any] | None, type_: str) -> dict[str, Any]:
    """The native field for a Faker method and its arguments (passthrough when none fits).

    >>> faker_field("random_element", {"elements": ["Tech", "Retail"]}, "string")
    {'kind': 'choice', 'values': ['Tech', 'Retail']}
    >>> faker_field("bs", None, "string")
    {'kind': 'faker', 'method': 'bs'}
    """
    args = dict(args or {})
    if method is None:
        return dict(_TYPES.get(type_.lower(), {"kind": "text", "min_count": 1, "max_count": 3}))
    if method in _PLAIN and not args:
        return dict(_PLAIN[method])
    if method in ("random_int", "pyint", "random_number") and set(args) <= {
        "min",
        "max",
        "min_value",
        "max_value",
    }:
        low = int(args.get("min", args.get("min_value", 0)))
        high = int(args.get("max", args.get("max_value", 9999)))
        return {"kind": "integer", "min_value": low, "max_value": high}
    if method in ("pyfloat", "pydecimal") and set(args) <= {
        "min_value",
        "max_value",
        "right_digits",
    }:
        low_f = float(args.get("min_value", 0))
        high_f = float(args.get("max_value", 1000))
        return {
            "kind": "float",
            "min_value": low_f,
            "max_value": high_f,
            "round": int(args.get("right_digits", 2)),
        }
    if method in ("random_element", "random_choices") and isinstance(
        args.get("elements"), list | tuple | dict
    ):
        elements = args["elements"]
        if isinstance(elements, dict):
            return {"kind": "choice", "values": list(elements), "weights": list(elements.values())}
        return {"kind": "choice", "values": list(elements)}
    if method in ("date_between", "date_time_between") and set(args) <= {"start_date", "end_date"}:
        kind = "date" if method == "date_between" else "datetime"
        return {
            "kind": kind,
            "min_value": _relative(args.get("start_date", "-30y")),
            "max_value": _relative(args.get("end_date", "today")),
        }
    field: dict[str, Any] = {"kind": "faker", "method": method}
    if args:
        field["kwargs"] = args
    return field


def _relative(value: Any) -> str:
    """Faker's ``-30y``/``today``/``+1d`` as lookalike's ``now-30y``/``now``/``now+1d``."""
    text = str(value)
    if text in ("today", "now"):
        return "now"
    match = re.fullmatch(r"([+-])(\d+)([ymwd])", text)
    if match:
        return f"now{match.group(1)}{match.group(2)}{match.group(3)}"
    return text


# -- template -> spec -----------------------------------------------------------------


def template_to_spec(data: dict[str, Any]) -> dict[str, Any]:
    """A spec (plain data) from a metadata template; see the module docstring."""
    entities = {str(e.get("name")): e for e in data.get("entities") or [] if isinstance(e, dict)}
    tables: dict[str, Any] = {}
    for name, entity in entities.items():
        tables[name] = _entity_table(name, entity)
    for index, rel in enumerate(data.get("relationships") or []):
        source, target = str(rel.get("from_field", "")), str(rel.get("to_field", ""))
        _link(tables, source, target, f"relationships[{index}]")
    for name, table in tables.items():
        for column, field in table["fields"].items():
            if "ref" in field:
                _check_target(tables, f"{name}.{column}", field["ref"])
    spec: dict[str, Any] = {"name": str(data.get("source") or "dataset")}
    where = data.get("base_url") or data.get("database_name")
    spec["description"] = f"Metadata template of {spec['name']} ({data.get('source_type')}" + (
        f", {where})" if where else ")"
    )
    spec["tables"] = tables
    return spec


def _entity_table(name: str, entity: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    keys = []
    for index, raw in enumerate(entity.get("fields") or []):
        column = str(raw.get("name") or f"field_{index}")
        type_ = str(raw.get("type") or "string")
        if raw.get("primary_key"):
            keys.append(column)
            method = raw.get("faker_method")
            if type_.lower() in ("integer", "int") and method in (None, "random_int", "pyint"):
                field: dict[str, Any] = {"kind": "sequence"}
            else:
                field = {"kind": "uuid", "unique": True}
        elif raw.get("foreign_key"):
            field = {"ref": str(raw["foreign_key"])}
        else:
            field = faker_field(raw.get("faker_method"), raw.get("faker_args"), type_)
        if raw.get("pii"):
            field.update(pii=True, pii_reason="flagged personal in the metadata template")
        fields[column] = field
    if not fields:
        raise SpecError("an entity needs at least one field", path=f"entities.{name}.fields")
    table: dict[str, Any] = {"rows": int(entity.get("row_count") or 100)}
    if keys:
        table["primary_key"] = keys
    table["fields"] = fields
    where = entity.get("bronze_table") or entity.get("api_endpoint") or entity.get("table_name")
    if where:
        table["description"] = (
            f"bronze table {entity['bronze_table']}"
            if entity.get("bronze_table")
            else f"from {where}"
        )
    return table


def _link(tables: dict[str, Any], source: str, target: str, path: str) -> None:
    entity, _, column = source.partition(".")
    if entity not in tables or not column:
        raise SpecError(
            f"Cannot generate FK for {source}: no entity {entity!r} in the template", path=path
        )
    fields = tables[entity]["fields"]
    previous = fields.get(column, {})
    keep = {k: previous[k] for k in ("pii", "pii_reason") if k in previous}
    fields[column] = {"ref": target, **keep}


def _check_target(tables: dict[str, Any], source: str, target: str) -> None:
    entity, _, column = target.partition(".")
    if entity not in tables:
        raise SpecError(
            f"Cannot generate FK for {source}: referenced entity {entity!r} is not "
            "in the template; add it or remove the relationship",
            path=source,
        )
    if column not in tables[entity]["fields"]:
        raise SpecError(
            f"Cannot generate FK for {source}: {entity} has no field {column!r}", path=source
        )


# -- spec -> template -----------------------------------------------------------------

_NATIVE: dict[tuple[str, str | None], str] = {
    (v["kind"], v.get("attribute") or v.get("scheme")): k for k, v in reversed(list(_PLAIN.items()))
}


def _faker_of(field: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None, str]:
    """(faker_method, faker_args, type) closest to a native field."""
    kind = field.get("kind", "reference" if "ref" in field else "text")
    if kind in ("integer", "sequence"):
        args = {
            "min": field.get("min_value", field.get("start", 1)),
            "max": field.get("max_value", 1_000_000),
        }
        return "random_int", args, "integer"
    if kind in ("float", "decimal"):
        return (
            "pyfloat",
            {
                "min_value": float(field.get("min_value", 0)),
                "max_value": float(field.get("max_value", 1000)),
                "right_digits": int(field.get("scale", field.get("round", 2)) or 2),
            },
            ("number"),
        )
    if kind == "choice":
        return "random_element", {"elements": list(field.get("values", []))}, "string"
    if kind == "boolean":
        return "boolean", None, "boolean"
    if kind == "faker":
        return field.get("method"), field.get("kwargs") or None, "string"
    if kind in ("date", "datetime"):
        return ("date" if kind == "date" else "date_time"), None, kind
    if kind == "empirical":
        return _empirical_faker(field)
    key = (kind, field.get("attribute") or field.get("scheme"))
    method = _NATIVE.get(key) or _NATIVE.get((kind, None))
    if method is None and kind == "person":
        method = "name"
    return method or "pystr", None, "string"


def _empirical_faker(field: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None, str]:
    type_ = field.get("type", "string")
    if field.get("values"):
        return "random_element", {"elements": list(field["values"])}, type_
    quantiles = field.get("quantiles") or []
    if type_ in ("integer", "float", "decimal") and quantiles:
        if type_ == "integer":
            return "random_int", {"min": int(quantiles[0]), "max": int(quantiles[-1])}, type_
        return (
            "pyfloat",
            {"min_value": float(quantiles[0]), "max_value": float(quantiles[-1])},
            ("number"),
        )
    if type_ in ("date", "datetime"):
        return ("date" if type_ == "date" else "date_time"), None, type_
    return "pystr", None, "string"


def spec_to_template(
    spec: dict[str, Any],
    *,
    source: str = "",
    source_type: str = "",
    base_url: str | None = None,
    database_name: str | None = None,
) -> dict[str, Any]:
    """A metadata template (plain data) describing ``spec``."""
    entities = []
    relationships = []
    for name, table in spec["tables"].items():
        keys = set(table.get("primary_key") or [])
        fields = []
        for column, field in table["fields"].items():
            ref = field.get("ref")
            method, args, type_ = (None, None, "string") if ref else _faker_of(field)
            if ref:
                relationships.append({"from_field": f"{name}.{column}", "to_field": ref})
            fields.append(
                {
                    "name": column,
                    "type": type_,
                    "pii": bool(field.get("pii")),
                    "primary_key": column in keys,
                    "foreign_key": ref,
                    "faker_method": None if column in keys and type_ == "integer" else method,
                    "faker_args": args,
                }
            )
        rows = table.get("rows", 100)
        count = rows if isinstance(rows, int) else _children_total(spec, rows)
        described = str(table.get("description") or "")
        endpoint = described.split(":", 1)[0][4:] if described.startswith("GET /") else None
        entities.append(
            {
                "name": name,
                "api_endpoint": endpoint,
                "table_name": None if endpoint else name,
                "bronze_table": f"bronze_{_snake(source or spec.get('name', 'src'))}"
                f"_{_snake(name)}",
                "row_count": count,
                "fields": fields,
            }
        )
    return {
        "source": source or str(spec.get("name", "dataset")),
        "source_type": source_type or "unknown",
        "base_url": base_url,
        "database_name": database_name,
        "entities": entities,
        "relationships": relationships,
    }


def _children_total(spec: dict[str, Any], rows: dict[str, Any]) -> int:
    parent = spec["tables"].get(rows.get("per"), {}).get("rows", 100)
    parents = parent if isinstance(parent, int) else _children_total(spec, parent)
    if rows.get("distribution") == "fixed":
        each = float(rows.get("count", 1))
    elif rows.get("distribution") == "uniform":
        each = (rows.get("min", 0) + rows.get("max", 0)) / 2
    else:
        each = float(rows.get("mean") or 1)
    return max(1, round(parents * each))


def _snake(name: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower() or "src"
