"""The error tree: one base class, builtin-compatible, messages that name their place."""

from __future__ import annotations

import pytest

from lookalike.errors import (
    CapacityError,
    LookalikeError,
    OutputError,
    SpecError,
    UnknownFormatError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (SpecError, ValueError),
        (CapacityError, ValueError),
        (OutputError, OSError),
        (UnknownFormatError, ValueError),
    ],
)
def test_hierarchy(error: type[Exception], builtin: type[Exception]) -> None:
    assert issubclass(error, LookalikeError)
    assert issubclass(error, builtin)


def test_capacity_is_a_spec_error() -> None:
    assert issubclass(CapacityError, SpecError)


def test_spec_error_renders_source_and_path() -> None:
    assert str(SpecError("bad")) == "bad"
    assert str(SpecError("bad", path="tables.t")) == "tables.t: bad"
    assert str(SpecError("bad", path="tables.t", source="s.yaml")) == "s.yaml: tables.t: bad"


def test_with_source_keeps_class_and_cause() -> None:
    cause = KeyError("x")
    error = CapacityError("too small", path="tables.t.fields.f")
    error.__cause__ = cause
    clone = error.with_source("spec.yaml")
    assert type(clone) is CapacityError
    assert clone.__cause__ is cause
    assert str(clone) == "spec.yaml: tables.t.fields.f: too small"
    assert (clone.message, clone.path, clone.source) == (
        "too small",
        "tables.t.fields.f",
        "spec.yaml",
    )
