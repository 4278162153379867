"""The map file's tables by name: which table holds each kind of entity, and which
association tables hold the tuples inside one.

Plain names, no SQLAlchemy: opening a map reads it through the bare ``sqlite3``
driver (``reading``), so the first window can paint before SQLAlchemy (~150 ms
to import) is loaded. ``schema`` declares the same tables with their columns for
writing and migrating; a test keeps both in agreement.
"""

from __future__ import annotations

from procesbouw.model import (
    Action,
    Finding,
    Flow,
    Measure,
    Measurement,
    Photo,
    Role,
    RoleLink,
    Snapshot,
    Step,
)
from procesbouw.session import Session

# PRAGMA application_id of every map file: "PBKT" (ProcesBouw KaarT) in ASCII.
APPLICATION_ID = 0x50424B54
SCHEMA_VERSION = 7  # the Alembic head revision is "0007"

DETAILS = "map_details"  # exactly one row, id 1
ORIGIN = "library_origin"  # at most one row: where the file came from in a team library

# Kind → its table, in dependency order: an entity only points to earlier kinds.
ENTITIES: dict[type, str] = {
    Role: "roles",
    Step: "steps",
    Flow: "flows",
    RoleLink: "role_links",
    Finding: "findings",
    Action: "actions",
    Photo: "photos",
    Snapshot: "snapshots",
    Session: "sessions",
    Measure: "measures",
    Measurement: "measurements",
}

# Tuple fields stored as association rows: kind → field → (table, owner column,
# value column); each association table also has a ``position``.
LINKS: dict[type, dict[str, tuple[str, str, str]]] = {
    Finding: {
        "tags": ("finding_tags", "finding_id", "tag"),
        "step_ids": ("finding_steps", "finding_id", "step_id"),
        "role_ids": ("finding_roles", "finding_id", "role_id"),
        "flow_ids": ("finding_flows", "finding_id", "flow_id"),
    },
    Action: {
        "finding_ids": ("action_findings", "action_id", "finding_id"),
    },
    Session: {
        "planned_minutes": ("session_planned", "session_id", "minutes"),
        "spent_minutes": ("session_spent", "session_id", "minutes"),
    },
}
