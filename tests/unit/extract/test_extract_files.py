"""Sample files: CSV, NDJSON with nesting, Parquet, Excel; keys and references between files."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.extract.files import extract_files


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pl.DataFrame(
        {"id": list(range(1, 41)), "region": ["north", "south", "east", "west"] * 10}
    ).write_csv(tmp_path / "stores.csv")
    records = [
        {
            "order_id": f"ORD-{i:05d}",
            "store_id": 1 + i % 40,
            "total": round(5 + i * 1.25, 2),
            "placed": f"2024-03-{1 + i % 28:02d}T10:00:00Z",
            "customer": {"email": f"c{i}@example.org"},
            "items": [{"sku": f"SKU-{j}", "qty": j} for j in range(i % 3)],
        }
        for i in range(120)
    ]
    (tmp_path / "orders.ndjson").write_text("\n".join(json.dumps(r) for r in records))
    pl.DataFrame({"store_id": [1, 2, 2, 99], "score": [0.5, 0.25, 0.75, 1.0]}).write_parquet(
        tmp_path / "ratings.parquet"
    )
    return tmp_path


def test_folder_of_files_gives_keys_kinds_and_references(folder: Path) -> None:
    result = extract_files([folder])
    tables = result.spec["tables"]
    assert set(tables) == {"stores", "orders", "orders_items", "ratings"}
    assert tables["stores"]["primary_key"] == ["id"]
    orders = tables["orders"]["fields"]
    assert orders["store_id"] == {"ref": "stores.id"}
    assert orders["order_id"]["pattern"] == "???-#####"
    assert orders["order_id"]["unique"]
    assert orders["customer_email"]["kind"] == "internet"
    assert orders["customer_email"]["pii"]
    assert orders["placed"]["kind"] == "datetime"
    assert tables["orders_items"]["fields"]["order_id"] == {"ref": "orders.order_id"}
    found = {str(r) for r in result.references}
    assert "reference ratings.store_id -> stores.id: 75% of 4 sampled values resolve" in found


def test_excel_sheets_read_through_the_optional_dependency(tmp_path: Path) -> None:
    pytest.importorskip("fastexcel")
    xlsxwriter = pytest.importorskip("xlsxwriter", reason="writing the test workbook")
    path = tmp_path / "book.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("people")
    sheet.write_row(0, 0, ["id", "email"])
    for row in range(1, 6):
        sheet.write_row(row, 0, [row, f"p{row}@example.com"])
    workbook.close()
    result = extract_files([path], sheets=["people"])
    assert result.spec["tables"]["people"]["fields"]["email"]["kind"] == "internet"


def test_profile_of_files_on_the_command_line(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "spec.json"
    result = CliRunner().invoke(
        app,
        ["extract", str(folder / "stores.csv"), "--profile", "--format", "json", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    region = json.loads(out.read_text())["tables"]["stores"]["fields"]["region"]
    assert region["kind"] == "empirical"
    assert sorted(region["values"]) == [
        "east",
        "north",
        "south",
        "west",
    ]
    assert "profile stores: 40 rows read" in result.output


def test_missing_file_is_one_error() -> None:
    result = CliRunner().invoke(app, ["extract", "no/such/file.csv"])
    assert result.exit_code == 2
    assert "file not found" in result.output


def test_a_json_export_of_several_tables(tmp_path: Path) -> None:
    data = {
        "teams": [{"id": i, "name": f"Team {i}"} for i in range(1, 6)],
        "people": [
            {"id": i, "team_id": 1 + i % 5, "email": f"p{i}@example.com"} for i in range(30)
        ],
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data))
    result = extract_files([path])
    assert set(result.spec["tables"]) == {"teams", "people"}
    assert result.spec["tables"]["people"]["fields"]["team_id"] == {"ref": "teams.id"}


def test_profile_keeps_a_skewed_reference(tmp_path: Path) -> None:
    import numpy as np

    rng = np.random.default_rng(4)
    pl.DataFrame({"id": range(1, 41)}).write_csv(tmp_path / "customers.csv")
    picks = (rng.zipf(1.8, 800) - 1) % 40 + 1
    pl.DataFrame({"id": range(800), "customer_id": picks}).write_csv(tmp_path / "orders.csv")
    skewed = extract_files([tmp_path], profile_k=10)
    field = skewed.spec["tables"]["orders"]["fields"]["customer_id"]
    assert field["ref"] == "customers.id"
    assert field["distribution"] == "zipf"
    assert 1.4 <= field["exponent"] <= 2.2
    even = rng.integers(1, 41, 800)
    pl.DataFrame({"id": range(800), "customer_id": even}).write_csv(tmp_path / "orders.csv")
    plain = extract_files([tmp_path], profile_k=10)
    assert "distribution" not in plain.spec["tables"]["orders"]["fields"]["customer_id"]


def test_a_column_named_after_a_table_is_a_reference(tmp_path: Path) -> None:
    pl.DataFrame({"id": ["u1", "u2", "u3"], "name": ["a", "b", "c"]}).write_csv(
        tmp_path / "users.csv"
    )
    pl.DataFrame(
        {
            "id": range(6),
            "owner": ["u1", "u2", "u3", "u1", "u2", "u1"],
            "user": ["u3", "u3", "u1", "u2", "u2", "u1"],
        }
    ).write_csv(tmp_path / "docs.csv")
    fields = extract_files([tmp_path]).spec["tables"]["docs"]["fields"]
    assert fields["user"] == {"ref": "users.id"}
    assert fields["owner"]["kind"] != "reference"  # not a table's name, not key-shaped
