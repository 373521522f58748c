"""Derived fields: SQL expressions over the row's other columns (never Python eval)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pyarrow as pa
import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.kinds.derived import arrow_type_named, compile_derived, expression_inputs

Spec = Callable[..., dict[str, Any]]

BASE: dict[str, Any] = {
    "qty": {"kind": "integer", "min_value": 1, "max_value": 9},
    "price": {"kind": "decimal", "min_value": 1, "max_value": 10, "scale": 2},
    "status": {"kind": "choice", "values": ["shipped", "pending"]},
    "first": {"kind": "choice", "values": ["Ann", "Bob"], "weights": [1, 2]},
    "code": {"kind": "pattern", "pattern": "X-##"},
    "when": {"kind": "datetime", "min_value": "2024-01-01", "max_value": "2024-12-31"},
    "day": {"kind": "date", "min_value": "2024-01-01", "max_value": "2024-12-31"},
    "ratio": {"kind": "float", "min_value": 0, "max_value": 1},
}


def _generate(make_spec: Spec, derived: dict[str, Any], rows: int = 2000) -> pa.Table:
    return lookalike.generate(make_spec({**BASE, **derived}, rows=rows))


def test_arithmetic(make_spec: Spec) -> None:
    table = _generate(
        make_spec,
        {
            "total": {"kind": "derived", "expr": "qty * price"},
            "plus": {"kind": "derived", "expr": "qty + 10"},
            "half": {"kind": "derived", "expr": "ratio / 2"},
        },
    )
    rows = table.to_pylist()
    assert pa.types.is_decimal(table.schema.field("total").type)
    assert table.schema.field("plus").type == pa.int64()
    assert table.schema.field("half").type == pa.float64()
    for row in rows:
        assert row["total"] == row["qty"] * row["price"]
        assert row["plus"] == row["qty"] + 10
        assert row["half"] == pytest.approx(row["ratio"] / 2)


def test_string_concatenation(make_spec: Spec) -> None:
    table = _generate(
        make_spec,
        {
            "label": {"kind": "derived", "expr": "first || ' ' || code"},
            "flag": {"kind": "derived", "expr": "status || '!'"},
        },
    )
    assert table.schema.field("label").type == pa.string()
    for row in table.to_pylist():
        assert row["label"] == f"{row['first']} {row['code']}"
        assert row["flag"] == row["status"] + "!"


def test_case_when_gives_nulls_elsewhere(make_spec: Spec) -> None:
    table = _generate(
        make_spec,
        {
            "shipped_at": {"kind": "derived", "expr": "CASE WHEN status = 'shipped' THEN when END"},
            "size": {"kind": "derived", "expr": "CASE WHEN qty > 5 THEN 'big' ELSE 'small' END"},
        },
    )
    assert pa.types.is_timestamp(table.schema.field("shipped_at").type)
    shipped = 0
    for row in table.to_pylist():
        if row["status"] == "shipped":
            shipped += 1
            assert row["shipped_at"] == row["when"]
        else:
            assert row["shipped_at"] is None
        assert row["size"] == ("big" if row["qty"] > 5 else "small")
    assert 0 < shipped < table.num_rows
    assert table.column("shipped_at").null_count == table.num_rows - shipped


@pytest.mark.parametrize(
    ("expr", "type_name", "arrow_type", "check"),
    [
        ("qty", "string", pa.string(), lambda row, v: v == str(row["qty"])),
        ("qty", "float64", pa.float64(), lambda row, v: v == float(row["qty"])),
        ("qty", "int32", pa.int32(), lambda row, v: v == row["qty"]),
        ("qty > 4", "bool", pa.bool_(), lambda row, v: v == (row["qty"] > 4)),
        (
            "qty * price",
            "decimal(12,2)",
            pa.decimal128(12, 2),
            lambda row, v: v == row["qty"] * row["price"],
        ),
        (
            "price",
            "decimal(10, 4)",
            pa.decimal128(10, 4),
            lambda row, v: v == row["price"] and v.as_tuple().exponent == -4,
        ),
        ("day", "string", pa.string(), lambda row, v: v == row["day"].isoformat()),
        ("when", "date", pa.date32(), lambda row, v: v == row["when"].date()),
    ],
)
def test_type_casts(
    make_spec: Spec,
    expr: str,
    type_name: str,
    arrow_type: pa.DataType,
    check: Callable[[dict[str, Any], Any], bool],
) -> None:
    table = _generate(make_spec, {"out": {"kind": "derived", "expr": expr, "type": type_name}})
    assert table.schema.field("out").type == arrow_type
    for row in table.to_pylist()[:500]:
        assert check(row, row["out"]), row


def test_derived_of_derived_in_any_order(make_spec: Spec) -> None:
    table = _generate(
        make_spec,
        {
            "doubled": {"kind": "derived", "expr": "total * 2"},
            "total": {"kind": "derived", "expr": "qty * price"},
        },
    )
    # output keeps the spec's order even though total is computed first
    assert table.column_names[-2:] == ["doubled", "total"]
    for row in table.to_pylist():
        assert row["doubled"] == row["total"] * 2


def test_null_inputs_propagate(make_spec: Spec) -> None:
    spec = make_spec(
        {
            "qty": {"kind": "integer", "min_value": 1, "max_value": 9, "null_rate": 0.5},
            "twice": {"kind": "derived", "expr": "qty * 2"},
        },
        rows=2000,
    )
    table = lookalike.generate(spec)
    for row in table.to_pylist():
        assert row["twice"] == (None if row["qty"] is None else row["qty"] * 2)
    assert table.column("twice").null_count == table.column("qty").null_count > 0


def test_constant_expression_fills_every_row(make_spec: Spec) -> None:
    spec = make_spec(
        {
            "n": {"kind": "sequence"},
            "k": {"kind": "derived", "expr": "40 + 2"},
            "s": {"kind": "derived", "expr": "'x'"},
        },
        rows=70_000,
    )
    table = lookalike.generate(spec)
    assert table.column("k").unique().to_pylist() == [42]
    assert table.column("s").unique().to_pylist() == ["x"]
    assert table.column("k").null_count == 0


def test_expressions_are_sql_not_python(make_spec: Spec) -> None:
    spec = make_spec(
        {
            "qty": {"kind": "integer"},
            "evil": {"kind": "derived", "expr": "__import__('os').system('true')"},
        }
    )
    with pytest.raises(SpecError, match=r"tables\.t\.fields\.evil"):
        lookalike.generate(spec)


def test_expression_inputs() -> None:
    assert expression_inputs("a * b + a", "p") == ("a", "b")
    assert set(expression_inputs("CASE WHEN s = 'x' THEN t END", "p")) == {"s", "t"}
    assert expression_inputs("1 + 2", "p") == ()


def test_compile_derived_infers_the_type() -> None:
    derived = compile_derived("d", "a || 'x'", None, {"a": pa.string()}, "tables.t.fields.d")
    assert derived.arrow_type == pa.string()
    assert derived.depends_on == ("a",)
    result = derived.evaluate({"a": pa.array(["p", "q"])}, 2)
    assert result.to_pylist() == ["px", "qx"]


def test_arrow_type_named() -> None:
    assert arrow_type_named("decimal(10, 2)", "p") == pa.decimal128(10, 2)
    assert arrow_type_named(" INT64 ", "p") == pa.int64()
    assert arrow_type_named("date", "p") == pa.date32()
    with pytest.raises(SpecError, match="decimal\\(p, s\\) needs"):
        arrow_type_named("decimal(50, 2)", "p")
    with pytest.raises(SpecError, match=r"^p: unknown type 'uint128'"):
        arrow_type_named("uint128", "p")


def test_example_from_the_docs(make_spec: Spec) -> None:
    table = lookalike.generate(
        make_spec(
            {
                "quantity": {"kind": "integer", "min_value": 2, "max_value": 2},
                "unit_price": {"kind": "decimal", "min_value": "1.25", "max_value": "1.25"},
                "line_total": {"kind": "derived", "expr": "quantity * unit_price"},
            },
            rows=3,
        )
    )
    assert table.column("line_total").to_pylist() == [Decimal("2.50")] * 3
