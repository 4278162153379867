"""Editing modes the scene hands mouse events to while they are active."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsSceneMouseEvent

from procesbouw.model import ValidationError
from ui import settings
from ui.canvas import style
from ui.canvas.brick import BrickItem
from ui.document import MapDocument


class InteractionScene(Protocol):
    """What an interaction needs of the scene that hands it events (the
    ``MapScene``; named here so the scene can import its interactions)."""

    document: MapDocument | None

    def addItem(self, item: QGraphicsItem) -> None: ...

    def removeItem(self, item: QGraphicsItem) -> None: ...

    def brick_at(self, pos: QPointF) -> BrickItem | None: ...

    def report(self, text: str) -> None: ...


class ConnectInteraction:
    """Drag from a brick's handle to another brick to add a handoff."""

    def __init__(self, scene: InteractionScene, source: BrickItem) -> None:
        self.scene = scene
        self.source = source
        self.preview = QGraphicsLineItem()
        pen = QPen(style.SELECTION, 2, Qt.PenStyle.DashLine)
        self.preview.setPen(pen)
        self.preview.setZValue(style.Z_PREVIEW)
        scene.addItem(self.preview)
        self._update(source.exit_point())

    def _update(self, pos: QPointF) -> None:
        self.preview.setLine(QLineF(self.source.exit_point(), pos))

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        self._update(event.scenePos())

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.scene.removeItem(self.preview)
        target = self.scene.brick_at(event.scenePos())
        if target is None or target is self.source:
            return
        try:
            self.scene.document.connect(self.source.step.id, target.step.id)
        except ValidationError as error:
            self.scene.report(settings.error_text(error))
