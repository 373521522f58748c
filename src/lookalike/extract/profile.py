"""Profiles: statistics of a source's non-personal columns, written into the spec.

A profiled column becomes an ``empirical`` field (:mod:`lookalike.kinds.empirical`):

* numbers, dates and datetimes with many values: :data:`POINTS` quantiles
  between the :data:`CLIP` and ``1 - CLIP`` quantiles, so the extremes (often one
  person's) are clipped to inner quantiles; a column with fewer than
  :data:`QUANTILE_ROWS` times ``k`` values is not profiled (each cut would be a
  single row's value);
* categories (strings, booleans, numbers with few values): the frequency of
  every value at least ``k`` rows share; rarer values are not kept, their share
  is drawn from a generated field of the column's own kind (``other``);
* free text with no value ``k`` rows share: the distribution of its lengths;
* tables given rows per parent: children per parent fitted to the source's counts.

Privacy rules, enforced here: a column flagged personal (``pii: true``) is never
read (a database query does not select it); keys and references are not
profiled; no row of the source is stored, only the aggregates above.

>>> import polars as pl
>>> column = pl.Series("status", ["a"] * 30 + ["b"] * 12 + ["rare"] * 3)
>>> field = profile_column(column, {"kind": "choice", "values": ["a", "b", "rare"]}, k=10)
>>> field["values"], field["other"], field["fallback"]["kind"]
(['a', 'b'], 0.0667, 'text')
>>> field = profile_column(pl.Series("n", list(range(1000))), {"kind": "integer"}, k=10)
>>> field["type"], field["quantiles"][0], field["quantiles"][-1]
('integer', 9.99, 989.01)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import polars as pl

from lookalike.extract.cardinality import children_per_parent, quote_table
from lookalike.extract.result import Problem, SourceExtraction
from lookalike.extract.stats import CLIP, POINTS, QUANTILE_ROWS, parsed_moments, quantiles
from lookalike.extract.values import decimal_places

#: A numeric column with at most this many distinct values is profiled as categories.
CATEGORY_MAX = 50
#: Kept categories must cover this share of the rows, else a string is free text.
CATEGORY_COVER = 0.5
#: Rows of one table read for a profile at most (bigger tables are sampled).
SAMPLE_ROWS = 1_000_000
_SKIP_KINDS = frozenset({"sequence", "uuid", "reference", "derived", "constant", "faker"})


def _kind_of(dtype: pl.DataType, field: dict[str, Any]) -> str:
    if dtype == pl.Boolean:
        return "boolean"
    if dtype.is_integer():
        return "integer"
    if isinstance(dtype, pl.Decimal) or field.get("kind") == "decimal":
        return "decimal" if dtype.is_numeric() else "string"
    if dtype.is_float():
        return "float"
    if dtype == pl.Date:
        return "date"
    if isinstance(dtype, pl.Datetime):
        return "datetime"
    return "string"


def _numbers(values: pl.Series, kind: str) -> np.ndarray:
    if kind == "date":
        return values.cast(pl.Int32).to_numpy().astype(np.float64)
    if kind == "datetime":
        zone = getattr(values.dtype, "time_zone", None)
        plain = values.dt.convert_time_zone("UTC").dt.replace_time_zone(None) if zone else values
        return plain.cast(pl.Datetime("us")).cast(pl.Int64).to_numpy().astype(np.float64)
    return values.cast(pl.Float64).to_numpy()


def _shown(points: np.ndarray, kind: str) -> list[Any]:
    if kind == "date":
        epoch = dt.date(1970, 1, 1)
        return [(epoch + dt.timedelta(days=int(np.floor(p)))).isoformat() for p in points]
    if kind == "datetime":
        epoch = dt.datetime(1970, 1, 1)
        return [(epoch + dt.timedelta(seconds=round(p / 1e6))).isoformat() for p in points]
    return [float(f"{p:.10g}") for p in points]


def _scale(field: dict[str, Any], values: pl.Series) -> int:
    if isinstance(values.dtype, pl.Decimal) and values.dtype.scale is not None:
        return int(values.dtype.scale)
    if "scale" in field:
        return int(field["scale"])
    found = decimal_places(values.cast(pl.Float64).to_numpy())
    return 2 if found is None else found


def _quantiles(present: pl.Series, kind: str, field: dict[str, Any]) -> dict[str, Any]:
    numbers = _numbers(present, kind)
    cuts = quantiles(numbers, np.linspace(CLIP, 1 - CLIP, POINTS))
    out: dict[str, Any] = {"kind": "empirical", "type": kind, "quantiles": _shown(cuts, kind)}
    if kind == "decimal":
        out["scale"] = _scale(field, present)
    return out


def _fallback(field: dict[str, Any], kind: str, present: pl.Series) -> dict[str, Any]:
    """A generated field of the column's own kind for the rows of rare categories."""
    if field.get("kind") not in (None, "choice", "constant", "empirical", "pattern"):
        return {k: v for k, v in field.items() if k not in ("null_rate", "nullable", "description")}
    if kind in ("integer", "float", "decimal"):
        numbers = _numbers(present, kind)
        low, high = quantiles(numbers, np.array([CLIP, 1 - CLIP]))
        if kind == "integer":
            return {"kind": "integer", "min_value": int(low), "max_value": int(high)}
        return {"kind": "float", "min_value": float(low), "max_value": float(high), "round": 2}
    return {"kind": "text", "min_count": 1, "max_count": 3}


def _categories(
    present: pl.Series, kind: str, field: dict[str, Any], k: int
) -> dict[str, Any] | None:
    counts = present.value_counts(sort=True, name="n")
    kept = counts.filter(pl.col("n") >= k)
    if kept.height == 0:
        return None
    covered = int(kept["n"].sum()) / present.len()
    if kind == "string" and covered < CATEGORY_COVER:
        return None
    column = kept.columns[0]
    ordered = kept.sort(["n", column], descending=[True, False])
    values = ordered[column].to_list()
    if kind == "date":
        values = [v.isoformat() for v in values]
    elif kind == "datetime":
        values = [v.replace(tzinfo=None).isoformat() for v in values]
    elif kind == "decimal":
        values = [float(v) for v in values]
    out: dict[str, Any] = {
        "kind": "empirical",
        "type": kind,
        "values": values,
        "weights": ordered["n"].to_list(),
    }
    other = round(1 - covered, 4)
    if other > 0:
        out.update(other=other, fallback=_fallback(field, kind, present))
    return out


def profile_column(
    values: pl.Series, field: dict[str, Any], *, k: int = 10
) -> dict[str, Any] | None:
    """The profiled field for a non-personal column, or None to keep ``field`` as it is."""
    if field.get("pii") or "ref" in field or field.get("unique"):
        return None
    if field.get("kind") in _SKIP_KINDS or values.dtype in (pl.List, pl.Struct, pl.Object):
        return None
    values = parsed_moments(values, field)
    present = values.drop_nulls()
    if present.len() == 0:
        return None
    kind = _kind_of(values.dtype, field)
    out: dict[str, Any] | None
    if kind == "boolean" or (kind == "string"):
        out = _categories(present, kind, field, k)
        if out is None and kind == "string" and field.get("kind") in ("text", "pattern", None):
            lengths = present.cast(pl.String).str.len_chars().to_numpy().astype(np.float64)
            cuts = quantiles(lengths, np.linspace(CLIP, 1 - CLIP, 21))
            out = {
                "kind": "empirical",
                "type": "string",
                "lengths": [round(float(c)) for c in cuts],
            }
    elif kind in ("integer", "decimal", "float") and _few(present):
        out = _categories(present, kind, field, k)
        if out is None and present.len() >= QUANTILE_ROWS * k:
            out = _quantiles(present, kind, field)
    elif present.len() >= QUANTILE_ROWS * k:
        out = _quantiles(present, kind, field)
    else:
        return None  # too few rows: cut points would be single rows' values
    if out is None:
        return None
    nulls = round(1 - present.len() / values.len(), 4)
    if nulls > 0:
        out.update(null_rate=nulls, nullable=True)
    elif field.get("nullable") is not None:
        out["nullable"] = field["nullable"]
    distinct = int(present.approx_n_unique())  # type: ignore[arg-type]
    out["description"] = (
        f"profile of {values.len():,} source rows, about {distinct:,} distinct "
        f"(k={k}, {CLIP:.0%} clipped)"
    )
    return out


def _few(present: pl.Series) -> bool:
    """At most :data:`CATEGORY_MAX` distinct values (a HyperLogLog estimate first: cheap)."""
    if int(present.approx_n_unique()) > 2 * CATEGORY_MAX:  # type: ignore[arg-type]
        return False
    return present.n_unique() <= CATEGORY_MAX


def narrow_helpers(fields: dict[str, Any], column: str) -> list[str]:
    """The hidden helper fields of a column extraction fitted to a narrow width, if any.

    A country in ``VARCHAR(40)`` is extracted as an expression over hidden
    ``billing_country_full`` fields; a profile of the source's values replaces
    the expression and its helpers (the source's values fit their column).

    >>> narrow_helpers({"c": {"kind": "derived"}, "c_full": {"hidden": True}}, "c")
    ['c_full']
    >>> narrow_helpers({"c": {"kind": "text"}}, "c")
    []
    """
    if fields[column].get("kind") != "derived" or not fields.get(f"{column}_full", {}).get(
        "hidden"
    ):
        return []
    prefix = f"{column}_full"
    return [name for name, f in fields.items() if name.startswith(prefix) and f.get("hidden")]


def profile_table(
    frame: pl.DataFrame, fields: dict[str, Any], *, k: int = 10, notes: list[str] | None = None
) -> tuple[int, int]:
    """Replace the profiled fields of one table in place; (profiled, personal) counts.

    The strongest dependencies between the profiled columns are kept too
    (:mod:`~lookalike.extract.dependencies`), their report lines added to ``notes``.
    """
    profiled = personal = 0
    for column, field in list(fields.items()):
        if field.get("pii"):
            personal += 1
            continue
        if column not in frame.columns:
            continue
        helpers = narrow_helpers(fields, column)
        if helpers:  # profile the source's values, not the fitting expression
            field = {k: v for k, v in field.items() if k not in ("kind", "expr", "type")}
        found = profile_column(frame[column], field, k=k)
        if found is not None:
            fields[column] = found
            for helper in helpers:  # the profile fits the column by construction
                del fields[helper]
            profiled += 1
    from lookalike.extract.dependencies import add_dependencies

    kept = add_dependencies(frame, fields, k=k)
    if notes is not None:
        notes.extend(kept)
    return profiled, personal


#: Personal kinds whose generated values come from a small public space.
_SMALL_SPACES = {
    ("person", "gender"): "gender", ("person", "title"): "titles", ("person", "age"): "ages",
    ("address", "country"): "countries", ("address", "country_code"): "countries",
    ("address", "state"): "regions", ("address", "county"): "regions",
    ("address", "region"): "regions", ("address", "city"): "towns",
    ("address", "town"): "towns", ("address", "postcode"): "real postcodes",
}  # fmt: skip


def small_spaces(table: str, fields: dict[str, Any]) -> list[str]:
    """Report lines for personal columns generated from a small public value space, where
    some generated values equal the source's by chance (none is copied).

    >>> line = small_spaces("people", {"sex": {"kind": "person", "attribute": "gender",
    ...                                         "pii": True}})[0]
    >>> line.split(":")[0], "(gender)" in line
    ('people.sex', True)
    """
    lines = []
    for column, field in fields.items():
        space = _SMALL_SPACES.get((field.get("kind"), field.get("attribute")))
        if field.get("pii") and space:
            lines.append(
                f"{table}.{column}: personal, generated from a small public value "
                f"space ({space}): some values equal the source's by chance, none is "
                "copied"
            )
    return lines


def profile_note(table: str, rows: int, profiled: int, personal: int, k: int) -> str:
    """The report line for one profiled table.

    >>> profile_note("t", 1200, 3, 2, 10)[:53]
    'profile t: 1,200 rows read, 3 columns profiled, 2 per'
    """
    return (
        f"profile {table}: {rows:,} rows read, {profiled} columns profiled, {personal} "
        f"personal columns not read, categories kept only when {k}+ rows share them"
    )


# -- databases ------------------------------------------------------------------------


def profile_database(
    result: SourceExtraction,
    url: str,
    *,
    schema: str | None = None,
    k: int = 10,
    sample: int | None = None,
) -> SourceExtraction:
    """Profile the tables of a spec extracted from the database at ``url``."""
    import sqlalchemy as sa

    from lookalike.sql.connect import open_engine

    cap = sample or SAMPLE_ROWS
    spec = {**result.spec, "tables": {n: dict(t) for n, t in result.spec["tables"].items()}}
    notes = list(result.notes)
    problems = list(result.problems)
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            for name, table in spec["tables"].items():
                table["fields"] = dict(table["fields"])
                # Hidden fields are helpers the extraction added (e.g. a long name a
                # narrow column is cut from): the source has no such column.
                readable = [
                    c
                    for c, f in table["fields"].items()
                    if not f.get("pii")
                    and not f.get("hidden")
                    and "ref" not in f
                    and (f.get("kind") not in _SKIP_KINDS or narrow_helpers(table["fields"], c))
                ]
                personal = sum(1 for f in table["fields"].values() if f.get("pii"))
                if readable:
                    try:
                        frame = _read(conn, engine.dialect.name, schema, name, readable, cap)
                    except sa.exc.SQLAlchemyError as exc:
                        conn.rollback()  # a failed read must not abort the other tables' reads
                        problems.append(
                            Problem(name, f"profile read failed: {str(exc).splitlines()[0]}")
                        )
                        continue
                    found: list[str] = []
                    profiled, _ = profile_table(frame, table["fields"], k=k, notes=found)
                    notes.append(profile_note(name, frame.height, profiled, personal, k))
                    notes.extend(f"{name}: {line}" for line in found)
                children_per_parent(conn, schema, name, table, problems, notes)
                notes.extend(small_spaces(name, table["fields"]))
    finally:
        engine.dispose()
    return SourceExtraction(spec, tuple(problems), result.references, tuple(notes))


def _read(
    conn: Any, dialect: str, schema: str | None, table: str, columns: list[str], cap: int
) -> pl.DataFrame:
    import sqlalchemy as sa

    prepare = conn.dialect.identifier_preparer
    names = ", ".join(prepare.quote(c) for c in columns)
    source = quote_table(conn, schema, table)
    total = conn.execute(sa.text(f"SELECT count(*) FROM {source}")).scalar_one()
    if dialect == "postgresql" and total > cap:
        share = min(100.0, 100.0 * cap / total * 1.2)
        query = f"SELECT {names} FROM {source} TABLESAMPLE SYSTEM ({share:.6f}) LIMIT {cap}"
    else:
        query = f"SELECT {names} FROM {source} LIMIT {cap}"  # a bounded scan
    return pl.read_database(query, conn, infer_schema_length=None)
