"""The Celery side's settings and refusals, without a broker: late acks, the beat schedule,
and the worker command's missing-broker error."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lookalike.cli.main import app as cli

pytest.importorskip("celery", reason="the celery extra is not installed")


def test_the_app_acknowledges_late_and_schedules_cleanup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lookalike.jobs import tasks

    monkeypatch.setenv("LOOKALIKE_HOME", str(tmp_path))
    monkeypatch.setenv("LOOKALIKE_REDIS_URL", "redis://127.0.0.1:6379/5")
    monkeypatch.setenv("LOOKALIKE_CELERY_VISIBILITY_SECONDS", "7200")
    monkeypatch.setenv("LOOKALIKE_CLEANUP_INTERVAL_SECONDS", "600")
    try:
        tasks.configure()
        conf = tasks.app.conf
        assert conf.broker_url == "redis://127.0.0.1:6379/5"
        assert conf.task_acks_late
        assert conf.task_reject_on_worker_lost
        assert conf.worker_prefetch_multiplier == 4
        assert conf.broker_transport_options["visibility_timeout"] == 7200
        assert conf.beat_schedule["lookalike-cleanup"]["schedule"] == 600
        assert conf.accept_content == ["json"]  # no pickles from the broker
        assert {"lookalike.block", "lookalike.cleanup"} <= set(tasks.app.tasks)
    finally:
        monkeypatch.undo()
        tasks.configure()


def test_worker_without_a_broker_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOOKALIKE_REDIS_URL", raising=False)
    result = CliRunner().invoke(cli, ["worker"])
    assert result.exit_code == 2
    assert "set LOOKALIKE_REDIS_URL" in result.output
