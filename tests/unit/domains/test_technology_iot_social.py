"""Technology, IoT and social templates: status mixes, tails, bursts, cycles, drift, graphs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pytest

DomainTable = Callable[..., pa.Table]


def daily_cycle(seconds: np.ndarray, values: np.ndarray) -> tuple[float, float]:
    """Amplitude and peak hour of the 24-hour cosine in ``values`` (least squares)."""
    days = seconds / 86400.0
    keep = ~np.isnan(values)
    design = np.column_stack([np.ones_like(days), np.cos(2 * np.pi * days),
                              np.sin(2 * np.pi * days)])  # fmt: skip
    coef = np.linalg.lstsq(design[keep], values[keep], rcond=None)[0]
    return float(np.hypot(coef[1], coef[2])), float(
        np.degrees(np.arctan2(coef[2], coef[1])) / 15 % 24
    )


def seconds_of(table: pa.Table, column: str) -> np.ndarray:
    """A timestamp column (seconds) as float seconds since 1970."""
    seconds: np.ndarray = table.column(column).cast(pa.int64()).to_numpy().astype(float)
    return seconds


@pytest.fixture(scope="module")
def logs(domain_table: DomainTable) -> pa.Table:
    return domain_table("technology", "web_logs", 150_000)


def test_web_logs_have_the_status_mix_and_a_long_latency_tail(logs: pa.Table) -> None:
    status = np.array(logs.column("status_code").to_pylist())
    ok = np.isin(status, [200, 201]).mean()
    assert abs(ok - 0.86) < 0.01
    assert abs((status >= 500).mean() - 0.015) < 0.003
    assert abs((status == 404).mean() - 0.03) < 0.003
    latency = np.array(logs.column("latency_ms").to_pylist())
    p50, p99 = np.percentile(latency, [50, 99])
    assert p99 > 10 * p50
    assert np.median(latency[status >= 500]) > 3 * np.median(latency[status == 200])


def test_web_traffic_follows_the_day_and_bursts(logs: pa.Table) -> None:
    hours = (seconds_of(logs, "requested_at") // 3600).astype(np.int64)
    per_hour = np.bincount(hours - hours.min())[:-1]
    of_day = Counter(int(h % 24) for h in hours)
    assert of_day[14] > 5 * of_day[3]
    # Bursts: 2% of hours are 8x busier, so the busiest hours stand far above the usual peak.
    daytime = per_hour[np.isin((np.arange(len(per_hour)) + hours.min()) % 24, range(9, 18))]
    assert np.max(per_hour) > 4 * np.median(daytime)


def test_sessions_peak_in_the_evening(domain_table: DomainTable) -> None:
    sessions = domain_table("technology", "app_sessions", 30_000)
    hours = Counter(s.hour for s in sessions.column("started_at").to_pylist())
    assert hours[21] > 1.5 * hours[10]
    assert hours[21] > 10 * hours[4]
    durations = np.array(sessions.column("duration_seconds").to_pylist())
    spans = zip(sessions.column("started_at").to_pylist(),
                sessions.column("ended_at").to_pylist(), strict=True)  # fmt: skip
    assert [(end - start).total_seconds() for start, end in spans] == durations.tolist()


def test_system_metrics_cycle_leak_and_drop_out(domain_table: DomainTable) -> None:
    metrics = domain_table("technology", "system_metrics", None)
    seconds = seconds_of(metrics, "timestamp")
    cpu = np.array(metrics.column("cpu_percent").to_pylist(), dtype=float)
    amplitude, peak = daily_cycle(seconds, cpu)
    assert abs(amplitude - 14) < 1.5
    assert abs(peak - 14) < 0.5
    memory = np.array(metrics.column("memory_percent").to_pylist(), dtype=float)
    slope = np.polyfit(seconds[~np.isnan(memory)] / 86400, memory[~np.isnan(memory)], 1)[0]
    assert abs(slope - 1.5) < 0.3
    assert 0.001 < np.isnan(cpu).mean() < 0.01


@pytest.fixture(scope="module")
def sensors(domain_table: DomainTable) -> pa.Table:
    return domain_table("iot", "sensor_readings", None, extra={"sensors": 100})


def test_sensor_temperatures_cycle_daily_drift_and_have_gaps(sensors: pa.Table) -> None:
    seconds = seconds_of(sensors, "timestamp")
    temperature = np.array(sensors.column("temperature_c").to_pylist(), dtype=float)
    amplitude, peak = daily_cycle(seconds, temperature)
    assert abs(amplitude - 3.0) < 0.3
    assert abs(peak - 15) < 0.5
    assert abs(np.isnan(temperature).mean() - 0.01) < 0.004
    lost = np.isnan(temperature.reshape(-1, 100))
    assert lost[1:][lost[:-1]].mean() > 0.9  # gaps last hours, not single readings
    days = seconds.reshape(-1, 100)[:, 0] / 86400
    grid = temperature.reshape(-1, 100)
    slopes = [np.polyfit(days[~np.isnan(c)], c[~np.isnan(c)], 1)[0] for c in grid.T]
    assert 0.02 < np.std(slopes) < 0.09  # each sensor drifts its own way (0.05 per day)


def test_batteries_decline_and_run_low(sensors: pa.Table) -> None:
    battery = np.array(sensors.column("battery_pct").to_pylist(), dtype=float).reshape(-1, 100)
    per_day = (battery[0] - battery[-1]) / 14
    assert abs(per_day.mean() - 1.2) < 0.15
    assert (np.diff(battery, axis=0) <= 0.2).mean() > 0.99
    status = np.array(sensors.column("status").to_pylist()).reshape(-1, 100)
    assert set(status[battery < 15]) == {"low_battery"} or not (battery < 15).any()


def test_the_follow_graph_is_heavy_tailed(domain_table: DomainTable) -> None:
    follows = domain_table("social", "follows", 100_000)
    degree = np.array(sorted(Counter(follows.column("followee_id").to_pylist()).values()))[::-1]
    top = degree[: max(1, len(degree) // 100)].sum() / degree.sum()
    assert top > 0.3  # the top 1% of accounts hold over 30% of follows
    assert degree[0] > 100 * np.median(degree)


def test_post_engagement_scales_with_the_audience(domain_table: DomainTable) -> None:
    posts = domain_table("social", "posts", 30_000)
    profiles = domain_table("social", "profiles", None)
    followers = dict(zip(profiles.column("user_id").to_pylist(),
                         profiles.column("followers_count").to_pylist(), strict=True))  # fmt: skip
    audience = np.array([followers[a] for a in posts.column("author_id").to_pylist()], dtype=float)
    likes = np.array(posts.column("likes").to_pylist(), dtype=float)
    ranks = np.argsort(np.argsort(audience)), np.argsort(np.argsort(likes))
    assert np.corrcoef(*ranks)[0, 1] > 0.5
    shares = np.array(posts.column("shares").to_pylist())
    assert (shares <= likes).all()


def test_each_sensor_stays_at_one_place_in_the_country(sensors: pa.Table) -> None:
    lat = np.array(sensors.column("latitude").to_pylist()).reshape(-1, 100)
    lon = np.array(sensors.column("longitude").to_pylist()).reshape(-1, 100)
    assert (lat == lat[0]).all()
    assert (lon == lon[0]).all()
    assert len(set(zip(lat[0], lon[0], strict=True))) > 95
    assert ((lat[0] > 18) & (lat[0] < 72) & (lon[0] > -180) & (lon[0] < -60)).all()  # the US
