"""What observers of a map are told after each stored change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from procesbouw.model import Entity, MapDetails


class Change(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    DETAILS = "details"  # the map's own details changed


@dataclass(frozen=True)
class MapEvent:
    """``entity`` is the new state (ADDED, CHANGED, DETAILS) or the removed one;
    ``old`` is the state before a CHANGED or DETAILS event."""

    change: Change
    entity: Entity | MapDetails
    old: Entity | MapDetails | None = None
