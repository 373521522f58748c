"""Rows given per parent: how many children each parent row has, and which parent a child has.

The children of one parent are consecutive rows of the child table, so a
block of children covers a narrow run of parents. Each parent's count is
drawn from a stream keyed on (seed, child table, parent block): any parent
block's counts can be recomputed alone, and the plan keeps only one running
total per parent block, never one number per parent.

>>> from lookalike.spec import PerParent
>>> layout = ChildLayout.build(
...     seed=1, child="lines", spec=PerParent(per="orders", distribution="fixed", count=2),
...     parent_rows=3, block_rows=65536)
>>> layout.rows
6
>>> parents, positions = layout.parents_of(0, 6)
>>> parents.tolist(), positions.tolist()
([0, 0, 1, 1, 2, 2], [0, 1, 0, 1, 0, 1])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lookalike.errors import SpecError
from lookalike.randomness import block_rng
from lookalike.spec import MAX_ROWS, PerParent

#: Upper bound for open-ended distributions (poisson, geometric, zipf) without ``max``.
_DEFAULT_CEILING = 10**6


@dataclass(frozen=True)
class ChildLayout:
    """Where each parent's children lie in the child table."""

    child: str
    spec: PerParent
    seed: int
    parent_rows: int
    block_rows: int
    ceiling: int  # most children per parent (max, or a distinct reference's capacity)
    offsets: np.ndarray  # child rows before each parent block; one more entry than blocks

    @classmethod
    def build(
        cls,
        *,
        seed: int,
        child: str,
        spec: PerParent,
        parent_rows: int,
        block_rows: int,
        ceiling: int | None = None,
    ) -> ChildLayout:
        """Draw every parent block's counts once, keeping only their running totals."""
        top = spec.max if spec.max is not None else _DEFAULT_CEILING
        if ceiling is not None:
            top = min(top, ceiling)
        blocks = -(-parent_rows // block_rows)
        layout = cls(child, spec, seed, parent_rows, block_rows, top, np.zeros(1, np.int64))
        totals = np.zeros(blocks + 1, dtype=np.int64)
        for block in range(blocks):
            totals[block + 1] = totals[block] + int(layout.counts(block).sum())
        if totals[-1] > MAX_ROWS:
            raise SpecError(
                f"{totals[-1]:,} rows per-parent is more than 10^12; lower the counts",
                path=f"tables.{child}.rows",
            )
        object.__setattr__(layout, "offsets", totals)
        return layout

    @property
    def rows(self) -> int:
        """Child rows in all."""
        return int(self.offsets[-1])

    def counts(self, parent_block: int) -> np.ndarray:
        """Children of each parent row of ``parent_block`` (int64)."""
        first = parent_block * self.block_rows
        size = max(0, min(self.block_rows, self.parent_rows - first))
        spec = self.spec
        rng = block_rng(self.seed, self.child, f"@per:{spec.per}", parent_block, "cardinality")
        if spec.distribution == "fixed":
            drawn = np.full(size, spec.count or 0, dtype=np.int64)
        elif spec.distribution == "uniform":
            drawn = rng.integers(spec.min, (spec.max or spec.min) + 1, size, dtype=np.int64)
        elif spec.distribution == "poisson":
            drawn = rng.poisson(spec.mean or 0.0, size).astype(np.int64)
        elif spec.distribution == "geometric":
            # Failures before the first success: mean (1 - p) / p, so p = 1 / (mean + 1).
            drawn = rng.geometric(1.0 / ((spec.mean or 0.0) + 1.0), size).astype(np.int64) - 1
        else:  # zipf: most parents have few children, a few have many
            drawn = np.minimum(rng.zipf(spec.exponent, size), 2**40).astype(np.int64) - 1
            drawn += spec.min
        return np.clip(drawn, spec.min, max(spec.min, self.ceiling))

    def parents_of(self, first: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """The parent row of child rows ``first..stop-1``, and each child's position under it."""
        if stop <= first:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        low = int(np.searchsorted(self.offsets, first, side="right")) - 1
        high = int(np.searchsorted(self.offsets, stop - 1, side="right")) - 1
        counts = np.concatenate([self.counts(block) for block in range(low, high + 1)])
        ends = self.offsets[low] + np.cumsum(counts)
        rows = np.arange(first, stop, dtype=np.int64)
        which = np.searchsorted(ends, rows, side="right")
        positions = rows - (ends[which] - counts[which])
        return low * self.block_rows + which.astype(np.int64), positions
