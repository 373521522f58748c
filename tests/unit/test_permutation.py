"""Permutation: a keyed bijection of [0, size) (uniqueness by construction)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lookalike.permutation import Permutation

KEYS = st.tuples(*[st.integers(0, 2**64 - 1)] * 4)
SIZES = [
    1,
    2,
    3,
    4,
    5,
    7,
    10,
    15,
    16,
    17,
    255,
    256,
    257,
    1000,
    4095,
    4096,
    4097,
    65_536,
    65_537,
    99_991,
    100_003,
]


def _is_bijection(size: int, key: tuple[int, ...]) -> bool:
    images = Permutation(size=size, key=key).apply(np.arange(size, dtype=np.uint64))
    return bool(np.array_equal(np.sort(images), np.arange(size, dtype=np.uint64)))


@pytest.mark.parametrize("size", SIZES)
def test_bijection_for_chosen_sizes(size: int) -> None:
    assert _is_bijection(size, (1, 2, 3, 4))


@settings(max_examples=60, deadline=None, database=None)
@given(size=st.integers(1, 5000), key=KEYS)
def test_bijection_property(size: int, key: tuple[int, ...]) -> None:
    assert _is_bijection(size, key)


@settings(max_examples=20, deadline=None, database=None)
@given(
    size=st.one_of(
        st.integers(2**20, 2**64),
        st.sampled_from([2**32, 2**32 + 1, 2**62, 2**63, 2**63 + 1, 2**64 - 1, 2**64]),
    ),
    key=KEYS,
    start=st.integers(0, 2**64 - 1),
)
def test_large_spaces_stay_in_range_and_injective(
    size: int, key: tuple[int, ...], start: int
) -> None:
    first = start % size
    count = min(5000, size - first)
    indices = np.arange(count, dtype=np.uint64) + np.uint64(first)
    images = Permutation(size=size, key=key).apply(indices)
    assert images.dtype == np.uint64
    assert int(images.max()) < size
    assert len(np.unique(images)) == count


def test_same_key_same_permutation_and_blocks_compose() -> None:
    permutation = Permutation(size=100_000, key=(9, 8, 7, 6))
    whole = permutation.apply(np.arange(100_000, dtype=np.uint64))
    again = Permutation(size=100_000, key=(9, 8, 7, 6)).apply(np.arange(100_000, dtype=np.uint64))
    assert np.array_equal(whole, again)
    # any slice of indices maps the same way alone, so blocks need no coordination
    part = permutation.apply(np.arange(65_530, 65_545, dtype=np.uint64))
    assert np.array_equal(part, whole[65_530:65_545])


def test_different_keys_give_different_orders() -> None:
    indices = np.arange(1000, dtype=np.uint64)
    a = Permutation(size=1000, key=(1, 2, 3, 4)).apply(indices)
    b = Permutation(size=1000, key=(1, 2, 3, 5)).apply(indices)
    assert not np.array_equal(a, b)


def test_permutation_is_not_the_identity() -> None:
    images = Permutation(size=10_000, key=(1, 2, 3, 4)).apply(np.arange(10_000, dtype=np.uint64))
    assert np.mean(images == np.arange(10_000)) < 0.01


def test_input_is_not_modified() -> None:
    indices = np.arange(10, dtype=np.uint64)
    Permutation(size=10, key=(0, 0, 0, 0)).apply(indices)
    assert indices.tolist() == list(range(10))


@pytest.mark.parametrize("size", [0, -1, 2**64 + 1])
def test_bad_sizes(size: int) -> None:
    with pytest.raises(ValueError, match="permutation"):
        Permutation(size=size, key=(1, 2, 3, 4))
