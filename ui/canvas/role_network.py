"""The role network: roles as nodes, collaboration through flows as edges.

Edge width follows the number of flows; a hidden connection (work flows but
the team drew no link) is dashed and marked; a drawn link with no flows behind
it is faded; brokers carry a ring. Standard items only: this view is small.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from procesbouw.analysis.results import Analysis
from procesbouw.model import ProcessMap
from ui.canvas import style

NODE_RADIUS = 46
RING_RADIUS = 260


def _positions(role_ids: list[str]) -> dict[str, QPointF]:
    """Roles on a circle, in map order, starting at the top."""
    count = max(len(role_ids), 1)
    return {
        role_id: QPointF(
            RING_RADIUS * math.cos(-math.pi / 2 + 2 * math.pi * index / count),
            RING_RADIUS * math.sin(-math.pi / 2 + 2 * math.pi * index / count),
        )
        for index, role_id in enumerate(role_ids)
    }


class RoleNetworkScene(QGraphicsScene):
    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundBrush(style.BASEPLATE)
        self.nodes: dict[str, QGraphicsEllipseItem] = {}
        self.edges: dict[tuple[str, str], QGraphicsPathItem] = {}

    def show_network(self, analysis: Analysis, pm: ProcessMap, labels: dict[str, str]) -> None:
        """``labels``: the words for the legend, already translated (none: no legend)."""
        self.clear()
        self.nodes.clear()
        self.edges.clear()
        at = _positions(list(pm.roles))
        heaviest = max((c.flow_count for c in analysis.collaboration), default=1)
        for collaboration in analysis.collaboration:
            a, b = collaboration.role_a_id, collaboration.role_b_id
            width = 2 + 8 * collaboration.flow_count / heaviest
            pen = QPen(style.FLOW, width)
            if collaboration.hidden:
                pen = QPen(style.REWORK, width, Qt.PenStyle.DashLine)
            self._edge(a, b, at, pen, f"{collaboration.flow_count}×", collaboration.hidden)
        unused = {u.link_id for u in analysis.unused_links}
        for link in pm.role_links.values():
            if link.id in unused:
                faded = QColor(style.FLOW)
                faded.setAlpha(70)
                self._edge(
                    link.role_a_id,
                    link.role_b_id,
                    at,
                    QPen(faded, 2, Qt.PenStyle.DotLine),
                    "",
                    False,
                )
        brokers = {b.role_id for b in analysis.brokers}
        for role in pm.roles.values():
            self._node(role.id, role.name, QColor(role.colour), at[role.id], role.id in brokers)
        if labels:  # the audience screen has a legend of its own
            self._legend(labels)

    def _edge(
        self, a: str, b: str, at: dict[str, QPointF], pen: QPen, text: str, hidden: bool
    ) -> None:
        path = QPainterPath(at[a])
        middle = (at[a] + at[b]) / 2
        # Bend slightly towards the centre so parallel edges stay apart.
        path.quadTo(middle * 0.85, at[b])
        item = self.addPath(path, pen)
        item.setZValue(0)
        self.edges[(a, b)] = item
        if text:
            label = QGraphicsSimpleTextItem(text + ("  ⚠" if hidden else ""))
            font = QFont()
            font.setPointSize(10)
            font.setBold(hidden)
            label.setFont(font)
            label.setBrush(QBrush(style.REWORK if hidden else style.FLOW))
            # A white pill behind the label keeps it readable on top of the edge.
            box = label.boundingRect().adjusted(-5, -2, 5, 2)
            backing = self.addPath(QPainterPath(), QPen(Qt.PenStyle.NoPen), QBrush(QColor("white")))
            pill = QPainterPath()
            pill.addRoundedRect(box, 8, 8)
            backing.setPath(pill)
            backing.setPos(path.pointAtPercent(0.5) - box.center())
            backing.setZValue(2)
            label.setParentItem(backing)

    def _node(self, role_id: str, name: str, colour: QColor, at: QPointF, broker: bool) -> None:
        rect = QRectF(at.x() - NODE_RADIUS, at.y() - NODE_RADIUS, 2 * NODE_RADIUS, 2 * NODE_RADIUS)
        if broker:
            ring = self.addEllipse(rect.adjusted(-9, -9, 9, 9), QPen(style.CRITICAL, 4))
            ring.setZValue(1)
        node = self.addEllipse(rect, QPen(colour.darker(150), 2), QBrush(colour))
        node.setZValue(1)
        self.nodes[role_id] = node
        text = QGraphicsSimpleTextItem(name, node)
        font = QFont()
        font.setPointSize(11)
        font.setBold(True)
        text.setFont(font)
        text.setBrush(QBrush(style.text_colour_on(colour)))
        metrics_width = text.boundingRect().width()
        if metrics_width > 2 * NODE_RADIUS - 8:
            # Long names go under the node instead of being squeezed inside it.
            text.setBrush(QBrush(style.TEXT_DARK))
            text.setPos(at.x() - metrics_width / 2, at.y() + NODE_RADIUS + (12 if broker else 4))
        else:
            text.setPos(at.x() - metrics_width / 2, at.y() - text.boundingRect().height() / 2)

    def _legend(self, labels: dict[str, str]) -> None:
        top = -RING_RADIUS - NODE_RADIUS - 20
        left = RING_RADIUS + NODE_RADIUS + 60
        rows = [
            (QPen(style.FLOW, 4), labels["flows"]),
            (QPen(style.REWORK, 4, Qt.PenStyle.DashLine), labels["hidden"]),
            (QPen(QColor(74, 85, 96, 70), 2, Qt.PenStyle.DotLine), labels["unused"]),
            (QPen(style.CRITICAL, 4), labels["broker"]),
        ]
        for index, (pen, text) in enumerate(rows):
            y = top + index * 28
            path = QPainterPath(QPointF(left, y + 8))
            path.lineTo(left + 40, y + 8)
            self.addPath(path, pen)
            label = self.addSimpleText(text)
            label.setPos(left + 50, y)
