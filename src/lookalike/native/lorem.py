"""Lorem ipsum rows through the compiled kernel in ``lorem.c``: words, or capitalised
sentences, joined per row in one pass, with nothing materialised per word.

The text kind calls :func:`lorem_text`; when the kernel was not built (or the
pool is not lowercase ASCII) it returns None and the kind joins with Arrow,
which gives the same strings.

>>> import numpy as np, pyarrow as pa
>>> pool = pa.array(["lorem", "ipsum", "dolor"])
>>> text = lorem_text(pool, np.array([0, 1, 2, 1]), np.array([1, 2]), np.array([2, 1, 1]))
>>> text is None or text.to_pylist() == ["Lorem ipsum.", "Dolor. Ipsum."]
True
"""

from __future__ import annotations

import ctypes
from functools import lru_cache
from typing import Any

import numpy as np
import pyarrow as pa

from lookalike.native.loader import depends, library


@lru_cache(maxsize=1)
def _function() -> Any:
    compiled = library()
    if compiled is None:
        return None
    function = compiled.lorem_text
    function.restype = ctypes.c_int64
    function.argtypes = [ctypes.c_void_p] * 5 + [ctypes.c_int64] + [ctypes.c_void_p] * 2
    return function


depends(_function.cache_clear)


def plain_words(pool: pa.Array) -> bool:
    """Whether every word is lowercase ASCII letters, which the kernel's capitalising
    rule needs (check a pool once, not per block).

    >>> plain_words(pa.array(["lorem", "ipsum"])), plain_words(pa.array(["Été"]))
    (True, False)
    """
    return pool.null_count == 0 and all(
        word.isascii() and word.isalpha() and word.islower() for word in pool.to_pylist()
    )


def lorem_text(
    pool: pa.Array, words: np.ndarray, counts: np.ndarray, lengths: np.ndarray | None = None
) -> pa.Array | None:
    """Row i joins its ``counts[i]`` units with spaces: words (``words`` indexes
    ``pool``), or with ``lengths``, sentences of that many words, capitalised and
    ended by a full stop. ``pool`` must pass :func:`plain_words`. None when the
    kernel was not built."""
    function = _function()
    if function is None or not pa.types.is_string(pool.type) or pool.offset:
        return None
    units = len(lengths) if lengths is not None else len(words)
    # The kernel trusts these counts: a mismatch would read past the arrays.
    if int(np.sum(counts)) != units or (lengths is not None and int(np.sum(lengths)) != len(words)):
        raise ValueError("lorem_text: counts, lengths and words do not add up")
    if len(words) and (int(np.min(words)) < 0 or int(np.max(words)) >= len(pool)):
        raise ValueError("lorem_text: a word index is outside the pool")
    offsets = np.frombuffer(pool.buffers()[1], np.int32)[: len(pool) + 1]
    longest = int(np.diff(offsets).max(initial=0))
    bound = (longest + 1) * len(words) + 2 * units
    if bound >= 2**31:
        return None
    indices = np.ascontiguousarray(words, dtype=np.int32)
    per_row = np.ascontiguousarray(counts, dtype=np.int64)
    per_unit = np.ascontiguousarray(lengths, dtype=np.int64) if lengths is not None else None
    out_offsets = np.empty(len(per_row) + 1, dtype=np.int32)
    out_data = np.empty(bound + 1, dtype=np.uint8)
    written = function(
        offsets.ctypes.data, pool.buffers()[2].address, indices.ctypes.data,
        per_unit.ctypes.data if per_unit is not None else None, per_row.ctypes.data,
        len(per_row), out_offsets.ctypes.data, out_data.ctypes.data,
    )  # fmt: skip
    buffers = [None, pa.py_buffer(out_offsets), pa.py_buffer(out_data[:written])]
    return pa.Array.from_buffers(pa.string(), len(per_row), buffers)
