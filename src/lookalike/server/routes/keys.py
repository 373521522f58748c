"""API keys over HTTP: list, create (the secret is answered once) and revoke.

A key sees and revokes itself and the keys it created; keys made with
``lookalike keys create`` belong to the command line. In ``--dev`` mode (the
operator on 127.0.0.1, as with the command line) every key is listed.
"""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Response

from lookalike.jobs.key_owners import create_owned_key, keys_visible_to, revoke_visible
from lookalike.server.deps import DEV_OWNER, Owner, StoreDep
from lookalike.server.errors import not_found
from lookalike.server.models import KeyCreated, KeyInfo, KeyRequest

router = APIRouter(prefix="/v1/keys", tags=["keys"])


def _visible_to(owner: str) -> str | None:
    return None if owner == DEV_OWNER else owner


def _created(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat(timespec="seconds")


@router.get("")
def list_keys(owner: Owner, store: StoreDep) -> list[KeyInfo]:
    """This key and the keys it created (ids and names; never a secret)."""
    return [
        KeyInfo(id=i, name=n, created_at=_created(c), revoked=r, current=i == owner)
        for i, n, c, r in keys_visible_to(store, _visible_to(owner))
    ]


@router.post("", status_code=201)
def create_key(body: KeyRequest, owner: Owner, store: StoreDep) -> KeyCreated:
    """A new key; its secret is in this answer only (the store keeps a hash)."""
    key = create_owned_key(store, body.name, created_by=_visible_to(owner))
    key_id = key.split("_")[1]
    return KeyCreated(id=key_id, name=body.name, key=key)


@router.delete("/{key_id}", status_code=204)
def revoke_key(key_id: str, owner: Owner, store: StoreDep) -> Response:
    """Revoke this key or one it created (another key's is 404, as if absent)."""
    if not revoke_visible(store, key_id, owner=_visible_to(owner)):
        raise not_found("key", key_id)
    return Response(status_code=204)
