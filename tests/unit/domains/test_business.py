"""Business template: the patterns its comments promise, checked statistically."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import lookalike
from lookalike.datasets.build import DomainOptions, domain_spec, template_data
from lookalike.datasets.countries import median_age
from lookalike.pipeline import collect_table

DomainTable = Callable[..., pa.Table]
REFERENCE = dt.datetime(2026, 1, 1)


def expected_shares(spec: dict[str, Any], start: dt.datetime, end: dt.datetime) -> dict[str, Any]:
    """Month, weekday and hour shares an event_time spec implies, hour by hour in plain
    Python (an independent reckoning of what the kind computes)."""
    months, weekdays, hours = Counter[int](), Counter[int](), Counter[int]()
    moment = start
    while moment < end:
        weight = (spec.get("hours") or [1] * 24)[moment.hour]
        weight *= (spec.get("weekdays") or [1] * 7)[moment.weekday()]
        weight *= (spec.get("months") or [1] * 12)[moment.month - 1]
        weight *= (1 + spec.get("growth", 0)) ** ((moment - start).total_seconds() / 31557600)
        months[moment.month] += weight
        weekdays[moment.weekday()] += weight
        hours[moment.hour] += weight
        moment += dt.timedelta(hours=1)
    total = sum(months.values())
    return {
        "months": {k: v / total for k, v in months.items()},
        "weekdays": {k: v / total for k, v in weekdays.items()},
        "hours": {k: v / total for k, v in hours.items()},
    }


@pytest.fixture(scope="module")
def sales(domain_table: DomainTable) -> pa.Table:
    return domain_table("business", "sales", 120_000, country="us")


def _shares(values: list[int]) -> dict[int, float]:
    counts = Counter(values)
    return {k: v / len(values) for k, v in counts.items()}


def test_sales_follow_the_month_weekday_and_hour_rhythm(sales: pa.Table) -> None:
    spec = template_data("business")["tables"]["sales"]["fields"]["sold_at"]
    start = REFERENCE.replace(year=REFERENCE.year - 2)
    expected = expected_shares(spec, start, REFERENCE)
    stamps = sales.column("sold_at").to_pylist()
    n = len(stamps)
    for part, observed in (
        ("months", _shares([s.month for s in stamps])),
        ("weekdays", _shares([s.weekday() for s in stamps])),
        ("hours", _shares([s.hour for s in stamps])),
    ):
        for key, share in expected[part].items():
            error = np.sqrt(share * (1 - share) / n)
            assert abs(observed.get(key, 0.0) - share) < 5 * error + 1e-9, (part, key)
    months = _shares([s.month for s in stamps])
    days = {m: calendar.monthrange(2025, m)[1] for m in range(1, 13)}
    assert months[12] / days[12] > 1.8 * months[2] / days[2]  # December outsells February
    assert {s.hour for s in stamps} <= set(range(7, 22))  # shops are shut at night


def test_each_region_leans_to_its_favourite_category(sales: pa.Table) -> None:
    names = ["Electronics", "Home & Kitchen", "Clothing", "Sports & Outdoors", "Beauty", "Books",
             "Toys & Games", "Groceries"]  # fmt: skip
    regions = sales.column("region").to_pylist()
    categories = sales.column("category").to_pylist()
    overall = Counter(categories)
    by_region: dict[str, Counter[str]] = {}
    for region, category in zip(regions, categories, strict=True):
        by_region.setdefault(region, Counter())[category] += 1
    checked = 0
    for region, counts in by_region.items():
        total = sum(counts.values())
        if total < 3000:
            continue
        favourite = names[(len(region) * 5 + 3) % 8]
        share = counts[favourite] / total
        base = overall[favourite] / len(categories)
        assert share > base + 0.1, (region, favourite, share, base)
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize(("country", "cash"), [("us", 0.16), ("de", 0.51), ("cn", 0.12)])
def test_the_payment_mix_is_the_countrys(
    domain_table: DomainTable, country: str, cash: float
) -> None:
    table = domain_table("business", "sales", 40_000, country=country)
    amounts = np.array(table.column("amount").to_pylist(), dtype=float)
    methods = np.array(table.column("payment_method").to_pylist())
    small = amounts <= 500
    observed = (methods[small] == "Cash").mean()
    assert abs(observed - cash) < 5 * np.sqrt(cash * (1 - cash) / small.sum())
    # Paying cash above 500 is rare: about 5% of those who would have.
    large_cash = (methods[~small] == "Cash").mean()
    assert large_cash < 0.15 * cash


def test_the_currency_and_places_are_the_countrys(domain_table: DomainTable) -> None:
    table = domain_table("business", "sales", 2000, country="germany")
    assert set(table.column("currency").to_pylist()) == {"EUR"}
    assert "Bayern" in set(table.column("region").to_pylist())


@pytest.mark.parametrize("country", ["jp", "pk"])
def test_customer_ages_centre_on_the_countrys_median(
    domain_table: DomainTable, country: str
) -> None:
    ages = np.array(domain_table("business", "customers", 20_000, country=country)
                    .column("age").to_pylist())  # fmt: skip
    # Normal around median + 4 (sd 15), clipped to 18..90: the median of the clipped draw.
    assert abs(np.median(ages) - (median_age(country.upper()) + 4)) < 1.5


def test_orders_items_and_returns_hang_together() -> None:
    spec = domain_spec("business", {"orders": 3000, "order_items": None, "returns": None},
                       DomainOptions())  # fmt: skip
    plan = lookalike.resolve(spec, seed=5)
    orders, items, returns = (collect_table(plan, t) for t in ("orders", "order_items", "returns"))
    assert set(items.column("order_id").to_pylist()) <= set(orders.column("order_id").to_pylist())
    per_order = Counter(items.column("order_id").to_pylist())
    assert 1.9 < np.mean(list(per_order.values())) < 2.5
    assert returns.num_rows / items.num_rows == pytest.approx(0.08, abs=0.015)
    lines = {(o, n): total for o, n, total in zip(
        items.column("order_id").to_pylist(), items.column("line_number").to_pylist(),
        items.column("line_total").to_pylist(), strict=True)}  # fmt: skip
    for order, line, refund in zip(
        returns.column("order_id").to_pylist(),
        returns.column("line_number").to_pylist(),
        returns.column("refund_amount").to_pylist(),
        strict=True,
    ):
        assert lines[(order, line)] == refund
    shipped = orders.column("shipped_at").to_pylist()
    ordered = orders.column("ordered_at").to_pylist()
    assert all(s is None or s > o for s, o in zip(shipped, ordered, strict=True))


def test_customers_sign_up_more_each_year_and_in_the_evening(domain_table: DomainTable) -> None:
    stamps = domain_table("business", "customers", 40_000).column("registered_at").to_pylist()
    first = sum(1 for s in stamps if s < dt.datetime(2022, 1, 1))  # first year: 2021-01..12
    last = sum(1 for s in stamps if dt.datetime(2024, 12, 1) <= s < dt.datetime(2025, 12, 1))
    assert 2.0 < last / first < 2.9  # 1.25 a year for four years: 2.44
    hours = Counter(s.hour for s in stamps)
    assert hours[20] > 3 * hours[8]


def test_orders_ship_and_arrive_by_their_method(domain_table: DomainTable) -> None:
    orders = domain_table("business", "orders", 20_000)
    method = np.array(orders.column("shipping_method").to_pylist())
    assert abs((method == "Standard").mean() - 0.62) < 0.02
    status = np.array(orders.column("status").to_pylist())
    shipped = orders.column("shipped_at").to_pylist()
    delivered = orders.column("delivered_at").to_pylist()
    assert all((s is None) == (st in ("processing", "cancelled")) for s, st in zip(
        shipped, status, strict=True))  # fmt: skip
    assert all((d is None) == (st != "delivered") for d, st in zip(delivered, status, strict=True))
    transit: dict[str, list[float]] = {str(m): [] for m in set(method)}
    for m, s, d in zip(method, shipped, delivered, strict=True):
        if d is not None:
            transit[m].append((d - s).total_seconds() / 3600)
    assert set(transit["Next Day"]) == {16.0}
    assert np.median(transit["Express"]) < 0.6 * np.median(transit["Standard"])
