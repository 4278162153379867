"""The key figures in large type over the canvas, for the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from procesbouw.analysis.results import Analysis
from procesbouw.units import format_duration_rounded, format_percent


class FiguresBanner(QFrame):
    """Shown in presentation mode in the top left corner of the canvas: the lead
    time in large type, the other key figures underneath."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "#banner { background: rgba(255, 255, 255, 230); border-radius: 12px; }"
            "QLabel { color: #1B1B1B; }"
        )
        self.headline = QLabel()
        self.headline.setStyleSheet("font-size: 34px; font-weight: 700;")
        self.details = QLabel()
        self.details.setStyleSheet("font-size: 20px; color: #37424D;")
        for label in (self.headline, self.details):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 12, 22, 14)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        self.hide()

    def text(self) -> str:
        return f"{self.headline.text()}\n{self.details.text()}"

    def show_analysis(self, analysis: Analysis | None, hours_per_day: float, lang: str) -> None:
        figures = analysis.figures if analysis else None
        if figures is None:
            message = analysis.message if analysis else None
            self.headline.setText(message.text(lang) if message else "")
            self.details.clear()
        else:
            lead = format_duration_rounded(figures.lead_time_expected, hours_per_day, lang)
            self.headline.setText(self.tr("Doorlooptijd %1").replace("%1", lead))
            parts = [
                self.tr("stroomefficiëntie %1").replace(
                    "%1", format_percent(figures.flow_efficiency, lang)
                ),
                self.tr("first-time-right %1").replace(
                    "%1", format_percent(figures.rolled_ftr, lang)
                ),
                self.tr("%n overdracht(en)", "", figures.handoffs),
            ]
            self.details.setText("  ·  ".join(parts))
        self.details.setVisible(bool(self.details.text()))
        parent = self.parentWidget()
        if parent is not None:
            self.setMaximumWidth(max(parent.width() - 48, 200))
        self.adjustSize()
        self.move(24, 24)
