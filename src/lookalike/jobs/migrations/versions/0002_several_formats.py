"""Jobs may write several formats: widen ``jobs.format`` (a comma-separated list).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """``format`` VARCHAR(16) -> VARCHAR(64)."""
    with op.batch_alter_table("jobs") as batch:
        batch.alter_column("format", type_=sa.String(64), existing_type=sa.String(16))


def downgrade() -> None:
    """Back to VARCHAR(16) (jobs with several formats must be gone first)."""
    with op.batch_alter_table("jobs") as batch:
        batch.alter_column("format", type_=sa.String(16), existing_type=sa.String(64))
