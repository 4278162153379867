"""The cover: map name, team, organisation, facilitator, session date and the
photo of the build, under the navy band the cover page template draws."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from procesbouw.report import styles as st
from procesbouw.report.context import ReportContext
from procesbouw.report.page import COVER, PORTRAIT, frame_size
from procesbouw.report.photos import photo_flowable
from procesbouw.report.text import para

_PHOTO_HEIGHT = 105 * mm


def cover_section(ctx: ReportContext) -> list[Flowable]:
    sheet = st.styles()
    details = ctx.pm.details
    story: list[Flowable] = [
        Spacer(1, 16 * mm),
        Paragraph(para(ctx.label("report_kind").upper()), sheet["cover_kind"]),
        Spacer(1, 3 * mm),
        Paragraph(para(details.name), sheet["cover_title"]),
    ]
    if details.description.strip():
        story.append(Paragraph(para(details.description), sheet["intro"]))
    story.append(Spacer(1, 4 * mm))
    facts = [
        ("team", details.team),
        ("organisation", details.organisation),
        ("facilitator", details.facilitator),
        ("session_date", ctx.date(details.session_date) if details.session_date else ""),
    ]
    for key, value in facts:
        if value.strip():
            story.append(Paragraph(para(ctx.label(key).upper()), sheet["figure_label"]))
            story.append(Paragraph(para(value), sheet["cover_meta"]))
            story.append(Spacer(1, 2.5 * mm))
    if ctx.snapshot is not None:
        note = ctx.label(
            "snapshot_note", label=ctx.snapshot.label, date=ctx.date(ctx.snapshot.taken_on)
        )
        story.append(Paragraph(para(note), sheet["note"]))
    photo = ctx.build_photo()
    if photo is None:
        story += [Spacer(1, 14 * mm), BrickWall([role.colour for role in ctx.pm.roles.values()])]
    else:
        width, _ = frame_size(COVER)
        story.append(Spacer(1, 6 * mm))
        story.append(photo_flowable(photo, width, _PHOTO_HEIGHT, ctx.label("photo_unreadable")))
        if photo.caption.strip():
            story.append(Paragraph(para(photo.caption), sheet["small"]))
        ctx.progress.advance()
    return story + [NextPageTemplate(PORTRAIT), PageBreak()]


class BrickWall(Flowable):
    """Without a photo of the build: a small wall of bricks in the team's role colours."""

    _BRICK = (64.0, 26.0)
    _PALETTE = ("#0055BF", "#C91A09", "#F2CD37", "#237841", "#FE8A18")

    def __init__(self, colours: list[str]) -> None:
        super().__init__()
        self.colours = colours or list(self._PALETTE)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 3 * (self._BRICK[1] + 2) + 6
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        width, height = self._BRICK
        count = 0
        for row in range(3):
            # Each row shorter and shifted by half a brick: a wall that tapers upwards.
            shift = row * width / 2
            bricks = max(int((self.width * 0.55 - shift) // (width + 2)), 1)
            y = row * (height + 2)
            for index in range(bricks - row):
                fill = st.colour(self.colours[count % len(self.colours)])
                count += 1
                x = shift + index * (width + 2)
                canvas.setFillColor(fill)
                canvas.setStrokeColor(_shade(fill))
                canvas.setLineWidth(0.6)
                for stud in range(4):
                    stud_x = x + 6 + stud * (width - 12) / 4
                    canvas.roundRect(stud_x, y + height - 1, 9, 5, 1.5, stroke=1, fill=1)
                canvas.roundRect(x, y, width, height, 3, stroke=1, fill=1)


def _shade(colour: st.colors.Color) -> st.colors.Color:
    return st.colors.Color(colour.red * 0.75, colour.green * 0.75, colour.blue * 0.75)
