"""Schema version 4: where a map came from in a team library (library, map, version).

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
    # A new table, nothing else touched: a map that never met a library has no row.
    op.create_table(
        "library_origin",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("library", sa.Text(), nullable=False),
        sa.Column("map_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name="one_row"),
        sa.CheckConstraint("version >= 1", name="version"),
    )


def downgrade() -> None:
    raise NotImplementedError("map files are never downgraded")
