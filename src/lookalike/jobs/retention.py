"""Retention: finished jobs older than the retention period go, rows and files.

The server runs :func:`cleanup_expired` on a timer; with Celery, beat runs it
instead (the ``lookalike.cleanup`` task), so one place does it however many
servers there are.
"""

from __future__ import annotations

import time
from pathlib import Path

from lookalike.jobs.outputs import remove_job_files
from lookalike.jobs.remote_outputs import RemoteOutputs
from lookalike.jobs.store import JobStore


def cleanup_expired(
    store: JobStore,
    jobs_dir: Path,
    retention_days: float,
    *,
    now: float | None = None,
    remote: RemoteOutputs | None = None,
) -> int:
    """Delete finished jobs that ended more than ``retention_days`` ago (their files here
    and at ``remote``); return how many."""
    cutoff = (time.time() if now is None else now) - retention_days * 86400
    removed = 0
    for job in store.expired(cutoff):
        remove_job_files(job.id, jobs_dir, remote)
        removed += store.delete_job(job.id)
    return removed
