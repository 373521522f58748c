"""integer, decimal and float kinds: ranges, Arrow types and distributions.

Distribution checks use 100,000 values and generous tolerances: they catch a
wrong formula, not sampling noise.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

N = 100_000
Column = Callable[..., pa.ChunkedArray]


def _values(column: pa.ChunkedArray) -> np.ndarray:
    return np.asarray(column.to_numpy(), dtype=np.float64)


def test_integer_uniform_range_and_type(column_of: Column) -> None:
    column = column_of({"kind": "integer", "min_value": -3, "max_value": 3}, rows=N)
    assert column.type == pa.int64()
    values = column.to_numpy()
    assert values.min() == -3
    assert values.max() == 3
    assert set(np.unique(values).tolist()) == set(range(-3, 4))
    counts = np.bincount(values + 3) / N
    assert np.all(np.abs(counts - 1 / 7) < 0.01)


def test_integer_defaults(column_of: Column) -> None:
    values = column_of({"kind": "integer"}, rows=10_000).to_numpy()
    assert values.min() >= 0
    assert values.max() <= 1_000_000
    assert abs(values.mean() - 500_000) < 20_000


def test_integer_single_value_range(column_of: Column) -> None:
    values = column_of({"kind": "integer", "min_value": 9, "max_value": 9}, rows=50)
    assert values.to_pylist() == [9] * 50


def test_integer_extreme_bounds(column_of: Column) -> None:
    low, high = -(2**62), 2**62 - 1
    values = column_of({"kind": "integer", "min_value": low, "max_value": high}, rows=1000)
    as_list = values.to_pylist()
    assert all(low <= v <= high for v in as_list)
    assert any(v < 0 for v in as_list)
    assert any(v > 0 for v in as_list)


@pytest.mark.parametrize(
    ("options", "expected_mean", "tolerance"),
    [
        (
            {
                "distribution": "normal",
                "min_value": 0,
                "max_value": 1000,
                "mean": 400,
                "stddev": 50,
            },
            400,
            1.0,
        ),
        ({"distribution": "normal", "min_value": 0, "max_value": 600}, 300, 2.0),
        ({"distribution": "poisson", "min_value": 0, "max_value": 1000, "mean": 4}, 4, 0.05),
        ({"distribution": "poisson", "min_value": 0, "max_value": 100_000, "mean": 250}, 250, 0.5),
        (
            {"distribution": "exponential", "min_value": 0, "max_value": 100_000, "mean": 50},
            50,
            1.0,
        ),
        (
            {"distribution": "exponential", "min_value": 10, "max_value": 100_000, "mean": 30},
            30,
            0.6,
        ),
    ],
)
def test_integer_distribution_means(
    column_of: Column, options: dict[str, Any], expected_mean: float, tolerance: float
) -> None:
    column = column_of({"kind": "integer", **options}, rows=N)
    assert column.type == pa.int64()
    values = _values(column)
    assert values.min() >= options["min_value"]
    assert values.max() <= options["max_value"]
    assert np.all(values == np.round(values))
    assert abs(values.mean() - expected_mean) < tolerance


def test_integer_normal_spread(column_of: Column) -> None:
    options = {
        "distribution": "normal",
        "min_value": 0,
        "max_value": 1000,
        "mean": 500,
        "stddev": 100,
    }
    values = _values(column_of({"kind": "integer", **options}, rows=N))
    assert abs(values.std() - 100) < 3
    assert abs(np.mean(np.abs(values - 500) <= 100) - 0.6827) < 0.01


def test_integer_lognormal_median(column_of: Column) -> None:
    options = {
        "distribution": "lognormal",
        "min_value": 0,
        "max_value": 10**9,
        "mean": 100,
        "sigma": 0.5,
    }
    values = _values(column_of({"kind": "integer", **options}, rows=N))
    assert abs(np.median(values) - 100) < 2
    assert values.min() >= 0


def test_integer_zipf_follows_a_power_law(column_of: Column) -> None:
    options = {"distribution": "zipf", "min_value": 1, "max_value": 10**6, "exponent": 2.0}
    values = column_of({"kind": "integer", **options}, rows=N).to_numpy()
    assert values.min() >= 1
    share_of_one = np.mean(values == 1)
    share_of_two = np.mean(values == 2)
    assert abs(share_of_one - 6 / np.pi**2) < 0.01  # 1 / zeta(2)
    assert abs(share_of_one / share_of_two - 4) < 0.3  # (2/1) ** exponent


def test_integer_zipf_counts_up_from_min(column_of: Column) -> None:
    options = {"distribution": "zipf", "min_value": 100, "max_value": 10**6, "exponent": 3.0}
    values = column_of({"kind": "integer", **options}, rows=10_000).to_numpy()
    assert values.min() == 100
    assert np.mean(values == 100) > 0.75  # 1 / zeta(3) = 0.83


def test_integer_clipping_piles_up_on_the_bounds(column_of: Column) -> None:
    options = {"distribution": "normal", "min_value": 0, "max_value": 10, "mean": 5, "stddev": 1000}
    values = column_of({"kind": "integer", **options}, rows=N).to_numpy()
    assert values.min() == 0
    assert values.max() == 10
    assert np.mean((values == 0) | (values == 10)) > 0.98


def test_decimal_scale_is_exact(column_of: Column) -> None:
    field = {"kind": "decimal", "min_value": "0.5", "max_value": "999.99", "scale": 2}
    column = column_of(field, rows=10_000)
    assert pa.types.is_decimal(column.type)
    assert column.type.scale == 2
    values = column.to_pylist()
    assert all(isinstance(v, Decimal) for v in values)
    assert all(v.as_tuple().exponent == -2 for v in values)
    assert min(values) >= Decimal("0.5")
    assert max(values) <= Decimal("999.99")
    assert abs(float(np.mean([float(v) for v in values])) - 500.2) < 10


@pytest.mark.parametrize("scale", [0, 1, 4, 9])
def test_decimal_scales(column_of: Column, scale: int) -> None:
    field = {"kind": "decimal", "min_value": -1, "max_value": 1, "scale": scale}
    column = column_of(field, rows=2000)
    assert column.type.scale == scale
    values = column.to_pylist()
    assert all(v.as_tuple().exponent == -scale for v in values)
    assert all(Decimal(-1) <= v <= Decimal(1) for v in values)
    if scale:
        assert any(v < 0 for v in values)
        assert any(v > 0 for v in values)


def test_decimal_precision_fits_the_range(column_of: Column) -> None:
    column = column_of(
        {"kind": "decimal", "min_value": 0, "max_value": "99999.9999", "scale": 4}, rows=10
    )
    assert column.type == pa.decimal128(9, 4)


def test_decimal_normal_distribution(column_of: Column) -> None:
    field = {
        "kind": "decimal",
        "min_value": 0,
        "max_value": 100,
        "scale": 2,
        "distribution": "normal",
        "mean": 40,
        "stddev": 5,
    }
    values = np.array([float(v) for v in column_of(field, rows=N).to_pylist()])
    assert abs(values.mean() - 40) < 0.1
    assert abs(values.std() - 5) < 0.2
    assert values.min() >= 0
    assert values.max() <= 100


def test_float_uniform(column_of: Column) -> None:
    column = column_of({"kind": "float", "min_value": -2.5, "max_value": 7.5}, rows=N)
    assert column.type == pa.float64()
    values = column.to_numpy()
    assert values.min() >= -2.5
    assert values.max() <= 7.5
    assert abs(values.mean() - 2.5) < 0.05
    assert len(np.unique(values)) > N * 0.99


@pytest.mark.parametrize(
    ("options", "expected_mean", "tolerance"),
    [
        (
            {"distribution": "normal", "min_value": 0, "max_value": 10, "mean": 5, "stddev": 1},
            5.0,
            0.02,
        ),
        ({"distribution": "exponential", "min_value": 0, "max_value": 10**6, "mean": 3}, 3.0, 0.06),
        (
            {
                "distribution": "lognormal",
                "min_value": 0,
                "max_value": 10**6,
                "mean": 1,
                "sigma": 0.25,
            },
            np.exp(0.25**2 / 2),
            0.01,
        ),
    ],
)
def test_float_distribution_means(
    column_of: Column, options: dict[str, Any], expected_mean: float, tolerance: float
) -> None:
    values = column_of({"kind": "float", **options}, rows=N).to_numpy()
    assert values.min() >= options["min_value"]
    assert values.max() <= options["max_value"]
    assert abs(values.mean() - expected_mean) < tolerance


def test_float_rounding(column_of: Column) -> None:
    values = column_of({"kind": "float", "max_value": 100.0, "round": 2}, rows=5000).to_numpy()
    assert np.all(np.round(values, 2) == values)
    assert len(np.unique(values)) > 1000
