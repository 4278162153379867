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
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procesbouw.analysis.chart_data import axis_unit, critical_path_times
from procesbouw.analysis.results import Analysis, HiddenConnection, KeyFigures
from procesbouw.measured import estimate_and_measured, measured_steps
from procesbouw.model import ProcessMap
from procesbouw.units import day_basis, format_duration_rounded, format_percent
from ui.canvas.scene import Overlays
from ui.panels.charts import LeadTimeChart

ENTRY_LAYOUT_BATCH = 100  # rows the entry list lays out between two turns of the event loop


# A row of the entry list: (text, ids to select) for an entry, (title, None) for a
# section's title.
_Row = tuple[str, tuple[str, ...] | None]


def _tile(label: str, big: bool = False) -> tuple[QFrame, QLabel]:
    """A key-figure tile and the label its value goes in."""
    frame = QFrame()
    frame.setObjectName("tile")
    number = QLabel()
    number.setObjectName("value")
    number.setStyleSheet(f"font-size: {26 if big else 22}px; font-weight: 700; color: #1B1B1B;")
    # "3,1 werkdagen" is wider than a tile in a narrow dock: the unit goes under the number.
    number.setWordWrap(True)
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
    return frame, number


def _set_text(label: QLabel, text: str) -> None:
    # A word-wrapped label lays out again on every setText: only when it changed.
    if label.text() != text:
        label.setText(text)


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
        # Made once, their values updated in place: an edit changes a figure or two.
        self._values: list[QLabel] = []
        for index, (caption, big) in enumerate(self._tile_captions()):
            frame, value = _tile(caption, big)
            self.tile_grid.addWidget(frame, index // 2, index % 2)
            self._values.append(value)
        self._rows: list[_Row] = []  # what the entry list shows now
        self._hidden: tuple[tuple[HiddenConnection, ...], list[_Row]] | None = None
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
        # Side room on the list, not on its rows: a row's word wrap is measured over
        # its whole width, so side padding on the row made a borderline row need one
        # line more than it got, cut to "(9,4 …" (seen at 1920×1080).
        self.entries.setStyleSheet(
            "QListWidget { padding: 0 2px; } QListWidget::item { padding: 4px 0; }"
        )
        # A big role network has thousands of word-wrapped rows, and Qt measures
        # every row again after any change of any row (70-150 ms at 7,000, the UI
        # frozen). In batches the event loop runs between them; the rows in view
        # come first.
        self.entries.setLayoutMode(QListView.LayoutMode.Batched)
        self.entries.setBatchSize(ENTRY_LAYOUT_BATCH)
        self._section_font = QListWidgetItem().font()
        self._section_font.setBold(True)
        self._section_font.setPointSizeF(self._section_font.pointSizeF() + 1)
        self.entries.itemClicked.connect(self._clicked)
        self.entries.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tiles)
        self.day_basis = QLabel()
        self.day_basis.setObjectName("day_basis")
        self.day_basis.setStyleSheet("color: #5F6B76; font-size: 11px; padding: 0 2px;")
        layout.addWidget(self.day_basis)
        self.chart_title = QLabel(self.tr("Waar de doorlooptijd heen gaat"))
        self.chart_title.setStyleSheet("font-weight: 600; padding: 4px 2px 0 2px;")
        self.chart = LeadTimeChart()
        layout.addWidget(self.summary)
        layout.addLayout(boxes)
        # Below the overlay switches, which stay within reach on a small screen.
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart)
        layout.addWidget(self.entries, 1)

    def overlays(self) -> Overlays:
        return Overlays(
            critical_path=self.critical_box.isChecked(),
            bottleneck_heat=self.heat_box.isChecked(),
            hotspots=self.hotspot_box.isChecked(),
        )

    def ids_at(self, row: int) -> tuple[str, ...] | None:
        """What the entry in ``row`` selects when clicked (None for a section title)."""
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def _clicked(self, item: QListWidgetItem) -> None:
        ids = self.ids_at(self.entries.row(item))
        if ids:
            self.entry_activated.emit(list(ids))

    # -- showing an analysis -----------------------------------------------------------

    def show_analysis(self, analysis: Analysis, pm: ProcessMap) -> None:
        """Show ``analysis`` of ``pm``, changing only what differs from what is shown:
        this runs after every edit, and most edits change a figure or two."""
        lang = self.language
        figures = analysis.figures
        self.message.setVisible(figures is None)
        self.tiles.setVisible(figures is not None)
        self.day_basis.setVisible(figures is not None)
        self.chart_title.setVisible(figures is not None)
        self.chart.setVisible(figures is not None)
        self._show_chart(analysis, pm)
        self.day_basis.setText(
            self.tr("Dagen: %1").replace("%1", day_basis(pm.details.hours_per_day, lang))
        )
        if figures is None:
            _set_text(self.message, analysis.message.text(lang) if analysis.message else "")
            _set_text(self.summary, "")
        else:
            self._show_figures(figures, pm.details.hours_per_day)
            _set_text(self.summary, figures.explanation.text(lang))
        self._show_rows(self._entry_rows(analysis, pm))

    def _show_chart(self, analysis: Analysis, pm: ProcessMap) -> None:
        times, _ = critical_path_times(pm, analysis)
        longest = max((t.wait + t.work for t in times), default=0.0)
        size, unit = axis_unit(longest, pm.details.hours_per_day)
        names = {
            "days": self.tr("dagen"),
            "working_days": self.tr("werkdagen"),
            "hours": self.tr("uren"),
        }
        self.chart.show_times(times, size, names[unit], (self.tr("Wachten"), self.tr("Werken")))

    def _tile_captions(self) -> list[tuple[str, bool]]:
        return [
            (self.tr("doorlooptijd (verwacht)"), True),
            (self.tr("doorlooptijd eerste keer goed"), True),
            (self.tr("bewerkingstijd op het kritieke pad"), False),
            (self.tr("stroomefficiëntie"), False),
            (self.tr("first-time-right over de hele keten"), False),
            (self.tr("overdrachten tussen rollen"), False),
        ]

    def _show_figures(self, figures: KeyFigures, hours: float) -> None:
        lang = self.language

        def duration(minutes: float) -> str:
            return format_duration_rounded(minutes, hours, lang)

        def percent(value: float) -> str:
            return format_percent(value, lang)

        values = [
            duration(figures.lead_time_expected),
            duration(figures.lead_time_first_pass),
            duration(figures.process_time),
            percent(figures.flow_efficiency),
            percent(figures.rolled_ftr),
            str(figures.handoffs),
        ]
        for label, value in zip(self._values, values, strict=True):
            _set_text(label, value)

    def _entry_rows(self, analysis: Analysis, pm: ProcessMap) -> list[_Row]:
        """Section titles and entries, each entry with the ids it selects."""
        lang = self.language
        rows: list[_Row] = []
        steps_of_role: dict[str, list[str]] = {}
        if analysis.unused_links or analysis.brokers:
            for step in pm.steps.values():
                if step.role_id:
                    steps_of_role.setdefault(step.role_id, []).append(step.id)

        def section(title: str, count: int) -> None:
            rows.append((f"{title} ({count})", None))

        section(self.tr("Knelpunten"), len(analysis.bottlenecks))
        for bottleneck in analysis.bottlenecks[:8]:
            share = format_percent(bottleneck.share, lang)
            text = f"{share} · {bottleneck.explanation.text(lang)}"
            rows.append((text, (bottleneck.step_id,)))
        section(self.tr("Verborgen verbindingen"), len(analysis.hidden_connections))
        rows += self._hidden_rows(analysis)
        section(self.tr("Ongebruikte rolverbindingen"), len(analysis.unused_links))
        for unused in analysis.unused_links:
            link = pm.role_links.get(unused.link_id)
            ids: list[str] = []
            if link is not None:
                ids = steps_of_role.get(link.role_a_id, []) + steps_of_role.get(link.role_b_id, [])
            rows.append((unused.explanation.text(lang), tuple(ids)))
        section(self.tr("Verbindende rollen"), len(analysis.brokers))
        for broker in analysis.brokers:
            rows.append(
                (broker.explanation.text(lang), tuple(steps_of_role.get(broker.role_id, [])))
            )
        section(self.tr("Aandachtspunten"), len(analysis.warnings))
        for warning in analysis.warnings:
            rows.append((warning.explanation.text(lang), tuple(warning.entity_ids)))
        return rows + self._measured_rows(pm)

    def _measured_rows(self, pm: ProcessMap) -> list[_Row]:
        """The team's estimate next to the event log's median, largest surprise first."""
        measured = measured_steps(pm)
        if not measured:
            return []
        lang, hours = self.language, pm.details.hours_per_day
        rows: list[_Row] = [
            (f"{self.tr('Gemeten in het gebeurtenissenlog')} ({len(measured)})", None)
        ]
        for step in measured[:8]:
            wait = estimate_and_measured(step.wait_minutes, step.measured_wait_minutes, hours, lang)
            work = estimate_and_measured(
                step.process_minutes, step.measured_process_minutes, hours, lang
            )
            text = self.tr("%1 — wachttijd: %2; bewerking: %3")
            rows.append((text.replace("%1", step.name).replace("%2", wait).replace("%3", work),
                         (step.id,)))  # fmt: skip
        return rows

    def _hidden_rows(self, analysis: Analysis) -> list[_Row]:
        # The analysis hands over the same tuple while the role network is
        # unchanged (most edits): its rows, thousands on big maps, are kept.
        hidden = analysis.hidden_connections
        if self._hidden is None or self._hidden[0] is not hidden:
            rows = [(h.explanation.text(self.language), h.flow_ids) for h in hidden]
            self._hidden = (hidden, rows)
        return self._hidden[1]

    def _show_rows(self, rows: list[_Row]) -> None:
        """Change the entry list into ``rows``, touching only the rows that differ
        (the list keeps its scroll position)."""
        if rows == self._rows:
            return
        shown = self._rows
        entries = self.entries
        kept = min(len(shown), len(rows))
        for index in range(kept):
            row = rows[index]
            # Only a new text touches the item: any change of an item makes
            # Qt measure every row again, and the ids live in ``_rows``.
            if shown[index][0] != row[0] or (shown[index][1] is None) != (row[1] is None):
                self._fill(entries.item(index), row)
        if len(rows) > kept:
            # Items made by Qt, not in Python: Qt asks every item for its data
            # many times while it measures the rows, and an item made in Python
            # answers through the interpreter lock each time. Beside a worker
            # thread's analysis that made laying out 7,000 rows ~10× slower.
            entries.addItems([""] * (len(rows) - kept))
            for index in range(kept, len(rows)):
                self._fill(entries.item(index), rows[index])
        while entries.count() > len(rows):
            entries.takeItem(entries.count() - 1)  # dropped: Python owns it now
        self._rows = rows

    def _fill(self, item: QListWidgetItem, row: _Row) -> None:
        text, ids = row
        if ids is None:  # a section title
            item.setText(text)
            item.setFont(self._section_font)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setForeground(Qt.GlobalColor.black)
            item.setToolTip("")
        else:
            item.setText("   " + text)
            item.setData(Qt.ItemDataRole.FontRole, None)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip(text)
