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
taken over. A block that takes longer than ``resend_seconds`` is sent again; a
duplicate writes the same bytes to the same file, and each block is read once.

A broker restart is noticed as it happens: Redis without persistence forgets
the queue, the messages workers held unacknowledged and the results not yet
read, so each block in flight is sent again at once when the broker's
``run_id`` changes (with persistence some blocks are then made twice, and
still read once). While the broker is away, sending and waiting retry every
``check_seconds``, for at most ``resend_seconds``.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lookalike.errors import OutputError
from lookalike.executors.base import Payload, Spooled, Task
from lookalike.plan import Plan
from lookalike.sinks.base import Encoder, Placement

log = logging.getLogger("lookalike.celery")


class LeaseLostError(OutputError):
    """The job's fencing token is no longer current: its blocks no longer count."""


@dataclass
class _Sent:
    task: Task
    result: Any
    sent: float
    ids: list[str] = field(default_factory=list)
    epoch: str | None = None  # the broker's run id when it was sent


class CeleryExecutor:
    """Sends a job's blocks to Celery workers and yields them back in order.

    ``current()`` says whether the job's token still holds (the store's answer);
    it is asked at most every ``check_seconds`` while waiting for a block.
    ``broker_epoch()`` names the broker's current life (Redis's ``run_id``; None
    when it cannot tell): a new name means the broker restarted.
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
        broker_epoch: Callable[[], str | None] | None = None,
    ) -> None:
        self.app, self.job_id, self.fence, self.current = app, job_id, fence, current
        self.window, self.resend_seconds, self.check_seconds = window, resend_seconds, check_seconds
        self.queue = queue
        self.broker_epoch = broker_epoch or (lambda: None)
        self.epoch: str | None = None
        self.sent_tasks = 0  # how many messages went out (resends included)
        self.restarts = 0  # broker restarts seen
        self._pending: deque[_Sent] = deque()

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
        # The block waited for stays at the head until it is read: a broker restart
        # resends it with the rest.
        pending = self._pending = deque()
        self.epoch = self.broker_epoch()
        try:
            for task in tasks:
                while len(pending) >= self.window:
                    yield self._wait(pending[0])
                    pending.popleft()
                pending.append(self._send(task))
            while pending:
                yield self._wait(pending[0])
                pending.popleft()
        finally:
            self._abandon(pending)

    def _send(self, task: Task, sent: _Sent | None = None) -> _Sent:
        args = [self.job_id, self.fence, task.table, task.block, task.first, task.stop]
        result = self._publish(args)
        self.sent_tasks += 1
        if sent is None:
            sent = _Sent(task, result, time.monotonic(), [result.id])
        else:
            sent.result, sent.sent = result, time.monotonic()
            sent.ids.append(result.id)
        sent.epoch = self.epoch
        return sent

    def _publish(self, args: list[Any]) -> Any:
        """Send one task, retrying while the broker is away."""
        away: float | None = None
        while True:
            try:
                return self.app.send_task("lookalike.block", args=args, queue=self.queue)
            except _broker_errors() as exc:
                away = self._broker_away(away, exc)

    def _wait(self, sent: _Sent) -> tuple[int, Payload]:
        """The block of ``sent`` once a worker made it (resent when it takes too long, or
        when the broker restarted since it was sent)."""
        from celery.exceptions import TimeoutError as CeleryTimeout

        away: float | None = None
        retried: tuple[type[BaseException], ...] = (*_broker_errors(), RuntimeError)
        while True:
            try:
                answer = sent.result.get(timeout=self.check_seconds, propagate=False)
            except CeleryTimeout:
                away = None
                if not self.current():
                    raise LeaseLostError(f"job {self.job_id}: the lease moved on") from None
                self._check_broker()
                if time.monotonic() - sent.sent > self.resend_seconds:
                    self._send(sent.task, sent)
                continue
            except retried as exc:
                # Celery's Redis result consumer gives up reconnecting after ~20 s with a
                # RuntimeError ("must be restarted"); its next get() reconnects afresh.
                if isinstance(exc, RuntimeError) and not _from_broker(exc):
                    raise
                away = self._broker_away(away, exc)
                self._check_broker()
                continue
            if isinstance(answer, BaseException) or not isinstance(answer, dict):
                raise OutputError(
                    f"block {sent.task.block} of {sent.task.table} failed on a worker: {answer}"
                ) from (answer if isinstance(answer, BaseException) else None)
            with contextlib.suppress(Exception):
                sent.result.forget()
            if answer.get("stale"):
                raise LeaseLostError(f"job {self.job_id}: the lease moved on")
            return int(answer["rows"]), Spooled(str(answer["path"]), arrow=True)

    def _broker_away(self, since: float | None, exc: BaseException) -> float:
        """The broker did not answer: wait a little (while the job still holds its token,
        for at most ``resend_seconds``); when it first went away."""
        now = time.monotonic()
        if since is None:
            log.warning("job %s: the broker is away (%s); retrying", self.job_id, exc)
            since = now
        if not self.current():
            raise LeaseLostError(f"job {self.job_id}: the lease moved on")
        if now - since > self.resend_seconds:
            raise OutputError(
                f"the Celery broker did not answer for {now - since:.0f} s ({exc}); check "
                "LOOKALIKE_REDIS_URL and that Redis is running, then resume the job"
            ) from exc
        time.sleep(self.check_seconds)  # a retry's backoff, not a synchronisation
        return since

    def _check_broker(self) -> None:
        """Resend every block in flight when the broker restarted since it was sent."""
        epoch = self.broker_epoch()
        if epoch is None or epoch == self.epoch:
            return
        restarted, self.epoch = self.epoch is not None, epoch
        if not restarted:
            return
        self.restarts += 1
        stale = [sent for sent in self._pending if sent.epoch != epoch]
        log.warning("job %s: the broker restarted; sending %d blocks again", self.job_id,
                    len(stale))  # fmt: skip
        for sent in stale:
            self._send(sent.task, sent)

    def _abandon(self, pending: deque[_Sent]) -> None:
        """The loop stopped early: queued tasks are revoked (they would end as stale anyway)."""
        ids = [i for sent in pending for i in sent.ids]
        if ids:
            with contextlib.suppress(Exception):
                self.app.control.revoke(ids)


def _broker_errors() -> tuple[type[BaseException], ...]:
    """What a broker or result backend that is away raises."""
    from kombu.exceptions import OperationalError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    return OperationalError, RedisConnectionError, RedisTimeoutError, ConnectionError


def _from_broker(exc: BaseException) -> bool:
    """Whether ``exc`` was caused by a broker or backend that is away."""
    cause = exc.__cause__ or exc.__context__
    return cause is not None and isinstance(cause, _broker_errors())


def redis_epoch(url: str) -> Callable[[], str | None]:
    """A function naming the life of the Redis at ``url`` (its ``run_id``, new at each
    start), or None while it cannot be reached; for other brokers, always None."""
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return lambda: None
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=1.0, socket_timeout=1.0)

    def epoch() -> str | None:
        try:
            return str(client.info("server")["run_id"])
        except (redis.RedisError, OSError, KeyError):
            return None

    return epoch


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
        broker_epoch=redis_epoch(str(app.conf.broker_url)),
    )  # fmt: skip
