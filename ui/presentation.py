"""Presentation mode for the projector: full screen, panels hidden, the canvas
fitted large and the key figures in large type over it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenuBar, QStatusBar, QToolBar

from ui.canvas.figures_banner import FiguresBanner
from ui.canvas.view import MapView


class PresentedWindow(Protocol):
    """What presentation mode needs of the main window (named here so the
    window can import this module, not the other way round)."""

    docks: dict[str, QDockWidget]
    view: MapView
    banner: FiguresBanner
    toolbar: QToolBar
    present_action: QAction
    leave_action: QAction

    def show_banner(self) -> None: ...

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...

    def saveState(self, version: int = 0) -> QByteArray: ...

    def restoreState(self, state: QByteArray, version: int = 0) -> bool: ...

    def showFullScreen(self) -> None: ...

    def showNormal(self) -> None: ...


class Presentation:
    def __init__(self, window: PresentedWindow) -> None:
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
