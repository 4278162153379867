"""Charts for readers who would rather look than read, as vector graphics
drawn with reportlab's own ``reportlab.graphics`` (no raster, no extra library):
where the lead time goes along the critical path, and how the key figures moved
over the snapshots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from procesbouw.analysis.chart_data import axis_unit, critical_path_times
from procesbouw.report import styles as st
from procesbouw.report.context import ReportContext
from procesbouw.report.fonts import BOLD, REGULAR
from procesbouw.report.text import fit_width, wrap_lines
from procesbouw.units import format_significant

WAIT_COLOUR = colors.HexColor("#E8B04A")
WORK_COLOUR = st.NAVY
_ROW = 15.0
_LABEL_WIDTH = 150.0


def lead_time_chart(ctx: ReportContext, width: float) -> Drawing | None:
    """Stacked horizontal bars: wait and work of each critical-path step."""
    times, _ = critical_path_times(ctx.pm, ctx.analysis)
    if not times:
        return None
    longest = max(t.wait + t.work for t in times) or 1.0
    size, unit = axis_unit(longest, ctx.pm.details.hours_per_day)
    unit_name = ctx.label(f"axis_{unit}")
    height = len(times) * _ROW + 46
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = _LABEL_WIDTH, 28
    chart.width, chart.height = width - _LABEL_WIDTH - 12, len(times) * _ROW
    # Bars are drawn bottom-up; reverse so the path reads top to bottom.
    ordered = list(reversed(times))
    chart.data = [[t.wait / size for t in ordered], [t.work / size for t in ordered]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [
        fit_width(t.name, REGULAR, 7.5, _LABEL_WIDTH - 10) for t in ordered
    ]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = st.RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_significant(v, ctx.lang)
    chart.valueAxis.strokeColor = st.RULE
    chart.valueAxis.gridStrokeColor = st.RULE
    chart.valueAxis.visibleGrid = True
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = WAIT_COLOUR
    chart.bars[1].fillColor = WORK_COLOUR
    chart.barSpacing = 0
    chart.groupSpacing = 4
    drawing.add(chart)
    drawing.add(
        String(chart.x + chart.width, 6, unit_name, fontName=REGULAR, fontSize=7,
               fillColor=st.MUTED, textAnchor="end")
    )  # fmt: skip
    drawing.add(_legend(ctx, chart.x, height - 6))
    return drawing


def _legend(ctx: ReportContext, x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.dx = legend.dy = 7
    legend.deltax = 70
    legend.strokeColor = None
    legend.colorNamePairs = [
        (WAIT_COLOUR, ctx.label("chart_wait")),
        (WORK_COLOUR, ctx.label("chart_work")),
    ]
    return legend


@dataclass(frozen=True)
class Series:
    """One line of a trend chart: a name and a value per snapshot (None: unknown)."""

    name: str
    values: list[float | None]
    colour: colors.Color


def trend_chart(
    title: str,
    labels: list[str],
    series: list[Series],
    width: float,
    value_text: Callable[[float], str],
    height: float = 120.0,
) -> Drawing:
    """A line chart of ``series`` over the snapshots ``labels`` (oldest first).
    ``value_text(v)`` formats the axis values; gaps stay gaps."""
    drawing = Drawing(width, height)
    # Without a legend the title may take a second line: a measure's name ("Medewerker:
    # Verbondenheid in het team (1–10)") is what the reader needs to know.
    room = width - 4
    headings = (
        [fit_width(title, BOLD, 8.5, room)]
        if len(series) > 1
        else wrap_lines(title, BOLD, 8.5, room, 2)
    )
    for line, heading in enumerate(headings):
        drawing.add(
            String(0, height - 10 - 10 * line, heading, fontName=BOLD, fontSize=8.5,
                   fillColor=st.NAVY)
        )  # fmt: skip
    chart = HorizontalLineChart()
    chart.x, chart.y = 36, 30
    chart.width, chart.height = width - 48, height - 58
    chart.data = [tuple(v for v in s.values) for s in series]
    room = max(chart.width / max(len(labels), 1) - 2, 20)  # labels must not run into each other
    # Two lines where one would cut a snapshot's name to "Na 3…", broken between words.
    chart.categoryAxis.categoryNames = [
        "\n".join(wrap_lines(label, REGULAR, 7, room, 2, split_words=False)) for label in labels
    ]
    chart.categoryAxis.labels.textAnchor = "middle"  # a second line centred under the first
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = st.RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = value_text
    chart.valueAxis.strokeColor = st.RULE
    chart.valueAxis.gridStrokeColor = st.RULE
    chart.valueAxis.visibleGrid = True
    chart.joinedLines = 1
    for index, each in enumerate(series):
        chart.lines[index].strokeColor = each.colour
        chart.lines[index].strokeWidth = 2
        marker = makeMarker("FilledCircle")
        marker.size = 4
        marker.fillColor = each.colour
        chart.lines[index].symbol = marker
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = 36, height - 18
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = REGULAR
        legend.fontSize = 7
        legend.dx = legend.dy = 6
        legend.deltax = 90
        legend.strokeColor = None
        legend.colorNamePairs = [(s.colour, s.name) for s in series]
        drawing.add(legend)
    return drawing
