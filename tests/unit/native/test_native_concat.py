"""Strings assembled by the compiled kernel equal those Arrow joins, piece for piece."""

from __future__ import annotations

import os

import numpy as np
import pyarrow as pa
import pytest

import lookalike
from lookalike.api import customise
from lookalike.native import loader
from lookalike.native.concat import Number, Take, concat


def _both(monkeypatch: pytest.MonkeyPatch, make: object) -> tuple[object, object]:
    assert callable(make)
    fast = make()
    monkeypatch.setenv("LOOKALIKE_NATIVE", "0")
    loader.refresh()
    try:
        slow = make()
    finally:
        monkeypatch.delenv("LOOKALIKE_NATIVE")
        loader.refresh()
    return fast, slow


def test_every_kind_of_piece(monkeypatch: pytest.MonkeyPatch) -> None:
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
    fast, slow = _both(monkeypatch, lambda: concat(pieces, rows))
    assert isinstance(fast, pa.Array)
    assert fast.equals(slow)


def test_arrays_with_nulls_are_left_to_arrow() -> None:
    result = concat([pa.array(["a", None]), "!"], 2)
    assert result.to_pylist() == ["a!", None]


@pytest.mark.parametrize("template", ["person", "user", "company", "ecommerce"])
@pytest.mark.parametrize("locale", ["en_GB", "en_US", "nl_NL", "ja_JP"])
def test_templates_are_the_same_with_and_without_kernels(
    template: str, locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = customise(lookalike.load_template(template), locale=locale)

    def make() -> pa.Table:
        return lookalike.generate(spec, rows=3000, seed=4)

    fast, slow = _both(monkeypatch, make)
    assert isinstance(fast, pa.Table)
    assert fast.equals(slow)


@pytest.fixture(autouse=True)
def _kernels_built() -> None:
    # CI builds the kernels; there, their absence is a broken build, not a skip.
    if loader.library() is None:
        if os.environ.get("LOOKALIKE_REQUIRE_SERVICES") == "1":
            pytest.fail("the compiled kernels were not built (LOOKALIKE_REQUIRE_SERVICES=1)")
        pytest.skip("the compiled kernels were not built")
