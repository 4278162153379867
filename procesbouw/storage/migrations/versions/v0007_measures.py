"""Schema version 7: the three voices, measured: measures and their values.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: an existing map simply has no measures yet.
    op.create_table(
        "measures",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("voice", sa.String(16), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("higher_is_better", sa.Boolean(), nullable=False),
        sa.CheckConstraint("voice IN ('customer', 'employee', 'business')", name="voice"),
    )
    op.create_table(
        "measurements",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.String(36), sa.ForeignKey("measures.id"), nullable=False),
        sa.Column("snapshot_id", sa.String(36), sa.ForeignKey("snapshots.id"), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
    )
    op.create_index("ix_measures_position", "measures", ["position"])
    op.create_index("ix_measurements_position", "measurements", ["position"])


def downgrade() -> None:
    raise NotImplementedError("map files are never downgraded")
