"""The compiled Philox gives numpy's doubles exactly, for any key and length."""

from __future__ import annotations

import numpy as np
import pytest

from lookalike.kinds.base import BlockContext
from lookalike.native.philox import raw, uniform
from lookalike.randomness import block_raw, block_rng, block_uniform

pytestmark = pytest.mark.usefixtures("kernels")


def _numpy(key: np.ndarray, n: int) -> np.ndarray:
    return np.random.Generator(np.random.Philox(key=key)).random(n)


@pytest.mark.parametrize("n", [0, 1, 3, 4, 5, 7, 8, 65_536, 65_539])
def test_any_length_matches_numpy(n: int) -> None:
    for entropy in range(20):
        key = np.random.SeedSequence(entropy).generate_state(2, np.uint64)
        fast = uniform(key, n)
        assert fast is not None
        np.testing.assert_array_equal(
            fast, np.random.Generator(np.random.Philox(key=key)).random(n)
        )


def test_extreme_keys_match_numpy() -> None:
    for words in ([0, 0], [2**64 - 1, 2**64 - 1], [1, 2**63]):
        key = np.array(words, dtype=np.uint64)
        fast = uniform(key, 1000)
        assert fast is not None
        np.testing.assert_array_equal(
            fast, np.random.Generator(np.random.Philox(key=key)).random(1000)
        )


def test_block_streams_are_the_generators_streams() -> None:
    ctx = BlockContext(seed=42, table="people", column="email", block=7, start=0, rows=1000)
    np.testing.assert_array_equal(ctx.uniform("style"), ctx.rng("style").random(1000))
    np.testing.assert_array_equal(
        ctx.group_uniform("person", "first"), ctx.group_rng("person", "first").random(1000)
    )
    assert (
        block_uniform(1, "t", "c", 0, "values", 10) == block_rng(1, "t", "c", 0).random(10)
    ).all()


@pytest.mark.parametrize("n", [0, 1, 3, 4, 5, 7, 8, 65_536, 65_539])
def test_raw_words_match_numpy(n: int) -> None:
    for entropy in range(20):
        key = np.random.SeedSequence(entropy).generate_state(2, np.uint64)
        fast = raw(key, n)
        assert fast is not None
        assert fast.dtype == np.uint64
        np.testing.assert_array_equal(fast, np.random.Philox(key=key).random_raw(n))
    for words in ([0, 0], [2**64 - 1, 2**64 - 1], [1, 2**63]):
        key = np.array(words, dtype=np.uint64)
        np.testing.assert_array_equal(raw(key, n), np.random.Philox(key=key).random_raw(n))


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
