"""Run blocks on local worker processes, results handed back in block order.

Each worker receives the plan once (at start) and then only block numbers; it
generates, and encodes for text sinks. When the sink is a plain file, workers
write their encoded blocks into it themselves at their final offsets
(:mod:`lookalike.executors.placing`), so each byte is written once, by the
worker that encoded it, and the parent copies nothing. (The kernel still takes
one file's writes one at a time.) Otherwise blocks come back through spool
files in shared memory (a pipe would copy each one four times; that alone cost
a third of the throughput). At most ``2 * workers`` blocks are in flight, so
memory stays flat however slow the sink is.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from lookalike.executors.base import Payload, Spooled, Task, run_task
from lookalike.executors.placing import EndBoard, write_placed
from lookalike.executors.process_names import BLOCKS, name_this_process
from lookalike.executors.watchdog import alive, watch
from lookalike.memory import keep_freed_memory
from lookalike.plan import Plan
from lookalike.sinks.base import Encoder, Piece, Placement

_PLAN: Plan | None = None


def _install(plan: Plan | None, owner: int) -> None:
    """A worker's start: keep the plan (unless fork() brought it) and die with ``owner``."""
    global _PLAN
    if plan is not None:
        _PLAN = plan
    # A forkserver's worker (a server's) did not inherit the CLI's settings: without
    # them each block faults in fresh pages, a third more CPU per block.
    keep_freed_memory()
    watch(owner)
    name_this_process(BLOCKS)


def _ready() -> int:
    return os.getpid()


def _work(task: Task, encoder: Encoder | None, spool: str | None) -> tuple[int, Payload]:
    assert _PLAN is not None, "worker started without a plan"
    rows, payload = run_task(_PLAN, task, encoder)
    if spool is not None and rows and not isinstance(payload, Piece):
        return rows, Spooled.write(payload, spool)
    return rows, payload


def _place(
    task: Task, encoder: Encoder, placement: Placement, board: str, index: int
) -> tuple[int, Payload]:
    assert _PLAN is not None, "worker started without a plan"
    return write_placed(_PLAN, task, encoder, placement, board, index)


_SPOOL_PREFIX = "lookalike-spool-"


def _spool_directory() -> str | None:
    """A private directory in shared memory (or the temp dir) for handing blocks over.

    Its name carries this process's id, so folders left by a process that was
    killed before it could clean up are recognised and swept here.
    """
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    sweep_orphan_spools(base or tempfile.gettempdir())
    try:
        return tempfile.mkdtemp(prefix=f"{_SPOOL_PREFIX}{os.getpid()}-", dir=base)
    except OSError:
        return None  # fall back to sending blocks through the pipe


def sweep_orphan_spools(base: str) -> list[str]:
    """Delete spool folders under ``base`` whose owning process no longer exists.

    >>> sweep_orphan_spools(tempfile.mkdtemp())
    []
    """
    removed = []
    for name in os.listdir(base):
        if not name.startswith(_SPOOL_PREFIX):
            continue
        owner = name[len(_SPOOL_PREFIX) :].split("-", 1)[0]
        if not owner.isdigit() or alive(int(owner)):
            continue
        shutil.rmtree(os.path.join(base, name), ignore_errors=True)
        removed.append(name)
    return removed


#: What the forkserver imports once, so each worker it forks starts ready.
_PRELOAD = ["lookalike.engine", "lookalike.sinks"]


def start_forkserver(preload: list[str] | None = None) -> None:
    """Start the forkserver now, with ``preload`` (and what blocks need) imported, so a
    server's first job does not wait for a fresh interpreter to import lookalike."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(dict.fromkeys([*(preload or []), *_PRELOAD])))
    process = context.Process(target=_ready)
    process.start()
    process.join()


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def start_method(requested: str | None = None) -> str:
    """How worker processes start: as ``requested``, else fork() while this process is
    single-threaded (no Polars pool yet), else a forkserver (clean interpreters)."""
    return requested or ("forkserver" if "polars" in sys.modules else "fork")


class ProcessExecutor:
    """A pool of ``workers`` processes (forkserver: safe beside threads, quick to start)."""

    def __init__(self, workers: int | None = None, *, start: str | None = None) -> None:
        """``start`` is ``"fork"`` or ``"forkserver"``; by default fork() while this
        process is single-threaded (no Polars pool yet), else a forkserver. A caller
        that runs threads of its own (a server) asks for ``"forkserver"``."""
        if start not in (None, "fork", "forkserver"):
            raise ValueError(f"start must be 'fork' or 'forkserver', not {start!r}")
        self.workers = workers or default_workers()
        self.encodes = True  # each worker encodes what it generates
        self.places = True  # and writes it into the output file when it may
        self._start = start
        self._pool: ProcessPoolExecutor | None = None
        self._plan_id: int | None = None
        self._spool: str | None = None

    def prepare(self, plan: Plan) -> None:
        """Start the workers for ``plan`` now, before the caller starts any thread."""
        self._pool_for(plan)

    def _pool_for(self, plan: Plan) -> ProcessPoolExecutor:
        if self._pool is None or self._plan_id != id(plan):
            self.close()
            start = start_method(self._start)
            if start == "forkserver":
                # Threads (Polars' pool, a server's) do not survive fork(): start clean
                # interpreters.
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(_PRELOAD)
                pool = ProcessPoolExecutor(
                    self.workers, mp_context=context, initializer=_install,
                    initargs=(plan, os.getpid()),
                )  # fmt: skip
            else:
                # fork() starts a worker in milliseconds with the plan already in
                # memory; numpy and Arrow are fork-safe (Arrow rebuilds its pools).
                # Load locale data here first, so workers share it instead of each
                # reading it again.
                for table_plan in plan.tables.values():
                    for column_plan in table_plan.columns:
                        column_plan.column.warm()
                _install(plan, os.getpid())
                pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("fork"),
                    initializer=_install, initargs=(None, os.getpid()),
                )  # fmt: skip
            # Start every worker now, while this process has no other threads.
            for future in [pool.submit(_ready) for _ in range(self.workers)]:
                future.result()
            self._pool = pool
            self._plan_id = id(plan)
        return self._pool

    def run(
        self,
        plan: Plan,
        tasks: Sequence[Task],
        encoder: Encoder | None,
        *,
        placement: Placement | None = None,
    ) -> Iterator[tuple[int, Payload]]:
        pool = self._pool_for(plan)
        if self._spool is None:
            self._spool = _spool_directory()
        board = None
        if placement is not None and encoder is not None and self._spool is not None and tasks:
            board = EndBoard.create(self._spool, blocks=len(tasks), start=placement.start)
        window: deque[Future[tuple[int, Payload]]] = deque()
        finished = False
        try:
            for index, task in enumerate(tasks):
                future: Future[tuple[int, Payload]]
                if board is not None and encoder is not None and placement is not None:
                    future = pool.submit(_place, task, encoder, placement, board.path, index)
                else:
                    future = pool.submit(_work, task, encoder, self._spool)
                window.append(future)
                if len(window) >= 2 * self.workers:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
            finished = True
        finally:
            if board is not None and not finished:
                board.abort()  # workers waiting for an offset stop now
            for future in window:
                future.cancel()
            if board is not None:
                board.discard()

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._spool is not None:
            shutil.rmtree(self._spool, ignore_errors=True)
            self._spool = None
