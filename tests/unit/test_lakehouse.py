"""Delta tables from a plan: the values of a local run, read back by Polars and pyarrow.dataset."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pyarrow as pa
import pytest

import lookalike
from lookalike.errors import OutputError
from lookalike.lakehouse import write_delta
from lookalike.pipeline import collect_table
from lookalike.plan import Lineage
from lookalike.sinks.delta import delta_schema
from support.delta_read import commit_infos, live_files, read_with_dataset

pytest.importorskip("deltalake", reason="the delta extra is not installed")

ROOT = Path(__file__).parents[2]
SHOP = ROOT / "examples" / "shop.yaml"
BASE = ROOT / "examples" / "base-types.yaml"


def _local(plan: lookalike.Plan, table: str) -> pa.Table:
    """What a local run makes of ``table``, in the types Delta stores."""
    made = collect_table(plan, table)
    return made.cast(delta_schema(made.schema)).replace_schema_metadata(None)


def _same(read: pa.Table, expected: pa.Table) -> None:
    read = read.select(expected.column_names).cast(expected.schema)
    assert read.num_rows == expected.num_rows
    assert read.equals(expected)


@pytest.mark.parametrize("spec", [SHOP, BASE], ids=["shop", "base-types"])
def test_every_table_reads_back_as_a_local_run_made_it(spec: Path, tmp_path: Path) -> None:
    plan = lookalike.resolve(spec, rows=300, seed=7, lineage=True)
    result = write_delta(plan, f"delta:{tmp_path}", workers=2)
    assert set(result.tables) == set(plan.tables)
    for name, uri in result.tables.items():
        expected = _local(plan, name)
        _same(read_with_dataset(Path(uri)), expected)
        _same(pl.read_delta(uri).to_arrow(), expected)
        _same(_read_with_duckdb(Path(uri)), expected)
        assert result.rows[name] == expected.num_rows


def _read_with_duckdb(table: Path) -> pa.Table:
    """DuckDB's Parquet reader over the files the log names (its delta extension needs a
    download this machine cannot make)."""
    duckdb = pytest.importorskip("duckdb")
    files = [str(p) for p in live_files(table)]
    read: pa.Table = duckdb.sql(f"SELECT * FROM read_parquet({files!r})").to_arrow_table()
    return read


def test_bronze_names_and_lineage_columns(tmp_path: Path) -> None:
    lineage = Lineage("crm", "staging", ("loaded_at", "source", "env"))
    plan = lookalike.resolve(SHOP, rows=50, seed=1, lineage=lineage)
    result = write_delta(
        plan, f"delta:{tmp_path}", tables=("customers",), pattern="bronze_{source}_{table}",
        source="crm",
    )  # fmt: skip
    table = tmp_path / "bronze_crm_customers"
    assert result.tables == {"customers": str(table)}
    read = pl.read_delta(str(table))
    assert read.columns[-3:] == ["loaded_at", "source", "env"]
    assert read["loaded_at"].unique().to_list() == [plan.reference_time]
    assert read["source"].unique().to_list() == ["crm"]
    assert read["env"].unique().to_list() == ["staging"]
    info = commit_infos(table)[0]
    assert info["lookalike.seed"] == "1"
    assert info["lookalike.reference_time"] == plan.reference_time.isoformat()


def test_append_overwrite_and_error_modes(tmp_path: Path) -> None:
    plan = lookalike.resolve(BASE, rows=100, seed=2)
    lake = f"delta:{tmp_path}"
    write_delta(plan, lake)
    write_delta(plan, lake, mode="append")
    assert read_with_dataset(tmp_path / "orders").num_rows == 200
    write_delta(plan, lake, mode="overwrite")
    _same(read_with_dataset(tmp_path / "orders"), _local(plan, "orders"))
    with pytest.raises(OutputError, match="already there; use --if-exists append or replace"):
        write_delta(plan, lake, mode="error")
    assert len(commit_infos(tmp_path / "orders")) == 3


def test_appending_other_columns_is_refused_before_any_row(tmp_path: Path) -> None:
    write_delta(lookalike.resolve(BASE, rows=10, seed=2), f"delta:{tmp_path}")
    with_lineage = lookalike.resolve(BASE, rows=10, seed=2, lineage=True)
    with pytest.raises(OutputError, match="use --if-exists replace"):
        write_delta(with_lineage, f"delta:{tmp_path}", mode="append")
    assert len(commit_infos(tmp_path / "orders")) == 1
    write_delta(with_lineage, f"delta:{tmp_path}", mode="overwrite")
    assert "_ingested_at" in read_with_dataset(tmp_path / "orders").column_names


@pytest.mark.parametrize(
    ("to", "pattern", "message"),
    [
        ("delta:", None, "not a Delta destination"),
        ("delta+nowhere", None, "not a Delta destination"),
        ("delta:lake", "bronze_{src}_{table}", "{src} is not one"),
        ("delta:lake", "a/{table}", "one path segment"),
    ],
)
def test_bad_destinations_are_named(
    to: str, pattern: str | None, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = lookalike.resolve(BASE, rows=10, seed=2)
    with pytest.raises(OutputError, match=message.replace("{", r"\{").replace("}", r"\}")):
        write_delta(plan, to, pattern=pattern)


def test_a_lineage_name_taken_by_a_field_is_refused() -> None:
    with pytest.raises(lookalike.SpecError, match="'quantity' is also a field"):
        lookalike.resolve(BASE, rows=10, lineage=Lineage(columns=("quantity", "b", "c")))
