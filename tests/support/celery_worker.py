"""Real ``lookalike worker`` (and ``celery beat``) processes for tests and benchmarks.

Each runs with the settings given (a private queue name keeps tests apart on a
shared Redis); ``start()`` waits until the worker says it is ready, ``kill()``
sends SIGKILL, and ``count(text)`` polls its log.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

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


class WorkerProcess:
    """``python -m lookalike worker`` (or ``celery ... beat`` when ``beat``)."""

    def __init__(self, home: Path, env: dict[str, str], *, name: str, beat: bool = False) -> None:
        self.env = {**os.environ, **env}
        self.name = name
        self.beat = beat
        self.log = home / f"{name}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> WorkerProcess:
        """Start it and wait until it is ready (beat: until it starts)."""
        self.log.parent.mkdir(parents=True, exist_ok=True)
        if self.beat:
            command = [sys.executable, "-m", "celery", "-A", "lookalike.jobs.tasks", "beat",
                       "--loglevel=INFO", "-s", str(self.log.with_suffix(".schedule"))]  # fmt: skip
            ready = "beat: Starting"
        else:
            command = [sys.executable, "-m", "lookalike", "worker", "--pool", "solo",
                       "--hostname", f"{self.name}@%h"]  # fmt: skip
            ready = " ready."
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                command, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        self.wait_for(ready, timeout=timeout)
        return self

    def count(self, text: str) -> int:
        """How many times ``text`` is in the log so far."""
        return self.log.read_text(errors="replace").count(text) if self.log.exists() else 0

    def wait_for(self, text: str, *, times: int = 1, timeout: float = 60.0) -> None:
        """Poll the log until ``text`` shows ``times`` times (fail after ``timeout`` s)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.count(text) >= times:
                return
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.02)
        raise RuntimeError(
            f"{self.name}: no {text!r} in {timeout} s:\n{self.log.read_text()[-3000:]}"
        )

    def kill(self) -> None:
        """SIGKILL: the block it is making is never acknowledged."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process = None

    def stop(self) -> None:
        """SIGTERM (a warm shutdown), then SIGKILL if it lingers."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self.process = None
