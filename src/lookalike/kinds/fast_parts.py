"""The parts of a derived expression answered without Polars, and the rest with it.

A derived expression is text that Polars evaluates over a block. Two shapes
that templates use a lot cost Polars far more than they need to: a
CASE-of-literals (:mod:`lookalike.kinds.case_lookup`) and a zero-padded
identifier (:mod:`lookalike.kinds.padded_numbers`). :class:`FastParts` finds
them in the text, computes each as an Arrow column, and replaces it in the
text by a reference to that column; Polars then evaluates what is left, or
nothing when the part was the whole expression. The result is the same as
Polars' on the whole text: a part's values and type are Polars' own, and a
block a part cannot answer (a padded number too wide) is left wholly to
Polars.

>>> import pyarrow as pa
>>> inputs = {"k": pa.array([0, 1, 5]), "x": pa.array([2.0, 2.0, 2.0])}
>>> parts = FastParts.compile("CASE k WHEN 0 THEN 'a' ELSE 'b' END || '!'", ("k",), inputs)
>>> print(parts.rest)
("__part_0") || '!'
>>> parts.evaluate(inputs, 3).to_pylist()
['a!', 'b!', 'b!']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyarrow as pa

from lookalike.kinds.case_lookup import CaseLookup, CaseSpan, case_spans
from lookalike.kinds.padded_numbers import PaddedSpan, padded_spans, padded_text

if TYPE_CHECKING:
    import polars as pl


def plain(array: pa.Array) -> pa.Array:
    """Dictionary columns (choices, towns) as plain strings: Polars would see categoricals,
    on which string functions such as UPPER fail."""
    if pa.types.is_dictionary(array.type):
        return array.dictionary_decode()
    return array


def plain_type(arrow_type: pa.DataType) -> pa.DataType:
    """The type :func:`plain` gives a column of ``arrow_type``."""
    return arrow_type.value_type if pa.types.is_dictionary(arrow_type) else arrow_type


def series_array(series: pl.Series, rows: int) -> pa.Array:
    """A result series as one Arrow array of ``rows`` values (a constant is repeated)."""
    if len(series) == 1 and rows != 1:
        series = series.extend_constant(series[0], rows - 1)
    result = series.to_arrow()
    if isinstance(result, pa.ChunkedArray):
        result = result.combine_chunks()
    return result


def _nested_ok(values: pa.DataType) -> bool:
    """Whether a CASE's values may stand as a column inside a larger expression.

    Strings, decimals and floats behave the same as a column; integer literals
    are left in place, as Polars may widen them to the other operand's type.
    """
    kinds = (pa.types.is_string, pa.types.is_decimal, pa.types.is_floating)
    return any(bool(test(values)) for test in kinds)


@dataclass(frozen=True)
class _Part:
    name: str
    subject: str
    column: str | None
    #: The part's values from its subject's values; None to leave the block to Polars.
    run: Callable[[pa.Array], pa.Array | None]
    keeps_dictionary: bool


@dataclass(frozen=True)
class FastParts:
    """An expression split into parts computed here and the rest, for Polars."""

    parts: tuple[_Part, ...]
    rest: str | None  # None when one part is the whole expression
    rest_inputs: tuple[str, ...]
    #: Subjects that are expressions, evaluated by Polars (cheap arithmetic) per block.
    subject_inputs: tuple[str, ...]

    @classmethod
    def compile(
        cls, expr: str, depends_on: tuple[str, ...], inputs: dict[str, pa.Array]
    ) -> FastParts | None:
        """The parts of ``expr`` for columns typed as ``inputs``; None when there are none."""
        import polars as pl

        spans: list[CaseSpan | PaddedSpan] = sorted(
            [*case_spans(expr), *padded_spans(expr)], key=lambda s: s.start
        )
        whole = [s for s in spans if _is_whole(expr, s)]
        parts: list[tuple[CaseSpan | PaddedSpan, _Part]] = []
        reach = -1
        for span in spans:
            if span.start < reach:
                continue  # inside a part already taken
            subject_type = _subject_type(span, depends_on, inputs)
            if subject_type is None:
                continue
            name = f"__part_{len(parts)}"
            part = _part(span, name, subject_type, nested=span not in whole)
            if part is not None:
                parts.append((span, part))
                reach = span.end
        if not parts:
            return None
        rest_text = expr
        for span, part in reversed(parts):
            rest_text = f'{rest_text[: span.start]}("{part.name}"){rest_text[span.end :]}'
        rest: str | None = rest_text
        rest_inputs: tuple[str, ...] = ()
        if len(parts) == 1 and parts[0][0] in whole:
            rest = None
        else:
            try:
                roots = pl.sql_expr(rest_text).meta.root_names()
            except Exception:  # Polars could not read the rewritten text: keep the original
                return None
            rest_inputs = tuple(dict.fromkeys(r for r in roots if not r.startswith("__part_")))
        subject_inputs = tuple(
            dict.fromkeys(
                root
                for _, part in parts
                if part.column is None
                for root in pl.sql_expr(part.subject).meta.root_names()
            )
        )
        return cls(tuple(p for _, p in parts), rest, rest_inputs, subject_inputs)

    def evaluate(self, inputs: dict[str, pa.Array], rows: int) -> pa.Array | None:
        """The expression's values over one block; None to leave this block to Polars."""
        import polars as pl

        subjects: dict[str, pa.Array] = {}
        computed = [p for p in self.parts if p.column is None]
        if computed:
            frame = _frame(inputs, self.subject_inputs, rows)
            selected = frame.select([pl.sql_expr(p.subject).alias(p.name) for p in computed])
            for part in computed:
                subjects[part.name] = series_array(selected[part.name], rows)
        columns: dict[str, pa.Array] = {}
        for part in self.parts:
            if part.column is not None:
                subject = inputs[part.column]
                subject = subject if part.keeps_dictionary else plain(subject)
            else:
                subject = subjects[part.name]
            values = part.run(subject)
            if values is None:
                return None
            columns[part.name] = values
        if self.rest is None:
            return columns[self.parts[0].name]
        frame = _frame({**inputs, **columns}, (*self.rest_inputs, *columns), rows)
        return series_array(frame.select(pl.sql_expr(self.rest)).to_series(), rows)


def _frame(inputs: dict[str, pa.Array], names: tuple[str, ...], rows: int) -> pl.DataFrame:
    import polars as pl

    if not names:
        return pl.DataFrame({"__rows": pl.zeros(rows, eager=True)})
    frame = pl.from_arrow(
        pa.RecordBatch.from_arrays([plain(inputs[n]) for n in names], names=list(names))
    )
    assert isinstance(frame, pl.DataFrame)
    return frame


def _is_whole(expr: str, span: CaseSpan | PaddedSpan) -> bool:
    """Whether ``span`` is all of ``expr`` (brackets around it aside)."""
    before, after = expr[: span.start].strip(), expr[span.end :].strip()
    return (
        set(before) <= {"(", " "}
        and set(after) <= {")", " "}
        and (before.count("(") == after.count(")"))
    )


def _subject_type(
    span: CaseSpan | PaddedSpan, depends_on: tuple[str, ...], inputs: dict[str, pa.Array]
) -> pa.DataType | None:
    """The type of a part's subject: its column's, or what Polars makes of the expression
    over nulls of the inputs' types; None when Polars cannot evaluate it alone."""
    import polars as pl

    if span.column is not None:
        return plain_type(inputs[span.column].type) if span.column in inputs else None
    try:
        roots = tuple(dict.fromkeys(pl.sql_expr(span.subject).meta.root_names()))
        if any(r not in inputs for r in roots):
            return None
        sample = _frame({r: pa.nulls(2, plain_type(inputs[r].type)) for r in roots}, roots, 2)
        result = sample.select(pl.sql_expr(span.subject).alias("s")).to_arrow()
    except Exception:  # Polars raises several error types; leave it to the whole expression
        return None
    return result.schema[0].type if result.num_rows == 2 else None


def _part(
    span: CaseSpan | PaddedSpan, name: str, subject_type: pa.DataType, nested: bool
) -> _Part | None:
    if isinstance(span, PaddedSpan):
        if not pa.types.is_integer(subject_type):
            return None
        return _Part(name, span.subject, span.column, lambda s: padded_text(span, s), False)
    lookup = CaseLookup.compile(span, subject_type)
    if lookup is None or (nested and not _nested_ok(lookup.values.type)):
        return None
    return _Part(name, span.subject, span.column, lookup.apply, True)
