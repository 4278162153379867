"""A flow drawn as an arrow: a handoff solid and forward, rework dashed and
curved back below the bricks with the share of cases that go back."""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from procesbouw.model import Flow, FlowKind
from procesbouw.units import format_number
from ui.canvas import style

if TYPE_CHECKING:
    from ui.canvas.brick import BrickItem

_LABEL_FONT = QFont()
_LABEL_FONT.setPointSizeF(style.DETAIL_POINT_SIZE + 0.5)
_LABEL_FONT.setBold(True)
_ARROW = 9.0


class _Look(NamedTuple):
    colour: QColor
    line: QPen
    head_outline: QPen
    head_fill: QBrush


@cache
def _look(rework: bool, critical: bool, highlighted: bool, selected: bool) -> _Look:
    """Pens and brush of an arrow in one state, made once: an arrow is painted
    again for every frame of a zoom or pan."""
    colour = QColor(style.REWORK if rework else style.FLOW)
    width = 2.0
    if critical:
        colour, width = QColor(style.CRITICAL), 3.5
    if highlighted:
        colour, width = QColor(style.HOTSPOT), 3.5
    if selected:
        colour, width = QColor(style.SELECTION), 3.5
    line = QPen(colour, width)
    line.setCapStyle(Qt.PenCapStyle.RoundCap)
    if rework:
        line.setStyle(Qt.PenStyle.DashLine)
    return _Look(colour, line, QPen(colour, 1), QBrush(colour))


class FlowItem(QGraphicsItem):
    def __init__(self, flow: Flow, source: BrickItem, target: BrickItem) -> None:
        super().__init__()
        self.flow = flow
        self.source = source
        self.target = target
        self.critical = False
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(style.Z_FLOW)
        self._path = QPainterPath()
        self._shape: QPainterPath | None = None
        self._head = QPolygonF()
        self._label_at = QPointF()
        self._bounds = QRectF()
        source.flows.add(self)
        target.flows.add(self)
        self.adjust()

    def detach(self) -> None:
        self.source.flows.discard(self)
        self.target.flows.discard(self)

    def set_flow(self, flow: Flow) -> None:
        self.flow = flow
        self.adjust()

    def set_critical(self, critical: bool) -> None:
        if critical != self.critical:
            self.critical = critical
            self.update()

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted != self.highlighted:
            self.highlighted = highlighted
            self.update()

    @property
    def is_rework(self) -> bool:
        return self.flow.kind == FlowKind.REWORK

    def adjust(self) -> None:
        """Recompute the path after either brick moved (compare before setting)."""
        if self.is_rework:
            path, end, direction, label = self._rework_path()
        else:
            path, end, direction, label = self._handoff_path()
        self._head = self._arrow_head(end, direction)
        # A curve lies inside its control points: bounds without stroking the path.
        # The hit shape (a widened stroke) is made when first asked for: stroking
        # every arrow was a fifth of building a 1,000-brick scene and of each drag.
        bounds = (
            path.controlPointRect().united(self._head.boundingRect()).adjusted(-46, -26, 46, 26)
        )
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._path, self._shape, self._label_at = path, None, label
        self.update()

    def _handoff_path(self) -> tuple[QPainterPath, QPointF, float, QPointF]:
        start = self.source.exit_point()
        end = self.target.entry_point()
        if end.x() < start.x() + 20:
            # Target left of (or under) the source: leave and enter vertically.
            start = self.source.mapToScene(QPointF(style.BRICK_WIDTH / 2, style.BRICK_HEIGHT))
            below = end.y() > start.y()
            end = self.target.mapToScene(
                QPointF(style.BRICK_WIDTH / 2, -style.STUD_HEIGHT if below else style.BRICK_HEIGHT)
            )
        dx = max(abs(end.x() - start.x()) / 2, 30)
        path = QPainterPath(start)
        if end.x() >= start.x() + 20 or abs(end.y() - start.y()) < 1:
            c1, c2 = start + QPointF(dx, 0), end - QPointF(dx, 0)
        else:
            dy = (end.y() - start.y()) / 2
            c1, c2 = start + QPointF(0, dy), end - QPointF(0, dy)
        path.cubicTo(c1, c2, end)
        direction = math.atan2(end.y() - c2.y(), end.x() - c2.x())
        return path, end, direction, QPointF()  # a handoff has no label

    def _rework_path(self) -> tuple[QPainterPath, QPointF, float, QPointF]:
        # Back from the bottom of the source to the bottom of the target, bulging down.
        start = self.source.mapToScene(QPointF(style.BRICK_WIDTH * 0.4, style.BRICK_HEIGHT))
        end = self.target.mapToScene(QPointF(style.BRICK_WIDTH * 0.6, style.BRICK_HEIGHT))
        depth = 50 + min(abs(start.x() - end.x()) * 0.15, 80)
        low = max(start.y(), end.y()) + depth
        c1, c2 = QPointF(start.x(), low), QPointF(end.x(), low)
        path = QPainterPath(start)
        path.cubicTo(c1, c2, end)
        direction = math.atan2(end.y() - c2.y(), end.x() - c2.x())
        return path, end, direction, path.pointAtPercent(0.5)

    @staticmethod
    def _arrow_head(tip: QPointF, angle: float) -> QPolygonF:
        left = tip - QPointF(math.cos(angle - 0.4) * _ARROW, math.sin(angle - 0.4) * _ARROW)
        right = tip - QPointF(math.cos(angle + 0.4) * _ARROW, math.sin(angle + 0.4) * _ARROW)
        return QPolygonF([tip, left, right])

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(12)
            self._shape = stroker.createStroke(self._path)
            self._shape.addPolygon(self._head)
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rework = self.is_rework
        look = _look(rework, self.critical, self.highlighted, self.isSelected())
        painter.setPen(look.line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(look.head_outline)
        painter.setBrush(look.head_fill)
        painter.drawPolygon(self._head)
        if rework and self.flow.rework_share is not None:
            self._paint_share(painter, look.colour)

    def _paint_share(self, painter: QPainter, colour: QColor) -> None:
        text = f"{format_number(self.flow.rework_share * 100, 1)}%"  # type: ignore[operator]
        painter.setFont(_LABEL_FONT)
        rect = QRectF(self._label_at.x() - 24, self._label_at.y() - 10, 48, 20)
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(rect, 10, 10)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
