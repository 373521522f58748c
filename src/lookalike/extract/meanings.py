"""What database column names mean beyond their kind: flags, fractions, minutes, prices.

The shared naming rules (:mod:`lookalike.extract.naming`) pick a realistic kind
from a name; a database schema says more: an ``active`` integer is a 0/1 flag,
a ``discount`` real is a fraction, a film's ``length`` is minutes, a
``rental_rate`` is a price. These rules are tried first, for database columns
only, and each keeps inside the column's own limits (the caller applies those).

>>> meaning("film", "length", "integer").field
{'kind': 'integer', 'min_value': 46, 'max_value': 185}
>>> meaning("order_details", "discount", "float").field
{'kind': 'float', 'min_value': 0.0, 'max_value': 0.25, 'round': 2}
>>> meaning("customer", "active", "integer").field
{'kind': 'choice', 'values': [1, 0], 'weights': [0.9, 0.1]}
>>> meaning("customer", "email", "string") is None
True
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lookalike.extract.naming import Guess, words_of

#: Flags mostly set, and flags mostly clear.
_ON = ("active", "enabled", "verified", "available", "visible", "published", "in stock")
_OFF = ("discontinued", "deleted", "archived", "disabled", "blocked", "cancelled", "suspended")
#: Tables whose ``length`` is a running time in minutes.
_SCREEN = ("film", "movie", "episode", "show", "video")


def _flag(words: str) -> dict[str, Any] | None:
    if words in _ON or words.startswith(("is ", "has ")):
        return {"kind": "choice", "values": [1, 0], "weights": [0.9, 0.1]}
    if words in _OFF or words.endswith(" flag"):
        return {"kind": "choice", "values": [0, 1], "weights": [0.9, 0.1]}
    return None


def meaning(table: str, column: str, family: str) -> Guess | None:
    """A field for ``column`` of ``table`` (type ``family``) from what its name means."""
    words = words_of(column)
    last = words.split()[-1] if words else ""
    table_words = words_of(table).split()
    if family == "integer":
        flag = _flag(words)
        if flag is not None:
            return Guess(flag, "a 0/1 flag")
        if (last in ("length", "runtime") and any(w in table_words for w in _SCREEN)) or words in (
            "runtime",
            "running time",
            "length minutes",
            "duration minutes",
        ):
            return Guess({"kind": "integer", "min_value": 46, "max_value": 185}, "minutes")
        if last == "milliseconds":
            return Guess({"kind": "integer", "min_value": 60_000, "max_value": 600_000}, "ms")
        if last in ("duration", "days"):
            return Guess({"kind": "integer", "min_value": 1, "max_value": 14}, "a few days")
        if last in ("stock", "order", "level") and words.startswith(("units", "reorder")):
            return Guess({"kind": "integer", "min_value": 0, "max_value": 120}, "a stock count")
        if last == "discount":
            return Guess({"kind": "integer", "min_value": 0, "max_value": 30}, "a percentage")
    if family in ("float", "decimal"):
        if last == "discount":
            if family == "float":
                field: dict[str, Any] = {"kind": "float", "min_value": 0.0, "max_value": 0.25}
                return Guess({**field, "round": 2}, "a fraction")
            return Guess(
                {"kind": "decimal", "min_value": 0, "max_value": Decimal("0.25")}, "a fraction"
            )
        if last in ("price", "rate", "cost", "freight", "fee", "total", "amount"):
            low, high = Decimal("0.99"), Decimal("99.99")
            if family == "float":
                return Guess(
                    {"kind": "float", "min_value": 0.99, "max_value": 99.99, "round": 2}, "a price"
                )
            return Guess({"kind": "decimal", "min_value": low, "max_value": high}, "a price")
    return None
