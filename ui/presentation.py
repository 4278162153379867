"""Presenting to the room: the audience window on the projector when there are two
screens; with one screen, the same window full screen over the main window.

The main window itself is never resized or re-arranged for it, so leaving
(Esc or F5 on the audience window, F5 on the main window) brings it back exactly
as it was: maximised stays maximised, docks stay where they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QScreen

from ui.canvas.scene import MapScene
from ui.live_analysis import LiveAnalysis
from ui.room.session_control import SessionControl

if TYPE_CHECKING:
    from ui.room.audience_window import AudienceWindow


class PresentedWindow(Protocol):
    """What presenting needs of the main window (named here so the window can
    import this module, not the other way round)."""

    scene: MapScene
    live_analysis: LiveAnalysis
    session: SessionControl
    present_action: QAction
    leave_action: QAction

    def screen(self) -> QScreen: ...

    def activateWindow(self) -> None: ...


class Presentation(QObject):
    """``active_changed``: the audience window opened (True) or closed (False)."""

    active_changed = Signal(bool)

    def __init__(self, window: PresentedWindow) -> None:
        super().__init__()
        self.window = window
        self.audience: AudienceWindow | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.name_action)
            app.screenRemoved.connect(self.name_action)

    @property
    def active(self) -> bool:
        return self.audience is not None

    def projector(self) -> QScreen | None:
        """The screen the room looks at: another one than the main window's, the largest."""
        own = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not own]
        return max(others, key=lambda s: s.size().width() * s.size().height(), default=None)

    def name_action(self, *_: object) -> None:
        action = self.window.present_action
        if self.projector() is not None:
            action.setText(self.tr("Projectorscherm"))
        else:
            action.setText(self.tr("Presentatiemodus"))

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.show()

    def show(self) -> None:
        if self.audience is not None:
            return
        window = self.window
        projector = self.projector()
        screen = projector or window.screen()
        # Loaded when the room first sees it, not with every map's window.
        from ui.room.audience_window import AudienceWindow

        audience = AudienceWindow(window.scene, window.live_analysis, window.session)
        audience.leave_requested.connect(self.leave)
        audience.setScreen(screen)
        audience.setGeometry(screen.geometry())
        audience.showFullScreen()
        self.audience = audience
        if projector is None:  # it covers the main window: it takes the keys (Esc)
            audience.activateWindow()
            audience.setFocus()
        window.present_action.setChecked(True)
        window.leave_action.setEnabled(projector is None)
        self.active_changed.emit(True)

    def leave(self) -> None:
        if self.audience is None:
            return
        audience, self.audience = self.audience, None
        audience.close()
        audience.deleteLater()
        self.window.present_action.setChecked(False)
        self.window.leave_action.setEnabled(False)
        self.window.activateWindow()
        self.active_changed.emit(False)
