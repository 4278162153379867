"""Bricks paint directly while the zoom changes and from their device cache once
it holds; the canvas looks the same either way."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from procesbouw.model import MapDetails, ProcessMap, Role, Step
from ui.canvas import style
from ui.canvas.brick import BrickItem
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView

NO_CACHE = QGraphicsItem.CacheMode.NoCache
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


PLANNER = Role("Planner", colour="#0055BF")
HOURS_PER_DAY = 8.0


def _intake() -> Step:
    """A step whose three badges are wider than its brick: 12,5 werkdagen
    waiting, 12,5 u work, 83 % first time right."""
    return Step("Intake", PLANNER.id, 750, 6000, 83)


def _view(qtbot: object) -> MapView:
    pm = ProcessMap()
    pm.details = MapDetails(hours_per_day=HOURS_PER_DAY)
    pm.add(PLANNER)
    pm.add(_intake())
    pm.add(Step("Plannen", PLANNER.id, 30, 60, x=240, y=0))
    view = MapView(MapScene(None, pm))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(500, 300)
    view.show()
    return view


def _modes(view: MapView) -> set[QGraphicsItem.CacheMode]:
    return {brick.cacheMode() for brick in view.map_scene.bricks.values()}


def _grab(view: MapView) -> QImage:
    return view.viewport().grab().toImage()


def test_bricks_paint_directly_while_zooming_and_cache_once_the_zoom_holds(
    qtbot: object,
) -> None:
    view = _view(qtbot)
    _grab(view)
    _grab(view)
    assert _modes(view) == {DEVICE_CACHE}
    view.zoom_in()
    _grab(view)
    assert _modes(view) == {NO_CACHE}, "a paint at a new zoom: no cache to throw away"
    view.zoom_in()
    _grab(view)
    assert _modes(view) == {NO_CACHE}
    _grab(view)  # a pan, an edit or a hover at the same zoom
    assert _modes(view) == {DEVICE_CACHE}


def test_zoomed_out_past_the_names_bricks_never_cache(qtbot: object) -> None:
    view = _view(qtbot)
    while view.zoom() >= style.OVERVIEW_ZOOM:
        view.zoom_out()
    _grab(view)
    _grab(view)
    assert _modes(view) == {NO_CACHE}, "a few pixels of colour: cheaper drawn than kept"
    view.zoom_in()
    _grab(view)
    _grab(view)
    assert view.zoom() >= style.OVERVIEW_ZOOM and _modes(view) == {DEVICE_CACHE}


def test_with_a_second_view_open_bricks_never_cache(qtbot: object) -> None:
    view = _view(qtbot)
    view.map_scene.set_second_view(True)
    _grab(view)
    _grab(view)
    assert _modes(view) == {NO_CACHE}
    view.map_scene.set_second_view(False)
    _grab(view)
    assert _modes(view) == {DEVICE_CACHE}


def test_a_brick_paints_nothing_outside_its_bounds(qtbot: object) -> None:
    """Its cached picture holds only its bounds: painted directly (while
    zooming) it must not show more, or the brick would change when the zoom
    holds. Badges wider than the brick end at its bounds."""
    brick = BrickItem(_intake(), PLANNER, HOURS_PER_DAY)
    assert brick.cacheMode() == NO_CACHE
    alone = QGraphicsScene()
    alone.addItem(brick)
    bounds = brick.sceneBoundingRect()
    around = bounds.adjusted(-40, -40, 80, 40)
    image = QImage(int(around.width()) * 2, int(around.height()) * 2, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    alone.render(painter, QRectF(image.rect()), around)
    painter.end()
    inside = QRectF(
        (bounds.left() - around.left()) * 2,
        (bounds.top() - around.top()) * 2,
        bounds.width() * 2,
        bounds.height() * 2,
    ).adjusted(-1, -1, 1, 1)  # an edge's smoothing may reach into the next pixel
    ink_outside = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() and not inside.contains(x + 0.5, y + 0.5)
    ]
    assert ink_outside == []
