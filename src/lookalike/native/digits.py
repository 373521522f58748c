"""Numbers of a numbering plan, rendered by the compiled ``mixed_radix_render``.

A phone numbering plan is a list of templates, each a run of positions with a
few allowed digits; number ``i`` of the plan is a mixed-radix reading of
``i`` within its template. numpy needs one pass per position for that; the
kernel does a row at a time, straight into the text layout.

>>> import numpy as np
>>> sizes = np.array([[1, 10, 10]]); digits = np.zeros((1, 3, 10), dtype=np.uint8)
>>> digits[0, 0, 0] = ord("7"); digits[0, 1:, :] = np.frombuffer(b"0123456789", np.uint8)
>>> out = render(np.array([42], dtype=np.uint64), np.array([0], dtype=np.uint64),
...              sizes, digits, "(###)")
>>> out is None or out.to_pylist() == ["(742)"]
True
"""

from __future__ import annotations

import ctypes

import numpy as np
import pyarrow as pa

from lookalike.native.concat import SLACK
from lookalike.native.loader import library
from lookalike.strings import strings_of_width

_P = ctypes.c_void_p


def render(
    index: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    digits: np.ndarray,
    layout: str,
) -> pa.StringArray | None:
    """Rows of ``layout`` (one ``#`` per position) holding numbers ``index``, with
    the slack the CSV encoder copies fast (see :mod:`lookalike.native.fixed`);
    None without the compiled kernels or when the layout does not fit."""
    compiled = library()
    if compiled is None:
        return None
    text = np.frombuffer(layout.encode("ascii"), dtype=np.uint8)
    slots = np.flatnonzero(text == ord("#")).astype(np.int32)
    templates, width = sizes.shape
    if len(slots) != width:
        return None
    index = np.ascontiguousarray(index, dtype=np.uint64)
    starts = np.ascontiguousarray(starts, dtype=np.uint64)
    sizes = np.ascontiguousarray(sizes, dtype=np.int64)
    digits = np.ascontiguousarray(digits, dtype=np.uint8)
    out = np.empty(len(index) * len(text) + SLACK, dtype=np.uint8)
    compiled.mixed_radix_render(
        _P(index.ctypes.data), ctypes.c_int64(len(index)), _P(starts.ctypes.data),
        ctypes.c_int32(templates), _P(sizes.ctypes.data), _P(digits.ctypes.data),
        ctypes.c_int32(width), _P(text.ctypes.data), ctypes.c_int32(len(text)),
        _P(slots.ctypes.data), _P(out.ctypes.data),
    )  # fmt: skip
    return strings_of_width(out, len(index), len(text))


def random_pick(
    uniform: np.ndarray, template: np.ndarray, sizes: np.ndarray, digits: np.ndarray
) -> np.ndarray | None:
    """ASCII digits (rows x positions, uint8) of random numbers of a numbering plan: row
    ``i`` of ``template[i]``, position ``p`` choosing by ``uniform[i, p]`` as
    ``Templates.sample`` does with numpy; None without the compiled kernels."""
    compiled = library()
    function = getattr(compiled, "random_pick", None) if compiled is not None else None
    if function is None or not len(sizes) or int(sizes.min()) < 1:
        return None
    rows, width = len(template), sizes.shape[1]
    uniform = np.ascontiguousarray(uniform, dtype=np.float64)
    template = np.ascontiguousarray(template, dtype=np.int64)
    sizes = np.ascontiguousarray(sizes, dtype=np.int64)
    digits = np.ascontiguousarray(digits, dtype=np.uint8)
    chars = np.empty((rows, width), dtype=np.uint8)
    function(
        _P(uniform.ctypes.data), _P(template.ctypes.data), ctypes.c_int64(rows),
        _P(sizes.ctypes.data), _P(digits.ctypes.data), ctypes.c_int32(width),
        _P(chars.ctypes.data),
    )  # fmt: skip
    return chars
