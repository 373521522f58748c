"""Limits kept in the store: stream slots, request counters, stored bytes per job, and the
id of the data directory the store's servers share.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``jobs.stored_bytes`` and the ``stream_slots``, ``rate_counters`` and
    ``store_info`` tables."""
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("stored_bytes", sa.BigInteger, nullable=True))
    op.create_table(
        "stream_slots",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False, index=True),
        sa.Column("instance", sa.String(128), nullable=False),
        sa.Column("expires", sa.Float, nullable=False),
    )
    op.create_table(
        "rate_counters",
        sa.Column("bucket", sa.String(100), primary_key=True),
        sa.Column("window", sa.BigInteger, primary_key=True),
        sa.Column("hits", sa.Integer, nullable=False),
    )
    op.create_table(
        "store_info",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_table("store_info")
    op.drop_table("rate_counters")
    op.drop_table("stream_slots")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("stored_bytes")
