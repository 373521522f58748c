"""`lookalike check` on files: a generated dataset passes; broken copies are counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

import lookalike
from lookalike.api import as_spec
from lookalike.check import check_files, constraints
from lookalike.cli.main import app
from lookalike.errors import OutputError

ROOT = Path(__file__).resolve().parents[2]
SHOP = ROOT / "examples" / "shop.yaml"
runner = CliRunner()


@pytest.fixture(scope="module")
def shop_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shop")
    lookalike.write(SHOP, folder, format="parquet", rows=60, seed=3)
    return folder


def _copy(folder: Path, target: Path) -> Path:
    target.mkdir()
    for path in folder.iterdir():
        (target / path.name).write_bytes(path.read_bytes())
    return target


def test_constraints_from_the_spec() -> None:
    found = {(c.table, str(c)) for c in constraints(as_spec(SHOP))}
    assert ("order_lines", "primary key (order_id, line_no)") in found
    assert ("enrollments", "unique (customer_id, product_id)") in found
    assert ("orders", "foreign key (customer_id) -> customers (id)") in found
    assert ("order_lines", "rows per orders (at least 1, at most 4)") in found
    # A lookup of a non-key column is not a foreign key.
    assert not any("unit_price" in text for _, text in found if text.startswith("foreign"))


def test_generated_shop_passes(shop_files: Path) -> None:
    report = check_files(as_spec(SHOP), shop_files)
    assert report.ok, [r for r in report.results if r.violations]
    assert report.rows["customers"] == 60
    assert len(report.results) >= 15


def test_broken_copies_are_counted(shop_files: Path, tmp_path: Path) -> None:
    broken = _copy(shop_files, tmp_path / "broken")
    customers = pl.read_parquet(broken / "customers.parquet")
    # Two duplicate ids, and (so) the orders of the overwritten customers become orphans.
    customers.with_columns(
        pl.when(pl.col("id") <= 2).then(pl.lit(3, pl.Int64)).otherwise(pl.col("id")).alias("id")
    ).write_parquet(broken / "customers.parquet")
    lines = pl.read_parquet(broken / "order_lines.parquet")
    pl.concat([lines, lines.head(1)]).write_parquet(broken / "order_lines.parquet")
    report = check_files(as_spec(SHOP), broken)
    bad = {r.constraint: r.violations for r in report.results if r.violations}
    assert bad["primary key (id)"] == 2
    assert bad["primary key (order_id, line_no)"] == 1
    assert bad["foreign key (customer_id) -> customers (id)"] > 0
    assert not report.ok


def test_check_command_exit_codes(shop_files: Path, tmp_path: Path) -> None:
    ok = runner.invoke(app, ["check", str(SHOP), "--files", str(shop_files)])
    assert ok.exit_code == 0, ok.output
    assert "foreign key (order_id) -> orders (id)" in ok.output
    broken = _copy(shop_files, tmp_path / "broken")
    staff = pl.read_parquet(broken / "staff.parquet")
    staff.with_columns(pl.lit(10**9, pl.Int64).alias("store_id")).write_parquet(
        broken / "staff.parquet"
    )
    bad = runner.invoke(app, ["check", str(SHOP), "--files", str(broken)])
    assert bad.exit_code == 1
    assert "FAIL" in bad.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give --files DIR or --db URL"),
        (["--files", "/nonexistent/folder"], "not a directory"),
    ],
)
def test_check_command_bad_input(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["check", str(SHOP), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_missing_table_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no file for table customers"):
        check_files(as_spec(SHOP), tmp_path)


def test_enums_ranges_and_column_order_are_checked(tmp_path: Path) -> None:
    from lookalike.spec import spec_from_dict

    spec = spec_from_dict({"tables": {"t": {"rows": 3, "fields": {
        "status": {"kind": "choice", "values": ["new", "paid"]},
        "qty": {"kind": "integer", "min_value": 1, "max_value": 10},
        "start": {"kind": "date"},
        "gap": {"kind": "integer", "min_value": 0, "max_value": 9, "hidden": True},
        "end": {"kind": "derived", "type": "date", "expr": "start + gap * INTERVAL '1 day'"},
    }}}})  # fmt: skip
    pl.DataFrame({
        "status": ["new", "lost", None], "qty": [0, 5, 11],
        "start": [dt.date(2024, 1, 2)] * 3,
        "end": [dt.date(2024, 1, 1), dt.date(2024, 1, 2), dt.date(2024, 1, 9)],
    }).write_parquet(tmp_path / "t.parquet")  # fmt: skip
    report = check_files(spec, tmp_path)
    found = {r.constraint: r.violations for r in report.results}
    assert found["status in (new, paid)"] == 1  # "lost"; the null is not a value
    assert found["qty between 1 and 10"] == 2
    assert found["end >= start"] == 1
