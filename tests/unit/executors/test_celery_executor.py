"""The Celery executor's waiting rules with an in-memory app standing in for Celery: a broker
restart resends what is in flight, an absent broker is waited out, a failed block fails.

The real broker, workers and restarts are in tests/integration/test_celery.py; here
the app is a fake whose messages answer (or not) by the test's script, so each rule
is checked alone.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("celery", reason="the celery extra is not installed")

from celery.exceptions import TimeoutError as CeleryTimeout
from kombu.exceptions import OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from lookalike.errors import OutputError
from lookalike.executors.base import Spooled, Task
from lookalike.executors.celery import CeleryExecutor


class Broker:
    """Messages sent to it answer once their broker life (``epoch``) is the current one;
    ``restart_on_wait`` starts a new life the first time an old message is waited for."""

    def __init__(self) -> None:
        self.epoch = "life-1"
        self.sent: list[Result] = []
        self.refuse_sends = 0  # sends that fail (the broker is away)
        self.away_waits = 0  # waits that fail with Celery's give-up RuntimeError
        self.restart_on_wait = False

    def send_task(self, name: str, *, args: list[Any], queue: str | None) -> Result:
        if self.refuse_sends:
            self.refuse_sends -= 1
            raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
        result = Result(self, f"task-{len(self.sent)}", args)
        self.sent.append(result)
        return result


class Result:
    def __init__(self, broker: Broker, task_id: str, args: list[Any]) -> None:
        self.broker, self.id, self.args, self.epoch = broker, task_id, args, broker.epoch

    def get(self, timeout: float, propagate: bool) -> Any:
        if self.broker.away_waits:
            self.broker.away_waits -= 1
            try:
                raise RedisConnectionError("Connection refused")
            except RedisConnectionError as exc:
                raise RuntimeError("Retry limit exceeded ... must be restarted.") from exc
        if self.epoch != self.broker.epoch:
            raise CeleryTimeout()  # lost with the old life: never answers
        if self.broker.restart_on_wait:
            self.broker.epoch, self.broker.restart_on_wait = "life-2", False
            raise CeleryTimeout()
        _job, _fence, table, number, first, stop = self.args
        if table == "broken":
            return ValueError("a worker's bug")  # propagate=False: the exception, returned
        return {"path": f"/spool/{table}-{number}", "rows": stop - first}

    def forget(self) -> None:
        pass


def _executor(broker: Broker) -> CeleryExecutor:
    return CeleryExecutor(
        broker, "job", 1, lambda: True, window=4, check_seconds=0.001,
        broker_epoch=lambda: broker.epoch,
    )  # fmt: skip


def _tasks(table: str = "t", count: int = 3) -> list[Task]:
    return [Task(table, n, 0, 10) for n in range(count)]


def test_a_broker_restart_resends_every_block_in_flight_once() -> None:
    broker = Broker()
    broker.restart_on_wait = True  # Redis restarts, empty, while the first block is awaited
    executor = _executor(broker)
    blocks = list(executor.run(None, _tasks(), None))  # type: ignore[arg-type]
    got = [(rows, payload.path) for rows, payload in blocks if isinstance(payload, Spooled)]
    assert got == [(10, "/spool/t-0"), (10, "/spool/t-1"), (10, "/spool/t-2")]
    assert executor.restarts == 1
    assert executor.sent_tasks == 6  # three sent in the old life, three again in the new
    assert [r.epoch for r in broker.sent] == ["life-1"] * 3 + ["life-2"] * 3


def test_an_absent_broker_is_waited_out_not_a_failed_job() -> None:
    broker = Broker()
    broker.refuse_sends = 2  # the first block's send fails twice
    broker.away_waits = 1  # Celery's result consumer gives up once
    executor = _executor(broker)
    got = [rows for rows, _ in executor.run(None, _tasks(count=2), None)]  # type: ignore[arg-type]
    assert got == [10, 10]
    assert executor.sent_tasks == 2
    assert executor.restarts == 0


def test_a_broker_away_too_long_fails_the_job_saying_so() -> None:
    broker = Broker()
    broker.refuse_sends = 10**6
    executor = _executor(broker)
    executor.resend_seconds = 0.01
    with pytest.raises(OutputError, match=r"broker did not answer .* LOOKALIKE_REDIS_URL"):
        list(executor.run(None, _tasks(), None))  # type: ignore[arg-type]


def test_a_block_that_failed_on_a_worker_fails_and_other_errors_are_not_swallowed() -> None:
    broker = Broker()
    with pytest.raises(OutputError, match="block 0 of broken failed on a worker: a worker's bug"):
        list(_executor(broker).run(None, _tasks("broken"), None))  # type: ignore[arg-type]

    class Bug(Result):
        def get(self, timeout: float, propagate: bool) -> Any:
            raise RuntimeError("not the broker")

    broker.send_task = lambda name, *, args, queue: Bug(broker, "x", args)  # type: ignore[method-assign]
    with pytest.raises(RuntimeError, match="not the broker"):
        list(_executor(broker).run(None, _tasks(), None))  # type: ignore[arg-type]
