"""Executors: where blocks are generated (this process, or local worker processes)."""

from lookalike.executors.base import Executor, Payload, Task, run_task, tasks_for
from lookalike.executors.inprocess import InProcessExecutor
from lookalike.executors.processes import ProcessExecutor, default_workers

#: With ``workers=None``, jobs below this many blocks stay in-process: starting
#: worker processes costs more than it saves on about a million rows.
AUTO_PARALLEL_BLOCKS = 16


def executor_for(
    workers: int | None, blocks: int | None = None, *, processes: bool = True
) -> Executor:
    """The executor for ``workers`` cores: this thread for one, processes for more.

    ``None`` means all cores: processes for big jobs; small ones (and any job
    when ``processes`` is False) stay in this process, on two threads when there
    are two cores (generating; encoding and writing). No more workers are
    started than there are blocks to make.

    >>> executor_for(4, blocks=1).workers
    1
    >>> type(executor_for(2, blocks=20)).__name__
    'ProcessExecutor'
    >>> executor_for(None, blocks=2).workers == min(default_workers(), 2)
    True
    """
    if workers is not None and workers < 1:
        raise ValueError("workers must be at least 1")
    count = default_workers() if workers is None else workers
    if blocks is not None:
        count = max(1, min(count, blocks))
    small = blocks is not None and blocks < AUTO_PARALLEL_BLOCKS
    if workers is None and (small or not processes):
        return InProcessExecutor(count)
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
