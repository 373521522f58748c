"""Profiles on a real sample database: Chinook (tests/data/chinook, MIT) loaded into PostgreSQL.

The spec extracted with ``--profile`` must generate data whose profiled marginals
are within the issue's tolerances of the source (KS <= 0.05 for numbers and
dates, TVD <= 0.05 for categories), keep children per parent, and copy no value
of a personal column.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import sqlalchemy as sa
import yaml

import lookalike
from lookalike.extract.sources import extract_source
from lookalike.extract.stats import ks_statistic, total_variation
from support.scratch import scratch_database, server_available

CHINOOK = Path(__file__).resolve().parents[1] / "data" / "chinook" / "Chinook_PostgreSql.sql.gz"
#: Generated rows per source row: the generated side's sampling noise stays small.
SCALE = 20


@pytest.fixture(scope="module")
def chinook(service_policy: Any) -> Iterator[str]:
    available, reason = server_available("postgresql")
    service_policy("PostgreSQL", available, reason)
    with scratch_database("postgresql") as url:
        engine = sa.create_engine(url)
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute(gzip.decompress(CHINOOK.read_bytes()).decode())  # type: ignore[union-attr]
            raw.commit()
        finally:
            raw.close()
            engine.dispose()
        yield url


@pytest.fixture(scope="module")
def profiled(chinook: str) -> dict[str, Any]:
    return extract_source([chinook], profile=True, k=10).spec


def _source(url: str, table: str, column: str) -> pl.Series:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            frame = pl.read_database(f'SELECT "{column}" FROM "{table}"', conn)
    finally:
        engine.dispose()
    return frame[column]


def _generated(spec: dict[str, Any], table: str) -> pl.DataFrame:
    data = lookalike.generate(spec, table=table, scale=SCALE, seed=5)
    return pl.from_arrow(data)  # type: ignore[return-value]


def _profiled_columns(spec: dict[str, Any], shape: str) -> list[tuple[str, str, dict[str, Any]]]:
    """Profiled columns of one shape; numbers kept by category are derived from quantiles."""
    return [
        (table, column, field)
        for table, body in spec["tables"].items()
        for column, field in body["fields"].items()
        if not field.get("hidden")
        and (
            (field.get("kind") == "empirical" and shape in field)
            or (
                shape == "quantiles"
                and field.get("kind") == "derived"
                and "profile of" in field.get("description", "")
            )
        )
    ]


def _as_numbers(values: pl.Series) -> pl.Series:
    if values.dtype == pl.Date:
        return values.cast(pl.Int32).cast(pl.Float64)
    if isinstance(values.dtype, pl.Datetime):
        return values.cast(pl.Datetime("us")).cast(pl.Int64).cast(pl.Float64)
    return values.cast(pl.Float64)


def test_numbers_and_dates_follow_their_quantiles(chinook: str, profiled: dict[str, Any]) -> None:
    columns = _profiled_columns(profiled, "quantiles")
    assert {("track", "milliseconds"), ("track", "bytes"), ("invoice", "invoice_date")} <= {
        (t, c) for t, c, _ in columns
    }
    for table, column, _field in columns:
        source = _as_numbers(_source(chinook, table, column).drop_nulls())
        made = _as_numbers(_generated(profiled, table)[column].drop_nulls())
        distance = ks_statistic(source.to_numpy(), made.to_numpy())
        assert distance <= 0.05, f"{table}.{column}: KS {distance:.3f}"


def test_categories_keep_their_frequencies(chinook: str, profiled: dict[str, Any]) -> None:
    columns = _profiled_columns(profiled, "values")
    assert ("invoice", "billing_country") in {(t, c) for t, c, _ in columns}
    for table, column, field in columns:
        kept = {str(v) for v in field["values"]}
        source = _source(chinook, table, column).drop_nulls().cast(pl.String)
        made = _generated(profiled, table)[column].drop_nulls().cast(pl.String)
        # Rare source values and their generated stand-ins both count as "other".
        fold = [v if v in kept else "<other>" for v in source.to_list()]
        fold_made = [v if v in kept else "<other>" for v in made.to_list()]
        distance = total_variation(fold, fold_made)
        assert distance <= 0.05, f"{table}.{column}: TVD {distance:.3f}"
        rare = source.value_counts().filter(pl.col("count") < 10)[column].to_list()
        assert not set(rare) & set(field["values"]), f"{table}.{column} kept a rare value"


def test_children_per_parent_keep_mean_and_spread(chinook: str, profiled: dict[str, Any]) -> None:
    engine = sa.create_engine(chinook)
    with engine.connect() as conn:
        source = pl.read_database(
            "SELECT count(i.invoice_id) AS n FROM customer c "
            "LEFT JOIN invoice i ON i.customer_id = c.customer_id GROUP BY c.customer_id",
            conn,
        )["n"]
    engine.dispose()
    invoices = _generated(profiled, "invoice")
    made = invoices.group_by("customer_id").len()["len"].to_numpy()
    expected = source.to_numpy()
    assert abs(made.mean() - expected.mean()) / expected.mean() <= 0.05
    assert abs(made.std() - expected.std()) <= 0.5


def test_no_personal_value_is_copied(chinook: str, profiled: dict[str, Any]) -> None:
    text = yaml.safe_dump(profiled)
    personal = {
        "customer": ["email", "phone", "address", "fax"],
        "employee": ["email", "phone", "address", "birth_date", "fax"],
        "invoice": ["billing_address"],
    }
    for table, columns in personal.items():
        fields = profiled["tables"][table]["fields"]
        made = _generated(profiled, table)
        for column in columns:
            assert fields[column].get("pii"), f"{table}.{column} should be flagged personal"
            assert fields[column]["kind"] != "empirical", f"{table}.{column} was profiled"
            source = set(_source(chinook, table, column).drop_nulls().cast(pl.String).to_list())
            output = set(made[column].drop_nulls().cast(pl.String).to_list())
            assert not source & output, f"{table}.{column}: source values in the output"
            assert not any(value in text for value in source if len(value) > 4)
    # Postcodes are generated from real places, so a few match by chance: a shared public
    # value space (like gender), not a copy. The share stays small.
    source = set(_source(chinook, "customer", "postal_code").drop_nulls().to_list())
    output = set(_generated(profiled, "customer")["postal_code"].drop_nulls().to_list())
    assert profiled["tables"]["customer"]["fields"]["postal_code"].get("pii")
    assert len(source & output) <= 0.1 * len(source)
    names = (
        _source(chinook, "customer", "first_name") + " " + _source(chinook, "customer", "last_name")
    )
    made = _generated(profiled, "customer")
    generated_names = made["first_name"] + " " + made["last_name"]
    assert not set(names.to_list()) & set(generated_names.to_list())


def test_numbers_keep_their_dependence_on_a_category(
    chinook: str, profiled: dict[str, Any]
) -> None:
    milliseconds = profiled["tables"]["track"]["fields"]["milliseconds"]
    assert milliseconds["kind"] == "derived"
    assert "unit_price" in milliseconds["expr"]
    engine = sa.create_engine(chinook)
    with engine.connect() as conn:
        source = pl.read_database("SELECT unit_price, milliseconds FROM track", conn)
    engine.dispose()
    made = _generated(profiled, "track")
    for price in (0.99, 1.99):
        want = source.filter(pl.col("unit_price").cast(pl.Float64) == price)["milliseconds"]
        got = made.filter(pl.col("unit_price").cast(pl.Float64) == price)["milliseconds"]
        distance = ks_statistic(want.to_numpy(), got.to_numpy())
        # The 1.99 group has 213 source rows: its own sampling noise is about 0.09.
        assert distance <= (0.05 if want.len() > 1000 else 0.12), f"{price}: KS {distance:.3f}"
    assert made["milliseconds"].filter(made["unit_price"].cast(pl.Float64) == 1.99).median() > (  # type: ignore[operator]
        3 * made["milliseconds"].filter(made["unit_price"].cast(pl.Float64) == 0.99).median()  # type: ignore[operator]
    )


def test_service_profiles_an_allow_listed_database(chinook: str, tmp_path: Path) -> None:
    import asyncio

    import httpx

    from lookalike.server.app import create_app
    from lookalike.server.settings import Settings

    async def post(allow: list[str]) -> httpx.Response:
        app = create_app(Settings(home=tmp_path, dev=True, workers=1, egress_allow=allow))
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
                body = {"source": "sql", "url": chinook.replace("+psycopg", ""), "profile": True}
                return await http.post("/v1/specs/extract", json=body, timeout=120)

    refused = asyncio.run(post([]))
    assert refused.status_code == 403
    answered = asyncio.run(post(["127.0.0.1/32"]))
    assert answered.status_code == 200, answered.text
    fields = answered.json()["spec"]["tables"]["invoice"]["fields"]
    assert fields["billing_country"]["kind"] == "empirical"
    assert any("profile track" in note for note in answered.json()["report"]["notes"])


def test_skewed_references_keep_their_skew(chinook: str, profiled: dict[str, Any]) -> None:
    import numpy as np

    genre = profiled["tables"]["track"]["fields"]["genre_id"]
    assert genre["distribution"] == "zipf"
    engine = sa.create_engine(chinook)
    with engine.connect() as conn:
        source = pl.read_database(
            "SELECT count(t.track_id) AS n FROM genre g LEFT JOIN track t "
            "ON t.genre_id = g.genre_id GROUP BY g.genre_id",
            conn,
        )["n"].to_numpy()
    engine.dispose()
    tracks = pl.from_arrow(lookalike.generate(profiled, table="track", seed=5))  # source sizes
    assert isinstance(tracks, pl.DataFrame)
    made = tracks["genre_id"].drop_nulls().value_counts()["count"].to_numpy()
    made = np.concatenate([made, np.zeros(len(source) - len(made))])

    def curve(counts: np.ndarray) -> np.ndarray:
        ordered = np.sort(counts)[::-1]
        shares: np.ndarray = np.cumsum(ordered) / ordered.sum()
        return shares

    # The share of tracks held by the top genres, as in the source (Rock alone has 37%).
    assert np.max(np.abs(curve(source) - curve(made))) <= 0.1


def test_big_tables_are_sampled_and_small_spaces_reported(chinook: str) -> None:
    result = extract_source([chinook], profile=True, k=10, sample=1000)
    track = next(n for n in result.notes if n.startswith("profile track:"))
    read = int(track.split(": ")[1].split(" rows")[0].replace(",", ""))
    assert 0 < read <= 1000  # TABLESAMPLE, then LIMIT: 3,503 rows are not all read
    assert result.spec["tables"]["track"]["fields"]["milliseconds"]["description"].startswith(
        f"profile of {read:,} source rows"
    )
    assert any(
        n.startswith("customer.city: personal, generated from a small public value space")
        or n.startswith("customer.postal_code: personal")
        for n in result.notes
    )
