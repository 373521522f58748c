"""The value space of an identifier scheme, and the column that walks it.

A scheme is a mixed-radix number space (the free parts of the identifier:
digits, a region from a table, a birth date as a day count...) and a renderer
that turns those parts into compact ASCII and appends the check digits. A random
value is a random point of the space; a unique column walks the space through the
plan's keyed permutation, so ``capacity`` is the exact size of the space. The small
vectorised helpers here are shared by the national and VAT schemes.

>>> layout_text(np.frombuffer(b"1234", np.uint8)[None], "__-__", True).to_pylist()
['12-34']
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from lookalike.kinds.base import BlockContext, Column, Env
from lookalike.kinds.checksums import digit_matrix
from lookalike.strings import fixed_width_strings, mixed_radix_digits

__all__ = [
    "LETTERS", "IdentifierColumn", "Parts", "Renderer", "Scheme", "as_col", "birth_day_span",
    "const_text", "date_parts", "digit_cols", "join_text", "layout_text", "normalised",
    "skip_digit",
]  # fmt: skip


def layout_text(compact: np.ndarray, layout: str | None, formatted: bool) -> pa.Array:
    """Arrow strings of compact ASCII rows, in ``layout`` (``_`` takes the next character)."""
    if not formatted or layout is None:
        return fixed_width_strings(compact)
    template = np.frombuffer(layout.encode(), dtype=np.uint8)
    slots = template == ord("_")
    out = np.empty((compact.shape[0], len(layout)), dtype=np.uint8)
    out[:, ~slots] = template[~slots]
    out[:, slots] = compact
    return fixed_width_strings(out)


#: Parts of an identifier, one array per radix of its space.
Parts = list[np.ndarray]
#: Renders parts as compact ASCII text, one row per value.
Renderer = Callable[[Parts], np.ndarray]

LETTERS = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)


@dataclass(frozen=True, eq=False)
class Scheme:
    """The value space of one identifier and how to write a point of it."""

    radices: tuple[int, ...]
    render: Renderer
    #: Formatted form: ``_`` takes the next compact character, anything else is literal.
    layout: str | None = None
    #: Sampling weights per part (None: uniform); such schemes sample parts independently.
    weights: tuple[np.ndarray | None, ...] = ()
    #: Ranks in the space that are not valid identifiers (sorted); skipped when enumerating.
    excluded: tuple[int, ...] = ()

    @property
    def size(self) -> int:
        """How many valid identifiers the space holds."""
        return math.prod(self.radices) - len(self.excluded)


@dataclass(frozen=True, eq=False)
class IdentifierColumn(Column):
    """Identifiers of one scheme; enumerable, so they can be unique."""

    scheme: Scheme
    formatted: bool
    arrow_type: pa.DataType = pa.string()
    widen_hint = "this identifier's space is exhausted; use fewer rows"

    @property
    def capacity(self) -> int:  # type: ignore[override]
        return self.scheme.size

    def _parts_of(self, index: np.ndarray) -> Parts:
        rank = index.astype(np.uint64, copy=True)
        for excluded in self.scheme.excluded:  # ascending: each skip can meet the next
            rank += rank >= np.uint64(excluded)
        return [p.astype(np.int64) for p in mixed_radix_digits(rank, list(self.scheme.radices))]

    def _text(self, parts: Parts) -> pa.Array:
        return layout_text(self.scheme.render(parts), self.scheme.layout, self.formatted)

    def sample(self, ctx: BlockContext) -> pa.Array:
        rng = ctx.rng()
        if not any(w is not None for w in self.scheme.weights):
            return self._text(self._parts_of(rng.integers(0, self.capacity, ctx.rows,
                                                          dtype=np.uint64)))  # fmt: skip
        parts = []
        for radix, weights in zip(self.scheme.radices, self.scheme.weights, strict=True):
            if weights is None:
                parts.append(rng.integers(0, radix, ctx.rows))
            else:
                parts.append(rng.choice(radix, size=ctx.rows, p=weights))
        return self._text(parts)

    def at(self, ctx: BlockContext | None, index: np.ndarray) -> pa.Array:
        return self._text(self._parts_of(index))


# --- small vectorised pieces the schemes share --------------------------------------------


def digit_cols(values: np.ndarray, width: int) -> np.ndarray:
    return digit_matrix(values, width)


def join_text(*pieces: np.ndarray) -> np.ndarray:
    """Concatenate ASCII pieces (2-D uint8) side by side."""
    return np.concatenate([p.astype(np.uint8) for p in pieces], axis=1)


def const_text(text: str, rows: int) -> np.ndarray:
    return np.broadcast_to(np.frombuffer(text.encode(), dtype=np.uint8), (rows, len(text)))


def as_col(values: np.ndarray) -> np.ndarray:
    return np.asarray(values).astype(np.uint8)[:, None]


def skip_digit(choice: np.ndarray, bad: np.ndarray) -> np.ndarray:
    """The ``choice``-th digit of 0-9 once ``bad`` is left out (``choice`` in 0-8)."""
    result: np.ndarray = choice + (choice >= bad)
    return result


def normalised(pairs: Sequence[float]) -> np.ndarray:
    weights = np.asarray(pairs, dtype=np.float64)
    normalised: np.ndarray = weights / weights.sum()
    return normalised


def date_parts(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month and day of days counted from 1970-01-01."""
    dates = days.astype("datetime64[D]")
    years = dates.astype("datetime64[Y]")
    months = dates.astype("datetime64[M]")
    return (
        years.astype(np.int64) + 1970,
        (months - years.astype("datetime64[M]")).astype(np.int64) + 1,
        (dates - months.astype("datetime64[D]")).astype(np.int64) + 1,
    )


def birth_day_span(env: Env, youngest: int = 18, oldest: int = 90) -> tuple[int, int]:
    """First day (since 1970) and length of the birth dates of people aged youngest..oldest."""
    today = env.reference_time.date()
    first = today.replace(year=today.year - oldest, day=min(today.day, 28))
    last = today.replace(year=today.year - youngest, day=min(today.day, 28))
    epoch = dt.date(1970, 1, 1)
    return (first - epoch).days, (last - first).days + 1
