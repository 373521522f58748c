"""Strict spec loading from YAML, JSON and dicts, and the errors bad specs give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from lookalike.errors import CapacityError, LookalikeError, SpecError
from lookalike.plan import build_plan
from lookalike.spec import (
    MAX_ROWS,
    ChoiceField,
    Dataset,
    DecimalField,
    IntegerField,
    load_spec,
    parse_spec,
    spec_from_dict,
)

SPEC: dict[str, Any] = {
    "name": "shop",
    "seed": 7,
    "locale": "en_GB",
    "reference_time": "2026-01-01T00:00:00Z",
    "tables": {
        "orders": {
            "rows": 25,
            "fields": {
                "id": {"kind": "sequence", "start": 100},
                "qty": {"kind": "integer", "min_value": 1, "max_value": 9, "null_rate": 0.1},
                "price": {"kind": "decimal", "min_value": "0.5", "max_value": "99.99"},
                "status": {"kind": "choice", "values": ["a", "b"], "weights": [3, 1]},
                "code": {"kind": "pattern", "pattern": "ORD-#####", "unique": True},
                "total": {"kind": "derived", "expr": "qty * price"},
            },
        }
    },
}


def test_yaml_and_json_files_load_to_the_same_dataset(tmp_path: Path) -> None:
    yaml_file = tmp_path / "spec.yaml"
    json_file = tmp_path / "spec.json"
    yaml_file.write_text(yaml.safe_dump(SPEC, sort_keys=False), encoding="utf-8")
    json_file.write_text(json.dumps(SPEC, indent=2), encoding="utf-8")

    from_yaml = load_spec(yaml_file)
    from_json = load_spec(json_file)

    from_dict = spec_from_dict(SPEC)
    assert from_yaml.model_dump() == from_json.model_dump() == from_dict.model_dump()
    assert from_yaml.source == str(yaml_file)
    assert from_json.source == str(json_file)
    assert from_dict.source == ""
    assert from_yaml.seed == 7
    assert from_yaml.locale == "en_GB"
    orders = from_yaml.tables["orders"]
    assert orders.rows == 25
    assert list(orders.fields) == ["id", "qty", "price", "status", "code", "total"]
    assert isinstance(orders.fields["qty"], IntegerField)
    assert orders.fields["qty"].null_rate == pytest.approx(0.1)
    assert isinstance(orders.fields["price"], DecimalField)
    assert isinstance(orders.fields["status"], ChoiceField)
    assert orders.fields["code"].unique is True


def test_defaults_are_filled_in() -> None:
    spec = parse_spec("tables: {t: {fields: {n: {kind: integer}}}}")
    assert spec.seed is None
    assert spec.name == "dataset"
    assert spec.locale == "en_US"
    assert spec.reference_time is None
    table = spec.tables["t"]
    assert table.rows == 1000
    field = table.fields["n"]
    assert isinstance(field, IntegerField)
    assert (field.min_value, field.max_value, field.distribution) == (0, 1_000_000, "uniform")
    assert field.null_rate == 0.0
    assert field.unique is False


def test_models_are_frozen() -> None:
    spec = spec_from_dict(SPEC)
    qty = spec.tables["orders"].fields["qty"]
    assert isinstance(qty, IntegerField)
    with pytest.raises(ValueError, match="frozen"):
        qty.min_value = 3  # type: ignore[misc]


def test_load_spec_names_the_file_in_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("tables: {t: {fields: {n: {kind: integr}}}}\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(bad)
    assert caught.value.source == str(bad)
    assert caught.value.path == "tables.t.fields.n.kind"
    assert str(caught.value).startswith(f"{bad}: tables.t.fields.n.kind: unknown kind")


def test_load_spec_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(SpecError, match="file not found; check the path") as caught:
        load_spec(missing)
    assert str(missing) in str(caught.value)


def test_load_spec_unreadable_bytes(tmp_path: Path) -> None:
    binary = tmp_path / "spec.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SpecError, match="cannot read"):
        load_spec(binary)


def test_several_problems_are_counted() -> None:
    text = "tables: {t: {rows: -1, fields: {a: {kind: integer, mn: 1}, b: {kind: nope}}}}"
    with pytest.raises(SpecError, match=r"\(and 2 more problems\)"):
        parse_spec(text)


def test_spec_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="unknown kind") as caught:
        parse_spec("tables: {t: {fields: {n: {kind: nope}}}}")
    assert isinstance(caught.value, LookalikeError)


def _fields(fields: str, rows: int = 10) -> str:
    head = "seed: 1\nreference_time: 2026-01-01T00:00:00Z\n"
    return head + f"tables: {{t: {{rows: {rows}, fields: {{{fields}}}}}}}"


# (id, spec text, error class, substrings every message must contain: where + what + fix)
INVALID: list[tuple[str, str, type[SpecError], tuple[str, ...]]] = [
    ("malformed-yaml", "tables: {t: [}", SpecError, ("invalid YAML at line 1",)),
    ("malformed-yaml-indent", "tables:\n  t:\n rows: 1\n", SpecError, ("invalid YAML at line",)),
    (
        "malformed-json",
        '{"tables": {"t": }}',
        SpecError,
        ("invalid JSON at line 1, column 18", "Expecting value"),
    ),
    ("not-a-mapping", "- a\n- b\n", SpecError, ("must be a mapping", "tables")),
    ("empty-document", "", SpecError, ("must be a mapping",)),
    (
        "unknown-kind",
        _fields("f: {kind: integr}"),
        SpecError,
        ("tables.t.fields.f.kind", "unknown kind 'integr'", "did you mean 'integer'?"),
    ),
    (
        "unknown-kind-lists-kinds",
        _fields("f: {kind: zzzzzz}"),
        SpecError,
        ("tables.t.fields.f.kind", "unknown kind 'zzzzzz'", "known kinds: integer, decimal"),
    ),
    (
        "missing-kind",
        _fields("f: {min_value: 1}"),
        SpecError,
        ("tables.t.fields.f", "missing 'kind'", "choose one of"),
    ),
    (
        "unknown-field-key",
        _fields("f: {kind: integer, mn: 3}"),
        SpecError,
        ("tables.t.fields.f.mn", "unknown key 'mn'", "check its spelling", "min_value"),
    ),
    (
        "unknown-table-key",
        "tables: {t: {rowz: 3, fields: {f: {kind: sequence}}}}",
        SpecError,
        ("tables.t.rowz", "unknown key 'rowz'", "allowed: rows, primary_key, unique, fields"),
    ),
    (
        "unknown-top-key",
        "sed: 3\ntables: {t: {fields: {f: {kind: sequence}}}}",
        SpecError,
        ("sed: unknown key 'sed'", "seed"),
    ),
    (
        "bad-field-name",
        _fields("1st: {kind: sequence}"),
        SpecError,
        ("tables.t.fields.1st", "must start with a letter or _"),
    ),
    ("no-fields", "tables: {t: {fields: {}}}", SpecError, ("tables.t.fields",)),
    ("no-tables", "tables: {}", SpecError, ("tables",)),
    (
        "integer-min-gt-max",
        _fields("f: {kind: integer, min_value: 5, max_value: 1}"),
        SpecError,
        ("tables.t.fields.f", "min_value (5) is greater than max_value (1)", "swap them"),
    ),
    (
        "decimal-min-gt-max",
        _fields("f: {kind: decimal, min_value: 5.5, max_value: 1.25}"),
        SpecError,
        ("tables.t.fields.f", "min_value (5.5) is greater than max_value (1.25)", "swap them"),
    ),
    (
        "float-min-gt-max",
        _fields("f: {kind: float, min_value: 2.0, max_value: 1.0}"),
        SpecError,
        ("tables.t.fields.f", "greater than max_value", "swap them"),
    ),
    (
        "date-min-gt-max",
        _fields("f: {kind: date, min_value: 2024-06-01, max_value: 2024-01-01}"),
        SpecError,
        ("tables.t.fields.f", "min_value (2024-06-01", "is after max_value", "swap them"),
    ),
    (
        "datetime-min-gt-max-relative",
        _fields("f: {kind: datetime, min_value: now, max_value: now-1d}"),
        SpecError,
        ("tables.t.fields.f", "2026-01-01", "is after max_value (2025-12-31", "swap them"),
    ),
    (
        "time-min-gt-max",
        _fields("f: {kind: time, min_value: '18:00', max_value: '09:00'}"),
        SpecError,
        ("tables.t.fields.f", "min_value is after max_value", "swap them"),
    ),
    (
        "uuid-min-gt-max",
        _fields("f: {kind: uuid, version: 7, min_value: now, max_value: now-1y}"),
        SpecError,
        ("tables.t.fields.f", "after max_value", "swap them"),
    ),
    (
        "text-min-gt-max",
        _fields("f: {kind: text, min_count: 9, max_count: 2}"),
        SpecError,
        ("tables.t.fields.f", "min_count is greater than max_count", "swap them"),
    ),
    (
        "choice-weights-zero",
        _fields("f: {kind: choice, values: [a, b], weights: [0, 0]}"),
        SpecError,
        ("tables.t.fields.f", "sum to more than 0"),
    ),
    (
        "choice-weights-negative",
        _fields("f: {kind: choice, values: [a, b], weights: [2, -1]}"),
        SpecError,
        ("tables.t.fields.f", "weights must be >= 0"),
    ),
    (
        "choice-weights-wrong-length",
        _fields("f: {kind: choice, values: [a, b, c], weights: [1, 2]}"),
        SpecError,
        ("tables.t.fields.f", "weights has 2 entries but values has 3", "one weight per value"),
    ),
    (
        "choice-no-values",
        _fields("f: {kind: choice, values: []}"),
        SpecError,
        ("tables.t.fields.f.values",),
    ),
    (
        "rows-negative",
        "tables: {t: {rows: -1, fields: {f: {kind: sequence}}}}",
        SpecError,
        ("tables.t.rows", "rows must be between 0 and 10^12"),
    ),
    (
        "rows-absurd",
        f"tables: {{t: {{rows: {MAX_ROWS + 1}, fields: {{f: {{kind: sequence}}}}}}}}",
        SpecError,
        ("tables.t.rows", "rows must be between 0 and 10^12"),
    ),
    (
        "null-rate-above-one",
        _fields("f: {kind: integer, null_rate: 1.5}"),
        SpecError,
        ("tables.t.fields.f.null_rate", "less than or equal to 1"),
    ),
    (
        "seed-negative",
        "seed: -4\ntables: {t: {fields: {f: {kind: sequence}}}}",
        SpecError,
        ("seed", "greater than or equal to 0"),
    ),
    (
        "sequence-step-zero",
        _fields("f: {kind: sequence, step: 0}"),
        SpecError,
        ("tables.t.fields.f", "step must not be 0", "kind: constant"),
    ),
    (
        "decimal-too-many-places",
        _fields("f: {kind: decimal, min_value: 0.001, max_value: 1, scale: 2}"),
        SpecError,
        ("tables.t.fields.f", "more than scale=2 decimal places", "raise scale or round"),
    ),
    (
        "integer-lognormal-nonpositive-median",
        _fields("f: {kind: integer, distribution: lognormal, mean: -3}"),
        SpecError,
        ("tables.t.fields.f.mean", "lognormal needs a positive median"),
    ),
    (
        "derived-missing-column",
        _fields("f: {kind: integer}, d: {kind: derived, expr: 'f + x'}"),
        SpecError,
        ("tables.t.fields.d.expr", "unknown column 'x'", "columns here: f"),
    ),
    (
        "derived-self-reference",
        _fields("f: {kind: integer}, d: {kind: derived, expr: 'd + 1'}"),
        SpecError,
        ("tables.t.fields.d.expr", "unknown column 'd'"),
    ),
    (
        "derived-cycle",
        _fields(
            "f: {kind: integer}, a: {kind: derived, expr: 'b + 1'}, "
            "b: {kind: derived, expr: 'a + f'}"
        ),
        SpecError,
        ("tables.t.fields", "cycle: a, b", "compute one of them from base fields only"),
    ),
    (
        "derived-unparsable",
        _fields("f: {kind: integer}, d: {kind: derived, expr: 'f +* ('}"),
        SpecError,
        ("tables.t.fields.d", "cannot parse expression"),
    ),
    (
        "derived-unknown-type",
        _fields("f: {kind: integer}, d: {kind: derived, expr: 'f', type: int99}"),
        SpecError,
        ("tables.t.fields.d.type", "unknown type 'int99'", "decimal(p,s)"),
    ),
    (
        "unique-integer-too-small",
        _fields("f: {kind: integer, min_value: 1, max_value: 10, unique: true}", rows=300),
        CapacityError,
        ("tables.t.fields.f", "unique space is 10 but rows is 300", "widen min_value..max_value"),
    ),
    (
        "unique-pattern-too-small",
        _fields("f: {kind: pattern, pattern: 'A-##', unique: true}", rows=101),
        CapacityError,
        ("tables.t.fields.f", "unique space is 100 but rows is 101", "lengthen the pattern"),
    ),
    (
        "unique-choice-too-small",
        _fields("f: {kind: choice, values: [a, b, c], unique: true}", rows=4),
        CapacityError,
        ("tables.t.fields.f", "unique space is 3 but rows is 4", "add more values"),
    ),
    (
        "unique-date-too-small",
        _fields(
            "f: {kind: date, min_value: 2024-01-01, max_value: 2024-01-31, unique: true}", rows=32
        ),
        CapacityError,
        ("tables.t.fields.f", "unique space is 31 but rows is 32", "widen"),
    ),
    (
        "unique-large-counts-are-readable",
        _fields("f: {kind: integer, min_value: 1, max_value: 5000, unique: true}", rows=1_234_567),
        CapacityError,
        ("unique space is 5,000 but rows is 1,234,567",),
    ),
    (
        "unique-float-impossible",
        _fields("f: {kind: float, unique: true}"),
        SpecError,
        ("tables.t.fields.f.unique", "cannot be unique", "sequence, uuid or pattern"),
    ),
    (
        "unique-normal-integer-impossible",
        _fields("f: {kind: integer, distribution: normal, unique: true}"),
        SpecError,
        ("tables.t.fields.f.unique", "cannot be unique", "distribution: uniform"),
    ),
    (
        "unique-text-impossible",
        _fields("f: {kind: text, unique: true}"),
        SpecError,
        ("tables.t.fields.f.unique", "text cannot be unique"),
    ),
    (
        "unique-pattern-without-placeholders",
        _fields("f: {kind: pattern, pattern: 'ABC', unique: true}"),
        SpecError,
        ("tables.t.fields.f.pattern", "no placeholders", "add #"),
    ),
    (
        "unknown-timezone",
        _fields("f: {kind: datetime, timezone: Mars/Olympus_Mons}"),
        SpecError,
        ("tables.t.fields.f.timezone", "unknown timezone 'Mars/Olympus_Mons'", "IANA name"),
    ),
    (
        "bad-time-point",
        _fields("f: {kind: date, min_value: yesterday}"),
        SpecError,
        ("tables.t.fields.f.min_value", "cannot read 'yesterday' as a time", "now-2y"),
    ),
    (
        "bad-relative-unit",
        _fields("f: {kind: datetime, max_value: now+3q}"),
        SpecError,
        ("tables.t.fields.f.max_value", "cannot read 'now+3q' as a time"),
    ),
    (
        "bad-uuid-time-point",
        _fields("f: {kind: uuid, version: 7, min_value: last-week}"),
        SpecError,
        ("tables.t.fields.f.min_value", "cannot read 'last-week'"),
    ),
    (
        "bad-time-of-day",
        _fields("f: {kind: time, min_value: '25:00'}"),
        SpecError,
        ("tables.t.fields.f.min_value", "time"),
    ),
    (
        "integer-beyond-64-bits",
        _fields(f"f: {{kind: integer, max_value: {2**64}}}"),
        SpecError,
        ("tables.t.fields.f", "64 bits"),
    ),
]


@pytest.mark.parametrize(
    ("text", "error", "parts"),
    [pytest.param(text, error, parts, id=name) for name, text, error, parts in INVALID],
)
def test_invalid_specs_fail_with_a_clear_message(
    text: str, error: type[SpecError], parts: tuple[str, ...]
) -> None:
    with pytest.raises(error) as caught:
        build_plan(parse_spec(text))
    message = str(caught.value)
    for part in parts:
        assert part in message, f"{part!r} not in {message!r}"
    assert "\n" not in message.strip(), "a spec error is one line"
    assert "Traceback" not in message


def test_capacity_error_is_a_spec_error_with_a_path() -> None:
    text = _fields("f: {kind: integer, min_value: 1, max_value: 3, unique: true}", rows=4)
    with pytest.raises(CapacityError) as caught:
        build_plan(parse_spec(text))
    assert isinstance(caught.value, SpecError)
    assert caught.value.path == "tables.t.fields.f"


def test_capacity_is_checked_against_a_rows_override() -> None:
    spec = parse_spec(_fields("f: {kind: integer, min_value: 1, max_value: 3, unique: true}", 3))
    assert build_plan(spec).tables["t"].rows == 3
    with pytest.raises(CapacityError, match="unique space is 3 but rows is 4"):
        build_plan(spec, rows=4)


@pytest.mark.parametrize("rows", [-1, MAX_ROWS + 1])
def test_rows_override_is_range_checked(rows: int) -> None:
    spec = parse_spec(_fields("f: {kind: sequence}"))
    with pytest.raises(SpecError, match="rows must be between 0 and 10\\^12"):
        build_plan(spec, rows=rows)


def test_a_valid_spec_with_every_kind_parses() -> None:
    spec = parse_spec(
        _fields(
            "a: {kind: integer}, b: {kind: decimal}, c: {kind: float}, d: {kind: boolean}, "
            "e: {kind: choice, values: [x]}, f: {kind: date}, g: {kind: datetime}, "
            "h: {kind: time}, i: {kind: sequence}, j: {kind: uuid}, k: {kind: pattern, "
            "pattern: '#'}, l: {kind: text}, m: {kind: constant, value: 1}, "
            "n: {kind: derived, expr: 'a + 1'}"
        )
    )
    assert isinstance(spec, Dataset)
    kinds = [field.kind for field in spec.tables["t"].fields.values()]
    assert kinds == [
        "integer",
        "decimal",
        "float",
        "boolean",
        "choice",
        "date",
        "datetime",
        "time",
        "sequence",
        "uuid",
        "pattern",
        "text",
        "constant",
        "derived",
    ]
    plan = build_plan(spec)
    assert plan.tables["t"].schema.names == list("abcdefghijklmn")


def test_a_table_names_its_schema_and_keeps_the_name_through_a_dump() -> None:
    orders = {"schema": "sales", "rows": 2, "fields": {"id": {"kind": "sequence"}}}
    spec = spec_from_dict({"tables": {"orders": orders}})
    assert spec.tables["orders"].db_schema == "sales"
    dumped = spec.model_dump(mode="json", exclude_none=True)
    assert dumped["tables"]["orders"]["schema"] == "sales"
    assert build_plan(spec_from_dict(dumped)).tables["orders"].db_schema == "sales"
