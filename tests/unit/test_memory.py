"""Generating processes keep freed memory; the user's own settings win."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pyarrow as pa
import pytest

from lookalike.memory import keep_freed_memory, limit_arenas

_NAMES = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_")


@pytest.fixture
def arrow_pool() -> object:
    """Put Arrow's default pool back as it was after the test."""
    before = pa.default_memory_pool()
    yield before
    pa.set_memory_pool(before)


def test_settings_reach_the_workers_through_the_environment(
    monkeypatch: pytest.MonkeyPatch, arrow_pool: object
) -> None:
    for name in (*_NAMES, "ARROW_DEFAULT_MEMORY_POOL"):
        monkeypatch.delenv(name, raising=False)
    tuned = keep_freed_memory()
    assert os.environ["MALLOC_MMAP_THRESHOLD_"] == str(64 << 20)
    assert os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "system"
    if tuned:  # glibc: this process's Arrow allocates from the same heap
        assert pa.default_memory_pool().backend_name == "system"
    # A child process started now reads them (glibc at start, Arrow at first use).
    probe = "import pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    child = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert child.stdout.strip() == "system"


def test_the_users_own_values_are_kept(monkeypatch: pytest.MonkeyPatch, arrow_pool: object) -> None:
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "1048576")
    monkeypatch.setenv("MALLOC_TOP_PAD_", "not a number")
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "mimalloc")
    before = pa.default_memory_pool().backend_name
    keep_freed_memory()  # a value mallopt cannot take is skipped, not an error
    assert os.environ["MALLOC_TRIM_THRESHOLD_"] == "1048576"
    assert os.environ["MALLOC_TOP_PAD_"] == "not a number"
    assert pa.default_memory_pool().backend_name == before


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_arenas_can_be_limited_under_glibc() -> None:
    assert limit_arenas(16) is True
