"""The prepared (memory-mapped) locale files are what their builders return today.

If a builder or the shipped data change, these fail until
``python -m lookalike.locales.prepare`` writes the files again; output bytes
therefore never depend on whether a process used the prepared files.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from lookalike.locales import prepared
from lookalike.locales.prepare import register_builders

register_builders()

CASES = [
    (name, arguments)
    for name, (_, each) in sorted(prepared.BUILDERS.items())
    for arguments in each()
]


def _assert_same(built: Any, loaded: Any, where: str) -> None:
    if isinstance(built, np.ndarray):
        assert isinstance(loaded, np.ndarray), where
        assert loaded.dtype == built.dtype, where
        np.testing.assert_array_equal(loaded, built, err_msg=where)
    elif isinstance(built, pa.Array):
        assert loaded.type == built.type, where
        assert loaded.equals(built), where
    elif dataclasses.is_dataclass(built):
        assert type(loaded) is type(built), where
        for f in dataclasses.fields(built):
            _assert_same(getattr(built, f.name), getattr(loaded, f.name), f"{where}.{f.name}")
    elif isinstance(built, tuple | list):
        assert len(loaded) == len(built), where
        for i, (b, x) in enumerate(zip(built, loaded, strict=True)):
            _assert_same(b, x, f"{where}[{i}]")
    else:
        assert loaded == built, where


def test_every_flagship_locale_has_its_prepared_files() -> None:
    names = {name for name, _ in CASES}
    assert names == {"name_pool", "places", "street_pool", "phone_templates", "phone_areas"}
    for name, arguments in CASES:
        assert (prepared.PREPARED_DIR / prepared.file_name(name, arguments)).is_file()


@pytest.mark.parametrize(("name", "arguments"), CASES, ids=lambda c: str(c))
def test_prepared_file_equals_a_fresh_build(name: str, arguments: tuple[str, ...]) -> None:
    builder, _ = prepared.BUILDERS[name]
    built = builder(*arguments)
    loaded = prepared.load(prepared.PREPARED_DIR / prepared.file_name(name, arguments))
    _assert_same(built, loaded, f"{name}{arguments}")


def test_narrow_and_described_arrays_come_back_exactly(tmp_path: Any) -> None:
    value = {
        "identity": np.arange(5, dtype=np.int32),
        "ones": np.ones(4),
        "coords": np.array([51.5, np.nan, -0.125], dtype=np.float64),
        "codes": np.array([3, 70_000, 1], dtype=np.int64),
        "strings": pa.array(["a", "bé", ""]),
        "scalars": (1, "x", None, True, 2.5),
    }
    path = tmp_path / "value.arrow"
    prepared.save(path, value)
    loaded = prepared.load(path)
    _assert_same(list(value.values()), list(loaded.values()), "value")
    assert loaded["codes"].dtype == np.int64
