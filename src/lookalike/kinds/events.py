"""Event timestamps whose rate follows the clock and the calendar.

Sales cluster at lunchtime, on Saturdays and before Christmas; clinics see
patients on weekdays between 8 and 18; web traffic has bursts. At plan time
the range is cut into hours, each weighted by its hour of day, weekday, month,
growth and (rarely) a burst; a block then draws hours through an alias table
(constant time per draw) and a uniform second within each: vectorised, and
any block alone.

>>> import lookalike
>>> spec = {"seed": 2, "tables": {"t": {"rows": 2000, "fields": {"at": {
...     "kind": "event_time", "min_value": "2024-01-01", "max_value": "2024-03-01",
...     "hours": [0] * 9 + [1] * 8 + [0] * 7, "weekdays": [1, 1, 1, 1, 1, 0, 0]}}}}}
>>> stamps = lookalike.generate(spec).column("at").to_pylist()
>>> {s.weekday() < 5 and 9 <= s.hour < 17 for s in stamps}
{True}
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, register, typed_array
from lookalike.kinds.hashing import hashed_uniform
from lookalike.kinds.temporal import resolve_time_point
from lookalike.spec.fields import EventTimeField
from lookalike.spec.series import parse_interval

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: Above this many hours (about 57 years) the hour table would be wasteful.
_MAX_HOURS = 500_000


@dataclass(frozen=True, eq=False)
class EventTimeColumn(Column):
    """Seconds since 1970 drawn from an hourly rate table."""

    first_hour: int  # hours since 1970 of the table's first hour
    hours: AliasTable  # draws an hour of the range by its weight in O(1)
    low: int
    high: int
    slot: int | None
    arrow_type: pa.DataType = field(default=pa.timestamp("s"))

    def sample(self, ctx: BlockContext) -> pa.Array:
        hours = self.hours.lookup(ctx.uniform("hours")).astype(np.int64)
        within = (ctx.uniform("seconds") * 3600).astype(np.int64)
        seconds = (self.first_hour + hours) * 3600 + within
        if self.slot is not None:
            seconds -= seconds % self.slot
        seconds = np.clip(seconds, self.low, self.high)
        return typed_array(seconds.astype(np.int64), self.arrow_type)


def hour_weights(spec: EventTimeField, first_hour: int, count: int, key: int) -> np.ndarray:
    """The rate of each hour of the range (before normalising)."""
    hours = first_hour + np.arange(count, dtype=np.int64)
    days = hours // 24
    weights = np.ones(count)
    if spec.hours is not None:
        weights *= np.asarray(spec.hours)[hours % 24]
    if spec.weekdays is not None:
        weights *= np.asarray(spec.weekdays)[(days + 3) % 7]  # 1970-01-01 was a Thursday
    if spec.months is not None:
        months = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12
        weights *= np.asarray(spec.months)[months]
    if spec.growth:
        weights *= (1.0 + spec.growth) ** ((hours - first_hour) / (24 * 365.25))
    if spec.burst_rate:
        bursts = hashed_uniform(key, hours) < spec.burst_rate
        weights[bursts] *= spec.burst_factor
    return weights


@register("event_time")
def compile_event_time(spec: EventTimeField, env: Env) -> Column:
    """Compile an ``event_time`` field."""
    low = resolve_time_point(spec.min_value, env.reference_time, f"{env.path}.min_value")
    high = resolve_time_point(spec.max_value, env.reference_time, f"{env.path}.max_value")
    if low >= high:
        raise SpecError(
            f"min_value ({low.isoformat()}) must be before max_value ({high.isoformat()})",
            path=env.path,
        )
    low_s, high_s = int((low - _EPOCH).total_seconds()), int((high - _EPOCH).total_seconds())
    first_hour, last_hour = low_s // 3600, (high_s - 1) // 3600
    count = last_hour - first_hour + 1
    if count > _MAX_HOURS:
        raise SpecError(
            f"the range spans {count:,} hours; event_time takes at most {_MAX_HOURS:,} "
            "(about 57 years): narrow min_value..max_value",
            path=env.path,
        )
    from lookalike.randomness import stable_hash

    weights = hour_weights(spec, first_hour, count, stable_hash(env.path))
    if not weights.sum() > 0:
        raise SpecError(
            "no hour in min_value..max_value has a rate above 0; check hours/weekdays/months",
            path=env.path,
        )
    slot = parse_interval(spec.round_to) if spec.round_to is not None else None
    return EventTimeColumn(first_hour, AliasTable.from_weights(weights), low_s, high_s - 1, slot)
