"""``unlike``: two references to one table never pick the same row (CHECK (a <> b))."""

from __future__ import annotations

from typing import Any

import pytest

from lookalike.api import resolve
from lookalike.errors import SpecError
from lookalike.pipeline import collect_table


def _spec(**assembly: Any) -> dict[str, Any]:
    return {
        "seed": 4,
        "tables": {
            "parts": {"rows": 3, "primary_key": "id", "fields": {"id": {"kind": "sequence"}}},
            "bom": {"rows": 5000, "fields": {
                "assembly": {"ref": "parts.id", "link": "assembly", **assembly},
                "component": {"ref": "parts.id", "link": "component"}}},
        },
    }  # fmt: skip


def test_a_part_is_never_its_own_component() -> None:
    table = collect_table(resolve(_spec(unlike="component")), "bom")
    assembly, component = (table.column(c).to_numpy() for c in ("assembly", "component"))
    assert (assembly != component).all()
    assert set(assembly.tolist()) == {1, 2, 3}  # every part still assembles something
    plain = collect_table(resolve(_spec()), "bom")
    same = plain.column("assembly").to_numpy() == plain.column("component").to_numpy()
    assert same.any()  # the rule is what keeps them apart


@pytest.mark.parametrize(
    ("unlike", "message"),
    [("nothing", "not a reference field"), ("assembly", "different links")],
)
def test_unlike_names_another_reference_to_the_same_table(unlike: str, message: str) -> None:
    with pytest.raises(SpecError, match=message) as caught:
        resolve(_spec(unlike=unlike))
    assert caught.value.path == "tables.bom.fields.assembly.unlike"
