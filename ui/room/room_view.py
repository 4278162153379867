"""The map as the room sees it: the facilitator's scene in a view of its own,
fitted and centred, never smaller than reads from the back of the room."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontInfo, QPainter, QPaintEvent, QResizeEvent, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView

from ui.canvas import style
from ui.canvas.brick_paint import painting_for_the_room, readable_zoom, room_name_pixels
from ui.canvas.brick_text import NAME_FONT
from ui.canvas.scene import MapScene


class RoomView(QGraphicsView):
    """Shows all of the map when it fits at a readable size; otherwise the region
    around the facilitator's selection (or the start of the process). ``pinned``
    keeps the view where it is while the facilitator selects elsewhere."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.map_scene = scene
        self.pinned = False
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

    def name_font_pixels(self) -> int:
        """The bricks' name size (scene units) in this view at its scale."""
        return room_name_pixels(self.names(), round(self.scale_factor, 4))

    def name_pixels(self) -> float:
        """How high the bricks' names are on this screen, in pixels."""
        scale = self.scale_factor
        if scale >= style.ROOM_FULL_ZOOM:
            return QFontInfo(NAME_FONT).pixelSize() * scale
        return self.name_font_pixels() * scale

    def readable_scale(self) -> float:
        """The smallest scale at which every brick's name reads whole from the back."""
        return readable_zoom(self.names())

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

    def paintEvent(self, event: QPaintEvent) -> None:
        pixels = self.name_font_pixels()
        with painting_for_the_room(pixels):  # bricks draw their names large here
            super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reframe()
