"""Field models: defaults, kind tags and the kind registry agree with each other."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pydantic import ValidationError

from lookalike.kinds import load_all_kinds
from lookalike.spec import (
    KIND_NAMES,
    ChoiceField,
    DateField,
    DecimalField,
    FieldBase,
    IntegerField,
    TimeField,
    UuidField,
    fields,
)


def _field_models() -> list[type[FieldBase]]:
    return [
        model
        for model in vars(fields).values()
        if isinstance(model, type) and issubclass(model, FieldBase) and "kind" in model.model_fields
    ]


def test_every_kind_name_has_one_model() -> None:
    tags = sorted(model.model_fields["kind"].default for model in _field_models())
    assert tags == sorted(KIND_NAMES)
    assert len(set(KIND_NAMES)) == len(KIND_NAMES)


def test_every_generated_kind_is_registered() -> None:
    # derived and reference fields are planned across tables, not through the registry.
    assert set(load_all_kinds()) | {"derived", "reference", "aggregate"} == set(KIND_NAMES)


def test_repr_shows_what_was_set() -> None:
    assert repr(IntegerField(min_value=1, max_value=6)) == (
        "IntegerField(kind='integer', min_value=1, max_value=6)"
    )


def test_decimal_bounds_are_exact_decimals() -> None:
    field = DecimalField(min_value=Decimal("0.10"), max_value="99.99")
    assert field.max_value == Decimal("99.99")
    assert field.scale == 2


def test_time_and_date_defaults() -> None:
    assert TimeField().min_value == dt.time(0, 0)
    assert TimeField().max_value == dt.time(23, 59, 59)
    assert DateField().min_value == "now-1y"
    assert DateField().max_value == "now"
    assert UuidField().version == 4


def test_uuid_version_must_be_4_or_7() -> None:
    with pytest.raises(ValidationError):
        UuidField.model_validate({"version": 5})


def test_choice_weights_validated_on_the_model() -> None:
    with pytest.raises(ValidationError, match="one weight per value"):
        ChoiceField(values=["a"], weights=[1, 2])
    assert ChoiceField(values=["a", "b"], weights=[0, 1]).weights == [0, 1]
