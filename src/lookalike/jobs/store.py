"""The job store: SQLite by default, PostgreSQL (or any SQLAlchemy URL) by configuration.

Every state change is one conditional ``UPDATE``, so the database decides races:
a worker leases a job by bumping its fencing token from the value it read, and
commits progress only while the token is still its own and the job is still
``generating``. A paused, cancelled or taken-over job therefore stops its old
worker at the next chunk, and that worker can never overwrite newer state.

>>> import tempfile
>>> store = JobStore(f"sqlite:///{tempfile.mkdtemp()}/s.db")
>>> job = store.create_job(owner="k1", spec="{}", format="csv", compression=None,
...                        chunk_rows=10, total_rows=25, total_chunks=3)
>>> job.status, store.get_job(job.id, owner="k2")
('pending', None)
>>> lease = store.lease("w1", lease_seconds=30, max_attempts=3)
>>> lease.job.id == job.id, store.commit_chunk(lease, 1, rows=10, lease_seconds=30)
(True, True)
>>> store.get_job(job.id).rows_generated
10
"""

from __future__ import annotations

import os
import random
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from lookalike.executors.watchdog import alive
from lookalike.jobs.keys import ApiKeys
from lookalike.jobs.quotas import ACTIVE, Quotas, StorageFullError, TooManyJobsError
from lookalike.jobs.schema import jobs
from lookalike.jobs.templates import SavedTemplates

__all__ = ["ACTIVE", "Job", "JobStore", "Lease", "StorageFullError", "TooManyJobsError"]

STATUSES = ("pending", "generating", "paused", "completed", "failed", "cancelled")
FINISHED = ("completed", "failed", "cancelled")


@dataclass(frozen=True)
class Job:
    """One job row, as read."""

    id: str
    owner: str
    status: str
    spec: str
    format: str
    compression: str | None
    chunk_rows: int
    total_rows: int
    total_chunks: int
    chunks_completed: int
    rows_generated: int
    error: str | None
    attempts: int
    lease_owner: str | None
    lease_expires: float | None
    fence: int
    idempotency_key: str | None
    created_at: float
    started_at: float | None
    completed_at: float | None
    output_bytes: int | None = None
    request_hash: str | None = None
    stored_bytes: int | None = None

    @property
    def formats(self) -> list[str]:
        """Output formats, in the order asked for (``format`` stores them comma-separated)."""
        return self.format.split(",")

    @property
    def progress_percentage(self) -> float:
        """Share of rows generated, 0 to 100 (100 once completed)."""
        if self.status == "completed" or not self.total_rows:
            return 100.0 if self.status == "completed" else 0.0
        return round(100.0 * self.rows_generated / self.total_rows, 2)


@dataclass(frozen=True)
class Lease:
    """A worker's claim on a job: valid while ``fence`` is the job's token."""

    job: Job
    fence: int
    worker: str


def _job(row: Any) -> Job:
    return Job(**dict(row._mapping))


def backoff(attempt: int, *, base: float = 1.0, cap: float = 60.0) -> float:
    """Seconds to wait before retry ``attempt`` (1, 2, ...): doubling up to ``cap``, each
    drawn between half and all of it, so servers retrying together spread out.

    >>> 0.5 <= backoff(1) <= 1.0, 16.0 <= backoff(6) <= 32.0, backoff(40) <= 60.0
    (True, True, True)
    """
    ceiling = min(cap, base * 2.0 ** max(0, min(attempt, 30) - 1))
    return random.uniform(ceiling / 2, ceiling)


def worker_name() -> str:
    """``host:pid:random``: whose lease it is, so a restarted server can spot dead owners."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class JobStore(ApiKeys, SavedTemplates, Quotas):
    """Jobs and their leases (keys and templates come from :mod:`.keys` and
    :mod:`.templates`) in one SQL database, migrated on opening."""

    # -- jobs ---------------------------------------------------------------------------------

    def create_job(
        self,
        *,
        owner: str,
        spec: str,
        format: str,
        compression: str | None,
        chunk_rows: int,
        total_rows: int,
        total_chunks: int,
        idempotency_key: str | None = None,
        request_hash: str | None = None,
        max_active: int | None = None,
        stored_bytes: int | None = None,
        max_bytes: int | None = None,
    ) -> Job:
        """Insert a pending job; with an idempotency key already used, return that job.

        With ``max_active``, the job is inserted only while ``owner`` has fewer active
        jobs (pending, generating or paused); with ``max_bytes``, only while the bytes
        of ``owner``'s kept jobs plus ``stored_bytes`` (this job's estimate) stay within
        it. The counts and the insert are one atomic step in the database, so
        concurrent requests cannot race past a limit (:class:`TooManyJobsError`,
        :class:`StorageFullError` otherwise).
        """
        if idempotency_key is not None:
            existing = self._by_idempotency(owner, idempotency_key)
            if existing is not None:
                return existing
        values = {
            "id": str(uuid.uuid4()),
            "owner": owner,
            "status": "pending",
            "spec": spec,
            "format": format,
            "compression": compression,
            "chunk_rows": chunk_rows,
            "total_rows": total_rows,
            "total_chunks": total_chunks,
            "chunks_completed": 0,
            "rows_generated": 0,
            "attempts": 0,
            "fence": 0,
            "created_at": time.time(),
            "idempotency_key": idempotency_key,
            "request_hash": request_hash,
            "stored_bytes": stored_bytes,
        }
        try:
            with self.write() as connection:
                if max_active is None and max_bytes is None:
                    connection.execute(jobs.insert().values(**values))
                else:
                    self.insert_job_within(
                        connection, values, max_active=max_active, max_bytes=max_bytes
                    )
        except sa.exc.IntegrityError:
            # Two requests with one key raced; the first one's job is the answer.
            existing = self._by_idempotency(owner, idempotency_key or "")
            if existing is None:
                raise
            return existing
        job = self.get_job(str(values["id"]))
        assert job is not None
        return job

    def _by_idempotency(self, owner: str, key: str) -> Job | None:
        return self.find_idempotent(owner, key)

    def find_idempotent(self, owner: str, key: str) -> Job | None:
        """``owner``'s job created with idempotency ``key``, if any."""
        query = jobs.select().where(jobs.c.owner == owner, jobs.c.idempotency_key == key)
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return _job(row) if row is not None else None

    def get_job(self, job_id: str, owner: str | None = None) -> Job | None:
        """The job, or None when it does not exist or belongs to another owner."""
        query = jobs.select().where(jobs.c.id == job_id)
        if owner is not None:
            query = query.where(jobs.c.owner == owner)
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return _job(row) if row is not None else None

    def list_jobs(
        self,
        owner: str,
        *,
        status: str | None = None,
        limit: int = 20,
        offset: int = 0,
        name_contains: str | None = None,
    ) -> tuple[list[Job], int]:
        """A page of ``owner``'s jobs, newest first, and how many there are in all.

        ``name_contains`` keeps jobs whose dataset name holds it (any case).
        """
        where = [jobs.c.owner == owner]
        if status is not None:
            where.append(jobs.c.status == status)
        if name_contains:
            where.append(self._dataset_name().icontains(name_contains, autoescape=True))
        query = (
            jobs.select()
            .where(*where)
            .order_by(jobs.c.created_at.desc(), jobs.c.id)
            .limit(limit)
            .offset(offset)
        )
        count = sa.select(sa.func.count()).select_from(jobs).where(*where)
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
            total = int(connection.execute(count).scalar_one())
        return [_job(r) for r in rows], total

    def _dataset_name(self) -> sa.ColumnElement[str]:
        """The dataset name inside a job's stored spec JSON, as SQL on this database."""
        # SQLite reads JSON out of text as it is; PostgreSQL needs the text cast to JSON first.
        spec = (
            sa.cast(jobs.c.spec, sa.JSON)
            if self.engine.dialect.name == "postgresql"
            else sa.type_coerce(jobs.c.spec, sa.JSON)
        )
        name: sa.ColumnElement[str] = spec["dataset"]["name"].as_string()
        return name

    def count_active(self, owner: str) -> int:
        """``owner``'s pending and generating jobs."""
        query = (
            sa.select(sa.func.count())
            .select_from(jobs)
            .where(jobs.c.owner == owner, jobs.c.status.in_(ACTIVE))
        )
        with self.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def transition(self, job_id: str, owner: str, from_: tuple[str, ...], to: str) -> bool:
        """Move a job from one of ``from_`` to ``to``; False when it was not in ``from_``."""
        values: dict[str, Any] = {"status": to}
        if to == "pending":  # resumed: a fresh start, not a crash
            values.update(lease_owner=None, lease_expires=None, attempts=0)
        if to == "cancelled":
            values.update(completed_at=time.time())
        query = (
            jobs.update()
            .where(jobs.c.id == job_id, jobs.c.owner == owner, jobs.c.status.in_(from_))
            .values(**values)
        )
        with self.write() as connection:
            return connection.execute(query).rowcount == 1

    def delete_job(self, job_id: str, owner: str | None = None) -> bool:
        """Remove the row; False when there was none."""
        query = jobs.delete().where(jobs.c.id == job_id)
        if owner is not None:
            query = query.where(jobs.c.owner == owner)
        with self.write() as connection:
            return connection.execute(query).rowcount == 1

    # -- leases -------------------------------------------------------------------------------

    def lease(
        self,
        worker: str,
        *,
        lease_seconds: float,
        max_attempts: int,
        on_give_up: Callable[[Job], None] | None = None,
    ) -> Lease | None:
        """Claim the oldest runnable job (pending, or generating with a lapsed lease).

        A job out of attempts is failed instead, and ``on_give_up`` told (to free its
        files)."""
        now = self.clock()
        runnable = sa.or_(
            jobs.c.status == "pending",
            sa.and_(
                jobs.c.status == "generating",
                sa.or_(jobs.c.lease_expires.is_(None), jobs.c.lease_expires < now),
            ),
        )
        query = jobs.select().where(runnable).order_by(jobs.c.created_at).limit(5)
        with self.engine.connect() as connection:
            candidates = [_job(r) for r in connection.execute(query).all()]
        for job in candidates:
            if job.attempts >= max_attempts:
                reason = f"gave up after {job.attempts} attempts"
                if job.error:
                    reason += f"; last error: {job.error}"
                if self._fail_unleased(job, reason) and on_give_up is not None:
                    on_give_up(job)
                continue
            values = {
                "status": "generating",
                "lease_owner": worker,
                "lease_expires": now + lease_seconds,
                "fence": job.fence + 1,
                "attempts": job.attempts + 1,
                "started_at": job.started_at or time.time(),
            }
            claim = (
                jobs.update()
                .where(jobs.c.id == job.id, jobs.c.fence == job.fence, runnable)
                .values(**values)
            )
            with self.write() as connection:
                if connection.execute(claim).rowcount == 1:
                    leased = self.get_job(job.id)
                    assert leased is not None
                    return Lease(leased, job.fence + 1, worker)
        return None

    def _fail_unleased(self, job: Job, reason: str) -> bool:
        query = (
            jobs.update()
            .where(jobs.c.id == job.id, jobs.c.fence == job.fence)
            .values(status="failed", error=reason, completed_at=time.time(), lease_owner=None)
        )
        with self.write() as connection:
            return connection.execute(query).rowcount == 1

    def _held(self, lease: Lease) -> Any:
        return sa.and_(
            jobs.c.id == lease.job.id,
            jobs.c.fence == lease.fence,
            jobs.c.status == "generating",
        )

    def commit_chunk(
        self,
        lease: Lease,
        chunks_completed: int,
        *,
        rows: int,
        lease_seconds: float,
        output_bytes: int | None = None,
    ) -> bool:
        """Record finished chunks (and renew the lease); False means stop: the lease is gone."""
        query = (
            jobs.update()
            .where(self._held(lease), jobs.c.chunks_completed < chunks_completed)
            .values(
                chunks_completed=chunks_completed,
                rows_generated=rows,
                output_bytes=output_bytes,
                attempts=1,
                lease_expires=self.clock() + lease_seconds,
            )
        )
        with self.write() as connection:
            return connection.execute(query).rowcount == 1

    def renew(self, lease: Lease, *, lease_seconds: float) -> bool:
        """Extend the lease; False when it is no longer held."""
        query = (
            jobs.update()
            .where(self._held(lease))
            .values(lease_expires=self.clock() + lease_seconds)
        )
        with self.write() as connection:
            return connection.execute(query).rowcount == 1

    def release(self, lease: Lease, *, retry_in: float = 0.0) -> bool:
        """Give the job back so any worker can resume it: at once, or after ``retry_in``
        seconds (a job whose attempts keep dying is retried ever less often)."""
        expires = self.clock() + retry_in if retry_in > 0 else None
        query = jobs.update().where(self._held(lease)).values(lease_expires=expires)
        with self.write() as connection:
            return connection.execute(query).rowcount == 1

    def complete(self, lease: Lease, stored_bytes: int | None = None) -> bool:
        """Mark the job completed (its outputs taking ``stored_bytes``, when given), if the
        lease still holds."""
        sizes = {} if stored_bytes is None else {"stored_bytes": stored_bytes}
        query = (
            jobs.update()
            .where(self._held(lease))
            .values(
                status="completed",
                completed_at=time.time(),
                lease_owner=None,
                lease_expires=None,
                rows_generated=lease.job.total_rows,
                chunks_completed=lease.job.total_chunks,
                **sizes,
            )
        )
        with self.write() as connection:
            return connection.execute(query).rowcount == 1

    def fail(self, lease: Lease, error: str) -> bool:
        """Mark the job failed with ``error``, if the lease still holds."""
        query = (
            jobs.update()
            .where(self._held(lease))
            .values(
                status="failed",
                error=error,
                completed_at=time.time(),
                lease_owner=None,
                lease_expires=None,
            )
        )
        with self.write() as connection:
            return connection.execute(query).rowcount == 1

    def release_dead_local_leases(self, me: str | None = None) -> int:
        """Lapse leases held by processes of this host that no longer exist (after kill -9).

        A lease's owner is ``host:pid:instance``. A process that is gone, or whose pid
        is now ``me``'s with another instance (a restarted container reusing pid 1),
        holds nothing any more.
        """
        host = socket.gethostname()
        query = jobs.select().where(
            jobs.c.status == "generating", jobs.c.lease_owner.like(f"{host}:%")
        )
        mine = (me or "").split(":")
        released = 0
        with self.write() as connection:
            for job in [_job(r) for r in connection.execute(query).all()]:
                owner = (job.lease_owner or "").split(":")
                pid = owner[1] if len(owner) > 1 else ""
                reused = me is not None and pid == mine[1] and owner != mine
                if pid.isdigit() and (reused or not alive(int(pid))):
                    released += connection.execute(
                        jobs.update()
                        .where(jobs.c.id == job.id, jobs.c.fence == job.fence)
                        .values(lease_expires=None)
                    ).rowcount
        return released

    def expired(self, before: float) -> list[Job]:
        """Finished jobs that ended before ``before`` (running ones never qualify)."""
        query = jobs.select().where(
            jobs.c.status.in_(FINISHED),
            sa.func.coalesce(jobs.c.completed_at, jobs.c.created_at) < before,
        )
        with self.engine.connect() as connection:
            return [_job(r) for r in connection.execute(query).all()]

    def counts(self) -> dict[str, int]:
        """Jobs per status, for ``/health``."""
        query = sa.select(jobs.c.status, sa.func.count()).group_by(jobs.c.status)
        with self.engine.connect() as connection:
            return {str(s): int(n) for s, n in connection.execute(query).all()}
