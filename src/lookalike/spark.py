"""Spark DataFrames whose partitions are lookalike's blocks (``pip install 'lookalike[spark]'``).

:func:`dataframe` plans the spec here, on the driver, then asks Spark for one
partition per block (``spark.range(blocks, numPartitions=blocks)``) and turns
each partition's block number into that block's rows with ``mapInArrow``. A
block is a pure function of (seed, table, column, block), so each executor
makes its blocks alone, with no data sent to it but the plan (a few kB), and
the DataFrame holds exactly the values a local run writes: row order, keys and
references included. Columns take the types Delta and Spark share (see
:func:`lookalike.sinks.delta.delta_schema`): low-cardinality columns are plain
strings, times of day ``HH:MM:SS`` strings, timestamps microseconds (naive ones
as ``TIMESTAMP_NTZ``).

.. code-block:: python

    from pyspark.sql import SparkSession
    import lookalike.spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    orders = lookalike.spark.dataframe(spark, "examples/shop.yaml", "orders", rows=10_000_000)
    orders.write.format("delta").saveAsTable("bronze_shop_orders")

>>> plan_partitions(__import__("lookalike").resolve("examples/base-types.yaml", rows=200_000))
4
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from lookalike.executors.base import Task, run_task, tasks_for
from lookalike.plan import Lineage, Plan
from lookalike.planning import SpecLike, resolve
from lookalike.sinks.delta import conform, delta_schema

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["dataframe", "plan_partitions", "spark_schema"]


def spark_schema(plan: Plan, table: str) -> Any:
    """The Spark ``StructType`` of ``table``'s DataFrame (needs pyspark)."""
    from lookalike.extras import require

    types = require("pyspark.sql.pandas.types", "spark")
    return types.from_arrow_schema(
        delta_schema(plan.tables[table].schema), prefer_timestamp_ntz=True
    )


def plan_partitions(plan: Plan, table: str | None = None) -> int:
    """How many partitions (blocks) the DataFrame of ``table`` has; one table may go unnamed."""
    name = _one_table(plan, table)
    return max(len(tasks_for(plan, name)), 1)


@dataclass(frozen=True)
class _Blocks:
    """What each Spark task runs: block numbers in, those blocks' rows out.

    A plain picklable object (not a closure), so Spark sends the plan and the
    task list once per task, and the workers import lookalike to run it.
    """

    plan: Plan
    tasks: tuple[Task, ...]
    schema: pa.Schema

    def __call__(self, numbers: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in numbers:
            for index in batch.column(0).to_numpy():
                _, payload = run_task(self.plan, self.tasks[int(index)], None)
                assert isinstance(payload, pa.RecordBatch)
                yield conform(payload, self.schema).replace_schema_metadata(None)


def dataframe(
    spark: Any,
    spec: SpecLike | Plan,
    table: str | None = None,
    *,
    rows: int | None = None,
    seed: int | None = None,
    reference_time: dt.datetime | None = None,
    scale: float | None = None,
    lineage: bool | Lineage = False,
    locale: str | None = None,
) -> Any:
    """A Spark DataFrame of ``table`` (may be omitted when the spec has one table).

    ``spec`` is anything :func:`lookalike.resolve` takes, or a plan it made; the
    other options are resolve's. Every partition is one block of the table, made
    where Spark runs it; the values are a local run's, in the same order.
    """
    from lookalike.extras import require

    require("pyspark", "spark")
    plan = spec if isinstance(spec, Plan) else resolve(
        spec, rows=rows, seed=seed, reference_time=reference_time, scale=scale,
        lineage=lineage, locale=locale,
    )  # fmt: skip
    name = _one_table(plan, table)
    tasks = tuple(tasks_for(plan, name))
    blocks = _Blocks(plan, tasks, delta_schema(plan.tables[name].schema).remove_metadata())
    numbers = spark.range(0, len(tasks), numPartitions=max(len(tasks), 1))
    return numbers.mapInArrow(blocks, spark_schema(plan, name))


def _one_table(plan: Plan, table: str | None) -> str:
    from lookalike.errors import SpecError

    if table is not None:
        if table not in plan.tables:
            raise SpecError(
                f"no table {table!r}; the spec has {', '.join(plan.tables)}", path="table"
            )
        return table
    if len(plan.tables) != 1:
        raise SpecError(
            f"the spec has {len(plan.tables)} tables ({', '.join(plan.tables)}); name one",
            path="table",
        )
    return next(iter(plan.tables))
