"""One draft field to a spec field, through the shared naming rules.

The name picks the realistic kind (``lookalike.naming``); the qualifiers the
sentence gave (range, dates, values, shares, uniqueness, nulls, locale) are the
explicit constraints, and they win.

>>> from lookalike.nl.draft import Draft
>>> field_of(Draft(0, 0, name="Age", low=18, high=80)).spec
{'kind': 'person', 'attribute': 'age', 'min_age': 18, 'max_age': 80}
>>> field_of(Draft(0, 0, name="Order date", time_low="now-90d", time_high="now")).spec
{'kind': 'date', 'min_value': 'now-90d', 'max_value': 'now'}
>>> field_of(Draft(0, 0, name="Unit price", low=10, high=500, money=True)).spec
{'kind': 'decimal', 'min_value': 10, 'max_value': 500}
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from lookalike.errors import SpecError
from lookalike.naming import field_for, guess, words_of
from lookalike.naming.values import CATEGORIES
from lookalike.nl.draft import Draft

_SEMANTIC_HINTS = {"uuid", "email", "url", "text"}
_TIMES = ("date", "datetime", "time")


@dataclass
class Built:
    """A spec field for a draft, whether its name was understood, and why not."""

    spec: dict[str, Any]
    known: bool
    problem: str = ""


def column_name(name: str) -> str:
    """A field name as a spec column: ``Email address`` → ``email_address``.

    >>> column_name("Unit price ($)"), column_name("2FA enabled")
    ('unit_price', 'f_2_fa_enabled')
    """
    words = [w for w in words_of(name).split() if w not in ("a", "an", "the")]
    snake = "_".join(words or words_of(name).split())[:63]
    return f"f_{snake}"[:63] if snake[:1].isdigit() else snake


def field_of(draft: Draft) -> Built:
    """The spec field a draft asks for."""
    hint, constraints, typed = _hint(draft)
    try:
        choice = field_for(draft.name, hint, constraints)
    except SpecError as exc:
        return Built({"kind": "text", "unit": "words", "min_count": 1, "max_count": 3}, False,
                     exc.message)  # fmt: skip
    spec = choice.field
    known = typed or choice.reason.startswith(("name matches", "type ", "values given"))
    if choice.reason.startswith("type ") and not typed and hint in (None, "string"):
        known = False
    _finish(spec, draft)
    problem = "" if known else f"no rule knows what {draft.name!r} holds; generated as short text"
    return Built(spec, known, problem)


def _hint(draft: Draft) -> tuple[str | None, dict[str, Any], bool]:
    """The type hint and explicit constraints a draft gives, and whether they fix the type."""
    constraints: dict[str, Any] = {}
    hint: str | None = draft.hint if draft.hint != "number" else None
    typed = draft.hint is not None
    if draft.values is not None:
        hint, typed = "choice", True
        constraints["values"] = draft.values
        if draft.weights is not None:
            constraints["weights"] = draft.weights
    elif draft.age_low is not None:
        constraints.update(min_value=draft.age_low, max_value=draft.age_high)
        loose = guess(draft.name)
        if loose is None or loose.field.get("kind") != "person":
            hint, typed = "integer", True
    elif draft.has_times or (draft.years is not None and _time_name(draft.name)):
        hint, typed = _time_family(draft), True
        low, high = _time_bounds(draft, hint)
        constraints.update(min_value=low, max_value=high)
    elif draft.has_bounds:
        hint, typed = _numeric_family(draft), True
        if draft.low is not None:
            constraints["min_value"] = draft.low
        if draft.high is not None:
            constraints["max_value"] = draft.high
    elif draft.distribution is not None or draft.mean is not None:
        hint = _numeric_family(draft)
        typed = True
    if draft.hint == "number" and hint is None:
        hint = "number"
    if draft.unique:
        constraints["unique"] = True
    if draft.null_rate is not None:
        constraints["null_rate"] = draft.null_rate
    if draft.locale is not None:
        constraints["locale"] = draft.locale
    if draft.distribution is not None:
        constraints["distribution"] = draft.distribution
    for key in ("mean", "stddev"):
        if getattr(draft, key) is not None:
            constraints[key] = getattr(draft, key)
    return hint, constraints, typed


def _time_name(name: str) -> bool:
    loose = guess(name)
    return loose is not None and loose.family in _TIMES


def _time_family(draft: Draft) -> str:
    if draft.hint in _TIMES:
        return draft.hint
    loose = guess(draft.name)
    if loose is not None and loose.family in ("date", "datetime"):
        return loose.family
    relative = [t for t in (draft.time_low, draft.time_high) if isinstance(t, str)]
    return "datetime" if any(t.endswith(("h", "min")) for t in relative) else "date"


def _time_bounds(draft: Draft, family: str) -> tuple[Any, Any]:
    low, high = draft.time_low, draft.time_high
    if draft.years is not None and low is None and high is None:
        low, high = dt.date(draft.years[0], 1, 1), dt.date(draft.years[1], 12, 31)
        draft.low = draft.high = None
    if family == "datetime":
        low = low.isoformat() + "T00:00:00" if isinstance(low, dt.date) else low
        high = high.isoformat() + "T23:59:59" if isinstance(high, dt.date) else high
    else:
        low = low.isoformat() if isinstance(low, dt.date) else low
        high = high.isoformat() if isinstance(high, dt.date) else high
    return low, high


def _numeric_family(draft: Draft) -> str:
    rule = guess(draft.name, "number")
    floats = any(isinstance(v, float) for v in (draft.low, draft.high))
    if rule is not None and rule.field.get("kind") in ("integer", "decimal", "float"):
        if draft.money and rule.family != "integer":
            return "decimal"
        if draft.percent and not draft.money and rule.family == "decimal":
            return "float"  # "discount 0-30%": a share, not an amount
        return "float" if floats and rule.family == "integer" else rule.family
    if rule is not None and rule.field.get("kind") == "person":
        return "integer"
    if draft.money:
        return "decimal"
    return "float" if floats or (draft.percent and draft.high == 1) else "integer"


def _finish(spec: dict[str, Any], draft: Draft) -> None:
    """Options the naming rules do not know: phone formats, country mixes, shapes."""
    kind = spec["kind"]
    _open_bounds(spec, draft)
    if kind == "boolean" and "probability" in draft.extra:
        spec["probability"] = draft.extra["probability"]
    if kind == "phone":
        if draft.phone_format:
            spec["format"] = draft.phone_format
        if re.search(r"\blandline\b|\bhome phone\b|\bwork phone\b", draft.name, re.I):
            spec["type"] = "landline"
    if draft.country_mix and kind == "address" and spec.get("attribute") == "country":
        values, weights = CATEGORIES["country_mix"]
        spec.clear()
        spec.update(kind="choice", values=list(values), weights=list(weights))
    if kind in ("integer", "decimal", "float"):
        _shape(spec)


def _open_bounds(spec: dict[str, Any], draft: Draft) -> None:
    """ "over 18", "under 50": exclusive for whole numbers, as written for measures."""
    whole = spec["kind"] == "integer" or spec.get("attribute") == "age"
    for flag, keys, step in (("low_open", ("min_value", "min_age"), 1),
                             ("high_open", ("max_value", "max_age"), -1)):  # fmt: skip
        if not whole or not draft.extra.get(flag):
            continue
        for key in keys:
            if isinstance(spec.get(key), int):
                spec[key] += step


def _shape(spec: dict[str, Any]) -> None:
    """Give a named distribution the parameters it needs from the field's range."""
    low = float(spec.get("min_value", 0))
    high = float(spec.get("max_value", max(low * 10, 1000)))
    dist = spec.get("distribution")
    if dist == "lognormal" and spec.get("mean") is None:
        bottom = max(low, 1.0, high / 10_000)
        spec["mean"] = round(bottom * (max(high, bottom * 2) / bottom) ** 0.25, 2)
        spec.setdefault("sigma", round(max(0.5, math.log(max(high, 2) / bottom) / 4), 2))
    elif dist == "normal":
        spec.setdefault("mean", (low + high) / 2)
        spread = (high - low) / 6
        if spec["mean"]:
            spread = min(spread, abs(float(spec["mean"])) / 4)
        spec.setdefault("stddev", round(max(spread, 1e-6), 6))
    elif dist == "exponential":
        spec.setdefault("mean", max((high - low) / 5, 1e-6))
    elif dist == "zipf":
        if spec["kind"] != "integer":
            spec.pop("distribution")
        else:
            spec.setdefault("exponent", 1.5)
            spec.setdefault("tails", "truncate")
