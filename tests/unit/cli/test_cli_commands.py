"""validate, preview, schema and templates."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.spec import KIND_NAMES, json_schema

runner = CliRunner()


def test_validate_reports_each_table(base_types: Path) -> None:
    result = runner.invoke(app, ["validate", str(base_types)])
    assert result.exit_code == 0
    assert re.fullmatch(
        r"ok  orders: 1,000,000 rows, 10 fields, 16 blocks; "
        r"~\d+\.\d MB as CSV, ~\d+\.\d MB as Parquet\n",
        result.stdout,
    ), result.stdout


def test_validate_with_rows_override(base_types: Path) -> None:
    result = runner.invoke(app, ["validate", str(base_types), "--rows", "70000"])
    assert result.exit_code == 0
    assert "70,000 rows" in result.stdout
    assert "2 blocks" in result.stdout


def test_validate_template() -> None:
    result = runner.invoke(app, ["validate", "--template", "base-types"])
    assert result.exit_code == 0
    assert result.stdout.startswith("ok  orders:")


def test_preview_shows_the_first_rows(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "seed: 1\ntables: {people: {rows: 500, fields: {"
        "id: {kind: sequence, start: 101}, tag: {kind: choice, values: [xx, yy]}}}}\n"
    )
    result = runner.invoke(app, ["preview", str(spec), "-n", "3"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "people (500" in out  # the title wraps to the table's width
    assert "id" in out
    assert "tag" in out
    body = [line for line in out.splitlines() if line.startswith("│")]
    assert len(body) == 3
    assert [line.split("│")[1].strip() for line in body] == ["101", "102", "103"]


def test_preview_of_the_example(base_types: Path) -> None:
    result = runner.invoke(app, ["preview", str(base_types), "-n", "2"])
    assert result.exit_code == 0
    assert "orders (1,000,000 rows)" in result.stdout


def test_schema_prints_the_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == json.loads(json.dumps(json_schema()))
    table = schema["$defs"]["Table"]["properties"]["fields"]
    (fields,) = table["patternProperties"].values()
    assert set(fields["discriminator"]["mapping"]) == set(KIND_NAMES)


def test_templates_lists_base_types() -> None:
    result = runner.invoke(app, ["templates"])
    assert result.exit_code == 0
    line = next(line for line in result.stdout.splitlines() if line.startswith("base-types"))
    assert "(orders, 1,000,000 rows)" in line
    assert "customer_id" in line
    assert "gift_wrapped" in line


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("generate", "validate", "preview", "schema", "templates"):
        assert command in result.stdout


def test_no_arguments_shows_help() -> None:
    result = runner.invoke(app, [])
    assert result.exit_code in (0, 2)
    assert "generate" in result.stdout + result.stderr
