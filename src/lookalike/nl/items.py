"""A table's field list, split into items and each item parsed into a draft field.

Items are separated by bullets, new lines, commas, semicolons and "and" (but
not the "and" of "between 18 and 80" or "date and time", nor commas inside
parentheses or quotes). Parentheses hold either qualifiers ("(last 90 days)",
"(unique)") or a list of values with optional shares ("(active 80%, inactive)").

>>> from lookalike.nl.source import Source
>>> src = Source("name, email and age between 18 and 80")
>>> [src.text[a:b] for a, b in split(src, 0, len(src.text))]
['name', 'email', 'age between 18 and 80']
>>> src = Source("Status (active 80%, inactive, suspended)")
>>> d = parse_item(src, 0, len(src.text))[0]
>>> d.name, d.values, d.weights
('Status', ['active', 'inactive', 'suspended'], [80.0, 10.0, 10.0])
"""

from __future__ import annotations

import datetime as dt
import re

from lookalike.naming import guess
from lookalike.nl.draft import Draft
from lookalike.nl.lexicon import FILLERS, LOCALES, UNITS
from lookalike.nl.modifiers import one_of, scan, split_values
from lookalike.nl.source import Source, tokenize

_OPEN, _CLOSE = "([{", ")]}"
_QUOTES = {'"': '"', "\u201c": "\u201d"}
_PROTECT = re.compile(
    r"mostly\s+small,\s*(?:but\s+|with\s+|and\s+)?(?:a\s+few|some|occasional|rare)\s+"
    r"(?:very\s+)?(?:large|big|huge)",
    re.IGNORECASE,
)
_BUCKET = re.compile(
    r"^\s*(?:[$\u00a3\u20ac]?\d[\d,.]*[kK]?\s*(?:-|\u2013|to)\s*[$\u00a3\u20ac]?\d[\d,.]*[kK]?"
    r"|\d[\d,.]*[kK]?\s*\+|(?:under|over|below|above|less\s+than|more\s+than)\s+"
    r"[$\u00a3\u20ac]?\d[\d,.]*[kK]?)\s*$",
    re.IGNORECASE,
)
_FORMULA = re.compile(
    r"^\s*[A-Za-z_][\w ]*?\s*(?:[*\u00d7/+]|\btimes\b|\bplus\b|\bdivided\s+by\b|"
    r"\bmultiplied\s+by\b)\s*[A-Za-z_(][\w ()*\u00d7/+.-]*$",
    re.IGNORECASE,
)
_WHETHER = re.compile(r"\s*(?:whether|if)\s+(?:or\s+not\s+)?", re.IGNORECASE)
_BULLET = re.compile(r"\s*(?:[-*\u2022\u00b7+\u25aa\u2023\u2013]|\d{1,2}[.)]|[a-z][.)])\s+")
_SHARE = re.compile(
    r"^(?P<v>.+?)\s*[:=-]?\s*\(?(?P<p>\d+(?:\.\d+)?)\s*%\)?$|^(?P<p2>\d+(?:\.\d+)?)\s*%\s+"
    r"(?:of\s+)?(?P<v2>.+)$"
)
#: Type names a user may put in parentheses: "User ID (UUID)".
TYPE_WORDS = {
    "uuid": "uuid", "guid": "uuid", "integer": "integer", "int": "integer",
    "whole number": "integer", "number": "number", "numeric": "number", "decimal": "decimal",
    "float": "float", "string": "string", "text": "text", "date": "date",
    "datetime": "datetime", "timestamp": "datetime", "time": "time", "boolean": "boolean",
    "bool": "boolean", "email": "email", "url": "url", "free text": "text",
}  # fmt: skip
_BOOLEAN_PAIRS = [{"yes", "no"}, {"true", "false"}, {"y", "n"}, {"1", "0"}, {"on", "off"}]
_GUARDED_AND = {("date", "time"), ("first", "last"), ("terms", "conditions"), ("pros", "cons"),
                ("sales", "marketing"), ("research", "development")}  # fmt: skip


def split(src: Source, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a field list in ``src.text[start:end]``, as character spans."""
    protected = [(m.start(), m.end()) for m in _PROTECT.finditer(src.text, start, end)]
    tokens = [t for t in tokenize(src.text[start:end])]
    pieces: list[tuple[int, int, bool]] = []  # (start, end, after a new line)
    depth, quote, first, newline = 0, "", None, True
    for k, tok in enumerate(tokens):
        at = start + tok.start
        if quote:
            quote = "" if tok.text == quote else quote
        elif tok.text in _QUOTES:
            quote = _QUOTES[tok.text]
        elif tok.text in _OPEN:
            depth += 1
        elif tok.text in _CLOSE:
            depth = max(0, depth - 1)
        if depth == 0 and not quote and _separates(tokens, k, src.text, start, protected):
            if first is not None:
                pieces.append((first, at, newline))
            first, newline = None, tok.kind == "nl" or (newline and first is None)
            continue
        if first is None and tok.kind != "nl":
            first = at
    if first is not None:
        pieces.append((first, end, newline))
    return [(a, _trim(src.text, a, b)) for a, b in _merge_lists(src, pieces) if b > a]


def _separates(tokens: list, k: int, text: str, base: int, protected: list) -> bool:  # type: ignore[type-arg]
    tok = tokens[k]
    if any(a <= base + tok.start < b for a, b in protected):
        return False
    if tok.kind == "nl" or tok.text in (",", ";", "&", "\u2022"):
        return True
    if tok.text == "." and (base + tok.end >= len(text) or text[base + tok.end].isspace()):
        numbered = k and tokens[k - 1].kind == "num" and (k < 2 or tokens[k - 2].kind == "nl")
        return not numbered  # "1. SKU" is a numbered item, not the end of a sentence
    if tok.low in ("with", "having", "containing", "including"):
        return True
    if tok.low != "and" and tok.low != "plus":
        return False
    before = tokens[k - 1].low if k else ""
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    if (before, after) in _GUARDED_AND:
        return False
    # "between 18 and 80", "between $0 and $10"
    back = [t.low for t in tokens[max(0, k - 4) : k]]
    return "between" not in back or not any(t.kind == "num" for t in tokens[k + 1 : k + 3])


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r\n.:;,":
        end -= 1
    return end


def _merge_lists(src: Source, pieces: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Join "status: active, inactive, suspended" back into one item."""
    out: list[tuple[int, int]] = []
    listing = False
    for a, b, newline in pieces:
        piece = src.text[a:b].strip()
        if out and listing and not newline and _bare_value(piece):
            out[-1] = (out[-1][0], b)
            continue
        intro = re.search(r":\s*\S|\bone of\b|\beither\b|\bcan be\b", piece, re.I)
        before = piece[: intro.start()].lower().split() if intro else []
        # "status: a, b" lists values; "columns: id, name" lists fields
        listing = bool(intro) and not all(w in FILLERS for w in before)
        out.append((a, b))
    return out


def _bare_value(piece: str) -> bool:
    words = piece.split()
    if not 0 < len(words) <= 3 or ":" in piece or "(" in piece:
        return False
    return guess(piece) is None or bool(re.search(r"\bor\b|/", piece, re.I))


def parse_item(src: Source, start: int, end: int) -> list[Draft]:
    """The draft field(s) one item describes (two for "first and last name")."""
    bullet = _BULLET.match(src.text, start, end)
    if bullet:
        src.use(bullet.start(), bullet.end())
        start = bullet.end()
    parens = _parens(src.text, start, end)
    draft = Draft(start, end)
    whether = _WHETHER.match(src.text, start, end)
    if whether:
        src.use(whether.start(), whether.end())  # "whether they work remotely": a yes/no field
        draft.hint = "boolean"
        start = whether.end()
    for a, b in parens:
        src.use(a, a + 1)
        src.use(b - 1, b)
        _paren(src, a + 1, b - 1, draft)
    scan(src, start, end, draft, skip=tuple(parens))
    one_of(src, draft)
    pair = re.fullmatch(r"first\s*(?:and|&|/)\s*last\s+names?", draft.name, re.I)
    if pair:
        for a, b in draft.name_spans:
            src.use(a, b)
        first = Draft(start, end, name="first name", name_spans=[])
        last = Draft(start, end, name="last name", name_spans=[])
        return [first, last]
    return [draft]


def _parens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, depth, opened = [], 0, 0
    for i in range(start, end):
        if text[i] in _OPEN:
            if depth == 0:
                opened = i
            depth += 1
        elif text[i] in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i + 1))
    return spans


def _paren(src: Source, start: int, end: int, draft: Draft) -> None:
    """Parse one parenthesis: a list of values, or qualifiers of the field."""
    pieces = _pieces(src.text, start, end)
    if not pieces:
        return
    texts = [src.text[a:b].strip() for a, b in pieces]
    if len(pieces) == 1 and "/" in texts[0] and not re.search(r"\d\s*/\s*\d", texts[0]):
        values = split_values(texts[0])
        if len(values) >= 2 and all(_is_bare(src, v) for v in values):
            _values(draft, values)
            src.use(start, end)
            return
    if len(pieces) >= 2 and all(_BUCKET.match(t) for t in texts):
        draft.values = texts  # "(18-24, 25-34, 45+)": buckets, written as they are
        src.use(start, end)
        return
    if len(pieces) >= 2 and all(_is_bare(src, t) for t in texts):
        last = split_values(texts[-1])
        _values(draft, [*texts[:-1], *last] if len(last) > 1 else texts)
        src.use(start, end)
        return
    for (a, b), text in zip(pieces, texts, strict=True):
        low = text.lower().strip(" .:")
        if re.fullmatch(r"(?:19|20)\d\d", low):
            year = int(low)  # "date (2023)"
            draft.time_low, draft.time_high = dt.date(year, 1, 1), dt.date(year, 12, 31)
            draft.years = (year, year)
            src.use(a, b)
        elif low in TYPE_WORDS:
            draft.hint = TYPE_WORDS[low]
            src.use(a, b)
        elif low in UNITS:
            draft.money = draft.money or low in ("usd", "eur", "gbp", "dollars", "euros")
            src.use(a, b)
        elif len(pieces) == 1 and _FORMULA.match(text):
            draft.expr, draft.expr_span = text.strip(), (a, b)  # "total (units * unit_price)"
        elif low.split()[0] in TYPE_WORDS and len(low.split()) > 1:
            first = re.match(r"\s*\S+", src.text[a:b])  # "(number 0-100)": a type, then more
            width = first.end() if first else 0
            draft.hint = TYPE_WORDS[low.split()[0]]
            src.use(a, a + width)
            rest = scan(src, a + width, b)
            _leftover_units(src, rest)
            draft.merge(rest)
        elif not _is_bare(src, text) or (len(pieces) == 1 and _one_value_list(text)):
            sub = scan(src, a, b)
            _leftover_units(src, sub)
            one_of(src, sub)
            draft.merge(sub)


def _one_value_list(text: str) -> bool:
    return bool(re.search(r"\bone of\b|\beither\b|:", text, re.I))


def _leftover_units(src: Source, sub: Draft) -> None:
    """After a range, "RSSI:" or "Celsius" is a label, not part of the name."""
    if all(w.lower().strip(":") in UNITS for w in sub.name.split()):
        for a, b in sub.name_spans:
            src.use(a, b)
        sub.name, sub.name_spans = "", []


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    protected = [(m.start(), m.end()) for m in _PROTECT.finditer(text, start, end)]
    out, depth, first = [], 0, start
    for i in range(start, end + 1):
        c = text[i] if i < end else ","
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
        elif c in ",;" and depth == 0 and not any(a <= i < b for a, b in protected):
            a, b = first, i
            while a < b and text[a].isspace():
                a += 1
            if b > a:
                out.append((a, b))
            first = i + 1
    return out


def _is_bare(src: Source, text: str) -> bool:
    """A plain value ("PayPal", "active 80%"), not a qualifier ("last 90 days")."""
    if not re.search(r"[^\W_]", text):
        return False
    low = text.lower().strip()
    if re.fullmatch(r"[^\W\d_]{1,3}[+\-]", low):
        return True  # a grade or a blood type: "A+", "AB-"
    if low in LOCALES or low in TYPE_WORDS:
        return low in LOCALES
    # "active 80%" is a value with a share; "0-100%" and "30% missing" are qualifiers
    if low in FILLERS:
        return True  # "A" of grades A-F, "no" of yes/no
    return bool(scan(Source(text), 0, len(text)).name)


def _values(draft: Draft, texts: list[str]) -> None:
    values: list[object] = []
    shares: list[float | None] = []
    for text in texts:
        match = _SHARE.match(text.strip())
        if match:
            values.append((match["v"] or match["v2"]).strip().strip("\"'\u201c\u201d\u2018\u2019"))
            shares.append(float(match["p"] or match["p2"]))
        else:
            values.append(text.strip().strip("\"'\u201c\u201d\u2018\u2019"))
            shares.append(None)
    low = {str(v).lower() for v in values}
    if len(values) == 2 and low in _BOOLEAN_PAIRS:
        draft.hint = "boolean"
        return
    if all(re.fullmatch(r"-?\d+", str(v)) for v in values):
        values = [int(str(v)) for v in values]
    draft.values = values
    if any(s is not None for s in shares):
        given = sum(s for s in shares if s is not None)
        missing = shares.count(None)
        rest = max(0.0, 100.0 - given) / missing if missing else 0.0
        draft.weights = [s if s is not None else rest for s in shares]
