"""The compiled Philox gives numpy's doubles and raw words exactly, for any key and length."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from lookalike.kinds.base import BlockContext
from lookalike.native.philox import raw, uniform
from lookalike.randomness import block_raw, block_rng, block_uniform

pytestmark = pytest.mark.usefixtures("kernels")

#: A compiled stream (None without the kernels), and numpy's.
Stream = Callable[[np.ndarray, int], np.ndarray | None]
Exact = Callable[[np.ndarray, int], np.ndarray]


def _numpy_uniform(key: np.ndarray, n: int) -> np.ndarray:
    return np.random.Generator(np.random.Philox(key=key)).random(n)


def _numpy_raw(key: np.ndarray, n: int) -> np.ndarray:
    words: np.ndarray = np.random.Philox(key=key).random_raw(n)
    return words


#: Each compiled stream beside numpy's own.
STREAMS = pytest.mark.parametrize(
    ("fast", "numpy"), [(uniform, _numpy_uniform), (raw, _numpy_raw)], ids=["uniform", "raw"]
)


@STREAMS
@pytest.mark.parametrize("n", [0, 1, 3, 4, 5, 7, 8, 65_536, 65_539])
def test_any_length_matches_numpy(fast: Stream, numpy: Exact, n: int) -> None:
    for entropy in range(20):
        key = np.random.SeedSequence(entropy).generate_state(2, np.uint64)
        got = fast(key, n)
        assert got is not None
        assert got.dtype == numpy(key, 1).dtype
        np.testing.assert_array_equal(got, numpy(key, n))


@STREAMS
def test_extreme_keys_match_numpy(fast: Stream, numpy: Exact) -> None:
    for words in ([0, 0], [2**64 - 1, 2**64 - 1], [1, 2**63]):
        key = np.array(words, dtype=np.uint64)
        got = fast(key, 1000)
        assert got is not None
        np.testing.assert_array_equal(got, numpy(key, 1000))


def test_block_streams_are_the_generators_streams() -> None:
    ctx = BlockContext(seed=42, table="people", column="email", block=7, start=0, rows=1000)
    np.testing.assert_array_equal(ctx.uniform("style"), ctx.rng("style").random(1000))
    np.testing.assert_array_equal(
        ctx.group_uniform("person", "first"), ctx.group_rng("person", "first").random(1000)
    )
    assert (
        block_uniform(1, "t", "c", 0, "values", 10) == block_rng(1, "t", "c", 0).random(10)
    ).all()


def test_block_raw_words_are_the_generators_words() -> None:
    ctx = BlockContext(seed=42, table="orders", column="code", block=3, start=0, rows=10)
    np.testing.assert_array_equal(ctx.raw(20), ctx.rng().bit_generator.random_raw(20))
    np.testing.assert_array_equal(
        ctx.raw(7, "pattern-prefix"), ctx.rng("pattern-prefix").bit_generator.random_raw(7)
    )
    assert (
        block_raw(1, "t", "c", 0, "values", 9)
        == block_rng(1, "t", "c", 0).bit_generator.random_raw(9)
    ).all()
