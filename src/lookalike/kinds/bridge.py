"""Random walks made block by block: knots on a coarse tree, a bridge between them.

A series column must obey the engine's rule that any block can be generated
alone. A walk is a running sum, so the value at a block's first row seems to
need every step before it. Instead, the value at each block boundary (a knot)
is drawn first, on a dyadic tree over all possible knots: the root knot, then
the middle one conditioned on its two ends, and so on down. Reaching any knot
takes ``DEPTH`` conditional draws, each from a stream keyed by the knot's
number, so a block's two knots cost the same wherever it lies. Inside the block
the path is an unconditioned walk from the first knot, corrected to end on the
second (a Brownian, or Ornstein-Uhlenbeck, bridge). The result has exactly the
law of a walk made step by step, and block ``b`` alone equals rows of block
``b`` in a full run, bit for bit.

Paths are the columns of a matrix: one per entity (a sensor, a ticker), or one
per common factor (the market, a sector). Entity ``j`` of ``E`` owns rows
``j, j + E, j + 2E, ...`` (time-major order), so a block holds a run of steps
of every entity, and the knot of entity ``j`` at block boundary ``k`` is its
first step at or after row ``k * B``.

>>> walk = Brownian()
>>> a = entity_paths(walk, 7, "t", "x", block=1, entities=3)
>>> b = entity_paths(walk, 7, "t", "x", block=1, entities=3)
>>> bool((a == b).all()), a.shape
(True, (65536,))
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from lookalike.randomness import BLOCK_ROWS, block_rng

#: Levels of the knot tree: 2**DEPTH blocks of BLOCK_ROWS rows pass 10**12 rows.
DEPTH = 26
_KNOTS = 1 << DEPTH


@dataclass(frozen=True)
class Brownian:
    """A standard random walk: unit variance per step, no pull back."""

    def carry(self, steps: np.ndarray) -> np.ndarray:
        """How much of the value survives ``steps`` steps (the mean factor)."""
        return np.ones_like(steps, dtype=np.float64)

    def spread(self, steps: np.ndarray) -> np.ndarray:
        """Variance added over ``steps`` steps from a known value."""
        return np.asarray(steps, dtype=np.float64)


@dataclass(frozen=True)
class OrnsteinUhlenbeck:
    """A mean-reverting walk around 0: half of a deviation is gone after ``half_life``
    steps, and the long-run variance is ``variance``."""

    half_life: float
    variance: float = 1.0

    @property
    def rate(self) -> float:
        return math.log(2.0) / self.half_life

    def carry(self, steps: np.ndarray) -> np.ndarray:
        return np.exp(-self.rate * np.asarray(steps, dtype=np.float64))

    def spread(self, steps: np.ndarray) -> np.ndarray:
        return -self.variance * np.expm1(-2.0 * self.rate * np.asarray(steps, dtype=np.float64))


Process = Brownian | OrnsteinUhlenbeck


def _normals(seed: int, table: str, column: str, knot: int, paths: int) -> np.ndarray:
    return block_rng(seed, table, column, knot, "series-knot").standard_normal(paths)


def _between(
    process: Process,
    times: tuple[np.ndarray, np.ndarray, np.ndarray],
    ends: tuple[np.ndarray, np.ndarray],
    noise: np.ndarray,
) -> np.ndarray:
    """A draw of the value at the middle time given the values at the two ends."""
    low, mid, high = times
    first, last = ends
    carry_in, spread_in = process.carry(mid - low), process.spread(mid - low)
    carry_out, spread_out = process.carry(high - mid), process.spread(high - mid)
    denominator = carry_out**2 * spread_in + spread_out
    safe = np.where(denominator > 0, denominator, 1.0)
    gain = np.where(denominator > 0, spread_in * carry_out / safe, 0.0)
    mean = carry_in * first + gain * (last - carry_out * carry_in * first)
    variance = np.where(denominator > 0, spread_in * spread_out / safe, 0.0)
    drawn: np.ndarray = mean + np.sqrt(variance) * noise
    return drawn


def knot_values(
    process: Process,
    key: tuple[int, str, str],
    knot_time: Callable[[int], np.ndarray],
    knots: tuple[int, ...],
    paths: int,
) -> dict[int, np.ndarray]:
    """The paths' values at the given knot numbers (0 is the start, value 0).

    ``knot_time(k)`` gives every path's step number at knot ``k``. Each knot's
    draw comes from its own stream, so the result for a knot never depends on
    which other knots were asked for.
    """
    seed, table, column = key
    time_at = knot_time
    zero = np.zeros(paths)
    root = np.sqrt(process.spread(time_at(_KNOTS))) * _normals(seed, table, column, _KNOTS, paths)
    known: dict[int, np.ndarray] = {0: zero, _KNOTS: root}
    for knot in knots:
        low, high = 0, _KNOTS
        while knot not in known:
            mid = (low + high) // 2
            if mid not in known:
                known[mid] = _between(
                    process,
                    (time_at(low), time_at(mid), time_at(high)),
                    (known[low], known[high]),
                    _normals(seed, table, column, mid, paths),
                )
            low, high = (low, mid) if knot < mid else (mid, high)
    return {k: known[k] for k in knots}


def fill(
    process: Process,
    ends: tuple[np.ndarray, np.ndarray],
    first: np.ndarray,
    steps: np.ndarray,
    noise: np.ndarray,
) -> np.ndarray:
    """Bridge each path (a column of ``noise``) between its two knots.

    Path ``j`` starts at row ``first[j]`` with value ``ends[0][j]`` and takes
    ``steps[j]`` steps, driven by ``noise[first[j]:first[j] + steps[j], j]``
    (cells outside that range must be zero), to end on ``ends[1][j]`` at row
    ``first[j] + steps[j]``. Returns one more row than ``noise``.
    """
    start, end = ends
    rows, _paths = noise.shape
    deviation = _forward(process, noise)  # the walk from 0, before conditioning
    index = np.arange(rows + 1, dtype=np.float64)[:, None]
    offset = np.maximum(index - first[None, :], 0.0)
    total = steps.astype(np.float64)[None, :]
    free = process.carry(offset) * start[None, :] + deviation
    last_row = np.minimum(first + steps, rows).astype(np.intp)
    free_end = process.carry(total[0]) * start + deviation[last_row, np.arange(len(first))]
    whole = process.spread(total)
    safe = np.where(whole > 0, whole, 1.0)
    # Past a path's end the weight is unused; clipping keeps carry() finite there.
    remaining = np.maximum(total - offset, 0.0)
    weight = np.where(whole > 0, process.carry(remaining) * process.spread(offset) / safe, 0.0)
    result: np.ndarray = free + weight * (end - free_end)[None, :]
    return result


def _forward(process: Process, noise: np.ndarray) -> np.ndarray:
    """``d[0] = 0; d[i + 1] = carry * d[i] + sqrt(spread) * noise[i]``, column-wise."""
    rows, paths = noise.shape
    out = np.zeros((rows + 1, paths))
    if isinstance(process, Brownian):
        np.cumsum(noise, axis=0, out=out[1:])
        return out
    one = np.array([1.0])
    carry = float(process.carry(one)[0])
    scale = math.sqrt(float(process.spread(one)[0]))
    # Closed form per chunk: d[c + m] = carry^m (d[c] + scale * sum carry^-(l+1) noise[c + l]).
    # Chunks are short enough that carry^-length stays far from overflow.
    length = rows if carry >= 1.0 else max(1, min(rows, int(300.0 / -math.log(carry))))
    for begin in range(0, rows, length):
        stop = min(begin + length, rows)
        powers = carry ** np.arange(1, stop - begin + 1, dtype=np.float64)
        sums = np.cumsum(noise[begin:stop] / powers[:, None], axis=0)
        out[begin + 1 : stop + 1] = powers[:, None] * (out[begin][None, :] + scale * sums)
    return out


def entity_paths(
    process: Process,
    seed: int,
    table: str,
    column: str,
    *,
    block: int,
    entities: int,
    rows: int | None = None,
) -> np.ndarray:
    """One block of ``entities`` interleaved paths, in row order (``rows`` of them).

    Row ``r`` belongs to entity ``r % entities`` at step ``r // entities``. The
    whole block of ``BLOCK_ROWS`` rows is always bridged, so a table's first rows
    do not change when it grows.
    """
    size = BLOCK_ROWS
    begin = block * size
    offset = begin % entities
    width = -(-(offset + size) // entities)
    ids = np.arange(entities, dtype=np.int64)

    def knot_time(k: int) -> np.ndarray:
        return ((k * size - ids + entities - 1) // entities).astype(np.float64)

    values = knot_values(process, (seed, table, column), knot_time, (block, block + 1), entities)
    flat = np.zeros(width * entities)
    flat[offset : offset + size] = block_rng(
        seed, table, column, block, "series-steps"
    ).standard_normal(size)
    noise = flat.reshape(width, entities)
    first = (ids < offset).astype(np.int64)
    steps = (knot_time(block + 1) - knot_time(block)).astype(np.int64)
    path = fill(process, (values[block], values[block + 1]), first, steps, noise)
    out: np.ndarray = path[:width].reshape(-1)[offset : offset + size]
    return out if rows is None else out[:rows]


@lru_cache(maxsize=8)
def block_paths(
    process: Process, seed: int, table: str, column: str, block: int, entities: int
) -> np.ndarray:
    """:func:`entity_paths` of a whole block, kept for the next few calls in this process
    (a return reads the block before it: a sequential run then draws each block once)."""
    paths = entity_paths(process, seed, table, column, block=block, entities=entities)
    paths.setflags(write=False)
    return paths


@lru_cache(maxsize=8)
def block_factors(
    process: Process, seed: int, table: str, column: str, block: int, entities: int, factors: int
) -> tuple[np.ndarray, int]:
    """:func:`factor_paths`, kept like :func:`block_paths`."""
    paths, base = factor_paths(
        process, seed, table, column, block=block, entities=entities, factors=factors
    )
    paths.setflags(write=False)
    return paths, base


def factor_paths(
    process: Process,
    seed: int,
    table: str,
    column: str,
    *,
    block: int,
    entities: int,
    factors: int,
) -> tuple[np.ndarray, int]:
    """Common paths (a market, sectors) at every step a block of ``entities`` touches.

    Returns a matrix with one row per step from the block's first step, and that
    step's number.
    """
    size = BLOCK_ROWS

    def knot_time(k: int) -> np.ndarray:
        return np.full(factors, float((k * size) // entities))

    base, after = (block * size) // entities, ((block + 1) * size) // entities
    last = ((block + 1) * size - 1) // entities
    values = knot_values(process, (seed, table, column), knot_time, (block, block + 1), factors)
    steps = np.full(factors, after - base, dtype=np.int64)
    noise = block_rng(seed, table, column, block, "series-steps").standard_normal(
        (max(after - base, 1), factors)
    )
    if after == base:
        noise[:] = 0.0
    path = fill(
        process, (values[block], values[block + 1]), np.zeros(factors, np.int64), steps, noise
    )
    return path[: last - base + 1], base
