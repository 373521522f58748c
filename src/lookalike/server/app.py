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
import importlib.resources
import logging
import os
from collections.abc import AsyncIterator

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from lookalike.jobs.data_dir import claim, reconcile
from lookalike.jobs.remote_outputs import outputs_at
from lookalike.jobs.reserve import DiskReserve, reserve_for
from lookalike.jobs.retention import cleanup_expired
from lookalike.jobs.store import JobStore, backoff
from lookalike.jobs.worker import WorkerPool
from lookalike.server import errors, openapi, pages
from lookalike.server.limits import BodyLimit
from lookalike.server.request_ids import RequestIds
from lookalike.server.routes import (
    api_docs,
    catalogue,
    extract,
    generation_platform_api,
    health,
    job_api,
    jobs,
    keys,
    mock_data_api,
    sentences,
    stream,
)
from lookalike.server.sandbox import Sandbox
from lookalike.server.security import SecurityHeaders, install_log_redaction
from lookalike.server.settings import Settings
from lookalike.server.streaming import ActiveStreams

log = logging.getLogger("lookalike.server")


def cleanup_once(store: JobStore, settings: Settings, *, now: float | None = None) -> int:
    """Delete finished jobs (rows and files) older than the retention period; return how many."""
    remote = outputs_at(settings.outputs_url)
    return cleanup_expired(
        store, settings.jobs_dir, settings.retention_days, now=now, remote=remote
    )


async def _cleanup_loop(store: JobStore, settings: Settings) -> None:
    while True:
        try:
            removed = await asyncio.to_thread(cleanup_once, store, settings)
            if removed:
                log.info("cleanup removed %d expired jobs", removed)
        except Exception:
            log.exception("cleanup failed; will retry")
        await asyncio.sleep(settings.cleanup_interval_seconds)


def _upkeep(store: JobStore, settings: Settings, streams: ActiveStreams) -> None:
    """Keep the slots of this server's running streams (a killed server's lapse), drop
    lapsed slots and old request counters, and write the disk reserve back if it is gone."""
    DiskReserve(reserve_for(settings.jobs_dir), int(settings.disk_reserve_bytes)).ensure()
    store.renew_streams(list(streams.slots), seconds=settings.lease_seconds)


async def _upkeep_loop(store: JobStore, settings: Settings, streams: ActiveStreams) -> None:
    failures = 0
    while True:
        await asyncio.sleep(
            backoff(failures, base=settings.lease_seconds / 3, cap=60.0)
            if failures
            else settings.lease_seconds / 3
        )
        try:
            await asyncio.to_thread(_upkeep, store, settings, streams)
            failures = 0
        except Exception as exc:  # the store is away, busy or full: back off, say so once
            if not failures:
                log.warning("upkeep failed (%s); retrying with backoff", exc)
            failures += 1


def _open_store(settings: Settings) -> JobStore:
    """The store, once the data directory is its own (else
    :class:`~lookalike.jobs.data_dir.DataDirError`), reconciled with it, and with the disk
    reserve in place when there is room."""
    settings.home.mkdir(parents=True, exist_ok=True)
    settings.jobs_dir.mkdir(parents=True, exist_ok=True)
    remote = outputs_at(settings.outputs_url)
    if remote is not None:
        remote.check()  # an unknown scheme, no credentials, no bucket: said at start
    store = JobStore(settings.resolved_database_url)
    try:
        claim(store, settings.jobs_dir)  # refuses a directory of another store
        reconcile(store, settings.jobs_dir, remote)
    except BaseException:
        store.close()
        raise
    reserve = DiskReserve(reserve_for(settings.jobs_dir), int(settings.disk_reserve_bytes))
    if not reserve.ensure():
        log.warning("the data directory's disk is full: no room for its reserve yet")
    return store


def create_app(settings: Settings | None = None) -> FastAPI:
    """The application; the store opens (and migrates) and the workers start with it."""
    settings = settings or Settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = await asyncio.to_thread(_open_store, settings)
        # Specs read drafted pools from the data directory (lookalike.locales.drafted):
        # the server's, in this process and in the planning and job processes it starts.
        before = os.environ.get("LOOKALIKE_HOME")
        os.environ["LOOKALIKE_HOME"] = str(settings.home.absolute())
        pool = WorkerPool(
            store,
            settings.jobs_dir,
            size=settings.workers,
            lease_seconds=settings.lease_seconds,
            max_attempts=settings.max_attempts,
            processes=settings.job_processes,
            sync_seconds=settings.job_sync_seconds,
            outputs_url=settings.outputs_url,
        )
        store.release_local_streams(pool.name)
        pool.start()
        app.state.store = store
        app.state.pool = pool
        app.state.sandbox = Sandbox(settings.planning_processes)
        # With Celery, beat runs the cleanup (one place however many servers there are).
        tasks = [asyncio.create_task(_upkeep_loop(store, settings, app.state.streams))]
        if settings.executor == "local":
            tasks.append(asyncio.create_task(_cleanup_loop(store, settings)))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.to_thread(pool.stop)
            app.state.sandbox.close()
            store.close()
            if before is None:
                os.environ.pop("LOOKALIKE_HOME", None)
            else:
                os.environ["LOOKALIKE_HOME"] = before

    app = FastAPI(
        title="lookalike",
        summary="Realistic, safe synthetic data at any scale, deterministically.",
        version="1",
        lifespan=lifespan,
        docs_url=None,  # served by routes/api_docs.py, with scripts from the package
        redoc_url=None,
    )
    static = importlib.resources.files("lookalike") / "server" / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    install_log_redaction()
    app.state.settings = settings
    app.state.streams = ActiveStreams()
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders, loopback_only=settings.dev)
    app.add_middleware(RequestIds)  # outermost: every response carries the id
    errors.install(app)
    openapi.install(app)
    compatible = (mock_data_api, generation_platform_api, job_api)  # the APIs lookalike replaces
    for module in (
        health,
        catalogue,
        stream,
        jobs,
        keys,
        extract,
        sentences,
        api_docs,
        *compatible,
    ):
        app.include_router(module.router)
    pages.install(app)
    return app
