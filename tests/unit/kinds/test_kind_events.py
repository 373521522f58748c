"""event_time: timestamps whose rate follows the clock and the calendar."""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pytest

import lookalike
from lookalike.errors import SpecError


def stamps(rows: int = 20_000, **field: Any) -> list[Any]:
    options = {"kind": "event_time", "min_value": "2024-01-01", "max_value": "2025-01-01", **field}
    spec = {"seed": 3, "tables": {"t": {"rows": rows, "fields": {"at": options}}}}
    values: list[Any] = lookalike.generate(spec).column("at").to_pylist()
    return values


def test_without_weights_events_are_uniform_over_the_range() -> None:
    found = stamps()
    months = Counter(s.month for s in found)
    assert all(abs(months[m] / len(found) - 1 / 12) < 0.01 for m in range(1, 13))
    assert min(found).year == 2024
    assert max(found).year == 2024


def test_growth_makes_later_events_likelier() -> None:
    found = stamps(growth=1.0)  # twice the rate after a year
    first, second = (sum(1 for s in found if (s.month <= 6) == half) for half in (True, False))
    # Rate 2^t over t in [0, 1]: the second half holds 2^0.5 times the first.
    assert abs(second / first - 2**0.5) < 0.05


def test_slots_and_bursts() -> None:
    found = stamps(round_to="15min", burst_rate=0.01, burst_factor=30)
    assert all(s.minute % 15 == 0 and s.second == 0 for s in found)
    per_hour = Counter(s.replace(minute=0) for s in found)
    counts = np.array(list(per_hour.values()))
    assert counts.max() > 8 * np.median(counts)


@pytest.mark.parametrize(
    ("field", "message"),
    [({"hours": [1] * 23}, "hours needs 24 weights"),
     ({"weekdays": [0] * 7}, "sum to more than 0"),
     ({"min_value": "2025-01-01", "max_value": "2024-01-01"}, "must be before"),
     ({"hours": [0] * 23 + [1], "min_value": "2024-01-01", "max_value": "2024-01-01T12:00"},
      "no hour"),
     ({"round_to": "soon"}, "cannot read interval")],
)  # fmt: skip
def test_bad_options_are_refused(field: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        stamps(rows=10, **field)
