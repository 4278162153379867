"""The canvas scene: mirrors a map's steps and flows as bricks and arrows.

It listens to the document's events and keeps id → item dicts; items never
write to the model. Gestures (a finished drag, a connect) become document
edits, which come back here as events.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
)

from procesbouw.analysis.results import Analysis
from procesbouw.events import Change, MapEvent
from procesbouw.layout import LaneBands
from procesbouw.model import Flow, MapDetails, ProcessMap, Role, Step, ValidationError
from ui import settings
from ui.canvas import style
from ui.canvas.brick import BrickItem
from ui.canvas.flow_item import FlowItem
from ui.canvas.interactions import ConnectInteraction
from ui.canvas.lanes import LaneItem
from ui.canvas.style import ROLE_MIME
from ui.document import MapDocument


def _zoom_of(event: QGraphicsSceneMouseEvent) -> float:
    """The zoom of the view the event came through (1.0 without one)."""
    viewport = event.widget()
    view = viewport.parentWidget() if viewport is not None else None
    return view.transform().m11() if isinstance(view, QGraphicsView) else 1.0


# The scene rect is set, with a margin around the map, rather than left to grow with
# the items: each time it grows, Qt rebuilds the index of every item (100 ms and
# more at 5,000 steps), which a new step below the map did on every Tab. A margin of
# a quarter of the map (at least _MARGIN) makes growing rare.
_MARGIN = 2000.0
_NEAR = 200.0  # a brick's arrows (arches, rework curves) reach this far around it


def _steps_rect(steps: Iterable[Step]) -> QRectF:
    """Where the bricks of ``steps`` stand (a point at 0, 0 for none)."""
    xs, ys = [step.x for step in steps], [step.y for step in steps]
    if not xs:
        return QRectF()
    left, top = min(xs), min(ys)
    right, bottom = max(xs) + style.BRICK_WIDTH, max(ys) + style.BRICK_HEIGHT
    return QRectF(left, top, right - left, bottom - top)


def _with_margin(rect: QRectF) -> QRectF:
    dx = max(_MARGIN, rect.width() / 4)
    dy = max(_MARGIN, rect.height() / 4)
    return rect.adjusted(-dx, -dy, dx, dy)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the items are built: thousands of new
    items made it walk the whole heap over and over (40 % of building a
    5,000-brick scene), and they are all kept, so there is nothing to find."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True)
class Overlays:
    """Which analysis overlays the facilitator switched on."""

    critical_path: bool = True
    bottleneck_heat: bool = True
    hotspots: bool = False


def _baseplate_brush() -> QBrush:
    """One stud of the baseplate, tiled by Qt across the whole scene."""
    tile = QPixmap(style.GRID, style.GRID)
    tile.fill(style.BASEPLATE)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(style.BASEPLATE_STUD_EDGE)
    painter.setBrush(style.BASEPLATE_STUD)
    centre = style.GRID / 2
    painter.drawEllipse(QPointF(centre, centre), 5.5, 5.5)
    painter.end()
    brush = QBrush(tile)
    # Studs sit between grid lines, like on a real baseplate.
    brush.setTransform(QTransform.fromTranslate(-centre, -centre))
    return brush


class MapScene(QGraphicsScene):
    """``message`` carries a refusal to show the user (e.g. a duplicate flow);
    ``rename_requested`` asks the view for the inline editor on a step."""

    message = Signal(str)
    rename_requested = Signal(str)

    def __init__(self, document: MapDocument | None, map_: ProcessMap | None = None) -> None:
        super().__init__()
        self.document = document
        self._map = map_ if map_ is not None else document.map if document else ProcessMap()
        self.bricks: dict[str, BrickItem] = {}
        self.flows: dict[str, FlowItem] = {}
        self.lanes: list[LaneItem] = []
        # Where each role's bricks stand, told of every brick that comes, goes or
        # moves: the lanes follow without a pass over every step.
        self._lane_bands = LaneBands(style.LANES)
        self._selection_order: list[str] = []
        self.selectionChanged.connect(self._track_selection_order)
        self._interaction: ConnectInteraction | None = None
        # Bricks paint from a device cache, except while a second view shows the
        # scene or when the view has no use for it (``set_second_view``,
        # ``set_brick_caching``).
        self._brick_cache = style.BRICK_CACHE
        self._second_view = False
        self._caching_wanted = True
        # What the last analysis marked: steps with an overlay, critical flows.
        self._marked: set[str] = set()
        self._critical_flows: set[str] = set()
        # Lanes are redrawn once after a burst of events (a layout moves every brick).
        self._lanes_timer = QTimer(self)
        self._lanes_timer.setSingleShot(True)
        self._lanes_timer.timeout.connect(self.refresh_lanes)
        self.setBackgroundBrush(_baseplate_brush())
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        if document is not None:
            document.changed.connect(self._on_changed)
            document.reset.connect(self.rebuild)
        self.rebuild()

    @property
    def read_only(self) -> bool:
        return self.document is None or self.document.read_only

    @property
    def map(self) -> ProcessMap:
        return self.document.map if self.document else self._map

    def report(self, text: str) -> None:
        self.message.emit(text)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        # Below the stud zoom a baseplate stud is a pixel or less, drawn as stray
        # dots; Qt would still sample the zoomed stud tile for every pixel of every
        # frame (5 ms at 1600×900). The plate's plain colour is the same picture.
        if painter.worldTransform().m11() < style.STUD_ZOOM:
            painter.fillRect(rect, style.BASEPLATE)
        else:
            super().drawBackground(painter, rect)

    # -- mirroring ----------------------------------------------------------------

    def rebuild(self) -> None:
        selected = self.selected_ids()
        self.bricks.clear()
        self.flows.clear()
        self.lanes.clear()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.setSceneRect(_with_margin(_steps_rect(self.map.steps.values())))
        self._lane_bands.measure(self.map)
        with _cycle_collector_paused():
            for step in self.map.steps.values():
                self._add_brick(step)
            for flow in self.map.flows.values():
                self._add_flow(flow)
        self.refresh_lanes()
        self.select_ids(selected)

    def _role(self, step: Step) -> Role | None:
        return self.map.roles.get(step.role_id) if step.role_id else None

    def _add_brick(self, step: Step) -> None:
        brick = BrickItem(
            step,
            self._role(step),
            self.map.details.hours_per_day,
            movable=not self.read_only,
        )
        brick.setCacheMode(self._brick_cache)
        self.addItem(brick)
        self.bricks[step.id] = brick

    def _add_flow(self, flow: Flow) -> None:
        item = FlowItem(flow, self.bricks[flow.source_id], self.bricks[flow.target_id])
        self.addItem(item)
        self.flows[flow.id] = item

    def _remove_item(self, entity_id: str) -> None:
        if entity_id in self.flows:
            item = self.flows.pop(entity_id)
            item.detach()
            self.removeItem(item)
        elif entity_id in self.bricks:
            self.removeItem(self.bricks.pop(entity_id))

    def refresh_lanes(self) -> None:
        """Draw the role swimlanes the bricks stand in (none if the roles mix);
        lanes drawn as they are now stay."""
        self._lanes_timer.stop()
        roles, lanes = self.map.roles, self._lane_bands.lanes(self.map)
        wanted = [(lane, roles.get(lane.role_id or "")) for lane in lanes]
        if wanted == [(item.lane, item.role) for item in self.lanes]:
            return
        for item in self.lanes:
            self.removeItem(item)
        self.lanes = [LaneItem(lane, role) for lane, role in wanted]
        for item in self.lanes:
            self.addItem(item)

    def _on_changed(self, event: MapEvent) -> None:
        entity = event.entity
        moves_lanes = isinstance(entity, Step) and self._moves_lanes(entity)
        if moves_lanes or event.change is Change.REMOVED or isinstance(entity, Role):
            self._lanes_timer.start(0)
        if isinstance(entity, Step) and (moves_lanes or event.change is Change.REMOVED):
            self._tell_lane_bands(entity, gone=event.change is Change.REMOVED)
        if event.change is Change.REMOVED:
            self._remove_item(getattr(entity, "id", ""))
        elif isinstance(entity, Step):
            self._keep_room_for(entity)
            if entity.id in self.bricks:
                self.bricks[entity.id].set_step(
                    entity, self._role(entity), self.map.details.hours_per_day
                )
            else:
                self._add_brick(entity)
        elif isinstance(entity, Flow):
            if entity.id in self.flows:
                self.flows[entity.id].set_flow(entity)
            else:
                self._add_flow(entity)
        elif isinstance(entity, Role | MapDetails):
            self._refresh_bricks()

    def _moves_lanes(self, step: Step) -> bool:
        """Whether ``step`` (not yet shown) can change the lanes: they follow where
        the bricks stand and whose they are, not names or times."""
        brick = self.bricks.get(step.id)
        if brick is None:
            return True
        shown = brick.step
        return (shown.x, shown.y, shown.role_id) != (step.x, step.y, step.role_id)

    def _tell_lane_bands(self, step: Step, gone: bool) -> None:
        """The brick of ``step`` (not yet shown) moves, comes or goes: its new place
        joins the lane bands, then its old one (as shown) leaves them (in that
        order a brick nudged along an edge never leaves the edge empty)."""
        if not gone:
            self._lane_bands.add(step.role_id, step.x, step.y)
        brick = self.bricks.get(step.id)
        if brick is not None:
            shown = brick.step
            self._lane_bands.remove(shown.role_id, shown.x, shown.y)

    def _refresh_bricks(self) -> None:
        hours = self.map.details.hours_per_day
        for brick in self.bricks.values():
            step = self.map.steps[brick.step.id]
            brick.set_step(step, self._role(step), hours)

    def _keep_room_for(self, step: Step) -> None:
        """Grow the scene rect, in a large step, when ``step`` nears its edge."""
        near = _steps_rect([step]).adjusted(-_NEAR, -_NEAR, _NEAR, _NEAR)
        if not self.sceneRect().contains(near):
            self.setSceneRect(_with_margin(self.sceneRect().united(near)))

    # -- overlays ---------------------------------------------------------------------

    def show_analysis(self, analysis: Analysis | None, overlays: Overlays) -> None:
        """Colour bricks and arrows by the latest analysis and the chosen overlays."""
        critical: list[str] = []
        heat: dict[str, float] = {}
        findings: dict[str, int] = {}
        if analysis is not None:
            findings = analysis.hotspots
            if analysis.figures is not None:
                lead = analysis.figures.lead_time_expected
                if overlays.critical_path:
                    critical = list(analysis.figures.critical_path)
                if overlays.bottleneck_heat and lead > 0:
                    heat = {b.step_id: b.wait_minutes / lead for b in analysis.bottlenecks}
        on_path = set(critical)
        marked = on_path | heat.keys() | findings.keys()
        # Only bricks marked now or before can change (glow shows only on a brick
        # with findings, which is marked); a brick ignores an overlay it shows.
        for step_id in marked | self._marked:
            brick = self.bricks.get(step_id)
            if brick is not None:
                brick.set_overlay(
                    critical=step_id in on_path,
                    heat=heat.get(step_id, 0.0),
                    findings=findings.get(step_id, 0),
                    glow=overlays.hotspots,
                )
        self._marked = marked
        critical_flows: set[str] = set()
        for source_id, target_id in zip(critical, critical[1:], strict=False):
            flow = self.map.flow_between(source_id, target_id)
            if flow is not None:
                critical_flows.add(flow.id)
        for flow_id in critical_flows | self._critical_flows:
            item = self.flows.get(flow_id)
            if item is not None:
                item.set_critical(flow_id in critical_flows)
        self._critical_flows = critical_flows

    def highlight_ids(self, ids: set[str]) -> None:
        """Mark the bricks and arrows of ``ids`` (a finding's links); empty clears."""
        for step_id, brick in self.bricks.items():
            brick.set_highlighted(step_id in ids)
        for flow_id, item in self.flows.items():
            item.set_highlighted(flow_id in ids)

    # -- selection -------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Ids of the selected steps and flows, steps first, in map order."""
        chosen = self._selected_set()
        if not chosen:
            return []
        steps = [sid for sid in self.bricks if sid in chosen]
        flows = [fid for fid in self.flows if fid in chosen]
        return steps + flows

    def selected_step_ids(self) -> list[str]:
        chosen = self._selected_set()
        return [sid for sid in self.bricks if sid in chosen] if chosen else []

    def _selected_set(self) -> set[str]:
        # Qt keeps the selection; asking every item isSelected() costs a call per item.
        chosen: set[str] = set()
        for item in self.selectedItems():
            if isinstance(item, BrickItem):
                chosen.add(item.step.id)
            elif isinstance(item, FlowItem):
                chosen.add(item.flow.id)
        return chosen

    def steps_in_selection_order(self) -> list[str]:
        """The selected steps in the order the facilitator selected them."""
        selected = set(self.selected_step_ids())
        return [sid for sid in self._selection_order if sid in selected]

    def _track_selection_order(self) -> None:
        selected = set(self.selected_step_ids())
        kept = [sid for sid in self._selection_order if sid in selected]
        self._selection_order = kept + sorted(selected - set(kept), key=list(self.bricks).index)

    def select_ids(self, ids: list[str]) -> None:
        """Select ``ids``, in that order (``steps_in_selection_order``)."""
        self.blockSignals(True)
        self.clearSelection()
        for entity_id in ids:
            item = self.bricks.get(entity_id) or self.flows.get(entity_id)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)
        self._selection_order = [i for i in ids if i in self.bricks]
        self.selectionChanged.emit()

    def brick_at(self, pos: QPointF) -> BrickItem | None:
        for item in self.items(pos):
            if isinstance(item, BrickItem):
                return item
        return None

    @contextmanager
    def vector_painting(self) -> Iterator[None]:
        """Bricks paint themselves directly instead of from their pixmap cache, so
        an SVG export gets real shapes and text rather than pictures of them."""
        for brick in self.bricks.values():
            brick.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            yield
        finally:
            for brick in self.bricks.values():
                brick.setCacheMode(self._brick_cache)

    def set_second_view(self, shown: bool) -> None:
        """A second view of this scene (the audience screen) is open, or closed.
        Qt marks a brick's cached picture stale for one view only, so while two
        views show the scene the bricks paint directly (a room-sized map is cheap)."""
        self._second_view = shown
        self._cache_bricks()

    def set_brick_caching(self, wanted: bool) -> None:
        """Whether the view has a use for the bricks' cached pictures now: not while
        its zoom changes (a zoom step throws every cached picture away), nor zoomed
        far out (a brick of a few pixels is cheaper to draw than to keep)."""
        self._caching_wanted = wanted
        self._cache_bricks()

    def _cache_bricks(self) -> None:
        mode = (
            QGraphicsItem.CacheMode.NoCache
            if self._second_view or not self._caching_wanted
            else style.BRICK_CACHE
        )
        if mode != self._brick_cache:
            self._brick_cache = mode
            for brick in self.bricks.values():
                brick.setCacheMode(mode)

    def content_rect(self) -> QRectF:
        rect = self.itemsBoundingRect()
        return rect.adjusted(-40, -40, 40, 40) if not rect.isNull() else QRectF(0, 0, 800, 500)

    # -- gestures ---------------------------------------------------------------------

    def handle_at(self, pos: QPointF, zoom: float) -> BrickItem | None:
        """The brick whose connect handle is under ``pos``: the handle catches a
        press within ``style.HANDLE_HIT_PIXELS`` on screen at any ``zoom``, and wins
        over the brick body it sits on (pressing it never drags the brick)."""
        radius = max(style.HANDLE_HIT_PIXELS / 2 / max(zoom, 1e-6), style.HANDLE_RADIUS)
        area = QRectF(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)
        nearest: tuple[float, BrickItem] | None = None
        for item in self.items(area):
            if isinstance(item, BrickItem):
                offset = item.mapFromScene(pos) - item.handle_centre()
                distance = (offset.x() ** 2 + offset.y() ** 2) ** 0.5
                if distance <= radius and (nearest is None or distance < nearest[0]):
                    nearest = (distance, item)
        return nearest[1] if nearest else None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.read_only:
            brick = self.handle_at(event.scenePos(), _zoom_of(event))
            if brick is not None:
                self._interaction = ConnectInteraction(self, brick)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.mouse_move(event)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            interaction, self._interaction = self._interaction, None
            interaction.mouse_release(event)
            return
        super().mouseReleaseEvent(event)
        self._commit_drag()

    def _commit_drag(self) -> None:
        """A finished drag of one or more bricks becomes one undo step."""
        moved = {
            sid: (brick.pos().x(), brick.pos().y())
            for sid, brick in self.bricks.items()
            if (brick.step.x, brick.step.y) != (brick.pos().x(), brick.pos().y())
        }
        if not moved or self.document is None:
            return
        try:
            self.document.move_steps(moved)
        except ValidationError as error:
            self.report(settings.error_text(error))
            self.rebuild()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        brick = self.brick_at(event.scenePos())
        selecting = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        # Ctrl+clicks in quick succession add to the selection; they never rename.
        if brick is not None and not self.read_only and not selecting:
            self.rename_requested.emit(brick.step.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -- a role dragged from the Rollen dock onto a brick ------------------------------

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(ROLE_MIME) and not self.read_only)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        brick = self.brick_at(event.scenePos())
        event.setAccepted(brick is not None and event.mimeData().hasFormat(ROLE_MIME))

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        brick = self.brick_at(event.scenePos())
        role_id = bytes(event.mimeData().data(ROLE_MIME).data()).decode("utf-8", "replace")
        if brick is None or self.document is None or role_id not in self.map.roles:
            event.ignore()
            return
        # Dropped on one of several selected bricks: all of them get the role.
        targets = self.selected_step_ids() if brick.isSelected() else [brick.step.id]
        try:
            self.document.change_steps(targets, self.tr("Rol kiezen"), role_id=role_id)
        except ValidationError as error:
            self.report(settings.error_text(error))
        event.acceptProposedAction()
