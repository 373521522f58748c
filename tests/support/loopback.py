"""Private services the tests start on loopback: a Redis of their own, moto's S3 server.

The shared Redis on 6379 must never be restarted, so a test that restarts its
broker starts :class:`RedisProcess` on a free port and kills and restarts that
one; no real S3 server installs here, so :class:`MotoServer` is the S3 the
remote-storage tests speak to over HTTP.
"""

from __future__ import annotations

import shutil
import socket
import sys
from pathlib import Path

from support.processes import LoggedProcess
from support.server_process import answers, free_port

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def listening(port: int) -> bool:
    """Whether something accepts connections on ``127.0.0.1:port``."""
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


class RedisProcess(LoggedProcess):
    """``redis-server`` on a free loopback port with its files in ``folder``.

    ``persist`` keeps an append-only file fsynced on every write (a restart
    loses nothing); without it a restart starts empty, as a cache-only Redis does.
    """

    def __init__(self, folder: Path, *, persist: bool = False) -> None:
        super().__init__(folder / "redis.log", name="redis")
        self.folder = folder
        self.persist = persist
        self.port = free_port()

    @property
    def url(self) -> str:
        """The URL of its database 0."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 30.0) -> RedisProcess:
        """Start it (again, on the same port and files) and wait until it accepts clients."""
        self.folder.mkdir(parents=True, exist_ok=True)
        command = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1",
                   "--dir", str(self.folder), "--save", "", "--daemonize", "no"]  # fmt: skip
        if self.persist:
            command += ["--appendonly", "yes", "--appendfsync", "always"]
        else:
            command += ["--appendonly", "no"]
        self.spawn(command)
        self.poll_until(lambda: self._ready(), "ready", timeout=timeout)
        return self

    def _ready(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_connect_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def kill(self) -> None:
        """SIGKILL, then wait until the port is closed."""
        super().kill()
        self.poll_until(lambda: not listening(self.port), "closed port", timeout=30)


class MotoServer(LoggedProcess):
    """moto's S3-compatible server (``python -m moto.server``) on a free loopback port."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder / "moto.log", name="moto")
        self.port = free_port()

    @property
    def endpoint(self) -> str:
        """Its endpoint URL (``AWS_ENDPOINT_URL``)."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> MotoServer:
        """Start it and wait until it answers HTTP."""
        command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)]
        self.spawn(command)
        self.poll_until(lambda: answers(self.endpoint), "answer", timeout=timeout)
        return self
