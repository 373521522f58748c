"""The naming rules: which realistic field a name (and a type family) asks for.

A name is cut into lower-case words (``customerEmail`` → ``customer email``) and
matched against the rules in order; the first rule that fits the type family
wins. Rules marked ``extraction=False`` guess values from the name alone
(``order_status`` → pending, shipped, ...); database extraction leaves those
out because the database itself says more (CHECK lists, statistics). Each hit
also says how long its strings can get, so a short ``VARCHAR`` can fall back.

>>> guess("customerEmail", "string").field
{'kind': 'internet', 'attribute': 'email'}
>>> guess("order_status", "string").field["values"][:3]
['pending', 'processing', 'shipped']
>>> guess("order_status", "string", extraction=True) is None
True
>>> guess("salary", "integer").field["min_value"], guess("age").field["attribute"]
(18000, 'age')
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from lookalike.naming.catalogue import RULES
from lookalike.naming.rule import FAMILIES, NUMERIC, Guess, Rule
from lookalike.naming.words import words_of

__all__ = ["FAMILIES", "NUMERIC", "PHRASES", "RULES", "Guess", "Rule", "as_family", "guess"]

#: Every phrase a rule names ("email address", "zip code", "first name").
PHRASES = frozenset(w for rule in RULES for w in rule.words)


def guess(name: str, family: str | None = None, *, extraction: bool = False) -> Guess | None:
    """The realistic field for a field ``name`` of type ``family``, if a rule knows one.

    ``family`` is one of :data:`FAMILIES`, ``"number"`` (any numeric family) or
    None (the rule's own). ``extraction=True`` uses only the rules that database
    extraction uses.

    >>> guess("registration_date").field
    {'kind': 'date', 'min_value': 'now-5y', 'max_value': 'now'}
    >>> guess("price", "integer").field["kind"], guess("mystery") is None
    ('integer', True)
    """
    hit = _guess(words_of(name), family, extraction)
    if hit is None:
        return None
    return Guess(copy.deepcopy(hit.field), hit.reason, hit.max_length, hit.family)


def _index() -> dict[str, list[int]]:
    """Rule positions by each word of their phrases (and by squashed phrase)."""
    found: dict[str, list[int]] = {}
    for position, rule in enumerate(RULES):
        keys = {w for phrase in rule.words for w in phrase.split()} | set(rule.squashed)
        for key in keys:
            found.setdefault(key, []).append(position)
    return found


_BY_WORD = _index()


@functools.lru_cache(maxsize=8192)
def _guess(text: str, family: str | None, extraction: bool) -> Guess | None:
    wanted = NUMERIC if family == "number" else None if family is None else (family,)
    keys = {*text.split(), text.replace(" ", "")}
    candidates = sorted({p for key in keys for p in _BY_WORD.get(key, ())})
    for rule in (RULES[p] for p in candidates):
        if extraction and not rule.extraction:
            continue
        chosen = next((f for f in rule.families if wanted is None or f in wanted), None)
        if chosen is None or not rule.hits(text):
            continue
        if (
            family is None
            and chosen == "date"
            and "datetime" in rule.families
            and (text.endswith((" at", " time", "timestamp")))
        ):
            chosen = "datetime"  # "enrolled at" is a moment, "enrolled date" a day
        spec = as_family(dict(rule.field), chosen)
        return Guess(spec, f"name matches {rule.reason}", rule.max_length, chosen)
    return None


def as_family(spec: dict[str, Any], family: str) -> dict[str, Any]:
    """``spec`` turned into ``family`` where the two are both numbers or both times.

    >>> as_family({"kind": "decimal", "min_value": 1, "max_value": 9}, "float")
    {'kind': 'float', 'min_value': 1.0, 'max_value': 9.0, 'round': 2}
    >>> as_family({"kind": "date", "min_value": "now-1y"}, "datetime")
    {'kind': 'datetime', 'min_value': 'now-1y'}
    """
    kind = spec.get("kind")
    if kind in NUMERIC and family in NUMERIC and kind != family:
        spec["kind"] = family
        for key in ("min_value", "max_value"):
            if key in spec:
                spec[key] = round(spec[key]) if family == "integer" else float(spec[key])
        if family == "float":
            spec.setdefault("round", 2)
        else:
            spec.pop("round", None)
    elif kind in ("date", "datetime") and family in ("date", "datetime"):
        spec["kind"] = family
    return spec
