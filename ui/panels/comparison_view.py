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
    StepChange,
    format_figure,
    format_figure_change,
)
from ui import settings

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


class FigureTile(QFrame):
    """One key figure: its name, ``before → after`` in big type, the change in colour."""

    def __init__(self, change: FigureChange, hours_per_day: float, lang: str = "nl") -> None:
        super().__init__()
        self.setObjectName("tile")
        self.setStyleSheet(_TILE_STYLE)

        def shown(value: float | None) -> str:
            return "—" if value is None else format_figure(value, change.unit, hours_per_day, lang)

        colour = SAME if change.improved is None else BETTER if change.improved else WORSE
        self.name = _plain(change.name.text(lang), "color: #3C4043; font-size: 13px;")
        self.values = _plain(
            f"{shown(change.before)} → {shown(change.after)}",
            "color: #1B1B1B; font-size: 26px; font-weight: 700;",
        )
        self.change = _plain(
            format_figure_change(change, lang),
            f"color: {colour}; font-size: 20px; font-weight: 700;",
        )
        self.setToolTip(change.explanation.text(lang))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.name)
        layout.addWidget(self.values)
        layout.addWidget(self.change)


class ComparisonView(QWidget):
    def __init__(
        self, comparison: Comparison, before: str, after: str, hours_per_day: float
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
        for title, changes, empty in (
            (self.tr("Nieuwe stappen"), comparison.added, self.tr("Geen nieuwe stappen.")),
            (self.tr("Verdwenen stappen"), comparison.removed, self.tr("Geen stappen verdwenen.")),
            (self.tr("Veranderde stappen"), comparison.changed, self.tr("Geen stappen veranderd.")),
        ):
            layout.addWidget(_plain(title, "font-size: 15px; font-weight: 600; padding-top: 8px;"))
            layout.addWidget(self._step_list(changes, empty, lang))
        layout.addStretch(1)

    @staticmethod
    def _step_list(changes: tuple[StepChange, ...], empty: str, lang: str) -> QLabel:
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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vergelijking"))
        self.view = ComparisonView(comparison, before, after, hours_per_day)
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
