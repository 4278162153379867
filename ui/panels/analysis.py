"""Analyse: the key figures in large type and the lists behind them.

Every entry can be clicked to select and centre what it is about on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procesbouw.analysis.results import Analysis, KeyFigures
from procesbouw.measured import estimate_and_measured, measured_steps
from procesbouw.model import ProcessMap
from procesbouw.units import day_basis, format_duration_rounded, format_percent
from ui.canvas.scene import Overlays

_IDS = Qt.ItemDataRole.UserRole


def _tile(value: str, label: str, big: bool = False) -> QFrame:
    frame = QFrame()
    frame.setObjectName("tile")
    number = QLabel(value)
    number.setObjectName("value")
    number.setStyleSheet(f"font-size: {30 if big else 22}px; font-weight: 700; color: #1B1B1B;")
    caption = QLabel(label)
    caption.setWordWrap(True)
    caption.setMinimumHeight(30)
    caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    caption.setStyleSheet("color: #5F6B76; font-size: 11px;")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.setSpacing(0)
    layout.addWidget(number)
    layout.addWidget(caption)
    return frame


class AnalysisPanel(QWidget):
    """``entry_activated`` carries the ids to select; ``overlays_changed`` the
    new overlay choice; ``role_network_toggled`` switches the central view."""

    entry_activated = Signal(list)
    overlays_changed = Signal(object)
    role_network_toggled = Signal(bool)

    def __init__(self, language: str = "nl") -> None:
        super().__init__()
        self.language = language
        self.setStyleSheet(
            "#tile { background: white; border: 1px solid #DDE1E6; border-radius: 8px; }"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 14px; color: #5F6B76; padding: 8px;")
        self.tiles = QWidget()
        self.tile_grid = QGridLayout(self.tiles)
        self.tile_grid.setContentsMargins(0, 0, 0, 0)
        self.tile_grid.setSpacing(6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-size: 13px; padding: 4px 2px;")
        self.critical_box = QCheckBox(self.tr("Kritiek pad"))
        self.heat_box = QCheckBox(self.tr("Knelpunten (wachttijd)"))
        self.hotspot_box = QCheckBox(self.tr("Succes-hotspots"))
        self.network_box = QCheckBox(self.tr("Rolnetwerk"))
        defaults = Overlays()
        self.critical_box.setChecked(defaults.critical_path)
        self.heat_box.setChecked(defaults.bottleneck_heat)
        self.hotspot_box.setChecked(defaults.hotspots)
        for box in (self.critical_box, self.heat_box, self.hotspot_box):
            box.toggled.connect(lambda *_: self.overlays_changed.emit(self.overlays()))
        self.network_box.toggled.connect(self.role_network_toggled)
        boxes = QGridLayout()
        boxes.addWidget(self.critical_box, 0, 0)
        boxes.addWidget(self.heat_box, 0, 1)
        boxes.addWidget(self.hotspot_box, 1, 0)
        boxes.addWidget(self.network_box, 1, 1)
        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setMinimumHeight(320)
        self.entries.setFrameShape(QFrame.Shape.NoFrame)
        self.entries.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.entries.itemClicked.connect(self._clicked)
        self.entries.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tiles)
        self.day_basis = QLabel()
        self.day_basis.setObjectName("day_basis")
        self.day_basis.setStyleSheet("color: #5F6B76; font-size: 11px; padding: 0 2px;")
        layout.addWidget(self.day_basis)
        layout.addWidget(self.summary)
        layout.addLayout(boxes)
        layout.addWidget(self.entries, 1)

    def overlays(self) -> Overlays:
        return Overlays(
            critical_path=self.critical_box.isChecked(),
            bottleneck_heat=self.heat_box.isChecked(),
            hotspots=self.hotspot_box.isChecked(),
        )

    def _clicked(self, item: QListWidgetItem) -> None:
        ids = item.data(_IDS)
        if ids:
            self.entry_activated.emit(list(ids))

    # -- showing an analysis -----------------------------------------------------------

    def show_analysis(self, analysis: Analysis, pm: ProcessMap) -> None:
        lang = self.language
        figures = analysis.figures
        self.message.setVisible(figures is None)
        self.tiles.setVisible(figures is not None)
        self.day_basis.setVisible(figures is not None)
        self.day_basis.setText(
            self.tr("Dagen: %1").replace("%1", day_basis(pm.details.hours_per_day, lang))
        )
        if figures is None:
            self.message.setText(analysis.message.text(lang) if analysis.message else "")
            self.summary.clear()
        else:
            self._show_figures(figures, pm.details.hours_per_day)
            self.summary.setText(figures.explanation.text(lang))
        self._show_entries(analysis, pm)

    def _show_figures(self, figures: KeyFigures, hours: float) -> None:
        lang = self.language
        while self.tile_grid.count():
            widget = self.tile_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

        def duration(minutes: float) -> str:
            return format_duration_rounded(minutes, hours, lang)

        def percent(value: float) -> str:
            return format_percent(value, lang)

        tiles = [
            (duration(figures.lead_time_expected), self.tr("doorlooptijd (verwacht)"), True),
            (
                duration(figures.lead_time_first_pass),
                self.tr("doorlooptijd eerste keer goed"),
                True,
            ),
            (duration(figures.process_time), self.tr("bewerkingstijd op het kritieke pad"), False),
            (percent(figures.flow_efficiency), self.tr("stroomefficiëntie"), False),
            (percent(figures.rolled_ftr), self.tr("first-time-right over de hele keten"), False),
            (str(figures.handoffs), self.tr("overdrachten tussen rollen"), False),
        ]
        for index, (value, label, big) in enumerate(tiles):
            self.tile_grid.addWidget(_tile(value, label, big), index // 2, index % 2)

    def _section(self, title: str, count: int) -> None:
        item = QListWidgetItem(f"{title} ({count})")
        font = item.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(Qt.GlobalColor.black)
        self.entries.addItem(item)

    def _entry(self, text: str, ids: list[str]) -> None:
        item = QListWidgetItem("   " + text)
        item.setData(_IDS, ids)
        item.setToolTip(text)
        self.entries.addItem(item)

    def _show_entries(self, analysis: Analysis, pm: ProcessMap) -> None:
        lang = self.language
        self.entries.clear()
        steps_of_role: dict[str, list[str]] = {}
        for step in pm.steps.values():
            if step.role_id:
                steps_of_role.setdefault(step.role_id, []).append(step.id)

        def flows_between(a: str, b: str) -> list[str]:
            pair = {a, b}
            return [
                f.id
                for f in pm.flows.values()
                if {pm.steps[f.source_id].role_id, pm.steps[f.target_id].role_id} == pair
            ]

        bottlenecks = analysis.bottlenecks[:8]
        self._section(self.tr("Knelpunten"), len(analysis.bottlenecks))
        for bottleneck in bottlenecks:
            share = format_percent(bottleneck.share, lang)
            self._entry(f"{share} · {bottleneck.explanation.text(lang)}", [bottleneck.step_id])
        self._section(self.tr("Verborgen verbindingen"), len(analysis.hidden_connections))
        for hidden in analysis.hidden_connections:
            ids = flows_between(hidden.role_a_id, hidden.role_b_id)
            self._entry(hidden.explanation.text(lang), ids)
        self._section(self.tr("Ongebruikte rolverbindingen"), len(analysis.unused_links))
        for unused in analysis.unused_links:
            link = pm.role_links.get(unused.link_id)
            ids = []
            if link is not None:
                ids = steps_of_role.get(link.role_a_id, []) + steps_of_role.get(link.role_b_id, [])
            self._entry(unused.explanation.text(lang), ids)
        self._section(self.tr("Verbindende rollen"), len(analysis.brokers))
        for broker in analysis.brokers:
            self._entry(broker.explanation.text(lang), steps_of_role.get(broker.role_id, []))
        self._section(self.tr("Aandachtspunten"), len(analysis.warnings))
        for warning in analysis.warnings:
            self._entry(warning.explanation.text(lang), list(warning.entity_ids))
        measured = measured_steps(pm)
        if measured:
            self._section(self.tr("Gemeten in het gebeurtenissenlog"), len(measured))
        hours = pm.details.hours_per_day
        for step in measured[:8]:
            wait = estimate_and_measured(step.wait_minutes, step.measured_wait_minutes, hours, lang)
            work = estimate_and_measured(
                step.process_minutes, step.measured_process_minutes, hours, lang
            )
            text = self.tr("%1 — wachttijd: %2; bewerking: %3")
            self._entry(text.replace("%1", step.name).replace("%2", wait).replace("%3", work),
                        [step.id])  # fmt: skip
