"""Read simple CHECK constraints: numeric ranges and IN lists, in each database's spelling.

PostgreSQL gives ``((qty >= 1) AND (qty <= 100))``,
``((status)::text = ANY ((ARRAY['new'::character varying, 'paid'])::text[]))``,
``(temp >= '-40'::integer)`` and ``(born > '1900-01-01'::date)``; MySQL/MariaDB
```qty` >= 1 and `qty` <= 100`` and ```status` in ('new','paid')``; SQLite the
text as written. A comparison of two columns (``end_date > start_date``) is an
:class:`Order`, which extraction makes hold by construction. Anything else is
reported as not understood.

>>> [(b.low, b.high) for b in parse_check("((qty >= 1) AND (qty <= 100))")]
[(1, None), (None, 100)]
>>> parse_check("(status)::text = ANY ((ARRAY['new'::character varying, 'paid'])::text[])")
[Allowed(column='status', values=('new', 'paid'))]
>>> [(b.low, b.open) for b in parse_check("(price > 0::numeric AND price <= 5000::numeric)")]
[(0, True), (None, False)]
>>> parse_check("`price` between 0 and 99.5")
[Bound(column='price', low=0, high=Decimal('99.5'), open=False)]
>>> parse_check("end_date >= start_date")
[Order(column='end_date', other='start_date', strict=False)]
>>> [(b.low, b.high) for b in parse_check("(temp >= '-40'::integer) AND (temp <= 60)")]
[(-40, None), (None, 60)]
>>> parse_check("(born > '1900-01-01'::date)")
[Bound(column='born', low='1900-01-01', high=None, open=True)]
>>> parse_check("length(name) > 1") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_NUMBER = r"-?\d+(?:\.\d+)?"
_IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


@dataclass(frozen=True)
class Bound:
    """``column`` must be >= ``low`` and/or <= ``high``; ``open``: the bound itself is out."""

    column: str
    low: int | Decimal | str | None  # str: an ISO date or timestamp
    high: int | Decimal | str | None
    open: bool = False


@dataclass(frozen=True)
class Order:
    """``column`` must be at least (``strict``: above) ``other``, a column of the same row."""

    column: str
    other: str
    strict: bool = False


@dataclass(frozen=True)
class Allowed:
    """``column`` must be one of ``values``."""

    column: str
    values: tuple[str | int, ...]


Rule = Bound | Allowed | Order


def _number(text: str) -> int | Decimal:
    return int(text) if re.fullmatch(r"-?\d+", text) else Decimal(text)


#: PostgreSQL casts (``::numeric``, ``::character varying``, ``::text[]``).
_CAST = re.compile(
    r"::(?:character varying|double precision|timestamp(?: with(?:out)? time zone)?"
    r"|[A-Za-z_][A-Za-z0-9_]*)(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?"
)


#: A quoted number or date with its cast: ``'-40'::integer``, ``'1900-01-01'::date``.
_QUOTED_NUMBER = re.compile(
    r"'(-?\d+(?:\.\d+)?)'::(?:integer|int|bigint|smallint|numeric|real|double precision)"
)
_QUOTED_DATE = re.compile(r"'(\d{4}-\d{2}-\d{2}(?:[ T][\d:.]+)?)'::(?:date|timestamp)")


def _normalise(text: str) -> str:
    text = _QUOTED_NUMBER.sub(r"\1", text)
    text = _QUOTED_DATE.sub(r"@\1@", text)  # a date literal, kept whole through the casts
    text = _CAST.sub("", text)
    text = text.replace("`", "").replace('"', "")
    # Drop every bracket that does not hold a list, then spaces.
    text = re.sub(r"\s+", " ", text).strip()
    return text


def _split_and(text: str) -> list[str]:
    # BETWEEN x AND y must survive the split on AND.
    protected = re.sub(rf"(?i)\bbetween\s+\(*({_NUMBER})\)*\s+and\s+", r"BETWEEN \1 _AND_ ", text)
    parts = re.split(r"(?i)\s+and\s+", protected)
    return [p.replace("_AND_", "AND") for p in parts]


def _strip_parens(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


_FLIP = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}


def _values(text: str) -> tuple[str | int, ...] | None:
    items = re.findall(rf"'((?:[^']|'')*)'|({_NUMBER})", text)
    if not items:
        return None
    return tuple(s.replace("''", "'") if not n else _number(n) for s, n in items)  # type: ignore[misc]


def _clause(text: str) -> Rule | None:
    text = _strip_parens(text)
    ident = rf"\(*({_IDENT})\)*"
    number = rf"\(*({_NUMBER})\)*"
    date = r"\(*@([^@]+)@\)*"
    if m := re.fullmatch(rf"{ident}\s*(>=|>|<=|<)\s*{date}", text):
        strict = m.group(2) in (">", "<")
        if m.group(2).startswith(">"):
            return Bound(m.group(1), m.group(3), None, strict)
        return Bound(m.group(1), None, m.group(3), strict)
    if m := re.fullmatch(rf"{ident}\s*(>=|>|<=|<)\s*{ident}", text):
        first, op, second = m.group(1), m.group(2), m.group(3)
        if op.startswith(">"):
            return Order(first, second, op == ">")
        return Order(second, first, op == "<")
    if m := re.fullmatch(rf"{ident}\s*(>=|>|<=|<)\s*{number}", text):
        column, op, value = m.group(1), m.group(2), _number(m.group(3))
    elif m := re.fullmatch(rf"{number}\s*(>=|>|<=|<)\s*{ident}", text):
        column, op, value = m.group(3), _FLIP[m.group(2)], _number(m.group(1))
    elif m := re.fullmatch(rf"(?i){ident}\s+BETWEEN\s+{number}\s+AND\s+{number}", text):
        return Bound(m.group(1), _number(m.group(2)), _number(m.group(3)))
    elif (m := re.fullmatch(rf"(?i){ident}\s+IN\s*\((.*)\)", text)) or (
        m := re.fullmatch(rf"(?i){ident}\s*=\s*ANY\s*\(+\s*ARRAY\s*\[(.*)\]\s*\)*", text)
    ):
        values = _values(m.group(2))
        return Allowed(m.group(1), values) if values else None
    else:
        return None
    strict = op in (">", "<")
    if op.startswith(">"):
        return Bound(column, value, None, strict)
    return Bound(column, None, value, strict)


def parse_check(text: str) -> list[Rule] | None:
    """The rules a CHECK constraint's text states, or None when any part is not simple."""
    clauses = _split_and(_strip_parens(_normalise(text)))
    rules = [_clause(c) for c in clauses]
    if not rules or any(r is None for r in rules):
        return None
    return [r for r in rules if r is not None]
