"""Dates that follow one another in a row: a return after its loan, a delivery after shipping.

Field lists and sentences name such pairs without saying how they relate; drawn
apart, half the rows would return a book before lending it. :func:`order_dates`
makes the later field of each known pair the earlier one plus a gap drawn from
a range typical of the pair (a hidden integer field), so the order holds in
every row by construction. A field whose range the user gave stays as it is.

>>> fields = {"loan_date": {"kind": "date"}, "return_date": {"kind": "date"}}
>>> order_dates(fields)
>>> fields["return_date"]
{'kind': 'derived', 'expr': "loan_date + return_date_gap * INTERVAL '1 day'"}
>>> fields["return_date_gap"]
{'kind': 'integer', 'min_value': 1, 'max_value': 30, 'hidden': True}
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from lookalike.naming.words import words_of

#: (earlier words, later words, unit, fewest, most): the gap from the earlier to the later.
_PAIRS: tuple[tuple[str, str, str, int, int], ...] = (
    ("loan|loaned|borrowed|checkout|checked out|rental|rented", "return|returned|due back",
     "day", 1, 30),
    ("ship|shipped|dispatch|dispatched|sent", "deliver|delivered|delivery|arrival|arrived|received",
     "day", 1, 10),
    ("order|ordered|purchase|purchased|placed", "ship|shipped|dispatch|dispatched",
     "day", 0, 5),
    ("admission|admitted|admit", "discharge|discharged", "day", 1, 14),
    ("check in|checkin|arrival", "check out|checkout|departure", "day", 1, 14),
    ("departure|departs|departed|takeoff", "arrival|arrives|arrived|landing", "hour", 1, 14),
    ("start|started|begin|begins|from", "end|ended|ends|finish|finished|until|to", "day", 1, 30),
    ("created|creation", "updated|modified|last modified|changed", "day", 0, 365),
    ("issue|issued|invoice|invoiced", "due|payment due", "day", 14, 60),
    ("hire|hired|joined|start", "termination|terminated|left|leaving|exit", "day", 30, 3650),
    ("opened|open", "closed|resolved|close", "day", 1, 60),
    ("submitted|applied|requested", "approved|reviewed|decided|answered", "day", 1, 21),
)  # fmt: skip
_TIME_KINDS = ("date", "datetime")


def _stem(column: str, words: str) -> str | None:
    """What is left of ``column``'s words once one of ``words`` (alternatives) is taken out
    (``"loan date"`` with ``loan`` leaves ``"date"``), or None if none of them is there."""
    text = f" {words_of(column)} "
    for word in sorted(words.split("|"), key=len, reverse=True):
        if f" {word} " in text:
            return " ".join(text.replace(f" {word} ", " ", 1).split())
    return None


def _find(fields: dict[str, dict[str, Any]], words: str, skip: str = "") -> list[tuple[str, str]]:
    found = []
    for column, spec in fields.items():
        if column == skip or spec.get("kind") not in _TIME_KINDS:
            continue
        rest = _stem(column, words)
        if rest is not None:
            found.append((column, rest))
    return found


def order_dates(fields: dict[str, dict[str, Any]], explicit: Collection[str] = ()) -> None:
    """Make each later date of a known pair follow the earlier one (in place).

    ``explicit`` names the fields whose range the user stated: those are kept. A pair
    is two fields of the same kind whose names differ only by the pair's words
    (``shipped_at``/``delivered_at``, ``start_date``/``end_date``).
    """
    taken: set[str] = set()
    for earlier_words, later_words, unit, fewest, most in _PAIRS:
        for later, later_rest in _find(fields, later_words):
            if later in taken or later in explicit:
                continue
            for earlier, earlier_rest in _find(fields, earlier_words, skip=later):
                same_kind = fields[earlier].get("kind") == fields[later].get("kind")
                if not same_kind or earlier_rest != later_rest or earlier in taken:
                    continue
                _follow(fields, earlier, later, unit, (fewest, most))
                taken.update((earlier, later))
                break


def _follow(
    fields: dict[str, dict[str, Any]], earlier: str, later: str, unit: str, gap: tuple[int, int]
) -> None:
    """``later`` becomes ``earlier`` plus a hidden gap of ``gap`` days (or hours)."""
    name = _unused(f"{later}_gap", fields)
    step = "1 hour" if unit == "hour" and fields[later]["kind"] == "datetime" else "1 day"
    fewest, most = (0, 1) if unit == "hour" and step == "1 day" else gap  # a flight's dates
    fields[name] = {"kind": "integer", "min_value": fewest, "max_value": most, "hidden": True}
    nulls = {k: v for k, v in fields[later].items() if k == "null_rate"}
    expr = f"{earlier} + {name} * INTERVAL '{step}'"
    fields[later] = {"kind": "derived", "expr": expr, **nulls}


def _unused(name: str, fields: dict[str, Any]) -> str:
    while name in fields:
        name = re.sub(r"(\d*)$", lambda m: str(int(m.group(1) or 1) + 1), name)
    return name
