"""The Celery app: jobs' blocks made on workers, and retention cleanup run by beat.

``lookalike worker`` starts a worker of this app; it is also what Celery's own
commands take: ``celery -A lookalike.jobs.tasks worker``, ``... beat``, and
``... flower`` (Flower then shows lookalike's tasks). The broker and result
backend are Redis at ``LOOKALIKE_REDIS_URL``; the job store and the jobs'
folder are the service's (``LOOKALIKE_DATABASE_URL``, ``LOOKALIKE_HOME``: a
shared filesystem when workers run on other machines).

The store owns the truth about jobs. A block task carries its job's fencing
token and does nothing unless the token is still current (a paused, cancelled
or taken-over job's queued tasks end at once); its result is a spool file
named after the job, token and rows, written whole then renamed, so a task
delivered twice writes the same bytes to the same name and the coordinator
(:class:`lookalike.executors.celery.CeleryExecutor`, holding the job's lease)
reads each block once, in order. Tasks are acknowledged late, after the
block is made, and requeued when their worker dies: a worker killed mid-block
has its block made again elsewhere (Redis redelivers it once its visibility
timeout, ``LOOKALIKE_CELERY_VISIBILITY_SECONDS``, passes).
"""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path
from typing import Any

from celery import Celery

from lookalike.executors.base import Spooled, Task, run_task
from lookalike.server.settings import Settings

log = logging.getLogger("lookalike.celery")

__all__ = ["app", "block", "cleanup", "configure", "settings"]


_current: list[Settings] = []


def settings() -> Settings:
    """The service's settings, read once per process from the environment."""
    if not _current:
        _current.append(Settings())
    return _current[0]


def configure(chosen: Settings | None = None) -> Settings:
    """(Re)read the settings and configure the app from them (before its first task is sent:
    a process that changes ``LOOKALIKE_*`` variables after importing this module calls it)."""
    chosen = chosen or Settings()
    _current[:] = [chosen]
    _store.cache_clear()
    _configure(app, chosen)
    return chosen


def _configure(celery: Celery, chosen: Settings) -> None:
    url = chosen.redis_url or "redis://127.0.0.1:6379/0"
    celery.conf.update(
        broker_url=url,
        result_backend=url,
        task_default_queue=chosen.celery_queue,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        # Acknowledge after the block is made, and requeue it when its worker dies.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        # A few messages held ahead: with one, a late-acknowledging worker idles between
        # blocks while it fetches the next (2M rows on one worker: 4.5 s against 3.2 s).
        # A killed worker's held messages are all redelivered, each made again once.
        worker_prefetch_multiplier=chosen.celery_prefetch,
        broker_transport_options={"visibility_timeout": chosen.celery_visibility_seconds},
        result_backend_transport_options={"visibility_timeout": chosen.celery_visibility_seconds},
        result_expires=max(3600, int(chosen.celery_visibility_seconds * 2)),
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        beat_schedule={
            "lookalike-cleanup": {
                "task": "lookalike.cleanup",
                "schedule": chosen.cleanup_interval_seconds,
                # Beat's retention travels with the task: whichever worker takes it
                # applies the one retention the operator gave the scheduler.
                "kwargs": {"retention_days": chosen.retention_days},
            }
        },
    )


app = Celery("lookalike")
_configure(app, settings())


@functools.cache
def _store() -> Any:
    from lookalike.jobs.store import JobStore

    return JobStore(settings().resolved_database_url, migrate=False)


@functools.lru_cache(maxsize=8)
def _plan(job_id: str, spec: str) -> Any:
    """A job's plan, made once per worker process (the spec pins seed and reference time)."""
    from lookalike.jobs.chunks import plan_of_spec

    return plan_of_spec(spec)


def spool_folder(jobs_dir: Path, job_id: str) -> Path:
    """Where a job's blocks made on workers wait for the coordinator."""
    return jobs_dir / job_id / "blocks"


@app.task(name="lookalike.block", bind=True, acks_late=True, reject_on_worker_lost=True)  # type: ignore[untyped-decorator]
def block(
    self: Any, job_id: str, fence: int, table: str, number: int, first: int, stop: int
) -> dict[str, Any]:
    """Make rows ``[first, stop)`` of block ``number`` of ``table`` for a job whose token is
    ``fence``; the spool file's path and rows, or ``stale`` when the token is not current."""
    job = _store().get_job(job_id)
    if job is None or job.fence != fence or job.status != "generating":
        return {"stale": True}
    folder = spool_folder(settings().jobs_dir, job_id)
    path = folder / f"{fence}-{table}-{number}-{first}-{stop}.arrow"
    if path.exists():  # delivered twice: the first delivery's bytes are the same
        return {"path": str(path), "rows": stop - first, "again": True}
    folder.mkdir(parents=True, exist_ok=True)
    rows, batch = run_task(_plan(job_id, job.spec), Task(table, number, first, stop), None)
    spooled = Spooled.write(batch, str(folder))  # a unique name: never half-read
    os.replace(spooled.path, path)
    return {"path": str(path), "rows": rows}


@app.task(name="lookalike.cleanup")  # type: ignore[untyped-decorator]
def cleanup(retention_days: float | None = None) -> int:
    """Retention: delete finished jobs older than ``retention_days`` (beat sends its own
    ``LOOKALIKE_RETENTION_DAYS``; a worker's is the default)."""
    from lookalike.jobs.remote_outputs import outputs_at
    from lookalike.jobs.retention import cleanup_expired

    chosen = settings()
    days = chosen.retention_days if retention_days is None else retention_days
    remote = outputs_at(chosen.outputs_url)
    removed = cleanup_expired(_store(), chosen.jobs_dir, days, remote=remote)
    if removed:
        log.info("cleanup removed %d expired jobs", removed)
    return removed
