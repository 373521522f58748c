"""Spark DataFrames from lookalike: one partition per block, the values of a local run.

One local session (``local[2]``) serves the module. Without Java or pyspark the
tests skip with the reason.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pytest

import lookalike
from lookalike.pipeline import collect_table
from lookalike.sinks.delta import delta_schema

pytestmark = pytest.mark.filterwarnings(
    "ignore:PySpark does not yet fully support pandas:FutureWarning"
)

ROOT = Path(__file__).parents[2]
SHOP = ROOT / "examples" / "shop.yaml"
BASE = ROOT / "examples" / "base-types.yaml"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None:
        pytest.skip("Java is not installed (apt-get install openjdk-17-jre-headless)")
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this venv
    session = (
        SparkSession.builder.master("local[2]")
        .appName("lookalike-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _digest(table: pa.Table) -> str:
    """An order-sensitive hash of every value (Polars row hashes, fixed seed)."""
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    hashes = frame.hash_rows(seed=0)
    return hashlib.sha256(hashes.to_numpy().tobytes()).hexdigest()


def _local(plan: lookalike.Plan, table: str) -> pa.Table:
    made = collect_table(plan, table)
    return made.cast(delta_schema(made.schema)).replace_schema_metadata(None)


@pytest.mark.parametrize(
    ("spec", "table", "rows"),
    [(BASE, "orders", 150_000), (SHOP, "order_lines", 20_000), (SHOP, "customers", 70_000)],
)
def test_the_dataframe_holds_a_local_runs_values(
    spark: Any, spec: Path, table: str, rows: int
) -> None:
    plan = lookalike.resolve(spec, rows=rows, seed=11, lineage=True)
    frame = lookalike_spark().dataframe(spark, plan, table)
    assert frame.rdd.getNumPartitions() == plan.tables[table].blocks
    assert frame.count() == plan.tables[table].rows
    read = frame.toArrow()
    expected = _local(plan, table)
    read = read.select(expected.column_names).cast(expected.schema)
    assert _digest(read) == _digest(expected)
    assert read.equals(expected)


def test_partitions_are_blocks_made_where_spark_runs_them(spark: Any) -> None:
    plan = lookalike.resolve(BASE, rows=200_000, seed=3)
    frame = lookalike_spark().dataframe(spark, plan)
    sizes = frame.rdd.mapPartitions(lambda rows: [sum(1 for _ in rows)]).collect()
    assert sizes == [plan.tables["orders"].block_span(b)[1] for b in range(4)]
    # A filter runs on the executors; the third block alone gives its own rows.
    third = frame.filter("order_id IS NOT NULL").toArrow().slice(2 * 65_536, 10)
    assert third.column("order_id").to_pylist() == (
        _local(plan, "orders").slice(2 * 65_536, 10).column("order_id").to_pylist()
    )


def test_spec_options_and_errors(spark: Any) -> None:
    spark_api = lookalike_spark()
    frame = spark_api.dataframe(spark, BASE, rows=10, seed=1)
    assert frame.count() == 10
    assert frame.schema["order_date"].dataType.typeName() == "date"
    with pytest.raises(lookalike.SpecError, match=r"8 tables .* name one"):
        spark_api.dataframe(spark, SHOP, rows=10)
    with pytest.raises(lookalike.SpecError, match="no table 'nope'"):
        spark_api.dataframe(spark, SHOP, "nope", rows=10)
    empty = spark_api.dataframe(spark, BASE, rows=0)
    assert empty.count() == 0


def lookalike_spark() -> Any:
    import lookalike.spark

    return lookalike.spark
