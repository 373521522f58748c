"""Links: which parent row each child row reads, computed a block at a time.

A link is a named pointer from a child row to one row of a parent table; every
reference field of the link (a key column, a composite key's parts, a looked-up
price) reads that same row. How the row is chosen is the link's mode:

- ``per_parent``: the table's rows are given per parent, so the parent is the
  one whose run of children contains the row;
- ``random``: picked evenly (or zipf-skewed) from the parent's rows;
- ``distinct``: within one parent of a per-parent table, different rows for
  different children (junction tables have no duplicate pairs);
- ``unique``: a keyed permutation of the parent's rows (one-to-one);
- ``tree``: a self-reference whose rows fall into levels, each row pointing into
  the level above, so no row is its own ancestor;
- ``joint``: one digit of a composite unique key's permuted index.

>>> link = LinkPlan("boss", "staff", "tree", parent_rows=100, depth=3)
>>> link.level_bounds().tolist()
[4, 21, 100]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from lookalike.permutation import Permutation, mix64
from lookalike.randomness import block_rng

LinkMode = Literal["per_parent", "random", "distinct", "unique", "tree", "joint"]

#: Depth of a self-reference tree whose field does not say.
DEFAULT_DEPTH = 4


@dataclass(frozen=True)
class LinkPlan:
    """One link of a table: its parent and how parent rows are chosen."""

    name: str
    parent: str
    mode: LinkMode
    parent_rows: int
    distribution: Literal["uniform", "zipf"] = "uniform"
    exponent: float = 1.2
    depth: int = DEFAULT_DEPTH
    permutation: Permutation | None = None  # unique, distinct, zipf: scatters ranks
    offset_key: int = 0  # distinct: where each parent's run starts
    unlike: str | None = None  # random: another link whose row this one never equals

    def level_bounds(self) -> np.ndarray:
        """tree: the first row after each level (levels grow geometrically)."""
        rows = self.parent_rows
        bounds = [int(rows ** ((k + 1) / self.depth)) for k in range(self.depth)]
        bounds[-1] = rows
        return np.maximum.accumulate(np.maximum(np.array(bounds, dtype=np.int64), 1))

    def rows_for(
        self,
        *,
        seed: int,
        table: str,
        block: int,
        row_numbers: np.ndarray,
        per_parent: tuple[np.ndarray, np.ndarray] | None,
        joint_digits: dict[str, np.ndarray],
    ) -> np.ndarray:
        """Parent row of each child row (int64; -1 where there is none, e.g. tree roots)."""
        count = len(row_numbers)
        if self.mode == "per_parent":
            assert per_parent is not None
            return per_parent[0]
        if self.mode == "joint":
            return joint_digits[self.name].astype(np.int64)
        if self.mode == "unique":
            assert self.permutation is not None
            return self.permutation.apply(row_numbers.astype(np.uint64)).astype(np.int64)
        if self.mode == "distinct":
            assert per_parent is not None
            assert self.permutation is not None
            owners, positions = per_parent
            size = np.uint64(self.parent_rows)
            with np.errstate(over="ignore"):
                start = mix64(owners.astype(np.uint64), np.uint64(self.offset_key)) % size
            ranks = (start + positions.astype(np.uint64)) % size
            return self.permutation.apply(ranks).astype(np.int64)
        rng = block_rng(seed, table, f"@link:{self.name}", block)
        if self.mode == "tree":
            return self._tree_rows(rng, row_numbers.astype(np.int64))
        if self.distribution == "zipf":
            assert self.permutation is not None
            ranks = (rng.zipf(self.exponent, count).astype(np.uint64) - np.uint64(1)) % np.uint64(
                self.parent_rows
            )
            return self.permutation.apply(ranks).astype(np.int64)
        return rng.integers(0, self.parent_rows, count, dtype=np.int64)

    def _tree_rows(self, rng: np.random.Generator, rows: np.ndarray) -> np.ndarray:
        bounds = self.level_bounds()
        level = np.searchsorted(bounds, rows, side="right")
        above_end = np.where(level > 0, bounds[np.maximum(level - 1, 0)], 0)
        above_start = np.where(level > 1, bounds[np.maximum(level - 2, 0)], 0)
        picks = above_start + (rng.random(len(rows)) * (above_end - above_start)).astype(np.int64)
        return np.where(level > 0, picks, -1)


def apply_unlike(links: tuple[LinkPlan, ...], rows: dict[str, np.ndarray]) -> None:
    """Move each ``unlike`` link off the row its other link picked, to the next row
    (in place): still a valid parent, never the same one.

    >>> link = LinkPlan("a", "p", "random", parent_rows=3, unlike="b")
    >>> rows = {"a": np.array([0, 1, 2]), "b": np.array([0, 2, 2])}
    >>> apply_unlike((link,), rows)
    >>> rows["a"].tolist()
    [1, 1, 0]
    """
    for link in links:
        if link.unlike is not None:
            mine, other = rows[link.name], rows[link.unlike]
            rows[link.name] = np.where(mine == other, (mine + 1) % link.parent_rows, mine)
