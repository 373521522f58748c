"""``GET /health``: no key needed; reports the store and the workers."""

from __future__ import annotations

import asyncio
import concurrent.futures

from fastapi import APIRouter, Request

from lookalike.jobs.store import JobStore
from lookalike.jobs.worker import WorkerPool
from lookalike.server.models import Health
from lookalike.version import __version__

router = APIRouter(tags=["health"])


#: /health's own thread, so that it answers while every request thread waits for the store.
_HEALTH = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="health")


def _store_state(store: JobStore) -> tuple[bool, dict[str, int]]:
    reachable = store.ping()
    return reachable, store.counts() if reachable else {}


@router.get("/health")
async def health(request: Request) -> Health:
    """Whether the store answers and how many workers run."""
    # No dependencies: FastAPI runs sync ones on the request threads, which may all be busy.
    store: JobStore = request.app.state.store
    pool: WorkerPool = request.app.state.pool
    loop = asyncio.get_running_loop()
    reachable, counts = await loop.run_in_executor(_HEALTH, _store_state, store)
    alive = pool.alive
    return Health(
        status="ok" if reachable and alive == pool.size else "degraded",
        store=("sqlite" if store.url.startswith("sqlite") else "sql") if reachable else "down",
        workers=alive,
        workers_busy=pool.busy,
        streams_active=request.app.state.streams.count,
        jobs=counts,
        version=__version__,
    )
