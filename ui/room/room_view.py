"""The map as the room sees it: the facilitator's scene in a view of its own,
fitted and centred, never smaller than reads from the back of the room."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QFrame, QGraphicsView

from ui.canvas import style
from ui.canvas.brick_paint import painting_for_the_room, readable_zoom, room_name_pixels
from ui.canvas.brick_text import NAME_FONT
from ui.canvas.scene import MapScene

CONTINUES_FILL = QColor(31, 42, 51, 215)  # the header's colour, a little see-through


class RoomView(QGraphicsView):
    """Shows all of the map when it fits at a readable size; otherwise the region
    around the facilitator's selection (or the start of the process). ``pinned``
    keeps the view where it is while the facilitator selects elsewhere."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.map_scene = scene
        self.pinned = False
        # The map, when reframing found it too big to read whole (else None): what
        # the "kaart gaat verder" marks compare the view with on every paint.
        self._too_big: QRectF | None = None
        self.setInteractive(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scene.set_second_view(True)  # until the audience window closes

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(brick.step.name for brick in self.map_scene.bricks.values()))

    def wall_text_pixels(self) -> float:
        """How high a name must be on this screen to read from the back of the room:
        18 px on a 1080-line projector, the same share of any other screen's height."""
        screen = self.screen()
        lines = screen.geometry().height() if screen is not None else style.ROOM_SCREEN_LINES
        return style.ROOM_TEXT_PIXELS * lines / style.ROOM_SCREEN_LINES

    def name_font_pixels(self) -> int:
        """The bricks' name size (scene units) in this view at its scale."""
        return room_name_pixels(self.names(), round(self.scale_factor, 4), self.wall_text_pixels())

    def name_pixels(self) -> float:
        """How high the bricks' names are on this screen, in pixels."""
        scale = self.scale_factor
        if scale >= style.ROOM_FULL_ZOOM:
            return QFontInfo(NAME_FONT).pixelSize() * scale
        return self.name_font_pixels() * scale

    def readable_scale(self) -> float:
        """The smallest scale at which every brick's name reads whole from the back."""
        return readable_zoom(self.names(), self.wall_text_pixels())

    def fits_whole_map(self) -> bool:
        return self._fit_scale() >= self.readable_scale()

    def content_rect(self) -> QRectF:
        """The bricks and arrows with a small margin. Not the lanes: their label
        column stays off the wall (the legend names the roles)."""
        rect = QRectF()
        for brick in self.map_scene.bricks.values():
            rect = rect.united(brick.sceneBoundingRect())
        for flow in self.map_scene.flows.values():
            # The curve itself, not its control points (which reach far out).
            rect = rect.united(flow.mapToScene(flow.shape()).boundingRect())
        return rect.adjusted(-16, -16, 16, 16) if not rect.isNull() else QRectF(0, 0, 800, 500)

    def _fit_scale(self) -> float:
        content = self.content_rect()
        size = self.viewport().size()
        if content.width() <= 0 or content.height() <= 0 or size.isEmpty():
            return 1.0
        return min(size.width() / content.width(), size.height() / content.height())

    def reframe(self, follow_selection: bool = True) -> None:
        """Fit and centre; when the whole map cannot be read, show the region
        around the selection (kept in view) or else the start of the process."""
        fit = self._fit_scale()
        readable = self.readable_scale()
        scale = min(max(fit, readable), style.ROOM_MAX_ZOOM)
        if abs(scale - self.scale_factor) > 1e-6:
            self.setTransform(QTransform.fromScale(scale, scale))
        content = self.content_rect()
        self._too_big = None if fit >= readable else content
        # The scene rect may exceed the map: centre on the map itself.
        self.setSceneRect(content.united(self._visible_rect(content.center(), scale)))
        if fit >= readable:
            self.centerOn(content.center())
            return
        if self.pinned:
            return
        selected = self._selected_rect() if follow_selection else QRectF()
        if not selected.isNull():
            if not self._visible_now().contains(selected):
                self.centerOn(selected.center())
            return
        visible = self._visible_rect(content.center(), scale)
        start = QPointF(content.left() + visible.width() / 2, content.top() + visible.height() / 2)
        self.centerOn(start)

    def _selected_rect(self) -> QRectF:
        rect = QRectF()
        for step_id in self.map_scene.selected_step_ids():
            brick = self.map_scene.bricks[step_id]
            rect = rect.united(brick.sceneBoundingRect())
        return rect

    def _visible_now(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _visible_rect(self, centre: QPointF, scale: float) -> QRectF:
        size = self.viewport().size()
        width, height = size.width() / scale, size.height() / scale
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def sides_continuing(self) -> list[str]:
        """The edges ("left", "right", "top", "bottom") beyond which part of the map
        lies out of view: the room is told the map goes on there."""
        if self._too_big is None:
            return []
        visible = self._visible_now()
        content = self._too_big.adjusted(16, 16, -16, -16)  # without the margin
        beyond = {
            "left": content.left() < visible.left() - 1,
            "right": content.right() > visible.right() + 1,
            "top": content.top() < visible.top() - 1,
            "bottom": content.bottom() > visible.bottom() + 1,
        }
        return [side for side, out in beyond.items() if out]

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        sides = self.sides_continuing()
        if not sides:
            return
        painter.save()
        painter.resetTransform()  # in the viewport's pixels, whatever the zoom
        for side in sides:
            self._paint_continues(painter, side)
        painter.restore()

    def _paint_continues(self, painter: QPainter, side: str) -> None:
        """A dark label at the middle of ``side``: "kaart gaat verder" with an arrow."""
        words = {
            "left": self.tr("‹ kaart gaat verder"),
            "right": self.tr("kaart gaat verder ›"),
            "top": self.tr("˄ kaart gaat verder"),
            "bottom": self.tr("˅ kaart gaat verder"),
        }[side]
        font = QFont(self.font())
        font.setPixelSize(round(self.wall_text_pixels()))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        box = QRectF(0, 0, metrics.horizontalAdvance(words) + 28, metrics.height() + 14)
        area = QRectF(self.viewport().rect()).adjusted(12, 12, -12, -12)
        anchor = {
            "left": QPointF(area.left() + box.width() / 2, area.center().y()),
            "right": QPointF(area.right() - box.width() / 2, area.center().y()),
            "top": QPointF(area.center().x(), area.top() + box.height() / 2),
            "bottom": QPointF(area.center().x(), area.bottom() - box.height() / 2),
        }[side]
        box.moveCenter(anchor)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CONTINUES_FILL)
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)

    def paintEvent(self, event: QPaintEvent) -> None:
        pixels = self.name_font_pixels()
        with painting_for_the_room(pixels):  # bricks draw their names large here
            super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reframe()
