"""A field list's entry (name, plain type, constraints) as a spec field.

Seed-style field lists say ``age: integer`` or ``department: string``; the
type alone would give numbers up to a million or lorem words. Here the name
picks the realistic field through :mod:`~lookalike.naming.rules`, the type
keeps it honest (an integer stays an integer), and explicit constraints
always win: bounds, a list of values, uniqueness, a null share.

>>> field_for("age", "integer").field
{'kind': 'person', 'attribute': 'age'}
>>> field_for("age", "integer", {"min_value": 18, "max_value": 80}).field
{'kind': 'person', 'attribute': 'age', 'min_age': 18, 'max_age': 80}
>>> field_for("department", "string").field
{'kind': 'company', 'attribute': 'department'}
>>> field_for("score", "integer", {"minimum": 0, "maximum": 10}).field
{'kind': 'integer', 'min_value': 0, 'max_value': 10}
>>> field_for("widget", "colour")
Traceback (most recent call last):
...
lookalike.errors.SpecError: widget: unknown type 'colour'; use one of ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lookalike.errors import SpecError
from lookalike.naming.rules import as_family, guess

#: Type names that already say what the values are (``email``, ``uuid`` ...).
SEMANTIC_TYPES: dict[str, dict[str, Any]] = {
    "uuid": {"kind": "uuid"},
    "guid": {"kind": "uuid"},
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
    "uri": {"kind": "internet", "attribute": "url"},
    "ipv4": {"kind": "internet", "attribute": "ipv4"},
    "ip": {"kind": "internet", "attribute": "ipv4"},
    "ipv6": {"kind": "internet", "attribute": "ipv6"},
    "hostname": {"kind": "internet", "attribute": "domain"},
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
    "text": {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 2},
}
#: Plain type names and the family each stands for ("number": any numeric family).
PLAIN_TYPES: dict[str, str] = {
    "string": "string", "str": "string", "varchar": "string", "char": "string",
    "integer": "integer", "int": "integer", "bigint": "integer", "smallint": "integer",
    "long": "integer", "float": "float", "double": "float", "real": "float",
    "decimal": "decimal", "numeric": "decimal", "money": "decimal", "number": "number",
    "boolean": "boolean", "bool": "boolean", "date": "date", "datetime": "datetime",
    "timestamp": "datetime", "date-time": "datetime", "time": "time",
}  # fmt: skip
#: What a plain type gives when the name says nothing.
_DEFAULTS: dict[str, dict[str, Any]] = {
    "string": {"kind": "text", "unit": "words", "min_count": 1, "max_count": 3},
    "integer": {"kind": "integer"},
    "float": {"kind": "float"},
    "number": {"kind": "float"},
    "decimal": {"kind": "decimal"},
    "boolean": {"kind": "boolean"},
    "date": {"kind": "date"},
    "datetime": {"kind": "datetime"},
    "time": {"kind": "time"},
}
_TIMES = ("date", "datetime", "time")
_CHOICE_TYPES = {"choice", "enum", "category", "categorical"}
_LOW = ("min_value", "min", "minimum", "ge", "gte")
_HIGH = ("max_value", "max", "maximum", "le", "lte")
_BOUNDED = {"integer", "decimal", "float", "date", "datetime", "time", "finance"}
_PASSED = ("distribution", "mean", "stddev", "sigma")
#: Keys that describe rather than constrain; never reported as ignored.
_QUIET = {"description", "example", "examples", "title", "nullable", "required"}


@dataclass(frozen=True)
class FieldChoice:
    """The spec field for one entry, why, and the constraints it could not honour."""

    field: dict[str, Any]
    reason: str
    ignored: tuple[str, ...] = ()


def type_names() -> list[str]:
    """Every type name :func:`field_for` accepts.

    >>> "integer" in type_names() and "email" in type_names()
    True
    """
    return sorted({*SEMANTIC_TYPES, *PLAIN_TYPES, *_CHOICE_TYPES})


def field_for(
    name: str, hint: str | None = None, constraints: Mapping[str, Any] | None = None
) -> FieldChoice:
    """The spec field for ``name`` with the plain type ``hint`` and explicit ``constraints``.

    ``hint`` is a plain type (string, integer, number, decimal, float, boolean,
    date, datetime, time), a semantic one (email, uuid, phone, ...), ``choice``,
    or None to let the name decide. Constraint keys: ``min_value``/``max_value``
    (or min/max/minimum/maximum), ``values`` (enum, choices) with ``weights``,
    ``unique``, ``null_rate``, ``format``, ``scale``, ``distribution``, ``mean``,
    ``stddev``, ``sigma``, ``locale``. Others are returned in ``ignored``.

    >>> field_for("status", "string", {"values": ["on", "off"]}).field
    {'kind': 'choice', 'values': ['on', 'off']}
    >>> field_for("nickname", "string", {"max_length": 9}).ignored
    ('max_length',)
    """
    rules = dict(constraints or {})
    raw = (hint or "").strip().lower()
    fmt = rules.get("format")
    if isinstance(fmt, str) and raw in ("", "string", "str") and fmt.lower() in {
        *SEMANTIC_TYPES, *PLAIN_TYPES,
    }:  # fmt: skip
        raw = fmt.lower()
    values = _first(rules, "values", "enum", "choices", "allowed_values", "options")
    if values is not None or raw in _CHOICE_TYPES:
        field, reason = _choice_field(name, raw, values, rules), "values given"
    elif raw in SEMANTIC_TYPES:
        field, reason = dict(SEMANTIC_TYPES[raw]), f"type {raw}"
    elif raw and raw not in PLAIN_TYPES:
        raise SpecError(f"unknown type {raw!r}; use one of {', '.join(type_names())}", path=name)
    else:
        family = PLAIN_TYPES.get(raw)
        hit = guess(name, family)
        if hit is None and family == "string":
            # Field lists call everything a string; a date-like name still means a date.
            loose = guess(name)
            hit = loose if loose is not None and loose.family in _TIMES else None
        if hit is not None:
            field, reason = hit.field, hit.reason
        else:
            field, reason = dict(_DEFAULTS[family or "string"]), f"type {raw or 'string'}"
    ignored = _apply(field, rules, PLAIN_TYPES.get(raw), name)
    return FieldChoice(field, reason, ignored)


def _first(mapping: Mapping[str, Any], *keys: str) -> Any:
    return next((mapping[k] for k in keys if mapping.get(k) is not None), None)


def _choice_field(name: str, raw: str, values: Any, rules: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(values, list) or not values:
        raise SpecError(f"a {raw or 'choice'} field needs constraints.values, a list", path=name)
    field: dict[str, Any] = {"kind": "choice", "values": values}
    weights = _first(rules, "weights", "probabilities", "shares")
    if weights is not None:
        field["weights"] = weights
    return field


def _apply(
    field: dict[str, Any], rules: Mapping[str, Any], family: str | None, name: str
) -> tuple[str, ...]:
    """Put the explicit constraints into ``field``; return the keys it could not use."""
    used = {"values", "enum", "choices", "allowed_values", "options", "weights",
            "probabilities", "shares", "format", *_QUIET}  # fmt: skip
    low, high = _first(rules, *_LOW), _first(rules, *_HIGH)
    if (low is not None or high is not None) and field["kind"] != "choice":
        _bound(field, low, high, family)
        used.update(_LOW + _HIGH)
    if field["kind"] in ("integer", "decimal", "float"):
        wanted = rules.get("distribution")
        if wanted is not None and wanted != field.get("distribution"):
            for key in ("mean", "sigma", "stddev"):  # the rule's shape was for its own curve
                field.pop(key, None)
        for key in _PASSED:
            if rules.get(key) is not None:
                field[key] = rules[key]
                used.add(key)
        if field.get("distribution") in (None, "uniform"):
            for key in ("mean", "sigma", "stddev"):
                field.pop(key, None)
    scale = _first(rules, "scale", "decimals", "decimal_places")
    if scale is not None and field["kind"] == "decimal":
        field["scale"] = scale
        used.update({"scale", "decimals", "decimal_places"})
    if rules.get("unique") is True:
        field["unique"] = True
    if rules.get("null_rate") is not None:
        field["null_rate"] = rules["null_rate"]
    if rules.get("locale") and field["kind"] in _LOCALE_KINDS:
        field["locale"] = rules["locale"]
    used.update({"unique", "null_rate", "locale"})
    return tuple(k for k in rules if k not in used)


_LOCALE_KINDS = {"person", "address", "phone", "internet", "company", "finance", "identifier"}


def _bound(field: dict[str, Any], low: Any, high: Any, family: str | None) -> None:
    """Explicit bounds win: on the field's own options, or on a plain field of the type."""
    kind, attribute = field["kind"], field.get("attribute")
    ages = all(v is None or (isinstance(v, int | float) and 0 <= v <= 120) for v in (low, high))
    if kind == "person" and attribute in ("age", "date_of_birth") and ages:
        if low is not None:
            field["min_age"] = int(low)
        if high is not None:
            field["max_age"] = int(high)
        return
    if (kind == "finance" and attribute != "amount") or kind not in _BOUNDED:
        family = family if family in _DEFAULTS else _family_of(low if low is not None else high)
        field.clear()
        field.update(_DEFAULTS["float" if family == "number" else family])
        kind = field["kind"]
    given = low if low is not None else high
    if kind == "integer" and isinstance(given, float) and family != "integer":
        field.update(as_family(dict(field), "float"))
    if low is not None:
        field["min_value"] = low
    if high is not None:
        field["max_value"] = high
    # The rule's shape was drawn for its own range; the user's range replaces it.
    for key in ("distribution", "mean", "sigma", "stddev"):
        field.pop(key, None)


def _family_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if (isinstance(value, str) and value.startswith(("now", "today"))) or _is_date(value):
        return "date"
    return "float"


def _is_date(value: Any) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True
