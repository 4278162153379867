"""Wat als…: try other times for a step and see the lead time before deciding."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from procesbouw.analysis import what_if
from procesbouw.model import ValidationError
from procesbouw.units import format_duration, format_durations_alike, parse_duration
from ui import settings
from ui.document import MapDocument


class WhatIfDialog(QDialog):
    """Typing updates the preview; "Toepassen" makes it one undoable change."""

    def __init__(self, document: MapDocument, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.step_id = step_id
        step = document.map.steps[step_id]
        hours = document.map.details.hours_per_day
        self.setWindowTitle(self.tr("Wat als…"))
        title = QLabel(step.name)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.wait = QLineEdit(format_duration(step.wait_minutes, hours, settings.active_language()))
        self.process = QLineEdit(
            format_duration(step.process_minutes, hours, settings.active_language())
        )
        for field in (self.wait, self.process):
            field.textChanged.connect(self.update_preview)
        form = QFormLayout()
        form.addRow(self.tr("Wachttijd"), self.wait)
        form.addRow(self.tr("Bewerkingstijd"), self.process)
        self.preview = QLabel()
        self.preview.setStyleSheet("font-size: 22px; font-weight: 700; padding: 8px 0;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(
            self.tr("Toepassen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.resize(420, 260)
        self.update_preview()

    def _times(self) -> tuple[float, float]:
        hours = self.document.map.details.hours_per_day
        return parse_duration(self.wait.text(), hours), parse_duration(self.process.text(), hours)

    def update_preview(self) -> None:
        hours = self.document.map.details.hours_per_day
        try:
            wait, process = self._times()
        except ValidationError as error:
            self.preview.setText("—")
            self.detail.setText(settings.error_text(error))
            self.apply_button.setEnabled(False)
            return
        result = what_if(
            self.document.map, self.step_id, wait_minutes=wait, process_minutes=process
        )
        before, after = format_durations_alike(
            result.lead_time_before, result.lead_time_after, hours, settings.active_language()
        )
        self.preview.setText(f"{before} → {after}")
        self.detail.setText(result.explanation.text(settings.active_language()))
        self.apply_button.setEnabled(True)

    def apply(self) -> None:
        try:
            wait, process = self._times()
            step = self.document.map.steps[self.step_id]
            self.document.change(
                step, self.tr("Wat als toepassen"), wait_minutes=wait, process_minutes=process
            )
        except (ValidationError, KeyError) as error:
            self.detail.setText(settings.error_text(error))
            return
        self.accept()
