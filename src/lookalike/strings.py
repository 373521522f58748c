"""Build Arrow string arrays straight from numpy byte buffers.

Fixed-width text (UUIDs, patterns, codes) is assembled as an ``(n, width)``
byte matrix and handed to Arrow without a Python string per row.

>>> fixed_width_strings(np.frombuffer(b"abcdef", dtype=np.uint8).reshape(3, 2)).to_pylist()
['ab', 'cd', 'ef']
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pyarrow as pa


def fixed_width_strings(matrix: np.ndarray) -> pa.StringArray:
    """An Arrow ``string`` array whose row ``i`` is the bytes of ``matrix[i]``."""
    rows, width = matrix.shape
    return strings_of_width(np.ascontiguousarray(matrix, dtype=np.uint8).reshape(-1), rows, width)


def strings_of_width(data: np.ndarray, rows: int, width: int) -> pa.StringArray:
    """Rows of ``width`` bytes from the start of ``data`` (uint8); bytes after them stay
    in the buffer (the compiled kernels leave slack there for the CSV encoder).

    >>> strings_of_width(np.frombuffer(b"abcdef..", np.uint8), 3, 2).to_pylist()
    ['ab', 'cd', 'ef']
    """
    offsets = np.arange(0, (rows + 1) * width, width, dtype=np.int32)
    array: pa.StringArray = pa.Array.from_buffers(
        pa.string(), rows, [None, pa.py_buffer(offsets), pa.py_buffer(data)]
    )
    return array


def string_array(values: list[str]) -> pa.StringArray:
    """An Arrow ``string`` array from Python strings, built from buffers.

    (``pa.array`` on Python objects imports pandas when it is installed, which
    costs more than a second; this does not.)

    >>> string_array(["a", "bc", ""]).to_pylist()
    ['a', 'bc', '']
    """
    encoded = [v.encode() for v in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int32)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    data = np.frombuffer(b"".join(encoded) or b"\0", dtype=np.uint8)
    return pa.Array.from_buffers(
        pa.string(), len(encoded), [None, pa.py_buffer(offsets), pa.py_buffer(data)]
    )


@cache
def text(value: str) -> pa.StringScalar:
    """A typed Arrow string scalar, built from a buffer.

    Compute kernels given a plain Python ``str`` convert it with ``pa.scalar``,
    which imports pandas when it is installed (a third of a second and ~100 MB per
    process); kernels given this scalar do not.

    >>> text("-").as_py()
    '-'
    """
    scalar: pa.StringScalar = string_array([value])[0]
    return scalar


def join(*arguments: pa.Array | str) -> pa.Array:
    """``pc.binary_join_element_wise`` (pieces, then the separator) taking Python strings.

    >>> join(string_array(["a", "b"]), "!", "").to_pylist()
    ['a!', 'b!']
    """
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(*(text(a) if isinstance(a, str) else a for a in arguments))


def null_of(arrow_type: pa.DataType) -> pa.Scalar:
    """A typed null scalar (no ``pa.scalar``: see :func:`text`)."""
    return pa.nulls(1, arrow_type)[0]


_NUMPY_TYPES = {
    "float": np.float32, "double": np.float64, "int8": np.int8, "int16": np.int16,
    "int32": np.int32, "int64": np.int64, "uint8": np.uint8, "uint16": np.uint16,
    "uint32": np.uint32, "uint64": np.uint64,
}  # fmt: skip


def numbers_of(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A numeric Arrow column (no nulls) as numpy, read from its buffer.

    ``to_numpy`` would do, but pyarrow imports pandas on the way (100 MB, a third
    of a second) whenever pandas is installed.

    >>> numbers_of(pa.chunked_array([[1.5, 2.5]])).tolist()
    [1.5, 2.5]
    """
    array = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    dtype = _NUMPY_TYPES[str(array.type)]
    data = np.frombuffer(array.buffers()[1], dtype=dtype)
    return data[array.offset : array.offset + len(array)]


def validity(array: pa.Array) -> np.ndarray:
    """Which slots of ``array`` hold values, from its bitmap (``np.asarray`` on an Arrow
    array would import pandas, a third of a second, when pandas is installed).

    >>> validity(pa.nulls(2, pa.int64())).tolist()
    [False, False]
    """
    bitmap = array.buffers()[0]
    if bitmap is None:
        return np.ones(len(array), dtype=bool)
    bits = np.unpackbits(np.frombuffer(bitmap, np.uint8), bitorder="little")
    return bits[array.offset : array.offset + len(array)].astype(bool)


def int_array(values: np.ndarray, arrow_type: pa.DataType) -> pa.Array:
    """A numpy integer array as an Arrow array of ``arrow_type`` (same width), from its
    buffer (``pa.array`` on numpy imports pandas when it is installed).

    >>> int_array(np.array([3, 1], dtype=np.int32), pa.int32()).to_pylist()
    [3, 1]
    """
    data = np.ascontiguousarray(values)
    return pa.Array.from_buffers(arrow_type, len(data), [None, pa.py_buffer(data)])


def dictionary_slots(array: pa.DictionaryArray) -> np.ndarray:
    """Each row's dictionary index (int32), ``len(dictionary)`` for a null row: the slot
    of a table that holds one value per entry and then the null's.

    >>> dictionary_slots(pa.array(["b", None, "a", "b"]).dictionary_encode()).tolist()
    [0, 2, 1, 0]
    """
    indices = numbers_of(array.indices).astype(np.int32)
    if array.null_count:
        indices[~validity(array)] = len(array.dictionary)
    return indices


_U = np.uint64


def _hex8(values: np.ndarray) -> np.ndarray:
    """32-bit values (in uint64) as 8 lower-case hex ASCII bytes, most significant first.

    Bit tricks spread each nibble into its own byte, then map 0-9/a-f with
    one add: no lookup tables, no per-row work.
    """
    x = (values | (values << _U(16))) & _U(0x0000FFFF0000FFFF)
    x = (x | (x << _U(8))) & _U(0x00FF00FF00FF00FF)
    x = (x | (x << _U(4))) & _U(0x0F0F0F0F0F0F0F0F)
    x = x.byteswap()
    letters = ((x + _U(0x0606060606060606)) >> _U(4)) & _U(0x0101010101010101)
    ascii_hex: np.ndarray = x + _U(0x3030303030303030) + letters * _U(0x27)
    return ascii_hex


def uuid_text(high: np.ndarray, low: np.ndarray) -> pa.StringArray:
    """Canonical ``8-4-4-4-12`` text of 128-bit values given as two uint64 halves.

    >>> high = np.array([0x0123456789ABCDEF], dtype=np.uint64)
    >>> low = np.array([0xFEDCBA9876543210], dtype=np.uint64)
    >>> uuid_text(high, low).to_pylist()
    ['01234567-89ab-cdef-fedc-ba9876543210']

    This is the numpy path; the compiled kernel (:func:`lookalike.native.fixed.uuid_text`)
    writes the same bytes faster, and callers try it first.
    """
    u32 = np.uint32
    out = np.empty((len(high), 9), dtype=np.uint32)
    # Work in cache-sized slices: the many passes then stay in L2.
    for start in range(0, len(high), 8192):
        part = slice(start, start + 8192)
        a0, a1 = _hex8(high[part] >> _U(32)), _hex8(high[part] & _U(0xFFFFFFFF))
        b0, b1 = _hex8(low[part] >> _U(32)), _hex8(low[part] & _U(0xFFFFFFFF))
        a2, a3 = a1.astype(u32), (a1 >> _U(32)).astype(u32)
        b_first, b_second = b0.astype(u32), (b0 >> _U(32)).astype(u32)
        rows = out[part]
        rows[:, 0] = a0.astype(u32)
        rows[:, 1] = (a0 >> _U(32)).astype(u32)
        # Each output word holds four characters; dashes sit at bytes 8, 13, 18, 23.
        rows[:, 2] = u32(0x2D) | (a2 << u32(8))
        rows[:, 3] = (a2 >> u32(24)) | u32(0x2D00) | (a3 << u32(16))
        rows[:, 4] = (a3 >> u32(16)) | u32(0x2D0000) | (b_first << u32(24))
        rows[:, 5] = (b_first >> u32(8)) | u32(0x2D000000)
        rows[:, 6] = b_second
        rows[:, 7] = b1.astype(u32)
        rows[:, 8] = (b1 >> _U(32)).astype(u32)
    return fixed_width_strings(out.view(np.uint8))


_HEX_PAIRS = np.array(
    [int.from_bytes(f"{i:02x}".encode(), "little") for i in range(256)], dtype=np.uint16
)


def hex_bytes(data: np.ndarray) -> np.ndarray:
    """Lower-case hex of an ``(n, k)`` uint8 matrix, as an ``(n, 2k)`` uint8 matrix."""
    pairs: np.ndarray = _HEX_PAIRS[data]
    return pairs.view(np.uint8).reshape(data.shape[0], -1)


def mixed_radix_digits(values: np.ndarray, radices: list[int]) -> list[np.ndarray]:
    """Split each value into digits, most significant first, one radix per position.

    >>> [d.tolist() for d in mixed_radix_digits(np.array([123], dtype=np.uint64), [10, 10, 10])]
    [[1], [2], [3]]
    """
    digits: list[np.ndarray] = []
    rest = values.astype(np.uint64, copy=True)
    for radix in reversed(radices):
        base = np.uint64(radix)
        digits.append(rest % base)
        rest //= base
    return digits[::-1]
