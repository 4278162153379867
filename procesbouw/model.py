"""The process map: one team's process and every change made to it.

``ProcessMap`` validates every change before it touches anything (the rules of
``field_rules`` and ``map_rules``), so a refused edit leaves the map exactly as
it was. The entities themselves live in
``procesbouw.entities`` and are re-exported here, where callers have always
found them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, TypeAlias

from procesbouw import map_rules
from procesbouw.entities import (
    DEFAULT_ROLE_COLOUR,
    PHOTO_TYPES,
    Action,
    ActionStatus,
    ChangeForm,
    Finding,
    Flow,
    FlowKind,
    MapDetails,
    Measure,
    Measurement,
    Photo,
    Role,
    RoleKind,
    RoleLink,
    Step,
    ValidationError,
    Voice,
    new_id,
)
from procesbouw.field_rules import check_fields
from procesbouw.map_rules import check_details
from procesbouw.session import Session

__all__ = [
    "COLLECTIONS",
    "DEFAULT_ROLE_COLOUR",
    "ENTITY_TYPES",
    "PHOTO_TYPES",
    "Action",
    "ActionStatus",
    "ChangeForm",
    "Entity",
    "Finding",
    "Flow",
    "FlowKind",
    "InUseError",
    "MapDetails",
    "Measure",
    "Measurement",
    "Photo",
    "ProcessMap",
    "Role",
    "RoleKind",
    "RoleLink",
    "Session",
    "Snapshot",
    "Step",
    "ValidationError",
    "Voice",
    "changed",
    "check_details",
    "new_id",
]


@dataclass(frozen=True)
class Snapshot:
    """A frozen copy of the map (without photos and snapshots) for comparison."""

    label: str
    taken_on: date
    content: ProcessMap = field(repr=False, compare=True)
    id: str = field(default_factory=new_id)


Entity: TypeAlias = (
    Role | Step | Flow | RoleLink | Finding | Action | Photo | Snapshot | Session
    | Measure | Measurement
)  # fmt: skip
# Each kind → the collection of ``ProcessMap`` that holds it, in dependency order:
# an entity only points to kinds before it.
COLLECTIONS: dict[type, str] = {
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
ENTITY_TYPES: tuple[type, ...] = tuple(COLLECTIONS)


class InUseError(ValidationError):
    """Removing an entity that others still point to (``dependents``)."""

    def __init__(self, message: str, dependents: list[Entity]) -> None:
        super().__init__(message)
        self.dependents = dependents


# The Dutch word for each kind of entity, for messages.
_NOUN = {
    Role: "rol",
    Step: "stap",
    Flow: "overdracht",
    RoleLink: "rolverbinding",
    Finding: "bevinding",
    Action: "experiment",
    Photo: "foto",
    Snapshot: "momentopname",
    Session: "sessie",
    Measure: "meting",
    Measurement: "meetwaarde",
}


@dataclass
class ProcessMap:
    """One team's process. Change it only through ``add``, ``replace``,
    ``remove`` and ``set_details``: they validate first and change nothing
    when they refuse."""

    details: MapDetails = field(default_factory=MapDetails)
    roles: dict[str, Role] = field(default_factory=dict)
    steps: dict[str, Step] = field(default_factory=dict)
    flows: dict[str, Flow] = field(default_factory=dict)
    role_links: dict[str, RoleLink] = field(default_factory=dict)
    findings: dict[str, Finding] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    photos: dict[str, Photo] = field(default_factory=dict)
    snapshots: dict[str, Snapshot] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)
    # The three voices, measured (not part of a snapshot's frozen content: a
    # measurement names its snapshot, or none for the map now).
    measures: dict[str, Measure] = field(default_factory=dict)
    measurements: dict[str, Measurement] = field(default_factory=dict)
    # (source, target) → flow id, so refusing a duplicate flow costs O(1), not a
    # scan of every flow (which made loading a 5,000-step map quadratic).
    _flow_pairs: dict[tuple[str, str], str] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._flow_pairs = {(f.source_id, f.target_id): f.id for f in self.flows.values()}

    def flow_between(self, source_id: str, target_id: str) -> Flow | None:
        """The flow from ``source_id`` to ``target_id``, if there is one."""
        flow_id = self._flow_pairs.get((source_id, target_id))
        flow = self.flows.get(flow_id) if flow_id else None
        if flow is None or (flow.source_id, flow.target_id) != (source_id, target_id):
            return None
        return flow

    # -- lookups ---------------------------------------------------------

    def collection(self, kind: type) -> dict[str, Any]:
        """The id → entity dict that holds entities of ``kind``."""
        result: dict[str, Any] = getattr(self, COLLECTIONS[kind])
        return result

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, of whatever kind, or None."""
        for kind in ENTITY_TYPES:
            found = self.collection(kind).get(entity_id)
            if found is not None:
                return found
        return None

    def flows_of(self, step_id: str) -> list[Flow]:
        return [f for f in self.flows.values() if step_id in (f.source_id, f.target_id)]

    def dependents(self, entity: Entity) -> list[Entity]:
        """The entities that point to ``entity`` and block its removal.

        Findings that merely *link* to a step, role or flow are included: the
        caller decides whether to unlink them (the UI does, undoably)."""
        eid = entity.id
        result: list[Entity] = []
        if isinstance(entity, Role):
            result += [s for s in self.steps.values() if s.role_id == eid]
            result += [
                link for link in self.role_links.values() if eid in (link.role_a_id, link.role_b_id)
            ]
            result += [f for f in self.findings.values() if eid in f.role_ids]
        elif isinstance(entity, Step):
            result += self.flows_of(eid)
            result += [f for f in self.findings.values() if eid in f.step_ids]
        elif isinstance(entity, Flow):
            result += [f for f in self.findings.values() if eid in f.flow_ids]
        elif isinstance(entity, Finding):
            result += [a for a in self.actions.values() if eid in a.finding_ids]
            result += [p for p in self.photos.values() if p.finding_id == eid]
        elif isinstance(entity, Measure):
            result += [m for m in self.measurements.values() if m.measure_id == eid]
        elif isinstance(entity, Snapshot):
            result += [m for m in self.measurements.values() if m.snapshot_id == eid]
        return result

    def measurement_of(self, measure_id: str, snapshot_id: str | None) -> Measurement | None:
        """The value of ``measure_id`` at ``snapshot_id`` (None: the map now), if measured."""
        for measurement in self.measurements.values():
            if (measurement.measure_id, measurement.snapshot_id) == (measure_id, snapshot_id):
                return measurement
        return None

    def index_of(self, entity_id: str) -> int:
        """Position of an entity in its collection (insertion order)."""
        entity = self.get(entity_id)
        if entity is None:
            raise KeyError(entity_id)
        return list(self.collection(type(entity))).index(entity_id)

    # -- edits -------------------------------------------------------------

    def add(self, entity: Entity, index: int | None = None) -> None:
        """Add a new entity, at ``index`` in its collection (default: the end)."""
        if self.get(entity.id) is not None:
            raise ValidationError(f"Er bestaat al iets met id {entity.id}.")
        self.check(entity)
        target = self.collection(type(entity))
        if isinstance(entity, Flow):
            self._flow_pairs[(entity.source_id, entity.target_id)] = entity.id
        if index is None or index >= len(target):
            target[entity.id] = entity
            return
        items = list(target.items())
        items.insert(max(index, 0), (entity.id, entity))
        target.clear()
        target.update(items)

    def replace(self, entity: Entity) -> Entity:
        """Replace the entity with the same id by ``entity``; returns the old one."""
        target = self.collection(type(entity))
        old = target.get(entity.id)
        if old is None:
            raise ValidationError(f"Deze {_NOUN[type(entity)]} bestaat niet (meer).")
        self.check(entity)
        target[entity.id] = entity
        if isinstance(entity, Flow):
            self._flow_pairs.pop((old.source_id, old.target_id), None)
            self._flow_pairs[(entity.source_id, entity.target_id)] = entity.id
        return old

    def remove(self, entity_id: str) -> tuple[Entity, int]:
        """Remove an entity nothing depends on; returns it and its former index."""
        entity = self.get(entity_id)
        if entity is None:
            raise ValidationError("Dit onderdeel bestaat niet (meer).")
        blocking = self.dependents(entity)
        if blocking:
            noun = _NOUN[type(entity)]
            raise InUseError(
                f"Deze {noun} is nog in gebruik door {len(blocking)} ander(e) onderde(e)l(en).",
                blocking,
            )
        index = self.index_of(entity_id)
        del self.collection(type(entity))[entity_id]
        if isinstance(entity, Flow):
            self._flow_pairs.pop((entity.source_id, entity.target_id), None)
        return entity, index

    def set_details(self, details: MapDetails) -> MapDetails:
        """Replace the map's details; returns the old ones."""
        check_details(details)
        old = self.details
        self.details = details
        return old

    # -- validation --------------------------------------------------------

    def check(self, entity: Entity) -> None:
        """Raise ValidationError if ``entity`` cannot be (or replace one) in this map."""
        check_fields(entity)
        checker = _CHECKS[type(entity)]
        checker(self, entity)

    def copy(self) -> ProcessMap:
        """An independent copy (entities are immutable, so sharing them is safe)."""
        result = self.content_copy()
        result.photos = dict(self.photos)
        result.snapshots = dict(self.snapshots)
        result.sessions = dict(self.sessions)
        result.measures = dict(self.measures)
        result.measurements = dict(self.measurements)
        return result

    def content_copy(self) -> ProcessMap:
        """A copy of what a snapshot freezes: everything but photos, snapshots and sessions."""
        result = ProcessMap(
            details=self.details,
            roles=dict(self.roles),
            steps=dict(self.steps),
            flows={},  # set below with their index, not rebuilt from every flow
            role_links=dict(self.role_links),
            findings=dict(self.findings),
            actions=dict(self.actions),
        )
        result.flows = dict(self.flows)
        result._flow_pairs = dict(self._flow_pairs)
        return result


def _check_snapshot(pm: ProcessMap, snapshot: Snapshot) -> None:
    # Here, not in ``map_rules``: a snapshot holds a whole ProcessMap.
    map_rules.require_text(
        snapshot.label, "Geef de momentopname een naam.", "label", "Give the snapshot a name."
    )
    content = snapshot.content
    if content.snapshots or content.photos or content.sessions or content.measures:
        raise ValidationError(
            "Een momentopname bevat geen foto's, sessies of andere momentopnamen."
        )


_CHECKS: dict[type, Any] = {
    Role: map_rules.check_role,
    Step: map_rules.check_step,
    Flow: map_rules.check_flow,
    RoleLink: map_rules.check_role_link,
    Finding: map_rules.check_finding,
    Action: map_rules.check_action,
    Photo: map_rules.check_photo,
    Snapshot: _check_snapshot,
    Session: map_rules.check_session,
    Measure: map_rules.check_measure,
    Measurement: map_rules.check_measurement,
}


def changed(entity: Entity, **changes: Any) -> Entity:
    """A copy of ``entity`` with ``changes``; unknown field names are an error."""
    names = {f.name for f in fields(entity)}
    unknown = set(changes) - names
    if unknown:
        raise TypeError(f"unknown fields for {type(entity).__name__}: {sorted(unknown)}")
    return replace(entity, **changes)
