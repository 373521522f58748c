"""Run blocks one after another in this process: the default for small jobs and tests.

>>> from lookalike.spec import parse_spec
>>> from lookalike.plan import build_plan
>>> from lookalike.executors.base import tasks_for
>>> plan = build_plan(parse_spec("tables: {t: {rows: 3, fields: {n: {kind: sequence}}}}"))
>>> [rows for rows, _ in InProcessExecutor().run(plan, tasks_for(plan, "t"), None)]
[3]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lookalike.executors.base import Payload, Task, run_task
from lookalike.plan import Plan
from lookalike.sinks.base import Encoder, Placement


class InProcessExecutor:
    """Generates (and encodes) each block in the calling thread."""

    workers = 1

    def run(
        self,
        plan: Plan,
        tasks: Sequence[Task],
        encoder: Encoder | None,
        *,
        placement: Placement | None = None,
    ) -> Iterator[tuple[int, Payload]]:
        """``placement`` is ignored: the sink's thread is the one writer here."""
        for task in tasks:
            yield run_task(plan, task, encoder)

    def prepare(self, plan: Plan) -> None:
        """Nothing to start."""

    def close(self) -> None:
        """Nothing to release."""
