"""Doctests and tests run from the repository root, where examples/ lives."""

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _run_from_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parent)
