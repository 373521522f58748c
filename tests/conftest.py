"""Shared fixtures and the services policy.

Tests that need a service (PostgreSQL, MariaDB, Redis, Chromium) call
:func:`require_service`: it skips with a reason when the service is missing,
unless ``LOOKALIKE_REQUIRE_SERVICES=1`` (set by ``.ci/run``), where a missing
service fails the test instead.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
REFERENCE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def require_service(name: str, available: bool, reason: str) -> None:
    """Skip (or, under LOOKALIKE_REQUIRE_SERVICES=1, fail) when a service is absent."""
    if available:
        return
    message = f"{name} unavailable: {reason}"
    if os.environ.get("LOOKALIKE_REQUIRE_SERVICES") == "1":
        pytest.fail(message + " (LOOKALIKE_REQUIRE_SERVICES=1 makes this a failure)")
    pytest.skip(message)


@pytest.fixture
def base_types() -> Path:
    """The benchmark example spec."""
    return EXAMPLES / "base-types.yaml"
