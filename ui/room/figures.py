"""The key figures for the room: large numbers in tiles that never wrap.

A tile keeps its number and its words on one line each; when the screen is too
narrow for all of them, the least important tiles step aside rather than squeeze.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from procesbouw.analysis.results import Analysis
from procesbouw.units import format_duration_rounded, format_percent

VALUE_PIXELS = 44
CAPTION_PIXELS = 19


class FigureTile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel()
        self.value.setStyleSheet(f"font-size: {VALUE_PIXELS}px; font-weight: 700; color: white;")
        self.caption = QLabel()
        self.caption.setStyleSheet(f"font-size: {CAPTION_PIXELS}px; color: #C9D1D9;")
        for label in (self.value, self.caption):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 0, 18, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_figure(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class RoomFigures(QWidget):
    """Lead time, first-time-right, handoffs and flow efficiency, most important first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = [FigureTile(self) for _ in range(4)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addStretch(1)
        for tile in self.tiles:
            layout.addWidget(tile)

    def show_analysis(self, analysis: Analysis | None, hours_per_day: float, lang: str) -> None:
        figures = analysis.figures if analysis else None
        if figures is None:
            for tile in self.tiles:
                tile.show_figure("", "")
                tile.hide()
            message = analysis.message.text(lang) if analysis and analysis.message else ""
            self.tiles[0].show_figure("–", message)
            self.tiles[0].setVisible(bool(message))
            return
        values = [
            (
                format_duration_rounded(figures.lead_time_expected, hours_per_day, lang),
                self.tr("doorlooptijd"),
            ),
            (format_percent(figures.rolled_ftr, lang), self.tr("first-time-right")),
            (str(figures.handoffs), self.tr("overdrachten")),
            (format_percent(figures.flow_efficiency, lang), self.tr("stroomefficiëntie")),
        ]
        for tile, (value, caption) in zip(self.tiles, values, strict=True):
            tile.show_figure(value, caption)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        # Tiles that do not fit step aside: they must never widen the window.
        return QSize(0, super().minimumSizeHint().height())

    def shown_texts(self) -> list[str]:
        return [f"{t.value.text()} {t.caption.text()}" for t in self.tiles if not t.isHidden()]

    def _fit(self) -> None:
        """Show as many tiles, most important first, as fit the width on one line each."""
        available = self.width()
        used = 0
        for tile in self.tiles:
            needed = tile.sizeHint().width() + 8
            fits = bool(tile.value.text()) and used + needed <= available
            tile.setVisible(fits)
            used += needed if fits else 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
