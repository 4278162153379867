"""Momentopnamen: frozen copies of the map over time ("start", "na 3 maanden"),
to look at read-only and to compare with each other or with the map today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procesbouw.analysis import Analysis, analyse
from procesbouw.analysis.chart_data import measure_trends
from procesbouw.comparison import compare, format_measure
from procesbouw.events import MapEvent
from procesbouw.model import Measure, Measurement, ProcessMap, Snapshot, ValidationError
from procesbouw.units import (
    day_minutes,
    format_duration_rounded,
    format_percent,
    format_significant,
)
from ui import settings
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.document import MapDocument
from ui.first_paint import FirstPaint
from ui.panels.charts import ACCENT, VOICE, WORK, Line, TrendChart
from ui.panels.comparison_view import ComparisonDialog, FigureTile
from ui.panels.measures import MeasuresTable, measure_title


def shown_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def snapshot_title(snapshot: Snapshot) -> str:
    return f"{snapshot.label} ({shown_date(snapshot.taken_on)})"


class NewSnapshotDialog(QDialog):
    """Asks for the label and date of a new snapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Momentopname maken"))
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("bijvoorbeeld: start, na 3 maanden"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Maken"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.label.textChanged.connect(self._update)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Legt de kaart van nu vast, om later mee te vergelijken.")))
        form.addRow(self.tr("Naam"), self.label)
        form.addRow(self.tr("Datum"), self.date)
        form.addRow(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.label.text().strip()))


class SnapshotWindow(QDialog):
    """A snapshot on its own canvas; nothing in it can be changed."""

    def __init__(self, snapshot: Snapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Momentopname %1 — alleen-lezen").replace("%1", snapshot_title(snapshot))
        )
        self.scene = MapScene(None, snapshot.content)
        self.view = MapView(self.scene)
        banner = QLabel(
            self.tr("Zo zag de kaart eruit op %1. Alleen-lezen.").replace(
                "%1", shown_date(snapshot.taken_on)
            )
        )
        banner.setStyleSheet("background: #FFF8E1; color: #5D4037; padding: 6px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(self.view)
        self.resize(1100, 700)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.fit()


class SnapshotsPanel(QScrollArea):
    """Select one snapshot to compare it with the map today, or two to compare them."""

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document = document
        self._lead_times: dict[str, str] = {}  # snapshot id → shown lead time (content is frozen)
        self._analyses: dict[str, Analysis] = {}  # snapshot id → its analysis (frozen too)
        # The figures need the analysis (networkx): computed just after the list is
        # shown, so opening a map paints first.
        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.setInterval(0)
        self._figures_timer.timeout.connect(self.show_figures)
        self.list = QTreeWidget()
        self._first_paint = FirstPaint(self.list.viewport(), self.show_figures)
        self.list.setHeaderLabels(
            [self.tr("Momentopname"), self.tr("Datum"), self.tr("Doorlooptijd")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.view_selected())
        self.take_button = QPushButton(self.tr("Momentopname maken…"))
        self.take_button.clicked.connect(self.ask_snapshot)
        self.view_button = QPushButton(self.tr("Bekijken"))
        self.view_button.clicked.connect(self.view_selected)
        self.compare_button = QPushButton(self.tr("Vergelijken"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.rename_button = QPushButton(self.tr("Hernoemen…"))
        self.rename_button.clicked.connect(self.ask_rename)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5F6368;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        buttons = QGridLayout()
        buttons.addWidget(self.take_button, 0, 0, 1, 2)
        buttons.addWidget(self.view_button, 1, 0)
        buttons.addWidget(self.compare_button, 1, 1)
        buttons.addWidget(self.rename_button, 2, 0)
        buttons.addWidget(self.remove_button, 2, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.glance = QWidget()  # oldest → newest, readable from the back of the room
        self.glance_layout = QVBoxLayout(self.glance)
        self.glance_layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.glance)
        # The trend over every snapshot, as in the report's comparison.
        self.lead_trend = TrendChart()
        self.percent_trend = TrendChart()
        layout.addWidget(self.lead_trend)
        layout.addWidget(self.percent_trend)
        # A small chart per measure of the three voices, employee voice first, as in the PDF.
        self.voice_trends = QWidget()
        self.voice_layout = QVBoxLayout(self.voice_trends)
        self.voice_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.voice_trends)
        self.measures = MeasuresTable(document)
        layout.addWidget(self.measures)
        self.setWidget(body)
        layout.addWidget(self.error)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        self.refresh()

    # -- showing ----------------------------------------------------------------------

    def snapshots(self) -> list[Snapshot]:
        """Oldest first (by date, then as taken)."""
        return sorted(self.document.map.snapshots.values(), key=lambda s: s.taken_on)

    def selected(self) -> list[Snapshot]:
        ids = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        return [s for s in self.snapshots() if s.id in ids]

    def refresh(self) -> None:
        chosen = {s.id for s in self.selected()}
        self.list.blockSignals(True)
        self.list.clear()
        for snapshot in self.snapshots():
            item = QTreeWidgetItem(
                [
                    snapshot.label,
                    shown_date(snapshot.taken_on),
                    self._lead_times.get(snapshot.id, "…"),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, snapshot.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            item.setSelected(snapshot.id in chosen)
        self.list.blockSignals(False)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self._update_buttons()
        if self._first_paint.painted:  # before that, the first paint brings the figures
            self._figures_timer.start()

    def show_figures(self) -> None:
        """Fill in each snapshot's lead time and the first → latest comparison."""
        self._figures_timer.stop()
        by_id = self.document.map.snapshots
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            snapshot = by_id.get(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
            if item is not None and snapshot is not None:
                item.setText(2, self._lead_time(snapshot))
        self.list.resizeColumnToContents(2)
        self._show_glance()

    def _show_glance(self) -> None:
        """The lead time and rolled FTR from the first snapshot to the latest."""
        while self.glance_layout.count():
            widget = self.glance_layout.takeAt(0).widget()  # type: ignore[union-attr]
            if widget is not None:
                widget.deleteLater()
        snapshots = self.snapshots()
        self.glance.setVisible(len(snapshots) >= 2)
        self.lead_trend.setVisible(len(snapshots) >= 2)
        self.percent_trend.setVisible(len(snapshots) >= 2)
        self._show_voices()
        if len(snapshots) < 2:
            return
        self._show_trend(snapshots)
        first, last = snapshots[0], snapshots[-1]
        heading = QLabel(
            self.tr("Van %1 naar %2").replace("%1", first.label).replace("%2", last.label)
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.glance_layout.addWidget(heading)
        comparison = compare(first.content, last.content)
        hours = last.content.details.hours_per_day
        for change in comparison.figures:
            if change.key in ("lead_time_expected", "rolled_ftr"):
                self.glance_layout.addWidget(FigureTile(change, hours, settings.active_language()))

    def _show_trend(self, snapshots: list[Snapshot]) -> None:
        lang = settings.active_language()
        labels = [s.label for s in snapshots]
        figures = [self._analysis(s).figures for s in snapshots]
        hours = snapshots[-1].content.details.hours_per_day
        day = day_minutes(hours)
        unit = self.tr("werkdagen") if hours < 24 else self.tr("dagen")
        self.lead_trend.show_lines(
            self.tr("Doorlooptijd (%1)").replace("%1", unit),
            labels,
            [
                Line(
                    self.tr("Doorlooptijd"),
                    [None if f is None else f.lead_time_expected / day for f in figures],
                    WORK,
                )
            ],
            lambda value: format_significant(value, lang),
        )
        self.percent_trend.show_lines(
            self.tr("First-time-right en stroomefficiëntie"),
            labels,
            [
                Line(
                    self.tr("First-time-right"),
                    [None if f is None else f.rolled_ftr for f in figures],
                    WORK,
                ),
                Line(
                    self.tr("Stroomefficiëntie"),
                    [None if f is None else f.flow_efficiency for f in figures],
                    ACCENT,
                ),
            ],
            lambda value: format_percent(value, lang),
        )

    def _show_voices(self) -> None:
        """Each measure over the snapshots and now: shown with the other trends."""
        pm = self.document.map
        trends = measure_trends(pm) if len(pm.snapshots) >= 2 else []
        charts = self.voice_charts()
        while len(charts) > len(trends):
            gone = charts.pop()
            self.voice_layout.removeWidget(gone)
            gone.deleteLater()
        while len(charts) < len(trends):
            chart = TrendChart(height=120)
            self.voice_layout.addWidget(chart)
            charts.append(chart)
        lang = settings.active_language()
        labels = [s.label for s in self.snapshots()] + [self.tr("Nu")]
        for chart, trend in zip(charts, trends, strict=True):
            measure = trend.measure
            chart.show_lines(
                measure_title(measure),
                labels,
                [Line(measure.name, trend.values, VOICE[measure.voice.value])],
                lambda value, m=measure: format_measure(value, m, lang),
            )
        self.voice_trends.setVisible(bool(trends))

    def voice_charts(self) -> list[TrendChart]:
        """The measures' trend charts, in the order shown."""
        items = (self.voice_layout.itemAt(i) for i in range(self.voice_layout.count()))
        return [w for item in items if isinstance(w := item.widget(), TrendChart)]

    def _analysis(self, snapshot: Snapshot) -> Analysis:
        if snapshot.id not in self._analyses:
            self._analyses[snapshot.id] = analyse(snapshot.content)
        return self._analyses[snapshot.id]

    def _lead_time(self, snapshot: Snapshot) -> str:
        if snapshot.id not in self._lead_times:
            figures = self._analysis(snapshot).figures
            self._lead_times[snapshot.id] = (
                "—"
                if figures is None
                else format_duration_rounded(
                    figures.lead_time_expected,
                    snapshot.content.details.hours_per_day,
                    settings.active_language(),
                )
            )
        return self._lead_times[snapshot.id]

    def _update_buttons(self) -> None:
        count = len(self.selected())
        editable = not self.document.read_only
        self.take_button.setEnabled(editable)
        self.view_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count in (1, 2))
        self.rename_button.setEnabled(editable and count == 1)
        self.remove_button.setEnabled(editable and count >= 1)
        if not self.document.map.snapshots:
            hint = self.tr("Nog geen momentopnamen. Maak er een aan het eind van de sessie.")
        elif count == 2:
            hint = self.tr("Vergelijken zet de oudste naast de nieuwste.")
        else:
            hint = self.tr(
                "Kies één momentopname om met de kaart van nu te vergelijken, of twee om ze "
                "met elkaar te vergelijken."
            )
        self.hint.setText(hint)

    def _on_changed(self, event: MapEvent) -> None:
        if isinstance(event.entity, Snapshot):
            self.refresh()
        elif isinstance(event.entity, Measure | Measurement):
            self._show_voices()

    def select_ids(self, ids: list[str]) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None:
                item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) in ids)

    # -- edits --------------------------------------------------------------------------

    def _run(self, edit: Callable[[], object]) -> bool:
        """Run an edit; a refusal shows under the list. True when it went through."""
        try:
            if edit() is False:  # the file refused; the window says why
                return False
        except ValidationError as error:
            self.error.setText(settings.error_text(error))
            self.error.show()
            return False
        self.error.hide()
        return True

    def ask_snapshot(self) -> None:
        dialog = NewSnapshotDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            taken_on = dialog.date.date()
            self.take_snapshot(
                dialog.label.text().strip(), date(taken_on.year(), taken_on.month(), taken_on.day())
            )

    def take_snapshot(self, label: str, taken_on: date) -> Snapshot | None:
        """Freeze the map as it is now (without photos and other snapshots)."""
        snapshot = Snapshot(label, taken_on, self.document.map.content_copy())
        if not self._run(
            lambda: self.document.add_entities([snapshot], self.tr("Momentopname maken"))
        ):
            return None
        self.select_ids([snapshot.id])
        return snapshot

    def ask_rename(self) -> None:
        [snapshot] = self.selected()
        label, ok = QInputDialog.getText(
            self, self.tr("Momentopname hernoemen"), self.tr("Naam"), text=snapshot.label
        )
        if ok:
            self.rename(snapshot.id, label.strip())

    def rename(self, snapshot_id: str, label: str) -> None:
        snapshot = self.document.map.snapshots[snapshot_id]
        if label != snapshot.label:
            self._run(
                lambda: self.document.change(
                    snapshot, self.tr("Momentopname hernoemen"), label=label
                )
            )

    def remove_selected(self) -> None:
        ids = [s.id for s in self.selected()]
        self._run(lambda: self.document.remove(ids, self.tr("Momentopname verwijderen")))

    # -- looking --------------------------------------------------------------------------

    def view_selected(self) -> SnapshotWindow | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        window = SnapshotWindow(chosen[0], self.window())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def compare_selected(self) -> ComparisonDialog | None:
        """Two snapshots: oldest → newest. One: that snapshot → the map today."""
        chosen = self.selected()
        if len(chosen) == 2:
            before, after = chosen
            return self.show_comparison(
                before.content, after.content, snapshot_title(before), snapshot_title(after)
            )
        if len(chosen) == 1:
            return self.show_comparison(
                chosen[0].content,
                self.document.map,
                snapshot_title(chosen[0]),
                self.tr("de kaart van nu"),
            )
        return None

    def show_comparison(
        self, before: ProcessMap, after: ProcessMap, before_title: str, after_title: str
    ) -> ComparisonDialog:
        dialog = ComparisonDialog(
            compare(before, after),
            before_title,
            after_title,
            after.details.hours_per_day,
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
