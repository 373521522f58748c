"""Jobs that append to their output file record how many bytes are in it.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``jobs.output_bytes``: the length of the current table's file at the last chunk."""
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("output_bytes", sa.BigInteger, nullable=True))


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("output_bytes")
