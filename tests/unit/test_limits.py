"""Plan-time cell widths and the per-block memory budget."""

from __future__ import annotations

import typing
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from pydantic import BaseModel

import lookalike
from lookalike.api import load_template, template_names
from lookalike.errors import SpecError
from lookalike.limits import (
    BUDGET_VARIABLE,
    DEFAULT_BLOCK_BUDGET,
    MAX_CELL_BYTES,
    block_budget,
    parse_bytes,
)
from lookalike.plan import build_plan
from lookalike.spec import fields as kinds
from lookalike.spec import spec_from_dict


def _plan(fields: dict[str, Any], rows: int = 1000, **options: Any) -> Any:
    spec = {"seed": 1, "tables": {"t": {"rows": rows, "fields": fields}}}
    return build_plan(spec_from_dict(spec), **options)


def _measured(table: pa.Table, name: str) -> float:
    """Mean UTF-8 bytes of a column's values as text."""
    column = table.column(name)
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    if not pa.types.is_string(column.type):
        column = column.cast(pa.string())
    mean = pc.mean(pc.binary_length(column)).as_py()
    return float(mean or 0.0)  # all null: a naming system without middle names


def test_estimates_follow_the_parameters_of_each_kind() -> None:
    fields = {
        "colour": {"kind": "choice", "values": ["red", "green", "a much longer colour"],
                   "weights": [8, 1, 1]},
        "flag": {"kind": "constant", "value": "x" * 300},
        "code": {"kind": "pattern", "pattern": "ORD-#####-??"},
        "words": {"kind": "text", "min_count": 10, "max_count": 30},
        "prose": {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 4},
        "label": {"kind": "derived", "expr": "code || ' / ' || colour"},
        "padded": {"kind": "derived", "expr": "LPAD(code, 40, '0')"},
        "n": {"kind": "integer"},
        "when": {"kind": "datetime"},
    }  # fmt: skip
    plan = _plan(fields, rows=20_000)
    table = lookalike.generate({"seed": 1, "tables": {"t": {"rows": 20_000, "fields": fields}}})
    estimate = plan.estimates["t"]
    for name in ["colour", "flag", "code", "words", "prose", "label", "padded"]:
        width = estimate.column(name)
        assert width is not None
        actual = _measured(table, name)
        assert actual * 0.8 <= width.text <= actual * 1.25 + 1, (name, width.text, actual)
        assert width.memory == width.text + 4  # offsets
    assert estimate.column("n").memory == 8
    assert estimate.column("when").memory == 8
    assert estimate.column("colour").fixed == len("redgreena much longer colour")
    assert estimate.block_rows == 20_000
    working = sum(c.working for c in estimate.columns)
    assert working == pytest.approx(
        estimate.column("code").working + estimate.column("words").working
        + estimate.column("prose").working
    )  # fmt: skip
    assert estimate.column("code").working == 4 * 7  # seven placeholders in ORD-#####-??
    assert estimate.block_bytes == pytest.approx(
        20_000 * (estimate.row_bytes + working) + sum(c.fixed for c in estimate.columns)
    )


def test_references_take_their_parents_width() -> None:
    spec = {"seed": 1, "tables": {
        "p": {"rows": 10, "fields": {"id": {"kind": "pattern", "pattern": "P" * 50 + "##"}}},
        "c": {"rows": 100, "fields": {"pid": {"ref": "p.id"},
                                      "twice": {"kind": "derived", "expr": "p.id || p.id"}}},
    }}  # fmt: skip
    estimate = build_plan(spec_from_dict(spec)).estimates["c"]
    widths = {c.name: c.text for c in estimate.columns}
    assert widths["pid"] == 52
    assert widths["twice"] == 104


def _string_attributes() -> dict[str, list[str]]:
    models: dict[str, type[BaseModel]] = {
        "person": kinds.PersonField,
        "address": kinds.AddressField,
        "company": kinds.CompanyField,
        "internet": kinds.InternetField,
    }
    return {
        kind: list(typing.get_args(model.model_fields["attribute"].annotation))
        for kind, model in models.items()
    }


@pytest.mark.parametrize("locale", ["en_GB", "ja_JP", "de_DE"])
def test_realistic_kinds_are_not_underestimated(locale: str) -> None:
    fields = {
        f"{kind}_{attribute}": {"kind": kind, "attribute": attribute}
        for kind, attributes in _string_attributes().items()
        for attribute in attributes
    }
    spec = {"seed": 2, "locale": locale, "tables": {"t": {"rows": 3000, "fields": fields}}}
    table = lookalike.generate(spec)
    estimate = build_plan(spec_from_dict(spec)).estimates["t"]
    for name in table.column_names:
        width = estimate.column(name)
        assert width is not None
        assert _measured(table, name) <= width.text, name


def test_a_block_over_the_budget_is_refused_naming_the_field() -> None:
    wide = {"id": {"kind": "sequence"}, "note": {"kind": "constant", "value": "y" * 5000}}
    with pytest.raises(SpecError, match=r"tables\.t\.fields\.note: a block of 65,536 rows") as e:
        _plan(wide, rows=1_000_000)
    assert "memory budget of 256 MiB" in str(e.value)
    assert "memory_budget=" in str(e.value)
    assert BUDGET_VARIABLE in str(e.value)
    # Fewer rows than a block: the block is smaller, and fits.
    assert _plan(wide, rows=10_000).estimates["t"].block_bytes < DEFAULT_BLOCK_BUDGET
    # The budget can be raised, or lowered, by the caller.
    _plan(wide, rows=1_000_000, memory_budget=2**30)
    with pytest.raises(SpecError, match="over the memory budget of 1 MiB"):
        _plan(wide, rows=10_000, memory_budget=2**20)


def test_the_refusal_says_how_to_fix_the_field() -> None:
    text = {"t": {"kind": "text", "unit": "sentences", "min_count": 900, "max_count": 1000}}
    with pytest.raises(SpecError, match="lower its max_count"):
        _plan(text, rows=1_000_000)
    many = {f"f{i}": {"kind": "integer"} for i in range(1000)}
    with pytest.raises(SpecError, match="its 1,000 fields take about 8,000 bytes per row"):
        _plan(many, rows=1_000_000)
    with pytest.raises(SpecError, match="shorten its pattern"):
        _plan({"p": {"kind": "pattern", "pattern": "#" * 2**21}}, rows=1)


def test_the_environment_sets_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    wide = {"note": {"kind": "constant", "value": "y" * 100}}
    monkeypatch.setenv(BUDGET_VARIABLE, "1MiB")
    assert block_budget() == 2**20
    with pytest.raises(SpecError, match="budget of 1 MiB"):
        _plan(wide, rows=100_000)
    monkeypatch.setenv(BUDGET_VARIABLE, "lots")
    with pytest.raises(SpecError, match=f"{BUDGET_VARIABLE}: 'lots' is not a size"):
        _plan(wide)
    monkeypatch.delenv(BUDGET_VARIABLE)
    assert block_budget() == DEFAULT_BLOCK_BUDGET
    with pytest.raises(SpecError, match="memory_budget must be a positive"):
        _plan(wide, memory_budget=0)


def test_sizes_parse_with_binary_units() -> None:
    assert parse_bytes("256MiB", "x") == 256 * 2**20
    assert parse_bytes("1.5 GB", "x") == int(1.5 * 2**30)
    assert parse_bytes("4096", "x") == 4096
    for bad in ["", "-1", "1 parsec", "0"]:
        with pytest.raises(SpecError):
            parse_bytes(bad, "x")


@pytest.mark.parametrize(
    "field",
    [
        {"kind": "constant", "value": "z" * (MAX_CELL_BYTES + 1)},
        {"kind": "choice", "values": ["a", "b" * (MAX_CELL_BYTES + 1)], "weights": [1e9, 1]},
        {"kind": "pattern", "pattern": "#" * (MAX_CELL_BYTES + 1)},
    ],
)
def test_a_single_cell_cannot_be_wider_than_the_cap(field: dict[str, Any]) -> None:
    with pytest.raises(SpecError, match=r"tables\.t\.fields\.f: a cell would be about"):
        _plan({"f": field}, rows=1)


def test_expressions_across_a_spec_are_bounded_together() -> None:
    many = {f"d{i}": {"kind": "derived", "expr": " + ".join(["a"] * 60)} for i in range(50)}
    with pytest.raises(SpecError, match="terms together"):
        _plan({"a": {"kind": "integer"}, **many})


@pytest.mark.parametrize("name", template_names())
def test_every_template_fits_the_default_budget(name: str) -> None:
    plan = build_plan(load_template(name), rows=1_000_000)
    for table, estimate in plan.estimates.items():
        assert estimate.block_bytes < DEFAULT_BLOCK_BUDGET / 2, table
        assert estimate.text_row_bytes > 0
        assert {c.name for c in estimate.columns} >= set(plan.tables[table].schema.names)
