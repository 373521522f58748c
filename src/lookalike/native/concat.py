"""Strings assembled from pieces in one pass: constants, arrays, takes from pools, numbers.

``concat(pieces, rows)`` gives what ``pc.binary_join_element_wise(*pieces, "")``
gives over the materialised pieces, without materialising them: a
:class:`Take` is a pool and the int32 index of each row's entry, a
:class:`Number` an unsigned integer written in decimal. The compiled kernel
does it when built; otherwise the pieces are materialised and Arrow joins them,
with the same result.

>>> import numpy as np, pyarrow as pa
>>> pool = pa.array(["ann", "bob"])
>>> concat([Take(pool, np.array([1, 0])), "-", Number(np.array([7, 42]))], 2).to_pylist()
['bob-7', 'ann-42']
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa

from lookalike.native.loader import depends, library
from lookalike.strings import join

_CONST, _ARRAY, _TAKE, _UINT = range(4)
#: Bytes the kernel may read past a string and write past the output's end
#: (``SLACK`` in text.h): it copies short strings in one fixed-size move.
SLACK = 32


@dataclass(frozen=True)
class Take:
    """Entry ``indices[i]`` of ``pool`` (a string array without nulls) for row i."""

    pool: pa.Array
    indices: np.ndarray


@dataclass(frozen=True)
class Number:
    """``values[i]`` (unsigned) in decimal for row i."""

    values: np.ndarray


Piece: TypeAlias = str | pa.Array | Take | Number


class _Piece(ctypes.Structure):
    _fields_ = [
        ("kind", ctypes.c_int32),
        ("padded", ctypes.c_int32),
        ("offsets", ctypes.c_void_p),
        ("data", ctypes.c_void_p),
        ("values", ctypes.c_void_p),
        ("offset", ctypes.c_int64),
    ]


@lru_cache(maxsize=1)
def _function() -> Any:
    compiled = library()
    if compiled is None:
        return None
    function = compiled.concat_strings
    function.restype = ctypes.c_int64
    function.argtypes = [
        ctypes.POINTER(_Piece), ctypes.c_int32, ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    return function


depends(_function.cache_clear)


def concat(pieces: Sequence[Piece], rows: int) -> pa.Array:
    """Row i: every piece's row i, concatenated (see the module docstring)."""
    function = _function()
    fast = _native(function, pieces, rows) if function is not None else None
    if fast is not None:
        return fast
    return join(*(_materialise(p) for p in pieces), "")


def _materialise(piece: Piece) -> pa.Array | str:
    if isinstance(piece, Take):
        return piece.pool.take(pa.array(piece.indices.astype(np.int32), pa.int32()))
    if isinstance(piece, Number):
        import pyarrow.compute as pc

        return pc.cast(pa.array(piece.values.astype(np.uint64), pa.uint64()), pa.string())
    return piece


def padded(pool: pa.Array) -> pa.Array:
    """The same strings, with ``SLACK`` readable bytes after the last, so the
    kernel copies each with one fixed-size move. For pools kept for the life
    of the process (names, streets): padding costs a copy.

    >>> padded(pa.array(["ab", "c"])).to_pylist()
    ['ab', 'c']
    """
    if not pa.types.is_string(pool.type) or pool.null_count:
        return pool
    found = _string_buffers(pool)
    if found is None or _has_slack(pool, *found):
        return pool
    offsets, data = found
    first, last = int(offsets[pool.offset]), int(offsets[pool.offset + len(pool)])
    body = np.zeros(last - first + SLACK, dtype=np.uint8)
    body[: last - first] = np.frombuffer(data, np.uint8, count=last - first, offset=first)
    rebased = (offsets[pool.offset : pool.offset + len(pool) + 1] - first).astype(np.int32)
    return pa.Array.from_buffers(
        pa.string(), len(pool), [None, pa.py_buffer(rebased), pa.py_buffer(body)]
    )


def slack_after(data: pa.Buffer | None, end: int) -> bool:
    """Whether ``SLACK`` readable bytes of ``data`` follow offset ``end`` (the last
    string's end): padded pools, and results of :func:`concat`, have them."""
    return data is not None and data.size - end >= SLACK


def _has_slack(pool: pa.Array, offsets: np.ndarray, data: pa.Buffer | None) -> bool:
    return slack_after(data, int(offsets[pool.offset + len(pool)]))


def _string_buffers(array: pa.Array) -> tuple[np.ndarray, pa.Buffer] | None:
    if not pa.types.is_string(array.type) or array.null_count:
        return None
    return np.frombuffer(array.buffers()[1], np.int32), array.buffers()[2]


def _native(function: Any, pieces: Sequence[Piece], rows: int) -> pa.Array | None:
    described = (_Piece * max(len(pieces), 1))()
    keep: list[Any] = []
    bound = 0
    for slot, piece in zip(described, pieces, strict=False):
        if isinstance(piece, str):
            encoded = np.frombuffer(piece.encode(), np.uint8).copy()
            keep.append(encoded)
            slot.kind, slot.data, slot.offset = _CONST, encoded.ctypes.data, len(encoded)
            bound += len(encoded) * rows
        elif isinstance(piece, Number):
            values = np.ascontiguousarray(piece.values, dtype=np.uint64)
            keep.append(values)
            slot.kind, slot.values = _UINT, values.ctypes.data
            bound += 20 * rows
        elif isinstance(piece, Take):
            found = _string_buffers(piece.pool)
            if found is None or len(piece.indices) != rows:
                return None
            offsets, data = found
            window = offsets[piece.pool.offset : piece.pool.offset + len(piece.pool) + 1]
            indices = np.ascontiguousarray(piece.indices, dtype=np.int32)
            keep += [piece.pool, indices]
            slot.kind, slot.offsets, slot.data = _TAKE, offsets.ctypes.data, data.address
            slot.values, slot.offset = indices.ctypes.data, piece.pool.offset
            slot.padded = _has_slack(piece.pool, offsets, data)
            bound += int(np.diff(window).max(initial=0)) * rows
        else:
            found = _string_buffers(piece)
            if found is None or len(piece) != rows:
                return None
            offsets, data = found
            keep.append(piece)
            slot.kind, slot.offsets, slot.data = _ARRAY, offsets.ctypes.data, data.address
            slot.offset = piece.offset
            slot.padded = _has_slack(piece, offsets, data)
            bound += int(offsets[piece.offset + rows] - offsets[piece.offset])
    if bound >= 2**31:
        return None  # int32 offsets: leave such giants to Arrow
    out_offsets = np.empty(rows + 1, dtype=np.int32)
    out_data = np.empty(bound + SLACK, dtype=np.uint8)
    written = function(described, len(pieces), rows, out_offsets.ctypes.data, out_data.ctypes.data)
    # The slack stays after the strings, so the CSV encoder (or another concat)
    # can copy them with fixed-size moves too; Arrow ignores bytes past the last offset.
    return pa.Array.from_buffers(
        pa.string(),
        rows,
        [None, pa.py_buffer(out_offsets), pa.py_buffer(out_data[: written + SLACK])],
    )
