"""Compiled forms of the two per-value loops every block runs: the keyed permutation
behind unique values, and alias-table lookups behind weighted choices.

Both compute exactly what the numpy versions in :mod:`lookalike.permutation`
and :mod:`lookalike.discrete` compute (integer arithmetic, and the same
double operations in the same order), in one pass instead of a dozen; each
returns None when the kernels are not built.

>>> import numpy as np
>>> out = permute(np.arange(4, dtype=np.uint64), 4, 1, np.array([1, 2, 3, 4], dtype=np.uint64))
>>> out is None or sorted(out.tolist()) == [0, 1, 2, 3]
True
"""

from __future__ import annotations

import ctypes
from functools import lru_cache
from typing import Any

import numpy as np

from lookalike.native.loader import depends, library

_P = ctypes.c_void_p


@lru_cache(maxsize=1)
def _functions() -> tuple[Any, Any, Any] | None:
    compiled = library()
    if compiled is None:
        return None
    return compiled.feistel_permute, compiled.alias_lookup, compiled.birth_days


@lru_cache(maxsize=1)
def _builder() -> Any:
    """The table builder, or None (also from a library built before it was added)."""
    compiled = library()
    return getattr(compiled, "alias_build", None) if compiled is not None else None


depends(_functions.cache_clear)
depends(_builder.cache_clear)


def permute(
    values: np.ndarray, size: int, half_bits: int, round_keys: np.ndarray
) -> np.ndarray | None:
    """The Feistel permutation of ``values`` (uint64 in ``[0, size)``), or None."""
    functions = _functions()
    if functions is None or size > 2**64 - 1:
        return None
    values = np.ascontiguousarray(values, dtype=np.uint64)
    keys = np.ascontiguousarray(round_keys, dtype=np.uint64)
    out = np.empty_like(values)
    failed = functions[0](
        _P(values.ctypes.data), _P(out.ctypes.data), ctypes.c_int64(len(values)),
        ctypes.c_uint64(size), ctypes.c_int32(half_bits), _P(keys.ctypes.data),
        ctypes.c_int32(len(keys)),
    )  # fmt: skip
    return None if failed else out  # out of memory for its work list: numpy does it


def alias_build(scaled: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Vose's alias table (probability float64, alias int32) for weights scaled to
    average 1, as :meth:`lookalike.discrete.AliasTable.from_weights` builds it; or None.
    """
    builder = _builder()
    if builder is None or len(scaled) >= 2**31:
        return None
    work = np.array(scaled, dtype=np.float64)  # a copy: the kernel changes it
    probability = np.empty(len(work), dtype=np.float64)
    alias = np.empty(len(work), dtype=np.int32)
    failed = builder(
        _P(work.ctypes.data), ctypes.c_int64(len(work)), _P(probability.ctypes.data),
        _P(alias.ctypes.data),
    )  # fmt: skip
    return None if failed else (probability, alias)


def alias_lookup(
    uniform: np.ndarray, probability: np.ndarray, alias: np.ndarray
) -> np.ndarray | None:
    """Alias-method outcomes (int32) for the uniforms, or None."""
    functions = _functions()
    if functions is None or probability.dtype != np.float64 or alias.dtype != np.int32:
        return None
    probability, alias = np.ascontiguousarray(probability), np.ascontiguousarray(alias)
    uniform = np.ascontiguousarray(uniform, dtype=np.float64)
    out = np.empty(len(uniform), dtype=np.int32)
    functions[1](
        _P(uniform.ctypes.data), _P(out.ctypes.data), ctypes.c_int64(len(uniform)),
        _P(probability.ctypes.data), _P(alias.ctypes.data), ctypes.c_int32(len(probability)),
    )  # fmt: skip
    return out


def birth_days(
    u_age: np.ndarray,
    u_day: np.ndarray,
    probability: np.ndarray,
    alias: np.ndarray,
    first_day: np.ndarray,
    last_day: np.ndarray,
) -> np.ndarray | None:
    """Birth days (int64, days since 1970) from an age table and two uniforms per
    person, as :attr:`lookalike.kinds.person.PersonLatent.birth` computes them; or None."""
    functions = _functions()
    if functions is None or probability.dtype != np.float64 or alias.dtype != np.int32:
        return None
    probability, alias = np.ascontiguousarray(probability), np.ascontiguousarray(alias)
    first_day = np.ascontiguousarray(first_day, dtype=np.int64)
    last_day = np.ascontiguousarray(last_day, dtype=np.int64)
    u_age = np.ascontiguousarray(u_age, dtype=np.float64)
    u_day = np.ascontiguousarray(u_day, dtype=np.float64)
    out = np.empty(len(u_age), dtype=np.int64)
    functions[2](
        _P(u_age.ctypes.data), _P(u_day.ctypes.data), ctypes.c_int64(len(u_age)),
        _P(probability.ctypes.data), _P(alias.ctypes.data), ctypes.c_int32(len(probability)),
        _P(first_day.ctypes.data), _P(last_day.ctypes.data), _P(out.ctypes.data),
    )  # fmt: skip
    return out
