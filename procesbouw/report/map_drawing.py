"""The process map as vector graphics: bricks in their role colours with studs,
handoff arrows, dashed rework curves with their share, the critical path in
amber and the wait share of each bottleneck as a heat bar."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from procesbouw.layout import Lane, LaneGeometry, swimlanes
from procesbouw.map_geometry import rework_curve
from procesbouw.model import Flow, FlowKind, Step
from procesbouw.report import styles as st
from procesbouw.report.context import ReportContext
from procesbouw.report.fonts import BOLD, REGULAR
from procesbouw.report.map_layout import (
    BRICK_HEIGHT,
    BRICK_WIDTH,
    MIN_READABLE_SCALE,
    STUD_HEIGHT,
    Rect,
)
from procesbouw.report.text import fit_width, wrap_lines

HEAT_LOW = colors.HexColor("#F6C445")
HEAT_HIGH = st.ALERT
MIN_HEAT = 0.05  # wait share of the lead time from which a bottleneck gets a heat bar
# Below this scale bricks are drawn without text (the overview of a tiled map);
# between it and FULL_TEXT_SCALE they show only their name, at MIN_NAME_SIZE.
_TEXT_SCALE_LIMIT = MIN_READABLE_SCALE
MIN_NAME_SIZE = 7.0  # points: the smallest a step's name is printed
FULL_TEXT_SCALE = MIN_NAME_SIZE / 12  # names are 12 map units: from here role and times fit
LANE_LABEL_MARGIN = 16.0  # map units around a lane's name


@dataclass(frozen=True)
class Placement:
    """How map units land on the page: ``page = origin + (map - view.origin) * scale``."""

    view: Rect
    left: float  # page x of the view's left edge
    top: float  # page y of the view's top edge
    scale: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.left + (x - self.view.x) * self.scale, self.top - (y - self.view.y) * self.scale


class MapPainter:
    """Draws one view of the map onto a reportlab canvas."""

    def __init__(
        self,
        ctx: ReportContext,
        positions: dict[str, tuple[float, float]],
        lane_label_width: float = LaneGeometry.label_width,
    ) -> None:
        self.ctx = ctx
        self.positions = positions
        figures = ctx.analysis.figures
        path = figures.critical_path if figures is not None else ()
        self.critical_steps = set(path)
        self.critical_flows = set(zip(path, path[1:], strict=False))
        lead_time = figures.lead_time_expected if figures is not None else 0.0
        shares = {
            b.step_id: b.wait_minutes / lead_time for b in ctx.analysis.bottlenecks if lead_time > 0
        }
        # Only waits that matter get a heat bar; a bar on every brick would be noise.
        self.wait_share = {sid: share for sid, share in shares.items() if share >= MIN_HEAT}
        # As on the canvas, when it is in lanes; the names' column as wide as the page allows.
        self.lanes = swimlanes(ctx.pm, positions, LaneGeometry(label_width=lane_label_width))

    def paint(self, canvas: Canvas, where: Placement) -> None:
        visible = where.view.grown(BRICK_WIDTH)
        steps = [s for sid, s in self.ctx.pm.steps.items() if self._rect(sid).intersects(visible)]
        shown = {s.id for s in steps}
        flows = [
            f for f in self.ctx.pm.flows.values() if f.source_id in shown or f.target_id in shown
        ]
        canvas.saveState()
        for lane in self.lanes:
            self._lane(canvas, where, lane)
        # As on the canvas: arrows and rework curves first, the bricks on top of them.
        for flow in flows:
            if flow.kind is FlowKind.HANDOFF:
                self._handoff(canvas, where, flow)
            else:
                self._rework(canvas, where, flow)
        for step in steps:
            self._brick(canvas, where, step)
        canvas.restoreState()

    def _lane(self, canvas: Canvas, where: Placement, lane: Lane) -> None:
        """A role's swimlane: a light band of its colour, its name at the left."""
        role = self.ctx.pm.roles.get(lane.role_id or "")
        base = st.colour(role.colour) if role is not None else colors.HexColor("#A0A5AA")
        left, top = where.point(lane.left, lane.top)
        right, bottom = where.point(lane.right, lane.bottom)
        canvas.setFillColor(colors.Color(base.red, base.green, base.blue, alpha=0.1))
        canvas.setStrokeColor(colors.Color(0, 0, 0, alpha=0.15))
        canvas.setLineWidth(0.5)
        canvas.rect(left, bottom, right - left, top - bottom, stroke=0, fill=1)
        canvas.line(left, top, right, top)
        canvas.line(left, bottom, right, bottom)
        name = role.name if role is not None else self.ctx.label("no_role")
        room = (lane.label_right - lane.left - LANE_LABEL_MARGIN) * where.scale
        longest = max(name.split() or [name], key=lambda word: canvas.stringWidth(word, BOLD, 10))
        # Smaller type rather than a word broken in two ("Wijkverpleegkundi-ge"), but
        # as large as the steps' names where the column has room (lane_label_width).
        fit = 10 * room / max(canvas.stringWidth(longest, BOLD, 10), 1)
        size = max(min(max(11 * where.scale, MIN_NAME_SIZE), fit), 5)
        lines = wrap_lines(name, BOLD, size, room, 3)
        canvas.setFont(BOLD, size)
        canvas.setFillColor(_darker(base) if st.text_colour_on(base) != colors.white else base)
        y = (top + bottom) / 2 + (len(lines) - 1) * size * 0.6 - size * 0.35
        for line in lines:
            canvas.drawString(left + 10 * where.scale, y, line)
            y -= size * 1.2

    # -- geometry ------------------------------------------------------------

    def _rect(self, step_id: str) -> Rect:
        x, y = self.positions[step_id]
        return Rect(x, y, BRICK_WIDTH, BRICK_HEIGHT)

    def _border_point(self, step_id: str, towards: tuple[float, float]) -> tuple[float, float]:
        """Where the line from the brick's centre towards ``towards`` leaves the brick."""
        rect = self._rect(step_id)
        cx, cy = rect.x + rect.width / 2, rect.y + rect.height / 2
        dx, dy = towards[0] - cx, towards[1] - cy
        if dx == 0 and dy == 0:
            return cx, cy
        factor = min(
            (rect.width / 2) / abs(dx) if dx else math.inf,
            (rect.height / 2) / abs(dy) if dy else math.inf,
        )
        return cx + dx * factor, cy + dy * factor

    def _centre(self, step_id: str) -> tuple[float, float]:
        rect = self._rect(step_id)
        return rect.x + rect.width / 2, rect.y + rect.height / 2

    # -- flows ---------------------------------------------------------------

    def _handoff(self, canvas: Canvas, where: Placement, flow: Flow) -> None:
        start = self._border_point(flow.source_id, self._centre(flow.target_id))
        end = self._border_point(flow.target_id, self._centre(flow.source_id))
        critical = (flow.source_id, flow.target_id) in self.critical_flows
        colour = st.ACCENT if critical else st.MUTED
        width = (3.2 if critical else 1.3) * where.scale
        x1, y1 = where.point(*start)
        x2, y2 = where.point(*end)
        _arrow(canvas, (x1, y1), (x2, y2), colour, width, 9 * where.scale)

    def _rework(self, canvas: Canvas, where: Placement, flow: Flow) -> None:
        # The canvas's curve: from the bottom of the source back to the bottom of
        # the target, bulging down below the bricks (map_bounds leaves room for it).
        curve = rework_curve(
            self.positions[flow.source_id],
            self.positions[flow.target_id],
            BRICK_WIDTH,
            BRICK_HEIGHT,
        )
        points = [where.point(*p) for p in curve]
        canvas.saveState()
        canvas.setStrokeColor(st.ALERT)
        canvas.setLineWidth(1.4 * where.scale)
        canvas.setDash(5 * where.scale, 3 * where.scale)
        path = canvas.beginPath()
        path.moveTo(*points[0])
        path.curveTo(*points[1], *points[2], *points[3])
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setDash()
        _arrow_head(canvas, points[2], points[3], st.ALERT, 8 * where.scale)
        if flow.rework_share is not None and where.scale >= _TEXT_SCALE_LIMIT:
            middle = _bezier_middle(points)
            _pill(canvas, middle, self.ctx.percent(flow.rework_share), where.scale)
        canvas.restoreState()

    # -- bricks ----------------------------------------------------------------

    def _brick(self, canvas: Canvas, where: Placement, step: Step) -> None:
        s = where.scale
        role = self.ctx.pm.roles.get(step.role_id) if step.role_id else None
        fill = st.colour(role.colour) if role is not None else colors.HexColor("#A0A5AA")
        ink = st.text_colour_on(fill)
        x, top = where.point(*self.positions[step.id])
        width, height = BRICK_WIDTH * s, BRICK_HEIGHT * s
        critical = step.id in self.critical_steps
        canvas.setFillColor(fill)
        canvas.setStrokeColor(st.ACCENT if critical else _darker(fill))
        canvas.setLineWidth((3 if critical else 0.8) * s)
        stud_width, stud_gap = 20 * s, (width - 4 * 20 * s) / 5
        for index in range(4):
            stud_x = x + stud_gap + index * (stud_width + stud_gap)
            canvas.roundRect(stud_x, top - s, stud_width, STUD_HEIGHT * s, 2 * s, stroke=1, fill=1)
        canvas.roundRect(x, top - height, width, height, 6 * s, stroke=1, fill=1)
        if s >= _TEXT_SCALE_LIMIT:
            self._brick_text(canvas, step, role.name if role else None, x, top, s, ink)
        share = self.wait_share.get(step.id)
        if share is not None:
            self._heat(canvas, x, top - height, width, share, s)

    def _brick_text(
        self,
        canvas: Canvas,
        step: Step,
        role_name: str | None,
        x: float,
        top: float,
        s: float,
        ink: colors.Color,
    ) -> None:
        inner = (BRICK_WIDTH - 14) * s
        canvas.setFillColor(ink)
        if s < FULL_TEXT_SCALE:
            # Too small for role and times (the legend and the appendix have them):
            # the name alone, never below MIN_NAME_SIZE, centred on the brick.
            # Narrow margins and, when a word would break in bold, the regular face.
            room = (BRICK_WIDTH - 6) * s
            words = step.name.split() or [step.name]
            fits = all(canvas.stringWidth(w, BOLD, MIN_NAME_SIZE) <= room for w in words)
            face = BOLD if fits else REGULAR
            lines = wrap_lines(step.name, face, MIN_NAME_SIZE, room, max_lines=3)
            canvas.setFont(face, MIN_NAME_SIZE)
            leading = MIN_NAME_SIZE * 1.15
            y = top - (BRICK_HEIGHT * s - len(lines) * leading) / 2 - MIN_NAME_SIZE
            for line in lines:
                canvas.drawString(x + 3 * s, y, line)
                y -= leading
            return
        name_size = 12 * s
        lines = wrap_lines(step.name, BOLD, name_size, inner, max_lines=2)
        canvas.setFont(BOLD, name_size)
        y = top - 19 * s
        for line in lines:
            canvas.drawString(x + 7 * s, y, line)
            y -= 14 * s
        size = 9 * s
        canvas.setFont(REGULAR, size)
        role_width = inner
        if step.ftr_percent < 100:
            ftr = f"FTR {self.ctx.percent(step.ftr_percent / 100)}"
            canvas.setFont(BOLD, size)
            canvas.drawRightString(x + 7 * s + inner, top - 55 * s, ftr)
            canvas.setFont(REGULAR, size)
            role_width -= canvas.stringWidth(ftr, BOLD, size) + 6 * s
        if role_name is not None:
            canvas.drawString(
                x + 7 * s, top - 55 * s, fit_width(role_name, REGULAR, size, role_width)
            )
        times = self.ctx.label(
            "brick_times",
            wait=self.ctx.duration(step.wait_minutes),
            process=self.ctx.duration(step.process_minutes),
        )
        canvas.drawString(x + 7 * s, top - 70 * s, fit_width(times, REGULAR, size, inner))

    def _heat(
        self, canvas: Canvas, x: float, y: float, width: float, share: float, s: float
    ) -> None:
        """A bar under the brick: how much of the whole lead time is waiting here."""
        bar_y, bar_height = y - 10 * s, 6 * s
        canvas.setFillColor(colors.HexColor("#EEF0F3"))
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.4 * s)
        canvas.roundRect(x, bar_y, width, bar_height, 3 * s, stroke=1, fill=1)
        canvas.setFillColor(_heat_colour(share))
        canvas.roundRect(x, bar_y, max(width * min(share, 1.0), 6 * s), bar_height, 3 * s, 0, 1)
        if s >= _TEXT_SCALE_LIMIT:
            canvas.setFillColor(st.ALERT)
            canvas.setFont(BOLD, max(7 * s, 6))
            text = f"{self.ctx.label('wait_short')} {self.ctx.percent(share)}"
            canvas.drawRightString(x + width, bar_y - 8 * s, text)


def _heat_colour(share: float) -> colors.Color:
    return colors.linearlyInterpolatedColor(HEAT_LOW, HEAT_HIGH, 0, 1, min(max(share * 2, 0), 1))


def _darker(colour: colors.Color) -> colors.Color:
    return colors.Color(colour.red * 0.7, colour.green * 0.7, colour.blue * 0.7)


def _arrow(
    canvas: Canvas,
    start: tuple[float, float],
    end: tuple[float, float],
    colour: colors.Color,
    width: float,
    head: float,
) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    length = math.hypot(end[0] - start[0], end[1] - start[1])
    if length < 1e-6:
        return
    shorten = min(head * 0.8, length) / length  # the line stops inside the arrow head
    canvas.line(
        start[0],
        start[1],
        end[0] - (end[0] - start[0]) * shorten,
        end[1] - (end[1] - start[1]) * shorten,
    )
    _arrow_head(canvas, start, end, colour, head + width)


def _arrow_head(
    canvas: Canvas,
    before: tuple[float, float],
    tip: tuple[float, float],
    colour: colors.Color,
    size: float,
) -> None:
    angle = math.atan2(tip[1] - before[1], tip[0] - before[0])
    path = canvas.beginPath()
    path.moveTo(*tip)
    for side in (0.42, -0.42):
        path.lineTo(tip[0] - size * math.cos(angle + side), tip[1] - size * math.sin(angle + side))
    path.close()
    canvas.setFillColor(colour)
    canvas.drawPath(path, stroke=0, fill=1)


def _bezier_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    return (x0 + 3 * x1 + 3 * x2 + x3) / 8, (y0 + 3 * y1 + 3 * y2 + y3) / 8


def _pill(canvas: Canvas, centre: tuple[float, float], text: str, s: float) -> None:
    size = max(7.5 * s, 6.5)  # the share that goes back stays readable on a small map
    width = canvas.stringWidth(text, BOLD, size) + 8 * size / 7.5
    height = 11 * size / 7.5
    canvas.setFillColor(st.WHITE)
    canvas.setStrokeColor(st.ALERT)
    canvas.setLineWidth(0.8 * s)
    canvas.roundRect(centre[0] - width / 2, centre[1] - height / 2, width, height, height / 2, 1, 1)
    canvas.setFillColor(st.ALERT)
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(centre[0], centre[1] - size * 0.35, text)
