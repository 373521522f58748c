"""Strings assembled by the compiled kernel equal those Arrow joins, piece for piece."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import lookalike
from lookalike.api import customise
from lookalike.native.concat import SLACK, Number, Take, concat, padded

pytestmark = pytest.mark.usefixtures("kernels")

#: The ``both`` fixture (tests/conftest.py): make(), then make() without the kernels.
Both = Callable[[Callable[[], Any]], tuple[Any, Any]]


def test_every_kind_of_piece(both: Both) -> None:
    pool = pa.array(["", "ä", "long name", 'quo"te'])[1:]  # a sliced pool
    rows = 500
    rng = np.random.default_rng(3)
    pieces = [
        Take(pool, rng.integers(0, 3, rows)),
        "@",
        pa.array([f"x{i}" for i in range(rows + 7)])[7:],  # a sliced array
        Number(rng.integers(0, 2**64 - 1, rows, dtype=np.uint64)),
        "",
    ]
    fast, slow = both(lambda: concat(pieces, rows))
    assert isinstance(fast, pa.Array)
    assert fast.equals(slow)


@pytest.mark.parametrize("pad", [False, True])
def test_strings_of_every_length_padded_or_not(pad: bool, both: Both) -> None:
    # Lengths 0 to 80 cross every size the kernel copies in one move (4, 8, 16, 32 bytes).
    words = [("abcdefghij" * 9)[:length] for length in range(81)]
    pool = padded(pa.array(words)[3:]) if pad else pa.array(words)[3:]
    rows = 2000
    rng = np.random.default_rng(5)
    index = rng.integers(0, len(pool), rows)
    index[-1] = len(pool) - 1  # the last string, right before the padding
    pieces = [Take(pool, index), "|", pa.array([words[-1]] * rows), Take(pool, index[::-1].copy())]
    fast, slow = both(lambda: concat(pieces, rows))
    assert fast.equals(slow)


def test_a_padded_pool_is_the_same_strings_with_room_after_them() -> None:
    pool = pa.array(["x", "yy", "zzz"])[1:]
    roomy = padded(pool)
    assert roomy.equals(pool)
    assert roomy.buffers()[2].size == len("yyzzz") + SLACK
    assert padded(roomy) is roomy  # already padded: not copied again


def test_arrays_with_nulls_are_left_to_arrow() -> None:
    result = concat([pa.array(["a", None]), "!"], 2)
    assert result.to_pylist() == ["a!", None]


@pytest.mark.parametrize("template", ["person", "user", "company", "ecommerce"])
@pytest.mark.parametrize("locale", ["en_GB", "en_US", "nl_NL", "ja_JP"])
def test_templates_are_the_same_with_and_without_kernels(
    template: str, locale: str, both: Both
) -> None:
    spec = customise(lookalike.load_template(template), locale=locale)

    def make() -> pa.Table:
        return lookalike.generate(spec, rows=3000, seed=4)

    fast, slow = both(make)
    assert isinstance(fast, pa.Table)
    assert fast.equals(slow)
