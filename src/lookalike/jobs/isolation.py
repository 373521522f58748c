"""A job's attempt in a process of its own: a crash loses that attempt, never the server.

The worker pool leases a job, then runs :func:`~lookalike.jobs.runner.run_lease`
in a child process (started by a forkserver that has lookalike already
imported). The child opens its own store connection, dies with the server
(:mod:`lookalike.executors.watchdog`), stops cleanly on SIGTERM (the server is
shutting down) and reports its outcome in its exit code. When it dies
otherwise (a segmentation fault, the kernel's OOM killer), the store decides
what the lost attempt means: a job that made no progress in it is failed at
once (the same spec would crash the next worker too); one that did is handed
back to be resumed.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from dataclasses import dataclass
from pathlib import Path

from lookalike.jobs.outputs import free_job_files
from lookalike.jobs.store import JobStore, Lease, backoff
from lookalike.kinds.base import KIND_MODULES

#: Exit codes of a job's process, by outcome.
EXIT_CODES = {"completed": 0, "failed": 10, "lost": 11, "stopped": 12}
_OUTCOMES = {code: outcome for outcome, code in EXIT_CODES.items()}
#: What the forkserver imports once, so a job's process starts ready.
PRELOAD = ["lookalike.jobs.runner", "lookalike.engine", "lookalike.sinks",
           *sorted(set(KIND_MODULES.values()))]  # fmt: skip


@dataclass(frozen=True)
class JobOptions:
    """How a job's process runs its lease (the worker pool's settings)."""

    store_url: str
    jobs_dir: Path
    lease_seconds: float
    processes: int
    sync_seconds: float
    outputs_url: str | None = None  # finished outputs go there (LOOKALIKE_OUTPUTS_URL)


def _child(lease: Lease, options: JobOptions, server: int) -> None:
    """The job's process: run the lease, exit with its outcome's code."""
    from lookalike.executors.process_names import JOB, name_this_process
    from lookalike.executors.watchdog import watch
    from lookalike.jobs.remote_outputs import outputs_at
    from lookalike.jobs.runner import run_lease

    watch(server)
    name_this_process(JOB)
    os.environ["LOOKALIKE_HOME"] = str(options.jobs_dir.parent)  # drafted pools of its server
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    store = JobStore(options.store_url, migrate=False)
    try:
        outcome = run_lease(
            store, lease, options.jobs_dir, lease_seconds=options.lease_seconds, stop=stop,
            processes=options.processes, sync_seconds=options.sync_seconds,
            remote=outputs_at(options.outputs_url),
        )  # fmt: skip
    finally:
        store.close()
    os._exit(EXIT_CODES[outcome])  # no atexit work: the outcome is recorded already


def run_isolated(store: JobStore, lease: Lease, options: JobOptions, stop: threading.Event) -> str:
    """Run ``lease`` in a process of its own; its outcome, or ``crashed``."""
    context = multiprocessing.get_context("forkserver")  # started with PRELOAD by the pool
    process = context.Process(
        target=_child, args=(lease, options, os.getpid()), name=f"lookalike-job-{lease.job.id[:8]}"
    )
    process.start()
    while process.exitcode is None:
        process.join(0.5)
        if stop.is_set() and process.exitcode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid or 0, signal.SIGTERM)  # stops at its next block
            process.join()
    code = process.exitcode
    if code in _OUTCOMES:
        return _OUTCOMES[code]
    _after_crash(store, lease, code, options)
    return "crashed"


def _after_crash(store: JobStore, lease: Lease, code: int | None, options: JobOptions) -> None:
    """The attempt's process died: fail the job if it made no progress, else hand it back."""
    how = (
        f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit {code}"
    )
    current = store.get_job(lease.job.id)
    if current is None or current.fence != lease.fence or current.status != "generating":
        return  # paused, cancelled or taken over meanwhile: nothing of ours to record
    if current.chunks_completed <= lease.job.chunks_completed:
        failed = store.fail(
            lease,
            f"the job's process died ({how}) before finishing a chunk; it is not retried, "
            "since the same spec would stop the next attempt too (a field too wide for "
            "memory, or a bug: please report it with the spec)",
        )
        if failed:
            from lookalike.jobs.remote_outputs import outputs_at

            free_job_files(lease.job.id, options.jobs_dir, outputs_at(options.outputs_url))
    else:  # resumed by any worker from its last chunk, after a pause that grows per attempt
        store.release(lease, retry_in=backoff(current.attempts))
