"""Numbers: integer, decimal and float, from several distributions.

>>> from lookalike.spec import IntegerField
>>> column = compile_integer(IntegerField(min_value=1, max_value=6), ENV)
>>> column.capacity
6
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pyarrow as pa

from lookalike.discrete import AliasTable, integer_weights
from lookalike.errors import SpecError
from lookalike.kinds.base import (
    BlockContext,
    Column,
    Env,
    float64_array,
    int64_array,
    register,
    typed_array,
)
from lookalike.spec import DecimalField, FloatField, IntegerField

ENV = Env(path="tables.t.fields.f", reference_time=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
_INT64 = (-(2**63), 2**63 - 1)


def _check_range(low: float | int | Decimal, high: float | int | Decimal, path: str) -> None:
    if low > high:
        raise SpecError(
            f"min_value ({low}) is greater than max_value ({high}); swap them", path=path
        )


def _check_shape(spec: IntegerField | DecimalField | FloatField, path: str) -> None:
    """Distribution parameters that cannot work, refused before any row is made."""
    low, high = float(spec.min_value), float(spec.max_value)
    if spec.distribution == "lognormal":
        median = spec.mean if spec.mean is not None else low + (high - low) / 4
        if median <= 0:
            raise SpecError(
                "lognormal needs a positive median: set mean (the median) above 0, "
                "or use distribution: normal",
                path=f"{path}.mean",
            )
    if spec.distribution == "exponential" and spec.mean is not None and spec.mean <= low:
        raise SpecError(
            f"exponential needs mean above min_value ({low}); raise mean", path=f"{path}.mean"
        )
    if spec.distribution == "poisson" and spec.mean is not None and spec.mean < 0:
        raise SpecError("poisson needs mean >= 0", path=f"{path}.mean")


def _draw(
    rng: np.random.Generator,
    n: int,
    distribution: str,
    low: float,
    high: float,
    mean: float | None,
    stddev: float | None,
    sigma: float | None,
) -> np.ndarray:
    """Continuous draws for the non-uniform distributions, before clipping."""
    span = high - low
    if distribution == "normal":
        return rng.normal(low + span / 2 if mean is None else mean, stddev or span / 6 or 1, n)
    if distribution == "lognormal":
        median = mean if mean is not None else low + span / 4
        if median <= 0:
            raise ValueError("lognormal needs a positive median (mean)")
        return rng.lognormal(np.log(median), sigma or 1.0, n)
    if distribution == "exponential":
        return low + rng.exponential(mean - low if mean is not None else span / 4 or 1, n)
    raise ValueError(distribution)


@dataclass(frozen=True)
class IntegerColumn(Column):
    low: int
    high: int
    distribution: str
    mean: float | None
    stddev: float | None
    sigma: float | None
    exponent: float | None
    table: AliasTable | None = None  # exact table for non-uniform, modest ranges
    truncate: bool = False  # redraw values beyond the bounds instead of clipping them
    arrow_type: pa.DataType = pa.int64()
    widen_hint = "widen min_value..max_value"

    @property
    def capacity(self) -> int | None:  # type: ignore[override]
        return self.high - self.low + 1 if self.distribution == "uniform" else None

    def sample(self, ctx: BlockContext) -> pa.Array:
        rng, n = ctx.rng(), ctx.rows
        if self.distribution == "uniform":
            return int64_array(rng.integers(self.low, self.high, n, endpoint=True))
        if self.table is not None:
            return int64_array(self.table.lookup(ctx.uniform()).astype(np.int64) + self.low)
        values = self._draw(rng, n)
        if self.truncate:
            # Redraw what falls outside, a shrinking vector each round; clip the rare rest.
            for round_number in range(64):
                outside = np.flatnonzero((values < self.low) | (values > self.high))
                if not outside.size:
                    break
                redraw = ctx.rng(f"redraw#{round_number}")
                values[outside] = self._draw(redraw, outside.size)
        return int64_array(np.clip(values, self.low, self.high).astype(np.int64))

    def _draw(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """Unbounded draws, rounded to whole numbers (as floats)."""
        if self.distribution == "poisson":
            lam = self.mean if self.mean is not None else (self.low + self.high) / 2
            counts: np.ndarray = rng.poisson(max(lam, 0.0), n)
            return counts.astype(np.float64)
        if self.distribution == "zipf":
            ranks = np.asarray(rng.zipf(self.exponent or 2.0, n), dtype=np.float64)
            ranks += self.low - 1
            return ranks
        drawn = _draw(rng, n, self.distribution, self.low, self.high,
                      self.mean, self.stddev, self.sigma)  # fmt: skip
        return np.asarray(np.rint(drawn), dtype=np.float64)

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        return int64_array(index.astype(np.int64) + self.low)


@register("integer")
def compile_integer(spec: IntegerField, env: Env) -> Column:
    """Compile an ``integer`` field."""
    _check_range(spec.min_value, spec.max_value, env.path)
    if spec.min_value < _INT64[0] or spec.max_value > _INT64[1]:
        raise SpecError("min_value and max_value must fit in 64 bits", path=env.path)
    if spec.max_value - spec.min_value >= 2**63 and spec.distribution == "uniform":
        raise SpecError("the range is wider than 2**63; narrow it", path=env.path)
    _check_shape(spec, env.path)
    table = None
    if spec.distribution != "uniform":
        weights = integer_weights(spec.distribution, spec.min_value, spec.max_value,
                                  spec.mean, spec.stddev, spec.sigma, spec.exponent,
                                  truncate=spec.tails == "truncate")  # fmt: skip
        if weights is not None and weights.sum() > 0:
            table = AliasTable.from_weights(weights)
    return IntegerColumn(
        spec.min_value, spec.max_value, spec.distribution,
        spec.mean, spec.stddev, spec.sigma, spec.exponent, table, spec.tails == "truncate",
    )  # fmt: skip


def _decimal_words(unscaled: np.ndarray) -> np.ndarray:
    """Little-endian 128-bit two's complement words of int64 values."""
    words = np.empty((len(unscaled), 2), dtype=np.int64)
    words[:, 0] = unscaled
    np.right_shift(unscaled, 63, out=words[:, 1])
    return words.reshape(-1)


@dataclass(frozen=True)
class DecimalColumn(Column):
    low: int  # unscaled
    high: int
    scale: int
    distribution: str
    mean: float | None
    stddev: float | None
    sigma: float | None
    arrow_type: pa.DataType = pa.decimal128(18, 2)
    widen_hint = "widen min_value..max_value or raise scale"

    @property
    def capacity(self) -> int | None:  # type: ignore[override]
        return self.high - self.low + 1 if self.distribution == "uniform" else None

    def _wrap(self, unscaled: np.ndarray) -> pa.Array:
        return typed_array(
            _decimal_words(unscaled.astype(np.int64)), self.arrow_type, len(unscaled)
        )

    def sample(self, ctx: BlockContext) -> pa.Array:
        rng = ctx.rng()
        if self.distribution == "uniform":
            return self._wrap(rng.integers(self.low, self.high, ctx.rows, endpoint=True))
        factor = 10.0**self.scale
        mean = None if self.mean is None else self.mean * factor
        stddev = None if self.stddev is None else self.stddev * factor
        draws = _draw(rng, ctx.rows, self.distribution, self.low, self.high, mean, stddev,
                      self.sigma)  # fmt: skip
        return self._wrap(np.clip(np.rint(draws), self.low, self.high))

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        return self._wrap(index.astype(np.int64) + self.low)


@register("decimal")
def compile_decimal(spec: DecimalField, env: Env) -> Column:
    """Compile a ``decimal`` field (stored as Arrow decimal128, computed as int64)."""
    _check_range(spec.min_value, spec.max_value, env.path)
    _check_shape(spec, env.path)
    factor = Decimal(10) ** spec.scale
    low, high = spec.min_value * factor, spec.max_value * factor
    if low != low.to_integral_value() or high != high.to_integral_value():
        raise SpecError(
            f"min_value and max_value have more than scale={spec.scale} decimal places; "
            "raise scale or round them",
            path=env.path,
        )
    digits = max(len(str(abs(int(low)))), len(str(abs(int(high)))), spec.scale + 1)
    if digits > 18:
        raise SpecError("decimals of more than 18 digits are not supported yet", path=env.path)
    return DecimalColumn(
        int(low), int(high), spec.scale, spec.distribution, spec.mean, spec.stddev, spec.sigma,
        arrow_type=pa.decimal128(max(digits, 1), spec.scale),
    )  # fmt: skip


@dataclass(frozen=True)
class FloatColumn(Column):
    low: float
    high: float
    distribution: str
    mean: float | None
    stddev: float | None
    sigma: float | None
    digits: int | None
    arrow_type: pa.DataType = pa.float64()

    def sample(self, ctx: BlockContext) -> pa.Array:
        rng = ctx.rng()
        if self.distribution == "uniform":
            values = rng.uniform(self.low, self.high, ctx.rows)
        else:
            values = np.clip(
                _draw(rng, ctx.rows, self.distribution, self.low, self.high,
                      self.mean, self.stddev, self.sigma),
                self.low, self.high,
            )  # fmt: skip
        if self.digits is not None:
            values = np.round(values, self.digits)
        return float64_array(values)


@register("float")
def compile_float(spec: FloatField, env: Env) -> Column:
    """Compile a ``float`` field."""
    _check_range(spec.min_value, spec.max_value, env.path)
    _check_shape(spec, env.path)
    return FloatColumn(
        spec.min_value, spec.max_value, spec.distribution,
        spec.mean, spec.stddev, spec.sigma, spec.round,
    )  # fmt: skip
