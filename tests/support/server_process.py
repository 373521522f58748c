"""A real ``lookalike serve`` process on a free port, for tests and benchmarks.

Tests start the installed command exactly as a user does and talk HTTP to it;
``kill()`` sends SIGKILL (the crash the resume guarantee is about) and
``start()`` again brings the same data directory back up.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import httpx


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ServerProcess:
    """``python -m lookalike serve`` with ``LOOKALIKE_HOME=home`` and extra settings."""

    def __init__(
        self,
        home: Path,
        *,
        dev: bool = True,
        env: dict[str, str] | None = None,
        python: str | None = None,
    ) -> None:
        self.home = home
        #: The interpreter to run (another checkout's, for a before/after comparison).
        self.python = python or sys.executable
        self.dev = dev
        self.env = {**os.environ, "LOOKALIKE_HOME": str(home), **(env or {})}
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = home / "server.log"

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
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                command, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log.read_text()[-3000:]}")
            try:
                if httpx.get(self.url + "/health", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not answer in {timeout} s:\n{self.log.read_text()[-3000:]}")

    def client(self, key: str | None = None) -> httpx.Client:
        """An HTTP client for this server (sending ``key`` as ``X-API-Key``)."""
        headers = {"X-API-Key": key} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60.0)

    @property
    def pid(self) -> int:
        """The server's process id."""
        assert self.process is not None, "the server is not running"
        return self.process.pid

    def descendants(self) -> list[int]:
        """Every process the server started (its forkserver, jobs' processes, workers)."""
        import psutil

        return [p.pid for p in psutil.Process(self.pid).children(recursive=True)]

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers run."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process = None

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it lingers."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self.process = None

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
