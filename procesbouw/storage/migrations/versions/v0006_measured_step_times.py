"""Schema version 6: figures measured in an event log on each step.

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
    # Plain ADD COLUMN (no table copy): every existing step was never measured.
    op.add_column("steps", sa.Column("measured_process_minutes", sa.Float(), nullable=True))
    op.add_column("steps", sa.Column("measured_wait_minutes", sa.Float(), nullable=True))
    op.add_column(
        "steps", sa.Column("measured_count", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "steps", sa.Column("measured_source", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    raise NotImplementedError("map files are never downgraded")
