"""With two or more snapshots: how the key figures moved, first against latest
(``6 d → 1 d, −83 %``) and every snapshot along the way."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from procesbouw.analysis import Analysis, KeyFigures
from procesbouw.analysis.chart_data import measure_trends
from procesbouw.comparison import compare_figures, format_figure_change, format_measure
from procesbouw.model import Measure, Snapshot
from procesbouw.report import strings
from procesbouw.report import styles as st
from procesbouw.report.charts import Series, trend_chart
from procesbouw.report.context import ReportContext
from procesbouw.report.page import PORTRAIT, frame_size
from procesbouw.report.tables import data_table
from procesbouw.report.text import para, shorten
from procesbouw.units import day_minutes, format_significant

_LABEL_LIMIT = 60
# Narrow columns get shorter headings than the rows of the first table.
_COLUMN = {"flow_efficiency": "col_efficiency", "rolled_ftr": "col_rolled_ftr"}


def comparison_section(ctx: ReportContext) -> list[Flowable]:
    """Nothing unless there are at least two snapshots to compare."""
    if len(ctx.snapshots) < 2:
        return []
    sheet = st.styles()
    (first, first_analysis), (last, last_analysis) = ctx.snapshots[0], ctx.snapshots[-1]
    width, _ = frame_size(PORTRAIT)
    story: list[Flowable] = [
        CondPageBreak(110 * mm),
        Paragraph(para(ctx.label("comparison")), sheet["h1"]),
        Paragraph(
            para(
                ctx.label(
                    "comparison_intro",
                    first=shorten(first.label, _LABEL_LIMIT),
                    last=shorten(last.label, _LABEL_LIMIT),
                )
            ),
            sheet["intro"],
        ),
        trend_charts(ctx, width),
        *voice_trends(ctx, width),
        Paragraph(para(ctx.label("first_vs_latest")), sheet["h2"]),
    ]
    rows = []
    hours = last.content.details.hours_per_day
    for change in compare_figures(first_analysis.figures, last_analysis.figures, hours):
        if change.before is None or change.after is None:
            rows.append([ctx.label(change.key), "—", "—", "—"])
            continue
        shown_before = _shown(ctx, change.key, change.before)
        shown_after = _shown(ctx, change.key, change.after)
        term = format_figure_change(change, ctx.lang)
        rows.append(
            [ctx.label(change.key), shown_before, shown_after,
             f"{shown_before} → {shown_after}, {term}"]
        )  # fmt: skip
    header = [ctx.label("figure"), _heading(ctx, first), _heading(ctx, last), ctx.label("change")]
    story.append(data_table(header, rows, _widths(width, [0.3, 0.2, 0.2, 0.3]), (1, 2)))
    story.append(Paragraph(para(ctx.label("each_step")), sheet["h2"]))
    header = [ctx.label("snapshot")] + [ctx.label(_COLUMN.get(key, key)) for key, _ in _MEASURES]
    each = []
    for snapshot, analysis in ctx.snapshots:
        row = [f"{shorten(snapshot.label, _LABEL_LIMIT)}\n{ctx.date(snapshot.taken_on)}"]
        for key, value in _MEASURES:
            figure = _figure(analysis, value)
            row.append("—" if figure is None else _shown(ctx, key, figure))
        each.append(row)
    widths = _widths(width, [0.25, 0.15, 0.15, 0.15, 0.15, 0.15])
    story.append(data_table(header, each, widths, (1, 2, 3, 4, 5)))
    return story


# Each figure of the "every snapshot" table: its label key and how to read it.
_MEASURES: tuple[tuple[str, Callable[[KeyFigures], float]], ...] = (
    ("lead_time_expected", lambda f: f.lead_time_expected),
    ("lead_time_first_pass", lambda f: f.lead_time_first_pass),
    ("flow_efficiency", lambda f: f.flow_efficiency),
    ("rolled_ftr", lambda f: f.rolled_ftr),
    ("handoffs", lambda f: float(f.handoffs)),
)


def _figure(analysis: Analysis, value: Callable[[KeyFigures], float]) -> float | None:
    return None if analysis.figures is None else value(analysis.figures)


def _shown(ctx: ReportContext, key: str, figure: float) -> str:
    if key.startswith("lead_time"):
        return ctx.duration(figure)
    if key == "handoffs":
        return strings.format_count(round(figure), ctx.lang)
    return ctx.percent(figure)


def trend_charts(ctx: ReportContext, width: float) -> Table:
    """Lead time, and FTR with flow efficiency, over the snapshots: two line charts."""
    labels = [shorten(snapshot.label, _LABEL_LIMIT) for snapshot, _ in ctx.snapshots]
    hours = ctx.pm.details.hours_per_day
    day = day_minutes(hours)
    unit = ctx.label("axis_working_days" if hours < 24 else "axis_days")
    leads = [_figure(analysis, lambda f: f.lead_time_expected) for _, analysis in ctx.snapshots]
    half = (width - 6 * mm) / 2
    lead_chart = trend_chart(
        ctx.label("lead_time_in", unit=unit),
        labels,
        [Series(ctx.label("lead_time_expected"), [_per(v, day) for v in leads], st.NAVY)],
        half,
        lambda v: format_significant(v, ctx.lang),
    )
    percent_series = [
        Series(ctx.label(key), [_figure(a, value) for _, a in ctx.snapshots], colour)
        for key, value, colour in (
            ("rolled_ftr", lambda f: f.rolled_ftr, st.NAVY),
            ("flow_efficiency", lambda f: f.flow_efficiency, st.ACCENT),
        )
    ]
    percent_chart = trend_chart(
        ctx.label("trend_percent"), labels, percent_series, half, ctx.percent
    )
    table = Table([[lead_chart, percent_chart]], colWidths=[half + 6 * mm, half], hAlign="LEFT")
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def voice_trends(ctx: ReportContext, width: float) -> list[Flowable]:
    """A small line chart per measure of the three voices: every snapshot, then now."""
    whole = ctx.measured
    if whole is None or not whole.measures:
        return []
    labels = [shorten(s.label, _LABEL_LIMIT) for s, _ in ctx.snapshots] + [ctx.label("now")]
    third = (width - 12 * mm) / 3
    charts: list[Flowable] = []
    for trend in measure_trends(whole):
        measure = trend.measure
        name = shorten(measure.name, 40)
        unit = measure.unit.strip()
        title = f"{strings.enum_name(measure.voice, ctx.lang)}: {name}" + (
            f" ({unit})" if unit else ""
        )
        colour = st.VOICE_COLOURS[measure.voice.value]
        charts.append(
            trend_chart(
                shorten(title, 48), labels, [Series(name, list(trend.values), colour)], third,
                partial(_measure_axis, measure=measure, lang=ctx.lang), height=105,
            )
        )  # fmt: skip
    rows = [charts[i : i + 3] for i in range(0, len(charts), 3)]
    rows[-1] += [""] * (3 - len(rows[-1]))
    table = Table(rows, colWidths=[third + 6 * mm, third + 6 * mm, third], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Paragraph(para(ctx.label("voices_trend")), st.styles()["h2"]), table]


def _measure_axis(value: float, measure: Measure, lang: str) -> str:
    return format_measure(value, measure, lang)


def _per(value: float | None, size: float) -> float | None:
    return None if value is None else value / size


def _heading(ctx: ReportContext, snapshot: Snapshot) -> str:
    return f"{shorten(snapshot.label, _LABEL_LIMIT)} ({ctx.date(snapshot.taken_on)})"


def _widths(total: float, shares: list[float]) -> list[float]:
    return [total * share for share in shares]
