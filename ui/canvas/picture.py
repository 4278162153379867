"""The canvas as a picture: PNG (pixels) or SVG (vector shapes and text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ui.canvas.scene import MapScene


def write_picture(scene: MapScene, path: Path, title: str) -> None:
    """The whole map, without today's selection, as ``path``'s suffix says
    (``.svg``, else PNG at twice the canvas size). Raises OSError if it cannot write."""
    selected = scene.selected_ids()
    scene.select_ids([])
    scene.refresh_lanes()  # edits just made may not have redrawn the lanes yet
    try:
        if path.suffix.lower() == ".svg":
            with scene.vector_painting():
                _write_svg(scene, path, title)
        elif not _render_png(scene).save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
    finally:
        scene.select_ids(selected)


def _render_png(scene: MapScene, scale: float = 2.0) -> QImage:
    source = scene.content_rect()
    size = QSize(int(source.width() * scale), int(source.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    return image


def _write_svg(scene: MapScene, path: Path, title: str) -> None:
    source = scene.content_rect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
