"""Time series kinds: the grid's timestamps and entities, random walks, GBM prices and
mean-reverting readings, with trend, seasonality, noise and gaps.

Row ``r`` of a series table is entity ``r % E`` at step ``r // E`` (time order).
Walks come from :mod:`lookalike.kinds.bridge`, so any block is made alone;
everything else is a function of the row's timestamp or a hash of its entity,
so a block needs nothing from its neighbours.

>>> import lookalike
>>> spec = {"seed": 1, "tables": {"t": {
...     "series": {"start": "2024-01-01", "end": "2024-01-01T03:00", "interval": "1h",
...                "entities": 2},
...     "fields": {"level": {"kind": "random_walk", "start_value": 10, "round": 2}}}}}
>>> table = lookalike.generate(spec)
>>> table.column("entity").to_pylist()
['E1', 'E2', 'E1', 'E2', 'E1', 'E2']
>>> table.column("level").to_pylist()[:2]
[10.0, 10.0]
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from lookalike.errors import SpecError
from lookalike.kinds.base import (
    BlockContext,
    Column,
    Env,
    float64_array,
    register,
    typed_array,
    with_nulls,
)
from lookalike.kinds.bridge import (
    Brownian,
    OrnsteinUhlenbeck,
    Process,
    block_factors,
    block_paths,
    entity_paths,
)
from lookalike.kinds.hashing import hashed_normal, hashed_uniform, name_key
from lookalike.kinds.temporal import resolve_time_point
from lookalike.randomness import BLOCK_ROWS
from lookalike.spec.fields import (
    GbmField,
    MeanRevertingField,
    RandomWalkField,
    SeriesEntityField,
    SeriesFieldBase,
    SeriesShapeBase,
    SeriesTimeField,
)
from lookalike.spec.series import Seasonality, parse_interval
from lookalike.strings import string_array

_DAY = 86400.0
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Grid:
    """Where each row sits in time: entity, step and timestamp (seconds since 1970)."""

    entities: int
    start: int
    interval: int
    weekdays: bool = False

    def entity(self, rows: np.ndarray) -> np.ndarray:
        return rows % self.entities

    def step(self, rows: np.ndarray) -> np.ndarray:
        return rows // self.entities

    def seconds(self, steps: np.ndarray) -> np.ndarray:
        """Timestamps of steps; on the weekdays calendar, the n-th weekday from the start."""
        if not self.weekdays:
            return self.start + steps * self.interval
        first = np.datetime64(self.start // 86400, "D")
        days = np.busday_offset(first, steps, roll="forward").astype(np.int64)
        time_of_day = self.start % 86400
        return days * 86400 + time_of_day

    @property
    def per_year(self) -> float:
        """Steps in a year: 252 trading days, else the year's length in intervals."""
        return 252.0 if self.weekdays else 365.25 * _DAY / self.interval


def grid_of(spec: SeriesFieldBase, env: Env) -> Grid:
    """The field's time grid, its start resolved against the reference time."""
    start = resolve_time_point(spec.start, env.reference_time, f"{env.path}.start")
    try:
        interval = parse_interval(spec.interval)
    except ValueError as exc:
        raise SpecError(str(exc), path=f"{env.path}.interval") from None
    if spec.calendar == "weekdays" and interval != 86400:
        raise SpecError("calendar weekdays needs interval: 1day", path=f"{env.path}.calendar")
    seconds = int((start - _EPOCH).total_seconds())
    return Grid(spec.entities, seconds, interval, spec.calendar == "weekdays")


def _rows(ctx: BlockContext) -> np.ndarray:
    return np.arange(ctx.start, ctx.start + ctx.rows, dtype=np.int64)


@dataclass(frozen=True)
class SeriesTimeColumn(Column):
    """Each row's timestamp on the grid, in seconds."""

    grid: Grid
    arrow_type: pa.DataType = field(default=pa.timestamp("s"))
    positional = False

    def sample(self, ctx: BlockContext) -> pa.Array:
        seconds = self.grid.seconds(self.grid.step(_rows(ctx)))
        return typed_array(seconds.astype(np.int64), self.arrow_type)


@dataclass(frozen=True)
class SeriesEntityColumn(Column):
    """Each row's entity label."""

    grid: Grid
    prefix: str
    values: tuple[str, ...] | None
    arrow_type: pa.DataType = field(default=pa.string())

    @property
    def low_cardinality(self) -> bool:  # type: ignore[override]
        return self.grid.entities <= 10_000

    def sample(self, ctx: BlockContext) -> pa.Array:
        ids = self.grid.entity(_rows(ctx))
        if self.values is not None:
            labels, codes = string_array(list(self.values)), ids % len(self.values)
        else:
            # Only the labels of the entities in this block (a block holds a run of them).
            width = len(str(self.grid.entities))
            first, last = int(ids.min(initial=0)), int(ids.max(initial=0))
            labels = string_array(
                [f"{self.prefix}{n + 1:0{width}d}" for n in range(first, last + 1)]
            )
            codes = ids - first
        indices = typed_array(codes.astype(np.int32), pa.int32())
        return pa.DictionaryArray.from_arrays(indices, labels, safe=False)


@register("series_time")
def compile_series_time(spec: SeriesTimeField, env: Env) -> Column:
    """Compile a ``series_time`` field: ``start + step * interval``."""
    return SeriesTimeColumn(grid_of(spec, env))


@dataclass(frozen=True, eq=False)
class SiteColumn(Column):
    """Where each row's entity is: one real addressed place per entity."""

    grid: Grid
    latitude: np.ndarray  # the country's places
    longitude: np.ndarray
    axis: str
    arrow_type: pa.DataType = field(default=pa.float64())

    def sample(self, ctx: BlockContext) -> pa.Array:
        key = name_key(ctx.seed, ctx.table, "@series:sites")  # shared by latitude and longitude
        where = per_entity(hashed_uniform, key, self.grid, _rows(ctx))
        place = np.minimum((where * len(self.latitude)).astype(np.int64), len(self.latitude) - 1)
        return float64_array(np.round((self.latitude if self.axis == "latitude"
                                       else self.longitude)[place], 6))  # fmt: skip


@register("series_entity")
def compile_series_entity(spec: SeriesEntityField, env: Env) -> Column:
    """Compile a ``series_entity`` field: labels ``E1``, ``E2``... or from ``values``; or
    the entity's place."""
    if spec.attribute != "label":
        from lookalike.kinds.geo import anchors, country_of

        latitude, longitude = anchors(country_of(spec.country, env, spec_locale=None))
        if not len(latitude):
            raise SpecError(
                "no shipped places with coordinates for this country; use a flagship "
                "country (GB, US, DE, FR, ES, IT, NL, BR, IN, PK, JP, CN)",
                path=f"{env.path}.country",
            )
        return SiteColumn(grid_of(spec, env), latitude, longitude, spec.attribute)
    values = tuple(spec.values) if spec.values else None
    return SeriesEntityColumn(grid_of(spec, env), spec.prefix, values)


def seasonal(season: Seasonality, seconds: np.ndarray) -> np.ndarray:
    """The seasonal component at each timestamp (cosines peaking at the stated moments).

    >>> s = Seasonality(daily=1.0, daily_peak=12)
    >>> seasonal(s, np.array([12 * 3600, 0])).round(6).tolist()
    [1.0, -1.0]
    """
    days = seconds / _DAY
    out = np.zeros(len(seconds))
    if season.daily:
        out += season.daily * np.cos(2 * np.pi * (days - season.daily_peak / 24.0))
    if season.weekly:
        weekday = days + 3.0  # 1 January 1970 was a Thursday (weekday 3)
        out += season.weekly * np.cos(2 * np.pi * (weekday - season.weekly_peak) / 7.0)
    if season.yearly:
        out += season.yearly * np.cos(2 * np.pi * (days - season.yearly_peak) / 365.2425)
    return out


@dataclass(frozen=True)
class Shape:
    """What is added to a walk, read from the spec once at plan time."""

    trend: float
    trend_spread: float
    entity_spread: float
    seasonality: Seasonality | None
    noise: float
    outage_rate: float
    outage_steps: int
    low: float | None
    high: float | None
    digits: int | None

    @classmethod
    def of(cls, spec: SeriesShapeBase) -> Shape:
        return cls(
            spec.trend, spec.trend_spread, spec.entity_spread, spec.seasonality, spec.noise,
            spec.outage_rate, spec.outage_steps, spec.min_value, spec.max_value, spec.round,
        )  # fmt: skip

    def additive(self, key: int, grid: Grid, rows: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """Trend, per-entity offset and drift, and seasonality at each row."""
        days = (seconds - grid.start) / _DAY
        out = self.trend * days
        if self.trend_spread:
            out += self.trend_spread * per_entity(hashed_normal, key ^ 0x7D1F, grid, rows) * days
        if self.entity_spread:
            out += self.entity_spread * per_entity(hashed_normal, key ^ 0x0FF5, grid, rows)
        if self.seasonality is not None:
            out += seasonal(self.seasonality, seconds)
        return out

    def finish(self, key: int, grid: Grid, rows: np.ndarray, values: np.ndarray,
               ctx: BlockContext) -> pa.Array:  # fmt: skip
        """Noise, clipping, rounding and gaps."""
        if self.noise:
            values = values + self.noise * ctx.rng("noise").standard_normal(len(values))
        if self.low is not None or self.high is not None:
            values = np.clip(values, self.low, self.high)
        if self.digits is not None:
            values = np.round(values, self.digits)
        array = float64_array(values)
        if self.outage_rate > 0:
            array = with_nulls(array, outages(key, grid, rows, self.outage_rate, self.outage_steps))
        return array


def per_entity(
    draw: Callable[[int, np.ndarray], np.ndarray], key: int, grid: Grid, rows: np.ndarray
) -> np.ndarray:
    """``draw(key, entity)`` at each row, computed once per entity of the block.

    A block holds a run of entities (all of them, or a stretch when there are more
    entities than rows), so the draws are made for that run and indexed.
    """
    ids = grid.entity(rows)
    if not len(ids):
        return np.empty(0)
    if grid.entities <= len(ids):
        found: np.ndarray = draw(key, np.arange(grid.entities, dtype=np.int64))[ids]
        return found
    low, high = int(ids.min()), int(ids.max())
    found = draw(key, np.arange(low, high + 1, dtype=np.int64))[ids - low]
    return found


def outages(key: int, grid: Grid, rows: np.ndarray, rate: float, length: int) -> np.ndarray:
    """Which rows fall in a gap: each entity's steps are cut into windows of ``length``
    (at an offset of its own) and a window is lost with probability ``rate``."""
    ids = grid.entity(rows)
    phase = (per_entity(hashed_uniform, key ^ 0x0A7A, grid, rows) * length).astype(np.int64)
    window = (grid.step(rows) + phase) // length
    lost: np.ndarray = hashed_uniform(key ^ 0x6A95, ids * 1_000_003 + window) < rate
    return lost


def _key(ctx: BlockContext, group: str | None) -> tuple[int, str, str]:
    return ctx.seed, ctx.table, f"@series:{group}" if group else ctx.column


@dataclass(frozen=True)
class WalkColumn(Column):
    """A random walk or a mean-reverting process, shaped."""

    grid: Grid
    process: Process
    scale: float
    level: float
    start_value: float
    drift: float
    shape: Shape
    group: str | None
    arrow_type: pa.DataType = field(default=pa.float64())

    @property
    def may_be_null(self) -> bool:  # type: ignore[override]
        """Outages leave gaps: a database column must not be NOT NULL."""
        return self.shape.outage_rate > 0

    def sample(self, ctx: BlockContext) -> pa.Array:
        seed, table, column = _key(ctx, self.group)
        rows = _rows(ctx)
        steps = self.grid.step(rows)
        seconds = self.grid.seconds(steps)
        path = entity_paths(self.process, seed, table, column, block=ctx.block,
                            entities=self.grid.entities, rows=ctx.rows)  # fmt: skip
        decay = self.process.carry(steps.astype(np.float64))
        values = self.level + (self.start_value - self.level) * decay + self.drift * steps
        values = values + self.scale * path
        key = name_key(seed, table, column)
        values = values + self.shape.additive(key, self.grid, rows, seconds)
        return self.shape.finish(key, self.grid, rows, values, ctx)


@register("random_walk")
def compile_random_walk(spec: RandomWalkField, env: Env) -> Column:
    """Compile a ``random_walk`` field."""
    return WalkColumn(
        grid_of(spec, env), Brownian(), spec.step_stddev, spec.start_value, spec.start_value,
        spec.drift, Shape.of(spec), spec.group,
    )  # fmt: skip


@register("mean_reverting")
def compile_mean_reverting(spec: MeanRevertingField, env: Env) -> Column:
    """Compile a ``mean_reverting`` (Ornstein-Uhlenbeck) field."""
    start = spec.mean if spec.start_value is None else spec.start_value
    return WalkColumn(
        grid_of(spec, env), OrnsteinUhlenbeck(spec.half_life), spec.stddev, spec.mean, start,
        0.0, Shape.of(spec), spec.group,
    )  # fmt: skip


@dataclass(frozen=True)
class GbmModel:
    """What fields of one GBM group share: the process that moves the price."""

    grid: Grid
    start_value: float
    drift: float
    volatility: float
    start_values: tuple[float, ...] | None
    per_year: float
    sectors: int
    market: float
    sector: float


@dataclass(frozen=True)
class GbmColumn(Column):
    """Prices, log-returns or volumes of correlated geometric Brownian motions."""

    model: GbmModel
    attribute: str
    shape: Shape
    group: str | None
    volume_mean: float
    volume_sensitivity: float
    arrow_type: pa.DataType = field(default=pa.float64())

    @property
    def may_be_null(self) -> bool:  # type: ignore[override]
        """A return needs the step before it: each entity's first is null; outages too."""
        return self.attribute == "return" or self.shape.outage_rate > 0

    def log_prices(self, ctx: BlockContext, block: int, rows: np.ndarray) -> np.ndarray:
        """Log-prices of ``rows``, all inside ``block``."""
        m = self.model
        seed, table, column = _key(ctx, self.group)
        grid = m.grid
        own = block_paths(Brownian(), seed, table, column, block, grid.entities)
        walk = math.sqrt(1.0 - m.market - m.sector) * own[rows - block * BLOCK_ROWS]
        steps = grid.step(rows)
        if m.market or m.sector:
            common, base = block_factors(
                Brownian(), seed, table, column + "@factors", block, grid.entities, 1 + m.sectors
            )
            local = steps - base
            sector = 1 + grid.entity(rows) % m.sectors
            walk = walk + math.sqrt(m.market) * common[local, 0]
            walk = walk + math.sqrt(m.sector) * common[local, sector]
        seconds = grid.seconds(steps)
        years = steps / m.per_year
        key = name_key(seed, table, column)
        log_price = (m.drift - m.volatility**2 / 2) * years + (
            math.log(m.start_value)
            if m.start_values is None
            else np.log(np.asarray(m.start_values))[grid.entity(rows) % len(m.start_values)]
        )
        log_price = log_price + m.volatility / math.sqrt(m.per_year) * walk
        result: np.ndarray = log_price + self.shape.additive(key, grid, rows, seconds)
        return result

    def sample(self, ctx: BlockContext) -> pa.Array:
        rows = _rows(ctx)
        # The price, return and volume fields of one group read one path per block.
        current = ctx.latent(
            f"gbm:{self.group or ctx.column}", lambda: self.log_prices(ctx, ctx.block, rows)
        )
        seed, table, column = _key(ctx, self.group)
        key = name_key(seed, table, column)
        if self.attribute == "price":
            return self.shape.finish(key, self.model.grid, rows, np.exp(current), ctx)
        returns = current - self._previous(ctx, rows, current)
        first = self.model.grid.step(rows) == 0
        returns[first] = 0.0
        if self.attribute == "return":
            return with_nulls(self.shape.finish(key, self.model.grid, rows, returns, ctx), first)
        calm = ctx.rng("volume").standard_normal(ctx.rows) * 0.25
        volume = self.volume_mean * np.exp(calm + self.volume_sensitivity * np.abs(returns))
        return float64_array(np.round(volume))

    def _previous(self, ctx: BlockContext, rows: np.ndarray, current: np.ndarray) -> np.ndarray:
        """Each row's log-price one step earlier (from earlier blocks where needed)."""
        before = np.maximum(rows - self.model.grid.entities, 0)
        out = np.empty(len(rows))
        inside = before >= ctx.start
        out[inside] = current[before[inside] - ctx.start]
        outside = before[~inside]
        values = np.empty(len(outside))
        for block in np.unique(outside // BLOCK_ROWS):
            which = outside // BLOCK_ROWS == block
            values[which] = self.log_prices(ctx, int(block), outside[which])
        out[~inside] = values
        return out


@register("gbm")
def compile_gbm(spec: GbmField, env: Env) -> Column:
    """Compile a ``gbm`` field; fields of one ``group`` must agree on the process."""
    grid = grid_of(spec, env)
    per_year = spec.periods_per_year or grid.per_year
    model = GbmModel(
        grid, spec.start_value, spec.drift, spec.volatility,
        tuple(spec.start_values) if spec.start_values else None, per_year, spec.sectors,
        spec.market_correlation, spec.sector_correlation,
    )  # fmt: skip
    if spec.group is not None:
        model = env.groups.define("gbm", spec.group, model, env.path)
    return GbmColumn(
        model, spec.attribute, Shape.of(spec), spec.group, spec.volume_mean,
        spec.volume_sensitivity,
    )  # fmt: skip
