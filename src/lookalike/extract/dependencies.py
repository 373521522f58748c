"""The strongest dependencies between profiled columns of one table, kept in the spec.

Two kinds, both written with existing spec parts (hidden ``empirical`` fields and
``derived`` expressions), so generation stays vectorised and reviewable:

* **date order**: when a date or datetime ``b`` is on or after ``a`` in at least
  :data:`ORDER_SHARE` of the source rows, ``b`` becomes ``a`` plus a hidden gap
  whose quantiles are the source's gaps (``shipped = placed + _shipped_gap``);
* **category → number**: when a profiled category with few values explains at
  least :data:`ETA_MIN` of a number's rank variance, the number gets one hidden
  quantile table per category (each from at least ``5·k`` rows, the rest sharing
  the overall one) and a ``CASE`` over them.

The same privacy rules hold: only profiled (non-personal) columns take part,
quantiles are clipped, and a group too small for its own quantiles has none.

>>> import polars as pl, datetime as dt
>>> frame = pl.DataFrame({"placed": [dt.date(2024, 1, d) for d in range(1, 29)] * 4})
>>> frame = frame.with_columns(shipped=pl.col("placed") + pl.duration(days=3))
>>> fields = {"placed": {"kind": "empirical", "type": "date", "quantiles": ["2024-01-01"] * 2},
...           "shipped": {"kind": "empirical", "type": "date", "quantiles": ["2024-01-04"] * 2}}
>>> add_dependencies(frame, fields, k=2)
['date order: shipped = placed + gap (100% of 112 rows in order)']
>>> fields["shipped"]["expr"]
"placed + INTERVAL '1 day' * _shipped_gap"
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl

from lookalike.extract.stats import CLIP, POINTS, QUANTILE_ROWS, parsed_moments, quantiles

#: Share of rows in order for a date pair to be kept ordered.
ORDER_SHARE = 0.99
#: Share of rank variance a category must explain to condition a number on it.
ETA_MIN = 0.15
#: Rows of a (seeded) sample that estimate how much a category explains a number.
ETA_ROWS = 200_000
#: Categories a number may be conditioned on at most (one hidden column each).
MAX_GROUPS = 8
_MOMENTS = ("date", "datetime")
_NUMBERS = ("integer", "float", "decimal")


def _quantile_field(column: str, fields: dict[str, Any]) -> str | None:
    field = fields.get(column, {})
    if field.get("kind") == "empirical" and "quantiles" in field:
        return str(field["type"])
    return None


def _as_numbers(values: pl.Series) -> np.ndarray:
    if values.dtype == pl.Date:
        return values.cast(pl.Int32).to_numpy().astype(np.float64)
    if isinstance(values.dtype, pl.Datetime):
        zone = getattr(values.dtype, "time_zone", None)
        plain = values.dt.convert_time_zone("UTC").dt.replace_time_zone(None) if zone else values
        micros = plain.cast(pl.Datetime("us")).cast(pl.Int64).to_numpy()
        return np.floor(micros / 1e6)  # whole seconds: the gap's unit
    return values.cast(pl.Float64).to_numpy()


def _cuts(values: np.ndarray) -> list[float]:
    cuts = quantiles(values, np.linspace(CLIP, 1 - CLIP, POINTS))
    return [float(f"{q:.10g}") for q in cuts]


def _hidden_name(fields: dict[str, Any], base: str) -> str:
    name = base[:60]
    number = 2
    while name in fields:
        name = f"{base[:56]}_{number}"
        number += 1
    return name


def _date_orders(frame: pl.DataFrame, fields: dict[str, Any], k: int) -> list[str]:
    moments = [c for c in frame.columns if _quantile_field(c, fields) in _MOMENTS]
    medians = {}
    for column in moments:
        values = frame[column].drop_nulls()
        if values.len():
            medians[column] = float(np.median(_as_numbers(values)))
    ordered = sorted(medians, key=lambda c: medians[c])
    notes = []
    for position, later in enumerate(ordered):
        best = None
        for earlier in ordered[:position]:
            if fields[earlier].get("kind") != "empirical":
                continue  # already derived: keep chains one step deep
            if fields[earlier]["type"] != fields[later]["type"]:
                continue
            both = frame.select(earlier, later).drop_nulls()
            if both.height < QUANTILE_ROWS * k:
                continue
            gaps = _as_numbers(both[later]) - _as_numbers(both[earlier])
            if fields[later]["type"] == "date":
                gaps = np.round(gaps)
            share = float(np.mean(gaps >= 0))
            if share >= ORDER_SHARE and (best is None or np.median(gaps) < best[2]):
                best = (earlier, gaps, float(np.median(gaps)), share, both.height)
        if best is None:
            continue
        earlier, gaps, _median, share, rows = best
        kind = fields[later]["type"]
        gap = _hidden_name(fields, f"_{later}_gap")
        fields[gap] = {
            "kind": "empirical",
            "type": "integer",
            "hidden": True,
            "quantiles": _cuts(np.maximum(gaps, 0)),
        }
        unit = "1 day" if kind == "date" else "1 second"
        derived: dict[str, Any] = {
            "kind": "derived",
            "type": kind,
            "expr": f"{earlier} + INTERVAL '{unit}' * {gap}",
        }
        for key in ("null_rate", "nullable", "description"):
            if key in fields[later]:
                derived[key] = fields[later][key]
        fields[later] = derived
        notes.append(
            f"date order: {later} = {earlier} + gap ({share:.0%} of {rows:,} rows in order)"
        )
    return notes


def _categories(frame: pl.DataFrame, fields: dict[str, Any]) -> list[str]:
    found = []
    for column in frame.columns:
        field = fields.get(column, {})
        few = len(field.get("values") or []) <= MAX_GROUPS
        # Only profiled categories: their generated frequencies are the source's, so the
        # mixture of the per-category tables is the source's marginal too (a reference
        # picks parents evenly, which would shift it).
        if field.get("kind") == "empirical" and "values" in field and few:
            found.append(column)
    return found


def _eta(values: pl.Series, groups: pl.Series) -> float:
    """Share of the rank variance of ``values`` explained by ``groups`` (eta squared)."""
    ranks = values.rank("average").cast(pl.Float64)
    total = float(ranks.var(ddof=0) or 0.0)  # type: ignore[arg-type]
    if total == 0:
        return 0.0
    grand = float(ranks.mean() or 0.0)  # type: ignore[arg-type]
    stats = (
        pl.DataFrame({"g": groups, "r": ranks})
        .group_by("g")
        .agg(pl.col("r").mean().alias("m"), pl.len().alias("n"))
    )
    if stats.height < 2:
        return 0.0
    spread = stats.select((pl.col("n") * (pl.col("m") - grand) ** 2).sum()).item()
    return float(spread) / ranks.len() / total


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    return repr(float(value))  # decimals are generated as floats by the empirical kind


def _conditioned(frame: pl.DataFrame, fields: dict[str, Any], k: int) -> list[str]:
    notes = []
    categories = _categories(frame, fields)
    for column in frame.columns:
        kind = _quantile_field(column, fields)
        if kind not in _NUMBERS:
            continue
        best = None
        for category in categories:
            both = frame.select(category, column).drop_nulls()
            if both.height < QUANTILE_ROWS * k:
                continue
            # Association is a statistic: a seeded sample of the rows estimates it as well.
            sample = both.sample(ETA_ROWS, seed=0) if both.height > ETA_ROWS else both
            eta = _eta(sample[column].cast(pl.Float64), sample[category])
            if eta >= ETA_MIN and (best is None or eta > best[1]):
                best = (category, eta, both)
        if best is None:
            continue
        category, eta, both = best
        notes.append(_condition(fields, column, kind, category, eta, both, k))
    return notes


def _condition(
    fields: dict[str, Any],
    column: str,
    kind: str,
    category: str,
    eta: float,
    both: pl.DataFrame,
    k: int,
) -> str:
    overall = dict(fields[column])
    keep = {
        key: overall.pop(key) for key in ("null_rate", "nullable", "description") if key in overall
    }
    base = _hidden_name(fields, f"_{column}_all")
    fields[base] = {**overall, "hidden": True}
    branches: list[str] = []
    counts = both[category].value_counts(sort=True)
    for value, rows in counts.iter_rows():
        if rows < QUANTILE_ROWS * k or len(branches) >= MAX_GROUPS:
            continue
        group = both.filter(pl.col(category) == value)[column].cast(pl.Float64).to_numpy()
        name = _hidden_name(fields, f"_{column}_{len(branches) + 1}")
        fields[name] = {**overall, "hidden": True, "quantiles": _cuts(group)}
        branches.append(f"WHEN {category} = {_literal(value)} THEN {name}")
    cast = {"integer": "int64", "float": "float64"}.get(
        kind, f"decimal(18,{overall.get('scale', 2)})"
    )
    fields[column] = {
        "kind": "derived",
        "type": cast,
        "expr": f"CASE {' '.join(branches)} ELSE {base} END",
        **keep,
    }
    return (
        f"dependency: {column} by {category} ({eta:.0%} of its rank variance; "
        f"{len(branches)} groups of {QUANTILE_ROWS * k}+ rows)"
    )


def _moments_parsed(frame: pl.DataFrame, fields: dict[str, Any]) -> pl.DataFrame:
    """Dates and datetimes that arrived as ISO text (JSON, SQLite) as Polars moments."""

    parsed = {}
    for column in frame.columns:
        kind = _quantile_field(column, fields)
        if kind in _MOMENTS and frame[column].dtype == pl.String:
            parsed[column] = parsed_moments(frame[column], {"kind": kind})
    return frame.with_columns(**parsed) if parsed else frame


def add_dependencies(frame: pl.DataFrame, fields: dict[str, Any], *, k: int = 10) -> list[str]:
    """Rewrite ``fields`` (one profiled table) to keep its strongest dependencies; notes."""
    frame = _moments_parsed(frame, fields)
    return _date_orders(frame, fields, k) + _conditioned(frame, fields, k)
