"""Qualifiers inside one field item: ranges, dates, values, uniqueness, nulls, locale...

Each pattern that matches fills the :class:`~lookalike.nl.draft.Draft` and
marks its characters as understood; whatever no pattern takes is left for the
field's name (or reported).

>>> from lookalike.nl.source import Source
>>> src = Source("Age between 18-80")
>>> d = scan(src, 0, len(src.text))
>>> d.name, d.low, d.high
('Age', 18, 80)
>>> src = Source("Registration date from the last 2 years")
>>> d = scan(src, 0, len(src.text))
>>> d.name, d.time_low, d.time_high
('Registration date', 'now-2y', 'now')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lookalike.nl.draft import Draft
from lookalike.nl.lexicon import (
    FILLERS,
    LENGTH_UNITS,
    LOCALES,
    TIME_UNITS,
    UNITS,
)
from lookalike.nl.numbers import NUM, money, number, percent
from lookalike.nl.source import Source
from lookalike.nl.when import TIME_PATTERNS

_I = re.IGNORECASE

_LOCALE_WORDS = "|".join(re.escape(w) for w in sorted(LOCALES, key=len, reverse=True))

Handler = Callable[[Draft, re.Match[str]], bool]


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


_NULLS = _r(
    r"\b(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:of\s+(?:them|the\s+values|values|rows|records|the\s+rows)"
    r"\s+)?(?:are\s+|is\s+|left\s+)?(?:missing|null|nulls|empty|blank|unknown|not\s+set|absent|"
    r"n/a|none|unset)\b|\b(?:with\s+)?(?P<q>\d+(?:\.\d+)?)\s*%\s*(?:of\s+)?(?:nulls?|missing)"
)
_NULLS_OF = _r(
    r"\b(?P<p>\d+(?:\.\d+)?)\s*%\s+of\s+(?:the\s+)?(?P<f>[^\W\d_][\w ]{0,40}?)\s+"
    r"(?:are|is|will\s+be|should\s+be)\s+(?:missing|null|empty|blank|unknown|left\s+empty)\b"
)
_TRUE_SHARE = _r(
    r"\b(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:true|yes|of\s+the\s+time|(?:chance|probability|"
    r"likelihood)(?:\s+(?:of|that))?(?:\s+(?:being|getting|it\s+is|it's))?)(?=\W|$)"
)
_YES_NO = _r(r"\(?\b(?:yes\s*/\s*no|true\s*/\s*false|y\s*/\s*n)\b\)?")
_OPTIONAL = _r(
    r"\b(?:optional(?:ly)?|nullable|(?:sometimes|occasionally|may\s+be|can\s+be|might\s+be)\s+"
    r"(?:missing|empty|blank|null)|(?P<often>often|mostly|usually)\s+(?:missing|empty|blank|null)|"
    r"(?P<rare>rarely)\s+(?:set|filled|present|given))\b"
)
_REQUIRED = _r(r"\b(?:required|mandatory|not\s+null|non-null|no\s+nulls|never\s+(?:null|empty|"
               r"missing)|always\s+(?:set|present|filled))\b")  # fmt: skip
_EQ = _r(
    r"(?:=|\b(?:is\s+)?(?:calculated|computed|derived)\s+(?:as|from|by)\b|\bequals?\b|"
    r"\bis\b(?=[^=]*(?:\*|\u00d7|\btimes\b|\bplus\b|\bminus\b|\bmultiplied\b|\bdivided\b|/|\+)))"
    r"\s*(?P<expr>[^,;()=]+?(?:\*|\u00d7|\btimes\b|\bx\b|\bplus\b|\bminus\b|\bmultiplied\s+by\b|"
    r"\bdivided\s+by\b|/|\+|-)[^,;()=]+)$"
)
_CALC = _r(
    r"\b(?:auto[- ]?)?(?:calculated|computed|derived)\b(?:\s+(?:automatically|field|value))?"
)
_QUOTED = _r(
    r"(?:[\"\u201c'\u2018][^\"\u201d'\u2019]{1,60}[\"\u201d'\u2019]\s*(?:,|/|\bor\b|\band\b)?\s*){2,}"
)

_RANGE = _r(
    rf"(?:\b(?:between|from|ranging\s+from|ranges?\s+from|in\s+the\s+range(?:\s+of)?|"
    rf"values?\s+(?:from|between)|range)\s*:?\s+)?(?P<lo>{NUM})\s*(?:-|\u2013|\u2014|\bto\b|\band\b|"
    rf"\bthrough\b|\.\.)\s*(?P<hi>{NUM})"
)
_LOWER = _r(
    rf"(?:\b(?:at\s+least|minimum(?:\s+of)?|min\.?|no\s+less\s+than|not\s+less\s+than|"
    rf"(?P<open>more\s+than|greater\s+than|over|above)|starting\s+at)|>=|\u2265|(?P<gt>>))\s*"
    rf"(?P<lo>{NUM})|(?P<plus>\b\d+)\s?\+"
)
_UPPER = _r(
    rf"(?:\b(?:at\s+most|maximum(?:\s+of)?|max\.?|no\s+more\s+than|not\s+more\s+than|"
    rf"(?P<open>less\s+than|fewer\s+than|under|below)|up\s+to|upto)|<=|\u2264|(?P<lt><))\s*"
    rf"(?P<hi>{NUM})"
)
_MEAN = _r(
    rf"\b(?:around|about|approximately|approx\.?|roughly|averag(?:e|ing)(?:\s+of)?|avg\.?|"
    rf"mean(?:\s+of)?|typically|centred\s+on|centered\s+on)\s*:?\s*(?P<mean>{NUM})|~\s*(?P<m2>{NUM})"
)
_SD = _r(
    rf"(?:\b(?:sd|std|stdev|std\s+dev|standard\s+deviation)(?:\s+of)?\s*:?\s*|±\s*|\+/-\s*)"
    rf"(?P<sd>{NUM})"
)
_UNIQUE = _r(r"\b(?:unique|distinct|no\s+duplicates?|non[- ]duplicated?|never\s+repeated|"
             r"deduplicated|all\s+different)\b")  # fmt: skip
_LOGNORMAL = _r(
    r"\b(?:mostly\s+small,?\s*(?:but\s+|with\s+|and\s+)?(?:a\s+few|some|occasional|rare)\s+"
    r"(?:very\s+)?(?:large|big|huge)(?:\s+ones)?|long[- ]tail(?:ed)?|heavy[- ]tail(?:ed)?|"
    r"right[- ]skewed|skewed|log[- ]?normal(?:ly)?(?:\s+distributed|\s+distribution)?)"
)
_NORMAL = _r(r"\b(?:normal(?:ly)?(?:\s+distributed|\s+distribution)|bell[- ]curve|gaussian|"
             r"normal)\b")  # fmt: skip
_UNIFORM = _r(r"\b(?:uniform(?:ly)?(?:\s+distributed|\s+distribution)?|evenly\s+(?:distributed|"
              r"spread))\b")  # fmt: skip
_EXPONENTIAL = _r(r"\bexponential(?:ly)?(?:\s+distributed|\s+distribution)?\b")
_ZIPF = _r(r"\b(?:zipf(?:ian)?|power[- ]law|pareto)(?:\s+distributed|\s+distribution)?\b")
_MIX = _r(r"\b(?:realistic|real[- ]world|global|worldwide|international|mixed?|various|"
          r"diverse)\s+(?:distribution|mix|spread|countries|of\s+countries)\b|\bworldwide\b|"
          r"\bfrom\s+(?:around|all\s+over)\s+the\s+world\b")  # fmt: skip
_FROM_N = _r(
    r"\b(?:from|among|across|one\s+of|out\s+of)\s+(?P<n>\d[\d,]*)\s+"
    r"(?:different\s+|distinct\s+|unique\s+)?(?P<what>[^\W\d_]+)"
)
_LOCALE = re.compile(
    rf"(?:\b(?:in|from)\s+(?:the\s+)?)?\b(?P<loc>{_LOCALE_WORDS})\b(?!\.\w)"
    rf"(?:[- ](?:based|style|format(?:ted)?|formatting)|\s+format(?:ted)?)?",
    _I,
)
_LOCALE_CODE = re.compile(r"\b(?:locale\s*[:=]?\s*)?(?P<code>[a-z]{2,3}_[A-Z]{2})\b")
_PHONE_FORMAT = _r(
    r"\b(?:in\s+)?(?:(?P<fmt>e\.?164)(?:\s+format(?:ted)?)?|"
    r"(?P<fmt2>international|national)\s+format(?:ted)?)"
)
_CURRENCY = _r(r"\b(?:in|as)\s+(?P<cur>usd|eur|gbp|jpy|cad|aud|chf|inr|dollars|euros|pounds)\b")
_NOOP = _r(
    r"\b(?:valid(?:\s+format)?|properly\s+formatted|well[- ]formed|realistic(?:ally)?(?:\s+"
    r"(?:distribution|distributed|values|looking))?|real[- ]looking|random(?:ly\s+generated)?|"
    r"plausible|standard\s+format|any\s+format|format(?:ted)?)\b"
)
_ONE_OF = _r(
    r"(?::|\b(?:one\s+of|either|can\s+be|values?|such\s+as|options?|choices?|among|e\.g\.)\b)"
    r"\s*(?P<list>[^:]+)$"
)


def _nulls(d: Draft, m: re.Match[str]) -> bool:
    d.null_rate = float(m["p"] or m["q"]) / 100
    return 0 <= d.null_rate <= 1


def _nulls_of(d: Draft, m: re.Match[str]) -> bool:
    d.null_rate = float(m["p"]) / 100
    d.extra["null_for"] = m["f"]
    return 0 <= d.null_rate <= 1


def _true_share(d: Draft, m: re.Match[str]) -> bool:
    share = float(m["p"]) / 100
    d.extra["probability"] = share
    d.hint = d.hint or "boolean"
    return 0 <= share <= 1


def _yes_no(d: Draft, _m: re.Match[str]) -> bool:
    d.hint = "boolean"
    return True


def _optional(d: Draft, m: re.Match[str]) -> bool:
    d.null_rate = 0.3 if m["often"] else 0.8 if m["rare"] else 0.1
    return True


def _required(d: Draft, _m: re.Match[str]) -> bool:
    d.null_rate = 0.0
    return True


def _calc(d: Draft, _m: re.Match[str]) -> bool:
    d.calculated = True
    return True


def _quoted(d: Draft, m: re.Match[str]) -> bool:
    d.values = [
        v.strip()
        for v in re.findall(
            r"[\"\u201c'\u2018]([^\"\u201d'\u2019]{1,60})[\"\u201d'\u2019]", m.group()
        )
    ]
    return len(d.values) >= 2


def _bounds(d: Draft, low: str | None, high: str | None) -> None:
    for text in (low, high):
        if text is not None:
            d.money = d.money or money(text)
            if "\u00a3" in text:
                d.extra["pounds"] = True
            d.percent = d.percent or percent(text)
    if low is not None:
        d.low = number(low)
    if high is not None:
        d.high = number(high)


def _range(d: Draft, m: re.Match[str]) -> bool:
    low, high = number(m["lo"]), number(m["hi"])
    if low > high:
        return False
    if all(isinstance(v, int) and 1900 <= v <= 2100 for v in (low, high)) and not money(m.group()):
        d.years = (int(low), int(high))
    _bounds(d, m["lo"], m["hi"])
    return True


def _lower(d: Draft, m: re.Match[str]) -> bool:
    text = m["lo"] or m["plus"]
    _bounds(d, text, None)
    if m["open"] or m["gt"]:
        d.extra["low_open"] = True  # "over 18": 19 for whole numbers, 18 for measures
    return True


def _upper(d: Draft, m: re.Match[str]) -> bool:
    _bounds(d, None, m["hi"])
    if m["open"] or m["lt"]:
        d.extra["high_open"] = True
    return True


def _mean(d: Draft, m: re.Match[str]) -> bool:
    text = m["mean"] or m["m2"]
    d.mean = float(number(text))
    d.money = d.money or money(text)
    d.distribution = d.distribution or "normal"
    return True


def _sd(d: Draft, m: re.Match[str]) -> bool:
    d.stddev = float(number(m["sd"]))
    d.distribution = d.distribution or "normal"
    return d.stddev > 0


def _unique(d: Draft, _m: re.Match[str]) -> bool:
    d.unique = True
    return True


def _dist(name: str) -> Handler:
    def handler(d: Draft, _m: re.Match[str]) -> bool:
        d.distribution = name
        return True

    return handler


def _mix(d: Draft, _m: re.Match[str]) -> bool:
    d.country_mix = True
    return True


def _from_n(d: Draft, m: re.Match[str]) -> bool:
    what = m["what"].lower()
    if what in FILLERS or what in LENGTH_UNITS or what in TIME_UNITS or what in ("percent",):
        return False
    d.distinct = int(number(m["n"]))
    return d.distinct > 0


def _locale(d: Draft, m: re.Match[str]) -> bool:
    word = m["loc"]
    if word.lower() == "us" and word != "US":
        return False  # "give us", not the United States
    d.locale = LOCALES[word.lower()]
    return True


def _locale_code(d: Draft, m: re.Match[str]) -> bool:
    d.locale = m["code"]
    return True


def _phone_format(d: Draft, m: re.Match[str]) -> bool:
    d.phone_format = (m["fmt2"] or "e164").lower()
    return True


def _currency(d: Draft, m: re.Match[str]) -> bool:
    d.money = True
    if m["cur"].lower() in ("gbp", "pounds"):
        d.extra["pounds"] = True
    return True


def _noop(_d: Draft, _m: re.Match[str]) -> bool:
    return True


def _expr(d: Draft, m: re.Match[str]) -> bool:
    d.expr = m["expr"].strip()
    d.expr_span = (m.start("expr"), m.end("expr"))
    return True


#: Patterns in the order they are tried; each takes its text away from the later ones.
PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_EQ, _expr), (_QUOTED, _quoted), (_NULLS_OF, _nulls_of), (_NULLS, _nulls),
    (_TRUE_SHARE, _true_share), (_YES_NO, _yes_no), (_OPTIONAL, _optional),
    (_REQUIRED, _required), *TIME_PATTERNS,
    (_FROM_N, _from_n),
    (_RANGE, _range), (_LOWER, _lower), (_UPPER, _upper), (_SD, _sd), (_MEAN, _mean),
    (_UNIQUE, _unique), (_LOGNORMAL, _dist("lognormal")), (_EXPONENTIAL, _dist("exponential")),
    (_ZIPF, _dist("zipf")), (_UNIFORM, _dist("uniform")), (_NORMAL, _dist("normal")),
    (_MIX, _mix), (_LOCALE_CODE, _locale_code), (_LOCALE, _locale),
    (_PHONE_FORMAT, _phone_format), (_CURRENCY, _currency), (_CALC, _calc), (_NOOP, _noop),
)  # fmt: skip

_NUMBERS = (_RANGE, _LOWER, _UPPER, _MEAN, _SD)
_RATE = re.compile(
    r"\s*(?:a|an|per|each|/)\s*(?:month|year|week|day|hour|night|annum|person|head)\b", _I
)
#: Words that may follow a number as its unit (taken with the range they follow).
_UNIT_AFTER = re.compile(r"\s*(?P<unit>%|[^\W\d_][\w/]*)(?:\s+old)?", _I)


def scan(
    src: Source,
    start: int,
    end: int,
    draft: Draft | None = None,
    skip: tuple[tuple[int, int], ...] = (),
) -> Draft:
    """Fill a draft from ``src.text[start:end]``; what no pattern takes becomes the name.

    ``skip`` holds spans (parentheses) left to their own parse.
    """
    draft = draft or Draft(start, end)
    given = draft.expr_span  # a formula in parentheses, already placed
    work = list(src.text[start:end])
    for a, b in skip:
        work[a - start : b - start] = " " * (b - a)
    for pattern, handler in PATTERNS:
        text = "".join(work)
        for match in pattern.finditer(text):
            if not match.group().strip():
                continue
            a, b = match.start(), match.end()
            if pattern in _NUMBERS:
                b = _take_unit(text, b, draft)
                if b < 0:
                    continue  # "5-20 characters": a length, which no field can promise
            if not handler(draft, match):
                continue
            if pattern is _EQ:  # the expression's words are checked when it is resolved
                b = match.start("expr")
            work[a:b] = " " * (b - a)
            src.use(start + a, start + b)
        if pattern is _EQ and draft.expr_span is not None and draft.expr_span != given:
            a, b = draft.expr_span  # set by this scan: relative to the item
            work[a:b] = " " * (b - a)
            draft.expr_span = (start + a, start + b)
    _name(src, start, "".join(work), draft)
    return draft


def _take_unit(text: str, at: int, draft: Draft) -> int:
    """Extend a number's match over the unit after it ("50 Celsius", "20 characters")."""
    rate = _RATE.match(text, at)
    if rate is not None:
        return rate.end()  # "£700 to £3,000 a month": a rate, the number is what counts
    match = _UNIT_AFTER.match(text, at)
    if match is None:
        return at
    unit = match["unit"].lower()
    if unit in LENGTH_UNITS:
        draft.extra["length_unit"] = unit
        return -1
    if unit in UNITS or unit in ("usd", "eur", "gbp", "dollars", "euros", "pounds"):
        draft.money = draft.money or unit in ("usd", "eur", "gbp", "dollars", "euros", "pounds")
        draft.percent = draft.percent or unit in ("%", "percent")
        return match.end()
    return at


def one_of(src: Source, draft: Draft) -> None:
    """``status: active, inactive`` or ``one of a, b or c`` at the end of a name."""
    if draft.values is not None or not draft.name_spans:
        return
    first, last = draft.name_spans[0][0], draft.name_spans[-1][1]
    match = _ONE_OF.search(src.text, first, last)
    if match is None:
        return
    values = split_values(match["list"])
    if len(values) < 2:
        return
    draft.values = values
    for a, b in draft.name_spans:
        if a >= match.start():
            src.use(a, b)
    spans = [(a, b) for a, b in draft.name_spans if a < match.start()]
    while len(spans) > 1 and src.text[spans[-1][0] : spans[-1][1]].lower() in _TRAILING:
        src.use(*spans.pop())  # "status that is either pending or completed"
    draft.name_spans = spans
    draft.name = " ".join(src.text[a:b] for a, b in spans)


def split_values(text: str) -> list[str]:
    """``a, b or c`` / ``a/b/c`` as a list of values."""
    parts = re.split(r"\s*(?:,|;|/|\bor\b|\band\b)\s*", text.strip(), flags=_I)
    return [
        p.strip().strip("\"'\u201c\u201d\u2018\u2019")
        for p in parts
        if p.strip().strip("\"'\u201c\u201d\u2018\u2019")
    ]


def _name(src: Source, start: int, rest: str, draft: Draft) -> None:
    words = [
        (m.start(), m.end())
        for m in re.finditer(r"[^\W_](?:[^\W_]|['\u2019:&.-](?=[^\W_]))*", rest)
    ]
    while len(words) > 1 and rest[words[0][0] : words[0][1]].lower() in _LEADING:
        src.use(start + words[0][0], start + words[0][1])
        words.pop(0)
    while len(words) > 1 and rest[words[-1][0] : words[-1][1]].lower() in _TRAILING:
        src.use(start + words[-1][0], start + words[-1][1])
        words.pop()
    # A lone filler ("with", "all") is no field, unless typed: "make (Ford, BMW)".
    typed = draft.values or draft.has_bounds or draft.has_times or draft.hint
    lone = rest[words[0][0] : words[0][1]].lower() if len(words) == 1 else ""
    if lone in FILLERS and lone not in _NOUNS and not typed:
        src.use(start + words[0][0], start + words[0][1])
        words.pop(0)
    if len(words) > 1 and rest[words[-1][0] : words[-1][1]].lower() in _TYPE_SUFFIXES:
        a, b = words.pop()  # "emp_id int", "salary decimal": a name and its type
        draft.hint = draft.hint or _TYPE_SUFFIXES[rest[a:b].lower()]
        src.use(start + a, start + b)
    draft.name = " ".join(rest[a:b] for a, b in words)
    draft.name_spans = [(start + a, start + b) for a, b in words]


_TYPE_SUFFIXES = {
    "int": "integer", "integer": "integer", "bigint": "integer", "string": "string",
    "str": "string", "varchar": "string", "decimal": "decimal", "numeric": "decimal",
    "float": "float", "double": "float", "boolean": "boolean", "bool": "boolean",
    "uuid": "uuid", "datetime": "datetime", "timestamp": "datetime",
}  # fmt: skip
#: Fillers that are field names when they stand alone ("test name, value, unit").
_NOUNS = frozenset({"value", "details", "info", "information", "notes", "type", "data"})
#: Words dropped before a field's name ("and a unique email", "their phone").
_LEADING = frozenset(
    "a an the with and or plus also including include includes their its his her some any "
    "each every as well then having containing contains of for fields field columns column "
    "attributes properties they he she it we you who which that have".split()
)
_TRAILING = FILLERS - {"data", "value", "values", "info", "information", "details", "detail",
                       "at", "on", "by", "in", "to", "of"}  # fmt: skip
