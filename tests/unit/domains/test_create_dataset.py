"""create_dataset, create_batch and `lookalike dataset`: names, options, files and errors."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import openpyxl
import pyarrow.csv as pv
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import lookalike
from lookalike.cli.main import app
from lookalike.datasets import dataset_for
from lookalike.errors import LookalikeError, SpecError

runner = CliRunner()


@pytest.mark.parametrize(
    ("filename", "table"),
    [("sales.csv", "sales"), ("Q3-sales-2024.parquet", "sales"), ("stocks.xlsx", "stocks"),
     ("patients.json", "patients"), ("my_web_logs.ndjson", "web_logs"), ("iot.csv",
     "sensor_readings"), ("banking.csv", "transactions"), ("ecommerce.csv", "orders")],
)  # fmt: skip
def test_the_file_name_says_the_dataset(filename: str, table: str) -> None:
    assert dataset_for(filename).table == table


def test_a_dataset_is_500_rows_of_the_countrys_data_by_default(tmp_path: Path) -> None:
    path = lookalike.create_dataset(tmp_path / "customers.csv", country="united_kingdom", seed=1)
    table = pv.read_csv(path)
    assert table.num_rows == 500
    assert set(table.column("country_code").to_pylist()) == {"GB"}


def test_the_same_seed_gives_the_same_file(tmp_path: Path) -> None:
    for name in "abc":
        (tmp_path / name).mkdir()
    first = lookalike.create_dataset(tmp_path / "a" / "sales.csv", rows=300, seed=9)
    again = lookalike.create_dataset(tmp_path / "b" / "sales.csv", rows=300, seed=9)
    other = lookalike.create_dataset(tmp_path / "c" / "sales.csv", rows=300, seed=10)
    assert Path(first).read_bytes() == Path(again).read_bytes() != Path(other).read_bytes()


def test_several_formats_hold_the_same_rows(tmp_path: Path) -> None:
    path = lookalike.create_dataset(
        tmp_path / "patients.csv", rows=200, seed=4, formats=["csv", "parquet", "excel"]
    )
    assert path == str(tmp_path / "patients.csv")
    csv = pv.read_csv(path)
    parquet = pq.read_table(tmp_path / "patients.parquet")
    assert csv.column("patient_id").to_pylist() == parquet.column("patient_id").to_pylist()
    book = openpyxl.load_workbook(tmp_path / "patients.xlsx", read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert rows[0] == tuple(parquet.column_names)
    assert [r[0] for r in rows[1:]] == parquet.column("patient_id").to_pylist()
    assert rows[1][parquet.column_names.index("date_of_birth")] == dt.datetime.combine(
        parquet.column("date_of_birth")[0].as_py(), dt.time()
    )


def test_a_date_range_bounds_events_and_sizes_a_series(tmp_path: Path) -> None:
    sales = pq.read_table(
        lookalike.create_dataset(
            tmp_path / "sales.parquet", rows=2000, seed=1, date_range=("2023-03-01", "2023-04-01")
        )
    )
    stamps = sales.column("sold_at").to_pylist()
    assert min(stamps) >= dt.datetime(2023, 3, 1)
    assert max(stamps) < dt.datetime(2023, 4, 1)
    sensors = pq.read_table(lookalike.create_dataset(
        tmp_path / "sensors.parquet", seed=1, sensors=10, interval="1h",
        date_range=(dt.date(2024, 5, 1), dt.date(2024, 5, 3))))  # fmt: skip
    assert sensors.num_rows == 48 * 10
    assert sensors.column("timestamp")[0].as_py() == dt.datetime(2024, 5, 1)


def test_time_series_puts_events_on_a_grid(tmp_path: Path) -> None:
    path = lookalike.create_dataset(
        tmp_path / "sales.csv", rows=1000, country="germany", seed=2, time_series=True,
        interval="1hour", date_range=("2024-01-01", "2024-12-31"),
    )  # fmt: skip
    stamps = pv.read_csv(path).column("sold_at").to_pylist()
    assert stamps[0] == dt.datetime(2024, 1, 1)
    assert {b - a for a, b in itertools.pairwise(stamps)} == {dt.timedelta(hours=1)}


def test_intraday_stock_prices_leave_the_trading_day_calendar(tmp_path: Path) -> None:
    path = lookalike.create_dataset(tmp_path / "stocks.parquet", rows=100, seed=1,
                                    interval="5min", tickers=5)  # fmt: skip
    stamps = pq.read_table(path).column("date").to_pylist()
    assert stamps[5] - stamps[0] == dt.timedelta(minutes=5)


def test_a_batch_shares_keys(tmp_path: Path) -> None:
    paths = lookalike.create_batch(
        [{"filename": tmp_path / "customers.csv", "rows": 300},
         {"filename": tmp_path / "sales.csv", "rows": 3000},
         {"filename": tmp_path / "stocks.csv", "rows": 50}],
        seed=5, country="pakistan",
    )  # fmt: skip
    assert paths == [str(tmp_path / n) for n in ("customers.csv", "sales.csv", "stocks.csv")]
    customers = pv.read_csv(paths[0])
    sales = pv.read_csv(paths[1])
    assert customers.num_rows == 300
    assert sales.num_rows == 3000
    assert set(sales.column("customer_id").to_pylist()) <= set(
        customers.column("customer_id").to_pylist()
    )
    assert set(sales.column("currency").to_pylist()) == {"PKR"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: lookalike.create_dataset(p / "nonsense.csv"), "cannot tell the dataset"),
        (lambda p: lookalike.create_dataset(p / "sales.csv", country="narnia"), "unknown country"),
        (lambda p: lookalike.create_dataset(p / "sales.txt"), "cannot tell the format"),
        (lambda p: lookalike.create_dataset(p / "sales.csv", fraud_rate=0.1),
         "sales has no option 'fraud_rate'"),
        (lambda p: lookalike.create_dataset(p / "sales.csv", formats=["docx"]), "unknown format"),
        (lambda p: lookalike.create_dataset(p / "sales.csv", interval="weekly-ish",
                                            time_series=True), "cannot read interval"),
        (lambda p: lookalike.create_dataset(p / "sales.csv", date_range="2024"), "date_range"),
        (lambda p: lookalike.create_dataset(p / "products.csv", time_series=True),
         "no time field"),
        (lambda p: lookalike.create_batch([{"filename": p / "sales.csv", "country": "de"},
                                           {"filename": p / "customers.csv", "country": "fr"}]),
         "share one country"),
    ],
)  # fmt: skip
def test_bad_options_are_refused_with_one_clear_line(
    tmp_path: Path, call: object, message: str
) -> None:
    with pytest.raises(LookalikeError, match=message):
        call(tmp_path)  # type: ignore[operator]
    assert not list(tmp_path.iterdir())


def test_the_cli_writes_a_dataset(tmp_path: Path) -> None:
    out = tmp_path / "sales.csv"
    result = runner.invoke(app, ["dataset", str(out), "--rows", "100", "--country", "de",
                                 "--time-series", "--interval", "1h", "--seed", "3"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "seed 3" in result.stderr
    (tmp_path / "api").mkdir()
    expected = lookalike.create_dataset(tmp_path / "api" / "sales.csv", rows=100, country="de",
                                        time_series=True, interval="1h", seed=3)  # fmt: skip
    assert out.read_bytes() == Path(expected).read_bytes()
    listing = runner.invoke(app, ["dataset", "--list"])
    assert "sensor_readings" in listing.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [(["dataset", "x.csv"], "cannot tell the dataset"),
     (["dataset", "transactions.csv", "-o", "fraud_rate"], "name=value"),
     (["dataset", "sales.csv", "--start", "2024-01-01"], "--start and --end together"),
     (["dataset"], "give an output file")],
)  # fmt: skip
def test_cli_errors_are_one_line_with_exit_code_2(
    tmp_path: Path, args: list[str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_options_reach_the_table(tmp_path: Path) -> None:
    path = lookalike.create_dataset(tmp_path / "transactions.parquet", rows=20_000, seed=1,
                                    fraud_rate=0.2, accounts=50)  # fmt: skip
    table = pq.read_table(path)
    assert len(set(table.column("account_id").to_pylist())) == 50
    debits = [
        f
        for f, a in zip(
            table.column("is_fraud").to_pylist(), table.column("amount").to_pylist(), strict=True
        )
        if a < 0
    ]
    assert abs(sum(debits) / len(debits) - 0.2) < 0.02
    with pytest.raises(SpecError):
        lookalike.create_dataset(tmp_path / "stocks.csv", tickers=0)


def test_a_batch_can_share_one_workbook(tmp_path: Path) -> None:
    book_path = tmp_path / "shop.xlsx"
    paths = lookalike.create_batch(
        [{"filename": tmp_path / "customers.csv", "rows": 50},
         {"filename": tmp_path / "sales.parquet", "rows": 120},
         {"filename": tmp_path / "sensors.csv", "rows": 30}],
        seed=2, workbook=book_path,
    )  # fmt: skip
    book = openpyxl.load_workbook(book_path, read_only=True)
    sheets = {s.title: list(s.iter_rows(values_only=True)) for s in book.worksheets}
    book.close()
    assert list(sheets) == ["customers", "sales", "sensor_readings"]
    assert [len(rows) - 1 for rows in sheets.values()] == [50, 120, 30]
    sales = pq.read_table(paths[1])
    assert [r[0] for r in sheets["sales"][1:]] == sales.column("transaction_id").to_pylist()


@pytest.mark.parametrize(("name", "options"), [("transactions.csv", {"accounts": 7}),
                                               ("stocks.csv", {"tickers": 5})])  # fmt: skip
def test_worker_processes_write_the_same_bytes(
    tmp_path: Path, name: str, options: dict[str, Any]
) -> None:
    # Three blocks: each worker rebuilds ledger balances and bridge knots on its own.
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one = lookalike.create_dataset(tmp_path / "one" / name, rows=140_000, seed=8, **options)
    two = lookalike.create_dataset(tmp_path / "two" / name, rows=140_000, seed=8, workers=2,
                                   **options)  # fmt: skip
    assert Path(one).read_bytes() == Path(two).read_bytes()


@pytest.mark.parametrize("name", ["web_logs.csv", "patients.json"])
def test_text_files_encoded_in_pieces_are_the_same_bytes(name: str, tmp_path: Path) -> None:
    # create_dataset encodes plain text a quarter block at a time (less memory); the
    # bytes are those of whole blocks, as lookalike.write gives them.
    from lookalike.api import write
    from lookalike.datasets import _domain_options
    from lookalike.datasets.build import domain_spec

    rows = 70_000  # a whole block and a short one: pieces of 16,384 and a remainder
    made = Path(lookalike.create_dataset(tmp_path / name, rows=rows, seed=4))
    kind = dataset_for(name)
    spec = domain_spec(kind.template, {kind.table: rows}, _domain_options({}))
    whole = tmp_path / f"whole-{name}"
    write(spec, whole, format=name.split(".")[1], table=kind.table, seed=4)
    assert made.read_bytes() == whole.read_bytes()
