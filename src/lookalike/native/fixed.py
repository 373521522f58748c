"""Fixed-width texts (UUIDs, patterns) written row by row by the compiled kernels.

numpy builds a UUID's 36 characters or a pattern's placeholders in a dozen
passes over the block; ``uuid_format`` and ``pattern_render`` in fixed.c
write each row once, with the same bytes. Each function returns None when the
kernels are not built, and the caller takes its numpy path.

>>> import numpy as np
>>> text = uuid_text(np.array([0x0123456789ABCDEF], np.uint64),
...                  np.array([0xFEDCBA9876543210], np.uint64))
>>> text is None or text.to_pylist() == ["01234567-89ab-cdef-fedc-ba9876543210"]
True
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from lookalike.native.concat import SLACK
from lookalike.native.loader import library
from lookalike.strings import strings_of_width

_P = ctypes.c_void_p
UUID_WIDTH = 36


def uuid_text(high: np.ndarray, low: np.ndarray) -> pa.StringArray | None:
    """Canonical UUID text of 128-bit values given as uint64 halves, or None."""
    compiled = library()
    if compiled is None:
        return None
    high = np.ascontiguousarray(high, dtype=np.uint64)
    low = np.ascontiguousarray(low, dtype=np.uint64)
    rows = len(high)
    out = np.empty(rows * UUID_WIDTH + SLACK, dtype=np.uint8)
    compiled.uuid_format(
        _P(high.ctypes.data), _P(low.ctypes.data), ctypes.c_int64(rows), _P(out.ctypes.data)
    )
    return strings_of_width(out, rows, UUID_WIDTH)


def pattern_text(
    bits: np.ndarray,
    rows: int,
    template: bytes,
    slots: Sequence[int],
    alphabets: Sequence[bytes],
) -> pa.StringArray | None:
    """Rows of ``template`` with placeholder ``k`` at byte ``slots[k]`` drawn from
    ``alphabets[k]`` by 32 random bits each (``bits``, row-major), or None."""
    compiled = library()
    if compiled is None or any(not 0 < len(a) <= 256 for a in alphabets):
        return None
    count = len(slots)
    bits = np.ascontiguousarray(bits[: rows * count], dtype=np.uint32)
    table = np.zeros((max(count, 1), 256), dtype=np.uint8)
    for k, alphabet in enumerate(alphabets):
        table[k, : len(alphabet)] = np.frombuffer(alphabet, dtype=np.uint8)
    scales = np.array([len(a) / 2**32 for a in alphabets] or [0.0], dtype=np.float64)
    positions = np.array(list(slots) or [0], dtype=np.int32)
    row = np.frombuffer(template, dtype=np.uint8).copy()
    width = len(template)
    out = np.empty(rows * width + SLACK, dtype=np.uint8)
    compiled.pattern_render(
        _P(bits.ctypes.data), ctypes.c_int64(rows), ctypes.c_int32(count),
        _P(positions.ctypes.data), _P(scales.ctypes.data), _P(table.ctypes.data),
        _P(row.ctypes.data), ctypes.c_int32(width), _P(out.ctypes.data),
    )  # fmt: skip
    return strings_of_width(out, rows, width)
