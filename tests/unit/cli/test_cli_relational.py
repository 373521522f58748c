"""The CLI on a relational spec: keys in validate, a directory of tables, --scale, --lineage."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from lookalike.cli.main import app

runner = CliRunner()
SHOP = Path(__file__).parents[3] / "examples" / "shop.yaml"


def test_validate_shows_keys_and_the_load_order() -> None:
    result = runner.invoke(app, ["validate", str(SHOP)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("ok  customers: 1,000 rows")
    assert "orders: " in result.output
    assert "(customers x ~" in result.output
    assert "(customer_id) -> customers(id)" in result.output
    assert "(manager_id) -> staff(id) filled after loading" in result.output
    order = [line.split(":")[0].removeprefix("ok  ") for line in lines]
    assert order.index("stores") < order.index("staff")
    assert order.index("orders") < order.index("order_lines")


def test_generate_a_directory_of_tables_scaled_with_lineage(tmp_path: Path) -> None:
    out = tmp_path / "shop"
    args = ["generate", str(SHOP), "-o", str(out), "-f", "parquet", "--scale", "0.5"]
    result = runner.invoke(app, [*args, "--lineage", "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in out.iterdir()) == sorted(
        ["customers", "products", "orders", "order_lines", "employees", "stores", "staff",
         "enrollments"]
    )  # fmt: skip
    customers = pl.read_parquet(out / "customers.parquet")
    assert customers.height == 500
    assert customers.columns[-3:] == ["_ingested_at", "_source_system", "_environment"]
    assert customers["_source_system"].unique().to_list() == ["lookalike"]
    orders = pl.read_parquet(out / "orders.parquet")
    assert orders.join(customers, left_on="customer_id", right_on="id", how="anti").height == 0


def test_rows_sets_the_fixed_tables() -> None:
    result = runner.invoke(app, ["validate", str(SHOP), "--rows", "100"])
    assert result.exit_code == 0, result.output
    assert "ok  customers: 100 rows" in result.output
    assert "ok  products: 100 rows" in result.output


def test_to_refuses_output_options(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    result = runner.invoke(app, ["generate", str(SHOP), "--to", url, "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "--to loads a database; drop --output" in result.output


def test_generate_into_sqlite_keeps_every_key(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "shop.db"
    result = runner.invoke(app, ["generate", str(SHOP), "--to", f"sqlite:///{db}", "-q"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        stores = connection.execute("SELECT count(*), count(manager_id) FROM stores").fetchone()
        lines = connection.execute("SELECT count(*) FROM order_lines").fetchone()[0]
    assert stores == (10, 10)  # the cycle's nullable key was filled after loading
    assert lines > 5000
