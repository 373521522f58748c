"""CSV rows from Arrow batches through the compiled encoder in ``csv.c``.

:func:`encode_csv` describes each column's buffers to the C function, which
writes every row in one pass. Columns it has no direct path for (floats,
times, time zones other than UTC, out-of-range dates, 128-bit decimals) are
first cast to text with Arrow's own cast, which is what Arrow's CSV writer
does too, so the bytes are identical to ``pyarrow.csv.write_csv`` either way.
When the extension was not built, :func:`encode_csv` returns None and callers
use Arrow's writer.

>>> import pyarrow as pa
>>> batch = pa.record_batch([pa.array([1, None]), pa.array(['a"b', "c"])], names=["n", "s"])
>>> data = encode_csv(batch, b",")
>>> data is None or data.to_pybytes() == b'1,"a""b"\\n,"c"\\n'
True
"""

from __future__ import annotations

import ctypes
from functools import lru_cache
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.native.concat import SLACK, slack_after
from lookalike.native.loader import depends, library
from lookalike.strings import numbers_of, validity

_INT64, _DATE32, _TIMESTAMP, _DECIMAL, _BOOL, _STRING, _DICT, _RAW, _FIXED = range(9)
#: Decimal places tried for a float column written as whole numbers over a power of ten.
_MAX_SCALE = 15
_PROBES = 64
#: Days from 1970-01-01 to 0001-01-01 and to 9999-12-31: four-digit years only.
_FIRST_DAY, _LAST_DAY = -719_162, 2_932_896
_TICKS = {"s": (1, 0), "ms": (1_000, 3), "us": (1_000_000, 6), "ns": (1_000_000_000, 9)}


class _Column(ctypes.Structure):
    _fields_ = [
        ("kind", ctypes.c_int32),
        ("scale", ctypes.c_int32),
        ("offset", ctypes.c_int64),
        ("per_second", ctypes.c_int64),
        ("utc_suffix", ctypes.c_int32),
        ("padded", ctypes.c_int32),
        ("validity", ctypes.c_void_p),
        ("values", ctypes.c_void_p),
        ("data", ctypes.c_void_p),
        ("dict_offsets", ctypes.c_void_p),
        ("dict_offset", ctypes.c_int64),
    ]


@lru_cache(maxsize=1)
def _library() -> Any:
    """The compiled encoder, or None when the kernels were not built or are turned off."""
    compiled = library()
    if compiled is None:
        return None
    function = compiled.csvfast_encode
    function.restype = ctypes.c_int64
    function.argtypes = [
        ctypes.POINTER(_Column), ctypes.c_int32, ctypes.c_int64, ctypes.c_uint8, ctypes.c_void_p,
    ]  # fmt: skip
    count = compiled.csvfast_count_byte
    count.restype = ctypes.c_int64
    count.argtypes = [ctypes.c_void_p, ctypes.c_int64, ctypes.c_uint8]
    return function, count


depends(_library.cache_clear)


def available() -> bool:
    """Whether the compiled encoder is present."""
    return _library() is not None


def _address(buffer: pa.Buffer | None) -> int | None:
    return buffer.address if buffer is not None else None


def _describe(array: pa.Array, column: _Column, keep: list[Any]) -> int | None:
    """Fill ``column`` for ``array``; return an upper bound of its bytes, None if impossible.

    Bounds are kept close to the bytes written: the output buffer is their sum, and
    a loose one spreads each block over more of the heap than it uses.
    """
    arrow_type = array.type
    rows = len(array)
    if pa.types.is_integer(arrow_type) and arrow_type != pa.uint64():
        if arrow_type != pa.int64():
            array = pc.cast(array, pa.int64())
        column.kind, bound = _INT64, _int_width(array) * rows
    elif pa.types.is_date32(arrow_type) and _in_range(array, np.int32, 1):
        column.kind, bound = _DATE32, 10 * rows
    elif pa.types.is_timestamp(arrow_type) and arrow_type.tz in (None, "UTC"):
        per_second, digits = _TICKS[arrow_type.unit]
        if not _in_range(array, np.int64, per_second * 86_400):
            return _raw(array, column, keep)
        column.kind, column.per_second, column.scale = _TIMESTAMP, per_second, digits
        column.utc_suffix = arrow_type.tz is not None
        # "YYYY-MM-DD HH:MM:SS", a fraction, a "Z": four-digit years only (_in_range).
        bound = (19 + (digits + 1 if digits else 0) + column.utc_suffix) * rows
    elif pa.types.is_decimal128(arrow_type) and 0 <= arrow_type.scale <= 18:
        if not _fits_int64(array):
            return _raw(array, column, keep)
        column.kind, column.scale, bound = _DECIMAL, arrow_type.scale, 42 * rows
    elif pa.types.is_boolean(arrow_type):
        column.kind, bound = _BOOL, 5 * rows
    elif arrow_type == pa.float64() and (fixed := _fixed(array)) is not None:
        scaled, column.scale = fixed
        keep.extend((array, scaled))
        column.kind, column.offset = _FIXED, array.offset
        column.validity = _address(array.buffers()[0]) if array.null_count else None
        column.values = scaled.ctypes.data
        return 24 * rows
    elif pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        if not pa.types.is_string(arrow_type):
            array = pc.cast(array, pa.string())
        offsets = np.frombuffer(array.buffers()[1], np.int32)
        first = int(offsets[array.offset])
        size = int(offsets[array.offset + rows]) - first
        quotes = _count_quotes(array.buffers()[2], first, size)
        column.kind, column.data = _STRING, _address(array.buffers()[2])
        bound = size + quotes + 2 * rows
        column.padded = slack_after(array.buffers()[2], int(offsets[array.offset + rows]))
    elif (
        pa.types.is_dictionary(arrow_type)
        and arrow_type.index_type == pa.int32()
        and pa.types.is_string(arrow_type.value_type)
        and array.dictionary.null_count == 0
    ):
        words = array.dictionary
        keep.append(words)
        offsets = np.frombuffer(words.buffers()[1], np.int32)[
            words.offset : words.offset + len(words) + 1
        ]
        # Each entry's cell: its bytes, its doubled quotes and the two around it.
        cells = np.diff(offsets).astype(np.int64) + 2
        cells += numbers_of(pc.count_substring(words, '"'))  # no nulls: checked above
        column.kind, column.data = _DICT, _address(words.buffers()[2])
        column.dict_offsets, column.dict_offset = _address(words.buffers()[1]), words.offset
        column.padded = slack_after(words.buffers()[2], int(offsets[-1]))
        indices = np.frombuffer(array.buffers()[1], np.int32)[array.offset : array.offset + rows]
        # Null slots may hold any index: clipped, they only make the bound larger.
        bound = int(cells.take(indices, mode="clip").sum()) if len(words) else 0
    else:
        return _raw(array, column, keep)
    keep.append(array)
    column.offset = array.offset
    column.validity = _address(array.buffers()[0]) if array.null_count else None
    column.values = _address(array.buffers()[1])
    return bound


def _int_width(array: pa.Array) -> int:
    """The widest cell of an int64 column: its digits and a sign."""
    values = _valid_values(array, np.int64)
    if not len(values):
        return 1
    return max(len(str(int(values.min()))), len(str(int(values.max()))))


def _count_quotes(data: pa.Buffer | None, first: int, size: int) -> int:
    """How many '"' bytes the strings hold (each is written twice)."""
    if data is None or not size:
        return 0
    return int(_library()[1](data.address + first, size, ord('"')))


def _raw(array: pa.Array, column: _Column, keep: list[Any]) -> int | None:
    """Hand a column over as Arrow's own text for it (what Arrow's CSV writer writes)."""
    try:
        text = pc.cast(array, pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    keep.append(text)
    offsets = np.frombuffer(text.buffers()[1], np.int32)
    size = int(offsets[text.offset + len(text)] - offsets[text.offset])
    column.kind, column.offset = _RAW, text.offset
    column.validity = _address(text.buffers()[0]) if text.null_count else None
    column.values, column.data = _address(text.buffers()[1]), _address(text.buffers()[2])
    return size


def _fixed(array: pa.Array) -> tuple[np.ndarray, int] | None:
    """A float column as whole numbers n and a scale s with every value exactly
    n / 10^s and |n| < 10^15, or None (then Arrow's cast writes it).

    Generated floats are mostly rounded (prices, readings, coordinates), and
    Arrow's shortest-digits cast costs ten times what writing n's digits does;
    with at most 15 significant digits those digits are the shortest ones.

    >>> scaled, scale = _fixed(pa.array([1.5, None, -0.25, 3e9]))
    >>> scaled[[0, 2, 3]].tolist(), scale
    ([150, -25, 300000000000], 2)
    """
    rows, offset = len(array), array.offset
    values = np.frombuffer(array.buffers()[1], np.float64)[offset : offset + rows]
    if array.null_count:
        values = np.where(validity(array), values, 0.0)
    with np.errstate(all="ignore"):
        if not np.isfinite(values).all() or (np.signbit(values) & (values == 0)).any():
            return None  # nan, inf and -0 keep Arrow's spelling
        probe = values[:: max(1, rows // _PROBES)]
        least = next((s for s in range(_MAX_SCALE + 1) if _exact(probe, s) is not None), None)
        if least is None:
            return None
        for scale in range(least, _MAX_SCALE + 1):
            scaled = _exact(values, scale)
            if scaled is not None:
                whole = np.zeros(offset + rows, np.int64)
                whole[offset:] = scaled
                return whole, scale
    return None


def _exact(values: np.ndarray, scale: int) -> np.ndarray | None:
    """``values * 10^scale`` as int64 when each is exactly n / 10^scale, |n| < 10^15."""
    unit = 10.0**scale
    scaled = np.rint(values * unit)
    if np.abs(scaled).max(initial=0.0) >= 1e15 or not np.array_equal(scaled / unit, values):
        return None
    return scaled.astype(np.int64)


def _valid_values(array: pa.Array, dtype: type[np.generic], width: int = 1) -> np.ndarray:
    values = np.frombuffer(array.buffers()[1], dtype)[
        array.offset * width : (array.offset + len(array)) * width
    ]
    if width > 1:
        values = values.reshape(-1, width)
    if array.null_count:
        values = values[validity(array)]
    return values


def _in_range(array: pa.Array, dtype: type[np.generic], per_day: int) -> bool:
    """Every value's date has a four-digit year (Arrow writes others differently)."""
    values = _valid_values(array, dtype)
    if not len(values):
        return True
    low, high = int(values.min()), int(values.max())
    return _FIRST_DAY * per_day <= low and high < (_LAST_DAY + 1) * per_day


def _fits_int64(array: pa.Array) -> bool:
    """Every decimal's 128-bit value is a sign-extended 64-bit one."""
    words = _valid_values(array, np.int64, 2)
    return bool(np.all(words[:, 1] == (words[:, 0] >> 63))) if len(words) else True


def encode_csv(batch: pa.RecordBatch, delimiter: bytes) -> pa.Buffer | None:
    """The batch's rows as CSV (no header), or None when the encoder cannot take it."""
    compiled = _library()
    if compiled is None or len(delimiter) != 1 or batch.num_columns == 0:
        return None
    function = compiled[0]
    columns = (_Column * batch.num_columns)()
    keep: list[Any] = []
    total = (batch.num_columns + 1) * batch.num_rows
    for index, array in enumerate(batch.columns):
        bound = _describe(array, columns[index], keep)
        if bound is None:
            return None
        total += bound
    out = np.empty(total + SLACK, dtype=np.uint8)  # room for the encoder's fixed-size moves
    written = function(columns, batch.num_columns, batch.num_rows, delimiter[0], out.ctypes.data)
    return pa.py_buffer(out[:written])
