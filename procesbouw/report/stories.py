""" "Wanneer gaat het goed": every finding with its voice, tags, linked steps
and roles, the story itself (which may run over several pages) and its photos."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from procesbouw.model import Finding
from procesbouw.report import strings
from procesbouw.report import styles as st
from procesbouw.report.chips import Chip, ChipRow
from procesbouw.report.context import ReportContext
from procesbouw.report.page import PORTRAIT, SectionAnchor, frame_size
from procesbouw.report.photos import photo_flowable
from procesbouw.report.text import para, shorten

_PHOTO_HEIGHT = 62 * mm
_BUILD_PHOTO_HEIGHT = 90 * mm
_TAG_FILL = st.NAVY_LIGHT
_CAPTION_LIMIT = 300


def stories_section(ctx: ReportContext) -> list[Flowable]:
    sheet = st.styles()
    story: list[Flowable] = [
        PageBreak(),
        SectionAnchor("stories"),
        Paragraph(para(ctx.label("stories")), sheet["h1"]),
        Paragraph(para(ctx.label("stories_intro")), sheet["intro"]),
    ]
    story += _build_photo(ctx)
    if not ctx.pm.findings:
        return story + [Paragraph(para(ctx.label("no_findings")), sheet["body"])]
    for index, finding in enumerate(ctx.pm.findings.values()):
        if index:
            story.append(HRFlowable(width="100%", thickness=0.6, color=st.RULE, spaceAfter=8))
        story += _finding(ctx, finding)
    return story


def _build_photo(ctx: ReportContext) -> list[Flowable]:
    """The photo of the team's whole build opens the stories: it is where they came from."""
    photo = ctx.build_photo()
    if photo is None:
        return []
    width, _ = frame_size(PORTRAIT)
    flowables: list[Flowable] = [
        photo_flowable(photo, width, _BUILD_PHOTO_HEIGHT, ctx.label("photo_unreadable"))
    ]
    if photo.caption.strip():
        flowables.append(
            Paragraph(para(shorten(photo.caption, _CAPTION_LIMIT)), st.styles()["small"])
        )
    flowables.append(Spacer(1, 4 * mm))
    ctx.progress.advance()
    return flowables


def _finding(ctx: ReportContext, finding: Finding) -> list[Flowable]:
    sheet = st.styles()
    chips = [
        Chip(
            strings.enum_name(finding.voice, ctx.lang),
            st.VOICE_COLOURS[finding.voice.value],
            st.WHITE,
            bold=True,
        )
    ]
    chips += [Chip(tag, _TAG_FILL, st.NAVY) for tag in finding.tags]
    heading: list[Flowable] = [
        CondPageBreak(40 * mm),  # never a title alone at the foot of a page
        Paragraph(para(finding.title), sheet["h3"]),
        ChipRow(chips),
    ]
    for key, names in (
        ("linked_steps", [ctx.step_name(sid) for sid in finding.step_ids]),
        ("linked_roles", [ctx.role_name(rid) for rid in finding.role_ids]),
    ):
        if names:
            text = f"<b>{para(ctx.label(key))}:</b> {para(', '.join(names))}"
            heading.append(Paragraph(text, sheet["small"]))
    body: list[Flowable] = [KeepTogether(heading)]
    # One Paragraph per typed paragraph: each may split across pages, so a
    # 10,000-character story simply flows on.
    for chunk in finding.story.split("\n\n"):
        if chunk.strip():
            body.append(Paragraph(para(chunk.strip("\n")), sheet["story"]))
    body += _photos(ctx, finding)
    body.append(Spacer(1, 4 * mm))
    return body


def _photos(ctx: ReportContext, finding: Finding) -> list[Flowable]:
    photos = ctx.photos_of(finding.id)
    if not photos:
        return []
    width, _ = frame_size(PORTRAIT)
    cell = (width - 6 * mm) / 2
    cells: list[list[Flowable]] = []
    for photo in photos:
        picture = photo_flowable(photo, cell, _PHOTO_HEIGHT, ctx.label("photo_unreadable"))
        cell_content = [picture]
        if photo.caption.strip():
            # A table row cannot split across pages, so a caption stays a caption.
            caption = shorten(photo.caption, _CAPTION_LIMIT)
            cell_content.append(Paragraph(para(caption), st.styles()["small"]))
        cells.append(cell_content)
        ctx.progress.advance()
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append([])
    table = Table(rows, colWidths=[cell + 6 * mm, cell], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [table]
