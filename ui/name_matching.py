"""Which step is which activity: the log's names next to the map's steps, paired by
name where they agree, chosen by the facilitator where they differ."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procesbouw.exchange.event_figures import LogFigures
from procesbouw.model import ProcessMap


class NameMatchingDialog(QDialog):
    """A row per activity of the log with a choice of step (or "niet koppelen")."""

    def __init__(
        self,
        figures: LogFigures,
        pm: ProcessMap,
        matches: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activiteiten koppelen aan stappen"))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        unmatched = sum(1 for a in figures.activities if a.name not in matches)
        intro = QLabel(
            self.tr(
                "%1 van de %2 activiteiten hebben dezelfde naam als een stap. Kies voor de "
                "andere welke stap het is, of laat ze weg."
            )
            .replace("%1", str(len(figures.activities) - unmatched))
            .replace("%2", str(len(figures.activities)))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(figures.activities), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Activiteit in het log"), self.tr("Keer"), self.tr("Stap op de kaart")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        steps = sorted(pm.steps.values(), key=lambda s: s.name.casefold())
        self.combos: dict[str, QComboBox] = {}
        for row, activity in enumerate(figures.activities):
            self.table.setItem(row, 0, QTableWidgetItem(activity.name))
            count = QTableWidgetItem(str(activity.count))
            self.table.setItem(row, 1, count)
            combo = QComboBox()
            combo.addItem(self.tr("(niet koppelen)"), None)
            for step in steps:
                role = pm.roles.get(step.role_id or "")
                combo.addItem(f"{step.name} ({role.name})" if role else step.name, step.id)
            if activity.name in matches:
                combo.setCurrentIndex(combo.findData(matches[activity.name]))
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(row, 2, combo)
            self.combos[activity.name] = combo
        layout.addWidget(self.table, 1)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B3261E;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Koppelen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def matches(self) -> dict[str, str]:
        """Activity name → step id, for the activities that were paired."""
        chosen = {name: combo.currentData() for name, combo in self.combos.items()}
        return {name: step_id for name, step_id in chosen.items() if step_id}

    def _check(self) -> None:
        step_ids = list(self.matches().values())
        twice = len(step_ids) != len(set(step_ids))
        problem = self.tr("Een stap kan maar bij één activiteit horen.") if twice else ""
        if not step_ids:
            problem = self.tr("Koppel minstens één activiteit aan een stap.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
