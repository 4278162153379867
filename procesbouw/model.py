"""The process map: one team's process and every change made to it.

``ProcessMap`` validates every change before it touches anything, so a refused
edit leaves the map exactly as it was. The entities themselves live in
``procesbouw.entities`` and are re-exported here, where callers have always
found them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, TypeAlias

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
from procesbouw.session import Session, session_problem

__all__ = [
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

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


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
# In dependency order: an entity only points to kinds before it.
ENTITY_TYPES: tuple[type, ...] = (
    Role, Step, Flow, RoleLink, Finding, Action, Photo, Snapshot, Session, Measure, Measurement,
)  # fmt: skip


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


def _collection_name(kind: type) -> str:
    return {
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
    }[kind]


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
        result: dict[str, Any] = getattr(self, _collection_name(kind))
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


# -- validation rules ----------------------------------------------------------


def _require_text(value: str, message: str, field_name: str) -> None:
    if not value or not value.strip():
        raise ValidationError(message, field_name)


def _require_minutes(value: float, label: str, field_name: str) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValidationError(f"{label} moet een getal zijn.", field_name)
    if value < 0:
        raise ValidationError(f"{label} kan niet negatief zijn.", field_name)


def _require_known(pm: ProcessMap, kind: type, ids: Iterable[str], field_name: str) -> None:
    ids = list(ids)
    collection = pm.collection(kind)
    for eid in ids:
        if eid not in collection:
            raise ValidationError(f"Verwijst naar een {_NOUN[kind]} die niet bestaat.", field_name)
    if len(set(ids)) != len(ids):
        raise ValidationError(f"Dezelfde {_NOUN[kind]} staat er twee keer in.", field_name)


def check_details(details: MapDetails) -> None:
    check_fields(details)
    _require_text(details.name, "Geef de proceskaart een naam.", "name")
    hours = details.hours_per_day
    if not isinstance(hours, int | float) or not math.isfinite(hours) or not 0 < hours <= 24:
        raise ValidationError("Een werkdag duurt meer dan 0 en hooguit 24 uur.", "hours_per_day")


def _check_role(pm: ProcessMap, role: Role) -> None:
    _require_text(role.name, "Geef de rol een naam.", "name")
    if not _COLOUR.match(role.colour):
        raise ValidationError("Een kleur is een code als #0055BF.", "colour")
    RoleKind(role.kind)


def _check_step(pm: ProcessMap, step: Step) -> None:
    _require_text(step.name, "Geef de stap een naam.", "name")
    _require_minutes(step.process_minutes, "Bewerkingstijd", "process_minutes")
    _require_minutes(step.wait_minutes, "Wachttijd", "wait_minutes")
    ftr = step.ftr_percent
    if not isinstance(ftr, int | float) or not math.isfinite(ftr) or not 0 <= ftr <= 100:
        raise ValidationError("First-time-right ligt tussen 0 en 100%.", "ftr_percent")
    if not (math.isfinite(step.x) and math.isfinite(step.y)):
        raise ValidationError("Ongeldige positie.", "x")
    if step.role_id is not None and step.role_id not in pm.roles:
        raise ValidationError("Deze rol bestaat niet.", "role_id")
    for value, label, name in (
        (step.measured_process_minutes, "Gemeten bewerkingstijd", "measured_process_minutes"),
        (step.measured_wait_minutes, "Gemeten wachttijd", "measured_wait_minutes"),
    ):
        if value is not None:
            _require_minutes(value, label, name)
    count = step.measured_count
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise ValidationError("Het aantal metingen is een heel getal, 0 of meer.", "measured_count")
    if not isinstance(step.measured_source, str):
        raise ValidationError("De bron van een meting is tekst.", "measured_source")


def _check_flow(pm: ProcessMap, flow: Flow) -> None:
    if flow.source_id not in pm.steps or flow.target_id not in pm.steps:
        raise ValidationError("Een overdracht loopt tussen twee bestaande stappen.", "target_id")
    if flow.source_id == flow.target_id:
        raise ValidationError("Een stap kan niet aan zichzelf overdragen.", "target_id")
    other = pm.flow_between(flow.source_id, flow.target_id)
    if other is not None and other.id != flow.id:
        raise ValidationError("Deze overdracht bestaat al.", "target_id")
    kind = FlowKind(flow.kind)
    if kind is FlowKind.REWORK:
        share = flow.rework_share
        if share is None or not isinstance(share, int | float) or not 0 < share < 1:
            raise ValidationError(
                "Het deel dat terug gaat ligt tussen 0 en 100% (niet precies 0 of 100).",
                "rework_share",
            )
    elif flow.rework_share is not None:
        raise ValidationError(
            "Alleen een terugkoppeling heeft een deel dat terug gaat.", "rework_share"
        )


def _check_role_link(pm: ProcessMap, link: RoleLink) -> None:
    if link.role_a_id not in pm.roles or link.role_b_id not in pm.roles:
        raise ValidationError("Een rolverbinding loopt tussen twee bestaande rollen.", "role_b_id")
    if link.role_a_id == link.role_b_id:
        raise ValidationError("Een rol kan niet met zichzelf verbonden zijn.", "role_b_id")
    pair = {link.role_a_id, link.role_b_id}
    for other in pm.role_links.values():
        if other.id != link.id and {other.role_a_id, other.role_b_id} == pair:
            raise ValidationError("Deze rolverbinding bestaat al.", "role_b_id")


def _check_finding(pm: ProcessMap, finding: Finding) -> None:
    _require_text(finding.title, "Geef de bevinding een titel.", "title")
    Voice(finding.voice)
    if any(not tag.strip() for tag in finding.tags):
        raise ValidationError("Een kenmerk mag niet leeg zijn.", "tags")
    _require_known(pm, Step, finding.step_ids, "step_ids")
    _require_known(pm, Role, finding.role_ids, "role_ids")
    _require_known(pm, Flow, finding.flow_ids, "flow_ids")


def _check_action(pm: ProcessMap, action: Action) -> None:
    _require_text(action.description, "Beschrijf het experiment.", "description")
    ChangeForm(action.form)
    ActionStatus(action.status)
    _require_known(pm, Finding, action.finding_ids, "finding_ids")


def _check_photo(pm: ProcessMap, photo: Photo) -> None:
    if not photo.data:
        raise ValidationError("De foto is leeg.", "data")
    if photo.mime not in PHOTO_TYPES:
        raise ValidationError("Alleen PNG- en JPEG-foto's worden ondersteund.", "mime")
    if photo.finding_id is not None and photo.finding_id not in pm.findings:
        raise ValidationError("Deze bevinding bestaat niet.", "finding_id")


def _check_snapshot(pm: ProcessMap, snapshot: Snapshot) -> None:
    _require_text(snapshot.label, "Geef de momentopname een naam.", "label")
    content = snapshot.content
    if content.snapshots or content.photos or content.sessions or content.measures:
        raise ValidationError(
            "Een momentopname bevat geen foto's, sessies of andere momentopnamen."
        )


def _check_session(pm: ProcessMap, session: Session) -> None:
    problem = session_problem(session)
    if problem is not None:
        raise ValidationError(*problem)


def _check_measure(pm: ProcessMap, measure: Measure) -> None:
    _require_text(measure.name, "Geef de meting een naam.", "name")


def _check_measurement(pm: ProcessMap, measurement: Measurement) -> None:
    if measurement.measure_id not in pm.measures:
        raise ValidationError("Verwijst naar een meting die niet bestaat.", "measure_id")
    if measurement.snapshot_id is not None and measurement.snapshot_id not in pm.snapshots:
        raise ValidationError("Verwijst naar een momentopname die niet bestaat.", "snapshot_id")
    if isinstance(measurement.value, bool):
        raise ValidationError("Een meetwaarde is een getal.", "value")
    same = pm.measurement_of(measurement.measure_id, measurement.snapshot_id)
    if same is not None and same.id != measurement.id:
        raise ValidationError("Deze meting heeft hier al een waarde.", "value")


_CHECKS: dict[type, Any] = {
    Role: _check_role,
    Step: _check_step,
    Flow: _check_flow,
    RoleLink: _check_role_link,
    Finding: _check_finding,
    Action: _check_action,
    Photo: _check_photo,
    Snapshot: _check_snapshot,
    Session: _check_session,
    Measure: _check_measure,
    Measurement: _check_measurement,
}


def changed(entity: Entity, **changes: Any) -> Entity:
    """A copy of ``entity`` with ``changes``; unknown field names are an error."""
    names = {f.name for f in fields(entity)}
    unknown = set(changes) - names
    if unknown:
        raise TypeError(f"unknown fields for {type(entity).__name__}: {sorted(unknown)}")
    return replace(entity, **changes)
