"""The things on a process map, as plain Python.

Entities are frozen dataclasses: an edit replaces an entity with a changed copy,
which keeps undo simple (the old copy *is* the undo state) and makes two maps
comparable with ``==``. The map that holds them, and the rules an edit must
pass, are in ``procesbouw.model``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


def new_id() -> str:
    """A fresh, globally unique entity id."""
    return str(uuid.uuid4())


class ValidationError(ValueError):
    """An edit that would make the map invalid; the message says why, in Dutch.

    ``field`` names the offending field when there is one, so a form can mark it.
    ``message_en`` is the English text, where there is one (the UI and the CLI
    show it in English).
    """

    def __init__(
        self, message: str, field: str | None = None, message_en: str | None = None
    ) -> None:
        super().__init__(message)
        self.field = field
        if message_en is not None:
            self.message_en = message_en


class RoleKind(StrEnum):
    INTERNAL = "internal"
    CLIENT = "client"
    EXTERNAL = "external"


class FlowKind(StrEnum):
    HANDOFF = "handoff"
    REWORK = "rework"


class Voice(StrEnum):
    """Whose story a finding tells: voice of the customer, employee or business."""

    CUSTOMER = "customer"
    EMPLOYEE = "employee"
    BUSINESS = "business"


class ChangeForm(StrEnum):
    """The four forms of change of the facilitation method (see the BRIEF)."""

    IMPROVE = "improve"  # verbeteren
    RENEW = "renew"  # vernieuwen
    TRANSITION = "transition"  # transitie
    INNOVATE = "innovate"  # innovatie


class ActionStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"
    STOPPED = "stopped"


DEFAULT_ROLE_COLOUR = "#0055BF"  # LEGO blue
PHOTO_TYPES = ("image/png", "image/jpeg")


@dataclass(frozen=True)
class MapDetails:
    """The map's own details, shown on the report's cover."""

    name: str = "Nieuwe proceskaart"
    team: str = ""
    organisation: str = ""
    facilitator: str = ""
    session_date: date | None = None
    description: str = ""
    hours_per_day: float = 24.0  # length of a "day" when times are entered or shown
    # What the team asks of the management team, or the decisions it needs; page 1 of the report.
    mt_question: str = ""


@dataclass(frozen=True)
class Role:
    name: str
    kind: RoleKind = RoleKind.INTERNAL
    colour: str = DEFAULT_ROLE_COLOUR
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Step:
    name: str
    role_id: str | None = None
    process_minutes: float = 0.0
    wait_minutes: float = 0.0  # waiting before the step starts
    ftr_percent: float = 100.0
    note: str = ""
    x: float = 0.0
    y: float = 0.0
    # Measured in an event log (procesbouw log --into): medians in minutes, the
    # number of instances they come from and which log. None: never measured.
    measured_process_minutes: float | None = None
    measured_wait_minutes: float | None = None
    measured_count: int = 0
    measured_source: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Flow:
    source_id: str
    target_id: str
    kind: FlowKind = FlowKind.HANDOFF
    rework_share: float | None = None  # only for rework: share of cases that go back
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class RoleLink:
    """A connection between two roles that the team says exists."""

    role_a_id: str
    role_b_id: str
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Finding:
    """A "wanneer gaat het goed" story."""

    title: str
    story: str = ""
    voice: Voice = Voice.EMPLOYEE
    tags: tuple[str, ...] = ()
    step_ids: tuple[str, ...] = ()
    role_ids: tuple[str, ...] = ()
    flow_ids: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Action:
    """An experiment: a small next step the team chooses."""

    description: str
    owner: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    form: ChangeForm = ChangeForm.IMPROVE
    finding_ids: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Photo:
    """An image stored inside the map: of a finding, or of the whole build."""

    data: bytes = field(repr=False)
    mime: str = "image/jpeg"
    caption: str = ""
    finding_id: str | None = None  # None: a photo of the whole map
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Measure:
    """Something the team measures outside the map under one of the three voices
    ("verbondenheid in het team", 1–10): defined once per map."""

    name: str
    voice: Voice = Voice.EMPLOYEE
    unit: str = ""  # "1–10", "NPS", "€ per cliënt", "%"
    higher_is_better: bool = True
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Measurement:
    """One measured value of a measure: at a snapshot, or for the map as it stands now."""

    measure_id: str
    value: float
    snapshot_id: str | None = None  # None: the map now
    id: str = field(default_factory=new_id)
