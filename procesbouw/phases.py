"""What a session's phase means for the room, as plain Python (no Qt).

Each phase decides what the audience sees: while the team builds, no analysis
(the team should not be steered by numbers yet); in *Verbindingen zien* the
hidden connections appear one at a time; in *Experimenten kiezen* and
*Afspraken* the chosen experiments are on screen. The facilitator can override
any of it; the override lasts until the phase changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from procesbouw.session import Phase, Session


@dataclass(frozen=True)
class AudienceView:
    """What the audience screen shows besides the map itself."""

    figures: bool = False  # the key figures in large type
    critical_path: bool = False
    bottleneck_heat: bool = False
    hotspots: bool = False  # steps named in "wanneer gaat het goed" stories
    hidden_connections: bool = False  # revealed one at a time
    experiments: bool = False  # the chosen experiments with their form of change
    agreements: bool = False  # experiments with who and when


_VIEWS: dict[Phase, AudienceView] = {
    Phase.BUILD: AudienceView(),
    Phase.STORIES: AudienceView(figures=True, hotspots=True),
    Phase.CONNECTIONS: AudienceView(figures=True, hidden_connections=True),
    Phase.EXPERIMENTS: AudienceView(
        figures=True, critical_path=True, bottleneck_heat=True, experiments=True
    ),
    Phase.AGREEMENTS: AudienceView(figures=True, experiments=True, agreements=True),
}


def audience_view(phase: Phase) -> AudienceView:
    """What the room sees in ``phase`` unless the facilitator overrides it."""
    return _VIEWS[phase]


RolePair = tuple[str, str]


def role_pair(role_a_id: str, role_b_id: str) -> RolePair:
    """The same pair whichever way round it is named."""
    return (min(role_a_id, role_b_id), max(role_a_id, role_b_id))


@dataclass
class Reveal:
    """Hidden connections shown one by one, in the order the analysis ranks them
    (most flows first). It remembers *which* pairs were shown, not how many, so
    an edit that adds or removes a hidden connection never shows or hides
    another one by surprise."""

    shown: list[RolePair] = field(default_factory=list)

    def visible(self, hidden: Iterable[RolePair]) -> list[RolePair]:
        """The pairs of ``hidden`` (in its order) that have been revealed."""
        shown = set(self.shown)
        return [pair for pair in hidden if role_pair(*pair) in shown]

    def next(self, hidden: Iterable[RolePair]) -> RolePair | None:
        """Reveal the first pair of ``hidden`` not yet shown; None when all are."""
        shown = set(self.shown)
        for pair in hidden:
            key = role_pair(*pair)
            if key not in shown:
                self.shown.append(key)
                return key
        return None

    def remaining(self, hidden: Iterable[RolePair]) -> int:
        shown = set(self.shown)
        return sum(1 for pair in hidden if role_pair(*pair) not in shown)

    def reset(self) -> None:
        self.shown.clear()


@dataclass(frozen=True)
class PhaseTime:
    """How a phase is doing against its plan, in minutes."""

    planned: float
    spent: float

    @property
    def remaining(self) -> float:
        return self.planned - self.spent

    @property
    def over(self) -> bool:
        """Time is up (the quiet signal: never a dialog)."""
        return self.spent >= self.planned


class PhaseClock:
    """The running timer of a session's current phase. ``now`` is any monotonic
    clock in seconds, passed in, so the logic is testable without waiting.

    Time counted while running is not in the session until ``take`` hands it
    over (on a phase change, a pause or closing the map)."""

    def __init__(self) -> None:
        self._started: float | None = None
        self._counted = 0.0  # seconds counted before the last (re)start

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self, now: float) -> None:
        if self._started is None:
            self._started = now

    def pause(self, now: float) -> None:
        if self._started is not None:
            self._counted += max(now - self._started, 0.0)
            self._started = None

    def seconds(self, now: float) -> float:
        """Seconds counted and not yet taken."""
        running = max(now - self._started, 0.0) if self._started is not None else 0.0
        return self._counted + running

    def take(self, now: float) -> float:
        """The minutes counted so far, and start counting again from zero."""
        seconds = self.seconds(now)
        self._counted = 0.0
        if self._started is not None:
            self._started = now
        return seconds / 60

    def phase_time(self, session: Session, now: float) -> PhaseTime:
        """The current phase's time: what the session holds plus what is counting."""
        phase = session.phase
        return PhaseTime(session.planned(phase), session.spent(phase) + self.seconds(now) / 60)


def moved_to(session: Session, phase: Phase, minutes_counted: float) -> Session:
    """``session`` in ``phase``, with the minutes counted in the phase it leaves."""
    return replace(session.with_time_spent(session.phase, minutes_counted), phase=phase)
