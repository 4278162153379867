"""Page 1, what the MT reads in two minutes: who and what, the change (before →
after from the snapshots), the biggest bottlenecks, the experiments and the
team's question to the MT. Lists end in "en 3 meer — zie pagina N"."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from procesbouw.analysis import KeyFigures
from procesbouw.comparison import (
    compare_figures,
    compare_measures,
    format_figure_change,
    format_measure,
    measure_label,
)
from procesbouw.report import strings
from procesbouw.report import styles as st
from procesbouw.report.context import ReportContext
from procesbouw.report.page import COVER, PageReference, frame_size
from procesbouw.report.text import para, shorten
from procesbouw.units import day_basis

# The three figures the MT asked about, in the order the seeds' story tells them.
CHANGE_FIGURES = ("lead_time_expected", "rolled_ftr", "flow_efficiency")
_TOP_BOTTLENECKS = 3
_TOP_EXPERIMENTS = 4
_LINE_LIMIT = 170
_QUESTION_LIMIT = 900


def cover_section(ctx: ReportContext) -> list[Flowable]:
    sheet = st.styles()
    details = ctx.pm.details
    width, height = frame_size(COVER)
    story: list[Flowable] = [
        Spacer(1, 8 * mm),
        Paragraph(para(ctx.label("report_kind").upper()), sheet["cover_kind"]),
        Spacer(1, 2 * mm),
        Paragraph(para(details.name), sheet["cover_title"]),
    ]
    facts = [
        details.team,
        details.organisation,
        details.facilitator,
        ctx.date(details.session_date) if details.session_date else "",
    ]
    meta = "  ·  ".join(shorten(fact, 80) for fact in facts if fact.strip())
    if meta:
        story.append(Paragraph(para(meta), sheet["cover_meta"]))
    if ctx.snapshot is not None:
        note = ctx.label(
            "snapshot_note", label=ctx.snapshot.label, date=ctx.date(ctx.snapshot.taken_on)
        )
        story.append(Paragraph(para(note), sheet["note"]))
    story.append(Spacer(1, 6 * mm))
    story += _change(ctx, width)
    story += _voices(ctx, width)
    column = (width - 8 * mm) / 2
    left = _list(
        ctx,
        "bottlenecks",
        [b.explanation.text(ctx.lang) for b in ctx.analysis.bottlenecks],
        _TOP_BOTTLENECKS,
        "summary",
    )
    right = _list(ctx, "experiments", _experiment_lines(ctx), _TOP_EXPERIMENTS, "experiments")
    columns = Table([[left, right]], colWidths=[column, column], hAlign="LEFT")
    columns.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    story.append(columns)
    question = details.mt_question.strip()
    if question:
        story += [Spacer(1, 5 * mm), _question_box(ctx, question, width)]
    # Shrink rather than spill: page 1 is one page, whatever the team typed.
    return [
        KeepInFrame(width, height - 1, story, mode="shrink"),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def _change(ctx: ReportContext, width: float) -> list[Flowable]:
    """Before → after tiles with snapshots, otherwise today's three figures."""
    sheet = st.styles()
    hours = ctx.pm.details.hours_per_day
    basis = ctx.label("days_basis", basis=day_basis(hours, ctx.lang))
    if ctx.snapshots:
        # From the first snapshot to the map as this report shows it, so page 1
        # and the figures on page 2 are the same numbers.
        first, first_analysis = ctx.snapshots[0]
        changes = {
            c.key: c for c in compare_figures(first_analysis.figures, ctx.analysis.figures, hours)
        }
        cells = []
        for key in CHANGE_FIGURES:
            change = changes[key]
            if change.before is None or change.after is None:
                value, term = "—", ""
            else:
                value = f"{_shown(ctx, key, change.before)} → {_shown(ctx, key, change.after)}"
                term = format_figure_change(change, ctx.lang)
            cells.append((value, ctx.label(key), term))
        heading = ctx.label("change_heading", first=shorten(first.label, 40))
        intro = ctx.label("change_dates", first=ctx.date(first.taken_on))
    else:
        figures = ctx.analysis.figures
        if figures is None:
            message = ctx.analysis.message
            text = message.text(ctx.lang) if message is not None else ctx.label("no_analysis")
            return [Paragraph(para(text), sheet["intro"])]
        cells = [
            (_shown(ctx, key, _value(figures, key)), ctx.label(key), "") for key in CHANGE_FIGURES
        ]
        heading, intro = ctx.label("figures_now"), ctx.label("no_snapshots_yet")
    tiles = Table(
        [[_tile(value, label, term) for value, label, term in cells]],
        colWidths=[width / 3] * 3,
        rowHeights=[27 * mm],
        hAlign="LEFT",
    )
    tiles.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), st.NAVY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("LINEAFTER", (0, 0), (1, -1), 3 * mm, st.WHITE),
            ]
        )
    )
    return [
        Paragraph(para(heading), sheet["h2"]),
        Paragraph(para(f"{intro} {basis}"), sheet["small"]),
        Spacer(1, 2 * mm),
        tiles,
        Spacer(1, 3 * mm),
    ]


def _voices(ctx: ReportContext, width: float) -> list[Flowable]:
    """What the team measured of the three voices, employee first: from the first
    snapshot to now (or now alone), better or worse by each measure's direction."""
    if ctx.measured is None or not ctx.measured.measures:
        return []
    whole = ctx.measured
    sheet = st.styles()
    first = min(whole.snapshots.values(), key=lambda s: s.taken_on, default=None)
    now = ctx.snapshot.id if ctx.snapshot is not None else None
    rows = []
    for change in compare_measures(whole, first.id if first else None, now):
        measure = change.measure
        before = format_measure(change.before, measure, ctx.lang)
        after = format_measure(change.after, measure, ctx.lang)
        shown = after if first is None or first.id == now else f"{before} → {after}"
        verdict = (
            "" if change.improved is None else ctx.label("better" if change.improved else "worse")
        )
        name = measure_label(measure)
        rows.append(
            [
                Paragraph(para(strings.enum_name(measure.voice, ctx.lang)), sheet["cell_bold"]),
                Paragraph(para(shorten(name, 80)), sheet["cell"]),
                Paragraph(para(shown), sheet["cell_bold"]),
                Paragraph(para(verdict), sheet["voice_verdict" if change.improved else "cell"]),
            ]
        )
    table = Table(
        rows, colWidths=[width * 0.17, width * 0.43, width * 0.25, width * 0.15], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [Paragraph(para(ctx.label("voices")), sheet["h2"]), table, Spacer(1, 2 * mm)]


def _tile(value: str, label: str, term: str) -> list[Flowable]:
    sheet = st.styles()
    cell: list[Flowable] = [
        Paragraph(para(label.upper()), sheet["figure_label_inverse"]),
        Paragraph(para(value), sheet["change_value"]),
    ]
    if term:
        cell.append(Paragraph(para(term), sheet["change_term"]))
    return cell


def _value(figures: KeyFigures, key: str) -> float:
    value: float = getattr(figures, key)
    return value


def _shown(ctx: ReportContext, key: str, value: float) -> str:
    return ctx.duration(value) if key.startswith("lead_time") else ctx.percent(value)


def _list(ctx: ReportContext, key: str, lines: list[str], top: int, section: str) -> list[Flowable]:
    """A heading, at most ``top`` lines and "en N meer — zie pagina X"."""
    sheet = st.styles()
    block: list[Flowable] = [Paragraph(para(ctx.label(key)), sheet["h2"])]
    if not lines:
        return block + [Paragraph(para(ctx.label("none_found")), sheet["small"])]
    for line in lines[:top]:
        block.append(Paragraph(para(shorten(line, _LINE_LIMIT)), sheet["bullet"], bulletText="•"))
    if len(lines) > top:
        more = ctx.label("and_more", n=len(lines) - top)
        block.append(PageReference(more, section, ctx.label("see_page")))
    return block


def _experiment_lines(ctx: ReportContext) -> list[str]:
    lines = []
    for action in ctx.pm.actions.values():
        line = f"{strings.form_name(action.form, ctx.lang)}: {action.description.strip()}"
        if action.owner.strip():
            line += f" ({action.owner.strip()})"
        lines.append(line)
    return lines


def _question_box(ctx: ReportContext, question: str, width: float) -> Table:
    sheet = st.styles()
    box = Table(
        [
            [Paragraph(para(ctx.label("mt_question")), sheet["question_title"])],
            [Paragraph(para(shorten(question, _QUESTION_LIMIT)), sheet["question"])],
        ],
        colWidths=[width],
        hAlign="LEFT",
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 2 * mm, st.ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 4 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4 * mm),
            ]
        )
    )
    return box
