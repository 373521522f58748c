"""Keyed pseudo-random permutations of ``[0, size)``: uniqueness by construction.

A unique column maps each row index through a bijection of its value space, so
no two rows can share a value and no set of seen values or retry loop is
needed. The bijection is a balanced Feistel network over the smallest even bit
width that covers ``size``; indices that land outside ``[0, size)`` are walked
through the network again (cycle walking), which stays a bijection of the
smaller domain. All of it is vectorised over a block of indices.

>>> p = Permutation(size=10, key=(1, 2, 3, 4))
>>> sorted(p.apply(np.arange(10)).tolist())
[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

# Four rounds of a well-mixed round function make a strong pseudo-random
# permutation (Luby-Rackoff); more only cost time.
_ROUNDS = 4
#: Below this many values numpy's call overhead is smaller than the kernel's.
_NATIVE_FROM = 64
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


def mix64(values: np.ndarray, round_key: np.uint64) -> np.ndarray:
    """SplitMix64-style finaliser: a cheap, well-spread keyed hash of uint64 values.

    >>> int(mix64(np.array([1], dtype=np.uint64), np.uint64(7))[0]) != 1
    True
    """
    x = values ^ round_key
    x = (x ^ (x >> np.uint64(30))) * _MIX_1
    x = (x ^ (x >> np.uint64(27))) * _MIX_2
    return x ^ (x >> np.uint64(31))


@dataclass(frozen=True)
class Permutation:
    """A bijection of ``[0, size)`` keyed by four 64-bit words."""

    size: int
    key: Sequence[int]
    _half_bits: int = field(init=False)
    _round_keys: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        if self.size < 1:
            raise ValueError("a permutation needs size >= 1")
        if self.size > 2**64:
            raise ValueError("a permutation covers at most 2**64 values")
        bits = max(2, (self.size - 1).bit_length())
        object.__setattr__(self, "_half_bits", (bits + 1) // 2)
        spread = np.random.SeedSequence([int(k) for k in self.key]).generate_state(
            _ROUNDS, dtype=np.uint64
        )
        object.__setattr__(self, "_round_keys", tuple(int(k) for k in spread))

    def _once(self, values: np.ndarray) -> np.ndarray:
        half = np.uint64(self._half_bits)
        mask = np.uint64((1 << self._half_bits) - 1)
        left = values >> half
        right = values & mask
        for round_key in self._round_keys:
            left, right = right, left ^ (mix64(right, np.uint64(round_key)) & mask)
        return (left << half) | right

    def apply(self, indices: np.ndarray) -> np.ndarray:
        """Map indices in ``[0, size)`` to their images, also in ``[0, size)``."""
        if len(indices) >= _NATIVE_FROM:
            from lookalike.native.sampling import permute

            keys = np.array(self._round_keys, dtype=np.uint64)
            done = permute(indices, self.size, self._half_bits, keys)
            if done is not None:
                return done
        with np.errstate(over="ignore"):
            out = self._once(indices.astype(np.uint64))
            if self.size == 1 << (2 * self._half_bits):
                return out
            limit = np.uint64(self.size - 1)
            outside = np.flatnonzero(out > limit)
            while outside.size:
                walked = self._once(out[outside])
                out[outside] = walked
                outside = outside[walked > limit]
        return out
