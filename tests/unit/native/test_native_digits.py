"""The compiled phone renderer gives exactly the numbers of the numpy path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from lookalike.kinds.phone import templates_for
from lookalike.native.digits import render

pytestmark = pytest.mark.usefixtures("kernels")

#: The ``both`` fixture (tests/conftest.py): make(), then make() without the kernels.
Both = Callable[[Callable[[], Any]], tuple[Any, Any]]

REGIONS = ["GB", "US", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "PK", "JP", "CN"]


def _cases() -> list[tuple[str, str, bool]]:
    """Every plan the kernel renders: those that exist, with numbers of one length (the
    others take the numpy path by design and are tested there)."""
    cases = []
    for region in REGIONS:
        for kind in ("mobile", "fixed"):
            for safe in (False, True):
                try:
                    templates = templates_for(region, kind, safe)
                except KeyError:
                    continue  # no such plan: reserved fiction ranges exist for a few places
                if len(set(templates.lengths.tolist())) == 1:
                    cases.append((region, kind, safe))
    return cases


@pytest.mark.parametrize(("region", "kind", "safe"), _cases())
def test_every_numbering_plan_renders_the_same(
    region: str, kind: str, safe: bool, both: Both
) -> None:
    templates = templates_for(region, kind, safe)
    rng = np.random.default_rng(7)
    index = rng.integers(0, templates.capacity, 5000, dtype=np.uint64)
    index[:2] = [0, templates.capacity - 1]
    layout = "+00 " + "#" * int(templates.lengths[0])
    fast, slow = both(lambda: templates.at(index, layout))
    assert fast.equals(slow)


def test_a_layout_that_does_not_fit_is_left_to_numpy() -> None:
    templates = templates_for("GB", "mobile", False)
    index = np.arange(3, dtype=np.uint64)
    assert render(index, templates.starts, templates.sizes, templates.digits, "#") is None


@pytest.mark.parametrize(
    "positions",
    [
        ["7", "1234", *["0123456789"] * 8],  # 4 * 10^8 numbers: the multiplying path
        ["7", "12", *["0123456789"] * 10],  # 2 * 10^10, past 2^32: the dividing path
        ["0123456789", "5", "123", "0123456789", "9", "0123456789"],  # fixed digits between
    ],
)
def test_templates_of_every_size_render_the_same(positions: list[str], both: Both) -> None:
    from lookalike.kinds.phone import Templates

    templates = Templates.of([{"positions": positions}, {"positions": ["8"] * len(positions)}])
    rng = np.random.default_rng(11)
    index = rng.integers(0, templates.capacity, 5000, dtype=np.uint64)
    index[:3] = [0, templates.capacity - 2, templates.capacity - 1]
    layout = "(" + "#" * len(positions) + ")"
    fast, slow = both(lambda: templates.at(index, layout))
    assert fast.equals(slow)
    assert fast[2].as_py() == "(" + "8" * len(positions) + ")"  # the last number


def _all_plans() -> list[tuple[str, str, bool]]:
    """Every numbering plan that exists, of one length or several."""
    cases = []
    for region in REGIONS:
        for kind in ("mobile", "fixed"):
            for safe in (False, True):
                try:
                    templates_for(region, kind, safe)
                except KeyError:
                    continue
                cases.append((region, kind, safe))
    return cases


@pytest.mark.parametrize(("region", "kind", "safe"), _all_plans())
def test_random_numbers_are_drawn_the_same(region: str, kind: str, safe: bool, both: Both) -> None:
    templates = templates_for(region, kind, safe)
    template = np.random.default_rng(3).integers(0, len(templates.sizes), 4000)

    def draw() -> Any:
        return templates.sample(np.random.Generator(np.random.Philox(11)), template)

    fast, slow = both(draw)
    assert fast.equals(slow)
