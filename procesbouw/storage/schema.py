"""The tables of a map file (schema version 7), as SQLAlchemy Core tables.

One table per kind of entity, each with a ``position`` column that keeps the
map's insertion order (a reopened map iterates in the same order). The tuples
inside findings and actions live in association tables with foreign keys and
a position, so the database itself refuses a link to something that is gone.
CHECK constraints repeat the model's simplest rules, so a file edited by
another tool cannot smuggle in a negative time.

Core, not the ORM: rows are read and written as plain statements
(``records``), and importing ``sqlalchemy.orm`` and declaring classes cost
~100 ms before a map's first window could paint.

These tables describe the *current* schema (``tables.SCHEMA_VERSION``); the
Alembic revisions in ``migrations/versions`` build it step by step and a test
proves both agree. Reading a map needs only the names (``tables``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _id() -> Column[str]:
    return Column("id", String(36), primary_key=True)


def _position(primary_key: bool = False) -> Column[int]:
    """The row's place in the map's order (``primary_key`` in association tables)."""
    if primary_key:
        return Column("position", Integer, primary_key=True)
    return Column("position", Integer, nullable=False, index=True)


def _text(name: str, server_default: str | None = None) -> Column[str]:
    return Column(name, Text, nullable=False, server_default=server_default)


def _word(name: str, server_default: str | None = None) -> Column[str]:
    """A short code (a kind, a voice, a form): one of a few words."""
    return Column(name, String(16), nullable=False, server_default=server_default)


def _owner(name: str, table: str) -> Column[str]:
    """The entity an association row belongs to; the row goes when it goes."""
    return Column(name, String(36), ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True)


def _link(name: str, table: str, nullable: bool = False, index: bool = True) -> Column[str]:
    return Column(name, String(36), ForeignKey(f"{table}.id"), nullable=nullable, index=index)


def _tuple_rows(
    name: str, owner: str, owner_table: str, *value: Column[Any] | CheckConstraint
) -> Table:
    """The rows of a tuple field (a finding's steps, a session's minutes): its owner,
    the place in the tuple and the value."""
    return Table(name, metadata, _owner(owner, owner_table), _position(primary_key=True), *value)


# The map's own details: exactly one row, id 1.
map_details = Table(
    "map_details",
    metadata,
    Column("id", Integer, primary_key=True),
    _text("name"),
    _text("team"),
    _text("organisation"),
    _text("facilitator"),
    Column("session_date", Date),
    _text("description"),
    Column("hours_per_day", Float, nullable=False, server_default="24.0"),  # since v2
    _text("mt_question", server_default=""),  # since v5
    CheckConstraint("id = 1", name="one_row"),
)

roles = Table(
    "roles",
    metadata,
    _id(),
    _position(),
    _text("name"),
    _word("kind"),
    Column("colour", String(7), nullable=False),
    CheckConstraint("kind IN ('internal', 'client', 'external')", name="kind"),
)

steps = Table(
    "steps",
    metadata,
    _id(),
    _position(),
    _text("name"),
    _link("role_id", "roles", nullable=True),
    Column("process_minutes", Float, nullable=False),
    Column("wait_minutes", Float, nullable=False),
    Column("ftr_percent", Float, nullable=False),
    _text("note"),
    Column("x", Float, nullable=False),
    Column("y", Float, nullable=False),
    # Since v6: figures measured in an event log (NULL: never measured).
    Column("measured_process_minutes", Float),
    Column("measured_wait_minutes", Float),
    Column("measured_count", Integer, nullable=False, server_default="0"),
    _text("measured_source", server_default=""),
    CheckConstraint("process_minutes >= 0 AND wait_minutes >= 0", name="times"),
    CheckConstraint("ftr_percent BETWEEN 0 AND 100", name="ftr"),
)

flows = Table(
    "flows",
    metadata,
    _id(),
    _position(),
    _link("source_id", "steps"),
    _link("target_id", "steps"),
    _word("kind"),
    Column("rework_share", Float),
    CheckConstraint("source_id <> target_id", name="not_to_itself"),
    CheckConstraint(
        "(kind = 'handoff' AND rework_share IS NULL)"
        " OR (kind = 'rework' AND rework_share > 0 AND rework_share < 1)",
        name="kind_share",
    ),
)

role_links = Table(
    "role_links",
    metadata,
    _id(),
    _position(),
    _link("role_a_id", "roles"),
    _link("role_b_id", "roles"),
    _text("note"),
    CheckConstraint("role_a_id <> role_b_id", name="two_roles"),
)

findings = Table(
    "findings",
    metadata,
    _id(),
    _position(),
    _text("title"),
    _text("story"),
    _word("voice"),
    CheckConstraint("voice IN ('customer', 'employee', 'business')", name="voice"),
)

finding_tags = _tuple_rows("finding_tags", "finding_id", "findings", _text("tag"))

finding_steps = _tuple_rows("finding_steps", "finding_id", "findings", _link("step_id", "steps"))

finding_roles = _tuple_rows("finding_roles", "finding_id", "findings", _link("role_id", "roles"))

finding_flows = _tuple_rows("finding_flows", "finding_id", "findings", _link("flow_id", "flows"))

actions = Table(
    "actions",
    metadata,
    _id(),
    _position(),
    _text("description"),
    _text("owner"),
    _word("form"),
    Column("due", Date),  # since v2
    _word("status", server_default="planned"),  # since v2
    CheckConstraint("form IN ('improve', 'renew', 'transition', 'innovate')", name="form"),
)

action_findings = _tuple_rows(
    "action_findings", "action_id", "actions", _link("finding_id", "findings")
)

photos = Table(
    "photos",
    metadata,
    _id(),
    _position(),
    _link("finding_id", "findings", nullable=True),
    Column("mime", String(32), nullable=False),
    _text("caption"),
    Column("data", LargeBinary, nullable=False),
)

# ``content`` is the frozen map as JSON text (``procesbouw.serialize``): data only.
snapshots = Table(
    "snapshots",
    metadata,
    _id(),
    _position(),
    _text("label"),
    Column("taken_on", Date, nullable=False),
    _text("content"),
)

# A live session (since v3): its phase; minutes per phase in the two tables below.
sessions = Table(
    "sessions",
    metadata,
    _id(),
    _position(),
    Column("held_on", Date, nullable=False),
    _word("phase"),
    CheckConstraint(
        "phase IN ('build', 'stories', 'connections', 'experiments', 'agreements')",
        name="phase",
    ),
)

# Minutes planned for each phase; ``position`` is the phase's place in the method.
session_planned = _tuple_rows(
    "session_planned",
    "session_id",
    "sessions",
    Column("minutes", Float, nullable=False),
    CheckConstraint("minutes > 0", name="positive"),
)

# Minutes spent in each phase so far.
session_spent = _tuple_rows(
    "session_spent",
    "session_id",
    "sessions",
    Column("minutes", Float, nullable=False),
    CheckConstraint("minutes >= 0", name="not_negative"),
)

# Where the map came from in a team library (since v4): at most one row, id 1.
# ``library`` is the library's address without a password; ``version`` the library
# version this file was opened as or last published as.
library_origin = Table(
    "library_origin",
    metadata,
    Column("id", Integer, primary_key=True),
    _text("library"),
    Column("map_id", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    CheckConstraint("id = 1", name="one_row"),
    CheckConstraint("version >= 1", name="version"),
)

# A measure of one of the three voices (since v7).
measures = Table(
    "measures",
    metadata,
    _id(),
    _position(),
    _text("name"),
    _word("voice"),
    _text("unit"),
    Column("higher_is_better", Boolean, nullable=False),
    CheckConstraint("voice IN ('customer', 'employee', 'business')", name="voice"),
)

# A measured value (since v7): at a snapshot, or (``snapshot_id`` NULL) for the map now.
measurements = Table(
    "measurements",
    metadata,
    _id(),
    _position(),
    _link("measure_id", "measures", index=False),
    _link("snapshot_id", "snapshots", nullable=True, index=False),
    Column("value", Float, nullable=False),
)
