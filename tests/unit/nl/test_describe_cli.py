"""`lookalike describe` and `lookalike generate --prompt` through Typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.spec import load_spec

runner = CliRunner()


def test_describe_prints_the_spec_and_reports_on_stderr() -> None:
    result = runner.invoke(app, ["describe", "20 users with email and shoe gravity"])
    assert result.exit_code == 0, result.stderr
    spec = yaml.safe_load(result.stdout)
    assert spec["tables"]["users"]["rows"] == 20
    assert "not understood: 'shoe gravity' at 24" in result.stderr


def test_describe_writes_a_file_that_loads(tmp_path: Path) -> None:
    out = tmp_path / "spec.yaml"
    result = runner.invoke(app, ["describe", "20 users with email", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert load_spec(out).tables["users"].fields["email"].kind == "internet"


def test_describe_strict_exits_2() -> None:
    result = runner.invoke(app, ["describe", "20 users with email and shoe gravity", "--strict"])
    assert result.exit_code == 2
    assert "not understood" in result.stderr


def test_describe_without_fields_is_one_line_exit_2() -> None:
    result = runner.invoke(app, ["describe", "please"])
    assert result.exit_code == 2
    assert "error:" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_generate_from_a_prompt() -> None:
    result = runner.invoke(
        app, ["generate", "--prompt", "5 orders with quantity (1-3) and price", "--seed", "2"]
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == '"quantity","price"'
    assert len(lines) == 6
    assert all(1 <= int(line.split(",")[0]) <= 3 for line in lines[1:])
    assert "orders (5 rows): quantity, price" in result.stderr


def test_generate_refuses_a_prompt_and_a_spec(tmp_path: Path) -> None:
    result = runner.invoke(app, ["generate", str(tmp_path / "x.yaml"), "--prompt", "5 users"])
    assert result.exit_code == 2
    assert "give --prompt alone" in result.stderr
