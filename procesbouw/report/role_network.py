"""The role network page: roles on a circle, collaboration as lines weighted by
the number of flows, hidden connections dashed red, unused links faded, brokers
ringed in amber; then the sentences that explain them."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph

from procesbouw.report import styles as st
from procesbouw.report.context import ReportContext
from procesbouw.report.fonts import BOLD, REGULAR
from procesbouw.report.page import SectionAnchor
from procesbouw.report.text import fit_width, para

_HEIGHT = 118 * mm
_LEGEND_HEIGHT = 18.0
_LABEL_WIDTH = 110.0
_FADED = colors.HexColor("#B9C0C9")


def role_network_section(ctx: ReportContext) -> list[Flowable]:
    sheet = st.styles()
    story: list[Flowable] = [
        PageBreak(),
        SectionAnchor("network"),
        Paragraph(para(ctx.label("network")), sheet["h1"]),
        Paragraph(para(ctx.label("network_intro")), sheet["intro"]),
    ]
    if not ctx.pm.roles:
        return story + [Paragraph(para(ctx.label("no_roles")), sheet["body"])]
    story.append(RoleNetworkFlowable(ctx))
    analysis = ctx.analysis
    for key, explained in (
        ("hidden", analysis.hidden_connections),
        ("brokers", analysis.brokers),
        ("unused_links", analysis.unused_links),
    ):
        if explained:
            story.append(Paragraph(para(ctx.label(key)), sheet["h2"]))
            for item in explained:
                text = para(item.explanation.text(ctx.lang))
                story.append(Paragraph(text, sheet["bullet"], bulletText="•"))
    return story


class RoleNetworkFlowable(Flowable):
    def __init__(self, ctx: ReportContext) -> None:
        super().__init__()
        self.ctx = ctx

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, _HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        analysis = self.ctx.analysis
        roles = list(self.ctx.pm.roles)
        box_height = self.height - _LEGEND_HEIGHT
        centre = (self.width / 2, _LEGEND_HEIGHT + box_height / 2)
        # An ellipse: wide enough for names beside the nodes on the left and right.
        radii = (self.width / 2 - _LABEL_WIDTH - 10, box_height / 2 - 30)
        positions = _circle(roles, centre, radii)
        canvas.saveState()
        canvas.setFillColor(st.PAPER_TINT)
        canvas.setStrokeColor(st.RULE)
        canvas.roundRect(0, _LEGEND_HEIGHT, self.width, box_height, 6, stroke=1, fill=1)
        for unused in analysis.unused_links:
            link = self.ctx.pm.role_links.get(unused.link_id)
            if link is not None and link.role_a_id in positions and link.role_b_id in positions:
                canvas.setStrokeColor(_FADED)
                canvas.setLineWidth(1)
                canvas.setDash(1.5, 3)
                canvas.line(*positions[link.role_a_id], *positions[link.role_b_id])
        canvas.setDash()
        for edge in analysis.collaboration:
            if edge.role_a_id not in positions or edge.role_b_id not in positions:
                continue
            canvas.setStrokeColor(st.ALERT if edge.hidden else st.NAVY)
            canvas.setLineWidth(min(1 + 1.2 * edge.flow_count, 8))
            if edge.hidden:
                canvas.setDash(6, 4)
            else:
                canvas.setDash()
            a, b = positions[edge.role_a_id], positions[edge.role_b_id]
            canvas.line(*a, *b)
            if edge.hidden:
                _badge(canvas, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), "!")
        canvas.setDash()
        brokers = {b.role_id for b in analysis.brokers}
        degree = _degrees(self.ctx)
        # Many roles share the ellipse: nodes shrink so that neighbours never touch.
        room = math.pi * (radii[0] + radii[1]) / len(positions) / 2 - 6
        for role_id, (x, y) in positions.items():
            role = self.ctx.pm.roles[role_id]
            size = max(min(11 + min(degree.get(role_id, 0), 8) * 1.5, room), 3)
            if role_id in brokers:
                canvas.setFillColor(st.ACCENT)
                canvas.circle(x, y, size + 5, stroke=0, fill=1)
            fill = st.colour(role.colour)
            canvas.setFillColor(fill)
            canvas.setStrokeColor(st.WHITE)
            canvas.setLineWidth(2)
            canvas.circle(x, y, size, stroke=1, fill=1)
            self._label(canvas, role.name, (x, y), size + 6, centre, role_id in brokers)
        canvas.restoreState()
        self._legend(canvas)

    def _label(
        self,
        canvas: Canvas,
        name: str,
        node: tuple[float, float],
        offset: float,
        centre: tuple[float, float],
        broker: bool,
    ) -> None:
        """The role name outside the node, on the side facing away from the centre."""
        font, size = (BOLD if broker else REGULAR), 8.5
        (x, y), dx = node, node[0] - centre[0]
        canvas.setFont(font, size)
        canvas.setFillColor(st.INK)
        if abs(dx) < 30:
            text = fit_width(name, font, size, 2 * _LABEL_WIDTH)
            label_y = y + offset + 1 if y > centre[1] else y - offset - size
            canvas.drawCentredString(x, label_y, text)
        elif dx > 0:
            text = fit_width(name, font, size, self.width - x - offset - 6)
            canvas.drawString(x + offset, y - 3, text)
        else:
            canvas.drawRightString(x - offset, y - 3, fit_width(name, font, size, x - offset - 6))

    def _legend(self, canvas: Canvas) -> None:
        x, y = 2.0, 6.0
        canvas.setFont(REGULAR, 7.5)
        for key, draw in (
            ("legend_hidden", _legend_hidden),
            ("legend_unused", _legend_unused),
            ("legend_broker", _legend_broker),
        ):
            draw(canvas, x, y)
            text = self.ctx.label(key)
            canvas.setFillColor(st.INK)
            canvas.drawString(x + 26, y - 2.5, text)
            x += 26 + canvas.stringWidth(text, REGULAR, 7.5) + 18


def _circle(
    role_ids: list[str], centre: tuple[float, float], radii: tuple[float, float]
) -> dict[str, tuple[float, float]]:
    """Roles evenly on an ellipse starting at the top, clockwise, in map order."""
    count = len(role_ids)
    if count == 1:
        return {role_ids[0]: centre}
    return {
        rid: (
            centre[0] + radii[0] * math.sin(2 * math.pi * index / count),
            centre[1] + radii[1] * math.cos(2 * math.pi * index / count),
        )
        for index, rid in enumerate(role_ids)
    }


def _degrees(ctx: ReportContext) -> dict[str, int]:
    degree: dict[str, int] = {}
    for edge in ctx.analysis.collaboration:
        for rid in (edge.role_a_id, edge.role_b_id):
            degree[rid] = degree.get(rid, 0) + edge.flow_count
    return degree


def _badge(canvas: Canvas, at: tuple[float, float], text: str) -> None:
    canvas.setFillColor(st.ALERT)
    canvas.circle(at[0], at[1], 6, stroke=0, fill=1)
    canvas.setFillColor(st.WHITE)
    canvas.setFont(BOLD, 8)
    canvas.drawCentredString(at[0], at[1] - 2.8, text)


def _legend_hidden(canvas: Canvas, x: float, y: float) -> None:
    canvas.setStrokeColor(st.ALERT)
    canvas.setLineWidth(2)
    canvas.setDash(6, 4)
    canvas.line(x, y, x + 20, y)
    canvas.setDash()


def _legend_unused(canvas: Canvas, x: float, y: float) -> None:
    canvas.setStrokeColor(_FADED)
    canvas.setLineWidth(1)
    canvas.setDash(1.5, 3)
    canvas.line(x, y, x + 20, y)
    canvas.setDash()


def _legend_broker(canvas: Canvas, x: float, y: float) -> None:
    canvas.setFillColor(st.ACCENT)
    canvas.circle(x + 10, y, 6, stroke=0, fill=1)
    canvas.setFillColor(st.NAVY)
    canvas.circle(x + 10, y, 3.5, stroke=0, fill=1)
