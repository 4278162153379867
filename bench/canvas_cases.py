"""Canvas benchmarks: building the scene and painting frames, against plain Qt items.

The floor is the same map drawn with the plainest Qt items: per step one
``QGraphicsRectItem`` and one ``QGraphicsSimpleTextItem``, per flow one
``QGraphicsLineItem``. Frames are painted by grabbing the viewport of a
1600×900 view (the real paint path, with the bricks' device cache), fitted to
the whole map; both sides use the same view settings and the same zoom/pan.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from bench.generate import generate_map
from bench.trial import Setup, Trial
from procesbouw.model import ProcessMap

FRAME_WIDTH, FRAME_HEIGHT = 1600, 900
ZOOM_STEP = 1.15
PAN_PIXELS = 120
FRAMES = 20

_app: QApplication | None = None


def qt_app() -> QApplication:
    """The one QApplication of a benchmark process (offscreen: no screen needed)."""
    global _app
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    _app = QApplication([])
    return _app


def map_scene(pm: ProcessMap) -> QGraphicsScene:
    """The real canvas of ``pm`` (read-only), with the analysis overlays the app shows."""
    from procesbouw.analysis import analyse
    from ui.canvas.scene import MapScene, Overlays

    scene = MapScene(None, pm)
    scene.show_analysis(analyse(pm), Overlays())
    return scene


def plain_scene(pm: ProcessMap) -> QGraphicsScene:
    """The floor: the same map as plain rectangles, labels and lines."""
    from ui.canvas import style

    scene = QGraphicsScene()
    for step in pm.steps.values():
        role = pm.roles.get(step.role_id) if step.role_id else None
        rect = QGraphicsRectItem(0, 0, style.BRICK_WIDTH, style.BRICK_HEIGHT)
        rect.setBrush(QBrush(QColor(role.colour if role else "#D9D9D9")))
        rect.setPos(step.x, step.y)
        scene.addItem(rect)
        label = QGraphicsSimpleTextItem(step.name)
        label.setPos(step.x + 8, step.y + 8)
        scene.addItem(label)
    for flow in pm.flows.values():
        source, target = pm.steps[flow.source_id], pm.steps[flow.target_id]
        scene.addItem(
            QGraphicsLineItem(
                source.x + style.BRICK_WIDTH,
                source.y + style.BRICK_HEIGHT / 2,
                target.x,
                target.y + style.BRICK_HEIGHT / 2,
            )
        )
    return scene


def _view(scene: QGraphicsScene, real: bool) -> QGraphicsView:
    """A 1600×900 view fitted to the whole map, laid out but never put on a screen
    (so nothing paints until the benchmark grabs a frame)."""
    if real:
        from ui.canvas.view import MapView

        view: QGraphicsView = MapView(scene)  # type: ignore[arg-type]
    else:
        view = QGraphicsView(scene)
        view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
    view.resize(FRAME_WIDTH, FRAME_HEIGHT)
    view.show()
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    return view


def scene_build(steps: int, real: bool) -> Trial:
    """A scene built from the map. Each run starts with the last run's scene
    collected: bricks and arrows refer to each other, so a dropped scene is freed
    by Python's cycle collector, whenever it next runs (up to 80 ms inside a
    later build); freeing a scene is its teardown, not the next one's building."""
    qt_app()
    pm = generate_map(steps)
    if not real:
        return Trial(lambda: plain_scene(pm), before=gc.collect)
    from ui.canvas.scene import MapScene

    return Trial(lambda: MapScene(None, pm), before=gc.collect)


def one_frame(steps: int, real: bool) -> Trial:
    """A full frame of the whole map in a fresh view: cold item caches, as after opening."""
    qt_app()
    pm = generate_map(steps)
    scene = map_scene(pm) if real else plain_scene(pm)
    views: list[QGraphicsView] = []

    def fresh_view() -> None:
        for old in views:
            old.deleteLater()
        views[:] = [_view(scene, real)]
        QApplication.processEvents()
        # Being shown, the view has painted once already: without this the timed
        # frame came from the bricks' cached pictures of that paint, not cold.
        QPixmapCache.clear()

    return Trial(lambda: views[0].viewport().grab(), before=fresh_view)


def zoom_and_pan(steps: int, real: bool) -> Trial:
    """20 frames: 10 zoom steps in around the centre, then 10 pans to the right."""
    qt_app()
    pm = generate_map(steps)
    scene = map_scene(pm) if real else plain_scene(pm)
    view = _view(scene, real)
    view.viewport().grab()  # the view has been on screen: caches are warm

    def back_to_fit() -> None:
        view.resetTransform()
        view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        view.viewport().grab()

    def frames() -> None:
        for frame in range(FRAMES):
            if frame < FRAMES // 2:
                view.scale(ZOOM_STEP, ZOOM_STEP)
            else:
                bar = view.horizontalScrollBar()
                bar.setValue(bar.value() + PAN_PIXELS)
            view.viewport().grab()

    return Trial(frames, before=back_to_fit)


def setups(kind: str, steps: int) -> tuple[Setup, Setup]:
    """(item, floor) set-up functions of ``kind`` for ``steps`` steps."""
    make = {"scene": scene_build, "frame": one_frame, "zoom": zoom_and_pan}[kind]

    def item(_: Path) -> Trial:
        return make(steps, True)

    def floor(_: Path) -> Trial:
        return make(steps, False)

    return item, floor
