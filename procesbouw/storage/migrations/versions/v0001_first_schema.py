"""Schema version 1: the first map files (Procesbouw 0.1 development builds).

Frozen history: do not edit; change the schema with a new revision.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from procesbouw.storage.tables import APPLICATION_ID

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.String(36), primary_key=True)


def _ref(name: str, target: str, nullable: bool = False, cascade: bool = False) -> sa.Column:
    key = sa.ForeignKey(target, ondelete="CASCADE" if cascade else None)
    return sa.Column(name, sa.String(36), key, nullable=nullable)


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _links(table: str, owner: str, owner_table: str, column: sa.Column, index: bool) -> None:
    op.create_table(
        table,
        _ref(owner, f"{owner_table}.id", cascade=True),
        sa.Column("position", sa.Integer(), nullable=False),
        column,
        sa.PrimaryKeyConstraint(owner, "position"),
    )
    if index:
        op.create_index(f"ix_{table}_{column.name}", table, [column.name])


def upgrade() -> None:
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "map_details",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("name"),
        _text("team"),
        _text("organisation"),
        _text("facilitator"),
        sa.Column("session_date", sa.Date(), nullable=True),
        _text("description"),
        sa.CheckConstraint("id = 1", name="one_row"),
    )
    op.create_table(
        "roles",
        _id(),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("name"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.CheckConstraint("kind IN ('internal', 'client', 'external')", name="kind"),
    )
    op.create_table(
        "steps",
        _id(),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("name"),
        _ref("role_id", "roles.id", nullable=True),
        sa.Column("process_minutes", sa.Float(), nullable=False),
        sa.Column("wait_minutes", sa.Float(), nullable=False),
        sa.Column("ftr_percent", sa.Float(), nullable=False),
        _text("note"),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.CheckConstraint("process_minutes >= 0 AND wait_minutes >= 0", name="times"),
        sa.CheckConstraint("ftr_percent BETWEEN 0 AND 100", name="ftr"),
    )
    op.create_index("ix_steps_role_id", "steps", ["role_id"])
    op.create_table(
        "flows",
        _id(),
        sa.Column("position", sa.Integer(), nullable=False),
        _ref("source_id", "steps.id"),
        _ref("target_id", "steps.id"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("rework_share", sa.Float(), nullable=True),
        sa.CheckConstraint("source_id <> target_id", name="not_to_itself"),
        sa.CheckConstraint(
            "(kind = 'handoff' AND rework_share IS NULL)"
            " OR (kind = 'rework' AND rework_share > 0 AND rework_share < 1)",
            name="kind_share",
        ),
    )
    op.create_index("ix_flows_source_id", "flows", ["source_id"])
    op.create_index("ix_flows_target_id", "flows", ["target_id"])
    op.create_table(
        "role_links",
        _id(),
        sa.Column("position", sa.Integer(), nullable=False),
        _ref("role_a_id", "roles.id"),
        _ref("role_b_id", "roles.id"),
        _text("note"),
        sa.CheckConstraint("role_a_id <> role_b_id", name="two_roles"),
    )
    op.create_index("ix_role_links_role_a_id", "role_links", ["role_a_id"])
    op.create_index("ix_role_links_role_b_id", "role_links", ["role_b_id"])
    op.create_table(
        "findings",
        _id(),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("title"),
        _text("story"),
        sa.Column("voice", sa.String(16), nullable=False),
        sa.CheckConstraint("voice IN ('customer', 'employee', 'business')", name="voice"),
    )
    _links("finding_tags", "finding_id", "findings", _text("tag"), index=False)
    _links("finding_steps", "finding_id", "findings", _ref("step_id", "steps.id"), index=True)
    _links("finding_roles", "finding_id", "findings", _ref("role_id", "roles.id"), index=True)
    _links("finding_flows", "finding_id", "findings", _ref("flow_id", "flows.id"), index=True)
    op.create_table(
        "actions",
        _id(),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("description"),
        _text("owner"),
        sa.Column("form", sa.String(16), nullable=False),
        sa.CheckConstraint("form IN ('improve', 'renew', 'transition', 'innovate')", name="form"),
    )
    _links("action_findings", "action_id", "actions", _ref("finding_id", "findings.id"), index=True)
    op.create_table(
        "photos",
        _id(),
        sa.Column("position", sa.Integer(), nullable=False),
        _ref("finding_id", "findings.id", nullable=True),
        sa.Column("mime", sa.String(32), nullable=False),
        _text("caption"),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_photos_finding_id", "photos", ["finding_id"])
    op.create_table(
        "snapshots",
        _id(),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("label"),
        sa.Column("taken_on", sa.Date(), nullable=False),
        _text("content"),
    )
    for table in ("roles", "steps", "flows", "role_links", "findings", "actions", "photos",
                  "snapshots"):  # fmt: skip
        op.create_index(f"ix_{table}_position", table, ["position"])


def downgrade() -> None:
    raise NotImplementedError("map files are never downgraded")
