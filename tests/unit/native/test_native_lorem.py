"""Lorem ipsum joined by the compiled kernel equals what Arrow joins, word for word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import lookalike
from lookalike.native.lorem import lorem_text, plain_words

pytestmark = pytest.mark.usefixtures("kernels")

#: The ``both`` fixture (tests/conftest.py): make(), then make() without the kernels.
Both = Callable[[Callable[[], Any]], tuple[Any, Any]]


@pytest.mark.parametrize("unit", ["words", "sentences"])
@pytest.mark.parametrize(("low", "high"), [(1, 1), (1, 3), (4, 14)])
def test_text_columns_with_and_without_the_kernel(
    unit: str, low: int, high: int, both: Both
) -> None:
    spec = {
        "seed": 5,
        "tables": {"t": {"rows": 70_000, "fields": {"body": {
            "kind": "text", "unit": unit, "min_count": low, "max_count": high, "null_rate": 0.1,
        }}}},
    }  # fmt: skip
    fast, slow = both(lambda: lookalike.generate(spec))
    assert fast.equals(slow)
    assert fast.column("body").null_count > 0


def test_rows_of_no_units_are_empty_strings() -> None:
    pool = pa.array(["ab", "c"])
    text = lorem_text(pool, np.array([1, 0, 0]), np.array([0, 2, 0]), np.array([2, 1]))
    assert text is not None
    assert text.to_pylist() == ["", "C ab. Ab.", ""]
    words = lorem_text(pool, np.array([1, 0]), np.array([0, 2, 0]))
    assert words is not None
    assert words.to_pylist() == ["", "c ab", ""]


def test_only_lowercase_ascii_pools_go_to_the_kernel() -> None:
    assert plain_words(pa.array(["lorem", "ipsum"]))
    assert not plain_words(pa.array(["Lorem"]))
    assert not plain_words(pa.array(["naïve"]))
    assert not plain_words(pa.array(["a", None]))


def test_counts_that_do_not_add_up_are_refused() -> None:
    pool = pa.array(["ab", "c"])
    with pytest.raises(ValueError, match="add up"):
        lorem_text(pool, np.array([0, 1]), np.array([1, 2]), np.array([2]))
    with pytest.raises(ValueError, match="outside"):
        lorem_text(pool, np.array([0, 2]), np.array([2]))
