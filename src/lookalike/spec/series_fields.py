"""Time-series kinds: the grid a series lives on, its entities, shapes, events and ledgers.

>>> RandomWalkField(start=100.0).kind
'random_walk'
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from lookalike.spec.field_base import FieldBase, TimePoint
from lookalike.spec.series import Seasonality, parse_interval


class SeriesFieldBase(FieldBase):
    """The time grid a series field lives on (a table's ``series:`` option fills these in).

    Row ``r`` is entity ``r % entities`` at step ``r // entities``: rows are in
    time order, every entity once per step.
    """

    entities: int = Field(1, ge=1, le=10**7, description="Series side by side.")
    start: TimePoint = Field("now-30d", description="The first step's timestamp.")
    interval: str | int = Field("1h", description="Time step: 1min, 5min, 1h, 1day...")
    calendar: Literal["all", "weekdays"] = Field(
        "all", description="weekdays: daily steps skip weekends (trading days)."
    )

    @field_validator("interval")
    @classmethod
    def _interval(cls, value: str | int) -> str | int:
        parse_interval(value)
        return value


class SeriesTimeField(SeriesFieldBase):
    """Each row's timestamp on the grid: ``start + step * interval``."""

    kind: Literal["series_time"] = "series_time"


class SeriesEntityField(SeriesFieldBase):
    """Each row's entity: ``prefix`` and a zero-padded number, or one of ``values``; or
    where the entity is (``attribute: latitude | longitude``: a real addressed place of
    the ``country``, the same for every row of the entity)."""

    kind: Literal["series_entity"] = "series_entity"
    attribute: Literal["label", "latitude", "longitude"] = "label"
    prefix: str = "E"
    values: list[str] | None = Field(None, description="Labels, one per entity (cycled).")
    country: str | None = Field(None, description="Where entities are; default: the locale's.")


class SeriesShapeBase(SeriesFieldBase):
    """What is added to a walk: trend, seasonality, noise, per-entity offsets, gaps."""

    trend: float = Field(0.0, description="Change per day, the same for every entity.")
    trend_spread: float = Field(
        0.0, ge=0, description="Stddev of each entity's own extra change per day (drift)."
    )
    entity_spread: float = Field(0.0, ge=0, description="Stddev of each entity's fixed offset.")
    seasonality: Seasonality | None = None
    noise: float = Field(0.0, ge=0, description="Stddev of independent noise on each reading.")
    outage_rate: float = Field(0.0, ge=0, le=1, description="Share of readings lost in gaps.")
    outage_steps: int = Field(12, ge=1, description="Length of one gap, in steps.")
    min_value: float | None = Field(None, description="Readings are clipped to this floor.")
    max_value: float | None = Field(None, description="Readings are clipped to this ceiling.")
    round: int | None = Field(None, ge=0, le=15)
    group: str | None = Field(
        None, description="Fields of one group share one path (e.g. a price and its volume)."
    )


class RandomWalkField(SeriesShapeBase):
    """A random walk: ``start_value`` plus Gaussian steps of ``step_stddev`` and ``drift``."""

    kind: Literal["random_walk"] = "random_walk"
    start_value: float = 0.0
    step_stddev: float = Field(1.0, ge=0)
    drift: float = Field(0.0, description="Mean change per step.")


class GbmField(SeriesShapeBase):
    """Prices by geometric Brownian motion, with market and sector correlation.

    ``drift`` and ``volatility`` are yearly (a year is 252 steps on the weekdays
    calendar with daily steps, else its length in steps). ``attribute: return``
    gives each step's log-return and ``volume`` a traded volume that rises with
    the size of the move.
    """

    kind: Literal["gbm"] = "gbm"
    attribute: Literal["price", "return", "volume"] = "price"
    start_value: float = Field(100.0, gt=0)
    start_values: list[float] | None = Field(
        None, description="First prices, one per entity (cycled); overrides start_value."
    )
    drift: float = 0.05
    volatility: float = Field(0.2, ge=0)
    periods_per_year: float | None = Field(None, gt=0)
    sectors: int = Field(1, ge=1, le=1000, description="Entity j is in sector j % sectors.")
    market_correlation: float = Field(0.0, ge=0, le=1)
    sector_correlation: float = Field(0.0, ge=0, le=1)
    volume_mean: float = Field(1_000_000.0, gt=0, description="Typical volume on a quiet step.")
    volume_sensitivity: float = Field(
        40.0, ge=0, description="Volume multiplies by exp(this x |log-return|)."
    )

    @model_validator(mode="after")
    def _loadings(self) -> GbmField:
        if self.market_correlation + self.sector_correlation > 1:
            raise ValueError("market_correlation + sector_correlation must be at most 1")
        return self


class MeanRevertingField(SeriesShapeBase):
    """An Ornstein-Uhlenbeck process: readings wander around ``mean`` with long-run
    ``stddev``, half of any deviation gone after ``half_life`` steps."""

    kind: Literal["mean_reverting"] = "mean_reverting"
    mean: float = 0.0
    stddev: float = Field(1.0, ge=0)
    half_life: float = Field(24.0, gt=0, description="In steps.")
    start_value: float | None = Field(None, description="Defaults to the mean.")


class EventTimeField(FieldBase):
    """Timestamps of events whose rate follows the clock and the calendar.

    The rate at any hour is ``hours[hour] * weekdays[weekday] * months[month]``,
    growing by ``growth`` a year: sales peak in December and at lunchtime,
    clinics open 8 to 18 on weekdays, traffic has bursts. ``round_to`` puts
    events on slots (``15min`` appointments).
    """

    kind: Literal["event_time"] = "event_time"
    min_value: TimePoint = "now-1y"
    max_value: TimePoint = "now"
    hours: list[float] | None = Field(None, description="24 weights, hour 0 first.")
    weekdays: list[float] | None = Field(None, description="7 weights, Monday first.")
    months: list[float] | None = Field(None, description="12 weights, January first.")
    growth: float = Field(0.0, gt=-1, description="Yearly growth of the rate (0.1 = +10%).")
    burst_rate: float = Field(0.0, ge=0, le=1, description="Share of hours with a burst.")
    burst_factor: float = Field(10.0, ge=1, description="How many times busier a burst is.")
    round_to: str | int | None = Field(None, description="Slot length: 5min, 15min, 1h...")

    @model_validator(mode="after")
    def _lengths(self) -> EventTimeField:
        for name, size in (("hours", 24), ("weekdays", 7), ("months", 12)):
            weights = getattr(self, name)
            if weights is not None:
                if len(weights) != size:
                    raise ValueError(f"{name} needs {size} weights, got {len(weights)}")
                if any(w < 0 for w in weights) or not sum(weights) > 0:
                    raise ValueError(f"{name} weights must be >= 0 and sum to more than 0")
        if self.round_to is not None:
            parse_interval(self.round_to)
        return self


class LedgerField(SeriesFieldBase):
    """Bank account entries on a series grid whose balances add up.

    Entity ``j`` is an account; each row is one entry. Amounts are debits
    (card payments, bills: lognormal around ``debit_median``) or, with
    ``credit_rate``, credits (salary, transfers in), several times likelier from
    ``payday`` to the month's end. A ``fraud_rate`` share of debits are fraud:
    larger and labelled. ``balance`` is the opening balance plus every amount so
    far, so ``balance - amount`` is the balance before the entry.
    """

    kind: Literal["ledger"] = "ledger"
    attribute: Literal["amount", "balance", "balance_before", "is_fraud"] = "amount"
    opening_median: float = Field(2500.0, gt=0, description="Typical opening balance.")
    debit_median: float = Field(35.0, gt=0)
    debit_sigma: float = Field(1.0, gt=0, le=5)
    credit_rate: float = Field(0.06, ge=0, le=1)
    credit_median: float = Field(900.0, gt=0)
    credit_sigma: float = Field(0.7, gt=0, le=5)
    payday: int = Field(25, ge=1, le=31, description="Credits cluster from this day on.")
    fraud_rate: float = Field(0.01, ge=0, le=1)
    fraud_factor: float = Field(6.0, ge=1, description="Fraud debits are this many times larger.")
    group: str = "ledger"
