"""SpecBuilder: fluent construction, validation and round trips through YAML and JSON."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

import lookalike
from lookalike.errors import SpecError
from lookalike.spec import Dataset, IntegerField, SpecBuilder, parse_spec, spec_from_dict


def _built() -> Dataset:
    spec: Dataset = (
        SpecBuilder(name="shop", seed=11, locale="en_GB")
        .table("customers", rows=5)
        .field("id", "sequence", start=1)
        .field("email", "pattern", pattern="user####@example.com", unique=True)
        .table("orders", rows=20)
        .field("qty", "integer", min_value=1, max_value=5, null_rate=0.25)
        .field("price", "decimal", min_value=Decimal("1.50"), max_value=Decimal("9.99"))
        .field("when", "datetime", min_value="now-1y", max_value="now", timezone="UTC")
        .field("at", "time", min_value="09:00", max_value="17:30")
        .field("status", "choice", values=["new", "paid"], weights=[1, 3])
        .field("total", "derived", expr="qty * price", type="decimal(12,2)")
        .build()
    )
    return spec


def test_builder_builds_a_validated_dataset() -> None:
    spec = _built()
    assert isinstance(spec, Dataset)
    assert (spec.name, spec.seed, spec.locale) == ("shop", 11, "en_GB")
    assert list(spec.tables) == ["customers", "orders"]
    assert spec.tables["orders"].rows == 20
    assert list(spec.tables["orders"].fields) == ["qty", "price", "when", "at", "status", "total"]
    qty = spec.tables["orders"].fields["qty"]
    assert isinstance(qty, IntegerField)
    assert qty.null_rate == 0.25


def test_builder_round_trips_through_dict_yaml_and_json() -> None:
    spec = _built()
    as_dict = spec.model_dump(mode="json", exclude_unset=True)
    assert spec_from_dict(as_dict) == spec
    assert parse_spec(yaml.safe_dump(as_dict, sort_keys=False)) == spec
    assert parse_spec(spec.model_dump_json()) == spec
    assert parse_spec(spec.model_dump_json(indent=2)) == spec


def test_built_spec_generates() -> None:
    spec = _built()
    orders = lookalike.generate(spec, table="orders")
    assert orders.num_rows == 20
    customers = lookalike.generate(spec, table="customers")
    assert customers.column("id").to_pylist() == [1, 2, 3, 4, 5]
    assert len(set(customers.column("email").to_pylist())) == 5


def test_builder_validates_on_build() -> None:
    builder = SpecBuilder().table("t", rows=1).field("n", "integr")
    with pytest.raises(SpecError, match="did you mean 'integer'"):
        builder.build()


def test_builder_needs_a_table_first() -> None:
    with pytest.raises(ValueError, match=r"call \.table\(name\) before \.field"):
        SpecBuilder().field("n", "sequence")


def test_builder_without_seed_leaves_it_unset() -> None:
    spec = SpecBuilder().table("t", rows=1).field("n", "sequence").build()
    assert spec.seed is None
