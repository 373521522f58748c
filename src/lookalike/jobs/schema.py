"""The job store's tables (SQLAlchemy Core); migrations in ``migrations/`` create them."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

#: Jobs: state, progress and lease. Times are UTC epoch seconds (portable, sortable).
jobs = sa.Table(
    "jobs",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("owner", sa.String(64), nullable=False, index=True),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("spec", sa.Text, nullable=False),  # resolved spec JSON: seed and time pinned
    sa.Column("format", sa.String(64), nullable=False),  # comma-separated formats
    sa.Column("compression", sa.String(8)),
    sa.Column("chunk_rows", sa.BigInteger, nullable=False),
    sa.Column("total_rows", sa.BigInteger, nullable=False),
    sa.Column("total_chunks", sa.Integer, nullable=False),
    sa.Column("chunks_completed", sa.Integer, nullable=False, default=0),
    sa.Column("rows_generated", sa.BigInteger, nullable=False, default=0),
    sa.Column("output_bytes", sa.BigInteger),  # appended output: bytes of the current table
    # Bytes the job's kept outputs take (or will: the estimate until it completes); what
    # counts against its key's storage limit.
    sa.Column("stored_bytes", sa.BigInteger),
    sa.Column("error", sa.Text),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("lease_owner", sa.String(128)),
    sa.Column("lease_expires", sa.Float),
    sa.Column("fence", sa.BigInteger, nullable=False, default=0),
    sa.Column("idempotency_key", sa.String(200)),
    sa.Column("request_hash", sa.String(64)),  # what the idempotency key was used for
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("started_at", sa.Float),
    sa.Column("completed_at", sa.Float),
    sa.UniqueConstraint("owner", "idempotency_key", name="uq_jobs_owner_idempotency"),
)

#: API keys, stored only as SHA-256 hashes of their secret part.
api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("secret_hash", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("revoked", sa.Boolean, nullable=False, default=False),
    sa.Column("created_by", sa.String(16)),  # the key that made it; null: the command line
)

#: Custom templates, saved per key.
templates = sa.Table(
    "templates",
    metadata,
    sa.Column("owner", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(63), primary_key=True),
    sa.Column("description", sa.Text),
    sa.Column("spec", sa.Text, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
)

#: A stream in progress holds a slot; its server renews it while the stream runs, so a
#: killed server's slots lapse on their own. Counting slots is the per-key stream limit,
#: the same for every server sharing the store.
stream_slots = sa.Table(
    "stream_slots",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("owner", sa.String(64), nullable=False, index=True),
    sa.Column("instance", sa.String(128), nullable=False),  # the server's host:pid:start
    sa.Column("expires", sa.Float, nullable=False),  # the store's clock, epoch seconds
)

#: Requests counted per bucket (a key, or an address that sent a bad key) and fixed window.
rate_counters = sa.Table(
    "rate_counters",
    metadata,
    sa.Column("bucket", sa.String(100), primary_key=True),
    sa.Column("window", sa.BigInteger, primary_key=True),  # epoch seconds // window length
    sa.Column("hits", sa.Integer, nullable=False),
)

#: Facts about the store itself, e.g. the id of the data directory its servers share.
store_info = sa.Table(
    "store_info",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
