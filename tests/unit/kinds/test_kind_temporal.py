"""date, datetime and time kinds, and relative time points like ``now-2y``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pytest

import lookalike
from lookalike.errors import SpecError
from lookalike.kinds.temporal import resolve_time_point
from lookalike.pipeline import collect_table
from lookalike.plan import build_plan, default_reference_time
from lookalike.spec import spec_from_dict

Column = Callable[..., pa.ChunkedArray]
Spec = Callable[..., dict[str, Any]]
REF = dt.datetime(2026, 3, 31, 15, 45, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", REF),
        ("today", dt.datetime(2026, 3, 31, tzinfo=dt.UTC)),
        ("now-2y", dt.datetime(2024, 3, 31, 15, 45, 30, tzinfo=dt.UTC)),
        ("now+1y", dt.datetime(2027, 3, 31, 15, 45, 30, tzinfo=dt.UTC)),
        ("now-1M", dt.datetime(2026, 2, 28, 15, 45, 30, tzinfo=dt.UTC)),
        ("now-13mo", dt.datetime(2025, 2, 28, 15, 45, 30, tzinfo=dt.UTC)),
        ("now+30d", REF + dt.timedelta(days=30)),
        ("now - 2w", REF - dt.timedelta(weeks=2)),
        ("now-6h", REF - dt.timedelta(hours=6)),
        ("now+15m", REF + dt.timedelta(minutes=15)),
        ("now+15min", REF + dt.timedelta(minutes=15)),
        ("now-90s", REF - dt.timedelta(seconds=90)),
        ("today-1d", dt.datetime(2026, 3, 30, tzinfo=dt.UTC)),
        ("2020-01-02", dt.datetime(2020, 1, 2, tzinfo=dt.UTC)),
        ("2020-01-02T03:04:05", dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=dt.UTC)),
        ("2020-01-02T03:04:05+02:00", dt.datetime(2020, 1, 2, 1, 4, 5, tzinfo=dt.UTC)),
        (dt.date(2021, 5, 6), dt.datetime(2021, 5, 6, tzinfo=dt.UTC)),
        (dt.datetime(2021, 5, 6, 7, 8), dt.datetime(2021, 5, 6, 7, 8, tzinfo=dt.UTC)),
    ],
)
def test_resolve_time_point(text: object, expected: dt.datetime) -> None:
    resolved = resolve_time_point(text, REF, "p")
    assert resolved == expected
    assert resolved.tzinfo is not None


def test_leap_day_minus_a_year() -> None:
    leap = dt.datetime(2024, 2, 29, tzinfo=dt.UTC)
    assert resolve_time_point("now-1y", leap, "p") == dt.datetime(2023, 2, 28, tzinfo=dt.UTC)


def test_bad_time_point_names_its_path() -> None:
    with pytest.raises(SpecError, match=r"^x\.min_value: cannot read 'soon' as a time"):
        resolve_time_point("soon", REF, "x.min_value")


def test_date_range_with_relative_points(column_of: Column) -> None:
    # reference_time is pinned to 2026-01-01T00:00Z by the fixture's spec.
    column = column_of({"kind": "date", "min_value": "now-2y", "max_value": "now"}, rows=50_000)
    assert column.type == pa.date32()
    values = column.to_pylist()
    assert min(values) >= dt.date(2024, 1, 1)
    assert max(values) <= dt.date(2026, 1, 1)
    assert min(values) <= dt.date(2024, 1, 3)
    assert max(values) >= dt.date(2025, 12, 29)


def test_small_date_range_hits_both_ends(column_of: Column) -> None:
    field = {"kind": "date", "min_value": "2024-02-28", "max_value": "2024-03-01"}
    values = set(column_of(field, rows=500).to_pylist())
    assert values == {dt.date(2024, 2, 28), dt.date(2024, 2, 29), dt.date(2024, 3, 1)}


def test_dates_before_1970(column_of: Column) -> None:
    field = {"kind": "date", "min_value": "1900-01-01", "max_value": "1900-01-02"}
    assert set(column_of(field, rows=100).to_pylist()) == {
        dt.date(1900, 1, 1),
        dt.date(1900, 1, 2),
    }


def test_datetime_range_and_default_type(column_of: Column) -> None:
    field = {"kind": "datetime", "min_value": "2023-01-01", "max_value": "now"}
    column = column_of(field, rows=50_000)
    assert column.type == pa.timestamp("s")
    values = column.to_pylist()
    assert min(values) >= dt.datetime(2023, 1, 1)
    assert max(values) <= dt.datetime(2026, 1, 1)
    assert all(v.microsecond == 0 for v in values)


@pytest.mark.parametrize("resolution", ["s", "ms", "us"])
def test_datetime_resolution(column_of: Column, resolution: str) -> None:
    field = {
        "kind": "datetime",
        "min_value": "now-1d",
        "max_value": "now",
        "resolution": resolution,
    }
    column = column_of(field, rows=2000)
    assert column.type == pa.timestamp(resolution)
    values = column.to_pylist()
    assert min(values) >= dt.datetime(2025, 12, 31)
    assert max(values) <= dt.datetime(2026, 1, 1)
    if resolution != "s":
        assert any(v.microsecond for v in values)


def test_datetime_timezone(column_of: Column) -> None:
    field = {
        "kind": "datetime",
        "min_value": "2024-06-01T00:00:00Z",
        "max_value": "2024-06-02T00:00:00Z",
        "timezone": "Europe/London",
    }
    column = column_of(field, rows=1000)
    assert column.type == pa.timestamp("s", tz="Europe/London")
    values = column.to_pylist()
    assert all(v.utcoffset() == dt.timedelta(hours=1) for v in values)  # BST in June
    low = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    assert all(low <= v <= low + dt.timedelta(days=1) for v in values)


def test_time_of_day(column_of: Column) -> None:
    field = {"kind": "time", "min_value": "09:00", "max_value": "17:30:00"}
    column = column_of(field, rows=20_000)
    assert column.type == pa.time32("s")
    values = column.to_pylist()
    assert min(values) >= dt.time(9, 0)
    assert max(values) <= dt.time(17, 30)
    assert min(values) < dt.time(9, 5)
    assert max(values) > dt.time(17, 25)


def test_time_default_covers_the_day(column_of: Column) -> None:
    values = column_of({"kind": "time"}, rows=20_000).to_pylist()
    assert min(values) < dt.time(0, 10)
    assert max(values) > dt.time(23, 50)


def test_relative_points_follow_the_pinned_reference(make_spec: Spec) -> None:
    spec = spec_from_dict(
        make_spec(
            {
                "d": {"kind": "date", "min_value": "now-7d", "max_value": "now-7d"},
                "a": {"kind": "date", "min_value": "2020-01-01", "max_value": "2020-12-31"},
            },
            rows=50,
        )
    )
    pinned = lookalike.generate(spec)
    assert pinned.column("d").to_pylist() == [dt.date(2025, 12, 25)] * 50
    later = build_plan(spec, reference_time=dt.datetime(2030, 6, 15, 12, tzinfo=dt.UTC))
    moved = collect_table(later, "t")
    assert moved.column("d").to_pylist() == [dt.date(2030, 6, 8)] * 50
    # absolute ranges do not depend on the reference
    assert moved.column("a").to_pylist() == pinned.column("a").to_pylist()


def test_reference_defaults_to_today_midnight_utc(make_spec: Spec) -> None:
    reference = default_reference_time()
    today = dt.datetime.now(dt.UTC).date()
    assert reference == dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)
    spec = spec_from_dict(make_spec({"d": {"kind": "date"}}, reference=None))
    plan = build_plan(spec)
    assert plan.reference_time in {reference, default_reference_time()}


def test_naive_reference_time_is_utc(make_spec: Spec) -> None:
    spec = spec_from_dict(make_spec({"d": {"kind": "date"}}))
    plan = build_plan(spec, reference_time=dt.datetime(2026, 1, 1))
    assert plan.reference_time == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
