"""Random streams keyed by name and position, never by order or global state.

Every (seed, table, column, block, purpose) gets its own counter-based Philox
stream, so a block can be generated alone, on any machine, in any order, and
adding or editing one column leaves every other column's stream untouched.

>>> a = block_rng(42, "orders", "qty", 3).integers(0, 100, 3)
>>> b = block_rng(42, "orders", "qty", 3).integers(0, 100, 3)
>>> bool((a == b).all())
True
"""

from __future__ import annotations

import hashlib
import secrets
from functools import lru_cache

import numpy as np

#: Rows per block. Part of the determinism contract: changing it changes output.
BLOCK_ROWS = 65_536


@lru_cache(maxsize=4096)
def stable_hash(name: str) -> int:
    """A 64-bit hash of ``name`` that is the same in every process and release.

    Python's ``hash()`` is salted per process, so it cannot key random streams.

    >>> stable_hash("orders") == stable_hash("orders")
    True
    """
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "little")


def _sequence(
    seed: int, table: str, column: str, block: int, purpose: str
) -> np.random.SeedSequence:
    return np.random.SeedSequence(
        entropy=seed,
        spawn_key=(stable_hash(table), stable_hash(column), block, stable_hash(purpose)),
    )


def block_rng(
    seed: int, table: str, column: str, block: int, purpose: str = "values"
) -> np.random.Generator:
    """The random generator for one column of one block, for one purpose.

    ``purpose`` separates independent draws of the same column (its values, its
    null mask, ...) so that changing the null rate never moves the values.
    """
    return np.random.Generator(np.random.Philox(_sequence(seed, table, column, block, purpose)))


def block_uniform(
    seed: int, table: str, column: str, block: int, purpose: str, n: int
) -> np.ndarray:
    """``block_rng(...).random(n)``: the same doubles, from the compiled Philox when built.

    >>> a = block_uniform(42, "orders", "qty", 3, "values", 4)
    >>> bool((a == block_rng(42, "orders", "qty", 3).random(4)).all())
    True
    """
    from lookalike.native.philox import uniform

    sequence = _sequence(seed, table, column, block, purpose)
    done = uniform(sequence.generate_state(2, np.uint64), n)  # numpy keys Philox so
    if done is not None:
        return done
    return np.random.Generator(np.random.Philox(sequence)).random(n)


def block_raw(seed: int, table: str, column: str, block: int, purpose: str, n: int) -> np.ndarray:
    """``block_rng(...).bit_generator.random_raw(n)``: the same uint64 words, compiled when built.

    >>> a = block_raw(42, "orders", "code", 3, "values", 4)
    >>> bool((a == block_rng(42, "orders", "code", 3).bit_generator.random_raw(4)).all())
    True
    """
    from lookalike.native.philox import raw

    sequence = _sequence(seed, table, column, block, purpose)
    done = raw(sequence.generate_state(2, np.uint64), n)
    if done is not None:
        return done
    words: np.ndarray = np.random.Philox(sequence).random_raw(n)
    return words


def column_key(seed: int, table: str, column: str, purpose: str) -> np.ndarray:
    """Four 64-bit words derived from the names, used to key permutations."""
    sequence = np.random.SeedSequence(
        entropy=seed, spawn_key=(stable_hash(table), stable_hash(column), stable_hash(purpose))
    )
    return sequence.generate_state(4, dtype=np.uint64)


def fresh_seed() -> int:
    """A new random seed for runs that did not give one (printed so it can be reused)."""
    return secrets.randbelow(2**31)
