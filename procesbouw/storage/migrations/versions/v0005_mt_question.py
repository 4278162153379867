"""Schema version 5: the team's question to the management team on the map.

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
    # Plain ADD COLUMN: existing maps have no question yet.
    op.add_column(
        "map_details",
        sa.Column("mt_question", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    raise NotImplementedError("map files are never downgraded")
