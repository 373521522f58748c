"""Blocks made on several threads at once (a server's stream prefetch) are the same blocks."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from lookalike.api import customise, load_template, resolve
from lookalike.engine import generate_block
from lookalike.plan import Plan

SHOP = Path(__file__).parents[2] / "examples" / "shop.yaml"


def _plans() -> dict[str, Plan]:
    person = customise(load_template("person"), locale="en_GB")
    return {"person": resolve(person, rows=200_000, seed=3), "shop": resolve(SHOP, scale=60)}


@pytest.mark.parametrize("name", ["person", "shop"])
def test_threads_make_the_same_blocks(name: str) -> None:
    plan = _plans()[name]  # fresh plans: lazily loaded data and caches start empty
    jobs = [(table, block) for table, t in plan.tables.items() for block in range(t.blocks)]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda job: generate_block(plan, *job), jobs))
    again = _plans()[name]
    alone = [generate_block(again, *job) for job in jobs]
    assert all(a.equals(b) for a, b in zip(together, alone, strict=True))
