"""An executor whose blocks are made by Celery workers (``LOOKALIKE_EXECUTOR=celery``).

It runs inside a job's attempt, which holds the job's lease: each task of the
loop goes to the queue as a ``lookalike.block`` task carrying the job's id and
fencing token (see :mod:`lookalike.jobs.tasks`), at most ``window`` ahead of
the block the sink is writing. Workers leave each block in a spool file in the
job's folder; this executor hands those files to the loop in task order
(:class:`~lookalike.executors.base.Spooled`), so the sink, the chunk records
and the outputs are exactly the in-server ones: byte-identical output.

A block's result counts only while the token is current: the executor checks
the store as it waits and stops the loop once the job is paused, cancelled or
taken over. A block that takes longer than ``resend_seconds`` (its message
lost with a broker restart, say) is sent again; a duplicate writes the same
bytes to the same file, and each block is read once.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lookalike.errors import OutputError
from lookalike.executors.base import Payload, Spooled, Task
from lookalike.plan import Plan
from lookalike.sinks.base import Encoder, Placement


class LeaseLostError(OutputError):
    """The job's fencing token is no longer current: its blocks no longer count."""


@dataclass
class _Sent:
    task: Task
    result: Any
    sent: float
    ids: list[str] = field(default_factory=list)


class CeleryExecutor:
    """Sends a job's blocks to Celery workers and yields them back in order.

    ``current()`` says whether the job's token still holds (the store's answer);
    it is asked at most every ``check_seconds`` while waiting for a block.
    """

    workers = 2  # the loop feeds the sink from a thread of its own
    encodes = False  # workers return batches; the sink's thread encodes
    places = False

    def __init__(
        self,
        app: Any,
        job_id: str,
        fence: int,
        current: Callable[[], bool],
        *,
        window: int = 16,
        resend_seconds: float = 3600.0,
        check_seconds: float = 1.0,
        queue: str | None = None,
    ) -> None:
        self.app, self.job_id, self.fence, self.current = app, job_id, fence, current
        self.window, self.resend_seconds, self.check_seconds = window, resend_seconds, check_seconds
        self.queue = queue
        self.sent_tasks = 0  # how many messages went out (resends included)

    def prepare(self, plan: Plan) -> None:
        """Nothing to start: the workers are already there."""

    def close(self) -> None:
        """Nothing to stop."""

    def run(
        self,
        plan: Plan,
        tasks: Sequence[Task],
        encoder: Encoder | None,
        *,
        placement: Placement | None = None,
    ) -> Iterator[tuple[int, Payload]]:
        pending: deque[_Sent] = deque()
        try:
            for task in tasks:
                while len(pending) >= self.window:
                    yield self._wait(pending.popleft())
                pending.append(self._send(task))
            while pending:
                yield self._wait(pending.popleft())
        finally:
            self._abandon(pending)

    def _send(self, task: Task, sent: _Sent | None = None) -> _Sent:
        args = [self.job_id, self.fence, task.table, task.block, task.first, task.stop]
        result = self.app.send_task("lookalike.block", args=args, queue=self.queue)
        self.sent_tasks += 1
        if sent is None:
            return _Sent(task, result, time.monotonic(), [result.id])
        sent.result, sent.sent = result, time.monotonic()
        sent.ids.append(result.id)
        return sent

    def _wait(self, sent: _Sent) -> tuple[int, Payload]:
        """The block of ``sent`` once a worker made it (resent when it takes too long)."""
        from celery.exceptions import TimeoutError as CeleryTimeout

        while True:
            try:
                answer = sent.result.get(timeout=self.check_seconds, propagate=True)
            except CeleryTimeout:
                if not self.current():
                    raise LeaseLostError(f"job {self.job_id}: the lease moved on") from None
                if time.monotonic() - sent.sent > self.resend_seconds:
                    self._send(sent.task, sent)
                continue
            except Exception as exc:
                raise OutputError(
                    f"block {sent.task.block} of {sent.task.table} failed on a worker: {exc}"
                ) from exc
            with contextlib.suppress(Exception):
                sent.result.forget()
            if answer.get("stale"):
                raise LeaseLostError(f"job {self.job_id}: the lease moved on")
            return int(answer["rows"]), Spooled(str(answer["path"]), arrow=True)

    def _abandon(self, pending: deque[_Sent]) -> None:
        """The loop stopped early: queued tasks are revoked (they would end as stale anyway)."""
        ids = [i for sent in pending for i in sent.ids]
        if ids:
            with contextlib.suppress(Exception):
                self.app.control.revoke(ids)


def celery_executor_for(lease: Any, store: Any) -> CeleryExecutor:
    """The executor for a leased job when the service is configured for Celery."""
    from lookalike.jobs.tasks import app, settings

    chosen = settings()
    job_id, fence = lease.job.id, lease.fence

    def current() -> bool:
        job = store.get_job(job_id)
        return job is not None and job.fence == fence and job.status == "generating"

    return CeleryExecutor(
        app, job_id, fence, current, window=chosen.celery_window,
        resend_seconds=chosen.celery_visibility_seconds * 1.5, queue=chosen.celery_queue,
    )  # fmt: skip
