"""Durable generation jobs: the SQL store that owns their state, and the workers that run leases.

The store (:mod:`lookalike.jobs.store`) is the single source of truth: a job
row holds its status, its progress (finished chunks) and a lease with a
fencing token. Workers (:mod:`lookalike.jobs.worker`) only execute leases; a
worker whose lease was taken over cannot commit, so a stale worker never
corrupts a job. Chunks are written atomically and recorded one by one
(:mod:`lookalike.jobs.runner`), so a job resumes from its last finished chunk.
"""

from lookalike.extras import check_installed

check_installed("sqlalchemy", "alembic", extra="server")
