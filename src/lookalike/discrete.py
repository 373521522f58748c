"""Exact, fast sampling from finite discrete distributions (Walker's alias method).

One uniform draw per value and three vectorised passes, whatever the number of
outcomes: weighted choices and integer distributions over modest ranges use it
instead of per-value searching or numpy's slower per-element samplers.

>>> table = AliasTable.from_weights([1.0, 0.0, 3.0])
>>> rng = np.random.Generator(np.random.Philox(1))
>>> counts = np.bincount(table.sample(rng, 40_000), minlength=3)
>>> counts[1], round(counts[2] / counts[0])
(np.int64(0), 3)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Integer ranges up to this many values get an exact probability table.
MAX_TABLE = 1 << 16


@dataclass(frozen=True, eq=False)
class AliasTable:
    """Outcome ``i`` of ``[0, k)`` is drawn with probability ``weights[i] / sum``."""

    probability: np.ndarray  # float64, chance of keeping the column drawn
    alias: np.ndarray  # int32, the outcome used otherwise
    uniform: bool = False  # all weights equal: no table lookups needed

    @classmethod
    def from_weights(cls, weights: Sequence[float] | np.ndarray) -> AliasTable:
        """Build with Vose's method (linear time, done once at plan time)."""
        scaled = np.asarray(weights, dtype=np.float64)
        if len(scaled) and np.all(scaled == scaled[0]) and scaled[0] > 0:
            return cls(np.ones(len(scaled)), np.arange(len(scaled), dtype=np.int32), True)
        with np.errstate(over="ignore"):
            total = float(scaled.sum())
        if not 1e-300 < total < 1e300:  # tiny or huge weights: same proportions, no overflow
            scaled = scaled / scaled.max()
            total = float(scaled.sum())
        scaled = scaled * (len(scaled) / total)
        if len(scaled) >= 64:
            from lookalike.native.sampling import alias_build

            built = alias_build(scaled)
            if built is not None:
                return cls(*built)
        # Python floats and lists in the loop: the same IEEE arithmetic as numpy's
        # scalars, without their per-element cost (an event time's 60,000 hourly
        # weights took 40 ms a plan through numpy scalars).
        work: list[float] = scaled.tolist()
        probability = [1.0] * len(work)
        alias = list(range(len(work)))
        small = [i for i, p in enumerate(work) if p < 1.0]
        large = [i for i, p in enumerate(work) if p >= 1.0]
        while small and large:
            low, high = small.pop(), large[-1]
            probability[low] = work[low]
            alias[low] = high
            work[high] -= 1.0 - work[low]
            if work[high] < 1.0:
                small.append(large.pop())
        return cls(np.array(probability), np.array(alias, dtype=np.int32))

    def shares(self) -> np.ndarray:
        """Each outcome's probability, recovered from the table (they sum to 1).

        >>> AliasTable.from_weights([1, 3]).shares().tolist()
        [0.25, 0.75]
        """
        size = len(self.probability)
        kept = np.bincount(np.arange(size), weights=self.probability, minlength=size)
        given = np.bincount(self.alias, weights=1.0 - self.probability, minlength=size)
        shares: np.ndarray = (kept + given) / size
        return shares

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` outcomes as int32."""
        return self.lookup(rng.random(n))

    def lookup(self, uniform: np.ndarray) -> np.ndarray:
        """Outcomes for given uniforms in ``[0, 1)`` (two tables can share one draw)."""
        if not self.uniform and len(uniform) >= 64:
            from lookalike.native.sampling import alias_lookup

            done = alias_lookup(uniform, self.probability, self.alias)
            if done is not None:
                return done
        size = len(self.probability)
        scaled = uniform * size
        column = scaled.astype(np.int32)
        np.minimum(column, size - 1, out=column)
        if self.uniform:
            return column
        keep = (scaled - column) < self.probability[column]
        return np.where(keep, column, self.alias[column])


def _apply(function: object, values: np.ndarray) -> np.ndarray:
    """A scalar math function over an array (plan time only, at most MAX_TABLE values)."""
    return np.fromiter((function(float(v)) for v in values), dtype=np.float64, count=len(values))  # type: ignore[operator]


def _normal_cdf(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + _apply(math.erf, x / math.sqrt(2.0)))


def integer_weights(
    distribution: str,
    low: int,
    high: int,
    mean: float | None,
    stddev: float | None,
    sigma: float | None,
    exponent: float | None,
    truncate: bool = False,
) -> np.ndarray | None:
    """P(value = low + i) for a distribution rounded to integers and clipped to
    ``[low, high]`` (the tails pile up on the bounds) or, with ``truncate``,
    restricted to it (the tails are dropped and the rest renormalised); None
    when the range is too wide for a table."""
    count = high - low + 1
    if count > MAX_TABLE:
        return None
    values = np.arange(low, high + 1, dtype=np.float64)
    span = high - low
    # Cumulative probability at the upper edge of each value, with the last edge at +inf.
    edges = values + 0.5
    if distribution == "normal":
        centre = low + span / 2 if mean is None else mean
        cdf = _normal_cdf((edges - centre) / (stddev or span / 6 or 1.0))
    elif distribution == "lognormal":
        median = mean if mean is not None else low + span / 4
        positive = np.maximum(edges, 1e-300)
        cdf = np.where(
            edges > 0, _normal_cdf((np.log(positive) - math.log(median)) / (sigma or 1.0)), 0.0
        )
    elif distribution == "exponential":
        scale = (mean - low) if mean is not None else (span / 4 or 1.0)
        cdf = np.where(edges > low, 1.0 - np.exp(-(edges - low) / scale), 0.0)
    elif distribution == "poisson":
        lam = max(mean if mean is not None else (low + high) / 2, 1e-12)
        if lam > 1e6:
            return None
        ks = np.arange(0, high + 1, dtype=np.float64)
        pmf = np.exp(-lam + ks * math.log(lam) - _apply(math.lgamma, ks + 1))
        cdf_all = np.cumsum(pmf)
        at = np.maximum(values, 0).astype(np.int64)
        cdf = np.where(values >= 0, cdf_all[at], 0.0)
    elif distribution == "zipf":
        a = exponent or 2.0
        ranks = np.arange(1, count + 1, dtype=np.float64)
        pmf = ranks**-a / _zeta(a)
        cdf = np.cumsum(pmf)
    else:
        return None
    cdf = np.asarray(cdf, dtype=np.float64)
    if truncate:
        below = 0.0 if distribution == "zipf" else _cdf_below(distribution, low, span, mean,
                                                              stddev, sigma)  # fmt: skip
        weights = np.diff(cdf, prepend=below)
        return np.maximum(weights, 0.0)
    cdf[-1] = 1.0
    weights = np.diff(cdf, prepend=0.0)
    return np.maximum(weights, 0.0)


def _cdf_below(
    distribution: str,
    low: int,
    span: int,
    mean: float | None,
    stddev: float | None,
    sigma: float | None,
) -> float:
    """P(value rounds below ``low``): the mass truncation drops on the low side."""
    edge = np.array([low - 0.5])
    if distribution == "normal":
        centre = low + span / 2 if mean is None else mean
        return float(_normal_cdf((edge - centre) / (stddev or span / 6 or 1.0))[0])
    if distribution == "lognormal":
        median = mean if mean is not None else low + span / 4
        if edge[0] <= 0:
            return 0.0
        return float(_normal_cdf((np.log(edge) - math.log(median)) / (sigma or 1.0))[0])
    if distribution == "poisson":
        lam = max(mean if mean is not None else low + span / 2, 1e-12)
        ks = np.arange(0, max(low, 0), dtype=np.float64)
        if not len(ks):
            return 0.0
        return float(np.sum(np.exp(-lam + ks * math.log(lam) - _apply(math.lgamma, ks + 1))))
    return 0.0  # exponential starts at low


def _zeta(a: float, terms: int = 100_000) -> float:
    """Riemann zeta by a partial sum plus the Euler-Maclaurin tail."""
    head = float(np.sum(np.arange(1, terms, dtype=np.float64) ** -a))
    n = float(terms)
    tail: float = n ** (1 - a) / (a - 1) + 0.5 * n**-a + a * n ** (-a - 1) / 12
    return head + tail
