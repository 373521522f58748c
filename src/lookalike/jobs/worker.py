"""The in-server worker pool: threads that lease jobs from the store and run each one in a
process of its own (:mod:`lookalike.jobs.isolation`), so a crash never takes the server."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from lookalike.jobs.isolation import PRELOAD, JobOptions, run_isolated
from lookalike.jobs.outputs import free_job_files
from lookalike.jobs.remote_outputs import outputs_at
from lookalike.jobs.runner import run_lease
from lookalike.jobs.store import Job, JobStore, Lease, backoff, worker_name

log = logging.getLogger("lookalike.jobs")


class WorkerPool:
    """``size`` threads, each looping lease → run → lease; :meth:`wake` skips the poll wait."""

    def __init__(
        self,
        store: JobStore,
        jobs_dir: Path,
        *,
        size: int,
        lease_seconds: float,
        max_attempts: int,
        poll_seconds: float = 1.0,
        processes: int = 1,
        sync_seconds: float = 0.5,
        isolate: bool = True,
        outputs_url: str | None = None,
    ) -> None:
        self.store = store
        self.jobs_dir = jobs_dir
        self.size = size
        self.lease_seconds = lease_seconds
        self.max_attempts = max_attempts
        self.poll_seconds = poll_seconds
        self.processes = processes
        self.sync_seconds = sync_seconds
        self.isolate = isolate
        self.outputs_url = outputs_url
        self.name = worker_name()
        self._stop = threading.Event()
        self._wake = threading.Condition()
        self._threads: list[threading.Thread] = []
        self.busy = 0

    def start(self) -> None:
        """Start the threads (after releasing leases that dead local processes held)."""
        self.store.release_dead_local_leases(self.name)
        if self.processes != 1 or self.isolate:
            from lookalike.executors.processes import start_forkserver

            start_forkserver(PRELOAD)  # before any thread: jobs' processes start from it
        for number in range(self.size):
            thread = threading.Thread(
                target=self._loop, name=f"lookalike-worker-{number}", daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def wake(self) -> None:
        """A job became runnable: let an idle thread look now."""
        with self._wake:
            self._wake.notify()

    def stop(self) -> None:
        """Ask the threads to stop after their current chunk, and wait for them."""
        self._stop.set()
        with self._wake:
            self._wake.notify_all()
        for thread in self._threads:
            thread.join(timeout=30)

    def _run(self, lease: Lease) -> str:
        if not self.isolate:
            return run_lease(
                self.store, lease, self.jobs_dir, lease_seconds=self.lease_seconds,
                stop=self._stop, processes=self.processes, sync_seconds=self.sync_seconds,
                remote=outputs_at(self.outputs_url),
            )  # fmt: skip
        options = JobOptions(
            self.store.url, self.jobs_dir, self.lease_seconds, self.processes, self.sync_seconds,
            self.outputs_url,
        )  # fmt: skip
        return run_isolated(self.store, lease, options, self._stop)

    @property
    def alive(self) -> int:
        """Threads still running."""
        return sum(t.is_alive() for t in self._threads)

    def _given_up(self, job: Job) -> None:
        """A job out of attempts was failed: free its files."""
        free_job_files(job.id, self.jobs_dir, outputs_at(self.outputs_url))

    def _loop(self) -> None:
        failures = 0  # leasing failures in a row: waits grow, and are logged once
        while not self._stop.is_set():
            try:
                lease = self.store.lease(
                    self.name, lease_seconds=self.lease_seconds, max_attempts=self.max_attempts,
                    on_give_up=self._given_up,
                )  # fmt: skip
                failures = 0
            except Exception as exc:  # the store is away, busy or full: back off
                failures += 1
                if failures == 1:
                    log.warning("leasing a job failed (%s); retrying with backoff", exc)
                lease = None
            if lease is None:
                wait = backoff(failures, base=self.poll_seconds) if failures else self.poll_seconds
                with self._wake:
                    self._wake.wait(wait)
                continue
            self.busy += 1
            try:
                outcome = self._run(lease)
                log.info("job %s: %s", lease.job.id, outcome)
            except Exception:
                log.exception("job %s: worker error", lease.job.id)
            finally:
                self.busy -= 1
