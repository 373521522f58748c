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

A column that may also be NULL (``... OR col IS NULL``) keeps the rule for its
values; ``upper(col)`` against upper-case values is the column itself; ``now()``
(plus or minus an interval) is the extraction's date, a bound that only widens
with time when it is an upper one:

>>> parse_check("(enddate >= startdate) OR (enddate IS NULL)")
[Order(column='enddate', other='startdate', strict=False)]
>>> parse_check("upper((style)::text) = ANY (ARRAY['W'::text, 'M'::text]) OR style IS NULL")
[Allowed(column='style', values=('W', 'M'))]
>>> parse_check("hired <= (now() + '1 day'::interval)")[0].high > "2000"
True
>>> parse_check("a IS NULL OR b IS NULL") is None
True

Of other alternatives the first one understood is kept (rows holding it hold the
CHECK); ``a <> b`` is a :class:`Differ`:

>>> parse_check("a IS NULL AND lvl = 0 OR a IS NOT NULL AND lvl >= 1")
[Present(column='a'), Bound(column='lvl', low=1, high=None, open=False)]
>>> parse_check("(assembly <> component)")
[Differ(column='assembly', other='component')]
"""

from __future__ import annotations

import datetime as dt
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


@dataclass(frozen=True)
class Differ:
    """``column`` must differ from ``other``, a column of the same row (``a <> b``)."""

    column: str
    other: str


@dataclass(frozen=True)
class Present:
    """``column`` must not be NULL (``col IS NOT NULL``)."""

    column: str


Rule = Bound | Allowed | Order | Differ | Present


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


#: ``now()``, ``CURRENT_DATE`` and the like, maybe plus or minus an interval.
_NOW = re.compile(
    r"(?i)\b(?:now\(\)|current_timestamp(?:\(\))?|current_date|curdate\(\)|sysdate\(\))"
    r"(?:\s*([+-])\s*(?:interval\s*)?'?(\d+)\s*(year|month|day|hour)s?'?(?:::interval)?)?"
)


def _now(match: re.Match[str]) -> str:
    """The moment a ``now()`` expression stands for at extraction, as a date token."""
    today = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    sign, amount, unit = match.group(1), match.group(2), (match.group(3) or "").lower()
    if amount:
        n = int(amount) * (-1 if sign == "-" else 1)
        if unit in ("year", "month"):
            months = today.year * 12 + today.month - 1 + n * (12 if unit == "year" else 1)
            today = today.replace(year=months // 12, month=months % 12 + 1, day=min(today.day, 28))
        else:
            today += dt.timedelta(days=n) if unit == "day" else dt.timedelta(hours=n)
    return f"@{today.date().isoformat()}@"


def _normalise(text: str) -> str:
    text = _NOW.sub(_now, text)
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
    if m := re.fullmatch(rf"(?i){ident}\s+IS\s+NOT\s+NULL", text):
        return Present(m.group(1))
    if m := re.fullmatch(rf"{ident}\s*(<>|!=)\s*{ident}", text):
        return Differ(m.group(1), m.group(3))
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


def _split_or(text: str) -> list[str]:
    """``text``'s alternatives at the top level (inside no bracket)."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and re.match(r"(?i) OR ", text[at : at + 4]):
            parts.append(text[start:at])
            start = at + 4
    return [*parts, text[start:]]


def _unwrapped(clause: str) -> str:
    """``upper(col) IN ('A', 'B')`` is ``col IN (...)`` when every value is already
    upper case (lower likewise): generating exactly those values satisfies it."""
    m = re.fullmatch(rf"(?i)(upper|lower)\s*\(+\s*({_IDENT})\s*\)+\s*((?:=\s*ANY|IN)\b.*)", clause)
    if not m:
        return clause
    values = [v for v in _values(m.group(3)) or () if isinstance(v, str)]
    change = str.upper if m.group(1).lower() == "upper" else str.lower
    return f"{m.group(2)} {m.group(3)}" if all(change(v) == v for v in values) else clause


def parse_check(text: str) -> list[Rule] | None:
    """The rules a CHECK constraint's text states, or None when any part is not simple."""
    whole = _strip_parens(_normalise(text))
    # ``rule OR col IS NULL``: nulls pass anyway, generated values keep the rule.
    alternatives = [_strip_parens(a) for a in _split_or(whole)]
    kept = [a for a in alternatives if not re.fullmatch(rf"(?i){_IDENT} IS NULL", a)]
    # Of several alternatives, the first one understood: rows that keep it keep the CHECK.
    for alternative in kept:
        clauses = [_unwrapped(_strip_parens(c)) for c in _split_and(alternative)]
        rules = [_clause(c) for c in clauses]
        if rules and all(r is not None for r in rules):
            return [r for r in rules if r is not None]
    return None
