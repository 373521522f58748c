"""Load the compiled kernels (``*.c`` here, one library) once, or report that they are absent.

``LOOKALIKE_NATIVE=0`` turns them off, to compare against the numpy and Arrow
paths, which give the same output.

>>> library() is None or hasattr(library(), "csvfast_encode")
True
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
from collections.abc import Callable
from functools import lru_cache

#: Caches built on top of the library, cleared with it by :func:`refresh`.
_DEPENDENTS: list[Callable[[], None]] = []


@lru_cache(maxsize=1)
def library() -> ctypes.CDLL | None:
    """The compiled library (its calls release the GIL), or None."""
    if os.environ.get("LOOKALIKE_NATIVE", "1") == "0":
        return None
    spec = importlib.util.find_spec("lookalike.native._kernels")
    if spec is None or spec.origin is None:
        return None
    return ctypes.CDLL(spec.origin)


def depends(cache_clear: Callable[[], None]) -> None:
    """Register a cache (of functions looked up in the library) to clear on :func:`refresh`."""
    _DEPENDENTS.append(cache_clear)


def refresh() -> None:
    """Forget the loaded library, so ``LOOKALIKE_NATIVE`` is read again (tests compare)."""
    library.cache_clear()
    for clear in _DEPENDENTS:
        clear()
