"""The FastAPI application: routers, error handlers, limits, and the store and workers' life.

>>> from lookalike.server.settings import Settings
>>> import tempfile
>>> app = create_app(Settings(home=tempfile.mkdtemp(), dev=True))
>>> "/v1/stream" in app.openapi()["paths"]
True
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator

from fastapi import FastAPI

from lookalike.jobs.runner import remove_job_files
from lookalike.jobs.store import JobStore
from lookalike.jobs.worker import WorkerPool
from lookalike.server import errors
from lookalike.server.limits import BodyLimit, RateLimiter
from lookalike.server.routes import catalogue, compat, health, jobs, sentences, stream
from lookalike.server.settings import Settings
from lookalike.server.streaming import ActiveStreams

log = logging.getLogger("lookalike.server")


def cleanup_once(store: JobStore, settings: Settings, *, now: float | None = None) -> int:
    """Delete finished jobs (rows and files) older than the retention period; return how many."""
    cutoff = (time.time() if now is None else now) - settings.retention_days * 86400
    removed = 0
    for job in store.expired(cutoff):
        remove_job_files(job.id, settings.jobs_dir)
        removed += store.delete_job(job.id)
    return removed


async def _cleanup_loop(store: JobStore, settings: Settings) -> None:
    while True:
        try:
            removed = await asyncio.to_thread(cleanup_once, store, settings)
            if removed:
                log.info("cleanup removed %d expired jobs", removed)
        except Exception:
            log.exception("cleanup failed; will retry")
        await asyncio.sleep(settings.cleanup_interval_seconds)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The application; the store opens (and migrates) and the workers start with it."""
    settings = settings or Settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.home.mkdir(parents=True, exist_ok=True)
        settings.jobs_dir.mkdir(parents=True, exist_ok=True)
        store = JobStore(settings.resolved_database_url)
        pool = WorkerPool(
            store,
            settings.jobs_dir,
            size=settings.workers,
            lease_seconds=settings.lease_seconds,
            max_attempts=settings.max_attempts,
            processes=settings.job_processes,
            sync_seconds=settings.job_sync_seconds,
        )
        pool.start()
        app.state.store = store
        app.state.pool = pool
        cleaner = asyncio.create_task(_cleanup_loop(store, settings))
        try:
            yield
        finally:
            cleaner.cancel()
            await asyncio.to_thread(pool.stop)
            store.close()

    app = FastAPI(
        title="lookalike",
        summary="Realistic, safe synthetic data at any scale, deterministically.",
        version="1",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.limiter = RateLimiter(settings.requests_per_minute)
    app.state.streams = ActiveStreams()
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    errors.install(app)
    for module in (health, catalogue, stream, jobs, sentences, compat):
        app.include_router(module.router)
    return app
