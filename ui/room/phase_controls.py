"""The phase bar in the main window, and what the room's phase decides there.

While presenting, the canvas overlays are the room's (one scene, shown in the
window and on the audience screen) until the facilitator ticks one of them;
afterwards the facilitator's own choice comes back. PgDown reveals the next
hidden connection; a phase out of time is said in the status bar.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStatusBar, QToolBar, QWidget

from procesbouw.session import Phase
from ui.canvas.scene import Overlays
from ui.panels.wording import phase_label
from ui.room.phase_bar import PhaseBar

if TYPE_CHECKING:  # named for the window's shape only
    from ui.live_analysis import LiveAnalysis
    from ui.panels.analysis import AnalysisPanel
    from ui.presentation import Presentation
    from ui.room.session_control import SessionControl


class PhaseWindow(Protocol):
    """What the phase controls need of the main window (named here so the window
    can import this module, not the other way round)."""

    session: SessionControl
    presentation: Presentation
    analysis_panel: AnalysisPanel
    live_analysis: LiveAnalysis

    def addToolBarBreak(self) -> None: ...
    def addToolBar(self, toolbar: QToolBar) -> None: ...
    def statusBar(self) -> QStatusBar: ...


class PhaseControls(QObject):
    """Puts the phase bar on its own toolbar row of ``window`` and follows the phase."""

    def __init__(self, window: PhaseWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.session = window.session
        self.presentation = window.presentation
        self.panel = window.analysis_panel
        window.addToolBarBreak()
        parent: QWidget = window  # type: ignore[assignment]
        self.bar = PhaseBar(self.session, parent)
        window.addToolBar(self.bar)
        self.bar.reveal_action.setShortcut(QKeySequence("PgDown"))
        self.bar.reveal_requested.connect(self.reveal_next)
        self.session.time_up.connect(self._time_up)
        self.session.changed.connect(self._phase_overlays)
        self.panel.overlays_changed.connect(self._overlays_chosen)
        self.presentation.active_changed.connect(self._presenting)
        self.presentation.name_action()
        self._own_overlays = self.panel.overlays()
        self._applying_overlays = False

    def reveal_next(self) -> None:
        """The next hidden connection on the audience screen (PgDown, a clicker's key)."""
        analysis = self.window.live_analysis.latest
        if analysis is not None:
            pairs = [(c.role_a_id, c.role_b_id) for c in analysis.hidden_connections]
            self.session.reveal_next(pairs)

    def _presenting(self, active: bool) -> None:
        if active:
            self._own_overlays = self.panel.overlays()
            self._phase_overlays()
        else:
            self._show_overlays(self._own_overlays)

    def _phase_overlays(self) -> None:
        if not self.presentation.active:
            return
        view = self.session.view()
        self._show_overlays(Overlays(view.critical_path, view.bottleneck_heat, view.hotspots))

    def _show_overlays(self, overlays: Overlays) -> None:
        panel = self.panel
        self._applying_overlays = True  # not the facilitator's choice: no override
        try:
            for box, shown in (
                (panel.critical_box, overlays.critical_path),
                (panel.heat_box, overlays.bottleneck_heat),
                (panel.hotspot_box, overlays.hotspots),
            ):
                if box.isChecked() != shown:
                    box.setChecked(shown)
        finally:
            self._applying_overlays = False

    def _overlays_chosen(self, overlays: Overlays) -> None:
        """The facilitator ticked an overlay while presenting: that overrides the phase."""
        if not self.presentation.active or self._applying_overlays:
            return
        view = self.session.view()
        chosen = replace(
            view,
            critical_path=overlays.critical_path,
            bottleneck_heat=overlays.bottleneck_heat,
            hotspots=overlays.hotspots,
        )
        if chosen != view:
            self.session.set_override(chosen)

    def _time_up(self, phase: Phase) -> None:
        self.window.statusBar().showMessage(
            self.tr("De tijd voor %1 is om.").replace("%1", phase_label(phase)), 15000
        )
