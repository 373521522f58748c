"""What one field item of a sentence asked for, before it becomes a spec field.

The modifiers (:mod:`~lookalike.nl.modifiers`) fill a :class:`Draft`; the
builder (:mod:`~lookalike.nl.fields`) turns it into a field through the shared
naming rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Draft:
    """One field as the sentence describes it."""

    start: int
    end: int
    name: str = ""
    name_spans: list[tuple[int, int]] = field(default_factory=list)
    low: int | float | None = None
    high: int | float | None = None
    money: bool = False
    percent: bool = False
    years: tuple[int, int] | None = None  # a range of 4-digit numbers: years or plain numbers
    time_low: str | dt.date | None = None  # "now-2y" or a date
    time_high: str | dt.date | None = None
    age_low: int | None = None
    age_high: int | None = None
    values: list[Any] | None = None
    weights: list[float] | None = None
    unique: bool = False
    null_rate: float | None = None
    distribution: str | None = None
    mean: float | None = None
    stddev: float | None = None
    locale: str | None = None
    phone_format: str | None = None
    expr: str | None = None
    expr_span: tuple[int, int] | None = None
    calculated: bool = False
    distinct: int | None = None
    hint: str | None = None
    country_mix: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_bounds(self) -> bool:
        """Whether a numeric range was given."""
        return self.low is not None or self.high is not None

    @property
    def has_times(self) -> bool:
        """Whether a time range was given."""
        return self.time_low is not None or self.time_high is not None

    def merge(self, other: Draft) -> None:
        """Take ``other``'s modifiers (an item that only qualifies the field before it)."""
        for name, value in vars(other).items():
            if name in ("start", "end", "name", "name_spans", "extra"):
                continue
            if value is None or value is False or (isinstance(value, list) and not value):
                continue
            setattr(self, name, value)
        self.extra.update(other.extra)
        self.end = max(self.end, other.end)
