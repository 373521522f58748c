"""The shape of a naming rule, and the small helpers its table is written with.

>>> rule = Rule(("email", "e mail"), ("string",), {"kind": "internet"}, "email address")
>>> rule.hits("contact email"), rule.hits("emailer")
(True, False)
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Literal

from lookalike.naming.values import CATEGORIES

#: Type families the rules are written for.
FAMILIES = ("string", "integer", "decimal", "float", "boolean", "date", "datetime", "time")
#: Families a plain "number" may become, in order of preference.
NUMERIC = ("integer", "decimal", "float")

Match = Literal["contains", "exact", "last", "first"]


@dataclass(frozen=True)
class Guess:
    """A field for a name, why it was chosen, and the longest string it makes."""

    field: dict[str, Any]
    reason: str
    max_length: int = 0  # 0: not a string
    family: str = ""


@dataclass(frozen=True)
class Rule:
    """Names (as words) that ask for ``field`` when the type is one of ``families``."""

    words: tuple[str, ...]
    families: tuple[str, ...]
    field: dict[str, Any]
    reason: str
    max_length: int = 0
    match: Match = "contains"
    extraction: bool = True
    squashed: frozenset[str] = dataclasses.field(init=False, repr=False, compare=False)
    pattern: re.Pattern[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "squashed", frozenset(w.replace(" ", "") for w in self.words))
        alternatives = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        anchors = {"exact": ("^", "$"), "last": ("(?:^| )", "$"), "first": ("^", "(?:$| )")}
        before, after = anchors.get(self.match, ("(?:^| )", "(?:$| )"))
        object.__setattr__(self, "pattern", re.compile(f"{before}(?:{alternatives}){after}"))

    def hits(self, text: str) -> bool:
        """Whether the words of a name (``text``) fit this rule."""
        if self.pattern.search(text) is not None:
            return True
        return self.match == "contains" and text.replace(" ", "") in self.squashed


def rule(
    words: str,
    families: str,
    spec: dict[str, Any],
    reason: str,
    max_length: int = 0,
    *,
    match: Match = "contains",
    extraction: bool = False,
) -> Rule:
    return Rule(
        tuple(w.strip() for w in words.split(",")),
        tuple(families.split()),
        spec,
        reason,
        max_length,
        match,
        extraction,
    )


def choice_of(category: str) -> dict[str, Any]:
    values, weights = CATEGORIES[category]
    return {"kind": "choice", "values": list(values), "weights": list(weights)}


def money(low: float, high: float, median: float, sigma: float = 1.0) -> dict[str, Any]:
    return {"kind": "decimal", "min_value": low, "max_value": high,
            "distribution": "lognormal", "mean": median, "sigma": sigma}  # fmt: skip


def int_range(low: int, high: int, **more: Any) -> dict[str, Any]:
    return {"kind": "integer", "min_value": low, "max_value": high, **more}


def float_range(low: float, high: float, digits: int = 1, **more: Any) -> dict[str, Any]:
    return {"kind": "float", "min_value": low, "max_value": high, "round": digits, **more}


def time_range(kind: str, low: str, high: str) -> dict[str, Any]:
    return {"kind": kind, "min_value": low, "max_value": high}
