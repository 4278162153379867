"""The appendix: every step (role, times, FTR, note) and every role."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable, PageBreak, Paragraph

from procesbouw.measured import estimate_and_measured, measured_steps
from procesbouw.report import strings
from procesbouw.report import styles as st
from procesbouw.report.context import ReportContext
from procesbouw.report.page import PORTRAIT, frame_size
from procesbouw.report.tables import data_table
from procesbouw.report.text import para


def appendix_section(ctx: ReportContext) -> list[Flowable]:
    sheet = st.styles()
    width, _ = frame_size(PORTRAIT)
    story: list[Flowable] = [
        PageBreak(),
        Paragraph(para(ctx.label("appendix")), sheet["h1"]),
        Paragraph(para(ctx.label("appendix_steps")), sheet["h2"]),
    ]
    if ctx.pm.steps:
        rows = [
            [
                step.name,
                ctx.role_name(step.role_id),
                ctx.duration(step.process_minutes),
                ctx.duration(step.wait_minutes),
                ctx.percent(step.ftr_percent / 100),
                step.note,
            ]
            for step in ctx.pm.steps.values()
        ]
        header = [ctx.label(k) for k in ("col_step", "col_role", "col_process", "col_wait")]
        header += [ctx.label("col_ftr"), ctx.label("col_note")]
        widths = [width * share for share in (0.22, 0.19, 0.12, 0.11, 0.08, 0.28)]
        story.append(data_table(header, rows, widths, numeric_columns=(2, 3, 4)))
    else:
        story.append(Paragraph(para(ctx.label("no_steps")), sheet["body"]))
    story += _measured(ctx, width)
    story.append(Paragraph(para(ctx.label("appendix_roles")), sheet["h2"]))
    if not ctx.pm.roles:
        return story + [Paragraph(para(ctx.label("no_roles")), sheet["body"])]
    steps_per_role = Counter(step.role_id for step in ctx.pm.steps.values())
    rows = [
        [
            role.name,
            strings.enum_name(role.kind, ctx.lang),
            strings.format_count(steps_per_role[role.id], ctx.lang),
        ]
        for role in ctx.pm.roles.values()
    ]
    header = [ctx.label("col_role"), ctx.label("col_kind"), ctx.label("col_steps")]
    story.append(data_table(header, rows, [width * 0.5, width * 0.3, width * 0.2], (2,)))
    return story


def _measured(ctx: ReportContext, width: float) -> list[Flowable]:
    """The estimate next to the event log's median, for the steps that were measured."""
    steps = measured_steps(ctx.pm)
    if not steps:
        return []
    sheet = st.styles()
    hours = ctx.pm.details.hours_per_day
    rows = [
        [
            step.name,
            estimate_and_measured(step.process_minutes, step.measured_process_minutes, hours,
                                  ctx.lang),
            estimate_and_measured(step.wait_minutes, step.measured_wait_minutes, hours, ctx.lang),
            strings.format_count(step.measured_count, ctx.lang),
            step.measured_source,
        ]
        for step in steps
    ]  # fmt: skip
    header = [ctx.label(k) for k in ("col_step", "col_process", "col_wait")]
    header += [ctx.label("col_measured_count"), ctx.label("col_source")]
    widths = [width * share for share in (0.2, 0.25, 0.25, 0.1, 0.2)]
    return [
        Paragraph(para(ctx.label("appendix_measured")), sheet["h2"]),
        Paragraph(para(ctx.label("appendix_measured_intro")), sheet["body"]),
        data_table(header, rows, widths, numeric_columns=(3,)),
    ]
