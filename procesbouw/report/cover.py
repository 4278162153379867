"""The cover: map name, team, organisation, facilitator, session date and the
photo of the build, under the navy band the cover page template draws."""

from __future__ import annotations

from reportlab.lib.units import mm
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
    if photo is not None:
        width, _ = frame_size(COVER)
        story.append(Spacer(1, 6 * mm))
        story.append(photo_flowable(photo, width, _PHOTO_HEIGHT, ctx.label("photo_unreadable")))
        if photo.caption.strip():
            story.append(Paragraph(para(photo.caption), sheet["small"]))
        ctx.progress.advance()
    return story + [NextPageTemplate(PORTRAIT), PageBreak()]
