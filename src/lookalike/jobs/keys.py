"""API keys in the store: ``lk_<id>_<secret>``, of which only the secret's hash is kept.

>>> import tempfile
>>> from lookalike.jobs.store import JobStore
>>> store = JobStore(f"sqlite:///{tempfile.mkdtemp()}/s.db")
>>> key = store.create_key("ci")
>>> store.verify_key(key) == key.split("_")[1], store.verify_key(key + "x")
(True, None)
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

import sqlalchemy as sa

from lookalike.jobs.database import Database
from lookalike.jobs.schema import api_keys


class ApiKeys(Database):
    """Creating, checking, listing and revoking API keys."""

    def create_key(self, name: str) -> str:
        """A new key ``lk_<id>_<secret>``; only the secret's hash is stored."""
        key_id = secrets.token_hex(6)
        secret = secrets.token_urlsafe(32)
        with self.write() as connection:
            connection.execute(
                api_keys.insert().values(
                    id=key_id,
                    name=name,
                    secret_hash=_hash(secret),
                    created_at=time.time(),
                    revoked=False,
                )
            )
        return f"lk_{key_id}_{secret}"

    def verify_key(self, key: str) -> str | None:
        """The key's id when ``key`` is valid, else None (the secret compared in constant time)."""
        prefix, _, rest = key.partition("_")
        key_id, _, secret = rest.partition("_")
        if prefix != "lk" or not key_id or not secret:
            return None
        query = api_keys.select().where(api_keys.c.id == key_id, api_keys.c.revoked.is_(False))
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        expected = row.secret_hash if row is not None else _hash("no such key")
        matches = hmac.compare_digest(expected, _hash(secret))
        return key_id if row is not None and matches else None

    def list_keys(self) -> list[tuple[str, str, float, bool]]:
        """(id, name, created_at, revoked) of every key."""
        query = sa.select(
            api_keys.c.id, api_keys.c.name, api_keys.c.created_at, api_keys.c.revoked
        ).order_by(api_keys.c.created_at)
        with self.engine.connect() as connection:
            return [
                (r.id, r.name, r.created_at, bool(r.revoked)) for r in connection.execute(query)
            ]

    def revoke_key(self, key_id: str) -> bool:
        """Revoke a key by id; False when there is no such key."""
        query = api_keys.update().where(api_keys.c.id == key_id).values(revoked=True)
        with self.write() as connection:
            return connection.execute(query).rowcount == 1


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
