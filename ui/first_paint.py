"""Work that waits until a widget has painted once, so a window opens light.

A zero-delay ``QTimer`` is not enough for that: Qt runs the timers that are due
before it paints a newly shown window, so work queued that way (networkx, the
first analysis) still delays the first picture. This watches for the paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls ``callback`` once, right after ``widget`` finished its first paint.
    ``painted`` says whether that has happened. A widget that is never shown
    never paints: its callback never runs."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self.painted = False
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint has been shown
        return False
