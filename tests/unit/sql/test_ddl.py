"""DDL from a plan: types, keys, NOT NULL, cycles through ALTER TABLE, the `ddl` command."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from lookalike.api import resolve
from lookalike.cli.main import app
from lookalike.plan import Plan
from lookalike.sql.ddl import build_metadata, create_script
from lookalike.sql.shape import SimpleForeignKey, SimplePlan, SimpleTable
from lookalike.sql.types import sql_type

ROOT = Path(__file__).resolve().parents[3]
SHOP = ROOT / "examples" / "shop.yaml"
runner = CliRunner()


@pytest.mark.parametrize(
    ("arrow_type", "keyed", "expected"),
    [
        (pa.int64(), False, "BIGINT"),
        (pa.int32(), False, "INTEGER"),
        (pa.int16(), False, "SMALLINT"),
        (pa.float64(), False, "DOUBLE"),
        (pa.decimal128(12, 2), False, "NUMERIC(12, 2)"),
        (pa.bool_(), False, "BOOLEAN"),
        (pa.date32(), False, "DATE"),
        (pa.timestamp("s"), False, "DATETIME"),
        (pa.time64("us"), False, "TIME"),
        (pa.string(), False, "TEXT"),
        (pa.string(), True, "VARCHAR(255)"),
        (pa.dictionary(pa.int32(), pa.string()), False, "TEXT"),
    ],
)
def test_sql_types(arrow_type: pa.DataType, keyed: bool, expected: str) -> None:
    assert str(sql_type(arrow_type, keyed=keyed)) == expected


def test_unknown_arrow_type_is_refused() -> None:
    with pytest.raises(TypeError, match="no SQL type"):
        sql_type(pa.list_(pa.int64()))


def test_zoned_timestamps_keep_their_zone() -> None:
    assert sql_type(pa.timestamp("us", "UTC")).timezone is True  # type: ignore[attr-defined]


def _shop_plan() -> Plan:
    return resolve(SHOP, rows=20, seed=1, reference_time=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


@pytest.mark.parametrize("dialect", ["postgresql", "mysql", "sqlite"])
def test_shop_ddl_has_every_key(dialect: str) -> None:
    script = create_script(_shop_plan(), dialect)
    assert script.count("CREATE TABLE") == len(_shop_plan().tables)
    assert "PRIMARY KEY (order_id, line_no)" in script
    assert "UNIQUE (customer_id, product_id)" in script
    assert "FOREIGN KEY(order_id) REFERENCES orders (id)" in script
    assert "FOREIGN KEY(manager_id) REFERENCES employees (id)" in script
    # The store/staff cycle: one of its keys is added after both tables exist.
    if dialect != "sqlite":
        assert "ALTER TABLE" in script
    assert "customer_id BIGINT NOT NULL" in script


def test_shop_ddl_runs_on_sqlite_with_foreign_keys() -> None:
    engine = sa.create_engine("sqlite://")
    metadata = build_metadata(_shop_plan())
    metadata.create_all(engine)
    inspector = sa.inspect(engine)
    assert sorted(inspector.get_table_names()) == sorted(_shop_plan().tables)
    lines = inspector.get_pk_constraint("order_lines")["constrained_columns"]
    assert lines == ["order_id", "line_no"]
    parents = {fk["referred_table"] for fk in inspector.get_foreign_keys("order_lines")}
    assert parents == {"orders", "products"}
    nullable = {c["name"]: c["nullable"] for c in inspector.get_columns("orders")}
    assert nullable["customer_id"] is False


def test_long_constraint_names_are_shortened() -> None:
    name = "a_really_long_table_name_for_constraint_names_to_overflow"
    table = SimpleTable(
        name, 1, pa.schema([("id", pa.int64()), ("other_long_column_name", pa.int64())]),
        primary_key=("id",), unique_keys=(("other_long_column_name",),),
        foreign_keys=(SimpleForeignKey(("other_long_column_name",), name, ("id",)),),
    )  # fmt: skip
    metadata = build_metadata(SimplePlan({name: table}, (name,)))
    for constraint in metadata.tables[name].constraints:
        assert constraint.name is None or len(str(constraint.name)) <= 60


def test_ddl_command_prints_statements() -> None:
    result = runner.invoke(app, ["ddl", str(SHOP), "--dialect", "mysql"])
    assert result.exit_code == 0, result.output
    assert "CREATE TABLE order_lines" in result.output
    assert "VARCHAR(255)" in result.output  # keyed strings get a length on MySQL


def test_ddl_command_refuses_an_unknown_dialect() -> None:
    result = runner.invoke(app, ["ddl", str(SHOP), "--dialect", "oracle"])
    assert result.exit_code == 2
    assert "unknown dialect 'oracle'" in result.output
    assert "Traceback" not in result.output


def test_importing_lookalike_does_not_import_sqlalchemy() -> None:
    code = (
        "import sys, lookalike, lookalike.check, lookalike.cli.database, "
        "lookalike.sinks.database; print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
