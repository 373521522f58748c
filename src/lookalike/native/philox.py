"""A fresh Philox stream's uniform doubles or raw words, computed by the compiled kernel.

Every random stream of lookalike is numpy's Philox4x64-10 keyed from a
SeedSequence (:mod:`lookalike.randomness`); most draws are ``n`` uniform
doubles from a fresh stream. The kernel computes exactly those doubles (the
tests compare them with numpy's for many keys and lengths) at about twice
numpy's speed. None when the kernels are not built.

>>> import numpy as np
>>> key = np.random.SeedSequence(7).generate_state(2, np.uint64)
>>> fast = uniform(key, 5)
>>> fast is None or bool((fast == np.random.Generator(np.random.Philox(key=key)).random(5)).all())
True
"""

from __future__ import annotations

import ctypes
from functools import lru_cache
from typing import Any

import numpy as np

from lookalike.native.loader import depends, library


@lru_cache(maxsize=2)
def _function(name: str) -> Any:
    compiled = library()
    if compiled is None:
        return None
    function = getattr(compiled, name)
    function.restype = None
    function.argtypes = [ctypes.c_uint64, ctypes.c_uint64, ctypes.c_int64, ctypes.c_void_p]
    return function


depends(_function.cache_clear)


def _stream(name: str, key: np.ndarray, n: int, dtype: type[np.generic]) -> np.ndarray | None:
    """``n`` values of the fresh stream keyed by ``key``, from kernel ``name``."""
    function = _function(name)
    if function is None:
        return None
    out = np.empty(n, dtype=dtype)
    function(int(key[0]), int(key[1]), n, out.ctypes.data)
    return out


def uniform(key: np.ndarray, n: int) -> np.ndarray | None:
    """``Generator(Philox(key=key)).random(n)``, or None without the kernels."""
    return _stream("philox_uniform", key, n, np.float64)


def raw(key: np.ndarray, n: int) -> np.ndarray | None:
    """``Philox(key=key).random_raw(n)`` (uint64 words), or None without the kernels.

    >>> key = np.random.SeedSequence(7).generate_state(2, np.uint64)
    >>> fast = raw(key, 5)
    >>> fast is None or bool((fast == np.random.Philox(key=key).random_raw(5)).all())
    True
    """
    return _stream("philox_raw", key, n, np.uint64)
