"""Random numbers addressed by a key and an integer, not by a stream position.

A series gives each entity a fixed offset, drift or outage pattern. Those must
be the same in every block, whichever entities the block holds, so they are
hashes of (key, entity) rather than draws from a block's stream: SplitMix64's
finaliser, vectorised over numpy arrays.

>>> key = name_key(1, "readings", "temperature")
>>> a = hashed_uniform(key, np.arange(3))
>>> bool((a == hashed_uniform(key, np.arange(3))).all()), bool(((a >= 0) & (a < 1)).all())
(True, True)
"""

from __future__ import annotations

import numpy as np

from lookalike.randomness import column_key

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)


def name_key(seed: int, table: str, column: str) -> int:
    """A 64-bit key for hashing, from the seed and the names."""
    return int(column_key(seed, table, column, "hashed")[0])


def mix64(key: int, values: np.ndarray) -> np.ndarray:
    """SplitMix64 of ``key`` combined with each value: well-spread uint64 words."""
    with np.errstate(over="ignore"):
        z = values.astype(np.uint64) * _GOLDEN + np.uint64(key & 0xFFFFFFFFFFFFFFFF)
        z = (z ^ (z >> np.uint64(30))) * _MIX1
        z = (z ^ (z >> np.uint64(27))) * _MIX2
        mixed: np.ndarray = z ^ (z >> np.uint64(31))
    return mixed


def hashed_uniform(key: int, values: np.ndarray) -> np.ndarray:
    """A uniform double in [0, 1) for each value."""
    out: np.ndarray = (mix64(key, values) >> np.uint64(11)).astype(np.float64) * 2.0**-53
    return out


def hashed_normal(key: int, values: np.ndarray) -> np.ndarray:
    """A standard normal for each value (Box-Muller on two hashed uniforms)."""
    first = 1.0 - hashed_uniform(key, values)  # in (0, 1]: the log is finite
    second = hashed_uniform(key ^ 0x5DEECE66D, values)
    out: np.ndarray = np.sqrt(-2.0 * np.log(first)) * np.cos(2.0 * np.pi * second)
    return out
