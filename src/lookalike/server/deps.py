"""Dependencies every router shares: settings, the store, the workers and the caller's key.

Ownership is decided here once: :data:`Owner` is the id of the key that made
the request (``dev`` in ``--dev`` mode), and every store lookup is filtered by
it, so another key's job or template is simply not found.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, APIKeyQuery

from lookalike.jobs.store import JobStore
from lookalike.jobs.worker import WorkerPool
from lookalike.server.errors import ApiError
from lookalike.server.limits import address_blocked, count_bad_key, wait_for_key
from lookalike.server.sandbox import Sandbox
from lookalike.server.settings import Settings

_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key.")
_query = APIKeyQuery(
    name="api_key",
    auto_error=False,
    description="An API key (as the generation-platform API took it).",
)

DEV_OWNER = "dev"
#: Whose jobs and templates those made with the static ``API_KEY`` setting are.
STATIC_KEY_OWNER = "static-key"


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> JobStore:
    """The app's job store."""
    store: JobStore = request.app.state.store
    return store


def get_pool(request: Request) -> WorkerPool:
    """The app's worker pool."""
    pool: WorkerPool = request.app.state.pool
    return pool


def get_sandbox(request: Request) -> Sandbox:
    """The app's planning sandbox."""
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox


SettingsDep = Annotated[Settings, Depends(get_settings)]
SandboxDep = Annotated[Sandbox, Depends(get_sandbox)]
StoreDep = Annotated[JobStore, Depends(get_store)]
PoolDep = Annotated[WorkerPool, Depends(get_pool)]


def _static_key(settings: Settings, key: str) -> str | None:
    """The owner of the static key from the settings, when ``key`` is it."""
    if settings.api_key is None:
        return None
    expected = settings.api_key.get_secret_value().encode()
    return STATIC_KEY_OWNER if hmac.compare_digest(expected, key.encode()) else None


def get_owner(
    request: Request,
    settings: SettingsDep,
    store: StoreDep,
    header_key: Annotated[str | None, Security(_header)] = None,
    query_key: Annotated[str | None, Security(_query)] = None,
) -> str:
    """The caller's key id, after checking the key and the per-minute request limits."""
    owner = (
        DEV_OWNER if settings.dev else _verified(request, settings, store, header_key or query_key)
    )
    wait = wait_for_key(store, owner, settings.requests_per_minute)
    if wait is not None:
        raise _too_many(
            f"this key sent more than {settings.requests_per_minute} requests in a minute", wait
        )
    return owner


def _verified(request: Request, settings: Settings, store: JobStore, key: str | None) -> str:
    """The key's owner; 401 for a bad or missing key, 429 once an address sent too many."""
    address = request.client.host if request.client else "unknown"
    limit = settings.auth_failures_per_minute
    wait = address_blocked(store, address, limit)
    if wait is not None:  # checked before the key, so guessing learns nothing here
        raise _too_many(
            f"this address sent more than {limit} requests with a bad or missing key in a minute",
            wait,
        )
    owner = (_static_key(settings, key) or store.verify_key(key)) if key else None
    if owner is not None:
        return owner
    wait = count_bad_key(store, address, limit)
    if wait is not None:
        raise _too_many(
            f"this address sent more than {limit} requests with a bad or missing key in a minute",
            wait,
        )
    if not key:
        raise ApiError(
            401,
            "an API key is required: send it in the X-API-Key header "
            "(create one with `lookalike keys create NAME`)",
            field="X-API-Key",
        )
    raise ApiError(401, "this API key is not valid (or was revoked)", field="X-API-Key")


def _too_many(what: str, wait: int) -> ApiError:
    return ApiError(
        429,
        f"{what}; retry in {wait} s",
        headers={"Retry-After": str(wait)},
    )


Owner = Annotated[str, Depends(get_owner)]
