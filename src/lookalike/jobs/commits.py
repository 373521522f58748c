"""Recording a job's progress: a committer that syncs then records, and a lease heartbeat.

The store owns the truth about a job; these two threads keep it told. The
committer records finished chunks (after making them durable), the heartbeat
keeps the lease while a long chunk is made. Both give up when the lease is lost:
a stale worker can never commit.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

from lookalike.jobs.store import JobStore, Lease


class Committer:
    """Records a job's progress on its own thread: sync the outputs, then commit.

    Writing never waits for the disk (an fsync per chunk on the writing thread made
    the job disk-bound, 5x slower to write); when chunks finish faster than the disk,
    one sync covers several and only the newest is recorded. A recorded chunk is
    always on disk, so a restart resumes from it and redoes the rest, which gives
    the same bytes.
    """

    def __init__(
        self,
        store: JobStore,
        lease: Lease,
        sync: Callable[[], None],
        *,
        lease_seconds: float,
        every: float,
    ) -> None:
        self.store, self.lease, self.sync = store, lease, sync
        self.lease_seconds, self.every = lease_seconds, every
        self.closing = threading.Event()
        self.synced = 0.0  # monotonic time of the last sync
        self.lost = threading.Event()
        self.error: BaseException | None = None
        self.queue: queue.Queue[tuple[int, int, int | None] | None] = queue.Queue()
        self.thread = threading.Thread(target=self._drain, name="lookalike-commit", daemon=True)
        self.thread.start()

    def record(self, chunks: int, rows: int, output_bytes: int | None) -> None:
        """Chunks ``[0, chunks)`` are written: record them once they are on disk."""
        self.queue.put((chunks, rows, output_bytes))

    def _drain(self) -> None:
        finished = False
        while not finished:
            newest = self.queue.get()
            if newest is None:
                return
            # A sync makes the next append wait for the disk (its page is being written),
            # so syncs are spaced out; the job's end does not wait for the spacing.
            self.closing.wait(self.every - (time.monotonic() - self.synced))
            while True:  # several waiting: one sync and one commit for all of them
                try:
                    item = self.queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    finished = True
                    break
                newest = item
            chunks, rows, output_bytes = newest
            try:
                self.sync()
                self.synced = time.monotonic()
                kept = self.store.commit_chunk(
                    self.lease, chunks, rows=rows, lease_seconds=self.lease_seconds,
                    output_bytes=output_bytes,
                )  # fmt: skip
            except BaseException as exc:  # surfaced by close()
                self.error = exc
                kept = False
            if not kept:
                self.lost.set()
                return

    def close(self) -> bool:
        """Wait for what is queued to be recorded; False if the lease was lost."""
        if self.thread.is_alive():
            self.closing.set()
            self.queue.put(None)
            self.thread.join()
        if self.error is not None:
            error, self.error = self.error, None
            raise error
        return not self.lost.is_set()

    def __enter__(self) -> Committer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.thread.is_alive():
            self.closing.set()
            self.queue.put(None)
            self.thread.join()


class Heartbeat(threading.Thread):
    """Renews a lease while a long chunk is generated, so it is not taken over meanwhile."""

    def __init__(self, store: JobStore, lease: Lease, lease_seconds: float) -> None:
        super().__init__(name=f"lookalike-heartbeat-{lease.job.id[:8]}", daemon=True)
        self.store, self.lease, self.lease_seconds = store, lease, lease_seconds
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.lease_seconds / 3):
            try:
                if not self.store.renew(self.lease, lease_seconds=self.lease_seconds):
                    return  # lost: the runner finds out at its next commit
            except Exception:  # the database is briefly away; the next beat retries
                continue

    def finish(self) -> None:
        """Stop beating and wait for the thread."""
        self._done.set()
        self.join(timeout=10)
