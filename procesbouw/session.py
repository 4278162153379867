"""A live session and the method's phases, as plain data.

A session follows the rhythm of the facilitation method: build the current
process, tell the "wanneer gaat het goed" stories, see the hidden connections,
choose experiments, make agreements. The map keeps each session (the phase it
reached and the minutes planned and spent per phase), so a team that reopens
its map months later sees how the session went.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum


class Phase(StrEnum):
    """The method's phases, in the order a session goes through them."""

    BUILD = "build"  # Bouwen
    STORIES = "stories"  # Wanneer gaat het goed?
    CONNECTIONS = "connections"  # Verbindingen zien
    EXPERIMENTS = "experiments"  # Experimenten kiezen
    AGREEMENTS = "agreements"  # Afspraken


PHASES: tuple[Phase, ...] = tuple(Phase)
DEFAULT_PLANNED_MINUTES: tuple[float, ...] = (45.0, 30.0, 20.0, 30.0, 15.0)
NO_MINUTES_SPENT: tuple[float, ...] = (0.0,) * len(PHASES)
MAX_PLANNED_MINUTES = 8 * 60.0  # a phase longer than a working day is a typing error


@dataclass(frozen=True)
class Session:
    """One session with the team: the phase it is in, and per phase (in ``PHASES``
    order) the minutes the facilitator planned and the minutes spent so far."""

    held_on: date
    phase: Phase = Phase.BUILD
    planned_minutes: tuple[float, ...] = DEFAULT_PLANNED_MINUTES
    spent_minutes: tuple[float, ...] = NO_MINUTES_SPENT
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def planned(self, phase: Phase) -> float:
        return self.planned_minutes[PHASES.index(phase)]

    def spent(self, phase: Phase) -> float:
        return self.spent_minutes[PHASES.index(phase)]

    def with_time_spent(self, phase: Phase, minutes: float) -> Session:
        """This session with ``minutes`` more spent in ``phase``."""
        spent = list(self.spent_minutes)
        spent[PHASES.index(phase)] += max(minutes, 0.0)
        return replace(self, spent_minutes=tuple(spent))

    def with_planned(self, phase: Phase, minutes: float) -> Session:
        planned = list(self.planned_minutes)
        planned[PHASES.index(phase)] = minutes
        return replace(self, planned_minutes=tuple(planned))


def with_time_kept(session: Session, stored: Session) -> Session:
    """``session`` with the minutes already spent in ``stored`` (the same session)
    where those are more. Time spent is a fact: undoing a phase change or a plan
    moves the phase or the plan back, never the clock."""
    spent = tuple(
        max(a, b) for a, b in zip(session.spent_minutes, stored.spent_minutes, strict=True)
    )
    return replace(session, spent_minutes=spent)


def next_phase(phase: Phase) -> Phase | None:
    """The phase after ``phase``, or None after the last one."""
    index = PHASES.index(phase) + 1
    return PHASES[index] if index < len(PHASES) else None


def previous_phase(phase: Phase) -> Phase | None:
    index = PHASES.index(phase) - 1
    return PHASES[index] if index >= 0 else None


def session_problem(session: Session) -> tuple[str, str] | None:
    """Why ``session`` cannot be stored, as (Dutch message, field name), or None."""
    if not isinstance(session.held_on, date):
        return "Een sessie heeft een datum.", "held_on"
    if session.phase not in PHASES:
        return "Onbekende fase.", "phase"
    for name, values in (
        ("planned_minutes", session.planned_minutes),
        ("spent_minutes", session.spent_minutes),
    ):
        if not isinstance(values, tuple) or len(values) != len(PHASES):
            return f"Een sessie heeft precies {len(PHASES)} fasen.", name
        for value in values:
            if not _is_number(value) or value < 0:
                return "Een tijd per fase is een getal van 0 of meer minuten.", name
    if any(not 0 < value <= MAX_PLANNED_MINUTES for value in session.planned_minutes):
        return "Een fase duurt meer dan 0 minuten en hooguit 8 uur.", "planned_minutes"
    return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
