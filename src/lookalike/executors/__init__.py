"""Executors: where blocks are generated (this process, or local worker processes)."""

from lookalike.executors.base import Executor, Payload, Task, run_task, tasks_for
from lookalike.executors.inprocess import InProcessExecutor
from lookalike.executors.processes import ProcessExecutor, default_workers

#: With ``workers=None``, jobs below this many blocks stay in-process: starting
#: worker processes costs more than it saves on about a million rows.
AUTO_PARALLEL_BLOCKS = 16


def executor_for(workers: int | None, blocks: int | None = None) -> Executor:
    """In-process for one worker, a process pool for more.

    ``None`` means automatic: all cores for big jobs, in-process for small ones.
    No more workers are started than there are blocks to make.

    >>> executor_for(4, blocks=1).workers
    1
    >>> executor_for(None, blocks=2).workers
    1
    """
    if workers is not None and workers < 1:
        raise ValueError("workers must be at least 1")
    count = default_workers() if workers is None else workers
    if workers is None and blocks is not None and blocks < AUTO_PARALLEL_BLOCKS:
        count = 1
    if blocks is not None:
        count = max(1, min(count, blocks))
    return InProcessExecutor() if count == 1 else ProcessExecutor(count)


__all__ = [
    "Executor",
    "InProcessExecutor",
    "Payload",
    "ProcessExecutor",
    "Task",
    "default_workers",
    "executor_for",
    "run_task",
    "tasks_for",
]
