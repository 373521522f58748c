"""CASE-of-literals inside a derived expression, answered by a table lookup.

A derived field such as ``CASE code WHEN 0 THEN 'J06.9' WHEN 1 THEN 'I10' ...
END`` is a mapping from a few values to a few values, but Polars evaluates it
as a chain of ``when/then`` over the whole block: one comparison and one
select per branch (40 branches cost 15-20 ms a block). Here each such CASE
(a subject, then ``WHEN literal THEN literal`` branches and an optional
``ELSE literal``) is found in the expression text and answered by looking
each row's subject up among the WHEN keys (``pyarrow.compute.index_in``, or
the dictionary's few values for a dictionary column) and taking the result
from a small table, one slot per key plus one for "no match".

The table itself is made by Polars, by evaluating the very same CASE over
the keys and a null, so the values and their type (Polars reads ``1.5`` as a
decimal, ``1`` as an int32) are exactly what the ``when/then`` chain gives:
only the matching moves. SQL's rules carry over: the first matching WHEN
wins, a null or unmatched subject takes the ELSE (or null without one).

>>> spans = case_spans("ROUND((CASE k WHEN 0 THEN 1.5 ELSE 2.0 END) * x, 2)")
>>> [(s.subject, s.keys) for s in spans]
[('k', ('0',))]
>>> import pyarrow as pa
>>> lookup = CaseLookup.compile(spans[0], pa.int64())
>>> [str(v) for v in lookup.apply(pa.array([0, 7, None])).to_pylist()]
['1.5', '2.0', '2.0']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.kinds.expression_parser import Token, tokenize
from lookalike.strings import dictionary_slots, int_array, numbers_of, string_array, validity

S = TypeVar("S")
#: Subject types whose equality Arrow's hashing and Polars' ``=`` agree on
#: (floats are left out: -0.0 equals 0.0 in SQL but hashes apart).
_KEYED = (pa.types.is_integer, pa.types.is_string, pa.types.is_large_string)


@dataclass(frozen=True)
class CaseSpan:
    """One ``CASE subject WHEN literal THEN literal ... [ELSE literal] END`` in an expression.

    ``start``/``end`` are character offsets of the whole CASE; ``column`` is the
    subject's column name when the subject is one column, else None.
    """

    start: int
    end: int
    subject: str
    column: str | None
    keys: tuple[str, ...]  # the WHEN literals as written
    branches: str  # the text from the first WHEN to END, inclusive


def case_spans(expr: str) -> list[CaseSpan]:
    """Every CASE-of-literals in ``expr``, left to right (they never nest: their
    THEN and ELSE parts are literals).

    >>> [s.column for s in case_spans("CASE a WHEN 'x' THEN 1 END || CASE WHEN b THEN 1 END")]
    ['a']
    """
    return spans_at_word(expr, "case", _span_at)


def spans_at_word(
    expr: str, word: str, span_at: Callable[[str, list[Token], int], S | None]
) -> list[S]:
    """What ``span_at`` finds at each token that is ``word``, left to right."""
    try:
        tokens = tokenize(expr, "expr")
    except Exception:  # the expression check reports bad text; nothing to compile here
        return []
    found = (span_at(expr, tokens, i) for i, t in enumerate(tokens) if t.word == word)
    return [span for span in found if span is not None]


def _literal_end(tokens: list[Token], i: int, allow_null: bool) -> int | None:
    """The index after a literal starting at token ``i`` (a string, a number with an
    optional sign, or NULL where ``allow_null``); None when there is none."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token.kind == "string" or token.kind == "number":
        return i + 1
    if token.text in ("-", "+") and i + 1 < len(tokens) and tokens[i + 1].kind == "number":
        return i + 2
    if allow_null and token.word == "null":
        return i + 1
    return None


def _span_at(expr: str, tokens: list[Token], at: int) -> CaseSpan | None:
    """The CASE-of-literals whose CASE is token ``at``, or None if that CASE is another kind."""
    depth, i = 0, at + 1
    while i < len(tokens):  # the subject runs to the first WHEN outside brackets
        token = tokens[i]
        if token.text in "([":
            depth += 1
        elif token.text in ")]":
            depth -= 1
        elif token.word in ("case", "end", "then", "else"):
            return None  # a searched CASE, or one whose subject holds another CASE
        elif token.word == "when" and depth == 0:
            break
        i += 1
    if i == at + 1 or i >= len(tokens):
        return None
    subject_tokens = tokens[at + 1 : i]
    first_when = i
    keys: list[str] = []
    while i < len(tokens) and tokens[i].word == "when":
        key_end = _literal_end(tokens, i + 1, allow_null=False)
        if key_end is None or key_end >= len(tokens) or tokens[key_end].word != "then":
            return None
        keys.append(" ".join(t.text for t in tokens[i + 1 : key_end]))
        value_end = _literal_end(tokens, key_end + 1, allow_null=True)
        if value_end is None:
            return None
        i = value_end
    if i < len(tokens) and tokens[i].word == "else":
        value_end = _literal_end(tokens, i + 1, allow_null=True)
        if value_end is None:
            return None
        i = value_end
    if i >= len(tokens) or tokens[i].word != "end":
        return None
    end = tokens[i].at + len(tokens[i].text)
    subject = expr[subject_tokens[0].at : tokens[first_when].at].strip()
    column = None
    if len(subject_tokens) == 1 and subject_tokens[0].kind == "word":
        column = subject_tokens[0].text
    elif len(subject_tokens) == 1 and subject_tokens[0].kind == "quoted":
        column = subject_tokens[0].text[1:-1]
    return CaseSpan(
        tokens[at].at, end, subject, column, tuple(keys), expr[tokens[first_when].at : end]
    )


@dataclass(frozen=True)
class CaseLookup:
    """A compiled CASE-of-literals: its distinct keys and a result per key plus "no match"."""

    keys: pa.Array  # distinct, of the subject's type, in first-WHEN order
    values: pa.Array  # len(keys) + 1 entries; the last is the ELSE (or null)

    @classmethod
    def compile(cls, span: CaseSpan, subject_type: pa.DataType) -> CaseLookup | None:
        """The lookup for ``span`` over a subject of ``subject_type``; None when the keys do
        not convert exactly to that type (Polars would cast or refuse: leave it to Polars).
        """
        import polars as pl

        if not any(test(subject_type) for test in _KEYED):
            return None
        written = [_python_literal(k) for k in span.keys]
        if pa.types.is_integer(subject_type):
            if not all(isinstance(k, int) or (isinstance(k, float) and k.is_integer())
                       for k in written):  # fmt: skip
                return None
            written = [int(k) for k in written]  # type: ignore[call-overload]
        elif not all(isinstance(k, str) for k in written):
            return None
        # First WHEN wins: a repeated key keeps its first slot.
        distinct = list(dict.fromkeys(written))
        try:
            if pa.types.is_integer(subject_type):
                wide = int_array(np.array(distinct, dtype=np.int64), pa.int64())
                keys = wide.cast(subject_type, safe=True)
            else:
                keys = string_array(distinct).cast(subject_type)  # type: ignore[arg-type]
        except (pa.ArrowInvalid, OverflowError):
            return None  # a key the subject's type cannot hold: Polars decides
        probe = pa.concat_arrays([keys, pa.nulls(1, subject_type)])
        table = pl.from_arrow(pa.RecordBatch.from_arrays([probe], names=["__key"]))
        assert isinstance(table, pl.DataFrame)
        try:
            values = table.select(pl.sql_expr(f'CASE "__key" {span.branches}')).to_series()
        except Exception:  # Polars refuses this CASE alone (mixed types): leave it whole
            return None
        result = values.to_arrow()
        if isinstance(result, pa.ChunkedArray):
            result = result.combine_chunks()
        if result.type in (pa.large_string(), pa.string_view()):
            result = result.cast(pa.string())
        return cls(keys, result)

    def apply(self, subject: pa.Array) -> pa.Array:
        """Each row's result: the value of the key it equals, else the "no match" slot."""
        miss = len(self.keys)
        if pa.types.is_dictionary(subject.type):
            # Look the few dictionary entries up once, then follow the indices.
            per_entry = np.append(_slots(subject.dictionary, self.keys, miss), np.int32(miss))
            slots = per_entry[dictionary_slots(subject)]
        else:
            slots = _slots(subject, self.keys, miss)
        return self.values.take(int_array(slots.astype(np.int32, copy=False), pa.int32()))


def _slots(subject: pa.Array, keys: pa.Array, miss: int) -> np.ndarray:
    """Each value's slot among ``keys`` (``miss`` for nulls and unmatched), int32.

    (Read from the buffers: ``fill_null`` with a Python int and ``to_numpy`` of an
    array with nulls import pandas, a third of a second, when it is installed.)
    """
    if subject.type != keys.type:
        keys = keys.cast(subject.type)
    found = pc.index_in(subject, value_set=keys)
    slots = numbers_of(found)
    if found.null_count:
        slots = np.where(validity(found), slots, np.int32(miss))
    return slots


def _python_literal(text: str) -> object:
    """A WHEN literal's value as Python sees it: a string, an int or a float."""
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    number = text.replace(" ", "")
    try:
        return int(number)
    except ValueError:
        return float(number)
