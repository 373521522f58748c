"""choice, boolean and constant kinds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import lookalike
from lookalike.kinds.choice import scalar_array

N = 100_000
Column = Callable[..., pa.ChunkedArray]


def test_weighted_choice_matches_weights(column_of: Column) -> None:
    values = ["pending", "paid", "shipped", "delivered", "cancelled"]
    weights = [5, 10, 20, 60, 5]
    column = column_of({"kind": "choice", "values": values, "weights": weights}, rows=N)
    counts = Counter(column.to_pylist())
    assert set(counts) == set(values)
    for value, weight in zip(values, weights, strict=True):
        assert abs(counts[value] / N - weight / 100) < 0.01, value


def test_equal_weights_by_default(column_of: Column) -> None:
    column = column_of({"kind": "choice", "values": ["a", "b", "c", "d"]}, rows=N)
    counts = Counter(column.to_pylist())
    assert all(abs(counts[v] / N - 0.25) < 0.01 for v in "abcd")


def test_equal_explicit_weights_are_uniform(column_of: Column) -> None:
    column = column_of({"kind": "choice", "values": ["a", "b"], "weights": [2, 2]}, rows=N)
    assert abs(Counter(column.to_pylist())["a"] / N - 0.5) < 0.01


def test_zero_weight_is_never_drawn(column_of: Column) -> None:
    field = {"kind": "choice", "values": ["x", "never", "y"], "weights": [1, 0, 3]}
    counts = Counter(column_of(field, rows=N).to_pylist())
    assert counts["never"] == 0
    assert abs(counts["y"] / N - 0.75) < 0.01


def test_single_value_choice(column_of: Column) -> None:
    assert column_of({"kind": "choice", "values": ["only"]}, rows=20).to_pylist() == ["only"] * 20


def test_string_choices_are_dictionary_encoded(column_of: Column) -> None:
    column = column_of({"kind": "choice", "values": ["a", "b"]}, rows=10)
    assert column.type == pa.dictionary(pa.int32(), pa.string())


@pytest.mark.parametrize(
    ("values", "arrow_type", "expected"),
    [
        ([1, 2, 3], pa.int64(), {1, 2, 3}),
        ([1.5, 2], pa.float64(), {1.5, 2.0}),
        ([True, False], pa.bool_(), {True, False}),
        ([1, "x"], pa.dictionary(pa.int32(), pa.string()), {"1", "x"}),
        ([True, "x"], pa.dictionary(pa.int32(), pa.string()), {"true", "x"}),
    ],
)
def test_choice_value_types(
    column_of: Column, values: list[Any], arrow_type: pa.DataType, expected: set[Any]
) -> None:
    column = column_of({"kind": "choice", "values": values}, rows=500)
    assert column.type == arrow_type
    assert set(column.to_pylist()) == expected


def test_scalar_array_types() -> None:
    assert scalar_array([1, 2]).type == pa.int64()
    assert scalar_array([1, 2.5]).type == pa.float64()
    assert scalar_array([False]).type == pa.bool_()
    assert scalar_array(["a", 3, True]).to_pylist() == ["a", "3", "true"]


@pytest.mark.parametrize("probability", [0.15, 0.5, 0.9])
def test_boolean_probability(column_of: Column, probability: float) -> None:
    column = column_of({"kind": "boolean", "probability": probability}, rows=N)
    assert column.type == pa.bool_()
    assert abs(np.mean(column.to_numpy(zero_copy_only=False)) - probability) < 0.01


@pytest.mark.parametrize(("probability", "value"), [(0.0, False), (1.0, True)])
def test_boolean_extremes_are_exact(column_of: Column, probability: float, value: bool) -> None:
    column = column_of({"kind": "boolean", "probability": probability}, rows=10_000)
    assert column.to_pylist() == [value] * 10_000


@pytest.mark.parametrize(
    ("value", "arrow_type"),
    [("hello", pa.string()), (42, pa.int64()), (2.5, pa.float64()), (True, pa.bool_())],
)
def test_constant(column_of: Column, value: Any, arrow_type: pa.DataType) -> None:
    column = column_of({"kind": "constant", "value": value}, rows=70_000)
    assert column.type == arrow_type
    assert column.null_count == 0
    assert column.unique().to_pylist() == [value]
    assert len(column) == 70_000


def test_a_cycled_choice_takes_each_value_in_turn(column_of: Any) -> None:
    column = column_of({"kind": "choice", "values": ["a", "b", "c"], "order": "cycle"}, rows=70_000)
    values = column.to_pylist()
    assert values[:7] == ["a", "b", "c", "a", "b", "c", "a"]
    assert values[65_535:65_538] == [["a", "b", "c"][i % 3] for i in range(65_535, 65_538)]


def test_a_cycled_choice_takes_no_weights(make_spec: Any) -> None:
    spec = make_spec(
        {"f": {"kind": "choice", "values": [1, 2], "weights": [1, 2], "order": "cycle"}}
    )
    with pytest.raises(lookalike.SpecError, match="order: cycle takes each value in turn"):
        lookalike.resolve(spec)
