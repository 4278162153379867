"""The main window's size and dock layout: it always fits the screen it opens on,
and it remembers both per screen (a laptop alone and a laptop at a desk monitor
each get their own).

The first time on a screen the window opens maximised. On a small screen (a
1366×768 facilitator laptop) the panels share one column on the right (two
groups of tabs, each panel scrolling vertically), so the canvas keeps most of
the width and every panel still has room for its widest row.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDockWidget, QScrollArea

from ui import settings
from ui.panels.scrolling import scrolling

DEFAULT_SIZE = QSize(1400, 860)
COMPACT_BELOW = 1600  # available width under which the panels share one column
COMPACT_COLUMN = 440  # that column's width
FRAME_ALLOWANCE = QSize(16, 48)  # title bar and borders the window manager adds


class SizedWindow(Protocol):
    docks: dict[str, QDockWidget]

    def screen(self) -> QScreen: ...

    def saveGeometry(self) -> QByteArray: ...

    def restoreGeometry(self, geometry: QByteArray) -> bool: ...

    def saveState(self, version: int = 0) -> QByteArray: ...

    def restoreState(self, state: QByteArray, version: int = 0) -> bool: ...

    def setGeometry(self, rect: QRect) -> None: ...

    def frameGeometry(self) -> QRect: ...

    def geometry(self) -> QRect: ...

    def setWindowState(self, state: Qt.WindowState) -> None: ...

    def windowState(self) -> Qt.WindowState: ...

    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...

    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget) -> None: ...

    def splitDockWidget(
        self, first: QDockWidget, second: QDockWidget, orientation: Qt.Orientation
    ) -> None: ...

    def resizeDocks(
        self, docks: list[QDockWidget], sizes: list[int], orientation: Qt.Orientation
    ) -> None: ...


def screen_key(screen: QScreen) -> str:
    size = screen.size()
    return f"{screen.name() or 'screen'}-{size.width()}x{size.height()}"


class WindowSizing:
    def __init__(self, window: SizedWindow) -> None:
        self.window = window
        self.compact = False  # the panels share one column of tabs (a small screen)

    def restore(self) -> None:
        """Geometry and docks as last left on this screen, or a layout that fits it."""
        window = self.window
        screen = window.screen()
        key = screen_key(screen)
        available = screen.availableGeometry()
        geometry = settings.window_state(f"geometry/{key}")
        if geometry is None or not window.restoreGeometry(geometry):
            self._first_geometry(available)
        elif not (window.windowState() & Qt.WindowState.WindowMaximized):
            window.setGeometry(fitted(window.geometry(), available))
        state = settings.window_state(f"docks/{key}")
        restored = state is not None and window.restoreState(state)
        if available.width() < COMPACT_BELOW:
            if restored:  # the column as left on this screen; its panels scroll again
                self._scroll_panels()
                self.compact = True
            else:
                self.compact_docks()

    def _first_geometry(self, available: QRect) -> None:
        """Maximised, on any screen: the map is what the room looks at, so the
        canvas gets all the room there is. Un-maximised, a window that fits."""
        normal = QRect(QPoint(0, 0), DEFAULT_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE))
        normal.moveCenter(available.center())
        self.window.setGeometry(fitted(normal, available))
        self.window.setWindowState(Qt.WindowState.WindowMaximized)

    def compact_docks(self) -> None:
        """All panels in one column on the right, in two groups of tabs: the
        analysis and the session's panels above, roles (in front, as in the wide
        layout) and properties below. Each panel scrolls vertically in its dock,
        so the two groups fit a 768-pixel screen together."""
        window = self.window
        docks = window.docks
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in docks.values():
            window.addDockWidget(right, dock)
        self._scroll_panels()
        upper = [docks[k] for k in ("analysis", "findings", "experiments", "snapshots")]
        lower = [docks[k] for k in ("roles", "properties", "history")]
        window.splitDockWidget(upper[0], lower[0], Qt.Orientation.Vertical)
        for group in (upper, lower):
            for dock in group[1:]:
                window.tabifyDockWidget(group[0], dock)
            group[0].raise_()
        window.resizeDocks([upper[0]], [COMPACT_COLUMN], Qt.Orientation.Horizontal)
        window.resizeDocks([upper[0], lower[0]], [3, 2], Qt.Orientation.Vertical)
        self.compact = True

    def _scroll_panels(self) -> None:
        """Each panel scrolls vertically in its dock, so the column's panels never
        need more height than the screen has (unscrolled, the roles and properties
        panels together made a 1366×768 window 954 pixels tall)."""
        for dock in self.window.docks.values():
            if not isinstance(dock.widget(), QScrollArea):
                dock.setWidget(scrolling(dock.widget()))

    def save(self) -> None:
        key = screen_key(self.window.screen())
        settings.save_window_state(f"geometry/{key}", self.window.saveGeometry())
        settings.save_window_state(f"docks/{key}", self.window.saveState())


def fitted(rect: QRect, available: QRect) -> QRect:
    """``rect`` moved (and if need be shrunk) to lie within ``available``, frame included."""
    width = min(rect.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(rect.height(), available.height() - FRAME_ALLOWANCE.height())
    left = min(max(rect.left(), available.left()), available.right() - width)
    top = min(
        max(rect.top(), available.top() + FRAME_ALLOWANCE.height() - 8), available.bottom() - height
    )
    return QRect(left, top, width, height)
