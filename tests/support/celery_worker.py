"""Real ``lookalike worker`` (and ``celery beat``) processes for tests and benchmarks.

Each runs with the settings given (a private queue name keeps tests apart on a
shared Redis); ``start()`` waits until the worker says it is ready, ``kill()``
sends SIGKILL, and ``count(text)`` reads its log
(:class:`~support.processes.LoggedProcess`).
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

from support.processes import LoggedProcess

REDIS_URL = os.environ.get("LOOKALIKE_TEST_REDIS", "redis://127.0.0.1:6379/0")


def redis_available() -> tuple[bool, str]:
    """Whether the local Redis answers (and why not)."""
    try:
        import redis
    except ImportError:
        return False, "the celery extra is not installed"
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception as exc:
        return False, f"{REDIS_URL}: {exc}"
    return True, ""


def celery_env(home: Path, **extra: str) -> dict[str, str]:
    """Settings for a server and its workers: one home, Redis, a queue of their own."""
    return {
        "LOOKALIKE_HOME": str(home),
        "LOOKALIKE_REDIS_URL": REDIS_URL,
        "LOOKALIKE_EXECUTOR": "celery",
        "LOOKALIKE_CELERY_QUEUE": f"lookalike-test-{uuid.uuid4().hex[:10]}",
        **extra,
    }


def drop_queue(env: dict[str, str]) -> None:
    """Delete the test's queue (and its unacknowledged bookkeeping) from Redis."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.delete(env["LOOKALIKE_CELERY_QUEUE"])
    client.close()


class WorkerProcess(LoggedProcess):
    """``python -m lookalike worker`` (or ``celery ... beat`` when ``beat``)."""

    def __init__(self, home: Path, env: dict[str, str], *, name: str, beat: bool = False) -> None:
        super().__init__(home / f"{name}.log", name=name)
        self.env = {**os.environ, **env}
        self.beat = beat

    def start(self, timeout: float = 60.0) -> WorkerProcess:
        """Start it and wait until it is ready (beat: until it starts)."""
        if self.beat:
            command = [sys.executable, "-m", "celery", "-A", "lookalike.jobs.tasks", "beat",
                       "--loglevel=INFO", "-s", str(self.log.with_suffix(".schedule"))]  # fmt: skip
            ready = "beat: Starting"
        else:
            command = [sys.executable, "-m", "lookalike", "worker", "--pool", "solo",
                       "--hostname", f"{self.name}@%h"]  # fmt: skip
            ready = " ready."
        self.spawn(command, self.env)
        self.wait_for(ready, timeout=timeout)
        return self
