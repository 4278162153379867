"""A step drawn as a LEGO brick: role colour, studs on top, name, role and badges.

The item only mirrors a ``Step``; dragging moves it visually, and the scene
turns the finished drag into one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from procesbouw.model import Role, Step
from procesbouw.units import format_duration, format_duration_rounded
from ui import settings
from ui.canvas import style

if TYPE_CHECKING:
    from ui.canvas.flow_item import FlowItem

_NAME_FONT = QFont()
_NAME_FONT.setPointSizeF(style.NAME_POINT_SIZE)
_NAME_FONT.setBold(True)
_DETAIL_FONT = QFont()
_DETAIL_FONT.setPointSizeF(style.DETAIL_POINT_SIZE)
_PAD = 8
_BOUNDS = QRectF(  # every brick's: body, studs, connect handle and a margin of 4
    -4,
    -style.STUD_HEIGHT - 4,
    style.BRICK_WIDTH + style.HANDLE_RADIUS + 8,
    style.BRICK_HEIGHT + style.STUD_HEIGHT + 8,
)
_POSITION_CHANGE = QGraphicsItem.GraphicsItemChange.ItemPositionChange
_POSITION_CHANGED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged


def _wrapped_lines(
    text: str, font: QFont, width: float, max_lines: int, break_words: bool = True
) -> list[str]:
    """``text`` wrapped to ``width``, the last line elided. Long words are broken,
    or, with ``break_words`` off, cut short with an ellipsis."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if break_words
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    metrics = QFontMetricsF(font)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = lines[: max_lines - 1] + [rest]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


@cache
def _body_look(rgba: int) -> tuple[QBrush, QPen]:
    """The body's gradient and edge for a role colour, made once per colour:
    every zoom step repaints every brick in view."""
    colour = QColor.fromRgba(rgba)
    gradient = QLinearGradient(0, 0, 0, style.BRICK_HEIGHT)
    gradient.setColorAt(0, colour.lighter(112))
    gradient.setColorAt(1, colour.darker(108))
    return QBrush(gradient), QPen(colour.darker(150), 1.2)


_STATE_PENS = {
    "selected": QPen(style.SELECTION, 3),
    "critical": QPen(style.CRITICAL, 3),
    "highlighted": QPen(style.HOTSPOT, 3),
}


class BrickItem(QGraphicsItem):
    """A step on the canvas. ``on_moved`` lets the scene keep arrows attached."""

    def __init__(
        self,
        step: Step,
        role: Role | None,
        hours_per_day: float,
        on_moved: Callable[[BrickItem], None],
    ) -> None:
        super().__init__()
        self.flows: set[FlowItem] = set()
        self._on_moved = on_moved
        self._hovered = False
        self.critical = False
        self.heat = 0.0  # 0..1: share of the lead time spent waiting before this step
        self.findings = 0  # number of findings naming this step (a small marker)
        self.glow = False  # success-hotspot overlay: the marker grows into a green halo
        self.highlighted = False  # linked to the finding selected in the findings dock
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(style.Z_BRICK)
        self.setCacheMode(style.BRICK_CACHE)
        self.step = step
        self.set_step(step, role, hours_per_day)

    # -- mirroring the model ------------------------------------------------------

    def set_step(self, step: Step, role: Role | None, hours_per_day: float) -> None:
        self.step = step
        self._fill = QColor(role.colour) if role else style.NO_ROLE_COLOUR
        self._text = style.text_colour_on(self._fill)
        self._role_name = role.name if role else QCoreApplication.translate("BrickItem", "Geen rol")
        # Text lines and badges are laid out when first painted close up, the
        # tooltip (HTML, exact durations) on first hover: doing both for every
        # brick up front cost a third of building a 1,000-brick scene.
        self._hours_per_day = hours_per_day
        self._text_stale = True
        self._tooltip_stale = True
        if self._hovered:
            self._refresh_tooltip()
        if self.pos() != QPointF(step.x, step.y):
            self.setPos(step.x, step.y)
        self.update()

    def _lay_out_text(self) -> None:
        if not self._text_stale:
            return
        self._text_stale = False
        inner = style.BRICK_WIDTH - 2 * _PAD
        # The name leaves room top right for the marker of findings.
        self._name_lines = _wrapped_lines(self.step.name, _NAME_FONT, inner - 16, 2)
        self._role_line = QFontMetricsF(_DETAIL_FONT).elidedText(
            self._role_name, Qt.TextElideMode.ElideRight, inner
        )
        self._badges = self._badge_texts(self.step, self._hours_per_day)

    def set_overlay(self, *, critical: bool, heat: float, findings: int, glow: bool) -> None:
        """Analysis overlays; repaints only when something visible changed."""
        state = (critical, round(heat, 3), findings, glow and findings > 0)
        if state != (self.critical, round(self.heat, 3), self.findings, self.glow):
            self.critical, self.heat, self.findings, self.glow = state
            self.update()

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted != self.highlighted:
            self.highlighted = highlighted
            self.update()

    def _badge_texts(self, step: Step, hours_per_day: float) -> list[tuple[str, str]]:
        # Rounded on the brick (it must fit); exact in the tooltip and properties.
        lang = settings.active_language()
        badges = [("wait", format_duration_rounded(step.wait_minutes, hours_per_day, lang))]
        badges.append(
            ("process", format_duration_rounded(step.process_minutes, hours_per_day, lang))
        )
        if step.ftr_percent < 100:
            badges.append(("ftr", f"{step.ftr_percent:g}%".replace(".", ",")))
        return badges

    def _tooltip(self, step: Step, hours_per_day: float) -> str:
        from html import escape

        lang = settings.active_language()
        lines = [
            f"<b>{escape(step.name)}</b>",
            escape(self._role_name),
            QCoreApplication.translate("BrickItem", "Wachttijd: %1").replace(
                "%1", format_duration(step.wait_minutes, hours_per_day, lang)
            ),
            QCoreApplication.translate("BrickItem", "Bewerkingstijd: %1").replace(
                "%1",
                format_duration(step.process_minutes, hours_per_day, lang),
            ),
            QCoreApplication.translate("BrickItem", "First-time-right: %1%").replace(
                "%1", f"{step.ftr_percent:g}"
            ),
        ]
        if step.note:
            lines.append(f"<i>{escape(step.note)}</i>")
        return "<br>".join(lines)

    # -- geometry -------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return _BOUNDS  # asked for tens of thousands of times while zooming

    def body_rect(self) -> QRectF:
        return QRectF(0, 0, style.BRICK_WIDTH, style.BRICK_HEIGHT)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.body_rect(), style.BRICK_RADIUS, style.BRICK_RADIUS)
        path.addEllipse(self.handle_centre(), style.HANDLE_RADIUS, style.HANDLE_RADIUS)
        return path

    def handle_centre(self) -> QPointF:
        return QPointF(style.BRICK_WIDTH, style.BRICK_HEIGHT / 2)

    def on_handle(self, scene_pos: QPointF) -> bool:
        """Whether ``scene_pos`` is on the connect handle (drag from it to connect)."""
        offset = self.mapFromScene(scene_pos) - self.handle_centre()
        return offset.x() ** 2 + offset.y() ** 2 <= (style.HANDLE_RADIUS + 3) ** 2

    def exit_point(self) -> QPointF:
        return self.mapToScene(self.handle_centre())

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        # Called ~10 times per brick while a scene is built: kept lean (module-level
        # enum values; the base implementation only returns ``value``).
        if change == _POSITION_CHANGE:
            return QPointF(style.snap(value.x()), style.snap(value.y()))
        if change == _POSITION_CHANGED:
            self._on_moved(self)
        return value

    def _refresh_tooltip(self) -> None:
        if self._tooltip_stale:
            self._tooltip_stale = False
            self.setToolTip(self._tooltip(self.step, self._hours_per_day))

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
        body = self.body_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > style.DETAIL_ZOOM)
        if lod >= style.STUD_ZOOM:
            self._paint_studs(painter)
        self._paint_body(painter, body)
        if lod >= style.DETAIL_ZOOM:
            self._lay_out_text()
            self._paint_text(painter)
            self._paint_badges(painter)
            if self.findings:
                self._paint_findings_marker(painter)
        elif lod >= style.OVERVIEW_ZOOM:
            self._paint_overview_name(painter, lod)
        if self.isSelected() or self._hovered:
            self._paint_handle(painter)

    def _paint_studs(self, painter: QPainter) -> None:
        painter.setPen(QPen(self._fill.darker(135), 1))
        painter.setBrush(self._fill.lighter(108))
        count = style.BRICK_WIDTH // style.STUD_PITCH
        for index in range(count):
            x = index * style.STUD_PITCH + (style.STUD_PITCH - style.STUD_WIDTH) / 2
            painter.drawRoundedRect(
                QRectF(x, -style.STUD_HEIGHT, style.STUD_WIDTH, style.STUD_HEIGHT + 2), 2, 2
            )

    def _paint_body(self, painter: QPainter, body: QRectF) -> None:
        fill, edge = _body_look(self._fill.rgba())
        if self.isSelected():
            pen = _STATE_PENS["selected"]
        elif self.critical:
            pen = _STATE_PENS["critical"]
        elif self.highlighted:
            pen = _STATE_PENS["highlighted"]
        else:
            pen = edge
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(body, style.BRICK_RADIUS, style.BRICK_RADIUS)
        if self.heat > 0:
            heat = QColor(style.HEAT)
            heat.setAlphaF(0.35 + 0.65 * min(self.heat, 1.0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(heat)
            painter.drawRoundedRect(QRectF(2, 2, 6, body.height() - 4), 3, 3)

    def _paint_text(self, painter: QPainter) -> None:
        painter.setPen(self._text)
        painter.setFont(_NAME_FONT)
        metrics = QFontMetricsF(_NAME_FONT)
        y = _PAD + metrics.ascent()
        for line in self._name_lines:
            painter.drawText(QPointF(_PAD, y), line)
            y += metrics.lineSpacing()
        painter.setFont(_DETAIL_FONT)
        detail = QFontMetricsF(_DETAIL_FONT)
        faded = QColor(self._text)
        faded.setAlphaF(0.8)
        painter.setPen(faded)
        painter.drawText(QPointF(_PAD, style.BRICK_HEIGHT - 25 - detail.descent()), self._role_line)

    def _paint_overview_name(self, painter: QPainter, lod: float) -> None:
        """Zoomed far out, the name alone, in type that stays readable on screen."""
        font = QFont(_NAME_FONT)
        font.setPointSizeF(min(style.OVERVIEW_POINT_SIZE / lod, 28))
        metrics = QFontMetricsF(font)
        rect = self.body_rect().adjusted(6, 4, -6, -4)
        lines = _wrapped_lines(self.step.name, font, rect.width(), 2, break_words=False)
        painter.setFont(font)
        painter.setPen(self._text)
        top = rect.center().y() - len(lines) * metrics.lineSpacing() / 2 + metrics.ascent()
        for index, line in enumerate(lines):
            painter.drawText(QPointF(rect.left(), top + index * metrics.lineSpacing()), line)

    def _paint_badges(self, painter: QPainter) -> None:
        detail = QFontMetricsF(_DETAIL_FONT)
        fill = (
            style.BADGE_FILL_ON_DARK
            if self._text == style.TEXT_LIGHT
            else style.BADGE_FILL_ON_LIGHT
        )
        x = float(_PAD)
        height = detail.height() + 2
        y = style.BRICK_HEIGHT - 6 - height
        for kind, text in self._badges:
            width = detail.horizontalAdvance(text) + 8 + (10 if kind != "ftr" else 0)
            pill = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QPen(self._text, 1))
            text_x = x + 4
            if kind != "ftr":
                self._paint_icon(painter, kind, QPointF(x + 8, y + height / 2))
                text_x += 10
            painter.drawText(QPointF(text_x, y + 1 + detail.ascent()), text)
            x += width + 4

    def _paint_icon(self, painter: QPainter, kind: str, centre: QPointF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "process":  # a clock
            painter.drawEllipse(centre, 3.5, 3.5)
            painter.drawLine(centre, centre + QPointF(0, -2.5))
            painter.drawLine(centre, centre + QPointF(2, 0))
        else:  # an hourglass: waiting
            path = QPainterPath()
            path.moveTo(centre + QPointF(-3, -4))
            path.lineTo(centre + QPointF(3, -4))
            path.lineTo(centre + QPointF(-3, 4))
            path.lineTo(centre + QPointF(3, 4))
            path.closeSubpath()
            painter.drawPath(path)

    def _paint_findings_marker(self, painter: QPainter) -> None:
        """A green disc with the number of success stories naming this step."""
        centre = QPointF(style.BRICK_WIDTH - 12, 12)
        radius = 9.0
        if self.glow:
            halo = QColor(style.HOTSPOT)
            halo.setAlphaF(0.35)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(
                centre,
                radius + 4 + 2 * min(self.findings, 4),
                radius + 4 + 2 * min(self.findings, 4),
            )
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(style.HOTSPOT)
        painter.drawEllipse(centre, radius, radius)
        painter.setFont(_DETAIL_FONT)
        painter.drawText(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            str(self.findings),
        )

    def _paint_handle(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(style.SELECTION)
        painter.drawEllipse(self.handle_centre(), style.HANDLE_RADIUS - 1, style.HANDLE_RADIUS - 1)
