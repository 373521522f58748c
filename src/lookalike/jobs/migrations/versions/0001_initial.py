"""Jobs, API keys and templates.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the three tables."""
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("spec", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("compression", sa.String(8)),
        sa.Column("chunk_rows", sa.BigInteger, nullable=False),
        sa.Column("total_rows", sa.BigInteger, nullable=False),
        sa.Column("total_chunks", sa.Integer, nullable=False),
        sa.Column("chunks_completed", sa.Integer, nullable=False),
        sa.Column("rows_generated", sa.BigInteger, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("lease_owner", sa.String(128)),
        sa.Column("lease_expires", sa.Float),
        sa.Column("fence", sa.BigInteger, nullable=False),
        sa.Column("idempotency_key", sa.String(200)),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("started_at", sa.Float),
        sa.Column("completed_at", sa.Float),
        sa.UniqueConstraint("owner", "idempotency_key", name="uq_jobs_owner_idempotency"),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False),
    )
    op.create_table(
        "templates",
        sa.Column("owner", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(63), primary_key=True),
        sa.Column("description", sa.Text),
        sa.Column("spec", sa.Text, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_table("templates")
    op.drop_table("api_keys")
    op.drop_table("jobs")
