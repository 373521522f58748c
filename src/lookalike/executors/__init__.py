"""Executors: where blocks are generated (this process, or local worker processes)."""

from lookalike.executors.base import Executor, Payload, Task, run_task, tasks_for
from lookalike.executors.inprocess import InProcessExecutor
from lookalike.executors.processes import ProcessExecutor, default_workers, start_method
from lookalike.executors.sizing import Choice, Work, choose
from lookalike.randomness import BLOCK_ROWS

#: Bytes of values per row assumed when a caller gives only a block count.
TYPICAL_ROW_BYTES = 150.0


def executor_for(
    workers: int | None,
    blocks: int | None = None,
    *,
    processes: bool = True,
    work: Work | None = None,
) -> Executor:
    """The executor for ``workers`` cores: this thread for one, processes for more.

    ``None`` means the default, chosen by cost (:func:`~lookalike.executors.sizing.choose`)
    for ``work``, or for ``blocks`` full blocks of typical rows when the caller
    cannot say more: one thread, two threads in this process (generating;
    encoding and writing), or processes on every core. ``processes`` False keeps
    the default in this process. No more workers are started than there are
    blocks to make.

    >>> executor_for(4, blocks=1).workers
    1
    >>> type(executor_for(2, blocks=20)).__name__
    'ProcessExecutor'
    >>> executor_for(None, blocks=1).workers
    1
    """
    if workers is not None and workers < 1:
        raise ValueError("workers must be at least 1")
    cores = default_workers()
    if workers is not None:
        count, in_processes = workers, True
    elif work is None and blocks is None:
        count, in_processes = cores, processes  # no size known: assume a big job
    else:
        if work is None:
            work = Work(rows=(blocks or 0) * BLOCK_ROWS, row_bytes=TYPICAL_ROW_BYTES)
        clean = start_method() == "forkserver"
        choice = choose(work, cores, processes=processes, clean_start=clean)
        count, in_processes = choice.workers, choice.processes
    if blocks is not None:
        count = max(1, min(count, blocks))
    if workers is None and not in_processes:
        return InProcessExecutor(count)
    return InProcessExecutor() if count == 1 else ProcessExecutor(count)


__all__ = [
    "Choice",
    "Executor",
    "InProcessExecutor",
    "Payload",
    "ProcessExecutor",
    "Task",
    "Work",
    "choose",
    "default_workers",
    "executor_for",
    "run_task",
    "tasks_for",
]
