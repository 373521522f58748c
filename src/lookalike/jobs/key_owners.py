"""Keys that belong to keys: a key made through the API is its maker's to see and revoke.

``lookalike keys create`` makes keys that belong to nobody (the operator manages
them on the command line); ``POST /v1/keys`` makes keys that remember the key
that made them (``api_keys.created_by``). A key sees and revokes itself and the
keys it made; ``owner=None`` (the operator, or ``--dev``) sees every key.

>>> import tempfile
>>> from lookalike.jobs.store import JobStore
>>> store = JobStore(f"sqlite:///{tempfile.mkdtemp()}/s.db")
>>> parent = store.verify_key(store.create_key("parent"))
>>> child = create_owned_key(store, "child", created_by=parent)
>>> [name for _, name, _, _ in keys_visible_to(store, parent)]
['parent', 'child']
>>> [name for _, name, _, _ in keys_visible_to(store, child.split("_")[1])]
['child']
>>> revoke_visible(store, parent, owner=child.split("_")[1])
False
"""

from __future__ import annotations

import sqlalchemy as sa

from lookalike.jobs.schema import api_keys
from lookalike.jobs.store import JobStore


def create_owned_key(store: JobStore, name: str, *, created_by: str | None) -> str:
    """A new key (``lk_<id>_<secret>``) that belongs to ``created_by`` (None: to nobody)."""
    key = store.create_key(name)
    if created_by is not None:
        query = (
            api_keys.update()
            .where(api_keys.c.id == key.split("_")[1])
            .values(created_by=created_by)
        )
        with store.engine.begin() as connection:
            connection.execute(query)
    return key


def _visible(owner: str | None) -> list[sa.ColumnElement[bool]]:
    if owner is None:
        return []
    return [sa.or_(api_keys.c.id == owner, api_keys.c.created_by == owner)]


def keys_visible_to(store: JobStore, owner: str | None) -> list[tuple[str, str, float, bool]]:
    """(id, name, created_at, revoked) of ``owner`` and the keys it made, oldest first."""
    query = (
        sa.select(api_keys.c.id, api_keys.c.name, api_keys.c.created_at, api_keys.c.revoked)
        .where(*_visible(owner))
        .order_by(api_keys.c.created_at)
    )
    with store.engine.connect() as connection:
        return [(r.id, r.name, r.created_at, bool(r.revoked)) for r in connection.execute(query)]


def revoke_visible(store: JobStore, key_id: str, *, owner: str | None) -> bool:
    """Revoke ``key_id`` if ``owner`` may (itself or a key it made); False otherwise."""
    query = api_keys.update().where(api_keys.c.id == key_id, *_visible(owner)).values(revoked=True)
    with store.engine.begin() as connection:
        return connection.execute(query).rowcount == 1
