"""Entity phrases and counts: "UK customer records" is customers in en_GB, "1-5" a range.

>>> from lookalike.nl.source import tokenize
>>> tokens = tokenize("10k UK customer records with")
>>> count_spec(tokens, 0)
({'distribution': 'fixed', 'count': 10000}, 2)
>>> read_entity(tokens, 2)
Entity(name='customer', locale='en_GB', end=5, plural=False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lookalike.naming import guess
from lookalike.nl.lexicon import (
    ENTITY_ADJECTIVES,
    FILLERS,
    GENERIC_HEADS,
    LENGTH_UNITS,
    LOCALES,
    MULTIPLIERS,
    NUMBER_WORDS,
    TERMINATORS,
    TIME_UNITS,
    UNITS,
    singular,
)
from lookalike.nl.numbers import number
from lookalike.nl.source import Token


@dataclass
class Entity:
    name: str
    locale: str | None
    end: int  # index of the token after the phrase
    plural: bool


BLOCKED = {"field", "fields", "column", "columns", "note", "notes", "output", "format",
            "locale", "example", "seed", "values", "value", "type", "types", "sd", "std",
            "stdev", "sigma", "mean", "median", "average", "avg", "max", "min", "minimum",
            "maximum", "times", "decimal", "decimals", "places", "stars", "points", "percent",
            "x", "kg", "cm", "km", "usd", "eur", "gbp", "am", "pm"}  # fmt: skip
COUNTABLE = {"people", "items", "units", "points", "stars", "pcs"}
_NOT_NAMES = ("of", "with", ":", "")
ROW_WORDS = {"rows", "records", "entries", "row", "record", "entry"}


def word_at(tokens: list[Token], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) else ""


def read_entity(tokens: list[Token], k: int, most: int = 3) -> Entity | None:
    """A noun phrase naming a table: "UK customer records" → customer (en_GB)."""
    locale = None
    while k < len(tokens) and tokens[k].kind == "word":
        low, two = tokens[k].low, f"{tokens[k].low} {word_at(tokens, k + 1)}"
        if two in LOCALES:
            locale, k = LOCALES[two], k + 2
        elif low in LOCALES and (low != "us" or tokens[k].text == "US"):
            locale, k = LOCALES[low], k + 1
        elif (
            low in ENTITY_ADJECTIVES
            or low in ("a", "an", "the")
            or (
                low in ("table", "tables") and word_at(tokens, k + 1) not in ("of", "with", ":", "")
            )
        ):
            k += 1
        else:
            break
    words: list[str] = []
    while k < len(tokens) and tokens[k].kind == "word" and len(words) < most:
        low = tokens[k].low
        field_word = low not in GENERIC_HEADS and singular(low) == low and guess(low) is not None
        listed = k + 1 >= len(tokens) or tokens[k + 1].kind != "word" or tokens[k + 1].low == "and"
        if low in TERMINATORS or (words and field_word and listed):
            break
        words.append(low)
        k += 1
    heads = list(words)
    while heads and heads[-1] in GENERIC_HEADS:
        heads.pop()
    if not heads:
        if words and word_at(tokens, k) == "of":
            inner = read_entity(tokens, k + 1)
            if inner is not None:
                inner.locale = inner.locale or locale
            return inner
        if words and words[-1] in ROW_WORDS:
            return Entity("record", locale, k, plural=True)  # "1000 rows with id, name"
        return None
    first = heads[0]
    if first in UNITS - COUNTABLE or first in LENGTH_UNITS or first in TIME_UNITS:
        return None
    if first in FILLERS or first in BLOCKED:
        return None
    name = singular(" ".join(heads))
    if (
        word_at(tokens, k) == "("
        and word_at(tokens, k + 2) == ")"
        and word_at(tokens, k + 1) in LOCALES
    ):
        locale, k = LOCALES[word_at(tokens, k + 1)], k + 3  # "bank customers (UK)"
    return Entity(name, locale, k, plural=singular(heads[-1]) != heads[-1])


def count_spec(tokens: list[Token], k: int) -> tuple[dict[str, Any] | None, int]:
    """Children per parent as written: "1-5", "up to 3", "about 4", "a few", "10k"."""
    low = word_at(tokens, k)
    words = {"a few": (1, 5), "several": (2, 6), "multiple": (2, 5), "some": (1, 5),
             "one or more": (1, 5), "zero or more": (0, 5)}  # fmt: skip
    for phrase, (a, b) in words.items():
        parts = phrase.split()
        if [word_at(tokens, k + j) for j in range(len(parts))] == parts:
            return {"distribution": "uniform", "min": a, "max": b}, k + len(parts)
    if low in ("many", "lots") or (low == "a" and word_at(tokens, k + 1) == "lot"):
        k += 1 if low == "many" else 2
        k += word_at(tokens, k) == "of"
        return {"distribution": "poisson", "mean": 10}, k
    if low in ("between", "from"):
        first, k2 = _count(tokens, k + 1)
        if first is not None and word_at(tokens, k2) in ("and", "to", "-", "\u2013"):
            second, k3 = _count(tokens, k2 + 1)
            if second is not None and second >= first:
                return {"distribution": "uniform", "min": first, "max": second}, k3
        return None, k
    if low in ("up", "at", "no", "about", "around", "approximately", "roughly", "on", "an",
               "average", "~", "maximum", "max", "minimum", "min"):  # fmt: skip
        return _bounded(tokens, k)
    first, k2 = _count(tokens, k)
    if first is None:
        return None, k
    if word_at(tokens, k2) in ("-", "\u2013", "to"):
        second, k3 = _count(tokens, k2 + 1)
        if second is not None and second >= first:
            return {"distribution": "uniform", "min": first, "max": second}, k3
    return {"distribution": "fixed", "count": first}, k2


def _bounded(tokens: list[Token], k: int) -> tuple[dict[str, Any] | None, int]:
    phrase: list[str] = []
    j = k
    while j < len(tokens) and tokens[j].kind != "num" and len(phrase) < 3:
        phrase.append(tokens[j].low)
        j += 1
    value, after = _count(tokens, j)
    if value is None:
        return None, k
    text = " ".join(phrase)
    if text in ("up to", "at most", "no more than", "maximum", "max", "maximum of"):
        return {"distribution": "uniform", "min": 0, "max": value}, after
    if text in ("at least", "no less than", "minimum", "min", "minimum of"):
        return {"distribution": "uniform", "min": value, "max": max(value + 4, 3 * value)}, after
    if text in ("about", "around", "approximately", "roughly", "on average", "an average of",
                "average", "~", "average of", "on average about"):  # fmt: skip
        return {"distribution": "poisson", "mean": value}, after
    return None, k


def _count(tokens: list[Token], k: int) -> tuple[int | None, int]:
    """A whole count: "1000", "1,000", "10k", "2.5 million", "a thousand", "five"."""
    if k >= len(tokens):
        return None, k
    tok = tokens[k]
    if tok.kind == "num":
        value: float = number(tok.text)
        k += 1
    elif tok.low in NUMBER_WORDS and tok.low not in ("a", "an"):
        value = NUMBER_WORDS[tok.low]
        k += 1
    elif tok.low in ("a", "an") and word_at(tokens, k + 1) in ("hundred", "thousand", "million",
                                                             "dozen", "billion"):  # fmt: skip
        value = 1
        k += 1
    else:
        return None, k
    nxt = tokens[k] if k < len(tokens) else None
    if (nxt is not None and nxt.low in MULTIPLIERS and nxt.low != "hundred") or (
        nxt is not None and nxt.low in ("hundred", "dozen")
    ):
        glued = nxt.start == tokens[k - 1].end
        if nxt.low in ("k", "m", "mm", "bn") and not glued:
            pass
        else:
            value *= MULTIPLIERS.get(nxt.low, 12)
            k += 1
    if word_at(tokens, k) == "%":
        return None, k
    if value != int(value) or value < 0:
        return None, k
    return int(value), k
