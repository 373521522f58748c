"""A child process with its output in a log file: started, polled, stopped or killed.

The servers, workers, Redis and moto that tests and benchmarks start are all
one of these; each says how to start itself and when it is ready.
"""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


class LoggedProcess:
    """A process whose stdout and stderr go to ``log``; ``name`` names it in errors."""

    def __init__(self, log: Path, *, name: str) -> None:
        self.log = log
        self.name = name
        self.process: subprocess.Popen[bytes] | None = None

    def spawn(self, command: list[str], env: dict[str, str] | None = None) -> None:
        """Start ``command`` (appending to the log)."""
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)

    def tail(self) -> str:
        """The end of the log, for error messages."""
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def count(self, text: str) -> int:
        """How many times ``text`` is in the log so far."""
        return self.log.read_text(errors="replace").count(text) if self.log.exists() else 0

    def poll_until(self, ready: Callable[[], bool], what: str, *, timeout: float) -> None:
        """Poll ``ready()`` until it holds; fail when the process exits or after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if ready():
                return
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited before {what}:\n{self.tail()}")
            time.sleep(0.02)
        raise RuntimeError(f"{self.name}: no {what} in {timeout} s:\n{self.tail()}")

    def wait_for(self, text: str, *, times: int = 1, timeout: float = 60.0) -> None:
        """Poll the log until ``text`` shows ``times`` times."""
        self.poll_until(lambda: self.count(text) >= times, repr(text), timeout=timeout)

    @property
    def pid(self) -> int:
        """The process id."""
        assert self.process is not None, f"{self.name} is not running"
        return self.process.pid

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers run."""
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
