"""Importeren → Gebeurtenissenlog: which column is what (guessed, with a preview), and
whether the log makes a new map or measures this map's steps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procesbouw.exchange.event_log import Columns, guess_columns, open_text, sniff_csv

PREVIEW_BYTES = 1 << 16
_PARTS = ("case", "activity", "timestamp", "lifecycle", "start", "resource", "instance")
_REQUIRED = ("case", "activity", "timestamp")


@dataclass(frozen=True)
class EventLogChoice:
    """What the dialog was told: the columns (None for XES), and a new map or this map."""

    path: Path
    columns: Columns | None
    new_map: bool
    min_share: float


def is_xes(path: Path) -> bool:
    return path.suffix.lower() in (".xes", ".xml")


class EventLogDialog(QDialog):
    """Shows the start of the log, guesses its columns and lets the facilitator correct them."""

    def __init__(self, path: Path, can_attach: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Gebeurtenissenlog inlezen"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>%1</b><br>Elke regel is één gebeurtenis van een zaak. Kies welke kolom "
                "wat bevat; Procesbouw heeft een gok gedaan."
            ).replace("%1", path.name.replace("&", "&amp;").replace("<", "&lt;"))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.combos: dict[str, QComboBox] = {}
        self.header: list[str] = []
        rows: list[list[str]] = []
        if is_xes(path):
            note = QLabel(
                self.tr(
                    "Een XES-log noemt zijn velden zelf: concept:name (activiteit), "
                    "time:timestamp, lifecycle:transition, org:resource en concept:instance."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        else:
            with open_text(path) as text:
                head = text.read(PREVIEW_BYTES)
            _, self.header, rows = sniff_csv(head)
            layout.addWidget(self._column_choices())
            layout.addWidget(self._preview(rows), 1)
        layout.addSpacing(6)
        layout.addWidget(self._target_choice(can_attach))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #B3261E;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Inlezen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _column_choices(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kolommen"))
        grid = QGridLayout(box)
        labels = {
            "case": self.tr("Zaak"),
            "activity": self.tr("Activiteit"),
            "timestamp": self.tr("Tijdstip (einde)"),
            "lifecycle": self.tr("Start/complete"),
            "start": self.tr("Begintijd"),
            "resource": self.tr("Uitvoerder"),
            "instance": self.tr("Instantie"),
        }
        guess = guess_columns(self.header)
        for index, part in enumerate(_PARTS):
            combo = QComboBox()
            if part not in _REQUIRED:
                combo.addItem(self.tr("(geen)"), None)
            for name in self.header:
                combo.addItem(name, name)
            if guess[part] is not None:
                combo.setCurrentIndex(combo.findData(guess[part]))
            combo.currentIndexChanged.connect(self._check)
            self.combos[part] = combo
            label = QLabel(labels[part] + (" *" if part in _REQUIRED else ""))
            label.setBuddy(combo)
            grid.addWidget(label, index // 2, (index % 2) * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, index // 2, (index % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _preview(self, rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(self.header))
        table.setHorizontalHeaderLabels(self.header)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(self.header)]):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.setMinimumHeight(160)
        self.preview = table
        return table

    def _target_choice(self, can_attach: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Wat wil je ermee?"))
        form = QFormLayout(box)
        self.new_map = QRadioButton(self.tr("Een nieuwe kaart maken uit het log"))
        self.attach = QRadioButton(self.tr("Gemeten tijden bij de stappen van deze kaart zetten"))
        self.attach.setEnabled(can_attach)
        group = QButtonGroup(box)
        group.addButton(self.new_map)
        group.addButton(self.attach)
        (self.attach if can_attach else self.new_map).setChecked(True)
        self.min_share = QDoubleSpinBox()
        self.min_share.setRange(0, 100)
        self.min_share.setDecimals(0)
        self.min_share.setSuffix(" %")
        self.min_share.setValue(5)
        self.min_share.setToolTip(
            self.tr("Een overdracht komt op de kaart als hij in minstens dit deel van de zaken "
                    "voorkomt.")
        )  # fmt: skip
        share_row = QWidget()
        row = QHBoxLayout(share_row)
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Overdrachten vanaf")))
        row.addWidget(self.min_share)
        row.addWidget(QLabel(self.tr("van de zaken")))
        row.addStretch(1)
        form.addRow(self.new_map)
        form.addRow(share_row)
        form.addRow(self.attach)
        self.new_map.toggled.connect(self.min_share.setEnabled)
        self.min_share.setEnabled(self.new_map.isChecked())
        return box

    def _chosen(self, part: str) -> str | None:
        combo = self.combos.get(part)
        return combo.currentData() if combo is not None else None

    def _check(self) -> None:
        problem = ""
        if self.combos:
            chosen = [self._chosen(part) for part in _PARTS if self._chosen(part)]
            if any(self._chosen(part) is None for part in _REQUIRED):
                problem = self.tr("Kies de kolommen voor zaak, activiteit en tijdstip.")
            elif len(set(chosen)) != len(chosen):
                problem = self.tr("Elke kolom kan maar één ding zijn.")
            elif self._chosen("lifecycle") and self._chosen("start"):
                problem = self.tr(
                    "Kies óf een kolom met start/complete, óf een kolom met de begintijd."
                )
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def choice(self) -> EventLogChoice:
        columns = None
        if self.combos:
            chosen = {part: self._chosen(part) for part in _PARTS}
            columns = Columns(
                chosen["case"] or "",
                chosen["activity"] or "",
                chosen["timestamp"] or "",
                chosen["lifecycle"],
                chosen["start"],
                chosen["resource"],
                chosen["instance"],
            )
        return EventLogChoice(
            self.path, columns, self.new_map.isChecked(), self.min_share.value() / 100
        )
