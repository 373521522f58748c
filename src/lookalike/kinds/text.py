"""Lorem ipsum text: words or sentences, joined in Arrow without per-row Python.

>>> from lookalike.spec import TextField
>>> column = compile_text(TextField(min_count=2, max_count=2), ENV)
>>> str(column.arrow_type)
'string'
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, register
from lookalike.kinds.grammar import LOREM_WORDS, PooledTextColumn
from lookalike.kinds.numeric import ENV
from lookalike.native.lorem import lorem_text, plain_words
from lookalike.spec import TextField
from lookalike.strings import join, string_array

__all__ = ["ENV", "compile_text"]

WORDS = string_array(LOREM_WORDS)
#: Lowercase ASCII words: the compiled kernel may join and capitalise them.
_KERNEL_WORDS = plain_words(WORDS)
SENTENCE_WORDS = (5, 14)


def _int32(values: np.ndarray) -> pa.Array:
    return pa.Array.from_buffers(
        pa.int32(), len(values), [None, pa.py_buffer(values.astype(np.int32))]
    )


def _join(pieces: pa.Array, counts: np.ndarray, separator: str) -> pa.Array:
    """Join consecutive runs of ``pieces`` (lengths ``counts``) with ``separator``."""
    offsets = np.zeros(len(counts) + 1, dtype=np.int32)
    np.cumsum(counts, out=offsets[1:])
    offsets_array = pa.Array.from_buffers(pa.int32(), len(offsets), [None, pa.py_buffer(offsets)])
    return pc.binary_join(pa.ListArray.from_arrays(offsets_array, pieces), separator)


@dataclass(frozen=True)
class TextColumn(Column):
    unit: str
    low: int
    high: int
    arrow_type: pa.DataType = pa.string()

    def sample(self, ctx: BlockContext) -> pa.Array:
        # Counts, lengths and words come from separate streams, each consumed in row
        # order, so a row's text never depends on how many rows follow it.
        counts = ctx.rng("counts").integers(self.low, self.high, ctx.rows, endpoint=True)
        pick = ctx.rng("words")
        if self.unit == "words":
            picked = pick.integers(0, len(WORDS), int(counts.sum()))
            fast = lorem_text(WORDS, picked, counts) if _KERNEL_WORDS else None
            return fast if fast is not None else _join(WORDS.take(_int32(picked)), counts, " ")
        lengths = ctx.rng("lengths").integers(*SENTENCE_WORDS, int(counts.sum()), endpoint=True)
        picked = pick.integers(0, len(WORDS), int(lengths.sum()))
        fast = lorem_text(WORDS, picked, counts, lengths) if _KERNEL_WORDS else None
        if fast is not None:
            return fast
        words = WORDS.take(_int32(picked))
        sentences = pc.utf8_capitalize(_join(words, lengths, " "))
        sentences = join(sentences, ".", "")
        return _join(sentences, counts, " ")


@register("text")
def compile_text(spec: TextField, env: Env) -> Column:
    """Compile a ``text`` field."""
    if spec.min_count > spec.max_count:
        raise SpecError("min_count is greater than max_count; swap them", path=env.path)
    if spec.unique:
        raise SpecError(
            "text cannot be unique; use a pattern or uuid, or derive text || id",
            path=f"{env.path}.unique",
        )
    if spec.unit == "characters":
        return PooledTextColumn(spec.vocabulary, spec.min_count, spec.max_count)
    if spec.vocabulary != "lorem":
        raise SpecError(
            f"vocabulary {spec.vocabulary} writes text by characters; add unit: characters",
            path=f"{env.path}.vocabulary",
        )
    if spec.min_count < 1:
        raise SpecError("min_count must be at least 1 word or sentence", path=env.path)
    return TextColumn(spec.unit, spec.min_count, spec.max_count)
