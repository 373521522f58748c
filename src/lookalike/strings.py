"""Build Arrow string arrays straight from numpy byte buffers.

Fixed-width text (UUIDs, patterns, codes) is assembled as an ``(n, width)``
byte matrix and handed to Arrow without a Python string per row.

>>> fixed_width_strings(np.frombuffer(b"abcdef", dtype=np.uint8).reshape(3, 2)).to_pylist()
['ab', 'cd', 'ef']
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa


def fixed_width_strings(matrix: np.ndarray) -> pa.StringArray:
    """An Arrow ``string`` array whose row ``i`` is the bytes of ``matrix[i]``."""
    rows, width = matrix.shape
    offsets = np.arange(0, (rows + 1) * width, width, dtype=np.int32)
    data = np.ascontiguousarray(matrix, dtype=np.uint8).reshape(-1)
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
