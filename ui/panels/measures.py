"""Metingen: the three voices as the team measures them. Define a measure once
(name, voice, unit, higher is better) and type its value per snapshot and for
the map now; every edit is one undoable step through the document."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procesbouw.comparison import format_measure, measures_in_order
from procesbouw.events import MapEvent
from procesbouw.model import Measure, Measurement, Snapshot, ValidationError, Voice
from procesbouw.units import format_significant
from ui import settings
from ui.document import MapDocument

_MEASURE = Qt.ItemDataRole.UserRole


def voice_name(voice: Voice) -> str:
    """The voice in the facilitator's words: Medewerker, Klant, Organisatie."""
    if voice == Voice.EMPLOYEE:
        return QCoreApplication.translate("MeasuresTable", "Medewerker")
    if voice == Voice.CUSTOMER:
        return QCoreApplication.translate("MeasuresTable", "Klant")
    return QCoreApplication.translate("MeasuresTable", "Organisatie")


def measure_title(measure: Measure) -> str:
    """``Medewerker: Verbondenheid in het team (1–10)``."""
    unit = f" ({measure.unit})" if measure.unit else ""
    return f"{voice_name(measure.voice)}: {measure.name}{unit}"


class NewMeasureDialog(QDialog):
    """Name, voice (employee first, as the method says), unit and direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meting toevoegen"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("bijv. verbondenheid in het team"))
        self.voice = QComboBox()
        for label, voice in (
            (self.tr("Medewerker"), Voice.EMPLOYEE),
            (self.tr("Klant"), Voice.CUSTOMER),
            (self.tr("Organisatie"), Voice.BUSINESS),
        ):
            self.voice.addItem(label, voice)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("bijv. 1–10, NPS, €, %"))
        self.higher = QCheckBox(self.tr("Hoger is beter"))
        self.higher.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Stem"), self.voice)
        form.addRow(self.tr("Eenheid"), self.unit)
        form.addRow("", self.higher)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def measure(self) -> Measure:
        return Measure(
            self.name.text().strip(),
            self.voice.currentData(),
            self.unit.text().strip(),
            self.higher.isChecked(),
        )


class MeasuresTable(QWidget):
    """One row per measure, a column per snapshot (oldest first) and one for now."""

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        title = QLabel(self.tr("Metingen: de drie stemmen"))
        title.setStyleSheet("font-weight: 600;")
        self.table = QTableWidget()
        self.table.setMinimumHeight(120)
        self.table.verticalHeader().setVisible(False)
        self.table.cellChanged.connect(self._cell_changed)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.add_button = QPushButton(self.tr("Meting toevoegen…"))
        self.add_button.clicked.connect(self.ask_measure)
        self.remove_button = QPushButton(self.tr("Meting verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        self.refresh()

    def _moments(self) -> list[Snapshot | None]:
        snapshots = sorted(self.document.map.snapshots.values(), key=lambda s: s.taken_on)
        return [*snapshots, None]

    def refresh(self) -> None:
        pm = self.document.map
        lang = settings.active_language()
        moments = self._moments()
        measures = measures_in_order(pm)
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(1 + len(moments))
        self.table.setRowCount(len(measures))
        headers = [self.tr("Meting")] + [
            m.label if m is not None else self.tr("Nu") for m in moments
        ]
        self.table.setHorizontalHeaderLabels(headers)
        for row, measure in enumerate(measures):
            direction = (
                self.tr("hoger is beter") if measure.higher_is_better else self.tr("lager is beter")
            )
            name = QTableWidgetItem(measure_title(measure))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(_MEASURE, measure.id)
            name.setToolTip(f"{measure_title(measure)}, {direction}")
            self.table.setItem(row, 0, name)
            for column, moment in enumerate(moments, start=1):
                found = pm.measurement_of(measure.id, moment.id if moment else None)
                shown = "" if found is None else format_significant(found.value, lang)
                item = QTableWidgetItem(shown)
                item.setToolTip(format_measure(found.value if found else None, measure, lang))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # The names give way to the values: the full name is in the tooltip.
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 190))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(34 + 26 * max(len(measures), 2))
        self.table.blockSignals(False)
        editable = not self.document.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(measures))

    def ask_measure(self) -> None:
        dialog = NewMeasureDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_measure(dialog.measure())

    def add_measure(self, measure: Measure) -> bool:
        return self._run(lambda: self.document.add_entities([measure], self.tr("Meting toevoegen")))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self._run(
                lambda: self.document.remove([item.data(_MEASURE)], self.tr("Meting verwijderen"))
            )

    def set_value(self, measure_id: str, snapshot_id: str | None, text: str) -> bool:
        """Type ``text`` as the value at ``snapshot_id`` (None: now); empty clears it."""
        pm = self.document.map
        found = pm.measurement_of(measure_id, snapshot_id)
        cleaned = text.strip().replace(" ", "")
        if not cleaned:
            if found is None:
                return True
            return self._run(lambda: self.document.remove([found.id], self.tr("Meetwaarde wissen")))
        try:
            value = float(cleaned.replace(".", "").replace(",", ".") if "," in cleaned else cleaned)
        except ValueError:
            self._show_error(self.tr("'%1' is geen getal.").replace("%1", text.strip()))
            return False
        if not math.isfinite(value):
            self._show_error(self.tr("'%1' is geen getal.").replace("%1", text.strip()))
            return False
        label = self.tr("Meetwaarde invullen")
        if found is None:
            return self._run(
                lambda: self.document.add_entities(
                    [Measurement(measure_id, value, snapshot_id)], label
                )
            )
        return self._run(lambda: self.document.change(found, label, value=value))

    def _cell_changed(self, row: int, column: int) -> None:
        if column == 0:
            return
        name, cell = self.table.item(row, 0), self.table.item(row, column)
        if name is None or cell is None:
            return
        moment = self._moments()[column - 1]
        if not self.set_value(name.data(_MEASURE), moment.id if moment else None, cell.text()):
            self.refresh()

    def _run(self, edit: Callable[[], bool]) -> bool:
        try:
            done = edit()
        except ValidationError as error:
            self._show_error(str(error))
            return False
        self.error.hide()
        return bool(done)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _on_changed(self, event: MapEvent) -> None:
        if isinstance(event.entity, Measure | Measurement | Snapshot):
            self.refresh()
