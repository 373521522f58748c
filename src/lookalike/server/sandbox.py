"""Planning a client's spec where a crash cannot take the server with it.

A spec from a request is checked first in a small pool of worker processes
(started by the forkserver, lookalike already imported): if planning it
crashes a process (a segmentation fault, memory exhausted) or runs too long,
that process is replaced and the request gets a 422 naming the problem; the
server, and every other request in flight, carry on. Only a spec the sandbox
planned is then planned again in the server.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import resource
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from lookalike.errors import SpecError

log = logging.getLogger("lookalike.server")

#: Longest a spec may take to plan.
TIMEOUT_SECONDS = 20.0
#: Most memory a planning process may use (address space).
MEMORY_BYTES = 4 * 1024**3


def _limit_memory() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(MEMORY_BYTES, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _plan(
    spec: dict[str, Any], rows: int | None, seed: int | None, reference: str | None, home: str
) -> int:
    """Plan the spec (in a sandbox process); its total row count, or the error raised."""
    from lookalike.planning import resolve

    os.environ["LOOKALIKE_HOME"] = home  # the asking server's drafted pools

    when = dt.datetime.fromisoformat(reference) if reference else None
    try:
        plan = resolve(spec, rows=rows, seed=seed, reference_time=when)
    except MemoryError:
        raise SpecError(
            "planning this spec needs more memory than a request may use; make its value "
            "lists, patterns or constants smaller"
        ) from None
    return plan.total_rows


def _serve(connection: Connection, owner: int) -> None:
    """A sandbox process: plan each spec sent, answer ``(ok, result or error)``."""
    from lookalike.executors.process_names import PLANNER, name_this_process
    from lookalike.executors.watchdog import watch

    watch(owner)
    name_this_process(PLANNER)
    _limit_memory()
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        try:
            connection.send((True, _plan(*request)))
        except Exception as exc:  # handed back whole: SpecError stays a SpecError
            connection.send((False, exc))


class _Process:
    """One sandbox process and the pipe to it."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("forkserver")
        self.connection, theirs = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(theirs, os.getpid()), name="lookalike-sandbox", daemon=True
        )
        self.process.start()
        theirs.close()

    def ask(self, request: tuple[Any, ...], timeout: float) -> tuple[bool, Any]:
        """Send a request; the answer, or raise _Died / TimeoutError."""
        self.connection.send(request)
        deadline = time.monotonic() + timeout
        while not self.connection.poll(0.05):
            if not self.process.is_alive():
                raise _DiedError(self.process.exitcode)
            if time.monotonic() > deadline:
                raise TimeoutError
        try:
            answer: tuple[bool, Any] = self.connection.recv()
        except EOFError:
            raise _DiedError(self.process.exitcode) from None
        return answer

    def kill(self) -> None:
        """End the process at once."""
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class _DiedError(Exception):
    def __init__(self, code: int | None) -> None:
        super().__init__(f"exit code {code}")


class Sandbox:
    """Sandbox processes, replaced when one dies or hangs; each serves one request at a time."""

    def __init__(self, processes: int = 2) -> None:
        self.processes = processes
        self._idle: list[_Process] = []
        self._slots = threading.Semaphore(processes)
        self._lock = threading.Lock()

    def _take(self) -> _Process:
        with self._lock:
            while self._idle:
                process = self._idle.pop()
                if process.process.is_alive():
                    return process
        return _Process()

    def check(
        self,
        spec: dict[str, Any],
        *,
        rows: int | None,
        seed: int | None,
        reference_time: dt.datetime | None,
    ) -> None:
        """Plan ``spec`` in the sandbox; a SpecError if it is refused, crashes or hangs."""
        when = reference_time.isoformat() if reference_time else None
        with self._slots:
            process = self._take()
            try:
                home = os.environ.get("LOOKALIKE_HOME", "")
                ok, answer = process.ask((spec, rows, seed, when, home), TIMEOUT_SECONDS)
            except _DiedError:
                process.kill()
                log.warning("a spec stopped its planning process; the process was replaced")
                raise SpecError(
                    "planning this spec stopped its process (too much memory, or a bug); make "
                    "its expressions, value lists or patterns smaller, and report it if small"
                ) from None
            except TimeoutError:
                process.kill()
                raise SpecError(
                    f"planning this spec took more than {TIMEOUT_SECONDS:.0f} s; make its "
                    "expressions or value lists smaller"
                ) from None
            with self._lock:
                self._idle.append(process)
        if not ok:
            raise answer

    def close(self) -> None:
        """Stop the sandbox processes."""
        with self._lock:
            idle, self._idle = self._idle, []
        for process in idle:
            process.kill()
