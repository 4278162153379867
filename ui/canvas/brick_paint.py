"""How a brick is drawn, piece by piece: studs, body, text, badges, marker, handle.

Plain functions of a painter and what to draw, so the item (``ui.canvas.brick``)
keeps only state and geometry. Pens and brushes are made once: every zoom step
repaints every brick in view.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

from ui.canvas import style
from ui.canvas.brick_text import DETAIL_FONT, NAME_FONT, wrapped_lines

PAD = 8
BODY = QRectF(0, 0, style.BRICK_WIDTH, style.BRICK_HEIGHT)
HANDLE_CENTRE = QPointF(style.BRICK_WIDTH, style.BRICK_HEIGHT / 2)

# Held once: every paint of every brick sets it (see flow_item).
ANTIALIASING = QPainter.RenderHint.Antialiasing

_STATE_PENS = {
    "selected": QPen(style.SELECTION, 3),
    "critical": QPen(style.CRITICAL, 3),
    "highlighted": QPen(style.HOTSPOT, 3),
}


def body_look(colour: QColor) -> tuple[QBrush, QPen]:
    """The body's gradient and edge for a role colour (``paint_body``); the
    bricks of a role share one."""
    gradient = QLinearGradient(0, 0, 0, style.BRICK_HEIGHT)
    gradient.setColorAt(0, colour.lighter(112))
    gradient.setColorAt(1, colour.darker(108))
    return QBrush(gradient), QPen(colour.darker(150), 1.2)


def paint_studs(painter: QPainter, fill: QColor) -> None:
    painter.setPen(QPen(fill.darker(135), 1))
    painter.setBrush(fill.lighter(108))
    count = style.BRICK_WIDTH // style.STUD_PITCH
    for index in range(count):
        x = index * style.STUD_PITCH + (style.STUD_PITCH - style.STUD_WIDTH) / 2
        painter.drawRoundedRect(
            QRectF(x, -style.STUD_HEIGHT, style.STUD_WIDTH, style.STUD_HEIGHT + 2), 2, 2
        )


def paint_body(
    painter: QPainter, look: tuple[QBrush, QPen], state: str | None, heat: float
) -> None:
    """The body in its role colour's ``look`` (``body_look``); ``state``
    ("selected", "critical", "highlighted" or None) picks the edge; ``heat`` > 0
    adds the heat bar."""
    brush, edge = look
    painter.setPen(_STATE_PENS[state] if state else edge)
    painter.setBrush(brush)
    painter.drawRoundedRect(BODY, style.BRICK_RADIUS, style.BRICK_RADIUS)
    if heat > 0:
        colour = QColor(style.HEAT)
        colour.setAlphaF(0.35 + 0.65 * min(heat, 1.0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(2, 2, 6, BODY.height() - 4), 3, 3)


def badge_height() -> float:
    return QFontMetricsF(DETAIL_FONT).height() + 2


def role_baseline(name_line_count: int) -> float | None:
    """Where the role line sits: just above the badges, and only if it clears a name
    of ``name_line_count`` lines (None: it does not fit and is left out; the colour
    and the lane still say the role)."""
    name_bottom = PAD + name_line_count * QFontMetricsF(NAME_FONT).lineSpacing()
    detail = QFontMetricsF(DETAIL_FONT)
    baseline = style.BRICK_HEIGHT - 6 - badge_height() - 2 - detail.descent()
    return baseline if baseline - detail.ascent() >= name_bottom else None


def paint_text(painter: QPainter, text: QColor, name_lines: list[str], role_line: str) -> None:
    """The name from the top and, where it fits (``role_baseline``), the role line."""
    painter.setPen(text)
    painter.setFont(NAME_FONT)
    metrics = QFontMetricsF(NAME_FONT)
    y = PAD + metrics.ascent()
    for line in name_lines:
        painter.drawText(QPointF(PAD, y), line)
        y += metrics.lineSpacing()
    baseline = role_baseline(len(name_lines))
    if baseline is None:
        return
    painter.setFont(DETAIL_FONT)
    faded = QColor(text)
    faded.setAlphaF(0.8)
    painter.setPen(faded)
    painter.drawText(QPointF(PAD, baseline), role_line)


def overview_size(lod: float) -> int:
    """The overview name's type size at ``lod``, in half points: the size the name
    keeps on screen, in steps, so a zoom reuses the lines laid out before."""
    return round(2 * min(style.OVERVIEW_POINT_SIZE / lod, 28))


@cache
def _overview_font(half_points: int) -> tuple[QFont, QFontMetricsF]:
    font = QFont(NAME_FONT)
    font.setPointSizeF(half_points / 2)
    return font, QFontMetricsF(font)


_OVERVIEW_RECT = BODY.adjusted(6, 4, -6, -4)


def overview_lines(name: str, half_points: int) -> list[str]:
    """The name wrapped for the overview at this size (laid out once per size)."""
    font, _ = _overview_font(half_points)
    return wrapped_lines(name, font, _OVERVIEW_RECT.width(), 2, break_words=False)


def paint_overview_name(
    painter: QPainter, text: QColor, lines: list[str], half_points: int
) -> None:
    """Zoomed far out, the name alone, in type that stays readable on screen."""
    font, metrics = _overview_font(half_points)
    rect = _OVERVIEW_RECT
    painter.setFont(font)
    painter.setPen(text)
    top = rect.center().y() - len(lines) * metrics.lineSpacing() / 2 + metrics.ascent()
    for index, line in enumerate(lines):
        painter.drawText(QPointF(rect.left(), top + index * metrics.lineSpacing()), line)


_ROOM: dict[str, int | None] = {"pixels": None}


@contextmanager
def painting_for_the_room(pixels: int) -> Iterator[None]:
    """Bricks painted inside (by the audience view's paint event) draw their names
    alone, ``pixels`` high (scene units). A flag, not the ``widget`` argument: Qt
    passes no widget when it paints an item into its device cache (each view has
    a cache of its own)."""
    _ROOM["pixels"] = pixels
    try:
        yield
    finally:
        _ROOM["pixels"] = None


def room_pixels() -> int | None:
    """The room's name size while the audience view paints, else None."""
    return _ROOM["pixels"]


@lru_cache(maxsize=64)
def readable_zoom(names: tuple[str, ...], text_pixels: float = style.ROOM_TEXT_PIXELS) -> float:
    """The smallest zoom at which every name of ``names`` is drawn whole (no word
    cut) at ``text_pixels`` or more on screen; never below the zoom at which the
    largest room name would be that small."""
    zoom = text_pixels / style.ROOM_NAME_MAX_PIXELS
    while zoom < style.ROOM_FULL_ZOOM:
        if _all_fit(names, math.ceil(text_pixels / zoom)):
            return zoom
        zoom += 0.01
    return style.ROOM_FULL_ZOOM


@lru_cache(maxsize=64)
def room_name_pixels(
    names: tuple[str, ...], lod: float, text_pixels: float = style.ROOM_TEXT_PIXELS
) -> int:
    """One name size (scene units) for every brick in the room view at zoom ``lod``:
    as large as the bricks hold with every word whole, never under ``text_pixels``
    on screen. One size for all keeps the wall calm."""
    smallest = math.ceil(text_pixels / max(lod, 1e-6))
    size = max(int(style.ROOM_NAME_MAX_PIXELS), smallest)
    while size > smallest and not _all_fit(names, size):
        size -= 1
    return size


_ROOM_CRITICAL = QPen(style.CRITICAL, 6)  # reaches the edge of the brick's bounds


def paint_room_marks(painter: QPainter, critical: bool, heat: float) -> None:
    """The overlays drawn bolder for the room: a wide outline for the critical
    path (a thin one vanishes on a red brick), a bar along the bottom for waiting."""
    if critical:
        painter.setPen(_ROOM_CRITICAL)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(BODY.adjusted(-1, -1, 1, 1), 7, 7)
    if heat > 0:
        colour = QColor(style.HEAT)
        colour.setAlphaF(0.35 + 0.65 * min(heat, 1.0))
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(6, BODY.height() - 11, BODY.width() - 12, 8), 4, 4)


def paint_room_name(painter: QPainter, text: QColor, name: str, pixels: int) -> None:
    """For the projector: the name alone, large enough to read from the back."""
    _paint_name_alone(painter, text, name, _pixel_font(pixels), 3, ROOM_TEXT_RECT)


# The name alone may use the whole face of the brick: a few pixels more width
# keep a long Dutch word ("Intakegesprek") whole one zoom step further out.
ROOM_TEXT_RECT = BODY.adjusted(3, 2, -3, -2)


@cache
def _pixel_font(pixels: int) -> QFont:
    """The room's name font: bold, a little condensed so long Dutch words
    ("Intakegesprek") fit a brick whole without zooming in further."""
    font = QFont(NAME_FONT)
    font.setPixelSize(pixels)
    font.setStretch(QFont.Stretch.SemiCondensed)
    return font


def _all_fit(names: tuple[str, ...], pixels: int) -> bool:
    """Whether every name fits a brick ``pixels`` high without cutting a word."""
    font = _pixel_font(pixels)
    rect = ROOM_TEXT_RECT
    metrics = QFontMetricsF(font)
    for name in names:
        if any(metrics.horizontalAdvance(word) > rect.width() for word in name.split()):
            return False
        lines = wrapped_lines(name, font, rect.width(), 99, break_words=False)
        if len(lines) * metrics.lineSpacing() > rect.height():
            return False
    return True


def _paint_name_alone(
    painter: QPainter, text: QColor, name: str, font: QFont, max_lines: int, rect: QRectF
) -> None:
    metrics = QFontMetricsF(font)
    fitting = max(1, min(max_lines, int(rect.height() // metrics.lineSpacing())))
    lines = wrapped_lines(name, font, rect.width(), fitting, break_words=False)
    painter.setFont(font)
    painter.setPen(text)
    top = rect.center().y() - len(lines) * metrics.lineSpacing() / 2 + metrics.ascent()
    for index, line in enumerate(lines):
        painter.drawText(QPointF(rect.left(), top + index * metrics.lineSpacing()), line)


Badge = tuple[str, str]  # (kind, text): "wait", "process" or "ftr"
BADGE_GAP = 4


def badge_width(badge: Badge) -> float:
    kind, label = badge
    return QFontMetricsF(DETAIL_FONT).horizontalAdvance(label) + 8 + (10 if kind != "ftr" else 0)


def badge_rows(badges: list[Badge]) -> tuple[list[Badge], list[Badge]]:
    """The badges along the bottom, and those that do not fit there ("2,5 werkdagen"
    is long), which go right-aligned on the row above instead of being cut off."""
    room = style.BRICK_WIDTH - 2 * PAD
    used = 0.0
    for index, badge in enumerate(badges):
        used += badge_width(badge) + (BADGE_GAP if index else 0)
        if used > room:
            return badges[:index], badges[index:]
    return badges, []


def row_width(badges: list[Badge]) -> float:
    return sum(badge_width(b) for b in badges) + BADGE_GAP * max(len(badges) - 1, 0)


class PlacedBadge(NamedTuple):
    kind: str
    label: str
    pill: QRectF


def placed_badges(rows: tuple[list[Badge], list[Badge]]) -> list[PlacedBadge]:
    """Where each badge's pill goes: the bottom row from the left and the row that
    did not fit it (``badge_rows``) right-aligned above. Worked out once with the
    brick's text, not on every paint."""
    bottom, above = rows
    height = badge_height()
    y = style.BRICK_HEIGHT - 6 - height
    right_aligned = max(style.BRICK_WIDTH - PAD - row_width(above), float(PAD))
    placed = []
    for row, x, top in ((bottom, float(PAD), y), (above, right_aligned, y - height - 2)):
        for badge in row:
            width = badge_width(badge)
            placed.append(PlacedBadge(*badge, QRectF(x, top, width, height)))
            x += width + BADGE_GAP
    return placed


def paint_badges(
    painter: QPainter, text: QColor, placed: list[PlacedBadge], bounds: QRectF
) -> None:
    """The badges where ``placed_badges`` put them. A row still too wide ends at
    ``bounds`` (the brick's), as the brick's cached picture does, so the brick
    looks the same painted directly (while zooming) and from its cache."""
    clipped = any(badge.pill.right() > bounds.right() for badge in placed)
    if clipped:
        painter.save()
        painter.setClipRect(bounds, Qt.ClipOperation.IntersectClip)
    ascent = QFontMetricsF(DETAIL_FONT).ascent()
    fill = style.BADGE_FILL_ON_DARK if text == style.TEXT_LIGHT else style.BADGE_FILL_ON_LIGHT
    for kind, label, pill in placed:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(QPen(text, 1))
        text_x = pill.x() + 4
        if kind != "ftr":
            paint_icon(painter, kind, QPointF(pill.x() + 8, pill.center().y()))
            text_x += 10
        painter.drawText(QPointF(text_x, pill.y() + 1 + ascent), label)
    if clipped:
        painter.restore()


def paint_icon(painter: QPainter, kind: str, centre: QPointF) -> None:
    """The badge icon of ``kind``: a clock ("process") or an hourglass (waiting)."""
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


def paint_findings_marker(painter: QPainter, findings: int, glow: bool, size: float = 1.0) -> None:
    """A green disc with the number of success stories naming this step; ``size``
    above 1 draws it larger, on the brick's top right corner (for the room view,
    where the name takes the whole brick)."""
    if size != 1.0:
        painter.save()
        painter.translate(style.BRICK_WIDTH - 14, -2)
        painter.scale(size, size)
        painter.translate(-(style.BRICK_WIDTH - 12), -12)
        paint_findings_marker(painter, findings, glow)
        painter.restore()
        return
    centre = QPointF(style.BRICK_WIDTH - 12, 12)
    radius = 9.0
    if glow:
        halo = QColor(style.HOTSPOT)
        halo.setAlphaF(0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(
            centre,
            radius + 4 + 2 * min(findings, 4),
            radius + 4 + 2 * min(findings, 4),
        )
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(style.HOTSPOT)
    painter.drawEllipse(centre, radius, radius)
    painter.setFont(DETAIL_FONT)
    painter.drawText(
        QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
        Qt.AlignmentFlag.AlignCenter,
        str(findings),
    )


def paint_handle(painter: QPainter, lod: float) -> None:
    """The connect handle, never smaller on screen than a fingertip's worth of
    pixels (within the brick's bounds); its hit area is ``MapScene.handle_at``."""
    radius = min(max(style.HANDLE_RADIUS - 1, style.HANDLE_HIT_PIXELS * 0.35 / lod), 11)
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(style.SELECTION)
    painter.drawEllipse(HANDLE_CENTRE, radius, radius)
