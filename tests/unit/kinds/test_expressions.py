"""Derived expressions are bounded before the engine sees them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import lookalike
from lookalike.errors import SpecError
from lookalike.kinds.derived import compile_derived
from lookalike.kinds.expressions import (
    ALLOWED_FUNCTIONS,
    MAX_CHARS,
    MAX_DEPTH,
    MAX_NODES,
    check_expression,
    string_width,
    tokenize,
)

ROOT = Path(__file__).resolve().parents[3]
KNOWN = {"a": pa.int64(), "b": pa.int64(), "s": pa.string(), "d": pa.date32()}


def _shipped_expressions() -> list[str]:
    found = []
    folders = [ROOT / "examples", ROOT / "src" / "lookalike" / "data" / "templates"]
    for path in sorted(p for folder in folders for p in folder.glob("*.yaml")):
        for table in (yaml.safe_load(path.read_text()).get("tables") or {}).values():
            found += [f["expr"] for f in table["fields"].values() if f.get("kind") == "derived"]
    return found


SHIPPED = _shipped_expressions()


def test_every_shipped_expression_passes_and_is_understood() -> None:
    assert len(SHIPPED) >= 10
    for expr in SHIPPED:
        shape = check_expression(expr, "p")
        assert shape.understood, expr
        assert shape.depth <= MAX_DEPTH, expr


@pytest.mark.parametrize(
    "expr",
    [
        "a + b", "s || '-' || a", "CASE WHEN a > 5 THEN 'big' ELSE 'small' END",
        "ROUND(a * 1.2, 2)", "CAST(a AS VARCHAR)", "a::DOUBLE", "COALESCE(a, b, 0)",
        "UPPER(LEFT(REPLACE(s, ' ', ''), 4))", "LPAD(CAST(a AS VARCHAR), 6, '0')",
        "EXTRACT(YEAR FROM d)", "DATE_PART('month', d)", "STRFTIME(d, '%Y-%m')",
        "d + INTERVAL '1 day'", "a IN (1, 2, 3)", "a NOT BETWEEN 1 AND 9", "s LIKE 'x%'",
        "a IS NOT NULL AND b IS NULL", "NULLIF(a, 0)", "GREATEST(a, b)", "-a + +b",
        "SUBSTR(s, 1, 2)", "s ILIKE '%a%' OR s NOT LIKE 'b%'", "a % 7 = 0",
        "CAST(d AS TIMESTAMP WITH TIME ZONE)", "a::BIGINT::VARCHAR || 'x'",
        "CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' END", "a /* why */ + 1 -- note",
    ],
)  # fmt: skip
def test_ordinary_expressions_compile(expr: str) -> None:
    assert check_expression(expr, "p").nodes <= MAX_NODES
    compile_derived("x", expr, None, KNOWN, "tables.t.fields.x")


def test_a_flat_sum_of_ten_thousand_terms_is_refused_by_its_length() -> None:
    expr = " + ".join(["a"] * 10_000)
    with pytest.raises(SpecError, match=r"tables\.t\.fields\.x\.expr: expression is 39,997 ch"):
        compile_derived("x", expr, None, KNOWN, "tables.t.fields.x")


def test_chains_are_bounded_by_depth() -> None:
    at_limit = "+".join(["a"] * MAX_DEPTH)
    assert check_expression(at_limit, "p").depth == MAX_DEPTH
    compile_derived("x", at_limit, None, KNOWN, "p")
    over = "+".join(["a"] * (MAX_DEPTH + 1))
    assert len(over) < MAX_CHARS
    with pytest.raises(SpecError, match=f"nests {MAX_DEPTH + 1} levels deep.*limit is {MAX_DEPTH}"):
        check_expression(over, "tables.t.fields.x")
    long = "+".join(["a"] * 2400)  # under the length limit, far over the depth
    with pytest.raises(SpecError, match="levels deep"):
        check_expression(long, "p")


def test_case_branches_count_as_levels() -> None:
    def case(branches: int) -> str:
        return "CASE " + " ".join(f"WHEN a = {i} THEN {i}" for i in range(branches)) + " END"

    compile_derived("x", case(MAX_DEPTH - 2), None, KNOWN, "p")
    with pytest.raises(SpecError, match="levels deep"):
        check_expression(case(MAX_DEPTH + 1), "p")


def test_terms_are_bounded() -> None:
    fits = "a IN (" + ", ".join(str(i) for i in range(MAX_NODES - 3)) + ")"
    compile_derived("x", fits, None, KNOWN, "p")
    too_many = "a IN (" + ", ".join(str(i) for i in range(MAX_NODES + 10)) + ")"
    with pytest.raises(SpecError, match=f"terms; the limit is {MAX_NODES:,}"):
        check_expression(too_many, "p")


@pytest.mark.parametrize(
    "expr",
    [
        "NOT " * 1200 + "a", "- " * 2400 + "a", "(" * 2000 + "a" + ")" * 2000,
        "abs(" * 900 + "a" + ")" * 900, "[" * 2400 + "]" * 2400,
        "CASE WHEN " * 400 + "a",
    ],
)  # fmt: skip
def test_deep_nesting_is_refused_without_recursing(expr: str) -> None:
    with pytest.raises(SpecError, match="deep"):
        check_expression(expr, "p")


@pytest.mark.parametrize(
    "expr",
    [
        "NOW()", "now()", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP",
        "localtime", "CURRENT_TIMESTAMP()", "RANDOM()", "rand()", "UUID()", "gen_random_uuid()",
        "d + (NOW() - d)", "CASE WHEN a > 1 THEN CURRENT_DATE END", "GETDATE()", "SYSDATE",
    ],
)  # fmt: skip
def test_clock_and_randomness_are_refused(expr: str) -> None:
    with pytest.raises(SpecError, match=r"not deterministic.*reference time"):
        compile_derived("x", expr, None, KNOWN, "tables.t.fields.x")


def test_a_column_called_now_is_still_a_column(make_spec: Any) -> None:
    spec = make_spec({
        "now": {"kind": "integer", "min_value": 1, "max_value": 3},
        "later": {"kind": "derived", "expr": "now + 1"},
    })  # fmt: skip
    table = lookalike.generate(spec)
    assert set(table.column("later").to_pylist()) <= {2, 3, 4}


@pytest.mark.parametrize(
    ("expr", "message"),
    [
        ("SUM(a)", "SUM combines rows \\(an aggregate\\)"),
        ("count(*)", "COUNT combines rows"),
        ("a - LAG(a) OVER (ORDER BY a)", "LAG combines rows \\(a window function\\)"),
        ("ROW_NUMBER() OVER ()", "ROW_NUMBER combines rows"),
        ("(SELECT 1)", "SELECT: subqueries are not allowed"),
        ("(WITH q AS (SELECT 1) SELECT * FROM q)", "subqueries are not allowed"),
        ("a IN (SELECT b FROM t)", "subqueries are not allowed"),
        ("EXISTS (SELECT 1)", "subqueries"),
        ("UNNEST([1, 2])", "UNNEST combines rows"),
        ("COLUMNS('a')", "function COLUMNS is not allowed"),
        ("md5(s)", "function MD5 is not allowed"),
        ("pg_sleep(10)", "function PG_SLEEP is not allowed"),
        ("a.upper()", "method call"),
        ("LPAD(s, 1000000000, 'x')", "LPAD length 1,000,000,000 is over the limit"),
        ("RPAD(s, a)", "RPAD needs a whole-number length"),
        ("a + (b", "never closed"),
        ("a + b)", "unbalanced"),
        ("'unclosed", "unclosed ' quote"),
    ],
)
def test_what_an_expression_may_not_do(expr: str, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        compile_derived("x", expr, None, KNOWN, "tables.t.fields.x")


def test_allowed_functions_are_deterministic_row_functions() -> None:
    import polars as pl

    assert {"round", "coalesce", "upper", "lpad", "strftime"} <= ALLOWED_FUNCTIONS
    assert not {"now", "random", "sum", "row_number", "unnest"} & ALLOWED_FUNCTIONS
    # Each allowed function on a column gives one value per row (never an aggregate).
    frame = pl.DataFrame({"a": [1, 2, 3]})
    for name in ["abs", "sign", "sqrt", "ln", "floor", "degrees"]:
        assert frame.select(pl.sql_expr(f"{name}(a)")).height == 3


def test_syntax_the_parser_does_not_know_is_left_to_the_engine() -> None:
    shape = check_expression("CASE WHEN s = 'x' THEN when END", "p")
    assert not shape.understood
    wide = "ARRAY[1] + " + " + ".join(["a"] * (MAX_DEPTH + 5))
    with pytest.raises(SpecError, match="levels deep"):
        check_expression(wide, "p")


def test_widths_of_unknown_syntax_stay_upper_bounds() -> None:
    known = {"s": 10.0, "when": 4.0}

    def widths(name: str) -> float:
        return known.get(name, 0.0)  # keywords count as nothing here

    shape = check_expression("CASE WHEN s = 'x' THEN when END", "p")
    assert string_width(shape.tree, widths) == 15.0  # s, 'x' and when together
    grown = check_expression("CASE WHEN s = 'x' THEN REPLACE(when, '', 'abc') END", "p")
    assert not grown.understood
    assert string_width(grown.tree, widths) >= 4 * (1 + 3)


def test_lpad_inside_unknown_syntax_is_refused() -> None:
    with pytest.raises(SpecError, match="LPAD/RPAD inside an expression"):
        check_expression("ARRAY[LPAD(s, 9000000, 'x')]", "p")


def test_string_width_follows_the_inputs() -> None:
    widths = {"s": 10.0, "t": 4.0}.__getitem__
    cases = {
        "s || '-' || t": 15.0,
        "LPAD(t, 12, '0')": 12.0,
        "UPPER(s)": 10.0,
        "LEFT(s, 3)": 3.0,
        "s || ROUND(t, 2)": 42.0,
        "CASE WHEN s LIKE 'a%' AND t = 'x' THEN 'a long result' END": 13.0,
        "CASE WHEN s = 'a' THEN t ELSE 'longer than t' END": 13.0,
        "REPLACE(s, 'a', 'xyz')": 30.0,
        "REPLACE(s, '', 'xy')": 32.0,
        "SUBSTR(s, 1, 2)": 10.0,
    }
    for expr, expected in cases.items():
        assert string_width(check_expression(expr, "p").tree, widths) == expected, expr


def test_tokens_keep_quotes_and_drop_comments() -> None:
    tokens = tokenize("a || 'it''s' /* c */ -- d\n + \"q col\"", "p")
    assert [t.kind for t in tokens] == ["word", "op", "string", "op", "quoted"]
    assert re.fullmatch(r"'it''s'", tokens[2].text)


def _expressions() -> st.SearchStrategy[str]:
    """Random well-formed expressions over ``a``, ``b`` (integers) and ``s`` (text)."""
    numbers = st.one_of(
        st.sampled_from(["a", "b", "1", "2.5", "-3", "NULL"]),
        st.integers(0, 999).map(str),
    )
    texts = st.sampled_from(["s", "'x'", "'it''s'", "''"])

    def extend_numbers(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        pair = st.tuples(inner, inner)
        return st.one_of(
            pair.map(lambda p: f"({p[0]} + {p[1]})"),
            pair.map(lambda p: f"{p[0]} * {p[1]}"),
            pair.map(lambda p: f"{p[0]} - {p[1]}"),
            inner.map(lambda x: f"ABS({x})"),
            inner.map(lambda x: f"ROUND({x}, 2)"),
            pair.map(lambda p: f"COALESCE({p[0]}, {p[1]})"),
            pair.map(lambda p: f"GREATEST({p[0]}, {p[1]})"),
            pair.map(lambda p: f"CASE WHEN {p[0]} > {p[1]} THEN {p[0]} ELSE {p[1]} END"),
            pair.map(lambda p: f"CASE WHEN {p[0]} IS NULL THEN 0 ELSE {p[1]} END"),
            pair.map(lambda p: f"CASE WHEN {p[1]} BETWEEN 1 AND 5 THEN {p[0]} END"),
            inner.map(lambda x: f"{x}::DOUBLE"),
            inner.map(lambda x: f"CAST({x} AS BIGINT)"),
            texts.map(lambda t: f"LENGTH({t})"),
            inner.map(lambda x: f"-({x})"),
        )

    number = st.recursive(numbers, extend_numbers, max_leaves=12)
    return st.one_of(
        number,
        st.tuples(texts, number).map(lambda p: f"UPPER({p[0]}) || CAST({p[1]} AS VARCHAR)"),
        st.tuples(number, number).map(lambda p: f"NOT ({p[0]} < {p[1]}) OR {p[0]} IN (1, 2)"),
        st.tuples(texts, number).map(lambda p: f"LPAD({p[0]}, 5, '0') || ({p[1]})::VARCHAR"),
    )


@settings(max_examples=150, deadline=None)
@given(_expressions())
def test_what_the_engine_compiles_the_check_accepts_and_understands(expr: str) -> None:
    import polars as pl

    frame = pl.DataFrame({"a": [1, None], "b": [2, 3], "s": ["x", None]})
    try:
        frame.select(pl.sql_expr(expr).alias("o"))
    except Exception:  # only what the engine compiles is of interest
        return
    shape = check_expression(expr, "p")
    assert shape.understood
    assert 1 <= shape.depth <= shape.nodes
