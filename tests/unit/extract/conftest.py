"""Fixtures of the extraction tests: the loopback HR API (tests/unit/extract/hr_api.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hr_api import TOKEN, serve_hr_api


@pytest.fixture(scope="session")
def hr_api() -> Iterator[str]:
    """The base URL (``http://127.0.0.1:PORT/v1``) of a running HR API."""
    with serve_hr_api() as base:
        yield base


@pytest.fixture
def hr_token(monkeypatch: pytest.MonkeyPatch) -> str:
    """The API's token, also exported as ``HR_TOKEN``."""
    monkeypatch.setenv("HR_TOKEN", TOKEN)
    return TOKEN
