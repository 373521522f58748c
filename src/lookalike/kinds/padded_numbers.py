"""Zero-padded identifiers in a derived expression, written by numpy.

``'PRD-' || LPAD(CAST(n + 1 AS VARCHAR), 5, '0')`` is how templates spell an
identifier; Polars casts each number to text, pads it and concatenates it
(12-26 ms a block). When every value of the block is a whole number from 0 to
``10**width - 1`` (no nulls), the result is a fixed-width string: the prefix,
then the digits, which numpy writes column by column into one buffer. Any
other block (a null, a negative number, one too wide, which LPAD would cut)
goes to Polars, so the output is the same either way.

>>> spans = padded_spans("'P-' || LPAD(CAST(n AS VARCHAR), 3, '0')")
>>> [(s.prefix, s.subject, s.width) for s in spans]
[('P-', 'n', 3)]
>>> import pyarrow as pa
>>> padded_text(spans[0], pa.array([7, 42])).to_pylist()
['P-007', 'P-042']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.kinds.case_lookup import spans_at_word
from lookalike.kinds.expression_parser import Token
from lookalike.native.concat import Number, Piece, Take, concat, padded
from lookalike.strings import numbers_of, string_array

#: Widest padding written here (10**18 still fits an int64).
_MAX_WIDTH = 18
_TEXT_TYPES = ("varchar", "text", "string")
#: Tokens around ``'prefix' || LPAD(...)`` that keep it one operand: before it, and after.
_OPENERS = ("(", ",", "||", "then", "else", "when")
_CLOSERS = (")", ",", "||", "end", "then", "else", "when")


@dataclass(frozen=True)
class PaddedSpan:
    """``['prefix' ||] LPAD(CAST(subject AS VARCHAR), width, '0')`` at ``start:end``."""

    start: int
    end: int
    prefix: str
    subject: str
    column: str | None  # the subject's column name when it is one column
    width: int


def padded_spans(expr: str) -> list[PaddedSpan]:
    """Every zero-padded number in ``expr``, with a string prefix joined on when one
    comes right before it and nothing binds tighter around the pair.

    >>> [s.prefix for s in padded_spans("x + 'A' || LPAD(CAST(n AS VARCHAR), 2, '0')")]
    ['']
    """
    return spans_at_word(expr, "lpad", _span_at)


def _closing(tokens: list[Token], opening: int) -> int | None:
    """The index of the bracket that closes the one at ``opening``."""
    depth = 0
    for i in range(opening, len(tokens)):
        if tokens[i].text in "([":
            depth += 1
        elif tokens[i].text in ")]":
            depth -= 1
            if depth == 0:
                return i
    return None


def _span_at(expr: str, tokens: list[Token], at: int) -> PaddedSpan | None:
    # LPAD ( CAST ( subject AS VARCHAR ) , width , '0' )
    words = [t.word or t.text for t in tokens[at : at + 4]]
    if words[1:4] != ["(", "cast", "("]:
        return None
    cast_close = _closing(tokens, at + 3)
    if cast_close is None or cast_close < at + 7:
        return None
    if tokens[cast_close - 2].word != "as" or tokens[cast_close - 1].word not in _TEXT_TYPES:
        return None
    tail = [t.text for t in tokens[cast_close + 1 : cast_close + 6]]
    if len(tail) < 5 or tail[0] != "," or tail[2] != "," or tail[3] != "'0'" or tail[4] != ")":
        return None
    if not tail[1].isdigit() or not 1 <= int(tail[1]) <= _MAX_WIDTH:
        return None
    subject_tokens = tokens[at + 4 : cast_close - 2]
    last = cast_close + 5
    start, prefix = tokens[at].at, ""
    before = tokens[at - 2] if at >= 2 else None
    opener = tokens[at - 3].word or tokens[at - 3].text if at >= 3 else "("
    closer = tokens[last + 1].word or tokens[last + 1].text if last + 1 < len(tokens) else ")"
    if (
        before is not None
        and before.kind == "string"
        and tokens[at - 1].text == "||"
        and opener in _OPENERS
        and closer in _CLOSERS
        and before.text.isascii()
    ):
        start, prefix = before.at, before.text[1:-1].replace("''", "'")
    subject = expr[subject_tokens[0].at : tokens[cast_close - 2].at].strip()
    column = subject_tokens[0].text if len(subject_tokens) == 1 else None
    if len(subject_tokens) == 1 and subject_tokens[0].kind not in ("word", "quoted"):
        return None
    if column is not None and subject_tokens[0].kind == "quoted":
        column = column[1:-1]
    end = tokens[last].at + 1
    return PaddedSpan(start, end, prefix, subject, column, int(tail[1]))


def padded_text(span: PaddedSpan, subject: pa.Array) -> pa.Array | None:
    """The span's strings for an integer ``subject``; None when a value is null, negative
    or too wide (Polars then does the block)."""
    if not pa.types.is_integer(subject.type) or subject.null_count or len(subject) == 0:
        return None
    bounds = pc.min_max(subject)
    low, high = bounds["min"].as_py(), bounds["max"].as_py()
    if low < 0 or high >= 10**span.width:
        return None
    values = numbers_of(subject).astype(np.uint64)
    # The zeros each row lacks (width minus its digits), then the number: one pass
    # of the compiled concatenation over the padded pools.
    digits = 1 + np.searchsorted(_POWERS[1 : span.width], values, side="right")
    pieces: list[Piece] = [span.prefix] if span.prefix else []
    pieces += [Take(_zeros(span.width), span.width - digits), Number(values)]
    return concat(pieces, len(values))


#: 10, 100, ... 10**18: a number has one digit more than the powers it reaches.
_POWERS = np.array([10**k for k in range(_MAX_WIDTH + 1)], dtype=np.uint64)


@lru_cache(maxsize=_MAX_WIDTH)
def _zeros(width: int) -> pa.Array:
    """ "", "0", "00"... up to ``width - 1`` zeros, as a padded pool."""
    return padded(string_array(["0" * k for k in range(width)]))
