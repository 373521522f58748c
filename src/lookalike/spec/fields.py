"""Field kinds as strict pydantic models, one per kind, joined by a ``kind`` tag.

These are data only: what a field asks for. How a kind turns into a column
lives in :mod:`lookalike.kinds`. Every model forbids unknown keys so a typo in
a spec is an error that names it, not a silently ignored option.

>>> IntegerField(min_value=1, max_value=6)
IntegerField(kind='integer', min_value=1, max_value=6)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Scalar = str | int | float | bool
Distribution = Literal["uniform", "normal", "lognormal", "exponential", "poisson", "zipf"]
ContinuousDistribution = Literal["uniform", "normal", "lognormal", "exponential"]
#: A point in time: an ISO date/datetime, ``now``/``today``, or ``now-2y``, ``now+30d``...
TimePoint = str | dt.date | dt.datetime


class FieldBase(BaseModel):
    """Options every field has, whatever its kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    null_rate: float = Field(0.0, ge=0.0, le=1.0, description="Share of rows left null.")
    unique: bool = Field(False, description="No two non-null values are equal.")
    description: str | None = None

    def __repr_args__(self) -> Any:
        # Show only what was set, so a repr reads like the call that built it.
        kind = getattr(self, "kind", None)
        if kind is not None:
            yield "kind", kind
        for name in type(self).model_fields:
            if name != "kind" and name in self.model_fields_set:
                yield name, getattr(self, name)


class IntegerField(FieldBase):
    """Whole numbers from a distribution, clipped to ``[min_value, max_value]``.

    ``mean``/``stddev`` shape normal, poisson (``mean``) and exponential (``mean``);
    lognormal takes ``mean`` as its median and ``sigma`` as its shape; zipf takes
    ``exponent`` (> 1) and counts up from ``min_value``.
    """

    kind: Literal["integer"] = "integer"
    min_value: int = 0
    max_value: int = 1_000_000
    distribution: Distribution = "uniform"
    mean: float | None = None
    stddev: float | None = Field(None, gt=0)
    sigma: float | None = Field(None, gt=0)
    exponent: float | None = Field(None, gt=1)


class DecimalField(FieldBase):
    """Fixed-point numbers with ``scale`` digits after the point (prices, amounts)."""

    kind: Literal["decimal"] = "decimal"
    min_value: Decimal = Decimal(0)
    max_value: Decimal = Decimal(1000)
    scale: int = Field(2, ge=0, le=9)
    distribution: ContinuousDistribution = "uniform"
    mean: float | None = None
    stddev: float | None = Field(None, gt=0)
    sigma: float | None = Field(None, gt=0)


class FloatField(FieldBase):
    """Floating-point numbers from a distribution, optionally rounded to ``round`` digits."""

    kind: Literal["float"] = "float"
    min_value: float = 0.0
    max_value: float = 1.0
    distribution: ContinuousDistribution = "uniform"
    mean: float | None = None
    stddev: float | None = Field(None, gt=0)
    sigma: float | None = Field(None, gt=0)
    round: int | None = Field(None, ge=0, le=15)


class BooleanField(FieldBase):
    """``true`` with the given probability."""

    kind: Literal["boolean"] = "boolean"
    probability: float = Field(0.5, ge=0.0, le=1.0)


class ChoiceField(FieldBase):
    """One of ``values``, drawn with ``weights`` (equal when omitted)."""

    kind: Literal["choice"] = "choice"
    values: list[Scalar] = Field(min_length=1)
    weights: list[float] | None = None

    @model_validator(mode="after")
    def _weights_match(self) -> ChoiceField:
        if self.weights is not None:
            if len(self.weights) != len(self.values):
                raise ValueError(
                    f"weights has {len(self.weights)} entries but values has "
                    f"{len(self.values)}; give one weight per value"
                )
            if any(w < 0 for w in self.weights) or not sum(self.weights) > 0:
                raise ValueError("weights must be >= 0 and sum to more than 0")
        return self


class DateField(FieldBase):
    """Calendar dates between two points (ISO dates or ``now-2y`` style offsets)."""

    kind: Literal["date"] = "date"
    min_value: TimePoint = "now-1y"
    max_value: TimePoint = "now"


class DatetimeField(FieldBase):
    """Timestamps between two points, at ``resolution``, optionally zoned."""

    kind: Literal["datetime"] = "datetime"
    min_value: TimePoint = "now-1y"
    max_value: TimePoint = "now"
    resolution: Literal["s", "ms", "us"] = "s"
    timezone: str | None = None


class TimeField(FieldBase):
    """Times of day between ``min_value`` and ``max_value`` (``HH:MM[:SS]``)."""

    kind: Literal["time"] = "time"
    min_value: dt.time = dt.time(0, 0, 0)
    max_value: dt.time = dt.time(23, 59, 59)


class SequenceField(FieldBase):
    """``start``, ``start + step``, ... by row number: keys and counters."""

    kind: Literal["sequence"] = "sequence"
    start: int = 1
    step: int = 1

    @model_validator(mode="after")
    def _step_not_zero(self) -> SequenceField:
        if self.step == 0:
            raise ValueError("step must not be 0; use kind: constant for a fixed value")
        return self


class UuidField(FieldBase):
    """Textual UUIDs: version 4 (random) or 7 (time-ordered, Unix milliseconds)."""

    kind: Literal["uuid"] = "uuid"
    version: Literal[4, 7] = 4
    min_value: TimePoint = Field("now-1y", description="Earliest v7 timestamp.")
    max_value: TimePoint = Field("now", description="Latest v7 timestamp.")


class PatternField(FieldBase):
    r"""Strings from a pattern: ``#`` digit, ``%`` digit 1-9, ``?`` A-Z, ``@`` a-z,
    ``*`` A-Z or 0-9, ``^`` hex digit; ``\`` makes the next character literal."""

    kind: Literal["pattern"] = "pattern"
    pattern: str = Field(min_length=1)


class TextField(FieldBase):
    """Lorem ipsum: ``min_count`` to ``max_count`` words or sentences."""

    kind: Literal["text"] = "text"
    unit: Literal["words", "sentences"] = "words"
    min_count: int = Field(3, ge=1, le=1000)
    max_count: int = Field(8, ge=1, le=1000)


class ConstantField(FieldBase):
    """The same value in every row."""

    kind: Literal["constant"] = "constant"
    value: Scalar


class DerivedField(FieldBase):
    """A SQL expression over the row's other columns.

    ``quantity * unit_price``, ``first || ' ' || last``,
    ``CASE WHEN status = 'shipped' THEN shipped_at END``. ``type`` casts the
    result (``int64``, ``float64``, ``string``, ``bool``, ``date``,
    ``decimal(12,2)``...).
    """

    kind: Literal["derived"] = "derived"
    expr: str = Field(min_length=1)
    type: str | None = None


FieldSpec = Annotated[
    IntegerField
    | DecimalField
    | FloatField
    | BooleanField
    | ChoiceField
    | DateField
    | DatetimeField
    | TimeField
    | SequenceField
    | UuidField
    | PatternField
    | TextField
    | ConstantField
    | DerivedField,
    Field(discriminator="kind"),
]

#: Every kind name, in the order the docs list them.
KIND_NAMES: tuple[str, ...] = (
    "integer", "decimal", "float", "boolean", "choice", "date", "datetime", "time",
    "sequence", "uuid", "pattern", "text", "constant", "derived",
)  # fmt: skip
