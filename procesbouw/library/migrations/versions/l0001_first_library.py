"""Library schema version 1: maps, their immutable versions with key figures, contents.

Frozen history: do not edit; change the schema with a new revision.

Revision ID: l0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "l0001"
down_revision = None
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _number(name: str, kind: type = sa.Float) -> sa.Column:
    return sa.Column(name, kind(), nullable=True)


def upgrade() -> None:
    op.create_table(
        "library_maps",
        sa.Column("id", sa.String(36), primary_key=True),
        _text("organisation"),
        _text("team"),
        _text("name"),
        sa.Column("latest_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("latest_version >= 1", name="latest_version"),
    )
    op.create_index("library_maps_names", "library_maps", ["organisation", "team", "name"])
    op.create_table(
        "library_versions",
        sa.Column("map_id", sa.String(36), sa.ForeignKey("library_maps.id"), primary_key=True),
        sa.Column("number", sa.Integer(), primary_key=True),
        _text("published_by"),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("app_version", sa.String(32), nullable=False),
        _text("organisation"),
        _text("team"),
        _text("name"),
        _text("facilitator"),
        sa.Column("session_date", sa.Date(), nullable=True),
        sa.Column("hours_per_day", sa.Float(), nullable=False),
        *(
            sa.Column(name, sa.Integer(), nullable=False)
            for name in (
                "step_count",
                "finding_count",
                "action_count",
                "photo_count",
                "snapshot_count",
            )
        ),  # fmt: skip
        _number("lead_time"),
        _number("lead_time_first_pass"),
        _number("process_time"),
        _number("flow_efficiency"),
        _number("rolled_ftr"),
        _number("handoffs", sa.Integer),
        sa.Column("first_label", sa.Text(), nullable=True),
        sa.Column("first_taken_on", sa.Date(), nullable=True),
        _number("first_lead_time"),
        _number("first_flow_efficiency"),
        _number("first_rolled_ftr"),
        _text("voices"),
        sa.CheckConstraint("number >= 1", name="number"),
    )
    op.create_table(
        "library_contents",
        sa.Column("map_id", sa.String(36), primary_key=True),
        sa.Column("number", sa.Integer(), primary_key=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["map_id", "number"], ["library_versions.map_id", "library_versions.number"]
        ),
    )


def downgrade() -> None:
    raise NotImplementedError("a team library is never downgraded")
