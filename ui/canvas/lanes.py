"""Role swimlanes behind the bricks: a light band in the role's colour, named at its left.

The lanes are read from where the bricks stand (``procesbouw.layout.LaneBands``):
after "Netjes leggen" they are there; a map whose roles mix is drawn without.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from procesbouw.layout import Lane
from procesbouw.model import Role
from ui.canvas import style
from ui.canvas.brick_paint import room_pixels

_LABEL_FONT = QFont()
_LABEL_FONT.setPointSizeF(style.LANE_LABEL_POINT_SIZE)
_LABEL_FONT.setBold(True)


class LaneItem(QGraphicsItem):
    """One lane; never selectable or movable, so clicks fall through to the baseplate."""

    def __init__(self, lane: Lane, role: Role | None) -> None:
        super().__init__()
        self.lane = lane
        self.role_id = lane.role_id
        self.role = role  # as drawn: another name or colour is drawn anew
        self.name = role.name if role else QCoreApplication.translate("BrickItem", "Geen rol")
        base = QColor(role.colour) if role else style.NO_ROLE_COLOUR
        self._tint = QColor(base)
        self._tint.setAlpha(style.LANE_TINT_ALPHA)
        self._label_colour = base.darker(160) if base.lightnessF() > 0.45 else base
        self._rect = QRectF(lane.left, lane.top, lane.right - lane.left, lane.height)
        self.setZValue(style.Z_LANE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def _label_font(self, width: float) -> QFont:
        """Smaller type rather than a long word ("Wijkverpleegkundige") running
        out of the label column."""
        metrics = QFontMetricsF(_LABEL_FONT)
        longest = max((metrics.horizontalAdvance(w) for w in self.name.split()), default=1.0)
        if longest <= width:
            return _LABEL_FONT
        font = QFont(_LABEL_FONT)
        font.setPointSizeF(max(_LABEL_FONT.pointSizeF() * width / longest, 6))
        return font

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._tint)
        painter.drawRect(self._rect)
        painter.setPen(QPen(style.LANE_EDGE, 1))
        painter.drawLine(self._rect.topLeft(), self._rect.topRight())
        painter.drawLine(self._rect.bottomLeft(), self._rect.bottomRight())
        if room_pixels() is not None:
            return  # on the projector the legend names the roles, in larger type
        label = QRectF(
            self.lane.left + 10, self.lane.top + 8, self.lane.label_right - self.lane.left - 16,
            self.lane.height - 16,
        )  # fmt: skip
        painter.setFont(self._label_font(label.width()))
        painter.setPen(self._label_colour)
        painter.drawText(
            label,
            int(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            ),
            self.name,
        )
