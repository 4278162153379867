"""Form fields that parse what the user typed and say in place what is wrong.

A field submits a parsed value once, when editing is finished (one undo step
per edit, not one per key). Bad input turns the field red with the reason
underneath and submits nothing, so the model keeps its value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from procesbouw.model import ValidationError
from ui import settings


class _WheelGuard(QObject):
    """Lets the wheel scroll the panel past a drop-down, date or number it passes
    over; only one the user clicked into changes with the wheel. Otherwise
    scrolling the Eigenschappen or Experimenten dock on a laptop changed a
    step's role or an experiment's date on the way."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # on to the scroll area around it
            return True
        return False


_WHEEL_GUARD = _WheelGuard()


def scroll_past(widget: QWidget) -> None:
    """``widget`` changes with the wheel only once it has the focus (see _WheelGuard)."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WHEEL_GUARD)


_ERROR_STYLE = "QLineEdit, QPlainTextEdit { border: 2px solid #D32F2F; background: #FFEBEE; }"


class _FinishingTextEdit(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it."""

    editing_finished = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class Field(QWidget):
    """A line (or multi-line) editor with ``parse`` and ``show`` converters.
    ``submitted`` carries the parsed value when it differs from the shown one."""

    submitted = Signal(object)

    def __init__(
        self,
        parse: Callable[[str], Any] = str,
        show: Callable[[Any], str] = str,
        multiline: bool = False,
        placeholder: str = "",
    ) -> None:
        super().__init__()
        self._parse = parse
        self._show = show
        self._value: Any = None
        self.editor: QLineEdit | _FinishingTextEdit
        if multiline:
            self.editor = _FinishingTextEdit()
            self.editor.setTabChangesFocus(True)
            self.editor.setFixedHeight(90)
            self.editor.editing_finished.connect(self._finished)
        else:
            self.editor = QLineEdit()
            self.editor.editingFinished.connect(self._finished)
        self.editor.setPlaceholderText(placeholder)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828; font-size: 11px;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def set_value(self, value: Any) -> None:
        """Show the model's value (clears any error); never submits."""
        self._value = value
        text = self._show(value)
        if text != self.text():
            if isinstance(self.editor, QLineEdit):
                self.editor.setText(text)
                self.editor.setCursorPosition(0)
            else:
                self.editor.setPlainText(text)
        self.clear_error()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.editor.setStyleSheet(_ERROR_STYLE)
        self.editor.setToolTip(message)

    def clear_error(self) -> None:
        self.error.hide()
        self.editor.setStyleSheet("")
        self.editor.setToolTip("")

    def has_error(self) -> bool:
        return not self.error.isHidden()

    def _finished(self) -> None:
        try:
            value = self._parse(self.text())
        except ValidationError as error:
            self.show_error(settings.error_text(error))
            return
        self.clear_error()
        if value != self._value:
            self.submitted.emit(value)


class DayBasisField(QWidget):
    """How the map counts days, as a two-way choice: calendar days (24 hours) or
    working days of N hours. ``submitted`` carries the hours per day (24 for
    calendar days) when the user changes the choice or the hours."""

    submitted = Signal(object)

    CALENDAR_HOURS = 24.0
    DEFAULT_WORKING_HOURS = 8.0

    def __init__(self) -> None:
        super().__init__()
        self._value: float | None = None
        self.calendar = QRadioButton(self.tr("Rekenen in kalenderdagen (24 u)"))
        self.working = QRadioButton(self.tr("Werkdagen van"))
        self.hours = QDoubleSpinBox()
        self.hours.setDecimals(1)
        self.hours.setRange(0.5, 23.5)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(" " + self.tr("uur"))
        self.hours.setValue(self.DEFAULT_WORKING_HOURS)
        self.hours.setKeyboardTracking(False)
        scroll_past(self.hours)
        group = QButtonGroup(self)
        group.addButton(self.calendar)
        group.addButton(self.working)
        working_row = QHBoxLayout()
        working_row.setContentsMargins(0, 0, 0, 0)
        working_row.addWidget(self.working)
        working_row.addWidget(self.hours)
        working_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.calendar)
        layout.addLayout(working_row)
        self.calendar.clicked.connect(self._chosen)
        self.working.clicked.connect(self._chosen)
        # One step per finished edit of the hours (arrows and Enter), not per key.
        self.hours.valueChanged.connect(self._chosen)

    def set_value(self, value: Any) -> None:
        """Show the model's hours per day; never submits."""
        self._value = float(value)
        working = self._value < self.CALENDAR_HOURS
        for widget in (self.calendar, self.working, self.hours):
            widget.blockSignals(True)
        self.working.setChecked(working)
        self.calendar.setChecked(not working)
        if working:
            self.hours.setValue(self._value)
        self.hours.setEnabled(working)
        for widget in (self.calendar, self.working, self.hours):
            widget.blockSignals(False)

    def _chosen(self) -> None:
        self.hours.setEnabled(self.working.isChecked())
        value = self.hours.value() if self.working.isChecked() else self.CALENDAR_HOURS
        if value != self._value:
            self.submitted.emit(value)


class ChoiceField(QComboBox):
    """A drop-down of (label, value) pairs; ``submitted`` on a user's choice."""

    submitted = Signal(object)

    def __init__(self, choices: list[tuple[str, Any]] | None = None) -> None:
        super().__init__()
        scroll_past(self)
        self.set_choices(choices or [])
        self.activated.connect(lambda index: self.submitted.emit(self.itemData(index)))

    def set_choices(self, choices: list[tuple[str, Any]]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for label, value in choices:
            self.addItem(label, value)
        self.set_value(current)
        self.blockSignals(False)

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def show_mixed(self) -> None:
        """No choice shown: the selected things differ (any choice applies to all)."""
        self.blockSignals(True)
        self.setCurrentIndex(-1)
        self.blockSignals(False)


class DateField(QDateEdit):
    """A date with a calendar pop-up; submits on a finished edit."""

    submitted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        scroll_past(self)
        # Today until a value is shown, not Qt's 1 January 2000 (an empty form).
        self.setDate(QDate.currentDate())
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMMM yyyy")
        self.editingFinished.connect(self._finished)
        self._value: Any = None

    def set_value(self, value: Any) -> None:
        self._value = value
        self.blockSignals(True)
        self.setDate(QDate(value) if value is not None else QDate.currentDate())
        self.blockSignals(False)

    def _finished(self) -> None:
        value = self.date().toPython()
        if value != self._value:
            self.submitted.emit(value)

    def keyPressEvent(self, event: Any) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finished()
