"""Small statistics extraction shares: children per parent, and distances between samples.

:func:`fit_children` picks the rows-per-parent distribution (fixed, uniform,
poisson or geometric) whose mean and spread are closest to the counts seen.
:func:`ks_statistic` and :func:`total_variation` measure how far a generated
column is from its source (tests and the profile report use them).

>>> fit_children([3, 3, 3])
{'distribution': 'fixed', 'count': 3}
>>> fit_children([0, 1, 5, 9, 0, 2, 14, 1])["distribution"]
'geometric'
>>> round(ks_statistic([1, 2, 3, 4], [1, 2, 3, 4]), 3), total_variation(["a", "b"], ["a", "a"])
(0.0, 0.5)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import polars as pl

#: Share clipped off each end of a numeric distribution.
CLIP = 0.01
#: Quantile cut points kept per numeric column.
POINTS = 101
#: Quantiles need at least this many times ``k`` values (else each cut is one row's value).
QUANTILE_ROWS = 5


def fit_children(counts: Sequence[int] | np.ndarray) -> dict[str, Any]:
    """Options of a ``rows: {per: ...}`` whose mean and spread best match ``counts``.

    Each candidate (fixed, a uniform range with the same mean, poisson, geometric)
    keeps the mean; the one whose standard deviation is nearest wins.
    """
    values = np.asarray(counts, dtype=np.float64)
    if values.size == 0:
        return {"distribution": "poisson", "mean": 3.0}
    mean, spread = float(values.mean()), float(values.std())
    low, high = int(values.min()), int(values.max())
    if spread == 0 or mean <= 0:
        return {"distribution": "fixed", "count": round(mean)}
    top = max(round(2 * mean - low), low)
    width = top - low + 1
    candidates: dict[str, tuple[float, float, dict[str, Any]]] = {
        "fixed": (round(mean), 0.0, {"distribution": "fixed", "count": round(mean)}),
        "uniform": (
            (low + top) / 2,
            ((width**2 - 1) / 12) ** 0.5,
            {"distribution": "uniform", "min": low, "max": top},
        ),
        "poisson": (
            mean,
            mean**0.5,
            {"distribution": "poisson", "mean": round(mean, 4), "max": max(high * 2, high + 10)},
        ),
    }
    if low == 0:
        candidates["geometric"] = (
            mean,
            (mean * (mean + 1)) ** 0.5,
            {"distribution": "geometric", "mean": round(mean, 4), "max": max(high * 2, high + 10)},
        )
    elif "poisson" in candidates:
        candidates["poisson"][2]["min"] = low

    def score(item: tuple[float, float, dict[str, Any]]) -> float:
        return abs(item[0] - mean) / mean + abs(item[1] - spread) / spread

    return min(candidates.values(), key=score)[2]


def _picked(counts: np.ndarray, exponent: float | None) -> np.ndarray:
    """Children per parent, sorted, when ``counts.sum()`` children pick among
    ``counts.size`` parents evenly (None) or by zipf ranks folded like a reference does."""
    rng = np.random.default_rng(0)
    parents, picks = counts.size, int(counts.sum())
    if exponent is None:
        chosen = rng.integers(0, parents, picks)
    else:
        chosen = (rng.zipf(exponent, picks) - 1) % parents
    ordered: np.ndarray = np.sort(np.bincount(chosen, minlength=parents))[::-1]
    return ordered


def fit_reference(counts: Sequence[int] | np.ndarray) -> dict[str, Any]:
    """How a reference should pick parents so children per parent look like ``counts``.

    ``{}`` (evenly) unless zipf-skewed picks (simulated with a fixed seed, noise and
    all) match the sorted counts better; then its ``distribution`` and ``exponent``.

    >>> fit_reference([10, 10, 9, 11, 10, 12, 8, 10])
    {}
    >>> fit_reference([500, 120, 60, 30, 20, 12, 9, 6, 4, 3, 2, 1, 1, 1, 0, 0])["distribution"]
    'zipf'
    """
    values = np.sort(np.asarray(counts, dtype=np.int64))[::-1]
    if values.size < 3 or values.sum() == 0:
        return {}
    if values.sum() > 200_000:  # the shape, not the size, is compared
        values = np.round(values * (200_000 / values.sum())).astype(np.int64)
    observed = np.cumsum(values) / values.sum()

    def gap(exponent: float | None) -> float:
        picked = _picked(values, exponent)
        return float(np.max(np.abs(observed - np.cumsum(picked) / max(picked.sum(), 1))))

    even = gap(None)
    if even <= 0.1:  # even picks already look like this, noise and all
        return {}
    best: tuple[float, dict[str, Any]] = (even / 2, {})  # skew must halve the gap to win
    for exponent in np.arange(1.1, 4.01, 0.1):
        found = gap(float(exponent))
        if found < best[0]:
            best = (found, {"distribution": "zipf", "exponent": round(float(exponent), 2)})
    return best[1]


def quantiles(values: np.ndarray, probabilities: np.ndarray) -> np.ndarray:
    """Linear-interpolated quantiles (numpy's default), from one multi-threaded sort.

    numpy's partition with a hundred cut points is several times slower on millions of rows.

    >>> quantiles(np.arange(11.0), np.array([0.0, 0.25, 1.0])).tolist()
    [0.0, 2.5, 10.0]
    """
    import polars as pl

    ordered = pl.Series(values).sort().to_numpy()
    positions = np.asarray(probabilities, dtype=np.float64) * (len(ordered) - 1)
    low = np.floor(positions).astype(np.int64)
    high = np.minimum(low + 1, len(ordered) - 1)
    share = positions - low
    result: np.ndarray = ordered[low] * (1 - share) + ordered[high] * share
    return result


def ks_statistic(
    source: Sequence[float] | np.ndarray, generated: Sequence[float] | np.ndarray
) -> float:
    """The two-sample Kolmogorov-Smirnov statistic: the largest gap between the two CDFs."""
    a = np.sort(np.asarray(source, dtype=np.float64))
    b = np.sort(np.asarray(generated, dtype=np.float64))
    if a.size == 0 or b.size == 0:
        return 1.0
    grid = np.concatenate([a, b])
    cdf_a = np.searchsorted(a, grid, side="right") / a.size
    cdf_b = np.searchsorted(b, grid, side="right") / b.size
    return float(np.max(np.abs(cdf_a - cdf_b)))


def total_variation(source: Sequence[Any], generated: Sequence[Any]) -> float:
    """Half the L1 distance between the two samples' category frequencies."""
    import polars as pl

    a = pl.Series("v", list(source), dtype=pl.String, strict=False).value_counts(normalize=True)
    b = pl.Series("v", list(generated), dtype=pl.String, strict=False).value_counts(normalize=True)
    joined = a.join(b, on="v", how="full", coalesce=True, nulls_equal=True).fill_null(0.0)
    return float((joined["proportion"] - joined["proportion_right"]).abs().sum() / 2)


def parsed_moments(values: pl.Series, field: dict[str, Any]) -> pl.Series:
    """ISO dates and datetimes sampled as text (JSON has no date type), as Polars moments.

    >>> parsed_moments(pl.Series(["2024-02-29"]), {"kind": "date"}).dtype
    Date
    """
    if values.dtype != pl.String or field.get("kind") not in ("date", "datetime"):
        return values
    if field["kind"] == "date":
        return values.str.to_date(strict=False)
    moments = values.str.to_datetime(strict=False, time_zone="UTC", time_unit="us")
    return moments.dt.replace_time_zone(None)
