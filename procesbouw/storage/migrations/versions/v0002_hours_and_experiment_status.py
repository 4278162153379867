"""Schema version 2: hours per working day on the map; due date and status of experiments.

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
    # Plain ADD COLUMN (no table copy): existing rows get what version 1 implied,
    # i.e. 24-hour days and experiments that are still planned.
    op.add_column(
        "map_details",
        sa.Column("hours_per_day", sa.Float(), nullable=False, server_default="24.0"),
    )
    op.add_column("actions", sa.Column("due", sa.Date(), nullable=True))
    op.add_column(
        "actions", sa.Column("status", sa.String(16), nullable=False, server_default="planned")
    )


def downgrade() -> None:
    raise NotImplementedError("map files are never downgraded")
