"""The live session: its phase, the running timer, what the audience sees and
which hidden connections have been revealed.

The phase and the planned minutes are map data (``procesbouw.session``) and
change only through undoable edits. The minutes spent are stored as they are
counted (every ``RECORD_EVERY_SECONDS`` while the clock runs, and on a pause, a
phase change or closing), outside the undo stack: a crash loses at most that
much, and Ctrl+Z never undoes time. The reveal and the facilitator's override of
the audience view are state of this sitting only.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from procesbouw.events import MapEvent
from procesbouw.phases import (
    AudienceView,
    PhaseClock,
    PhaseTime,
    Reveal,
    RolePair,
    audience_view,
    moved_to,
)
from procesbouw.session import Phase, Session, next_phase, previous_phase
from ui.document import MapDocument
from ui.panels.wording import phase_label

TICK_MS = 1000
RECORD_EVERY_SECONDS = 30.0


class SessionControl(QObject):
    """``changed``: phase, plan, view or reveal changed; ``ticked``: a second passed
    while the clock runs; ``time_up``: the current phase reached its planned time
    (once per phase: the quiet signal, never a dialog)."""

    changed = Signal()
    ticked = Signal()
    time_up = Signal(object)

    def __init__(self, document: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = PhaseClock()
        self.reveal = Reveal()
        self._override: AudienceView | None = None
        self._unsaved = Session(date.today())  # until the facilitator starts the session
        self._announced: Phase | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.changed.emit)

    # -- reading ------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        """The map's latest session, or a fresh one not stored yet."""
        sessions = self.document.map.sessions
        return next(reversed(sessions.values())) if sessions else self._unsaved

    @property
    def phase(self) -> Phase:
        return self.session.phase

    @property
    def overridden(self) -> bool:
        return self._override is not None

    def view(self) -> AudienceView:
        """What the audience sees now: the phase's choice or the facilitator's."""
        return self._override or audience_view(self.phase)

    def phase_time(self) -> PhaseTime:
        return self.clock.phase_time(self.session, time.monotonic())

    @property
    def running(self) -> bool:
        return self.clock.running

    # -- the facilitator's moves ---------------------------------------------------------

    def go_to(self, phase: Phase) -> None:
        """Move the session to ``phase``; the minutes counted go to the phase left."""
        if phase == self.phase or self.document.read_only:
            return
        minutes = self.clock.take(time.monotonic())
        self._store(moved_to(self.session, phase, minutes), self.tr("Fase: %1"), phase)
        self._override = None
        self._announced = None
        self.changed.emit()

    def forward(self) -> None:
        following = next_phase(self.phase)
        if following is not None:
            self.go_to(following)

    def back(self) -> None:
        earlier = previous_phase(self.phase)
        if earlier is not None:
            self.go_to(earlier)

    def set_planned(self, phase: Phase, minutes: float) -> None:
        if self.document.read_only or self.session.planned(phase) == minutes:
            return
        self._store(
            self.session.with_planned(phase, minutes), self.tr("Tijd voor %1 wijzigen"), phase
        )
        self._announced = None
        self.changed.emit()

    def start(self) -> None:
        if self.document.read_only:
            return
        self._keep_session()
        self.clock.start(time.monotonic())
        self._timer.start()
        self.changed.emit()

    def pause(self) -> None:
        """Stop the clock and store the minutes it counted."""
        self.clock.pause(time.monotonic())
        self._timer.stop()
        self.record_time()
        self.changed.emit()

    def record_time(self) -> None:
        """Store the minutes counted and not yet stored (while running, on a pause,
        when closing): a measurement, not an edit, so not on the undo stack."""
        if self.document.read_only:
            return
        minutes = self.clock.take(time.monotonic())
        if minutes >= 1 / 60:
            self.document.record(self.session.with_time_spent(self.phase, minutes))

    def set_override(self, view: AudienceView | None) -> None:
        """The facilitator's own choice of what the audience sees (None: the phase's)."""
        self._override = None if view == audience_view(self.phase) else view
        self.changed.emit()

    def toggle_in_view(self, name: str, shown: bool) -> None:
        self.set_override(replace(self.view(), **{name: shown}))

    def reveal_next(self, hidden: list[RolePair]) -> RolePair | None:
        """Show the next hidden connection of ``hidden`` (in its order)."""
        pair = self.reveal.next(hidden)
        if pair is not None:
            self.changed.emit()
        return pair

    # -- inside -------------------------------------------------------------------------

    def _store(self, session: Session, text: str, phase: Phase) -> None:
        self._keep_session()
        if session.id not in self.document.map.sessions:
            return  # the file refused the session; the document has said why
        with self.document.edit(text.replace("%1", phase_label(phase))) as edit:
            edit.replace(session)

    def _keep_session(self) -> None:
        """Store the fresh session itself, outside the undo stack: undoing its first
        phase change or plan must not take the session and the time it holds."""
        if self.session is self._unsaved:
            self.document.record(self._unsaved)

    def _tick(self) -> None:
        if self.clock.seconds(time.monotonic()) >= RECORD_EVERY_SECONDS:
            self.record_time()
        self.ticked.emit()
        if self.phase_time().over and self._announced != self.phase:
            self._announced = self.phase
            self.time_up.emit(self.phase)

    def _on_changed(self, event: MapEvent) -> None:
        if isinstance(event.entity, Session):
            self.changed.emit()  # an undo or redo of a phase change
