"""Derived fields: SQL expressions over the row's other columns, run by Polars.

Polars parses the expression (never Python ``eval``), checks it against the
table's column types at plan time, and evaluates it over a whole block. Every
expression is first bounded by :func:`lookalike.kinds.expressions.check_expression`
(length, terms, depth, allowed functions, no clock or randomness), so what
reaches Polars cannot crash it or cost seconds to compile.

>>> import pyarrow as pa
>>> d = compile_derived("total", "qty * 2", None, {"qty": pa.int64()}, "tables.t.fields.total")
>>> d.depends_on, str(d.arrow_type)
(('qty',), 'int64')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.expressions import check_expression
from lookalike.kinds.fast_parts import FastParts, plain, plain_type, series_array
from lookalike.strings import dictionary_slots, int_array

if TYPE_CHECKING:
    import polars as pl

_DECIMAL = re.compile(r"^decimal\(\s*(\d+)\s*,\s*(\d+)\s*\)$")
_TYPES: dict[str, pa.DataType] = {
    "int8": pa.int8(), "int16": pa.int16(), "int32": pa.int32(), "int64": pa.int64(),
    "integer": pa.int64(), "float32": pa.float32(), "float64": pa.float64(),
    "float": pa.float64(), "string": pa.string(), "str": pa.string(), "bool": pa.bool_(),
    "boolean": pa.bool_(), "date": pa.date32(), "datetime": pa.timestamp("s"),
    "timestamp": pa.timestamp("s"), "time": pa.time32("s"),
}  # fmt: skip


def arrow_type_named(name: str, path: str) -> pa.DataType:
    """The Arrow type a ``type:`` option names.

    >>> str(arrow_type_named("decimal(10, 2)", "p"))
    'decimal128(10, 2)'
    """
    key = name.strip().lower()
    match = _DECIMAL.match(key)
    if match:
        precision, scale = int(match[1]), int(match[2])
        if not 1 <= precision <= 38 or scale > precision:
            raise SpecError("decimal(p, s) needs 1 <= p <= 38 and s <= p", path=path)
        return pa.decimal128(precision, scale)
    if key not in _TYPES:
        raise SpecError(
            f"unknown type {name!r}; use one of {', '.join(_TYPES)} or decimal(p,s)", path=path
        )
    return _TYPES[key]


def normalise_type(arrow_type: pa.DataType) -> pa.DataType:
    """Polars hands back large or view strings; lookalike columns use plain ones."""
    if arrow_type in (pa.large_string(), pa.string_view()):
        return pa.string()
    if arrow_type in (pa.large_binary(), pa.binary_view()):
        return pa.binary()
    return arrow_type


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@dataclass(frozen=True)
class Derived:
    """A compiled expression: its text, inputs and output type."""

    name: str
    expr: str
    depends_on: tuple[str, ...]
    arrow_type: pa.DataType
    cast_to: pa.DataType | None
    _compiled: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def expression(self) -> pl.Expr:
        """The Polars expression, parsed once per process (Expr does not pickle well)."""
        import polars as pl

        if "expr" not in self._compiled:
            self._compiled["expr"] = pl.sql_expr(self.expr).alias(self.name)
        return self._compiled["expr"]  # type: ignore[no-any-return]

    def evaluate(self, inputs: dict[str, pa.Array], rows: int) -> pa.Array:
        """Evaluate over one block whose columns are ``inputs``.

        Parts of the expression that a lookup or numpy answers faster (see
        :mod:`lookalike.kinds.fast_parts`) are computed first and handed to
        Polars as columns; the values are the same as Polars' own.
        """
        by_entry = self._by_dictionary(inputs, rows)
        if by_entry is not None:
            return by_entry.cast(self.arrow_type)
        types = tuple(inputs[k].type for k in self.depends_on)
        if self._compiled.get("parts_for") != types:
            self._compiled["parts"] = FastParts.compile(self.expr, self.depends_on, inputs)
            self._compiled["parts_for"] = types
        parts: FastParts | None = self._compiled["parts"]
        if parts is not None:
            result = parts.evaluate(inputs, rows)
            if result is not None:
                return result.cast(self.arrow_type)
        return self._polars(inputs, rows)

    def _by_dictionary(self, inputs: dict[str, pa.Array], rows: int) -> pa.Array | None:
        """An expression of one dictionary column (a choice, a parent's key), evaluated once
        per dictionary entry and a null, then taken for each row; None otherwise.

        Exact: an expression is a function of its row's values (aggregates and
        windows are refused at plan time).
        """
        import polars as pl

        if len(self.depends_on) != 1:
            return None
        column = inputs[self.depends_on[0]]
        if not pa.types.is_dictionary(column.type) or len(column.dictionary) * 4 > rows:
            return None
        entries = pa.concat_arrays([column.dictionary, pa.nulls(1, column.dictionary.type)])
        frame = pl.from_arrow(pa.RecordBatch.from_arrays([entries], names=list(self.depends_on)))
        assert isinstance(frame, pl.DataFrame)
        try:
            selected = frame.select(self.expression()).to_series()
        except Exception:  # an entry no row of this block uses may fail (a CAST): rows decide
            return None
        per_entry = series_array(selected, len(entries))
        return per_entry.take(int_array(dictionary_slots(column), pa.int32()))

    def _polars(self, inputs: dict[str, pa.Array], rows: int) -> pa.Array:
        """The whole expression evaluated by Polars."""
        import polars as pl

        frame = pl.from_arrow(
            pa.RecordBatch.from_arrays(
                [plain(inputs[k]) for k in self.depends_on], names=list(self.depends_on)
            )
        )
        if not self.depends_on:
            frame = pl.DataFrame({"__rows": pl.zeros(rows, eager=True)})
        assert isinstance(frame, pl.DataFrame)
        series = frame.select(self.expression()).to_series()
        return series_array(series, rows).cast(self.arrow_type)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_compiled"] = {}
        return state


def expression_inputs(expr: str, path: str) -> tuple[str, ...]:
    """The column names an expression reads, in first-use order.

    >>> expression_inputs("a * b + a", "p")
    ('a', 'b')
    """
    import polars as pl

    check_expression(expr, path)
    try:
        return tuple(dict.fromkeys(pl.sql_expr(expr).meta.root_names()))
    except Exception as exc:  # Polars raises several error types for bad SQL
        raise SpecError(f"cannot parse expression {expr!r}: {_first_line(exc)}", path=path) from exc


def compile_derived(
    name: str, expr: str, type_name: str | None, known: dict[str, pa.DataType], path: str
) -> Derived:
    """Parse ``expr``, check its columns exist in ``known`` and infer its type."""
    import polars as pl

    roots = expression_inputs(expr, path)
    parsed = pl.sql_expr(expr)
    missing = [column for column in roots if column not in known]
    if missing:
        raise SpecError(
            f"expression names unknown column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(m) for m in missing)}; columns here: {', '.join(sorted(known))}",
            path=f"{path}.expr",
        )
    schema = pa.schema([(c, plain_type(known[c])) for c in roots])
    # Two rows of nulls: enough to learn the type, and to catch aggregates
    # (sum, avg, count...), which would give one value per block, not per row.
    sample = pl.from_arrow(
        pa.RecordBatch.from_arrays([pa.nulls(2, f.type) for f in schema], schema=schema)
    ) if roots else pl.DataFrame({"__rows": [0, 0]})  # fmt: skip
    assert isinstance(sample, pl.DataFrame)
    try:
        result = sample.select(parsed.alias(name))
    except Exception as exc:
        raise SpecError(f"expression {expr!r} fails: {_first_line(exc)}", path=path) from exc
    if roots and result.height != 2:
        raise SpecError(
            f"expression {expr!r} combines rows (an aggregate such as sum or count); "
            "derived fields are computed row by row",
            path=f"{path}.expr",
        )
    inferred = result.to_arrow().schema[0].type
    cast_to = arrow_type_named(type_name, f"{path}.type") if type_name else None
    out_type = cast_to or normalise_type(inferred)
    if out_type == pa.null():
        out_type = pa.string()
    return Derived(name, expr, roots, out_type, cast_to)
