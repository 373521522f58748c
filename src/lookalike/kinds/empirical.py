"""The ``empirical`` kind: columns that follow a profiled marginal distribution, vectorised.

Quantile tables are inverted by linear interpolation of one uniform draw per
row (``np.interp``); categories are drawn through an alias table; the share
``other`` of rows is drawn from a fallback field compiled like any other (its
own stream, so adding it changes no other column); free-text lengths come from
their quantiles and the text from a fixed lorem buffer sliced at word starts,
all without a Python loop per row.

>>> from lookalike.spec import EmpiricalField
>>> from lookalike.kinds.base import BlockContext
>>> column = compile_empirical(EmpiricalField(type="integer", quantiles=[1, 5, 10]), ENV)
>>> values = column.sample(BlockContext(1, "t", "c", 0, 0, 5)).to_pylist()
>>> all(1 <= v <= 10 for v in values), len(values)
(True, 5)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, register, typed_array
from lookalike.kinds.numeric import ENV
from lookalike.spec import EmpiricalField

__all__ = ["ENV", "compile_empirical"]

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_LOREM = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt "
    "ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation "
    "ullamco laboris nisi ut aliquip ex ea commodo consequat duis aute irure dolor in "
    "reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur excepteur "
    "sint occaecat cupidatat non proident sunt in culpa qui officia deserunt mollit anim id "
    "est laborum "
)


def _moment(value: float | str, kind: str, path: str) -> float:
    """A quantile as a number: days (date) or microseconds (datetime) since 1970."""
    if isinstance(value, int | float):
        return float(value)
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise SpecError(f"quantile {value!r} is not a number or an ISO date", path=path) from None
    aware = parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    if kind == "date":
        return float((aware - _EPOCH).days)
    return (aware - _EPOCH) / dt.timedelta(microseconds=1)


def _decimal_array(unscaled: np.ndarray, scale: int) -> pa.Array:
    words = np.empty((len(unscaled), 2), dtype=np.int64)
    words[:, 0] = unscaled
    np.right_shift(unscaled, 63, out=words[:, 1])
    return typed_array(words.reshape(-1), pa.decimal128(18, scale), len(unscaled))


@dataclass(frozen=True)
class QuantileColumn(Column):
    """Numbers or moments by interpolating a quantile table at uniform draws."""

    points: np.ndarray
    kind: str
    scale: int

    @property
    def arrow_type(self) -> pa.DataType:
        return {
            "integer": pa.int64(),
            "float": pa.float64(),
            "decimal": pa.decimal128(18, self.scale),
            "date": pa.date32(),
            "datetime": pa.timestamp("us"),
        }[self.kind]

    def sample(self, ctx: BlockContext) -> pa.Array:
        grid = np.arange(len(self.points), dtype=np.float64)
        values = np.interp(ctx.uniform() * (len(self.points) - 1), grid, self.points)
        if self.kind == "integer":
            return pa.array(np.rint(values).astype(np.int64))
        if self.kind == "float":
            return pa.array(values)
        if self.kind == "decimal":
            return _decimal_array(np.rint(values * 10.0**self.scale).astype(np.int64), self.scale)
        if self.kind == "date":
            return typed_array(np.floor(values).astype(np.int32), pa.date32())
        if np.all(np.mod(self.points, 1_000_000) == 0):
            values = np.rint(values / 1_000_000) * 1_000_000  # whole seconds, like the source
        return typed_array(np.rint(values).astype(np.int64), pa.timestamp("us"))


@dataclass(frozen=True)
class LengthColumn(Column):
    """Lorem text whose lengths follow a quantile table."""

    lengths: np.ndarray
    arrow_type: pa.DataType = pa.string()

    def sample(self, ctx: BlockContext) -> pa.Array:
        grid = np.arange(len(self.lengths), dtype=np.float64)
        drawn = np.interp(ctx.uniform() * (len(self.lengths) - 1), grid, self.lengths)
        sizes = np.maximum(np.rint(drawn), 0).astype(np.int64)
        pool = np.frombuffer(
            (_LOREM * (1 + int(sizes.max(initial=0)) // len(_LOREM) + 1)).encode(), dtype=np.uint8
        )
        starts_at = np.flatnonzero(np.concatenate([[True], pool[:-1] == 32]))
        starts_at = starts_at[starts_at < len(_LOREM)]
        starts = starts_at[ctx.rng("starts").integers(0, len(starts_at), ctx.rows)]
        offsets = np.zeros(ctx.rows + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        positions = np.arange(offsets[-1], dtype=np.int64) - np.repeat(offsets[:-1], sizes)
        data = pool[np.repeat(starts, sizes) + positions]
        return pa.Array.from_buffers(
            pa.large_string(), ctx.rows, [None, pa.py_buffer(offsets), pa.py_buffer(data)]
        ).cast(pa.string())


@dataclass(frozen=True)
class CategoryColumn(Column):
    """Kept categories by weight, and a fallback column for the share of rare ones."""

    values: pa.Array
    table: AliasTable
    other: float
    fallback: Column | None
    low_cardinality: bool = True

    @property
    def arrow_type(self) -> pa.DataType:
        return self.values.type

    def sample(self, ctx: BlockContext) -> pa.Array:
        picks = self.table.lookup(ctx.uniform())
        chosen = self.values.take(pa.array(picks.astype(np.int32)))
        if self.fallback is None or self.other <= 0:
            return chosen
        rare = ctx.uniform("other") < self.other
        inner = BlockContext(
            ctx.seed, ctx.table, f"{ctx.column}~other", ctx.block, ctx.start, ctx.rows, ctx.shared
        )
        replaced = self.fallback.sample(inner)
        if isinstance(replaced, pa.DictionaryArray):
            replaced = replaced.dictionary_decode()
        replaced = replaced.cast(self.values.type, safe=False)
        return pc.if_else(pa.array(rare), replaced, chosen)


@register("empirical")
def compile_empirical(spec: EmpiricalField, env: Env) -> Column:
    """Compile an ``empirical`` field; the tables are checked and converted here, once."""
    if spec.quantiles is not None:
        if spec.type in ("string", "boolean"):
            raise SpecError(
                f"quantiles need a number or date type, not {spec.type}", path=f"{env.path}.type"
            )
        points = np.array(
            [_moment(v, spec.type, f"{env.path}.quantiles") for v in spec.quantiles],
            dtype=np.float64,
        )
        if np.any(np.diff(points) < 0):
            raise SpecError("quantiles must not decrease", path=f"{env.path}.quantiles")
        return QuantileColumn(points, spec.type, spec.scale)
    if spec.lengths is not None:
        return LengthColumn(np.array(sorted(spec.lengths), dtype=np.float64))
    values: list[Any] = list(spec.values or [])
    if not values:
        raise SpecError("values is empty; give at least one", path=f"{env.path}.values")
    weights = spec.weights or [1.0] * len(values)
    fallback = None
    if spec.other > 0 and spec.fallback is not None:
        fallback = _compile_fallback(spec.fallback, env)
    array = _values_array(values, spec.type)
    return CategoryColumn(array, AliasTable.from_weights(weights), spec.other, fallback)


def _values_array(values: list[Any], kind: str) -> pa.Array:
    if kind == "boolean":
        return pa.array([bool(v) for v in values], pa.bool_())
    if kind == "integer":
        return pa.array([int(v) for v in values], pa.int64())
    if kind in ("float", "decimal"):
        return pa.array([float(v) for v in values], pa.float64())
    if kind == "date":
        return pa.array([dt.date.fromisoformat(str(v)) for v in values], pa.date32())
    if kind == "datetime":
        return pa.array([dt.datetime.fromisoformat(str(v)) for v in values], pa.timestamp("us"))
    return pa.array([str(v) for v in values], pa.string())


def _compile_fallback(data: dict[str, Any], env: Env) -> Column:
    from pydantic import TypeAdapter, ValidationError

    from lookalike.kinds.base import compiler_for
    from lookalike.spec import FieldSpec

    try:
        spec = TypeAdapter(FieldSpec).validate_python(data)
    except ValidationError as exc:
        raise SpecError(
            f"fallback is not a valid field: {exc.errors()[0]['msg']}", path=f"{env.path}.fallback"
        ) from exc
    if spec.kind in ("reference", "derived", "empirical"):
        raise SpecError(f"a fallback cannot be {spec.kind}", path=f"{env.path}.fallback.kind")
    inner = Env(f"{env.path}.fallback", env.reference_time, env.locale, env.groups)
    compiler = compiler_for(spec.kind)
    assert compiler is not None  # the spec model admits registered kinds only
    return compiler(spec, inner)
