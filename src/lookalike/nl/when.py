"""Times as people write them: "from the last 2 years", "in 2024", "next 30 days", "ages 18-80".

>>> from lookalike.nl.draft import Draft
>>> d = Draft(0, 0)
>>> _last(d, _LAST.search("from the last 2 years")), d.time_low, d.time_high
(True, 'now-2y', 'now')
>>> _period("March 2024")
(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from lookalike.nl.draft import Draft
from lookalike.nl.lexicon import MONTHS, TIME_UNITS
from lookalike.nl.numbers import NUMBER_WORD, number

_I = re.IGNORECASE
Handler = Callable[[Draft, re.Match[str]], bool]


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


_TIME_UNIT = r"(?:decades?|years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?)"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"
_MONTH_YEAR = rf"(?:{_MONTH})\.?\s+(?:19|20)\d\d"
_YEAR = r"(?:19|20)\d\d"
_DATE = rf"(?:{_ISO}|{_MONTH_YEAR}|{_YEAR})"
_DATE_RANGE = _r(
    rf"\b(?:between|from|in)\s+(?P<a>{_DATE})\s*(?:and|to|until|till|through|-|\u2013)\s*(?P<b>{_DATE})\b"
)
_ISO_RANGE = _r(
    rf"(?P<a>{_ISO}|{_MONTH_YEAR})\s*(?:to|until|till|through|-|\u2013)\s*(?P<b>{_DATE})\b"
)
_LAST = _r(
    rf"\b(?:(?:from|in|within|during|over|for|of)\s+)?(?:the\s+)?(?:last|past|previous|recent|"
    rf"preceding|prior)\s+(?P<n>\d+|{NUMBER_WORD}|few)?\s*(?P<unit>{_TIME_UNIT})\b"
)
_NEXT = _r(
    rf"\b(?:(?:in|within|during|over|for)\s+)?(?:the\s+)?(?:next|coming|following|upcoming)\s+"
    rf"(?P<n>\d+|{NUMBER_WORD}|few)?\s*(?P<unit>{_TIME_UNIT})\b"
)
_PERIOD = _r(
    rf"\b(?:in|during|throughout|for|within|of|from)\s+(?:the\s+year\s+)?"
    rf"(?P<a>{_MONTH_YEAR}|{_YEAR})\b(?!\s*(?:-|\u2013|to|and)\s*\d)"
)
_SINCE = _r(rf"\b(?:since|after|starting(?:\s+from)?|from)\s+(?P<a>{_DATE})\b")
_BEFORE = _r(rf"\b(?:before|until|till|prior\s+to|no\s+later\s+than)\s+(?P<b>{_DATE})\b")
_TODAY = _r(r"\btoday\b")
#: "this year", "so far this month", "last year" (the calendar one, unlike "the last year"),
#: "next month", "last calendar year".
_CALENDAR = _r(
    r"\b(?:(?:so\s+far\s+)?(?:in\s+|during\s+)?(?P<this>this|current)|(?<!the\s)(?:in\s+|during\s+)?"
    r"(?P<last>last|previous|prior)(?:\s+calendar)?|(?<!the\s)(?:in\s+|during\s+)?(?P<next>next))\s+"
    r"(?P<unit>year|month|week)\b(?:\s+so\s+far|\s+to\s+date)?"
)
_FROM_NOW = _r(r"\b(?:from|starting|after|since)\s+(?:today|now)\b(?:\s+on(?:wards)?)?")
_AGES = _r(
    r"\b(?:ages|aged|age\s+range|between\s+the\s+ages\s+of)\s*(?:of\s+|from\s+|between\s+)?"
    r"(?P<lo>\d+)\s*(?:-|\u2013|to|and)\s*(?P<hi>\d+)(?:\s*(?:years?(?:\s+old)?|yrs?|y/o))?"
)


def _when(match: str) -> dt.date | str:
    text = match.strip().lower().replace(".", "")
    if re.fullmatch(_ISO, text):
        return text if "t" in text or " " in text else dt.date.fromisoformat(text)
    return dt.date(int(text[-4:]), MONTHS.get(text.split()[0], 1) if " " in text else 1, 1)


def _period(text: str) -> tuple[dt.date, dt.date]:
    """First and last day of a year or a month ("2024", "March 2024")."""
    text = text.strip().lower().replace(".", "")
    year = int(text[-4:])
    if " " not in text:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = MONTHS[text.split()[0]]
    after = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, 1), after - dt.timedelta(days=1)


def _offset(count: str | None, unit: str) -> str:
    unit = unit.lower()
    code = TIME_UNITS.get(unit) or TIME_UNITS.get(unit.rstrip("s"), "d")
    n = 1 if not count else 3 if count.lower() == "few" else int(number(count))
    if code == "10y":
        return f"{n * 10}y"
    return f"{n}{code}"


def _date_range(d: Draft, m: re.Match[str]) -> bool:
    if re.fullmatch(_YEAR, m["a"]) and re.fullmatch(_YEAR, m["b"].strip()):
        # "between 1950 and 2020": years of a date, or a plain number such as a founding year
        d.years = (int(m["a"]), int(m["b"]))
        d.low, d.high = d.years
        return d.low <= d.high
    low, high = _when(m["a"]), m["b"]
    d.time_low = low
    spelled = re.fullmatch(f"{_YEAR}|{_MONTH_YEAR}", high.strip(), _I)
    d.time_high = _period(high)[1] if spelled else _when(high)
    return True


def _last(d: Draft, m: re.Match[str]) -> bool:
    d.time_low, d.time_high = f"now-{_offset(m['n'], m['unit'])}", "now"
    return True


def _next(d: Draft, m: re.Match[str]) -> bool:
    d.time_low, d.time_high = "now", f"now+{_offset(m['n'], m['unit'])}"
    return True


def _in_period(d: Draft, m: re.Match[str]) -> bool:
    d.time_low, d.time_high = _period(m["a"])
    return True


def _since(d: Draft, m: re.Match[str]) -> bool:
    d.time_low, d.time_high = _when(m["a"]), "now"
    return True


def _before(d: Draft, m: re.Match[str]) -> bool:
    high = _when(m["b"])
    if isinstance(high, str):
        return False
    d.time_high = high - dt.timedelta(days=1)
    d.time_low = dt.date(high.year - 3, high.month, 1)
    return True


def _from_now(d: Draft, _m: re.Match[str]) -> bool:
    d.time_low, d.time_high = "now", "now+1y"
    return True


def _today(d: Draft, _m: re.Match[str]) -> bool:
    d.time_low, d.time_high = "today", "today"
    return True


def _calendar(d: Draft, m: re.Match[str]) -> bool:
    """A calendar period: this one so far, the whole last one, or the whole next one.

    >>> d = Draft(0, 0)
    >>> _calendar(d, _CALENDAR.search("issued this year")), d.time_low, d.time_high
    (True, 'year_start', 'now')
    >>> _calendar(d, _CALENDAR.search("in last month")), d.time_low, d.time_high
    (True, 'month_start-1M', 'month_start-1d')
    >>> _calendar(d, _CALENDAR.search("due next week")), d.time_low, d.time_high
    (True, 'week_start+1w', 'week_start+2w-1d')
    """
    unit = m["unit"].lower()
    anchor, size = f"{unit}_start", {"year": "y", "month": "M", "week": "w"}[unit]
    if m["this"]:
        d.time_low, d.time_high = anchor, "now"
    elif m["last"]:
        d.time_low, d.time_high = f"{anchor}-1{size}", f"{anchor}-1d"
    else:
        d.time_low, d.time_high = f"{anchor}+1{size}", f"{anchor}+2{size}-1d"
    return True


def _ages(d: Draft, m: re.Match[str]) -> bool:
    d.age_low, d.age_high = int(m["lo"]), int(m["hi"])
    return d.age_low <= d.age_high <= 120


#: Time patterns in the order they are tried.
TIME_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_DATE_RANGE, _date_range), (_ISO_RANGE, _date_range), (_CALENDAR, _calendar),
    (_LAST, _last), (_NEXT, _next),
    (_PERIOD, _in_period), (_SINCE, _since), (_BEFORE, _before), (_FROM_NOW, _from_now),
    (_TODAY, _today), (_AGES, _ages),
)  # fmt: skip
