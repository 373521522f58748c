"""Names lookalike's helper processes show in ``ps``, ``top`` and ``psutil``.

Every process a forkserver starts runs the same command line, so an operator
(or a test) could not tell a job's process from a block worker or a spec
planner. Linux lets a process rename itself through ``/proc/self/comm`` (at
most 15 characters); elsewhere the name stays as it was.

>>> name_this_process("lookalike-doc") in (True, False)
True
"""

from __future__ import annotations

import contextlib
import sys

#: The names used, by role.
JOB = "lookalike-job"
BLOCKS = "lookalike-block"
PLANNER = "lookalike-plan"


def name_this_process(name: str) -> bool:
    """Show this process as ``name`` (cut to 15 characters); whether it could."""
    if not sys.platform.startswith("linux"):
        return False
    with contextlib.suppress(OSError), open("/proc/self/comm", "w") as comm:
        comm.write(name[:15])
        return True
    return False
