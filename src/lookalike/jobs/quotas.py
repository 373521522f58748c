"""Per-key limits kept in the store, so they hold across restarts and across every server
sharing it: active jobs, stored bytes, streams at once, and requests per window.

Each check and the write it guards are one atomic step in the database: a job or a
stream slot is inserted by an ``INSERT ... SELECT`` that counts what the key holds
(PostgreSQL first takes a lock of the key's for the rest of the transaction; SQLite
runs it under its write lock), and a request counter is bumped by one
``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``. Concurrent requests therefore
cannot race past a limit: exactly ``limit`` of them are accepted.

>>> import tempfile
>>> from lookalike.jobs.store import JobStore
>>> store = JobStore(f"sqlite:///{tempfile.mkdtemp()}/s.db")
>>> [store.hit("key:k", 2, now=120.0) for _ in range(3)]
[None, None, 60]
>>> first = store.acquire_stream("k", "me", limit=1, seconds=30)
>>> store.acquire_stream("k", "me", limit=1, seconds=30) is None
True
>>> store.release_stream(first)
>>> store.acquire_stream("k", "me", limit=1, seconds=30) is not None
True
"""

from __future__ import annotations

import math
import socket
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from lookalike.executors.watchdog import alive
from lookalike.jobs.database import Database
from lookalike.jobs.schema import jobs, rate_counters, stream_slots

#: Jobs that count against a key's limit: running, waiting to run, or paused (a paused
#: job can be resumed at any time, so pausing must not open a slot).
ACTIVE = ("pending", "generating", "paused")
#: Jobs whose files are kept (failed and cancelled jobs' files are deleted).
KEPT = (*ACTIVE, "completed")


class TooManyJobsError(Exception):
    """``owner`` already has ``limit`` active jobs."""

    def __init__(self, owner: str, limit: int) -> None:
        super().__init__(f"{owner} already has {limit} active jobs")
        self.owner, self.limit = owner, limit


class StorageFullError(Exception):
    """``owner``'s kept outputs take ``used`` bytes; ``more`` would exceed ``limit``."""

    def __init__(self, owner: str, used: int, more: int, limit: int) -> None:
        super().__init__(f"{owner} keeps {used} bytes; {more} more would exceed {limit}")
        self.owner, self.used, self.more, self.limit = owner, used, more, limit


def _lock_owner(connection: sa.Connection, scope: str, owner: str) -> None:
    """Serialise one key's checks on PostgreSQL (SQLite's write lock does it already)."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"{scope}:{owner}"}
        )


def _stored(owner: str) -> Any:
    return (
        sa.select(sa.func.coalesce(sa.func.sum(jobs.c.stored_bytes), 0))
        .where(jobs.c.owner == owner, jobs.c.status.in_(KEPT))
        .scalar_subquery()
    )


def _active(owner: str) -> Any:
    return (
        sa.select(sa.func.count())
        .select_from(jobs)
        .where(jobs.c.owner == owner, jobs.c.status.in_(ACTIVE))
        .scalar_subquery()
    )


class Quotas(Database):
    """The store's side of the per-key limits (a mixin of :class:`~.store.JobStore`)."""

    def now(self) -> float:
        """The store's clock, epoch seconds (the same for every server sharing it)."""
        with self.engine.connect() as connection:
            return float(connection.execute(sa.select(self.clock())).scalar_one())

    def clock(self) -> Any:
        """The database's clock as SQL, in epoch seconds."""
        dialect = self.engine.dialect.name
        if dialect == "postgresql":
            return sa.cast(sa.func.extract("epoch", sa.func.clock_timestamp()), sa.Float)
        if dialect == "sqlite":
            return sa.literal_column("((julianday('now') - 2440587.5) * 86400.0)", sa.Float)
        return sa.cast(sa.func.unix_timestamp(sa.func.now(6)), sa.Float)

    # -- jobs ---------------------------------------------------------------------------------

    def insert_job_within(
        self,
        connection: sa.Connection,
        values: dict[str, Any],
        *,
        max_active: int | None,
        max_bytes: int | None,
    ) -> None:
        """Insert the job row only within its owner's limits, or raise which one it broke."""
        owner = values["owner"]
        _lock_owner(connection, "jobs", owner)
        more = int(values.get("stored_bytes") or 0)
        checks = []
        if max_active is not None:
            checks.append(_active(owner) < max_active)
        if max_bytes is not None:
            checks.append(_stored(owner) + more <= max_bytes)
        row = sa.select(*(sa.literal(v, jobs.c[k].type) for k, v in values.items())).where(*checks)
        # RETURNING, not rowcount: drivers report -1 for INSERT ... SELECT.
        insert = jobs.insert().from_select(list(values), row).returning(jobs.c.id)
        if len(connection.execute(insert).all()) == 1:
            return
        active, used = connection.execute(sa.select(_active(owner), _stored(owner))).one()
        if max_active is not None and active >= max_active:
            raise TooManyJobsError(owner, max_active)
        assert max_bytes is not None
        raise StorageFullError(owner, int(used), more, max_bytes)

    def storage_used(self, owner: str) -> int:
        """Bytes ``owner``'s kept jobs take (estimates for those not completed yet)."""
        with self.engine.connect() as connection:
            return int(connection.execute(sa.select(_stored(owner))).scalar_one())

    # -- request counters ---------------------------------------------------------------------

    def hit(
        self, bucket: str, limit: int, *, window: int = 60, now: float | None = None
    ) -> int | None:
        """Count a request in ``bucket``'s current window: None when it is within ``limit``,
        else the seconds until the window ends (for ``Retry-After``)."""
        with self.write() as connection:
            if now is None:
                now = float(connection.execute(sa.select(self.clock())).scalar_one())
            number = int(now // window)
            hits = self._bump(connection, bucket, number)
        if hits <= limit:
            return None
        return max(1, math.ceil((number + 1) * window - now))

    def _bump(self, connection: sa.Connection, bucket: str, number: int) -> int:
        dialect = connection.dialect.name
        if dialect in ("sqlite", "postgresql"):
            insert = (sqlite if dialect == "sqlite" else postgresql).insert(rate_counters)
            upsert = (
                insert.values(bucket=bucket, window=number, hits=1)
                .on_conflict_do_update(
                    index_elements=["bucket", "window"],
                    set_={"hits": rate_counters.c.hits + 1},
                )
                .returning(rate_counters.c.hits)
            )
            return int(connection.execute(upsert).scalar_one())
        key = (rate_counters.c.bucket == bucket) & (rate_counters.c.window == number)
        updated = connection.execute(
            rate_counters.update().where(key).values(hits=rate_counters.c.hits + 1)
        ).rowcount
        if not updated:
            connection.execute(rate_counters.insert().values(bucket=bucket, window=number, hits=1))
        return int(connection.execute(sa.select(rate_counters.c.hits).where(key)).scalar_one())

    def over(self, bucket: str, limit: int, *, window: int = 60) -> int | None:
        """Like :meth:`hit` without counting: None while ``bucket`` is within ``limit``."""
        with self.engine.connect() as connection:
            now = float(connection.execute(sa.select(self.clock())).scalar_one())
            number = int(now // window)
            hits = connection.execute(
                sa.select(rate_counters.c.hits).where(
                    rate_counters.c.bucket == bucket, rate_counters.c.window == number
                )
            ).scalar()
        if hits is None or hits < limit:
            return None
        return max(1, math.ceil((number + 1) * window - now))

    # -- streams ------------------------------------------------------------------------------

    def acquire_stream(
        self, owner: str, instance: str, *, limit: int, seconds: float
    ) -> str | None:
        """A slot for one more of ``owner``'s streams (its id), or None at the limit.

        The slot lasts ``seconds`` unless :meth:`renew_streams` extends it.
        """
        slot = uuid.uuid4().hex
        now = self.clock()
        held = (
            sa.select(sa.func.count())
            .select_from(stream_slots)
            .where(stream_slots.c.owner == owner, stream_slots.c.expires > now)
            .scalar_subquery()
        )
        values = {"id": slot, "owner": owner, "instance": instance}
        row = sa.select(
            *(sa.literal(v, stream_slots.c[k].type) for k, v in values.items()),
            (now + seconds).label("expires"),
        ).where(held < limit)
        insert = (
            stream_slots.insert()
            .from_select([*values, "expires"], row)
            .returning(stream_slots.c.id)
        )
        with self.write() as connection:
            _lock_owner(connection, "streams", owner)
            return slot if len(connection.execute(insert).all()) == 1 else None

    def release_stream(self, slot: str) -> None:
        """The stream ended: free its slot."""
        with self.write() as connection:
            connection.execute(stream_slots.delete().where(stream_slots.c.id == slot))

    def renew_streams(self, slots: list[str], *, seconds: float) -> int:
        """Extend the ``slots`` of streams still running; forget lapsed slots and old
        counters (a server calls this every few seconds)."""
        with self.write() as connection:
            now = float(connection.execute(sa.select(self.clock())).scalar_one())
            renewed = 0
            if slots:
                renewed = connection.execute(
                    stream_slots.update()
                    .where(stream_slots.c.id.in_(slots))
                    .values(expires=now + seconds)
                ).rowcount
            connection.execute(stream_slots.delete().where(stream_slots.c.expires <= now))
            connection.execute(
                rate_counters.delete().where(rate_counters.c.window < int(now // 60) - 1)
            )
        return int(renewed)

    def release_local_streams(self, me: str) -> int:
        """Free the slots of this host's servers that are gone (``host:pid:start``: the
        process no longer exists, or ``me``'s pid with another start), as a server starts."""
        host = socket.gethostname()
        query = sa.select(stream_slots.c.id, stream_slots.c.instance).where(
            stream_slots.c.instance.like(f"{host}:%")
        )
        mine = me.split(":")
        with self.write() as connection:
            gone = [
                slot
                for slot, instance in connection.execute(query).all()
                if _dead(instance.split(":"), mine)
            ]
            if gone:
                connection.execute(stream_slots.delete().where(stream_slots.c.id.in_(gone)))
        return len(gone)


def _dead(holder: list[str], me: list[str]) -> bool:
    """Whether ``host:pid:start`` ``holder`` is a process of this host that is gone (or
    whose pid is ``me``'s, with another start: a restarted container reusing pid 1)."""
    pid = holder[1] if len(holder) > 1 else ""
    if not pid.isdigit() or holder == me:
        return False
    return (len(me) > 1 and pid == me[1]) or not alive(int(pid))
