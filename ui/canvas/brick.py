"""A step drawn as a LEGO brick: role colour, studs on top, name, role and badges.

The item only mirrors a ``Step``; dragging moves it visually, and the scene
turns the finished drag into one undoable command. What the brick says is in
``brick_text``, how it is drawn in ``brick_paint``.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from procesbouw.model import Role, Step
from ui.canvas import brick_paint, style
from ui.canvas.brick_text import (
    DETAIL_FONT,
    NAME_FONT,
    badge_texts,
    tooltip_html,
    wrapped_lines,
)

_BOUNDS = QRectF(  # every brick's: body, studs, connect handle and a margin of 4, and
    -4,  # above the studs room for the projector's story count (brick_paint)
    -style.STUD_HEIGHT - 12,
    style.BRICK_WIDTH + 16,  # the handle grows to 11 when zoomed out
    style.BRICK_HEIGHT + style.STUD_HEIGHT + 16,
)
# Combined once: or-ing Qt's flag enums costs ~6 µs a time in Python.
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_MOVABLE_FLAG = QGraphicsItem.GraphicsItemFlag.ItemIsMovable
_MOVABLE = _SELECTABLE | _MOVABLE_FLAG


class _RoleLook(NamedTuple):
    fill: QColor
    text: QColor
    body: tuple[QBrush, QPen]


@cache
def _role_look(colour: str | None) -> _RoleLook:
    """How the bricks of a role colour (None: no role) look, worked out once per
    colour: they share it (and never change it)."""
    fill = QColor(colour) if colour else style.NO_ROLE_COLOUR
    return _RoleLook(fill, style.text_colour_on(fill), brick_paint.body_look(fill))


class Attached(Protocol):
    """Something drawn from or to a brick (an arrow) that follows it when it moves."""

    def adjust(self) -> None: ...


class BrickItem(QGraphicsItem):
    """A step on the canvas; the arrows in ``flows`` follow it when it moves.
    ``movable`` is off on a read-only map."""

    def __init__(
        self,
        step: Step,
        role: Role | None,
        hours_per_day: float,
        movable: bool = True,
    ) -> None:
        super().__init__()
        self.flows: set[Attached] = set()
        self._hovered = False
        self.critical = False
        self.heat = 0.0  # 0..1: share of the lead time spent waiting before this step
        self.findings = 0  # number of findings naming this step (a small marker)
        self.glow = False  # success-hotspot overlay: the marker grows into a green halo
        self.highlighted = False  # linked to the finding selected in the findings dock
        self.editing = False  # the inline name editor lies on it: the old name is hidden
        self.setFlags(_MOVABLE if movable else _SELECTABLE)
        self.setAcceptHoverEvents(True)
        self.setZValue(style.Z_BRICK)
        self.step = step
        self.set_step(step, role, hours_per_day)

    # -- mirroring the model ------------------------------------------------------

    def set_step(self, step: Step, role: Role | None, hours_per_day: float) -> None:
        self.step = step
        self._fill, self._text, self._body = _role_look(role.colour if role else None)
        self._role_name = role.name if role else QCoreApplication.translate("BrickItem", "Geen rol")
        # Text lines and badges are laid out when first painted close up, the
        # tooltip (HTML, exact durations) on first hover: doing both for every
        # brick up front cost a third of building a 1,000-brick scene.
        self._hours_per_day = hours_per_day
        self._text_stale = True
        self._overview: tuple[int, list[str]] | None = None  # (size, lines) zoomed out
        self._tooltip_stale = True
        if self._hovered:
            self._refresh_tooltip()
        if self.pos() != QPointF(step.x, step.y):
            self.setPos(step.x, step.y)
            self._snap_into_place()
        self.update()

    def _snap_into_place(self) -> None:
        """Onto the stud grid from where it was put, its arrows following.

        Called by the brick itself rather than from an ``itemChange`` override:
        Qt calls that for every change of every brick (ten while a scene is built),
        each a trip into Python that was a third of building a 5,000-brick scene."""
        self.setPos(style.snap(self.x()), style.snap(self.y()))
        for flow in self.flows:
            flow.adjust()

    def _lay_out_text(self) -> None:
        if not self._text_stale:
            return
        self._text_stale = False
        inner = style.BRICK_WIDTH - 2 * brick_paint.PAD
        # The name leaves room top right for the marker of findings.
        self._name_lines = wrapped_lines(self.step.name, NAME_FONT, inner - 16, 2)
        rows = brick_paint.badge_rows(badge_texts(self.step, self._hours_per_day))
        self._badges = brick_paint.placed_badges(rows)
        # Badges that moved up to the role line's row take its right end.
        above = rows[1]
        beside = brick_paint.row_width(above) + brick_paint.BADGE_GAP if above else 0.0
        role_line = QFontMetricsF(DETAIL_FONT).elidedText(
            self._role_name, Qt.TextElideMode.ElideRight, inner - beside
        )
        self._role_line = "" if role_line == "…" else role_line  # no room: the colour says it

    def set_overlay(self, *, critical: bool, heat: float, findings: int, glow: bool) -> None:
        """Analysis overlays; repaints only when something visible changed."""
        state = (critical, round(heat, 3), findings, glow and findings > 0)
        if state != (self.critical, round(self.heat, 3), self.findings, self.glow):
            self.critical, self.heat, self.findings, self.glow = state
            self.update()

    def set_editing(self, editing: bool) -> None:
        if editing != self.editing:
            self.editing = editing
            self.update()

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted != self.highlighted:
            self.highlighted = highlighted
            self.update()

    # -- geometry -------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return _BOUNDS  # asked for tens of thousands of times while zooming

    def body_rect(self) -> QRectF:
        return QRectF(brick_paint.BODY)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.body_rect(), style.BRICK_RADIUS, style.BRICK_RADIUS)
        path.addEllipse(self.handle_centre(), style.HANDLE_RADIUS, style.HANDLE_RADIUS)
        return path

    def handle_centre(self) -> QPointF:
        return QPointF(brick_paint.HANDLE_CENTRE)

    def exit_point(self) -> QPointF:
        return self.mapToScene(self.handle_centre())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # Qt moves every selected brick, this one included (it selects it), by the
        # mouse's offset from where it was pressed; each then lands on the grid.
        super().mouseMoveEvent(event)
        scene = self.scene()
        if scene is not None and self.flags() & _MOVABLE_FLAG:
            for item in scene.selectedItems():
                if isinstance(item, BrickItem):
                    item._snap_into_place()

    def _refresh_tooltip(self) -> None:
        if self._tooltip_stale:
            self._tooltip_stale = False
            self.setToolTip(tooltip_html(self.step, self._role_name, self._hours_per_day))

    def hoverEnterEvent(self, event: Any) -> None:
        self._refresh_tooltip()
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    # -- painting ---------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(brick_paint.ANTIALIASING, lod > style.DETAIL_ZOOM)
        if lod >= style.STUD_ZOOM:
            brick_paint.paint_studs(painter, self._fill)
        selected = self.isSelected()
        brick_paint.paint_body(painter, self._body, self._state(selected), self.heat)
        room = brick_paint.room_pixels()
        if room is not None and lod < style.ROOM_FULL_ZOOM:
            brick_paint.paint_room_marks(painter, self.critical, self.heat)
            brick_paint.paint_room_name(painter, self._text, self.step.name, room)
            if self.findings and self.glow:
                size = max(1.0, style.ROOM_MARKER_PIXELS / (18 * lod))
                brick_paint.paint_findings_marker(painter, self.findings, self.glow, size)
        elif lod >= style.DETAIL_ZOOM:
            self._lay_out_text()
            names = [] if self.editing else self._name_lines
            brick_paint.paint_text(painter, self._text, names, self._role_line)
            brick_paint.paint_badges(painter, self._text, self._badges, _BOUNDS)
            if self.findings:
                brick_paint.paint_findings_marker(painter, self.findings, self.glow)
        elif lod >= style.OVERVIEW_ZOOM:
            size = brick_paint.overview_size(lod)
            if self._overview is None or self._overview[0] != size:
                self._overview = (size, brick_paint.overview_lines(self.step.name, size))
            brick_paint.paint_overview_name(painter, self._text, self._overview[1], size)
        if (selected or self._hovered) and room is None:
            brick_paint.paint_handle(painter, lod)

    def _state(self, selected: bool) -> str | None:
        """Which edge the body gets: selection wins over critical over highlighted."""
        if selected:
            return "selected"
        if self.critical:
            return "critical"
        if self.highlighted:
            return "highlighted"
        return None
