"""Run blocks on local worker processes, results handed back in block order.

Each worker receives the plan once (at start) and then only block numbers; it
generates, and encodes for text sinks, so the parent only appends bytes. At
most ``2 * workers`` blocks are in flight, so memory stays flat however slow
the sink is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from lookalike.executors.base import Payload, Task, run_task
from lookalike.plan import Plan
from lookalike.sinks.base import Encoder

_PLAN: Plan | None = None


def _install(plan: Plan) -> None:
    global _PLAN
    _PLAN = plan


def _work(task: Task, encoder: Encoder | None) -> tuple[int, Payload]:
    assert _PLAN is not None, "worker started without a plan"
    return run_task(_PLAN, task, encoder)


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class ProcessExecutor:
    """A pool of ``workers`` processes (forkserver: safe beside threads, quick to start)."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        self._pool: ProcessPoolExecutor | None = None
        self._plan_id: int | None = None

    def _pool_for(self, plan: Plan) -> ProcessPoolExecutor:
        if self._pool is None or self._plan_id != id(plan):
            self.close()
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["lookalike.engine", "lookalike.sinks"])
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_install, initargs=(plan,)
            )
            self._plan_id = id(plan)
        return self._pool

    def run(
        self, plan: Plan, tasks: Sequence[Task], encoder: Encoder | None
    ) -> Iterator[tuple[int, Payload]]:
        pool = self._pool_for(plan)
        window: deque[Future[tuple[int, Payload]]] = deque()
        pending = iter(tasks)
        try:
            for task in pending:
                window.append(pool.submit(_work, task, encoder))
                if len(window) >= 2 * self.workers:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            for future in window:
                future.cancel()

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
