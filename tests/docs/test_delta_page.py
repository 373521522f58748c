"""docs/delta.md runs as written: its commands, then its Python blocks, in a scratch folder."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lookalike.cli.main import app

pytest.importorskip("deltalake", reason="the delta extra is not installed")

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "delta.md"


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", PAGE.read_text(), re.DOTALL)


def test_the_page_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    commands = [
        line.removeprefix("$ ")
        for block in _blocks("console")
        for line in block.splitlines()
        if line.startswith("$ lookalike ")
    ]
    assert len(commands) == 3
    runner = CliRunner()
    for command in commands:
        result = runner.invoke(app, shlex.split(command)[1:])
        assert result.exit_code == 0, f"{command}\n{result.output}"
    for code in _blocks("python"):
        if "spark" not in code:
            exec(compile(code, str(PAGE), "exec"), {})
    assert (tmp_path / "lake" / "bronze_alexis_customers" / "_delta_log").is_dir()
    assert (tmp_path / "lake-py" / "bronze_alexis_orders" / "_delta_log").is_dir()
