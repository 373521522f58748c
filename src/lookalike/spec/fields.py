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

from pydantic import Field, field_validator, model_validator

from lookalike.spec.field_base import (
    ContinuousDistribution,
    Distribution,
    FieldBase,
    LocaleFieldBase,
    Scalar,
    TimePoint,
)
from lookalike.spec.realistic_fields import (
    AddressField,
    CompanyField,
    FakerField,
    FinanceField,
    IdentifierField,
    InternetField,
    PersonField,
    PhoneField,
    PoiField,
    PoolField,
    TripField,
)
from lookalike.spec.series_fields import (
    EventTimeField,
    GbmField,
    LedgerField,
    MeanRevertingField,
    RandomWalkField,
    SeriesEntityField,
    SeriesFieldBase,
    SeriesShapeBase,
    SeriesTimeField,
)

__all__ = [
    "AddressField", "CompanyField", "ContinuousDistribution", "Distribution", "EventTimeField",
    "FakerField", "FieldBase", "FinanceField", "GbmField", "IdentifierField", "InternetField",
    "LedgerField", "LocaleFieldBase", "MeanRevertingField", "PersonField", "PhoneField",
    "PoiField", "PoolField", "RandomWalkField", "Scalar", "SeriesEntityField",
    "SeriesFieldBase", "SeriesShapeBase", "SeriesTimeField", "TimePoint", "TripField",
]  # fmt: skip


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
    tails: Literal["clip", "truncate"] = Field(
        "clip",
        description="clip: values beyond the bounds land on them; truncate: they are "
        "redrawn, so the bounds get no extra weight (best for zipf).",
    )


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
    """One of ``values``, drawn with ``weights`` (equal when omitted), or, with
    ``order: cycle``, each value in turn by row number (row ``i`` holds
    ``values[i % len(values)]``: a lookup table's rows kept as they were)."""

    kind: Literal["choice"] = "choice"
    values: list[Scalar] = Field(min_length=1)
    weights: list[float] | None = None
    order: Literal["random", "cycle"] = "random"

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

    @field_validator("min_value", "max_value", mode="before")
    @classmethod
    def _quoted(cls, value: Any) -> Any:
        # YAML reads an unquoted 12:30 as the number 750 (base 60).
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError('write times in quotes, e.g. "12:30"')
        return value


class SequenceField(FieldBase):
    """``start``, ``start + step``, ... by row number: keys and counters."""

    kind: Literal["sequence"] = "sequence"
    start: int = 1
    step: int = 1
    per: str | None = Field(
        None,
        description="Restart for each parent row of this link (the table's `rows: {per: ...}`), "
        "e.g. line numbers 1, 2, 3 within each order.",
    )

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
    """``min_count`` to ``max_count`` words or sentences of lorem ipsum; or, with
    ``unit: characters``, that many characters cut from a pool of sentences written by
    a grammar over the ``vocabulary`` (``tpch``: TPC-H's comment grammar)."""

    kind: Literal["text"] = "text"
    unit: Literal["words", "sentences", "characters"] = "words"
    min_count: int = Field(3, ge=0, le=1000)
    max_count: int = Field(8, ge=1, le=1000)
    vocabulary: Literal["lorem", "tpch"] = Field(
        "lorem", description="The words: lorem ipsum, or TPC-H's grammar (unit: characters)."
    )


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


class EmpiricalField(FieldBase):
    """Values that follow a profile of a source column, learned without copying a row.

    Numbers, dates and datetimes come from ``quantiles``: evenly spaced cut points
    of the source's distribution (extremes already clipped), interpolated.
    Categories come from ``values`` with ``weights``; ``other`` is the share of
    rows drawn from ``fallback`` (a field spec) in place of categories too rare
    to keep. Free text comes from ``lengths`` (quantiles of its length).
    ``lookalike extract --profile`` writes these.
    """

    kind: Literal["empirical"] = "empirical"
    type: Literal["integer", "float", "decimal", "date", "datetime", "string", "boolean"] = "float"
    quantiles: list[float | str] | None = Field(None, min_length=2)
    values: list[Scalar] | None = None
    weights: list[float] | None = None
    other: float = Field(0.0, ge=0.0, le=1.0, description="Share of rows from `fallback`.")
    fallback: dict[str, Any] | None = Field(None, description="Field spec for the `other` rows.")
    lengths: list[int] | None = Field(None, min_length=2, description="String length quantiles.")
    scale: int = Field(2, ge=0, le=9, description="Decimals of a decimal column.")

    @model_validator(mode="after")
    def _one_shape(self) -> EmpiricalField:
        given = [n for n in ("quantiles", "values", "lengths") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of quantiles, values or lengths")
        if (
            self.values is not None
            and self.weights is not None
            and (len(self.weights) != len(self.values))
        ):
            raise ValueError("weights needs one entry per value")
        if self.other > 0 and self.fallback is None:
            raise ValueError("other > 0 needs a fallback field for those rows")
        return self


class ReferenceField(FieldBase):
    """A column of another table's row: a foreign key, or a parent's value.

    Fields of one table that name the same ``link`` (by default the referenced
    table's name) read the same parent row, so ``product_id: {ref: products.id}``
    and ``unit_price: {ref: products.price}`` agree, and composite keys hold.

    >>> ReferenceField(ref="customers.id")
    ReferenceField(kind='reference', ref='customers.id')
    """

    kind: Literal["reference"] = "reference"
    ref: str = Field(
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$",
        description="`table.column` of the parent.",
    )
    link: str | None = Field(
        None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="Name of the parent row this field reads; fields sharing a link read the "
        "same row. Defaults to the parent table's name.",
    )
    distribution: Literal["uniform", "zipf"] = Field(
        "uniform", description="How parents are picked: evenly, or a few popular ones (zipf)."
    )
    exponent: float = Field(1.2, gt=1, description="Skew of the zipf distribution.")
    distinct: bool = Field(
        False,
        description="Within one parent of the table's `rows: {per: ...}`, never pick the same "
        "row twice (junction tables: no duplicate pairs).",
    )
    depth: int | None = Field(
        None,
        ge=1,
        le=64,
        description="Self-references only: levels of the tree (roots have no parent).",
    )
    unlike: str | None = Field(
        None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="Another reference field of this table to the same parent table: this "
        "one never picks the row that one picked (CHECK (a <> b): a part is not its own "
        "component).",
    )

    @property
    def parent_table(self) -> str:
        """The referenced table."""
        return self.ref.split(".", 1)[0]

    @property
    def parent_column(self) -> str:
        """The referenced column."""
        return self.ref.split(".", 1)[1]

    @property
    def link_name(self) -> str:
        """The parent row this field reads (``link`` or the parent table's name)."""
        return self.link or self.parent_table


class AggregateField(FieldBase):
    """A summary of this row's children: ``sum``, ``min``, ``max``, ``mean`` or ``count``
    of ``of: child_table.column``, where the child table's rows are given per this table
    (``rows: {per: this_table}``), so each row's children are known by construction.

    >>> AggregateField(of="lineitem.charge", function="sum")
    AggregateField(kind='aggregate', of='lineitem.charge', function='sum')
    """

    kind: Literal["aggregate"] = "aggregate"
    of: str = Field(
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$",
        description="`child_table.column` to summarise.",
    )
    function: Literal["sum", "min", "max", "mean", "count"] = "sum"

    @property
    def child_table(self) -> str:
        """The child table."""
        return self.of.split(".", 1)[0]

    @property
    def child_column(self) -> str:
        """The child column summarised."""
        return self.of.split(".", 1)[1]


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
    | DerivedField
    | ReferenceField
    | AggregateField
    | PersonField
    | AddressField
    | PhoneField
    | InternetField
    | CompanyField
    | FinanceField
    | IdentifierField
    | FakerField
    | PoolField
    | EmpiricalField
    | SeriesTimeField
    | SeriesEntityField
    | RandomWalkField
    | GbmField
    | MeanRevertingField
    | EventTimeField
    | LedgerField
    | TripField
    | PoiField,
    Field(discriminator="kind"),
]

#: Every kind name, in the order the docs list them.
KIND_NAMES: tuple[str, ...] = (
    "integer", "decimal", "float", "boolean", "choice", "date", "datetime", "time",
    "sequence", "uuid", "pattern", "text", "constant", "derived", "reference", "aggregate",
    "person", "address", "phone", "internet", "company", "finance", "identifier", "faker", "pool",
    "empirical",
    "series_time", "series_entity", "random_walk", "gbm", "mean_reverting", "event_time",
    "ledger", "trip", "poi",
)  # fmt: skip
