"""Picks from small sets: choice (weighted), boolean and constant.

>>> from lookalike.spec import ChoiceField
>>> column = compile_choice(ChoiceField(values=["a", "b"], weights=[3, 1]), ENV)
>>> column.capacity, str(column.arrow_type)
(2, 'dictionary<values=string, indices=int32, ordered=0>')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.base import (
    BlockContext,
    Column,
    Env,
    bool_array,
    float64_array,
    int64_array,
    register,
    typed_array,
)
from lookalike.kinds.numeric import ENV
from lookalike.native.concat import padded
from lookalike.spec import BooleanField, ChoiceField, ConstantField
from lookalike.strings import string_array

__all__ = ["ENV", "compile_boolean", "compile_choice", "compile_constant", "scalar_array"]


def scalar_array(values: list[Any]) -> pa.Array:
    """An Arrow array of mixed YAML scalars, in one sensible type.

    >>> scalar_array([1, 2.5]).type, scalar_array([1, "x"]).to_pylist()
    (DataType(double), ['1', 'x'])
    """
    if all(isinstance(v, bool) for v in values):
        return bool_array(np.array(values, dtype=np.bool_))
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return int64_array(np.array(values, dtype=np.int64))
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return float64_array(np.array(values, dtype=np.float64))
    return padded(string_array([v if isinstance(v, str) else _text(v) for v in values]))


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


@dataclass(frozen=True)
class ChoiceColumn(Column):
    values: pa.Array
    table: AliasTable | None  # None: equal weights
    low_cardinality: bool = True
    cycle: bool = False  # each value in turn by row number, not drawn
    widen_hint = "add more values"

    @property
    def arrow_type(self) -> pa.DataType:
        if self.values.type == pa.string():
            return pa.dictionary(pa.int32(), pa.string())
        return self.values.type

    @property
    def capacity(self) -> int:  # type: ignore[override]
        return len(self.values)

    def _pick(self, picks: np.ndarray) -> pa.Array:
        # Strings become a dictionary array: no copy per row, and Parquet,
        # pandas and Polars keep them as categories.
        indices = typed_array(picks.astype(np.int32, copy=False), pa.int32())
        if self.values.type == pa.string():
            return pa.DictionaryArray.from_arrays(indices, self.values)
        return self.values.take(indices)

    def sample(self, ctx: BlockContext) -> pa.Array:
        if self.cycle:
            return self._pick(ctx.row_numbers() % np.uint64(len(self.values)))
        if self.table is None:
            picks: np.ndarray = ctx.rng().integers(0, len(self.values), ctx.rows, dtype=np.int32)
        else:
            picks = self.table.lookup(ctx.uniform())
        return self._pick(picks)

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        return self._pick(index)


@register("choice")
def compile_choice(spec: ChoiceField, env: Env) -> Column:
    """Compile a ``choice`` field; weights are normalised here, once."""
    table = None
    if spec.weights is not None and len(set(spec.weights)) > 1:
        table = AliasTable.from_weights(spec.weights)
    values = scalar_array(list(spec.values))
    if spec.unique and len(set(values.to_pylist())) < len(values):
        raise SpecError(
            "values repeat (after conversion to one type), so they cannot be unique; "
            "list each value once",
            path=f"{env.path}.values",
        )
    if spec.order == "cycle" and spec.weights is not None:
        raise SpecError(
            "order: cycle takes each value in turn, so weights mean nothing; drop one",
            path=f"{env.path}.weights",
        )
    return ChoiceColumn(values, table, cycle=spec.order == "cycle")


@dataclass(frozen=True)
class BooleanColumn(Column):
    probability: float
    arrow_type: pa.DataType = pa.bool_()
    capacity: int = 2
    low_cardinality: bool = True
    widen_hint = "use another kind; a boolean has only 2 values"

    def sample(self, ctx: BlockContext) -> pa.Array:
        return bool_array(ctx.uniform() < self.probability)

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        return bool_array(index == 1)


@register("boolean")
def compile_boolean(spec: BooleanField, env: Env) -> Column:
    """Compile a ``boolean`` field."""
    return BooleanColumn(spec.probability)


@dataclass(frozen=True)
class ConstantColumn(Column):
    value: pa.Array  # one element
    capacity: int = 1
    low_cardinality: bool = True
    widen_hint = "use another kind; a constant has one value"

    @property
    def arrow_type(self) -> pa.DataType:
        return self.value.type

    def sample(self, ctx: BlockContext) -> pa.Array:
        return self.value.take(typed_array(np.zeros(ctx.rows, dtype=np.int32), pa.int32()))

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        return self.sample(ctx)


@register("constant")
def compile_constant(spec: ConstantField, env: Env) -> Column:
    """Compile a ``constant`` field."""
    return ConstantColumn(scalar_array([spec.value]))
