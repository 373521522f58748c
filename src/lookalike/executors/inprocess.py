"""Run blocks one after another in this process: one worker, and small jobs.

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
    """Generates each block in the calling thread.

    A worker is a core. With one, the calling thread also encodes each block
    (and :func:`~lookalike.pipeline.run_table` writes it there too). With two
    (automatic for jobs too small to be worth starting processes, and for
    Parquet and Arrow, which one process encodes), the sink's thread encodes
    and writes block ``k`` while this one generates block ``k + 1``. Never more
    than two: there are only two stages.

    >>> InProcessExecutor().encodes, InProcessExecutor(workers=2).encodes
    (True, False)
    """

    def __init__(self, workers: int = 1) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = min(workers, 2)
        #: Whether blocks come back encoded (see :class:`~lookalike.executors.base.Executor`).
        self.encodes = self.workers == 1
        self.places = False  # blocks come back to the caller, who writes them

    def run(
        self,
        plan: Plan,
        tasks: Sequence[Task],
        encoder: Encoder | None,
        *,
        placement: Placement | None = None,
    ) -> Iterator[tuple[int, Payload]]:
        """``placement`` is ignored: blocks are written by the caller's sink."""
        for task in tasks:
            yield run_task(plan, task, encoder)

    def prepare(self, plan: Plan) -> None:
        """Nothing to start."""

    def close(self) -> None:
        """Nothing to release."""
