"""One scalar JSON Schema property to a field: ``type``, ``format``, ``enum``, bounds, patterns.

Shared by OpenAPI, Swagger and JSON Schema extraction (:mod:`~lookalike.extract.schemas`).
Name rules (:mod:`~lookalike.extract.naming`) refine what the schema says, and are
remembered per name: large documents repeat the same property names thousands of times.

>>> scalar_field("email", {"type": "string", "format": "email"}, "string")
{'kind': 'internet', 'attribute': 'email'}
"""

from __future__ import annotations

import functools
import re
from typing import Any

from lookalike.extract.naming import Guess
from lookalike.extract.naming import guess as _guess_uncached
from lookalike.extract.pii import pii_reason as _pii_uncached


@functools.lru_cache(maxsize=65536)
def guess(name: str, family: str) -> Guess | None:
    """:func:`lookalike.extract.naming.guess`, remembered: large documents repeat property
    names thousands of times (``account_sid``, ``date_created``...). Callers copy the field."""
    return _guess_uncached(name, family)


@functools.lru_cache(maxsize=65536)
def _pii(column: str, kind: str | None, attribute: str | None, scheme: str | None) -> str | None:
    return _pii_uncached(column, {"kind": kind, "attribute": attribute, "scheme": scheme})


def pii_reason(column: str, field: dict[str, Any]) -> str | None:
    """:func:`lookalike.extract.pii.pii_reason` of a field, remembered like :func:`guess`."""
    return _pii(column, field.get("kind"), field.get("attribute"), field.get("scheme"))


_FORMATS: dict[str, dict[str, Any]] = {
    "date": {"kind": "date", "min_value": "now-5y", "max_value": "now"},
    "date-time": {"kind": "datetime", "min_value": "now-3y", "max_value": "now"},
    "time": {"kind": "time"},
    "email": {"kind": "internet", "attribute": "email"},
    "idn-email": {"kind": "internet", "attribute": "email"},
    "uuid": {"kind": "uuid"},
    "uri": {"kind": "internet", "attribute": "url"},
    "url": {"kind": "internet", "attribute": "url"},
    "iri": {"kind": "internet", "attribute": "url"},
    "hostname": {"kind": "internet", "attribute": "domain"},
    "ipv4": {"kind": "internet", "attribute": "ipv4"},
    "ipv6": {"kind": "internet", "attribute": "ipv6"},
    "phone": {"kind": "phone", "format": "e164"},
    "password": {"kind": "internet", "attribute": "password_hash"},
}


def scalar_field(column: str, schema: dict[str, Any], kind: str | None) -> dict[str, Any] | None:
    """The field of one scalar property schema, or None when there is no generator for it.

    >>> scalar_field("n", {"type": "integer", "minimum": 1, "maximum": 9}, "integer")
    {'kind': 'integer', 'min_value': 1, 'max_value': 9}
    >>> scalar_field("code", {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$"}, "string")
    {'kind': 'pattern', 'pattern': '???-####'}
    """
    if "enum" in schema and isinstance(schema["enum"], list):
        values = [v for v in schema["enum"] if isinstance(v, str | int | float | bool)]
        if values:
            return {"kind": "choice", "values": values}
    if "const" in schema and isinstance(schema["const"], str | int | float | bool):
        return {"kind": "constant", "value": schema["const"]}
    if kind == "boolean":
        return {"kind": "boolean"}
    if kind in ("integer", "number"):
        return _number_field(column, schema, kind)
    if kind != "string":
        return None
    fmt = schema.get("format")
    if isinstance(fmt, str) and fmt in _FORMATS:
        named = guess(column, "datetime" if fmt == "date-time" else fmt)
        if named is not None and named.field["kind"] == _FORMATS[fmt]["kind"]:
            return dict(named.field)
        return dict(_FORMATS[fmt])
    if isinstance(schema.get("pattern"), str):
        pattern = regex_pattern(schema["pattern"])
        if pattern is not None:
            return {"kind": "pattern", "pattern": pattern}
    longest = schema.get("maxLength")
    named = guess(column, "string")
    if named is not None and (not isinstance(longest, int) or named.max_length <= longest):
        return dict(named.field)
    if isinstance(longest, int) and longest < 12:
        return {"kind": "pattern", "pattern": "?" * max(min(longest, 8), 1)}
    if isinstance(longest, int) and longest > 200:
        return {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 3}
    return {"kind": "text", "min_count": 1, "max_count": 4}


def _number_field(column: str, schema: dict[str, Any], kind: str) -> dict[str, Any]:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    low = low if isinstance(low, int | float) and not isinstance(low, bool) else None
    high = high if isinstance(high, int | float) and not isinstance(high, bool) else None
    named = guess(column, "integer" if kind == "integer" else "decimal")
    if low is None and high is None and named is not None:
        return dict(named.field)
    if kind == "integer":
        lo = int(low) if low is not None else 0
        hi = int(high) if high is not None else max(lo + 1_000_000, lo)
        return {"kind": "integer", "min_value": lo, "max_value": max(hi, lo)}
    lo_f = float(low) if low is not None else 0.0
    hi_f = float(high) if high is not None else max(lo_f + 1000.0, lo_f)
    step = schema.get("multipleOf")
    if isinstance(step, int | float) and 0 < step < 1:
        scale = min(max(len(f"{step:.9f}".rstrip("0").split(".")[1]), 0), 9)
        return {
            "kind": "decimal",
            "min_value": f"{lo_f:.{scale}f}",
            "max_value": f"{hi_f:.{scale}f}",
            "scale": scale,
        }
    return {"kind": "float", "min_value": lo_f, "max_value": max(hi_f, lo_f), "round": 2}


_CLASSES = {
    r"[A-Z]": "?",
    r"[a-z]": "@",
    r"[0-9]": "#",
    r"\d": "#",
    r"[1-9]": "%",
    r"[A-Z0-9]": "*",
    r"[0-9A-Z]": "*",
    r"[0-9a-fA-F]": "^",
    r"[a-fA-F0-9]": "^",
    r"[0-9a-f]": "^",
    r"[a-f0-9]": "^",
    r"[A-Fa-f0-9]": "^",
}


def regex_pattern(regex: str) -> str | None:
    """A lookalike pattern for a simple regular expression (classes, counts, literals).

    >>> regex_pattern(r"^AC[0-9a-fA-F]{32}$"), regex_pattern(r"^\\d{3}-\\d{2}$")
    ('AC^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^', '###-##')
    >>> regex_pattern("^(a|b)+$") is None
    True
    """
    body = regex.removeprefix("^").removesuffix("$")
    out = []
    position = 0
    token = re.compile(r"(\[[^\]]+\]|\\d|\\.|[^\\\[\](){}|+*?.^$])(\{(\d+)(?:,(\d+))?\})?")
    while position < len(body):
        match = token.match(body, position)
        if match is None:
            return None
        atom, _, low, high = match.groups()
        if atom in _CLASSES:
            symbol = _CLASSES[atom]
        elif atom.startswith("["):
            return None
        elif atom.startswith("\\"):
            symbol = "\\" + atom[1] if atom[1] in "#%?@*^\\" else atom[1]
        else:
            symbol = "\\" + atom if atom in "#%?@*^" else atom
        count = int(high or low or 1)
        if count > 64:
            return None
        out.append(symbol * count)
        position = match.end()
    return "".join(out) or None
