"""The report's charts in the app, painted with plain QPainter (no chart library):
where the lead time goes along the critical path (Analyse dock) and the trend of
the key figures and of the three voices over the snapshots (Momentopnamen dock)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from procesbouw.analysis.chart_data import StepTime
from procesbouw.units import format_significant
from ui import settings

WAIT = QColor("#E8B04A")  # as in the PDF (procesbouw/report/charts.py)
WORK = QColor("#1B3A5C")
ACCENT = QColor("#E8A317")
GRID = QColor("#D5DAE1")
INK = QColor("#1E2838")
MUTED = QColor("#6B7480")
VOICE = {  # as the PDF's VOICE_COLOURS (procesbouw/report/styles.py)
    "customer": QColor("#0E7C86"),
    "employee": QColor("#5B4B8A"),
    "business": QColor("#9A5B13"),
}

_ROW = 18
_LABEL_SHARE = 0.42  # of the width, for the step names


class LeadTimeChart(QWidget):
    """Stacked bars: the wait and the work of each critical-path step."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[StepTime] = []
        self.unit_minutes = 60.0
        self.unit_name = ""
        self.legend = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_times(
        self, times: list[StepTime], unit_minutes: float, unit_name: str, legend: tuple[str, str]
    ) -> None:
        if (times, unit_minutes, unit_name, legend) == (
            self.times, self.unit_minutes, self.unit_name, self.legend,
        ):  # fmt: skip
            return  # most edits leave the critical path's bars as they were: no repaint
        self.times, self.unit_minutes, self.unit_name, self.legend = (
            times, unit_minutes, unit_name, legend,
        )  # fmt: skip
        self.setFixedHeight(self.sizeHint().height())
        self.setToolTip(
            "\n".join(
                f"{t.name}: {legend[0]} {_number(t.wait / unit_minutes)}, "
                f"{legend[1]} {_number(t.work / unit_minutes)} {unit_name}"
                for t in times
            )
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(320, 40 + len(self.times) * _ROW + 22)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if not self.times:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        label_width = int(width * _LABEL_SHARE)
        left, right = label_width + 6, width - 8
        top = 24
        longest = max(t.wait + t.work for t in self.times) / self.unit_minutes or 1.0
        scale = (right - left) / _nice(longest)
        _legend(painter, metrics, left, 4, [(WAIT, self.legend[0]), (WORK, self.legend[1])])
        bottom = top + len(self.times) * _ROW
        _grid(painter, metrics, left, top, bottom, scale, _nice(longest))
        for index, step in enumerate(self.times):
            y = top + index * _ROW
            painter.setPen(INK)
            name = metrics.elidedText(step.name, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.drawText(
                QRectF(0, y, label_width, _ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            wait = step.wait / self.unit_minutes * scale
            work = step.work / self.unit_minutes * scale
            painter.setPen(Qt.PenStyle.NoPen)
            painter.fillRect(QRectF(left, y + 3, wait, _ROW - 6), WAIT)
            painter.fillRect(QRectF(left + wait, y + 3, work, _ROW - 6), WORK)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(left, bottom + 14, right - left, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.unit_name,
        )
        painter.end()


@dataclass(frozen=True)
class Line:
    """One line of a trend chart: a name, a colour and a value per snapshot."""

    name: str
    values: Sequence[float | None]
    colour: QColor


class TrendChart(QWidget):
    """Lines over the snapshots (oldest left); the axis values through ``value_text``."""

    def __init__(self, height: int = 150) -> None:
        super().__init__()
        self.title = ""
        self.labels: list[str] = []
        self.lines: list[Line] = []
        self.value_text: Callable[[float], str] = _number
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(height)

    def show_lines(
        self,
        title: str,
        labels: list[str],
        lines: list[Line],
        value_text: Callable[[float], str],
    ) -> None:
        self.title, self.labels, self.lines, self.value_text = title, labels, lines, value_text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        known = [v for line in self.lines for v in line.values if v is not None]
        if len(self.labels) < 2 or not known:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(QPointF(0, metrics.ascent()), self.title)
        painter.setFont(self.font())
        top = metrics.height() + 4
        if len(self.lines) > 1:
            _legend(painter, metrics, 0, top, [(line.colour, line.name) for line in self.lines])
            top += metrics.height() + 4
        axis = max(metrics.horizontalAdvance(self.value_text(_nice(max(known)))), 20) + 6
        left, right = axis, self.width() - 12
        bottom = self.height() - metrics.height() - 6
        high = _nice(max(known))
        step_x = (right - left) / (len(self.labels) - 1)
        for fraction in (0.0, 0.5, 1.0):
            y = bottom - (bottom - top - 6) * fraction
            painter.setPen(GRID)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y - 8, axis - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(high * fraction),
            )
        for index, label in enumerate(self.labels):
            x = left + index * step_x
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(step_x) + 20)
            alignment = (
                Qt.AlignmentFlag.AlignLeft
                if index == 0
                else Qt.AlignmentFlag.AlignRight
                if index == len(self.labels) - 1
                else Qt.AlignmentFlag.AlignHCenter
            )
            box = QRectF(x - step_x / 2 if index else x, bottom + 2, step_x, metrics.height())
            if index == len(self.labels) - 1:
                box = QRectF(x - step_x, bottom + 2, step_x, metrics.height())
            painter.drawText(box, alignment | Qt.AlignmentFlag.AlignTop, text)
        for line in self.lines:
            points = [
                QPointF(left + i * step_x, bottom - (bottom - top - 6) * v / high)
                for i, v in enumerate(line.values)
                if v is not None
            ]
            painter.setPen(QPen(line.colour, 2.4))
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            painter.setBrush(line.colour)
            for point in points:
                painter.drawEllipse(point, 3.5, 3.5)
        painter.end()


def _legend(
    painter: QPainter, metrics: QFontMetrics, x: float, y: float, items: list[tuple[QColor, str]]
) -> None:
    for colour, name in items:
        painter.fillRect(QRectF(x, y + 3, 10, 10), colour)
        painter.setPen(INK)
        painter.drawText(QPointF(x + 14, y + metrics.ascent()), name)
        x += 14 + metrics.horizontalAdvance(name) + 16


def _grid(
    painter: QPainter,
    metrics: QFontMetrics,
    left: float,
    top: float,
    bottom: float,
    scale: float,
    high: float,
) -> None:
    painter.setPen(GRID)
    for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = left + high * fraction * scale
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(x - 30, bottom, 60, 16), Qt.AlignmentFlag.AlignCenter, _number(high * fraction)
        )
        painter.setPen(GRID)


def _nice(value: float) -> float:
    """A round axis end at or above ``value``: 1, 2, 2.5, 5 × a power of ten."""
    if value <= 0:
        return 1.0
    power = 10 ** _floor_log10(value)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _floor_log10(value: float) -> int:
    return math.floor(math.log10(value))


def _number(value: float) -> str:
    return format_significant(value, settings.active_language())
