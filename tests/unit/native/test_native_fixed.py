"""UUIDs and patterns from the compiled kernels equal the numpy path's, byte for byte."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

import lookalike

pytestmark = pytest.mark.usefixtures("kernels")

#: The ``both`` fixture (tests/conftest.py): make(), then make() without the kernels.
Both = Callable[[Callable[[], Any]], tuple[Any, Any]]


def _table(fields: dict[str, Any], rows: int = 70_000) -> Any:
    """Two blocks (the second partial) of a one-table spec, generated afresh."""
    spec = {"seed": 9, "reference_time": "2026-01-01T00:00:00Z",
            "tables": {"t": {"rows": rows, "fields": fields}}}  # fmt: skip
    return lookalike.generate(spec)


@pytest.mark.parametrize(
    "pattern",
    ["ORD-#####-??", "#", "??-**-%%", "^^^-@@@", "plain text", "A#\\#B", "££#é"],
)
def test_patterns(pattern: str, both: Both) -> None:
    fields = {"p": {"kind": "pattern", "pattern": pattern}}
    fast, slow = both(lambda: _table(fields))
    assert fast.equals(slow)


@pytest.mark.parametrize("version", [4, 7])
def test_uuids(version: int, both: Both) -> None:
    fields = {"u": {"kind": "uuid", "version": version},
              "k": {"kind": "uuid", "version": version, "unique": True}}  # fmt: skip
    fast, slow = both(lambda: _table(fields))
    assert fast.equals(slow)
    text = fast.column("u").to_pylist()
    assert all(len(u) == 36 and u[14] == str(version) for u in text[:1000])


def test_uuid_edges() -> None:
    from lookalike.native.fixed import uuid_text as compiled
    from lookalike.strings import uuid_text

    high = np.array([0, 2**64 - 1, 0x0123456789ABCDEF], dtype=np.uint64)
    low = np.array([0, 2**64 - 1, 0xFEDCBA9876543210], dtype=np.uint64)
    slow = uuid_text(high, low)
    fast = compiled(high, low)
    assert fast is not None, "the compiled kernels are built by the install"
    assert fast.equals(slow)
    assert fast.to_pylist()[1] == "ffffffff-ffff-ffff-ffff-ffffffffffff"
