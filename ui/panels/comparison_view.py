"""The comparison of two versions of a map, readable at a glance on a projector:
big tiles with each key figure before → after and its change in colour, then
the steps that were added, removed or changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from procesbouw.comparison import (
    Comparison,
    FigureChange,
    FlowChange,
    MeasureChange,
    StepChange,
    format_difference,
    format_figure,
    format_figure_change,
    format_measure,
)
from ui import settings
from ui.panels.measures import measure_title

BETTER = "#2E7D32"
WORSE = "#C62828"
SAME = "#5F6368"
_TILE_STYLE = "QFrame#tile { background: #FFFFFF; border: 1px solid #D5D9DF; border-radius: 8px; }"


def _plain(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # step names and labels as typed
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class _Tile(QFrame):
    """A name, ``before → after`` in big type and the change in colour."""

    def __init__(self, name: str, values: str, change: str, improved: bool | None) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.setStyleSheet(_TILE_STYLE)
        colour = SAME if improved is None else BETTER if improved else WORSE
        self.name = _plain(name, "color: #3C4043; font-size: 13px;")
        self.values = _plain(values, "color: #1B1B1B; font-size: 26px; font-weight: 700;")
        self.change = _plain(change, f"color: {colour}; font-size: 20px; font-weight: 700;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.name)
        layout.addWidget(self.values)
        layout.addWidget(self.change)


class FigureTile(_Tile):
    """One key figure of the map."""

    def __init__(self, change: FigureChange, hours_per_day: float, lang: str = "nl") -> None:
        def shown(value: float | None) -> str:
            return "—" if value is None else format_figure(value, change.unit, hours_per_day, lang)

        super().__init__(
            change.name.text(lang),
            f"{shown(change.before)} → {shown(change.after)}",
            format_figure_change(change, lang),
            change.improved,
        )
        self.setToolTip(change.explanation.text(lang))


class MeasureTile(_Tile):
    """One measure of the three voices, as the team measured it at both moments."""

    def __init__(self, change: MeasureChange, lang: str = "nl") -> None:
        measure = change.measure
        super().__init__(
            measure_title(measure),
            f"{format_measure(change.before, measure, lang)} → "
            f"{format_measure(change.after, measure, lang)}",
            "—" if change.difference is None else format_difference(change.difference, lang),
            change.improved,
        )
        self.setToolTip(change.explanation.text(lang))


class ComparisonView(QWidget):
    def __init__(
        self,
        comparison: Comparison,
        before: str,
        after: str,
        hours_per_day: float,
        measures: tuple[MeasureChange, ...] = (),
    ) -> None:
        super().__init__()
        self.comparison = comparison
        heading = _plain(
            self.tr("%1  →  %2").replace("%1", before).replace("%2", after),
            "font-size: 18px; font-weight: 600; color: #1B1B1B;",
        )
        tiles = QGridLayout()
        tiles.setSpacing(10)
        lang = settings.active_language()
        self.tiles = [FigureTile(change, hours_per_day, lang) for change in comparison.figures]
        for index, tile in enumerate(self.tiles):
            tiles.addWidget(tile, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(tiles)
        # The three voices as the team measured them, employee first, like the figures.
        self.measure_tiles = [MeasureTile(change, lang) for change in measures]
        if self.measure_tiles:
            layout.addWidget(
                _plain(
                    self.tr("De drie stemmen"),
                    "font-size: 15px; font-weight: 600; padding-top: 8px;",
                )
            )
            voices = QGridLayout()
            voices.setSpacing(10)
            for index, tile in enumerate(self.measure_tiles):
                voices.addWidget(tile, index // 3, index % 3)
            layout.addLayout(voices)
        for title, changes, empty in (
            (self.tr("Nieuwe stappen"), comparison.added, self.tr("Geen nieuwe stappen.")),
            (self.tr("Verdwenen stappen"), comparison.removed, self.tr("Geen stappen verdwenen.")),
            (self.tr("Veranderde stappen"), comparison.changed, self.tr("Geen stappen veranderd.")),
            # A new rework loop moves the figures with no step changed: say so.
            (
                self.tr("Overdrachten en terugkoppelingen"),
                comparison.flows,
                self.tr("Geen overdrachten veranderd."),
            ),
        ):
            layout.addWidget(_plain(title, "font-size: 15px; font-weight: 600; padding-top: 8px;"))
            layout.addWidget(self._step_list(changes, empty, lang))
        layout.addStretch(1)

    @staticmethod
    def _step_list(
        changes: tuple[StepChange, ...] | tuple[FlowChange, ...], empty: str, lang: str
    ) -> QLabel:
        if not changes:
            return _plain(empty, "color: #5F6368; font-size: 13px;")
        lines = "\n".join(f"•  {c.explanation.text(lang)}" for c in changes)
        return _plain(lines, "font-size: 13px; line-height: 140%;")


class ComparisonDialog(QDialog):
    def __init__(
        self,
        comparison: Comparison,
        before: str,
        after: str,
        hours_per_day: float,
        parent: QWidget | None = None,
        measures: tuple[MeasureChange, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vergelijking"))
        self.view = ComparisonView(comparison, before, after, hours_per_day, measures)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(900, 640)
