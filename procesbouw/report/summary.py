"""Page 2, the figures behind page 1: the key figures as big numbers, a chart of
where the lead time goes, then in short sentences the hidden connections, the
connecting roles and the success patterns. Lists are cut ("en 3 meer — zie
pagina N") and the whole is shrunk if need be, so it always fits one page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from procesbouw.analysis.chart_data import critical_path_times
from procesbouw.report import strings
from procesbouw.report import styles as st
from procesbouw.report.charts import lead_time_chart
from procesbouw.report.context import ReportContext
from procesbouw.report.page import PORTRAIT, PageReference, SectionAnchor, frame_size
from procesbouw.report.text import para, shorten
from procesbouw.units import day_basis

_SENTENCE_LIMIT = 180  # characters; a summary line, the details follow later
_HEADLINE_LIMIT = 420
_TOP = 3


def summary_section(ctx: ReportContext) -> list[Flowable]:
    sheet = st.styles()
    width, height = frame_size(PORTRAIT)
    content: list[Flowable] = [Paragraph(para(ctx.label("summary")), sheet["h1"])]
    figures = ctx.analysis.figures
    if figures is None:
        message = ctx.analysis.message
        text = message.text(ctx.lang) if message is not None else ctx.label("no_analysis")
        content.append(Paragraph(para(text), sheet["intro"]))
    else:
        headline = shorten(figures.explanation.text(ctx.lang), _HEADLINE_LIMIT)
        content.append(Paragraph(para(headline), sheet["intro"]))
        content.append(_figure_tiles(ctx, width))
        basis = day_basis(ctx.pm.details.hours_per_day, ctx.lang)
        content.append(Paragraph(para(ctx.label("days_basis", basis=basis)), sheet["small"]))
        content += _lead_time_chart(ctx, width)
    content.append(Spacer(1, 4 * mm))
    column = (width - 8 * mm) / 2
    analysis, lang = ctx.analysis, ctx.lang
    hidden = [h.explanation.text(lang) for h in analysis.hidden_connections]
    left = _block(ctx, "hidden", hidden, "network")
    left += _block(ctx, "brokers", [b.explanation.text(lang) for b in analysis.brokers], "network")
    patterns = [p.explanation.text(lang) for p in analysis.patterns]
    right = _block(ctx, "patterns", patterns, "stories")
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
    content.append(columns)
    # A point short of the frame so the next section's PageBreak ends this page.
    # The anchor outside the frame: KeepInFrame does not draw flowables of no size.
    return [SectionAnchor("summary"), KeepInFrame(width, height - 1, content, mode="shrink")]


def _sentence(text: str) -> str:
    return shorten(text, _SENTENCE_LIMIT)


def _figure_tiles(ctx: ReportContext, width: float) -> Table:
    """Six tiles in two rows; the expected lead time, the headline, in navy."""
    figures = ctx.analysis.figures
    assert figures is not None
    values = [
        (ctx.duration(figures.lead_time_expected), "lead_time_expected"),
        (ctx.duration(figures.lead_time_first_pass), "lead_time_first_pass"),
        (ctx.duration(figures.process_time), "process_time"),
        (ctx.percent(figures.flow_efficiency), "flow_efficiency"),
        (ctx.percent(figures.rolled_ftr), "rolled_ftr"),
        (strings.format_count(figures.handoffs, ctx.lang), "handoffs"),
    ]
    sheet = st.styles()
    cells: list[list[Flowable]] = []
    for index, (value, key) in enumerate(values):
        headline = index == 0
        value_style = sheet["figure_value_inverse"] if headline else sheet["figure_value"]
        label_style = sheet["figure_label_inverse"] if headline else sheet["figure_label"]
        cells.append(
            [Paragraph(para(value), value_style), Paragraph(para(ctx.label(key)), label_style)]
        )
    gap = 3 * mm
    table = Table(
        [cells[0:3], cells[3:6]],
        colWidths=[(width + gap) / 3] * 3,
        rowHeights=[21 * mm] * 2,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), st.NAVY_LIGHT),
                ("BACKGROUND", (0, 0), (0, 0), st.NAVY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                # White lines between tiles read as gaps; none at the outer edges.
                ("LINEAFTER", (0, 0), (1, -1), gap, st.WHITE),
                ("LINEBELOW", (0, 0), (-1, 0), gap, st.WHITE),
            ]
        )
    )
    return table


def _lead_time_chart(ctx: ReportContext, width: float) -> list[Flowable]:
    sheet = st.styles()
    chart = lead_time_chart(ctx, width)
    if chart is None:
        return []
    shown, total = critical_path_times(ctx.pm, ctx.analysis)
    intro = ctx.label("lead_time_chart_intro")
    if total > len(shown):
        intro += " " + ctx.label("lead_time_chart_some", shown=len(shown), total=total)
    return [
        Paragraph(para(ctx.label("lead_time_chart")), sheet["h2"]),
        Paragraph(para(intro), sheet["small"]),
        chart,
    ]


def _block(
    ctx: ReportContext, key: str, sentences: list[str], section: str, top: int = _TOP
) -> list[Flowable]:
    """A heading and at most ``top`` short sentences, then "en N meer — zie pagina X"."""
    sheet = st.styles()
    block: list[Flowable] = [Paragraph(para(ctx.label(key)), sheet["h2"])]
    if not sentences:
        return block + [Paragraph(para(ctx.label("none_found")), sheet["small"])]
    for sentence in sentences[:top]:
        block.append(Paragraph(para(_sentence(sentence)), sheet["bullet"], bulletText="•"))
    if len(sentences) > top:
        more = ctx.label("and_more", n=len(sentences) - top)
        block.append(PageReference(more, section, ctx.label("see_page")))
    return block
