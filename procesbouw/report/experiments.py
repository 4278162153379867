"""Experiments grouped by the four forms of change, each form introduced by a
one-line explanation; per experiment its owner, due date, status and the
findings it grew from."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from procesbouw.model import Action, ChangeForm
from procesbouw.report import strings
from procesbouw.report import styles as st
from procesbouw.report.chips import Chip, ChipRow
from procesbouw.report.context import ReportContext
from procesbouw.report.page import SectionAnchor
from procesbouw.report.text import para

_STATUS_COLOURS = {
    "planned": st.NAVY_LIGHT,
    "running": st.colors.HexColor("#FCE9B8"),
    "done": st.colors.HexColor("#D3EEDD"),
    "stopped": st.colors.HexColor("#E6E6E6"),
}


def experiments_section(ctx: ReportContext) -> list[Flowable]:
    sheet = st.styles()
    story: list[Flowable] = [
        CondPageBreak(90 * mm),
        SectionAnchor("experiments"),
        Paragraph(para(ctx.label("experiments")), sheet["h1"]),
        Paragraph(para(ctx.label("experiments_intro")), sheet["intro"]),
    ]
    if not ctx.pm.actions:
        return story + [Paragraph(para(ctx.label("no_experiments")), sheet["body"])]
    for form in ChangeForm:
        actions = [a for a in ctx.pm.actions.values() if a.form is form]
        if not actions:
            continue
        header = [
            Paragraph(para(strings.form_name(form, ctx.lang)), sheet["h2"]),
            Paragraph(para(strings.form_explanation(form, ctx.lang)), sheet["small"]),
            Spacer(1, 2 * mm),
        ]
        first, *rest = [_experiment(ctx, action) for action in actions]
        story.append(KeepTogether(header + first))
        for block in rest:
            story += block
    return story


def _experiment(ctx: ReportContext, action: Action) -> list[Flowable]:
    sheet = st.styles()
    status = strings.enum_name(action.status, ctx.lang)
    block: list[Flowable] = [
        Paragraph(f"<b>{para(action.description)}</b>", sheet["body"]),
    ]
    facts = [Chip(status, _STATUS_COLOURS[action.status.value], st.INK, bold=True)]
    if action.owner.strip():
        facts.append(Chip(f"{ctx.label('owner')}: {action.owner}", st.PAPER_TINT, st.INK))
    if action.due is not None:
        facts.append(Chip(f"{ctx.label('due')}: {ctx.date(action.due)}", st.PAPER_TINT, st.INK))
    block.append(ChipRow(facts))
    titles = [ctx.pm.findings[fid].title for fid in action.finding_ids if fid in ctx.pm.findings]
    if titles:
        quoted = ", ".join(f"‘{title}’" for title in titles)
        text = f"<b>{para(ctx.label('based_on'))}:</b> {para(quoted)}"
        block.append(Paragraph(text, sheet["small"]))
    block.append(Spacer(1, 3 * mm))
    return block
