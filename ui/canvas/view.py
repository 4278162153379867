"""The canvas view: zoom around the cursor, pan, fit, rubber-band selection,
inline rename and keyboard-first capture of steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from procesbouw.model import ValidationError
from procesbouw.units import format_number, parse_percentage
from ui import settings
from ui.canvas import style
from ui.canvas.brick_text import NAME_FONT
from ui.canvas.inline_editor import InlineEditor
from ui.canvas.scene import MapScene

# The canvas is at least this large whatever is on it, so adding or moving a brick
# never shifts the view (a scene that grows with its items is re-centred by Qt);
# only a map that reaches past it widens it (``_map_outgrew_canvas``).
_CANVAS = QRectF(-100_000, -100_000, 200_000, 200_000)
_ROLE_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


_NUDGE = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class MapView(QGraphicsView):
    """``zoom_changed`` reports the zoom factor (1.0 = 100 %);
    ``context_menu_requested`` the global position of a right click."""

    zoom_changed = Signal(float)
    context_menu_requested = Signal(QPoint)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.editor: InlineEditor | None = None
        self._fresh_step: str | None = None  # created by keyboard, not yet named
        # The role the next new step gets (the Rollen dock's choice), and whether
        # the map is laid out again as steps are added; the window sets both.
        self.role_for_new_step: Callable[[], str | None] = lambda: None
        self.keep_tidy = False
        self._pan_from: QPointF | None = None
        self._space_held = False
        self._fitted_once = False
        self._painted_zoom = 0.0  # the zoom of the last paint
        # Fitted and not zoomed or panned since: a resize (the window maximised
        # after it opened, a dock closed) fits again.
        self._keeps_fit = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSceneRect(_CANVAS.united(scene.sceneRect()))
        scene.sceneRectChanged.connect(self._map_outgrew_canvas)
        scene.rename_requested.connect(self.start_rename)

    def _map_outgrew_canvas(self, room: QRectF) -> None:
        # A step over 100,000 units out (about 500 handoffs in a row): the whole
        # map can still be scrolled to.
        self.setSceneRect(_CANVAS.united(room))

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._fitted_once:
            # Fit once the window has its real size (docks laid out), not before.
            self._fitted_once = True
            QTimer.singleShot(0, self.fit)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Painting at another zoom than the last paint: a zoom in progress, the
        # bricks paint directly. A paint at the same zoom (a pan, an edit, a hover)
        # lets them cache again, unless zoomed out past their names: there a brick
        # is a few pixels of colour, and its cached picture cost ~5 KB (27 MB for
        # a whole 5,000-step map) to save one rectangle's drawing.
        zoom = self.zoom()
        self.map_scene.set_brick_caching(zoom == self._painted_zoom and zoom >= style.OVERVIEW_ZOOM)
        self._painted_zoom = zoom
        super().paintEvent(event)

    # -- zoom and pan --------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.zoom() * factor, style.ZOOM_MIN), style.ZOOM_MAX)
        factor = target / self.zoom()
        if abs(factor - 1) > 1e-6:
            self._keeps_fit = False
            self.scale(factor, factor)
            self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(style.ZOOM_STEP)
        self.setTransformationAnchor(anchor)

    def zoom_out(self) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(1 / style.ZOOM_STEP)
        self.setTransformationAnchor(anchor)

    def fit(self) -> None:
        """Fit all bricks in view, never zooming in past 100 %."""
        rect = self.map_scene.content_rect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
            self.centerOn(rect.center())
        self._keeps_fit = True
        self.zoom_changed.emit(self.zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._keeps_fit:
            self.fit()

    def show_whole_or_start(self) -> None:
        """After "Netjes leggen": the whole map if it fits at a readable zoom,
        else its start (the left end of the lanes) at that zoom."""
        rect = self.map_scene.content_rect()
        viewport = self.viewport().rect()
        fit = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        zoom = min(max(fit, style.READABLE_ZOOM), 1.0)
        self._keeps_fit = False
        self.resetTransform()
        self.scale(zoom, zoom)
        if fit >= style.READABLE_ZOOM:
            self.centerOn(rect.center())
        else:
            half_width = viewport.width() / zoom / 2
            self.centerOn(rect.left() + half_width, rect.center().y())
        self.zoom_changed.emit(self.zoom())

    def centre_on_ids(self, ids: list[str]) -> None:
        rect = QRectF()
        for entity_id in ids:
            item = self.map_scene.bricks.get(entity_id) or self.map_scene.flows.get(entity_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if not rect.isNull():
            self._keeps_fit = False
            self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(style.ZOOM_STEP ** (delta / 120))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_held and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position()
            self._keeps_fit = False
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keyboard -----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus away; on the canvas it captures the next step.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers()
        ):
            self.capture_next_step()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key == Qt.Key.Key_F2 or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selected = self.map_scene.selected_step_ids()
            if len(selected) == 1:
                self.start_rename(selected[0])
        elif key in _NUDGE and self.map_scene.selected_step_ids():
            self.nudge_selection(*_NUDGE[key])
        elif key in _ROLE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.give_role(_ROLE_KEYS[Qt.Key(key)])
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        brick = self.map_scene.brick_at(self.mapToScene(event.pos()))
        if brick is not None and not brick.isSelected():
            self.map_scene.select_ids([brick.step.id])
        self.context_menu_requested.emit(event.globalPos())

    def nudge_selection(self, dx: int, dy: int) -> None:
        """Arrow keys move the selected bricks one stud; each press is one undo step."""
        document = self.map_scene.document
        if document is None or document.read_only:
            return
        positions = {
            sid: (
                document.map.steps[sid].x + dx * style.GRID,
                document.map.steps[sid].y + dy * style.GRID,
            )
            for sid in self.map_scene.selected_step_ids()
        }
        try:
            document.move_steps(positions)
        except ValidationError as error:
            self.map_scene.report(settings.error_text(error))

    def give_role(self, number: int) -> None:
        """Number key ``number``: the selected steps get the role at that place in
        the Rollen dock, in one undo step."""
        document = self.map_scene.document
        steps = self.map_scene.selected_step_ids()
        roles = list(document.map.roles) if document else []
        if document is None or document.read_only or not steps or number > len(roles):
            return
        try:
            document.change_steps(steps, self.tr("Rol kiezen"), role_id=roles[number - 1])
        except ValidationError as error:
            self.map_scene.report(settings.error_text(error))

    def capture_next_step(self) -> None:
        """New step right of the selected one, connected, in rename mode, in the
        role chosen in the Rollen dock (else the selected step's). With nothing
        selected: a first step in the middle of the view. Never on another brick;
        scrolled into view only if it is not already."""
        document = self.map_scene.document
        if document is None or document.read_only:
            return
        selected = self.map_scene.selected_step_ids()
        previous = document.map.steps.get(selected[-1]) if len(selected) == 1 else None
        if previous is not None:
            position = document.next_step_position(previous)
        else:
            centre = self.mapToScene(self.viewport().rect().center())
            position = document.free_position(
                centre.x() - style.BRICK_WIDTH / 2, centre.y() - style.BRICK_HEIGHT / 2
            )
        role_id = self.role_for_new_step() or (previous.role_id if previous else None)
        name = self.tr("Nieuwe stap")
        try:
            step = document.add_step(
                name,
                position,
                role_id,
                after=previous.id if previous else None,
                tidy=self.keep_tidy,
            )
        except ValidationError as error:
            self.map_scene.report(settings.error_text(error))
            return
        if step is None:  # the file refused; the document has said why
            return
        self.map_scene.select_ids([step.id])
        self.map_scene.refresh_lanes()
        self.ensureVisible(self.map_scene.bricks[step.id], 40, 40)
        self._fresh_step = step.id
        self.start_rename(step.id)

    def start_rename(self, step_id: str) -> None:
        brick = self.map_scene.bricks.get(step_id)
        if brick is None or self.map_scene.read_only:
            return
        if self.editor is not None:
            self.editor.setFocus()
            return
        body = self.mapFromScene(brick.mapToScene(brick.body_rect())).boundingRect()
        # Exactly on the brick's name area (its upper half); zoomed far out, where
        # a brick is smaller than a usable field, centred on it at that size.
        width, height = max(body.width(), 80), max(body.height() // 2, 22)
        rect = QRect(body.center().x() - width // 2 + 1, body.top(), width, height)
        size = max(min(NAME_FONT.pointSizeF() * self.zoom(), 18), 8)
        self._open_editor(step_id, brick.step.name, rect, size)
        self.editor.grow_with_text(width)  # type: ignore[union-attr]
        self.editor.committed.connect(self._rename_committed)  # type: ignore[union-attr]
        self.editor.cancelled.connect(self._rename_cancelled)  # type: ignore[union-attr]
        brick.set_editing(True)

    def edit_share(self, flow_id: str) -> None:
        """Type the share of cases that go back, on the rework arrow's label."""
        item = self.map_scene.flows.get(flow_id)
        if item is None or item.flow.rework_share is None or self.editor is not None:
            return
        centre = self.mapFromScene(item.label_centre())
        rect = QRect(centre.x() - 40, centre.y() - 14, 80, 28)
        text = f"{format_number(item.flow.rework_share * 100, 1)}%"
        self._open_editor(flow_id, text, rect, 10)
        self.editor.committed.connect(self._share_committed)  # type: ignore[union-attr]
        self.editor.cancelled.connect(lambda _: self._editor_closed())  # type: ignore[union-attr]

    def _open_editor(self, entity_id: str, text: str, rect: QRect, point_size: float) -> None:
        self.editor = InlineEditor(self.viewport(), entity_id, text, point_size)
        self.editor.setGeometry(rect)
        self.editor.show()
        self.editor.setFocus()

    def _editor_closed(self) -> None:
        if self.editor is not None:
            brick = self.map_scene.bricks.get(self.editor.entity_id)
            if brick is not None:
                brick.set_editing(False)
        self.editor = None
        self.setFocus()

    def _share_committed(self, flow_id: str, text: str, _next: bool) -> None:
        self._editor_closed()
        document = self.map_scene.document
        if document is None:
            return
        try:
            document.set_rework_share(flow_id, parse_percentage(text) / 100)
        except ValidationError as error:
            self.map_scene.report(settings.error_text(error))

    def _rename_committed(self, step_id: str, name: str, next_step: bool) -> None:
        self._editor_closed()
        self._fresh_step = None
        document = self.map_scene.document
        if document is None:
            return
        if name.strip():
            try:
                document.rename(step_id, name.strip())
            except ValidationError as error:
                self.map_scene.report(settings.error_text(error))
        if next_step:  # Tab while naming: the name is in, on to the next step
            self.map_scene.select_ids([step_id])
            self.capture_next_step()

    def _rename_cancelled(self, step_id: str) -> None:
        self._editor_closed()
        # Escape right after Tab: the facilitator did not want that step after all.
        if self._fresh_step == step_id and self.map_scene.document is not None:
            self.map_scene.document.undo_stack.undo()
        self._fresh_step = None
