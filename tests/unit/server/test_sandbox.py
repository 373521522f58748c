"""Clients' specs are planned first in sandbox processes: a crash or a hang costs a 422."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from typing import Any

import pytest

from lookalike.errors import SpecError
from lookalike.executors import process_names
from lookalike.server import sandbox as sandbox_module
from lookalike.server.sandbox import Sandbox

#: Planning rows given per parent costs time in the parent's row count: a slow spec.
SLOW = {
    "seed": 1,
    "tables": {
        "parents": {"rows": 2_000_000_000, "primary_key": "id",
                    "fields": {"id": {"kind": "sequence"}}},
        "children": {"rows": {"per": "parents", "distribution": "poisson", "mean": 2},
                     "fields": {"parent": {"ref": "parents.id"}}},
    },
}  # fmt: skip
GOOD = {"seed": 1, "tables": {"t": {"rows": 5, "fields": {"n": {"kind": "sequence"}}}}}


@pytest.fixture
def sandbox() -> Any:
    box = Sandbox(processes=1)
    yield box
    box.close()


def _sandbox_pids() -> set[int]:
    """This process's planners, by the name they give themselves (other tests' block
    workers may still be grandchildren of this process too)."""
    import psutil

    found = set()
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            if child.name() == process_names.PLANNER:
                found.add(child.pid)
    return found


def test_a_good_spec_passes_and_a_bad_one_keeps_its_error(sandbox: Sandbox) -> None:
    sandbox.check(GOOD, rows=None, seed=None, reference_time=None)
    bad = {"tables": {"t": {"rows": 5, "fields": {"n": {"kind": "integer", "min_value": 9,
                                                        "max_value": 1}}}}}  # fmt: skip
    with pytest.raises(SpecError) as refused:
        sandbox.check(bad, rows=None, seed=None, reference_time=None)
    assert refused.value.path.startswith("tables.t.fields.n")


def test_a_process_that_dies_mid_plan_costs_a_spec_error_and_is_replaced(
    sandbox: Sandbox,
) -> None:
    sandbox.check(GOOD, rows=None, seed=None, reference_time=None)  # starts the process
    before = _sandbox_pids()
    assert before

    def crash_soon() -> None:
        time.sleep(1.0)  # the slow spec is being planned by then
        for pid in before:
            os.kill(pid, signal.SIGSEGV)

    killer = threading.Thread(target=crash_soon)
    killer.start()
    with pytest.raises(SpecError, match="stopped its process"):
        sandbox.check(SLOW, rows=None, seed=None, reference_time=None)
    killer.join()
    sandbox.check(GOOD, rows=None, seed=None, reference_time=None)  # a new process serves
    assert not before & _sandbox_pids()


def test_a_spec_that_plans_too_long_is_refused(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox_module, "TIMEOUT_SECONDS", 1.0)
    started = time.monotonic()
    with pytest.raises(SpecError, match="took more than 1 s"):
        sandbox.check(SLOW, rows=None, seed=None, reference_time=None)
    assert time.monotonic() - started < 10
    monkeypatch.undo()  # a fresh process may take more than a second to start
    sandbox.check(GOOD, rows=None, seed=None, reference_time=None)
