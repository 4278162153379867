"""The rules an entity must pass in a map: names given, times not negative, a flow
between two existing steps, a finding that links only to what exists.

The rules that hold for a field whatever the map (its type, a sane length or
size) come first, in ``procesbouw.field_rules``; ``ProcessMap`` applies both
before any change. A snapshot's rule sits beside ``Snapshot`` in ``model``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Container, Iterable
from typing import Protocol

from procesbouw.entities import (
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
)
from procesbouw.field_rules import check_fields
from procesbouw.session import Session, session_problem


class MapContents(Protocol):
    """What the rules look up in the map an entity is checked for."""

    roles: dict[str, Role]
    steps: dict[str, Step]
    flows: dict[str, Flow]
    role_links: dict[str, RoleLink]
    findings: dict[str, Finding]
    measures: dict[str, Measure]

    @property
    def snapshots(self) -> Container[str]: ...

    def flow_between(self, source_id: str, target_id: str) -> Flow | None: ...

    def measurement_of(self, measure_id: str, snapshot_id: str | None) -> Measurement | None: ...


_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def require_text(value: str, message: str, field_name: str, message_en: str) -> None:
    """A name or title must say something: not empty, not only spaces."""
    if not value or not value.strip():
        raise ValidationError(message, field_name, message_en)


def _require_minutes(value: float, label: str, field_name: str) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValidationError(f"{label} moet een getal zijn.", field_name)
    if value < 0:
        raise ValidationError(f"{label} kan niet negatief zijn.", field_name)


def _require_known(known: Container[str], noun: str, ids: Iterable[str], field_name: str) -> None:
    ids = list(ids)
    for eid in ids:
        if eid not in known:
            raise ValidationError(f"Verwijst naar een {noun} die niet bestaat.", field_name)
    if len(set(ids)) != len(ids):
        raise ValidationError(f"Dezelfde {noun} staat er twee keer in.", field_name)


def check_details(details: MapDetails) -> None:
    check_fields(details)
    require_text(details.name, "Geef de proceskaart een naam.", "name", "Give the map a name.")
    hours = details.hours_per_day
    if not isinstance(hours, int | float) or not math.isfinite(hours) or not 0 < hours <= 24:
        raise ValidationError(
            "Een werkdag duurt meer dan 0 en hooguit 24 uur.",
            "hours_per_day",
            "A working day lasts more than 0 and at most 24 hours.",
        )


def check_role(pm: MapContents, role: Role) -> None:
    require_text(role.name, "Geef de rol een naam.", "name", "Give the role a name.")
    if not _COLOUR.match(role.colour):
        raise ValidationError("Een kleur is een code als #0055BF.", "colour")
    RoleKind(role.kind)


def check_step(pm: MapContents, step: Step) -> None:
    require_text(step.name, "Geef de stap een naam.", "name", "Give the step a name.")
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


def check_flow(pm: MapContents, flow: Flow) -> None:
    if flow.source_id not in pm.steps or flow.target_id not in pm.steps:
        raise ValidationError(
            "Een overdracht loopt tussen twee bestaande stappen.",
            "target_id",
            "A handoff runs between two existing steps.",
        )
    if flow.source_id == flow.target_id:
        raise ValidationError(
            "Een stap kan niet aan zichzelf overdragen.",
            "target_id",
            "A step cannot hand off to itself.",
        )
    other = pm.flow_between(flow.source_id, flow.target_id)
    if other is not None and other.id != flow.id:
        raise ValidationError(
            "Deze overdracht bestaat al.", "target_id", "This handoff already exists."
        )
    kind = FlowKind(flow.kind)
    if kind is FlowKind.REWORK:
        share = flow.rework_share
        if share is None or not isinstance(share, int | float) or not 0 < share < 1:
            raise ValidationError(
                "Het deel dat terug gaat ligt tussen 0 en 100% (niet precies 0 of 100).",
                "rework_share",
                "The share that goes back lies between 0 and 100% (not exactly 0 or 100).",
            )
    elif flow.rework_share is not None:
        raise ValidationError(
            "Alleen een terugkoppeling heeft een deel dat terug gaat.",
            "rework_share",
            "Only a rework flow has a share that goes back.",
        )


def check_role_link(pm: MapContents, link: RoleLink) -> None:
    if link.role_a_id not in pm.roles or link.role_b_id not in pm.roles:
        raise ValidationError(
            "Een rolverbinding loopt tussen twee bestaande rollen.",
            "role_b_id",
            "A role link runs between two existing roles.",
        )
    if link.role_a_id == link.role_b_id:
        raise ValidationError(
            "Een rol kan niet met zichzelf verbonden zijn.",
            "role_b_id",
            "A role cannot be linked to itself.",
        )
    pair = {link.role_a_id, link.role_b_id}
    for other in pm.role_links.values():
        if other.id != link.id and {other.role_a_id, other.role_b_id} == pair:
            raise ValidationError(
                "Deze rolverbinding bestaat al.", "role_b_id", "This role link already exists."
            )


def check_finding(pm: MapContents, finding: Finding) -> None:
    require_text(
        finding.title, "Geef de bevinding een titel.", "title", "Give the finding a title."
    )
    Voice(finding.voice)
    if any(not tag.strip() for tag in finding.tags):
        raise ValidationError(
            "Een kenmerk mag niet leeg zijn.", "tags", "A condition tag cannot be empty."
        )
    _require_known(pm.steps, "stap", finding.step_ids, "step_ids")
    _require_known(pm.roles, "rol", finding.role_ids, "role_ids")
    _require_known(pm.flows, "overdracht", finding.flow_ids, "flow_ids")


def check_action(pm: MapContents, action: Action) -> None:
    require_text(
        action.description, "Beschrijf het experiment.", "description", "Describe the experiment."
    )
    ChangeForm(action.form)
    ActionStatus(action.status)
    _require_known(pm.findings, "bevinding", action.finding_ids, "finding_ids")


def check_photo(pm: MapContents, photo: Photo) -> None:
    if not photo.data:
        raise ValidationError("De foto is leeg.", "data")
    if photo.mime not in PHOTO_TYPES:
        raise ValidationError("Alleen PNG- en JPEG-foto's worden ondersteund.", "mime")
    if photo.finding_id is not None and photo.finding_id not in pm.findings:
        raise ValidationError("Deze bevinding bestaat niet.", "finding_id")


def check_session(pm: MapContents, session: Session) -> None:
    problem = session_problem(session)
    if problem is not None:
        raise ValidationError(*problem)


def check_measure(pm: MapContents, measure: Measure) -> None:
    require_text(measure.name, "Geef de meting een naam.", "name", "Give the measure a name.")


def check_measurement(pm: MapContents, measurement: Measurement) -> None:
    if measurement.measure_id not in pm.measures:
        raise ValidationError("Verwijst naar een meting die niet bestaat.", "measure_id")
    if measurement.snapshot_id is not None and measurement.snapshot_id not in pm.snapshots:
        raise ValidationError("Verwijst naar een momentopname die niet bestaat.", "snapshot_id")
    if isinstance(measurement.value, bool):
        raise ValidationError("Een meetwaarde is een getal.", "value")
    same = pm.measurement_of(measurement.measure_id, measurement.snapshot_id)
    if same is not None and same.id != measurement.id:
        raise ValidationError("Deze meting heeft hier al een waarde.", "value")
