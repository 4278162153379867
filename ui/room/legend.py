"""The legend under the audience screen: one entry for every mark it shows."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.canvas.brick_paint import paint_icon

SWATCH_WIDTH, SWATCH_HEIGHT = 44, 26
ENTRY_GAP = 8  # between a picture and its words
ENTRY_SPACE = 22  # after an entry's words


def _swatch(draw: str, colour: QColor) -> QPixmap:
    """A small picture of a mark as the canvas draws it."""
    pixmap = QPixmap(SWATCH_WIDTH, SWATCH_HEIGHT)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    body = QRectF(3, 3, SWATCH_WIDTH - 6, SWATCH_HEIGHT - 6)
    if draw == "brick":
        painter.setPen(QPen(colour.darker(150), 1.2))
        painter.setBrush(colour)
        painter.drawRoundedRect(body, 4, 4)
    elif draw == "outline":
        painter.setPen(QPen(colour, 3.5))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(body, 4, 4)
    elif draw == "heat":
        painter.setPen(QPen(QColor("#9AA3AC"), 1.2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(body, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(6, SWATCH_HEIGHT - 11, SWATCH_WIDTH - 12, 5), 2, 2)
    elif draw == "disc":
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(SWATCH_WIDTH / 2, SWATCH_HEIGHT / 2), 10, 10)
    elif draw in ("wait", "process"):  # the badge icons, drawn three times larger
        painter.setPen(QPen(colour, 1.2 / 3 * 2))
        painter.translate(SWATCH_WIDTH / 2, SWATCH_HEIGHT / 2)
        painter.scale(2.2, 2.2)
        paint_icon(painter, draw, QPointF(0, 0))
    elif draw == "ring":
        painter.setPen(QPen(colour, 3))
        painter.setBrush(QColor("#A0A5A9"))
        painter.drawEllipse(QPointF(SWATCH_WIDTH / 2, SWATCH_HEIGHT / 2), 10, 10)
    elif draw in ("thick", "dotted"):
        faded = QColor(colour)
        if draw == "dotted":
            faded.setAlpha(110)
        style_ = Qt.PenStyle.DotLine if draw == "dotted" else Qt.PenStyle.SolidLine
        painter.setPen(QPen(faded, 6 if draw == "thick" else 3, style_))
        painter.drawLine(
            QPointF(4, SWATCH_HEIGHT / 2), QPointF(SWATCH_WIDTH - 4, SWATCH_HEIGHT / 2)
        )
    else:  # an arrow: "arrow" solid, "dashed" dashed
        pen = QPen(colour, 3, Qt.PenStyle.DashLine if draw == "dashed" else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        y = SWATCH_HEIGHT / 2
        painter.drawLine(QPointF(3, y), QPointF(SWATCH_WIDTH - 10, y))
        head = QPainterPath(QPointF(SWATCH_WIDTH - 3, y))
        head.lineTo(SWATCH_WIDTH - 13, y - 6)
        head.lineTo(SWATCH_WIDTH - 13, y + 6)
        head.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(head)
    painter.end()
    return pixmap


Entry = tuple[str, QColor, str]  # kind of picture, colour, words


class Legend(QFrame):
    """Rows of (picture, words) entries; ``show_rows`` replaces them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setStyleSheet(
            "#legend { background: #FFFFFF; border-top: 1px solid #D5D9DF; }"
            "QLabel { color: #1B1B1B; font-size: 19px; }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(28, 8, 28, 10)
        self._layout.setSpacing(4)
        self.entries: list[str] = []
        self._rows: list[list[Entry]] = []
        self._laid_out_for = 0

    def show_rows(self, rows: list[list[Entry]]) -> None:
        """The entries in their rows; a row too wide for the screen wraps, so no
        words are cut at the edge."""
        self._rows = rows
        self.entries = [words for row in rows for _draw, _colour, words in row]
        self._lay_out()
        self.setVisible(bool(self.entries))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._laid_out_for != self._width():
            self._lay_out()

    def _width(self) -> int:
        screen = self.screen()
        if self.width() > 100 or screen is None:
            return self.width()
        return screen.availableGeometry().width()  # before the window is shown

    def _lay_out(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            row = item.widget() if item is not None else None
            if row is not None:
                row.deleteLater()
        self._laid_out_for = width = self._width()
        margins = self._layout.contentsMargins()
        room = width - margins.left() - margins.right()
        probe = QLabel()
        probe.setStyleSheet(self.styleSheet())
        probe.ensurePolished()
        metrics = probe.fontMetrics()
        for entries in self._rows:
            line: list[Entry] = []
            used = 0
            for entry in entries:
                # Picture, words and the space after them, with the row's gap
                # between each of the three.
                words = metrics.horizontalAdvance(entry[2])
                needed = SWATCH_WIDTH + words + ENTRY_SPACE + 3 * ENTRY_GAP
                if line and used + needed > room:
                    self._add_row(line)
                    line, used = [], 0
                line.append(entry)
                used += needed
            if line:
                self._add_row(line)

    def _add_row(self, entries: list[Entry]) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(ENTRY_GAP)
        for draw, colour, words in entries:
            picture = QLabel()
            picture.setPixmap(_swatch(draw, colour))
            text = QLabel(words)
            text.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(picture)
            layout.addWidget(text)
            layout.addSpacing(ENTRY_SPACE)
        layout.addStretch(1)
        self._layout.addWidget(row)
