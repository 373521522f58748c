"""``lookalike generate --to delta:PATH``: Bronze tables from the command line, and its refusals."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from lookalike.cli.main import app
from support.delta_read import read_with_dataset

pytest.importorskip("deltalake", reason="the delta extra is not installed")

runner = CliRunner()
SHOP = Path(__file__).parents[3] / "examples" / "shop.yaml"
PINNED = ["--seed", "5", "--reference-time", "2026-03-01"]


def test_bronze_tables_with_lineage_then_overwrite(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    args = ["generate", str(SHOP), "--rows", "40", "--to", f"delta:{lake}", "--lineage",
            "--source-system", "alexis", "--environment", "dev",
            "--table-name", "bronze_{source}_{table}", *PINNED]  # fmt: skip
    report = tmp_path / "run.json"
    result = runner.invoke(app, [*args, "-q", "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in lake.iterdir()) == sorted(
        f"bronze_alexis_{t}" for t in ("customers", "products", "orders", "order_lines",
                                       "employees", "stores", "staff", "enrollments")
    )  # fmt: skip
    customers = pl.read_delta(str(lake / "bronze_alexis_customers"))
    assert customers.height == 40
    assert customers["_environment"].unique().to_list() == ["dev"]
    assert str(customers["_ingested_at"][0]) == "2026-03-01 00:00:00+00:00"
    facts = json.loads(report.read_text())
    assert facts["files"]["customers"] == [str(lake / "bronze_alexis_customers")]
    again = runner.invoke(app, [*args, "--if-exists", "replace", "-q"])
    assert again.exit_code == 0, again.output
    assert read_with_dataset(lake / "bronze_alexis_customers").num_rows == 40


def test_one_table_with_renamed_lineage_columns(tmp_path: Path) -> None:
    args = ["generate", str(SHOP), "--rows", "10", "--table", "customers",
            "--to", f"delta:{tmp_path}", "--lineage",
            "--lineage-columns", "at,src,env"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "into 1 Delta tables" in result.output
    assert pl.read_delta(str(tmp_path / "customers")).columns[-3:] == ["at", "src", "env"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--if-exists", "merge"], "for Delta tables use append, replace or fail"),
        (["--table-name", "{oops}"], "use only {table}, {source} and {environment}"),
        (["-o", "x.csv"], "--to writes Delta tables; drop --output"),
        (["--lineage-columns", "a,b"], "add --lineage"),
        (["--lineage", "--lineage-columns", "a,b"], "give three names"),
        (["--lineage", "--lineage-columns", "a,a,b"], "three distinct names"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(
    extra: list[str], message: str, tmp_path: Path
) -> None:
    args = ["generate", str(SHOP), "--rows", "5", "--to", f"delta:{tmp_path}", *extra]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_table_name_needs_a_delta_destination(tmp_path: Path) -> None:
    args = ["generate", str(SHOP), "-o", str(tmp_path), "--table-name", "b_{table}"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "use it with --to delta:PATH" in result.output
