"""The small text field laid exactly over a brick (its name) or an arrow's label
(a rework share): Enter commits, Tab commits and asks for the next step, Escape
cancels, clicking elsewhere commits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_OWN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab)
_FRAME = 6  # pixels a line edit's frame and text margin take on each side


class InlineEditor(QLineEdit):
    """``committed`` carries the id, the text and whether Tab asked for a next step."""

    committed = Signal(str, str, bool)
    cancelled = Signal(str)

    def __init__(self, parent: QWidget, entity_id: str, text: str, point_size: float) -> None:
        super().__init__(text, parent)
        self.entity_id = entity_id
        self._done = False
        self._least = 0
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        font.setBold(True)
        self.setFont(font)
        self.setFrame(True)
        self.selectAll()

    def grow_with_text(self, least: int) -> None:
        """At least ``least`` pixels wide, and wider while the text needs it (within
        its parent, centred where it was laid): zoomed out, a brick's name field is
        far narrower than the name at a readable size."""
        self._least = least
        self.textChanged.connect(self._fit_text)
        self._fit_text()

    def _fit_text(self) -> None:
        parent = self.parentWidget()
        room = parent.width() - 8 if parent is not None else self.width()
        # The text, a little air for the cursor, and the frame on both sides.
        needed = self.fontMetrics().horizontalAdvance(self.text() + "  ") + 2 * _FRAME
        width = max(self._least, min(needed, room))
        if width == self.width():
            return
        left = self.geometry().center().x() - width // 2
        left = max(4, min(left, room + 4 - width))
        self.setGeometry(left, self.y(), width, self.height())

    def event(self, event: QEvent) -> bool:
        # Enter, Escape and Tab belong to the editor, never to a window shortcut
        # or the focus chain.
        if isinstance(event, QKeyEvent) and event.key() in _OWN_KEYS and not event.modifiers():
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
                self._finish(commit=True, next_step=True)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: object) -> None:  # type: ignore[override]
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self._finish(commit=True)

    def _finish(self, commit: bool, next_step: bool = False) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        if commit:
            self.committed.emit(self.entity_id, self.text(), next_step)
        else:
            self.cancelled.emit(self.entity_id)
        self.deleteLater()
