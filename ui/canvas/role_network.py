"""The role network: roles as nodes, collaboration through flows as edges, and
the links the team drew itself.

Edge width follows the number of flows. A link the team drew is solid green
(with its note); a hidden connection (work flows but the team drew no link) is
dashed orange and marked; a drawn link with no flows behind it is dotted;
brokers carry a ring. So drawn and hidden read side by side at a glance.
Dragging from one role to another asks for a new link (``link_requested``);
a right click on a drawn link offers to remove it (``unlink_requested``).
Standard items only: this view is small.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QMenu,
)

from procesbouw.analysis.results import Analysis
from procesbouw.model import ProcessMap
from ui.canvas import style

NODE_RADIUS = 46
RING_RADIUS = 260
EDGE_POINTS = 10.0  # the words on an edge: its count and the link's note
NAME_POINTS = 11.0  # a role's name, in or under its node
_ROLE = 0  # item data key: the role id of a node
_LINK = 1  # item data key: the id of a drawn link


def _positions(role_ids: list[str], stretch: float) -> dict[str, QPointF]:
    """Roles on a circle (an ellipse ``stretch`` times as wide), in map order,
    starting at the top."""
    count = max(len(role_ids), 1)
    return {
        role_id: QPointF(
            stretch * RING_RADIUS * math.cos(-math.pi / 2 + 2 * math.pi * index / count),
            RING_RADIUS * math.sin(-math.pi / 2 + 2 * math.pi * index / count),
        )
        for index, role_id in enumerate(role_ids)
    }


def _outside(at: QPointF, width: float, height: float, gap: float) -> QPointF:
    """Where a name ``width`` × ``height`` goes beside the node at ``at`` (the
    ring's centre is the origin): right of a node on the right, left of one on the
    left, above the top node and under the bottom one."""
    if abs(at.x()) > 0.5 * abs(at.y()):
        x = at.x() + gap if at.x() > 0 else at.x() - gap - width
        return QPointF(x, at.y() - height / 2)
    y = at.y() - gap - height if at.y() < 0 else at.y() + gap
    return QPointF(at.x() - width / 2, y)


class RoleNetworkScene(QGraphicsScene):
    link_requested = Signal(str, str)  # role a, role b: dragged from one to the other
    unlink_requested = Signal(str)  # link id

    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundBrush(style.BASEPLATE)
        self.nodes: dict[str, QGraphicsEllipseItem] = {}
        self.edges: dict[tuple[str, str], QGraphicsPathItem] = {}
        self.read_only = False
        self.text_scale = 1.0  # the audience screen draws the words larger
        self._names_beside = False
        self._label_boxes: list[QRectF] = []  # the edges' words placed so far
        self._drag_from: str | None = None
        self._preview: QGraphicsLineItem | None = None

    def show_network(
        self,
        analysis: Analysis,
        pm: ProcessMap,
        labels: dict[str, str],
        legend_below: bool = False,
        text_scale: float = 1.0,
        stretch: float = 1.0,
        names_beside: bool = False,
    ) -> None:
        """``labels``: the words for the legend, already translated (none: no
        legend, the audience screen has its own); with ``legend_below`` the legend
        goes under the ring (a narrow view) instead of beside it, so the network
        is drawn larger. ``text_scale`` enlarges the names and the edges' words
        (the wall reads them from six metres); ``stretch`` widens the ring into an
        ellipse for a wide screen, which gives those words room, and
        ``names_beside`` puts long role names beside their nodes, outside the
        ring (where the edges' words are not), instead of under them (narrower)."""
        self.text_scale = text_scale
        self._names_beside = names_beside
        self._label_boxes = []
        self.clear()
        self._preview = None
        self.nodes.clear()
        self.edges.clear()
        at = _positions(list(pm.roles), stretch)
        heaviest = max((c.flow_count for c in analysis.collaboration), default=1)
        drawn = {frozenset((k.role_a_id, k.role_b_id)): k for k in pm.role_links.values()}
        for collaboration in analysis.collaboration:
            a, b = collaboration.role_a_id, collaboration.role_b_id
            width = 2 + 8 * collaboration.flow_count / heaviest
            link = drawn.get(frozenset((a, b)))
            if collaboration.hidden or link is None:
                pen = QPen(style.REWORK, width, Qt.PenStyle.DashLine)
            else:
                pen = QPen(style.HOTSPOT, width)
            text = f"{collaboration.flow_count}×"
            self._edge(a, b, at, pen, text, collaboration.hidden, link.note if link else "")
            if link is not None:
                self.edges[(a, b)].setData(_LINK, link.id)
        unused = {u.link_id for u in analysis.unused_links}
        for link in pm.role_links.values():
            if link.id in unused:
                pen = QPen(style.HOTSPOT, 2.5, Qt.PenStyle.DotLine)
                self._edge(link.role_a_id, link.role_b_id, at, pen, "", False, link.note)
                self.edges[(link.role_a_id, link.role_b_id)].setData(_LINK, link.id)
        brokers = {b.role_id for b in analysis.brokers}
        for role in pm.roles.values():
            self._node(role.id, role.name, QColor(role.colour), at[role.id], role.id in brokers)
        if labels:
            self._legend(labels, legend_below)

    # -- drawing a link: drag from role to role ---------------------------------------

    def role_at(self, pos: QPointF) -> str | None:
        for item in self.items(pos):
            while item is not None and item.data(_ROLE) is None:
                item = item.parentItem()
            if item is not None:
                return str(item.data(_ROLE))
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        role_id = self.role_at(event.scenePos())
        if event.button() == Qt.MouseButton.LeftButton and role_id and not self.read_only:
            self._drag_from = role_id
            centre = self.nodes[role_id].rect().center()
            self._preview = self.addLine(QLineF(centre, event.scenePos()), _preview_pen())
            self._preview.setZValue(5)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._preview is not None:
            line = self._preview.line()
            self._preview.setLine(QLineF(line.p1(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag_from is None:
            super().mouseReleaseEvent(event)
            return
        source, self._drag_from = self._drag_from, None
        if self._preview is not None:
            self.removeItem(self._preview)
            self._preview = None
        target = self.role_at(event.scenePos())
        if target is not None and target != source:
            self.link_requested.emit(source, target)
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        link_id = next(
            (item.data(_LINK) for item in self.items(event.scenePos()) if item.data(_LINK)),
            None,
        )
        if link_id is None or self.read_only:
            return
        menu = QMenu()
        remove = menu.addAction(
            QCoreApplication.translate("RoleNetworkScene", "Verbinding verwijderen")
        )
        if menu.exec(event.screenPos()) is remove:
            self.unlink_requested.emit(str(link_id))

    def _edge(
        self,
        a: str,
        b: str,
        at: dict[str, QPointF],
        pen: QPen,
        text: str,
        hidden: bool,
        note: str = "",
    ) -> None:
        path = QPainterPath(at[a])
        middle = (at[a] + at[b]) / 2
        # Bend slightly towards the centre so parallel edges stay apart.
        path.quadTo(middle * 0.85, at[b])
        item = self.addPath(path, pen)
        item.setZValue(0)
        self.edges[(a, b)] = item
        if note:
            item.setToolTip(note)
            font = self._font(EDGE_POINTS, hidden)
            shown = QFontMetricsF(font).elidedText(
                note, Qt.TextElideMode.ElideRight, 180 * self.text_scale
            )
            text = f"{text}  “{shown}”" if text else f"“{shown}”"
        if text:
            label = QGraphicsSimpleTextItem(text + ("  ⚠" if hidden else ""))
            label.setFont(self._font(EDGE_POINTS, hidden))
            label.setBrush(QBrush(style.REWORK if hidden else style.FLOW))
            # A white pill behind the label keeps it readable on top of the edge.
            box = label.boundingRect().adjusted(-5, -2, 5, 2)
            backing = self.addPath(QPainterPath(), QPen(Qt.PenStyle.NoPen), QBrush(QColor("white")))
            pill = QPainterPath()
            pill.addRoundedRect(box, 8, 8)
            backing.setPath(pill)
            backing.setPos(self._free_spot(path, box) - box.center())
            backing.setZValue(2)
            label.setParentItem(backing)

    def _node(self, role_id: str, name: str, colour: QColor, at: QPointF, broker: bool) -> None:
        rect = QRectF(at.x() - NODE_RADIUS, at.y() - NODE_RADIUS, 2 * NODE_RADIUS, 2 * NODE_RADIUS)
        if broker:
            ring = self.addEllipse(rect.adjusted(-9, -9, 9, 9), QPen(style.CRITICAL, 4))
            ring.setZValue(1)
        node = self.addEllipse(rect, QPen(colour.darker(150), 2), QBrush(colour))
        node.setZValue(1)
        node.setData(_ROLE, role_id)
        node.setCursor(Qt.CursorShape.CrossCursor)
        self.nodes[role_id] = node
        text = QGraphicsSimpleTextItem(name, node)
        text.setFont(self._font(NAME_POINTS, True))
        text.setBrush(QBrush(style.text_colour_on(colour)))
        size = text.boundingRect()
        if size.width() > 2 * NODE_RADIUS - 8:
            # A long name goes outside the node instead of being squeezed inside it.
            text.setBrush(QBrush(style.TEXT_DARK))
            gap = NODE_RADIUS + (12 if broker else 4)
            if self._names_beside:
                text.setPos(_outside(at, size.width(), size.height(), gap))
            else:
                text.setPos(at.x() - size.width() / 2, at.y() + gap)
        else:
            text.setPos(at.x() - size.width() / 2, at.y() - size.height() / 2)

    def _free_spot(self, path: QPainterPath, box: QRectF) -> QPointF:
        """A point on the edge for its label: the middle, or nearer an end where
        the middle is taken by another edge's label (edges cross at the centre)."""
        for share in (0.5, 0.38, 0.62, 0.28, 0.72):
            spot = path.pointAtPercent(share)
            placed = box.translated(spot - box.center())
            if not any(placed.intersects(taken) for taken in self._label_boxes):
                self._label_boxes.append(placed)
                return spot
        return path.pointAtPercent(0.5)

    def _font(self, points: float, bold: bool) -> QFont:
        font = QFont()
        font.setPointSizeF(points * self.text_scale)
        font.setBold(bold)
        return font

    def smallest_text_pixels(self) -> float:
        """The height of the smallest words drawn (the edges'), in scene units."""
        return QFontInfo(self._font(EDGE_POINTS, False)).pixelSize()

    def _legend(self, labels: dict[str, str], below: bool) -> None:
        drawn = self.itemsBoundingRect()  # the ring with the names beside its nodes
        top, left = -RING_RADIUS - NODE_RADIUS - 20, drawn.right() + 50
        if below:
            top, left = drawn.bottom() + 40, drawn.left()
        rows = [
            (QPen(style.HOTSPOT, 4), labels["drawn"]),
            (QPen(style.REWORK, 4, Qt.PenStyle.DashLine), labels["hidden"]),
            (QPen(style.HOTSPOT, 2.5, Qt.PenStyle.DotLine), labels["unused"]),
            (QPen(style.CRITICAL, 4), labels["broker"]),
        ]
        for index, (pen, text) in enumerate(rows):
            y = top + index * 28
            path = QPainterPath(QPointF(left, y + 8))
            path.lineTo(left + 40, y + 8)
            self.addPath(path, pen)
            label = self.addSimpleText(text)
            label.setPos(left + 50, y)
        hint = self.addSimpleText(labels["how"])
        hint.setBrush(QBrush(style.FLOW))
        hint.setPos(left, top + len(rows) * 28 + 8)


def _preview_pen() -> QPen:
    return QPen(style.SELECTION, 3, Qt.PenStyle.DashLine)
