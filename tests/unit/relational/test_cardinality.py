"""Rows per parent: counts per parent block, and each child's parent and position."""

from __future__ import annotations

import numpy as np
import pytest

from lookalike.relational.cardinality import ChildLayout
from lookalike.spec import PerParent


def _layout(spec: PerParent, parents: int = 10_000, block_rows: int = 1000) -> ChildLayout:
    return ChildLayout.build(
        seed=4, child="kids", spec=spec, parent_rows=parents, block_rows=block_rows
    )


@pytest.mark.parametrize(
    ("spec", "mean"),
    [
        (PerParent(per="p", distribution="fixed", count=3), 3.0),
        (PerParent(per="p", distribution="uniform", min=1, max=5), 3.0),
        (PerParent(per="p", distribution="poisson", mean=2.5), 2.5),
        (PerParent(per="p", distribution="geometric", mean=4.0), 4.0),
    ],
)
def test_the_average_follows_the_distribution(spec: PerParent, mean: float) -> None:
    layout = _layout(spec)
    assert layout.rows / 10_000 == pytest.approx(mean, rel=0.05)


def test_min_and_max_bound_every_parent() -> None:
    layout = _layout(PerParent(per="p", distribution="zipf", min=1, max=7, exponent=1.5))
    counts = np.concatenate([layout.counts(b) for b in range(10)])
    assert counts.min() == 1
    assert counts.max() == 7


def test_any_slice_of_children_agrees_with_the_whole() -> None:
    layout = _layout(PerParent(per="p", mean=3))
    parents, positions = layout.parents_of(0, layout.rows)
    assert np.all(np.diff(parents) >= 0)  # children of a parent are consecutive
    counts = np.concatenate([layout.counts(b) for b in range(10)])
    assert np.array_equal(np.bincount(parents, minlength=10_000), counts)
    for first, stop in [(0, 1), (2999, 3013), (layout.rows - 5, layout.rows)]:
        some, where = layout.parents_of(first, stop)
        assert np.array_equal(some, parents[first:stop])
        assert np.array_equal(where, positions[first:stop])


def test_positions_number_each_parents_children_from_zero() -> None:
    layout = _layout(PerParent(per="p", distribution="fixed", count=2), parents=3)
    assert layout.parents_of(1, 5)[1].tolist() == [1, 0, 1, 0]


def test_a_ceiling_caps_open_ended_counts() -> None:
    spec = PerParent(per="p", distribution="poisson", mean=50)
    layout = ChildLayout.build(
        seed=1, child="k", spec=spec, parent_rows=100, block_rows=64, ceiling=10
    )
    assert layout.counts(0).max() == 10
