"""Outputs at s3:// URLs, against an S3-compatible server the tests start on loopback.

No real S3 server installs here, so the server is moto's (``moto.server``) in a
process of its own, spoken to over HTTP by s3fs and deltalake exactly as they
would speak to S3 (credentials from the environment, the endpoint from
``AWS_ENDPOINT_URL``); the ``s3_server`` and ``bucket`` fixtures are in conftest.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import lookalike
from lookalike.cli.main import app

pytest.importorskip("s3fs", reason="the cloud extra is not installed")
pytest.importorskip("moto", reason="moto (a dev dependency) is not installed")

ROOT = Path(__file__).parents[2]
BASE = ROOT / "examples" / "base-types.yaml"
SHOP = ROOT / "examples" / "shop.yaml"
runner = CliRunner()


def test_a_parquet_file_uploads_byte_identical(bucket: tuple[str, Any], tmp_path: Path) -> None:
    name, fs = bucket
    url = f"s3://{name}/exports/orders.parquet"
    result = runner.invoke(app, ["generate", str(BASE), "-n", "70000", "-s", "3", "-o", url])
    assert result.exit_code == 0, result.output
    assert url in result.output
    local = tmp_path / "orders.parquet"
    lookalike.write(BASE, local, rows=70_000, seed=3)
    assert fs.cat_file(f"{name}/exports/orders.parquet") == local.read_bytes()
    assert fs.ls(f"{name}/exports") == [f"{name}/exports/orders.parquet"]  # nothing partial


def test_several_tables_and_formats_into_a_folder(bucket: tuple[str, Any], tmp_path: Path) -> None:
    name, fs = bucket
    options: dict[str, Any] = {"rows": 200, "seed": 2, "format": "csv,ndjson"}
    result = lookalike.write(SHOP, f"s3://{name}/shop/", compression="gzip", **options)
    local = tmp_path / "shop"
    lookalike.write(SHOP, local, compression="gzip", **options)
    assert sorted(result.urls) == sorted(result.rows)
    for table, urls in result.urls.items():
        assert [u.rsplit("/", 1)[1] for u in urls] == [f"{table}.csv.gz", f"{table}.ndjson.gz"]
        for url in urls:
            remote = fs.cat_file(url.removeprefix("s3://"))
            assert remote == (local / url.rsplit("/", 1)[1]).read_bytes()


def test_refusals_name_the_problem_and_upload_nothing(bucket: tuple[str, Any]) -> None:
    name, fs = bucket
    small = ["generate", str(BASE), "-n", "5", "-o"]
    missing = runner.invoke(app, [*small, "s3://no-such-bucket-x/a.csv"])
    assert missing.exit_code == 2
    assert "no bucket or folder 'no-such-bucket-x'" in missing.output
    creds = runner.invoke(app, [*small, f"s3://AKIA:hunter2@{name}/a.csv"])
    assert creds.exit_code == 2
    assert "not in the URL" in creds.output
    assert "hunter2" not in creds.output
    bad = runner.invoke(app, [*small, f"s3://{name}/a.arrow", "-c", "gzip"])
    assert bad.exit_code == 2
    assert fs.ls(name) == []
    staging = Path(os.environ.get("TMPDIR", "/tmp"))
    assert not [
        p for p in staging.glob("lookalike-upload-*") if p.stat().st_mtime > time.time() - 60
    ]


def test_delta_tables_on_s3(bucket: tuple[str, Any]) -> None:
    pytest.importorskip("deltalake", reason="the delta extra is not installed")
    import polars as pl

    name, fs = bucket
    args = ["generate", str(SHOP), "-n", "50", "-s", "4", "--table", "customers",
            "--lineage", "--to", f"delta+s3://{name}/lake",
            "--table-name", "bronze_{source}_{table}"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert fs.exists(f"{name}/lake/bronze_lookalike_customers/_delta_log/00000000000000000000.json")
    options = {"AWS_ENDPOINT_URL": os.environ["AWS_ENDPOINT_URL"], "AWS_ALLOW_HTTP": "true"}
    read = pl.read_delta(f"s3://{name}/lake/bronze_lookalike_customers", storage_options=options)
    assert read.height == 50
