"""API keys remember which key created them (null: made on the command line).

The web page's Keys screen lets a signed-in key create keys of its own and see
and revoke only those (and itself); keys made with ``lookalike keys create``
belong to nobody and are managed on the command line.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``api_keys.created_by`` (the creating key's id, or null)."""
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("created_by", sa.String(16), nullable=True))


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("created_by")
