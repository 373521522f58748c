"""Jobs remember a fingerprint of the request that made them.

A second request with the same ``Idempotency-Key`` but another body is then
refused instead of silently answered with the first job.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``jobs.request_hash`` (SHA-256 of the request, hex; null for older jobs)."""
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("request_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("request_hash")
