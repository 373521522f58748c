"""Worker processes die with the process that started them, even after a ``kill -9``.

A pool worker started by a forkserver is not the child of the process that
uses it, and it holds its own end of the task pipe, so it never sees that
process go: without a watchdog, every crash of a server left its workers idle,
holding their memory. :func:`watch` starts a thread that ends this process as
soon as ``owner`` is gone.

>>> import os
>>> watch(os.getpid())  # watching ourselves: never fires
"""

from __future__ import annotations

import os
import threading

#: How often the owner is looked for.
INTERVAL = 0.5


def alive(pid: int) -> bool:
    """Whether process ``pid`` exists on this host (one we may not signal counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch(owner: int, *, interval: float = INTERVAL) -> None:
    """End this process (exit code 1, at once) when process ``owner`` no longer exists."""
    if owner == os.getpid():
        return

    stop = threading.Event()  # never set: only its wait() is used, as a sleep

    def check() -> None:
        while True:
            if not alive(owner):
                os._exit(1)  # no cleanup to wait for: the owner is gone
            stop.wait(interval)

    threading.Thread(target=check, name="lookalike-watchdog", daemon=True).start()
