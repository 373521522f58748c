"""Numbers as people write them: ``10k``, ``1,000``, ``$0``, ``-20``, ``2.5 million``, ``80%``.

>>> number("10k"), number("1,000"), number("$9.99"), number("-20"), number("2.5 million")
(10000, 1000, 9.99, -20, 2500000)
>>> money("£500"), percent("80 %")
(True, True)
"""

from __future__ import annotations

import re

from lookalike.nl.lexicon import MULTIPLIERS, NUMBER_WORDS

#: A number with an optional sign, currency, thousands commas, multiplier and percent sign.
NUM = (
    r"(?:[-\u2212]\s?)?[$£€¥]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s?[kK]\b|\s?M\b|\s?(?:thousand|million|billion|bn)\b)?(?:\s?%)?"
)
_PARTS = re.compile(
    r"(?P<sign>[-\u2212])?\s?[$£€¥]?\s?(?P<digits>[\d,]+(?:\.\d+)?)\s?(?P<mult>[a-zA-Z]+)?"
)
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


def number(text: str) -> int | float:
    """The value of a written number; integers stay integers.

    >>> number("1.5k"), number("0.25"), number("twelve")
    (1500, 0.25, 12)
    """
    text = text.strip().rstrip("%").strip()
    if text.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[text.lower()]
    match = _PARTS.fullmatch(text)
    if match is None:
        raise ValueError(f"not a number: {text!r}")
    digits = match["digits"].replace(",", "")
    value: float = float(digits)
    mult = (match["mult"] or "").lower()
    if mult:
        value *= MULTIPLIERS[mult]
    if match["sign"]:
        value = -value
    if value == int(value) and ("." not in digits or mult):
        return int(value)
    return value


def money(text: str) -> bool:
    """Whether the written number carries a currency symbol."""
    return any(c in text for c in "$£€¥")


def percent(text: str) -> bool:
    """Whether the written number is a percentage."""
    return text.rstrip().endswith("%")
