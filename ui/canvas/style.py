"""Every visual constant of the canvas in one place: sizes, colours, Z-order."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from procesbouw import palette
from procesbouw.layout import LaneGeometry

# Geometry (scene units = pixels at 100 % zoom). Bricks align to the stud grid.
GRID = 20
BRICK_WIDTH = 160
BRICK_HEIGHT = 80
BRICK_RADIUS = 6
STUD_WIDTH = 12
STUD_HEIGHT = 5
STUD_PITCH = GRID
NEXT_STEP_GAP = 40  # between a brick and the next step created from the keyboard
BACKWARD_ARCH = 60  # how high a backward handoff arches over the bricks
HANDLE_RADIUS = 7  # the connect handle on a brick's right edge
PASTE_OFFSET = 2 * GRID

# Bricks are cached as device pixmaps: repainting 1,000 of them stays cheap.
BRICK_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache

# Z-order: flows under bricks, the interaction preview above everything.
Z_FLOW = 1
Z_BRICK = 2
Z_PREVIEW = 10

# Colours
BASEPLATE = QColor("#EDEFF2")
BASEPLATE_STUD = QColor("#E0E3E8")
BASEPLATE_STUD_EDGE = QColor("#D5D9DF")
NO_ROLE_COLOUR = QColor("#D9D9D9")
TEXT_DARK = QColor("#1B1B1B")
TEXT_LIGHT = QColor("#FFFFFF")
SELECTION = QColor("#1E88E5")
FLOW = QColor("#4A5560")
REWORK = QColor("#C2410C")
CRITICAL = QColor("#D81B60")
HEAT = QColor("#E53935")
HOTSPOT = QColor("#2E7D32")
BADGE_FILL_ON_DARK = QColor(255, 255, 255, 60)
BADGE_FILL_ON_LIGHT = QColor(0, 0, 0, 28)
# The window's message bar: (background, border) of a refused change and of a notice.
MESSAGE_PROBLEM = ("#FDECEA", "#E57373")
MESSAGE_NOTICE = ("#FFF8E1", "#FFCA28")
MESSAGE_TEXT = "#3E2723"

# Type
NAME_POINT_SIZE = 10
DETAIL_POINT_SIZE = 7.5

# Below this zoom the brick text is not drawn (it would be unreadable anyway),
# which keeps 1,000-brick overviews smooth.
DETAIL_ZOOM = 0.35
# Between these zooms a brick shows only its name, in type that stays readable.
OVERVIEW_ZOOM = 0.12
OVERVIEW_POINT_SIZE = 6.5
# Below this zoom the studs (12×5 units) shrink under 4 pixels: not drawn, which
# saves a third of a brick's paint when zooming through a big map; the
# baseplate's studs are left out too (MapScene.drawBackground).
STUD_ZOOM = 0.3

# The room view (projector): a brick's name is at least ROOM_TEXT_PIXELS high on a
# projector of ROOM_SCREEN_LINES lines, and the same share of any other screen's
# height (a projector throws every resolution onto the same wall: 18 px of 1080 lines
# read like 12.8 px of 768). Below ROOM_FULL_ZOOM the name alone is drawn, larger in
# scene units (at most ROOM_NAME_MAX_PIXELS), so the audience view never zooms out
# below that threshold over ROOM_NAME_MAX_PIXELS. From ROOM_FULL_ZOOM the normal text
# is that large itself and the times' badges are drawn too.
ROOM_TEXT_PIXELS = 18.0
ROOM_SCREEN_LINES = 1080
ROOM_NAME_MAX_PIXELS = 26.0
ROOM_FULL_ZOOM = 1.4
ROOM_MAX_ZOOM = 2.2  # a small map is not blown up beyond this
ROOM_MARKER_PIXELS = 26.0  # the story count's disc on the wall
ZOOM_MIN = 0.05
READABLE_ZOOM = 0.6  # names on bricks stay readable down to here
ZOOM_MAX = 4.0
ZOOM_STEP = 1.15

# The LEGO palette offered for roles (name, colour), in the domain's order.
_LEGO_NAMES = (
    QT_TRANSLATE_NOOP("LegoColour", "Rood"),
    QT_TRANSLATE_NOOP("LegoColour", "Blauw"),
    QT_TRANSLATE_NOOP("LegoColour", "Groen"),
    QT_TRANSLATE_NOOP("LegoColour", "Geel"),
    QT_TRANSLATE_NOOP("LegoColour", "Oranje"),
    QT_TRANSLATE_NOOP("LegoColour", "Paars"),
    QT_TRANSLATE_NOOP("LegoColour", "Azuur"),
    QT_TRANSLATE_NOOP("LegoColour", "Limoen"),
    QT_TRANSLATE_NOOP("LegoColour", "Roze"),
    QT_TRANSLATE_NOOP("LegoColour", "Bruin"),
    QT_TRANSLATE_NOOP("LegoColour", "Grijs"),
    QT_TRANSLATE_NOOP("LegoColour", "Zwart"),
    QT_TRANSLATE_NOOP("LegoColour", "Wit"),
)
LEGO_COLOURS: tuple[tuple[str, str], ...] = tuple(
    zip(_LEGO_NAMES, palette.LEGO_COLOURS, strict=True)
)


def text_colour_on(fill: QColor) -> QColor:
    """Dark or white text, whichever contrasts more with ``fill`` (WCAG luminance)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(fill.red())
        + 0.7152 * channel(fill.green())
        + 0.0722 * channel(fill.blue())
    )
    # Contrast against white vs against near-black; pick the larger.
    on_white = 1.05 / (luminance + 0.05)
    on_dark = (luminance + 0.05) / 0.0611
    return TEXT_LIGHT if on_white >= on_dark else TEXT_DARK


def snap(value: float) -> float:
    return round(value / GRID) * GRID


# "Netjes leggen" and the lanes drawn behind the bricks (procesbouw.layout).
LANES = LaneGeometry(brick_width=BRICK_WIDTH, brick_height=BRICK_HEIGHT, grid=GRID)
LANE_TINT_ALPHA = 26  # a lane is its role's colour, very light
LANE_EDGE = QColor(0, 0, 0, 40)
LANE_LABEL_POINT_SIZE = 11
Z_LANE = 0

# The connect handle catches a press this many pixels wide on screen, at any zoom.
HANDLE_HIT_PIXELS = 20
# What a role carries when dragged from the Rollen dock onto a brick (its id, UTF-8).
ROLE_MIME = "application/x-procesbouw-role"
