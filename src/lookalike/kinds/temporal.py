"""Dates, datetimes and times in ranges, absolute or relative to a fixed reference.

Relative points (``now``, ``today``, ``now-2y``, ``now+30d``, ``now-6h``) are
resolved once, at plan time, against the dataset's reference time, so the
output never depends on when a block happens to run. Calendar anchors name the
start of the reference time's year, month or (Monday-based) week:
``year_start`` to ``now`` is "this year so far", ``year_start-1y`` to
``year_start-1d`` is "last year".

>>> import datetime as dt
>>> ref = dt.datetime(2026, 3, 31, 12, tzinfo=dt.UTC)
>>> resolve_time_point("now-1M", ref, "p").isoformat()
'2026-02-28T12:00:00+00:00'
>>> resolve_time_point("year_start-1d", ref, "p").isoformat()
'2025-12-31T00:00:00+00:00'
>>> resolve_time_point("month_start+2M-1d", ref, "p").date().isoformat()  # next month's end
'2026-04-30'
>>> resolve_time_point("2020-01-02", ref, "p").isoformat()
'2020-01-02T00:00:00+00:00'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, register, typed_array
from lookalike.spec import DateField, DatetimeField, TimeField

_STEP = r"([+-])\s*(\d+)\s*(y|M|mo|w|d|h|min|m|s)"
_RELATIVE = re.compile(rf"^(now|today|year_start|month_start|week_start)((?:\s*{_STEP})*)$")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_UNITS_PER_SECOND = {"s": 1, "ms": 1_000, "us": 1_000_000}


def _add_months(moment: dt.datetime, months: int) -> dt.datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def _anchored(reference: dt.datetime, anchor: str) -> dt.datetime:
    """The moment an anchor names: ``now`` itself, else midnight of a day it names."""
    if anchor == "now":
        return reference
    day = reference.replace(hour=0, minute=0, second=0, microsecond=0)
    if anchor == "year_start":
        return day.replace(month=1, day=1)
    if anchor == "month_start":
        return day.replace(day=1)
    if anchor == "week_start":
        return day - dt.timedelta(days=day.weekday())
    return day  # today


def resolve_time_point(value: object, reference: dt.datetime, path: str) -> dt.datetime:
    """A spec time point as an aware UTC datetime."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    text = str(value).strip()
    match = _RELATIVE.match(text)
    if match:
        moment = _anchored(reference, match[1])
        for sign, amount, unit in re.findall(_STEP, match[2]):  # in order: year_start+1y-1d
            count = int(amount) * (1 if sign == "+" else -1)
            if unit == "y":
                moment = _add_months(moment, 12 * count)
            elif unit in {"M", "mo"}:
                moment = _add_months(moment, count)
            else:
                seconds = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "min": 60, "s": 1}[unit]
                moment = moment + dt.timedelta(seconds=count * seconds)
        return moment
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise SpecError(
            f"cannot read {text!r} as a time; use an ISO date like 2024-01-31, a datetime "
            "like 2024-01-31T09:30:00, or now, today, year_start, month_start or "
            "week_start with an optional offset like now-2y, now+30d, year_start-1d",
            path=path,
        ) from None
    return parsed.astimezone(dt.UTC) if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class RangeColumn(Column):
    """Integers in ``[low, high]`` shown as a temporal Arrow type."""

    low: int
    high: int
    arrow_type: pa.DataType
    numpy_type: type[np.integer] = np.int64
    widen_hint = "widen min_value..max_value"

    @property
    def capacity(self) -> int:  # type: ignore[override]
        return self.high - self.low + 1

    def sample(self, ctx: BlockContext) -> pa.Array:
        values = ctx.rng().integers(self.low, self.high, ctx.rows, endpoint=True)
        return typed_array(values.astype(self.numpy_type), self.arrow_type)

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        values = index.astype(np.int64) + self.low
        return typed_array(values.astype(self.numpy_type), self.arrow_type)


def _ordered(low: dt.datetime, high: dt.datetime, path: str) -> None:
    if low > high:
        raise SpecError(
            f"min_value ({low.isoformat()}) is after max_value ({high.isoformat()}); swap them",
            path=path,
        )


@register("date")
def compile_date(spec: DateField, env: Env) -> Column:
    """Compile a ``date`` field: days since 1970 as Arrow date32."""
    low = resolve_time_point(spec.min_value, env.reference_time, f"{env.path}.min_value")
    high = resolve_time_point(spec.max_value, env.reference_time, f"{env.path}.max_value")
    _ordered(low, high, env.path)
    low_day, high_day = (low - _EPOCH).days, (high - _EPOCH).days
    return RangeColumn(low_day, high_day, pa.date32(), np.int32)


@register("datetime")
def compile_datetime(spec: DatetimeField, env: Env) -> Column:
    """Compile a ``datetime`` field: a count of ``resolution`` units since 1970."""
    low = resolve_time_point(spec.min_value, env.reference_time, f"{env.path}.min_value")
    high = resolve_time_point(spec.max_value, env.reference_time, f"{env.path}.max_value")
    _ordered(low, high, env.path)
    if spec.timezone is not None:
        try:
            ZoneInfo(spec.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise SpecError(
                f"unknown timezone {spec.timezone!r}; use an IANA name like Europe/London",
                path=f"{env.path}.timezone",
            ) from None
    per_second = _UNITS_PER_SECOND[spec.resolution]
    low_unit = (low - _EPOCH) // dt.timedelta(microseconds=1_000_000 // per_second)
    high_unit = (high - _EPOCH) // dt.timedelta(microseconds=1_000_000 // per_second)
    return RangeColumn(low_unit, high_unit, pa.timestamp(spec.resolution, tz=spec.timezone))


@register("time")
def compile_time(spec: TimeField, env: Env) -> Column:
    """Compile a ``time`` field: seconds since midnight as Arrow time32."""

    def seconds(value: dt.time) -> int:
        return value.hour * 3600 + value.minute * 60 + value.second

    low, high = seconds(spec.min_value), seconds(spec.max_value)
    if low > high:
        raise SpecError("min_value is after max_value; swap them", path=env.path)
    return RangeColumn(low, high, pa.time32("s"), np.int32)
