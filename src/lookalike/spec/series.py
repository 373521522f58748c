"""Time series in a spec: intervals, seasonality, and the table-level ``series`` option.

A table with ``series: {start, end, interval, entities}`` is a regular grid of
readings: one row per entity per time step, in time order (entity ``j`` of
``E`` owns rows ``j, j + E, ...``, so a file reads like a log sorted by time).
The option expands into ordinary fields before the table is checked: a
``timestamp`` field, an ``entity`` field when there are several entities, the
row count, and the grid's timing copied into every series field that does not
set its own.

>>> parse_interval("1hour"), parse_interval("5min"), parse_interval("1 day")
(3600, 300, 86400)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

#: Kinds whose values depend on the time grid (they take its timing).
SERIES_KINDS = frozenset(
    {"series_time", "series_entity", "random_walk", "gbm", "mean_reverting", "ledger"}
)

_UNITS = {
    "s": 1, "sec": 1, "second": 1, "seconds": 1,
    "min": 60, "m": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600,
    "d": 86400, "day": 86400, "days": 86400,
    "w": 604800, "week": 604800, "weeks": 604800,
}  # fmt: skip
_INTERVAL = re.compile(r"^\s*(\d+)?\s*([a-z]+)\s*$")


def parse_interval(text: str | int) -> int:
    """Seconds in an interval written ``15s``, ``1min``, ``5min``, ``1h``, ``1hour``, ``1day``.

    >>> parse_interval("15 minutes")
    900
    """
    if isinstance(text, int) and not isinstance(text, bool):
        seconds = text
    else:
        match = _INTERVAL.match(str(text).lower())
        if not match or match.group(2) not in _UNITS:
            raise ValueError(
                f"cannot read interval {text!r}; write a count and a unit like 1min, 5min, "
                "1h, 1hour, 1day (or a number of seconds)"
            )
        seconds = int(match.group(1) or 1) * _UNITS[match.group(2)]
    if not 1 <= seconds <= 366 * 86400:
        raise ValueError(f"interval must be between 1 second and a year, got {seconds:,} s")
    return seconds


class Seasonality(BaseModel):
    """Repeating patterns added to a series, as functions of each row's timestamp.

    Each is a cosine with the given amplitude peaking at the given moment: the
    hour of the day, the weekday (0 = Monday) or the day of the year.

    >>> Seasonality(daily=2.0).daily_peak
    15.0
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    daily: float = Field(0.0, description="Amplitude of the daily cycle.")
    daily_peak: float = Field(15.0, ge=0, lt=24, description="Hour of the daily peak.")
    weekly: float = Field(0.0, description="Amplitude of the weekly cycle.")
    weekly_peak: float = Field(4.0, ge=0, lt=7, description="Weekday of the peak, 0 = Monday.")
    yearly: float = Field(0.0, description="Amplitude of the yearly cycle.")
    yearly_peak: float = Field(200.0, ge=0, lt=366, description="Day of the year of the peak.")


class SeriesGrid(BaseModel):
    """A table-level time grid: ``series: {start: 2024-01-01, end: 2024-02-01, interval: 1h,
    entities: 500}``. Give ``end`` to fix the row count, or leave it out and give ``rows``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: str | dt.date | dt.datetime = Field("now-30d", description="First timestamp.")
    end: str | dt.date | dt.datetime | None = Field(
        None, description="Timestamps stop before this (ISO date/datetime); sets the row count."
    )
    interval: str | int = Field("1h", description="Time step: 1min, 5min, 1h, 1day...")
    entities: int = Field(1, ge=1, le=10**7, description="Series side by side (sensors...).")
    calendar: Literal["all", "weekdays"] = Field(
        "all", description="weekdays: daily steps skip Saturdays and Sundays (trading days)."
    )
    time_field: str = Field("timestamp", description="Name of the timestamp field added.")
    entity_field: str = Field("entity", description="Name of the entity field added.")
    entity_prefix: str = Field("E", description="Entity labels: prefix then a number.")

    @field_validator("interval")
    @classmethod
    def _interval(cls, value: str | int) -> str | int:
        parse_interval(value)
        return value

    @model_validator(mode="after")
    def _calendar(self) -> SeriesGrid:
        if self.calendar == "weekdays" and parse_interval(self.interval) != 86400:
            raise ValueError("calendar weekdays needs interval: 1day")
        if self.end is not None and (_absolute(self.start) is None or _absolute(self.end) is None):
            raise ValueError(
                "series start and end must both be ISO dates (like 2024-01-31) to set the row "
                "count; with a relative start (now-30d), leave end out and give rows"
            )
        return self

    def steps(self) -> int | None:
        """Time steps from start to end, when both are absolute dates; else None."""
        if self.end is None:
            return None
        start, end = _absolute(self.start), _absolute(self.end)
        if start is None or end is None:
            return None
        if self.calendar == "weekdays":
            import numpy as np

            count = int(np.busday_count(start.date(), end.date()))
        else:
            count = -(-int((end - start).total_seconds()) // parse_interval(self.interval))
        if count <= 0:
            raise ValueError(f"end ({end.isoformat()}) must be after start ({start.isoformat()})")
        return count


def _absolute(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None  # a relative point (now-30d) is resolved at plan time
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def expand_series(data: Any) -> Any:
    """A raw table dict with its ``series`` option turned into fields and a row count."""
    if not isinstance(data, dict) or data.get("series") is None:
        return data
    grid = SeriesGrid.model_validate(data["series"])
    fields = data.get("fields") or {}
    if not isinstance(fields, dict):
        return data
    timing = {
        "entities": grid.entities, "start": grid.start, "interval": grid.interval,
        "calendar": grid.calendar,
    }  # fmt: skip
    added: dict[str, Any] = {}
    if grid.time_field not in fields:
        added[grid.time_field] = {"kind": "series_time"}
    if grid.entities > 1 and grid.entity_field not in fields:
        added[grid.entity_field] = {"kind": "series_entity", "prefix": grid.entity_prefix}
    merged: dict[str, Any] = {}
    for name, spec in {**added, **fields}.items():
        if isinstance(spec, dict) and spec.get("kind") in SERIES_KINDS:
            spec = {**{k: v for k, v in timing.items() if k not in spec}, **spec}
        merged[name] = spec
    result = {
        **data,
        "series": grid.model_dump(mode="json", exclude_defaults=True),
        "fields": merged,
    }
    steps = grid.steps()
    if steps is not None:
        wanted = steps * grid.entities
        given = data.get("rows")
        if given is not None and given != wanted:
            raise ValueError(
                f"rows is {given:,} but series start..end makes {wanted:,} "
                f"({steps:,} steps x {grid.entities:,} entities); drop one of them"
            )
        result["rows"] = wanted
    return result
