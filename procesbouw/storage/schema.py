"""The tables of a map file (schema version 6), as SQLAlchemy typed declarative models.

One table per kind of entity, each with a ``position`` column that keeps the
map's insertion order (a reopened map iterates in the same order). The tuples
inside findings and actions live in association tables with foreign keys and
a position, so the database itself refuses a link to something that is gone.
CHECK constraints repeat the model's simplest rules, so a file edited by
another tool cannot smuggle in a negative time.

These models describe the *current* schema; the Alembic revisions in
``migrations/versions`` build it step by step and a test proves both agree.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# PRAGMA application_id of every map file: "PBKT" (ProcesBouw KaarT) in ASCII.
APPLICATION_ID = 0x50424B54
SCHEMA_VERSION = 7  # the Alembic head revision is "0007"


class Base(DeclarativeBase):
    pass


class DetailsRow(Base):
    """The map's own details: exactly one row, id 1."""

    __tablename__ = "map_details"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    team: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text)
    facilitator: Mapped[str] = mapped_column(Text)
    session_date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    hours_per_day: Mapped[float] = mapped_column(Float, server_default="24.0")  # since v2
    mt_question: Mapped[str] = mapped_column(Text, server_default="")  # since v5


class RoleRow(Base):
    __tablename__ = "roles"
    __table_args__ = (CheckConstraint("kind IN ('internal', 'client', 'external')", name="kind"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    colour: Mapped[str] = mapped_column(String(7))


class StepRow(Base):
    __tablename__ = "steps"
    __table_args__ = (
        CheckConstraint("process_minutes >= 0 AND wait_minutes >= 0", name="times"),
        CheckConstraint("ftr_percent BETWEEN 0 AND 100", name="ftr"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(Text)
    role_id: Mapped[str | None] = mapped_column(ForeignKey("roles.id"), index=True)
    process_minutes: Mapped[float] = mapped_column(Float)
    wait_minutes: Mapped[float] = mapped_column(Float)
    ftr_percent: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    # Since v6: figures measured in an event log (NULL: never measured).
    measured_process_minutes: Mapped[float | None] = mapped_column(Float)
    measured_wait_minutes: Mapped[float | None] = mapped_column(Float)
    measured_count: Mapped[int] = mapped_column(Integer, server_default="0")
    measured_source: Mapped[str] = mapped_column(Text, server_default="")


class FlowRow(Base):
    __tablename__ = "flows"
    __table_args__ = (
        CheckConstraint("source_id <> target_id", name="not_to_itself"),
        CheckConstraint(
            "(kind = 'handoff' AND rework_share IS NULL)"
            " OR (kind = 'rework' AND rework_share > 0 AND rework_share < 1)",
            name="kind_share",
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("steps.id"), index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("steps.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    rework_share: Mapped[float | None] = mapped_column(Float)


class RoleLinkRow(Base):
    __tablename__ = "role_links"
    __table_args__ = (CheckConstraint("role_a_id <> role_b_id", name="two_roles"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    role_a_id: Mapped[str] = mapped_column(ForeignKey("roles.id"), index=True)
    role_b_id: Mapped[str] = mapped_column(ForeignKey("roles.id"), index=True)
    note: Mapped[str] = mapped_column(Text)


class FindingRow(Base):
    __tablename__ = "findings"
    __table_args__ = (
        CheckConstraint("voice IN ('customer', 'employee', 'business')", name="voice"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(Text)
    story: Mapped[str] = mapped_column(Text)
    voice: Mapped[str] = mapped_column(String(16))


class FindingTagRow(Base):
    __tablename__ = "finding_tags"
    finding_id: Mapped[str] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    tag: Mapped[str] = mapped_column(Text)


class FindingStepRow(Base):
    __tablename__ = "finding_steps"
    finding_id: Mapped[str] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    step_id: Mapped[str] = mapped_column(ForeignKey("steps.id"), index=True)


class FindingRoleRow(Base):
    __tablename__ = "finding_roles"
    finding_id: Mapped[str] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[str] = mapped_column(ForeignKey("roles.id"), index=True)


class FindingFlowRow(Base):
    __tablename__ = "finding_flows"
    finding_id: Mapped[str] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    flow_id: Mapped[str] = mapped_column(ForeignKey("flows.id"), index=True)


class ActionRow(Base):
    __tablename__ = "actions"
    __table_args__ = (
        CheckConstraint("form IN ('improve', 'renew', 'transition', 'innovate')", name="form"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text)
    form: Mapped[str] = mapped_column(String(16))
    due: Mapped[date | None] = mapped_column(Date)  # since v2
    status: Mapped[str] = mapped_column(String(16), server_default="planned")  # since v2


class ActionFindingRow(Base):
    __tablename__ = "action_findings"
    action_id: Mapped[str] = mapped_column(
        ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[str] = mapped_column(ForeignKey("findings.id"), index=True)


class PhotoRow(Base):
    __tablename__ = "photos"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("findings.id"), index=True)
    mime: Mapped[str] = mapped_column(String(32))
    caption: Mapped[str] = mapped_column(Text)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SnapshotRow(Base):
    """``content`` is the frozen map as JSON text (``procesbouw.serialize``): data only."""

    __tablename__ = "snapshots"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    label: Mapped[str] = mapped_column(Text)
    taken_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)


class SessionRow(Base):
    """A live session (since v3): its phase; minutes per phase in the two tables below."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(
            "phase IN ('build', 'stories', 'connections', 'experiments', 'agreements')",
            name="phase",
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    held_on: Mapped[date] = mapped_column(Date)
    phase: Mapped[str] = mapped_column(String(16))


class SessionPlannedRow(Base):
    """Minutes planned for each phase; ``position`` is the phase's place in the method."""

    __tablename__ = "session_planned"
    __table_args__ = (CheckConstraint("minutes > 0", name="positive"),)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    minutes: Mapped[float] = mapped_column(Float)


class SessionSpentRow(Base):
    """Minutes spent in each phase so far."""

    __tablename__ = "session_spent"
    __table_args__ = (CheckConstraint("minutes >= 0", name="not_negative"),)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    minutes: Mapped[float] = mapped_column(Float)


class LibraryOriginRow(Base):
    """Where the map came from in a team library (since v4): at most one row, id 1.

    ``library`` is the library's address without a password; ``version`` the
    library version this file was opened as or last published as."""

    __tablename__ = "library_origin"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("version >= 1", name="version"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    library: Mapped[str] = mapped_column(Text)
    map_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)


class MeasureRow(Base):
    """A measure of one of the three voices (since v7)."""

    __tablename__ = "measures"
    __table_args__ = (
        CheckConstraint("voice IN ('customer', 'employee', 'business')", name="voice"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(Text)
    voice: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(Text)
    higher_is_better: Mapped[bool] = mapped_column(Boolean)


class MeasurementRow(Base):
    """A measured value (since v7): at a snapshot, or (``snapshot_id`` NULL) for the map now."""

    __tablename__ = "measurements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(index=True)
    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"))
    snapshot_id: Mapped[str | None] = mapped_column(ForeignKey("snapshots.id"))
    value: Mapped[float] = mapped_column(Float)
