"""Presentation mode for the projector: full screen, panels hidden, the canvas
fitted large and the key figures in large type over it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Presentation:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.active = False
        self._layout_before = QByteArray()

    def toggle(self) -> None:
        window = self.window
        self.active = not self.active
        bars = (window.toolbar, window.menuBar(), window.statusBar())
        if self.active:
            self._layout_before = window.saveState()
            for dock in window.docks.values():
                dock.hide()
            for bar in bars:
                bar.hide()
            window.showFullScreen()
            window.view.fit()
            window.show_banner()
            window.banner.show()
        else:
            window.banner.hide()
            for bar in bars:
                bar.show()
            window.restoreState(self._layout_before)
            window.showNormal()
        window.present_action.setChecked(self.active)
        window.leave_action.setEnabled(self.active)

    def leave(self) -> None:
        if self.active:
            self.toggle()
