"""``GET /health``: no key needed; reports the store and the workers."""

from __future__ import annotations

from fastapi import APIRouter, Request

from lookalike.server.deps import PoolDep, StoreDep
from lookalike.server.models import Health
from lookalike.version import __version__

router = APIRouter(tags=["health"])


@router.get("/health")
def health(request: Request, store: StoreDep, pool: PoolDep) -> Health:
    """Whether the store answers and how many workers run."""
    reachable = store.ping()
    alive = pool.alive
    return Health(
        status="ok" if reachable and alive == pool.size else "degraded",
        store=("sqlite" if store.url.startswith("sqlite") else "sql") if reachable else "down",
        workers=alive,
        workers_busy=pool.busy,
        streams_active=request.app.state.streams.count,
        jobs=store.counts() if reachable else {},
        version=__version__,
    )
