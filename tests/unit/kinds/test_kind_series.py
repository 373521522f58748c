"""Time series kinds: blocks made alone equal a full run, and the statistics are as asked."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import lookalike
from lookalike.engine import generate_block
from lookalike.errors import SpecError
from lookalike.kinds.bridge import Brownian, OrnsteinUhlenbeck, entity_paths
from lookalike.pipeline import RowRange, collect_table
from lookalike.plan import build_plan
from lookalike.randomness import BLOCK_ROWS
from lookalike.spec import spec_from_dict


def series_spec(fields: dict[str, Any], seed: int = 5, **grid: Any) -> dict[str, Any]:
    options = {"start": "2024-01-01", "interval": "1h", "entities": 4, **grid}
    return {"seed": seed, "tables": {"s": {"series": options, "fields": fields}}}


def matrix(table: pa.Table, column: str, entities: int) -> np.ndarray:
    """A column as (steps x entities), nulls as NaN."""
    values = table.column(column).to_numpy(zero_copy_only=False).astype(float)
    shaped: np.ndarray = values[: len(values) // entities * entities].reshape(-1, entities)
    return shaped


def test_a_block_made_alone_equals_the_same_rows_of_a_full_run() -> None:
    fields = {
        "walk": {"kind": "random_walk", "noise": 0.1, "seasonality": {"daily": 1}},
        "level": {"kind": "mean_reverting", "half_life": 6, "outage_rate": 0.1},
        "price": {"kind": "gbm", "sectors": 2, "market_correlation": 0.3},
        "ret": {"kind": "gbm", "attribute": "return", "group": "p"},
        "vol": {"kind": "gbm", "attribute": "volume", "group": "p"},
    }
    plan = build_plan(spec_from_dict(series_spec(fields, entities=7)), rows=3 * BLOCK_ROWS + 10)
    full = lookalike.generate(series_spec(fields, entities=7), rows=3 * BLOCK_ROWS + 10)
    for block in (2, 1, 3):
        alone = generate_block(plan, "s", block)
        expected = full.slice(block * BLOCK_ROWS, alone.num_rows)
        assert pa.Table.from_batches([alone]).equals(expected)
    rows = collect_table(plan, "s", row_range=RowRange(BLOCK_ROWS - 5, BLOCK_ROWS + 5))
    assert rows.equals(full.slice(BLOCK_ROWS - 5, 10))


def test_a_table_that_grows_keeps_its_first_rows() -> None:
    fields = {"walk": {"kind": "random_walk"}, "level": {"kind": "mean_reverting"}}
    small = lookalike.generate(series_spec(fields), rows=100)
    large = lookalike.generate(series_spec(fields), rows=5000)
    assert large.slice(0, 100).equals(small)


@pytest.mark.parametrize("entities", [1, 3, 1000])
def test_brownian_paths_have_unit_steps_across_block_boundaries(entities: int) -> None:
    path = np.concatenate(
        [entity_paths(Brownian(), 11, "t", "w", block=b, entities=entities) for b in range(3)]
    )
    steps = np.diff(path[: len(path) // entities * entities].reshape(-1, entities), axis=0)
    # Every increment, the ones straddling block boundaries included, is N(0, 1).
    assert abs(steps.var() - 1.0) < 0.03
    boundary = [BLOCK_ROWS // entities - 1, 2 * BLOCK_ROWS // entities - 1]
    if entities == 1000:
        for row in boundary:  # 1000 increments each: the variance is within 5 standard errors
            assert abs(steps[row].var() - 1.0) < 5 * np.sqrt(2 / 1000)
    assert path[0] == 0.0


def test_brownian_variance_grows_with_time() -> None:
    entities = 2000
    path = np.concatenate(
        [entity_paths(Brownian(), 3, "t", "w", block=b, entities=entities) for b in range(4)]
    )
    walk = path[: len(path) // entities * entities].reshape(-1, entities)
    for step in (10, 32, 33, 65, 100):  # 32 and 65 are block boundaries
        ratio = walk[step].var() / step
        assert abs(ratio - 1.0) < 5 * np.sqrt(2 / entities)


def test_mean_reverting_paths_have_the_asked_memory_and_spread() -> None:
    process = OrnsteinUhlenbeck(half_life=10.0)
    path = np.concatenate(
        [entity_paths(process, 4, "t", "o", block=b, entities=1) for b in range(3)]
    )
    tail = path[1000:]
    lag_one = np.corrcoef(tail[:-1], tail[1:])[0, 1]
    assert abs(lag_one - 0.5 ** (1 / 10)) < 0.01
    assert abs(tail.var() - 1.0) < 0.15


def test_gbm_log_returns_have_the_asked_volatility_and_sector_correlation() -> None:
    options = {
        "volatility": 0.3, "drift": 0.0, "sectors": 3, "market_correlation": 0.2,
        "sector_correlation": 0.4, "group": "p",
    }  # fmt: skip
    fields = {
        "close": {"kind": "gbm", **options},
        "ret": {"kind": "gbm", "attribute": "return", **options},
        "volume": {"kind": "gbm", "attribute": "volume", **options},
    }
    spec = series_spec(fields, entities=12, interval="1day", calendar="weekdays",
                       end="2016-01-01", start="2000-01-01")  # fmt: skip
    table = lookalike.generate(spec)
    returns = matrix(table, "ret", 12)[1:]
    assert abs(returns.std(axis=0).mean() * np.sqrt(252) - 0.3) < 0.01
    corr = np.corrcoef(returns.T)
    same = np.mean([corr[i, j] for i in range(12) for j in range(i + 1, 12) if i % 3 == j % 3])
    other = np.mean([corr[i, j] for i in range(12) for j in range(i + 1, 12) if i % 3 != j % 3])
    assert abs(same - 0.6) < 0.05
    assert abs(other - 0.2) < 0.05
    prices = matrix(table, "close", 12)
    assert np.allclose(np.diff(np.log(prices), axis=0), returns)
    volume = np.log(matrix(table, "volume", 12)[1:])
    assert np.corrcoef(np.abs(returns).ravel(), volume.ravel())[0, 1] > 0.5
    weekdays = {d.weekday() for d in table.column("timestamp").to_pylist()}
    assert weekdays == {0, 1, 2, 3, 4}


def test_seasonality_and_trend_are_as_asked() -> None:
    season = {"daily": 3.0, "daily_peak": 14, "weekly": 1.5, "weekly_peak": 5}
    fields = {"t": {"kind": "mean_reverting", "stddev": 0.5, "half_life": 3,
                    "seasonality": season, "trend": 0.1, "noise": 0.2}}  # fmt: skip
    table = lookalike.generate(series_spec(fields, entities=1, end="2024-07-01"))
    seconds = table.column("timestamp").cast(pa.int64()).to_numpy() / 86400.0
    values = table.column("t").to_numpy()
    days = seconds - seconds[0]
    weekday = seconds + 3.0
    design = np.column_stack([
        np.ones_like(days), days,
        np.cos(2 * np.pi * seconds), np.sin(2 * np.pi * seconds),
        np.cos(2 * np.pi * weekday / 7), np.sin(2 * np.pi * weekday / 7),
    ])  # fmt: skip
    coef = np.linalg.lstsq(design, values, rcond=None)[0]
    assert abs(coef[1] - 0.1) < 0.01
    assert abs(np.hypot(coef[2], coef[3]) - 3.0) < 0.1
    peak_hour = (np.degrees(np.arctan2(coef[3], coef[2])) / 15) % 24
    assert abs(peak_hour - 14) < 0.3
    assert abs(np.hypot(coef[4], coef[5]) - 1.5) < 0.15


def test_outages_blank_the_asked_share_in_runs() -> None:
    fields = {"r": {"kind": "random_walk", "outage_rate": 0.05, "outage_steps": 10}}
    table = lookalike.generate(series_spec(fields, entities=50, end="2024-04-01"))
    lost = np.isnan(matrix(table, "r", 50))
    assert abs(lost.mean() - 0.05) < 0.01
    # Gaps come in runs: a lost reading is mostly followed by another.
    after = lost[1:][lost[:-1]]
    assert after.mean() > 0.8


def test_entity_offsets_and_drift_differ_between_entities() -> None:
    battery_spec = {
        "kind": "random_walk", "start_value": 100, "step_stddev": 0, "trend": -1.0,
        "trend_spread": 0.2, "min_value": 0, "max_value": 100,
    }  # fmt: skip
    fields = {"b": battery_spec}
    table = lookalike.generate(series_spec(fields, entities=200, end="2024-01-11"))
    battery = matrix(table, "b", 200)
    slopes = (battery[-1] - battery[0]) / 10.0
    assert abs(slopes.mean() + 1.0) < 0.05
    assert abs(slopes.std() - 0.2) < 0.05
    assert battery.max() <= 100
    assert np.all(np.diff(battery[:, slopes < 0], axis=0) <= 0)


def test_the_series_option_sets_rows_fields_and_labels() -> None:
    spec = spec_from_dict(series_spec({"v": {"kind": "random_walk"}}, end="2024-01-02",
                                      entities=3, entity_prefix="sensor-"))  # fmt: skip
    table = spec.tables["s"]
    assert table.rows == 24 * 3
    assert list(table.fields) == ["timestamp", "entity", "v"]
    out = lookalike.generate(spec)
    assert out.column("entity").to_pylist()[:4] == ["sensor-1", "sensor-2", "sensor-3", "sensor-1"]
    stamps = out.column("timestamp").to_pylist()
    assert stamps[3] - stamps[0] == stamps[6] - stamps[3]
    assert str(stamps[0]) == "2024-01-01 00:00:00"
    again = spec_from_dict(spec.model_dump(mode="json", exclude_none=True))
    assert again == spec


@pytest.mark.parametrize(
    ("grid", "fields", "message"),
    [
        ({"interval": "fortnightly"}, {}, "cannot read interval"),
        ({"end": "2024-01-02", "rows": 5}, {}, "rows is 5"),
        ({"calendar": "weekdays"}, {}, "weekdays needs interval: 1day"),
        ({"end": "2023-01-01"}, {}, "must be after start"),
        ({"start": "now-7d", "end": "now"}, {}, "must both be ISO dates"),
        (
            {},
            {"p": {"kind": "gbm", "market_correlation": 0.8, "sector_correlation": 0.5}},
            "at most 1",
        ),
    ],
)
def test_bad_series_options_are_refused_clearly(
    grid: dict[str, Any], fields: dict[str, Any], message: str
) -> None:
    rows = grid.pop("rows", None)
    spec = series_spec({"v": {"kind": "random_walk"}, **fields}, **grid)
    if rows is not None:
        spec["tables"]["s"]["rows"] = rows
    with pytest.raises(SpecError, match=message):
        build_plan(spec_from_dict(spec))
