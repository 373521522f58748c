"""A real ``lookalike serve`` process on a free port, for tests and benchmarks.

Tests start the installed command exactly as a user does and talk HTTP to it;
``kill()`` sends SIGKILL (the crash the resume guarantee is about) and
``start()`` again brings the same data directory back up.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from types import TracebackType

import httpx

from support.processes import LoggedProcess


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def answers(url: str) -> bool:
    """Whether ``url`` answers 200 right now."""
    try:
        return httpx.get(url, timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


class ServerProcess(LoggedProcess):
    """``python -m lookalike serve`` with ``LOOKALIKE_HOME=home`` and extra settings."""

    def __init__(
        self,
        home: Path,
        *,
        dev: bool = True,
        env: dict[str, str] | None = None,
        python: str | None = None,
    ) -> None:
        super().__init__(home / "server.log", name="server")
        self.home = home
        #: The interpreter to run (another checkout's, for a before/after comparison).
        self.python = python or sys.executable
        self.dev = dev
        self.env = {**os.environ, "LOOKALIKE_HOME": str(home), **(env or {})}
        self.port = free_port()

    @property
    def url(self) -> str:
        """Base URL of the server."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> ServerProcess:
        """Start the process and wait until ``/health`` answers."""
        self.home.mkdir(parents=True, exist_ok=True)
        command = [self.python, "-m", "lookalike", "serve", "--port", str(self.port)]
        command += ["--dev"] if self.dev else []
        command += ["--log-level", "warning"]
        self.spawn(command, self.env)
        try:
            self.poll_until(lambda: answers(self.url + "/health"), "answer", timeout=timeout)
        except RuntimeError:
            self.stop()
            raise
        return self

    def client(self, key: str | None = None) -> httpx.Client:
        """An HTTP client for this server (sending ``key`` as ``X-API-Key``)."""
        headers = {"X-API-Key": key} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60.0)

    def descendants(self) -> list[int]:
        """Every process the server started (its forkserver, jobs' processes, workers)."""
        import psutil

        return [p.pid for p in psutil.Process(self.pid).children(recursive=True)]

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def run_cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run another ``lookalike`` command against the same settings (e.g. ``keys create``)."""
        return subprocess.run(
            [sys.executable, "-m", "lookalike", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
