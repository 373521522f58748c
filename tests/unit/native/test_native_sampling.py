"""The compiled permutation and alias lookups give numpy's results exactly."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lookalike.discrete import AliasTable
from lookalike.native import loader
from lookalike.permutation import Permutation

pytestmark = pytest.mark.usefixtures("kernels")

#: The ``both`` fixture (tests/conftest.py): make(), then make() without the kernels.
Both = Callable[[Callable[[], Any]], tuple[Any, Any]]


@pytest.mark.parametrize("size", [2, 3, 16, 17, 1000, 2**20, 2**32 + 5, 10**15, 2**62, 2**64 - 1])
def test_permutations_match(size: int, both: Both) -> None:
    permutation = Permutation(size=size, key=(9, 8, 7, size % 1000))
    values = np.unique(np.random.default_rng(size % 97).integers(0, size, 5000, dtype=np.uint64))
    fast, slow = both(lambda: permutation.apply(values))
    assert fast.dtype == slow.dtype == np.uint64
    assert np.array_equal(fast, slow)


def test_a_small_space_is_still_a_bijection() -> None:
    permutation = Permutation(size=1000, key=(1, 2, 3, 4))
    assert sorted(permutation.apply(np.arange(1000, dtype=np.uint64)).tolist()) == list(range(1000))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    st.lists(st.floats(0, 100), min_size=2, max_size=300),
    st.integers(0, 99),
)
def test_alias_lookups_match(weights: list[float], seed: int) -> None:
    assume(sum(weights) > 0)  # specs refuse weights that sum to nothing
    table = AliasTable.from_weights(weights)
    uniform = np.random.default_rng(seed).random(4000)
    uniform[:3] = [0.0, np.nextafter(1.0, 0.0), 0.5]
    fast = table.lookup(uniform)
    os.environ["LOOKALIKE_NATIVE"] = "0"
    loader.refresh()
    try:
        slow = table.lookup(uniform)
    finally:
        del os.environ["LOOKALIKE_NATIVE"]
        loader.refresh()
    assert fast.dtype == slow.dtype == np.int32
    assert np.array_equal(fast, slow)


@pytest.mark.parametrize(("low", "high"), [(18, 90), (0, 0), (0, 120), (65, 66)])
def test_birth_days_match(low: int, high: int, both: Both) -> None:
    import lookalike

    spec = {"seed": 3, "locale": "en_GB", "reference_time": "2024-02-29T12:00:00Z",
            "tables": {"p": {"rows": 70_000, "fields": {
                "born": {"kind": "person", "attribute": "date_of_birth", "min_age": low,
                         "max_age": high},
                "age": {"kind": "person", "attribute": "age", "min_age": low,
                        "max_age": high}}}}}  # fmt: skip
    fast, slow = both(lambda: lookalike.generate(spec))
    assert fast.equals(slow)
    ages = fast.column("age").to_numpy()
    assert ages.min() >= low
    assert ages.max() <= high


@pytest.mark.parametrize("count", [64, 65, 1000, 60_000])
@pytest.mark.parametrize("shape", ["cubed", "zeros", "one_heavy", "tiny"])
def test_alias_tables_are_built_alike(count: int, shape: str, both: Both) -> None:
    rng = np.random.default_rng(count)
    weights = rng.random(count) ** 3
    if shape == "zeros":
        weights[rng.random(count) < 0.5] = 0.0
    elif shape == "one_heavy":
        weights[count // 2] = 1e6
    elif shape == "tiny":
        weights = weights * 1e-305  # rescaled before building
    fast, slow = both(lambda: AliasTable.from_weights(weights))
    assert fast.probability.dtype == slow.probability.dtype == np.float64
    assert fast.alias.dtype == slow.alias.dtype == np.int32
    assert np.array_equal(fast.probability, slow.probability)
    assert np.array_equal(fast.alias, slow.alias)
