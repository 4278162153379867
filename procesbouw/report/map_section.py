"""The map pages: the whole map on one A4 landscape page when it is readable
there, otherwise an overview with a tile grid followed by one page per tile.
A legend of roles and overlays closes every map page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph

from procesbouw.layout import LaneGeometry, swimlanes
from procesbouw.model import ProcessMap
from procesbouw.report import styles as st
from procesbouw.report.context import ReportContext
from procesbouw.report.fonts import BOLD, REGULAR, register_fonts
from procesbouw.report.map_drawing import (
    HEAT_HIGH,
    HEAT_LOW,
    LANE_LABEL_MARGIN,
    MIN_HEAT,
    MIN_NAME_SIZE,
    MapPainter,
    Placement,
)
from procesbouw.report.map_layout import (
    Rect,
    Tile,
    brick_positions,
    fit_scale,
    map_bounds,
    tiles,
)
from procesbouw.report.page import LANDSCAPE, PORTRAIT, frame_size
from procesbouw.report.text import fit_width, para, shorten

TITLE_SPACE = 24.0  # the title above the drawing
LEGEND_HEIGHT = 34.0
_INDEX_LIMIT = 1500  # characters of the overview's list of steps per part


def map_section(ctx: ReportContext) -> list[Flowable]:
    """Flowables for the map pages; switches to landscape and back to portrait."""
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE), PageBreak()]
    if not ctx.pm.steps:
        story += [Paragraph(para(ctx.label("map")), st.styles()["map_title"])]
        story += [Paragraph(para(ctx.label("no_steps")), st.styles()["body"])]
        return story + [NextPageTemplate(PORTRAIT)]
    positions = brick_positions(ctx.pm)
    width, height = frame_size(LANDSCAPE)
    area_height = height - TITLE_SPACE - LEGEND_HEIGHT
    painter = MapPainter(ctx, positions, lane_label_width(ctx.pm, positions, width, area_height))
    bounds = map_bounds(positions, painter.lanes, ctx.pm)
    pieces = tiles(bounds, positions, width, area_height)
    if len(pieces) == 1:
        story += [Paragraph(para(ctx.label("map")), st.styles()["map_title"])]
        story += [MapFlowable(ctx, painter, bounds)]
        return story + [NextPageTemplate(PORTRAIT)]
    story += [Paragraph(para(ctx.label("map_overview", n=len(pieces))), st.styles()["map_title"])]
    # The overview is too small to print names on the bricks: say which steps each part holds.
    index = Paragraph(para(_tile_index(ctx, positions, pieces)), st.styles()["small"])
    _, index_height = index.wrap(width, height)
    story += [MapFlowable(ctx, painter, bounds, grid=pieces, leave=index_height + 6), index]
    for piece in pieces:
        story += [PageBreak()]
        story += [Paragraph(para(ctx.label("map_tile", tile=piece.name)), st.styles()["map_title"])]
        story += [MapFlowable(ctx, painter, piece.view)]
    return story + [NextPageTemplate(PORTRAIT)]


def lane_label_width(
    pm: ProcessMap, positions: dict[str, tuple[float, float]], width: float, height: float
) -> float:
    """Map units for the lanes' names: on a page of ``width`` × ``height`` points,
    room for every name's longest word at the steps' name size where the page has
    width to spare. The map never shrinks for it (its step names need the scale);
    where there is no room, the names take smaller type instead."""
    register_fonts()  # measured in the report's own font, also when called alone
    default = LaneGeometry.label_width
    words = [word for role in pm.roles.values() for word in role.name.split()]
    longest = max((stringWidth(word, BOLD, MIN_NAME_SIZE) for word in words), default=0.0)
    lanes = swimlanes(pm, positions)
    if not lanes:
        return default
    bounds = map_bounds(positions, lanes, pm)
    # The lanes' column widens the map one to one; the height stays.
    widest = max(default, width / fit_scale(bounds, width, height) - bounds.width + default)
    label = default
    for _ in range(6):  # the scale shrinks as the column grows: a few rounds settle it
        scale = min(width / (bounds.width - default + label), height / bounds.height, 1.0)
        label = min(widest, max(default, longest / scale + LANE_LABEL_MARGIN))
    return label


class MapFlowable(Flowable):
    """One view of the map, scaled to the space left on the page, with its legend."""

    def __init__(
        self,
        ctx: ReportContext,
        painter: MapPainter,
        view: Rect,
        grid: list[Tile] | None = None,
        leave: float = 0.0,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.painter = painter
        self.view = view
        self.grid = grid or []
        self.leave = leave  # height to leave on the page for what follows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1 - self.leave
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        area_height = self.height - LEGEND_HEIGHT
        scale = fit_scale(self.view, self.width, area_height)
        drawn_width, drawn_height = self.view.width * scale, self.view.height * scale
        left = (self.width - drawn_width) / 2
        top = LEGEND_HEIGHT + area_height - (area_height - drawn_height) / 2
        canvas.saveState()
        canvas.setFillColor(st.PAPER_TINT)
        canvas.setStrokeColor(st.RULE)
        canvas.roundRect(left, top - drawn_height, drawn_width, drawn_height, 6, stroke=1, fill=1)
        clip = canvas.beginPath()
        clip.rect(left, top - drawn_height, drawn_width, drawn_height)
        canvas.clipPath(clip, stroke=0, fill=0)
        where = Placement(self.view, left, top, scale)
        self.painter.paint(canvas, where)
        for tile in self.grid:
            _tile_outline(canvas, where, tile)
        canvas.restoreState()
        self._legend(canvas)

    def _legend(self, canvas: Canvas) -> None:
        """Role swatches on the first row, the overlays on the second."""
        roles = list(self.ctx.pm.roles.values())
        x, y = 0.0, LEGEND_HEIGHT - 14
        canvas.setFont(REGULAR, 8)
        more_room = canvas.stringWidth(self.ctx.label("and_more", n=len(roles)), REGULAR, 8)
        for shown, role in enumerate(roles):
            name = fit_width(role.name, REGULAR, 8, 110)
            needed = 16 + canvas.stringWidth(name, REGULAR, 8) + 14
            if x + needed + more_room > self.width:
                _legend_text(canvas, x, y, self.ctx.label("and_more", n=len(roles) - shown))
                break
            canvas.setFillColor(st.colour(role.colour))
            canvas.setStrokeColor(st.RULE)
            canvas.roundRect(x, y - 1, 11, 9, 2, stroke=1, fill=1)
            canvas.setFillColor(st.INK)
            canvas.drawString(x + 16, y, name)
            x += needed
        x, y = 0.0, 6.0
        canvas.setLineWidth(3)
        canvas.setStrokeColor(st.ACCENT)
        canvas.line(x, y + 3, x + 24, y + 3)
        x = _legend_text(canvas, x + 30, y, self.ctx.label("legend_critical"))
        canvas.setLineWidth(1.4)
        canvas.setStrokeColor(st.ALERT)
        canvas.setDash(5, 3)
        canvas.line(x, y + 3, x + 24, y + 3)
        canvas.setDash()
        x = _legend_text(canvas, x + 30, y, self.ctx.label("legend_rework"))
        canvas.setFillColor(colors.HexColor("#EEF0F3"))
        canvas.roundRect(x, y, 24, 6, 3, stroke=0, fill=1)
        canvas.setFillColor(colors.linearlyInterpolatedColor(HEAT_LOW, HEAT_HIGH, 0, 1, 0.6))
        canvas.roundRect(x, y, 14, 6, 3, stroke=0, fill=1)
        _legend_text(
            canvas,
            x + 30,
            y,
            self.ctx.label("legend_wait", share=f"≥ {self.ctx.percent(MIN_HEAT)}"),
        )


def _tile_index(
    ctx: ReportContext, positions: dict[str, tuple[float, float]], pieces: list[Tile]
) -> str:
    """``A1: 'Intake', 'Zorgplan' · B1: …``, each step named once, in map order."""
    named: set[str] = set()
    parts = []
    for piece in pieces:
        view = piece.view
        inside = [
            step_id
            for step_id in ctx.pm.steps
            if step_id not in named
            and view.x <= positions[step_id][0] < view.right
            and view.y <= positions[step_id][1] < view.bottom
        ]
        named.update(inside)
        if inside:
            listed = ", ".join(f"‘{shorten(ctx.step_name(sid), 40)}’" for sid in inside)
            parts.append(f"{piece.name}: {listed}")
    return shorten("  ·  ".join(parts), _INDEX_LIMIT)


def _legend_text(canvas: Canvas, x: float, y: float, text: str) -> float:
    canvas.setFillColor(st.INK)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(x, y, text)
    return x + canvas.stringWidth(text, REGULAR, 8) + 22


def _tile_outline(canvas: Canvas, where: Placement, tile: Tile) -> None:
    x, top = where.point(tile.view.x, tile.view.y)
    width, height = tile.view.width * where.scale, tile.view.height * where.scale
    canvas.setStrokeColor(st.NAVY)
    canvas.setLineWidth(1)
    canvas.setDash(4, 3)
    canvas.rect(x, top - height, width, height, stroke=1, fill=0)
    canvas.setDash()
    canvas.setFillColor(st.NAVY)
    canvas.setFont(BOLD, 14)
    canvas.drawString(x + 6, top - 18, tile.name)
