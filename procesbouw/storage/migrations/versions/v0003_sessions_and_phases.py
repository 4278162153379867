"""Schema version 3: live sessions, the method's phase each reached and minutes per phase.

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


def _minutes_per_phase(table: str, check: str, check_name: str) -> None:
    op.create_table(
        table,
        sa.Column(
            "session_id",
            sa.String(36),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "position"),
        sa.CheckConstraint(check, name=check_name),
    )


def upgrade() -> None:
    # New tables only: a map from version 2 simply has had no sessions yet.
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.CheckConstraint(
            "phase IN ('build', 'stories', 'connections', 'experiments', 'agreements')",
            name="phase",
        ),
    )
    op.create_index("ix_sessions_position", "sessions", ["position"])
    _minutes_per_phase("session_planned", "minutes > 0", "positive")
    _minutes_per_phase("session_spent", "minutes >= 0", "not_negative")


def downgrade() -> None:
    raise NotImplementedError("map files are never downgraded")
