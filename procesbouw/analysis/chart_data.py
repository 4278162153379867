"""What the charts show, computed once for the PDF (reportlab) and the app (Qt):
where the lead time goes along the critical path, and in which unit to show it,
and the trend of each measure of the three voices."""

from __future__ import annotations

from dataclasses import dataclass

from procesbouw.analysis.results import Analysis
from procesbouw.comparison import measure_values, measures_in_order
from procesbouw.model import Measure, ProcessMap
from procesbouw.units import HOUR, day_minutes

MAX_STEPS = 12  # bars on one chart; a longer path shows its largest steps


@dataclass(frozen=True)
class StepTime:
    """One bar: a critical-path step's expected wait and work, in minutes."""

    step_id: str
    name: str
    wait: float
    work: float


def critical_path_times(pm: ProcessMap, analysis: Analysis) -> tuple[list[StepTime], int]:
    """The bars of the lead-time chart in path order, and how many steps the path has.

    A path longer than MAX_STEPS keeps its MAX_STEPS largest steps (still in path order)."""
    figures = analysis.figures
    if figures is None:
        return [], 0
    path = figures.critical_path
    steps, multipliers = pm.steps, analysis.multipliers
    factors = [multipliers.get(step_id, 1.0) for step_id in path]
    shown = list(range(len(path)))
    if len(path) > MAX_STEPS:
        # Only the bars shown are made: a big map's path has a thousand steps.
        totals = [
            steps[step_id].wait_minutes * factor + steps[step_id].process_minutes * factor
            for step_id, factor in zip(path, factors, strict=True)
        ]
        shown = sorted(sorted(shown, key=lambda i: -totals[i])[:MAX_STEPS])
    times = []
    for i in shown:
        step = steps[path[i]]
        factor = factors[i]
        times.append(
            StepTime(step.id, step.name, step.wait_minutes * factor, step.process_minutes * factor)
        )
    return times, len(path)


def axis_unit(longest: float, hours_per_day: float) -> tuple[float, str]:
    """Minutes per axis unit and its kind: ``"days"``, ``"working_days"`` or ``"hours"``;
    days once a bar reaches a day."""
    day = day_minutes(hours_per_day)
    if longest >= day:
        return day, "working_days" if hours_per_day < 24 else "days"
    return HOUR, "hours"


@dataclass(frozen=True)
class MeasureTrend:
    """One small trend chart of the three voices: a measure and its value at every
    snapshot (oldest first), then for the map now; None where it was not measured."""

    measure: Measure
    values: tuple[float | None, ...]


def measure_trends(pm: ProcessMap) -> list[MeasureTrend]:
    """A trend per measure, employee voice first (as the method says), then the
    customer's, then the business's."""
    return [MeasureTrend(m, tuple(measure_values(pm, m.id))) for m in measures_in_order(pm)]
