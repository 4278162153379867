"""A flow drawn as an arrow: a handoff solid and forward, rework dashed and
curved back below the bricks with the share of cases that go back."""

from __future__ import annotations

import math
from functools import cache
from typing import NamedTuple, TypeAlias

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from procesbouw.map_geometry import rework_curve
from procesbouw.model import Flow, FlowKind
from procesbouw.units import format_percent
from ui import settings
from ui.canvas import style
from ui.canvas.brick import BrickItem

_LABEL_FONT = QFont()
_LABEL_FONT.setPointSizeF(style.DETAIL_POINT_SIZE + 0.5)
_LABEL_FONT.setBold(True)
_ARROW = 9.0
# Held once: every paint of every arrow sets them, and looking a Qt enum up and
# handing it over costs more than passing an object already made.
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_BRUSH = QBrush()


_Point: TypeAlias = tuple[float, float]
_Curve: TypeAlias = tuple[_Point, _Point, _Point, _Point]


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
        self._curve: _Curve = ((0.0, 0.0),) * 4  # start, two control points, end
        self._path: QPainterPath | None = None
        self._shape: QPainterPath | None = None
        self._head = QPolygonF()
        self._label_centre: QPointF | None = None
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
        """Recompute the curve after either brick moved (compare before setting).

        Only the four points of the curve are computed here, in plain floats; the
        QPainterPath, arrow head and hit shape are made when first painted or hit:
        a scene of 1,000 bricks builds all its arrows, but shows few of them."""
        curve = self._rework_curve() if self.is_rework else self._handoff_curve()
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
        # A curve lies inside its control points; the margin holds the arrow head,
        # the pen and the rework label.
        bounds = QRectF(
            min(x0, x1, x2, x3) - 46,
            min(y0, y1, y2, y3) - 26,
            max(x0, x1, x2, x3) - min(x0, x1, x2, x3) + 92,
            max(y0, y1, y2, y3) - min(y0, y1, y2, y3) + 52,
        )
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._curve = curve
        self._path = self._shape = None
        self._label_centre = None
        self.update()

    def _handoff_curve(self) -> _Curve:
        source, target = self.source.pos(), self.target.pos()
        start = (source.x() + style.BRICK_WIDTH, source.y() + style.BRICK_HEIGHT / 2)  # exit
        end = (target.x(), target.y() + style.BRICK_HEIGHT / 2)  # entry
        if target.x() + style.BRICK_WIDTH <= source.x():
            # Backward: out of the exit and into the entry like any handoff, arching
            # over the bricks (rework bulges below), never hidden behind them.
            top = min(source.y(), target.y()) - style.BACKWARD_ARCH
            return start, (start[0] + 90, top), (end[0] - 90, top), end
        if end[0] < start[0] + 20:
            # Target (nearly) under or above the source: leave and enter vertically.
            start = (source.x() + style.BRICK_WIDTH / 2, source.y() + style.BRICK_HEIGHT)
            below = end[1] > start[1]
            if not below:
                start = (start[0], source.y() - style.STUD_HEIGHT)
            end = (
                target.x() + style.BRICK_WIDTH / 2,
                target.y() + (-style.STUD_HEIGHT if below else style.BRICK_HEIGHT),
            )
        dx = max(abs(end[0] - start[0]) / 2, 30)
        if end[0] >= start[0] + 20 or abs(end[1] - start[1]) < 1:
            c1, c2 = (start[0] + dx, start[1]), (end[0] - dx, end[1])
        else:
            dy = (end[1] - start[1]) / 2
            c1, c2 = (start[0], start[1] + dy), (end[0], end[1] - dy)
        return start, c1, c2, end

    def _rework_curve(self) -> _Curve:
        # Back from the bottom of the source to the bottom of the target, bulging
        # down; the PDF draws the same curve (procesbouw.map_geometry).
        source, target = self.source.pos(), self.target.pos()
        return rework_curve(
            (source.x(), source.y()),
            (target.x(), target.y()),
            style.BRICK_WIDTH,
            style.BRICK_HEIGHT,
        )

    def _drawing(self) -> QPainterPath:
        """The curve and its arrow head, made on first use after a change."""
        if self._path is None:
            start, c1, c2, end = (QPointF(*point) for point in self._curve)
            self._path = QPainterPath(start)
            self._path.cubicTo(c1, c2, end)
            direction = math.atan2(end.y() - c2.y(), end.x() - c2.x())
            self._head = self._arrow_head(end, direction)
        return self._path

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
            self._shape = stroker.createStroke(self._drawing())
            self._shape.addPolygon(self._head)
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Zoomed out, as for the bricks: no smoothing where a line is a pixel or two,
        # no head under 3 pixels, no share label where no text can be read.
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(_ANTIALIASING, lod > style.DETAIL_ZOOM)
        rework = self.is_rework
        look = _look(rework, self.critical, self.highlighted, self.isSelected())
        painter.setPen(look.line)
        painter.setBrush(_NO_BRUSH)
        painter.drawPath(self._drawing())
        if lod >= style.STUD_ZOOM:
            painter.setPen(look.head_outline)
            painter.setBrush(look.head_fill)
            painter.drawPolygon(self._head)
        if rework and self.flow.rework_share is not None and lod >= style.DETAIL_ZOOM:
            self._paint_share(painter, look.colour)

    def label_centre(self) -> QPointF:
        """Where the rework share is written (scene coordinates: the item sits at 0, 0)."""
        if self._label_centre is None or self._path is None:
            self._label_centre = self._drawing().pointAtPercent(0.5)
        return self._label_centre

    def share_text(self) -> str:
        """The rework share as every other percentage in the app: ``15 %``, ``0,5 %``."""
        share = self.flow.rework_share
        return "" if share is None else format_percent(share, settings.active_language())

    def _paint_share(self, painter: QPainter, colour: QColor) -> None:
        text = self.share_text()
        painter.setFont(_LABEL_FONT)
        middle = self.label_centre()
        # As wide as the text needs, within the margin adjust() keeps for the label.
        width = min(max(48.0, QFontMetricsF(_LABEL_FONT).horizontalAdvance(text) + 14), 90.0)
        rect = QRectF(middle.x() - width / 2, middle.y() - 10, width, 20)
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(rect, 10, 10)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
