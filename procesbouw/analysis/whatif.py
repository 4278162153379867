"""What-if: the lead time after a tentative change of one step's times."""

from __future__ import annotations

import math
from dataclasses import replace

from procesbouw.analysis.figures import expected_costs, first_pass_costs
from procesbouw.analysis.graph import build_handoff_graph
from procesbouw.analysis.paths import lead_time, rework_multipliers
from procesbouw.analysis.results import Explanation, WhatIf
from procesbouw.analysis.wording import NO_START, duration, quoted
from procesbouw.model import ProcessMap, Step, ValidationError
from procesbouw.units import format_durations_alike


def what_if(
    pm: ProcessMap,
    step_id: str,
    *,
    process_minutes: float | None = None,
    wait_minutes: float | None = None,
) -> WhatIf:
    """The lead times before and after giving ``step_id`` these times (None:
    unchanged). ``pm`` is not changed. A step outside the measured graph (in
    an unreachable cycle) changes nothing; on a map without any start step
    all lead times are 0 and the explanation says why. Raises ValidationError for an
    unknown step or a negative time."""
    step = pm.steps.get(step_id)
    if step is None:
        raise ValidationError("Deze stap bestaat niet (meer).")
    _check_minutes(process_minutes, "Bewerkingstijd", "process_minutes")
    _check_minutes(wait_minutes, "Wachttijd", "wait_minutes")
    tried = replace(
        step,
        process_minutes=step.process_minutes if process_minutes is None else process_minutes,
        wait_minutes=step.wait_minutes if wait_minutes is None else wait_minutes,
    )

    graph = build_handoff_graph(pm)
    multipliers, _ = rework_multipliers(pm, graph)
    before = [pm.steps[sid] for sid in graph.steps]
    after = list(before)
    position = graph.position.get(step_id)
    if position is not None:
        after[position] = tried
    result = WhatIf(
        step_id=step_id,
        lead_time_before=lead_time(graph, expected_costs(before, multipliers)),
        lead_time_after=lead_time(graph, expected_costs(after, multipliers)),
        first_pass_before=lead_time(graph, first_pass_costs(before)),
        first_pass_after=lead_time(graph, first_pass_costs(after)),
        explanation=Explanation(nl="", en=""),
    )
    if not graph.steps:
        return replace(result, explanation=NO_START)
    hours_per_day = pm.details.hours_per_day
    return replace(
        result,
        explanation=Explanation(
            nl=_say(result, tried, hours_per_day, "nl"), en=_say(result, tried, hours_per_day, "en")
        ),
    )


def _check_minutes(value: float | None, label: str, field_name: str) -> None:
    if value is None:
        return
    if not math.isfinite(value):
        raise ValidationError(f"{label} moet een getal zijn.", field_name)
    if value < 0:
        raise ValidationError(f"{label} kan niet negatief zijn.", field_name)


def _say(result: WhatIf, tried: Step, hours_per_day: float, lang: str) -> str:
    def d(minutes: float) -> str:
        return duration(minutes, hours_per_day, lang)

    name = quoted(tried.name)
    before, after = result.lead_time_before, result.lead_time_after
    delta = after - before
    now, then = format_durations_alike(before, after, hours_per_day, lang)
    if lang == "en":
        opening = (
            f"With {d(tried.wait_minutes)} wait and {d(tried.process_minutes)} process time "
            f"for {name} the lead time"
        )
        if delta == 0:
            return f"{opening} stays {d(before)}."
        change = "shorter" if delta < 0 else "longer"
        return f"{opening} becomes {then} (now {now}): {d(abs(delta))} {change}."
    opening = (
        f"Met {d(tried.wait_minutes)} wachttijd en {d(tried.process_minutes)} bewerkingstijd "
        f"voor {name}"
    )
    if delta == 0:
        return f"{opening} blijft de doorlooptijd {d(before)}."
    change = "korter" if delta < 0 else "langer"
    return f"{opening} wordt de doorlooptijd {then} (nu {now}): {d(abs(delta))} {change}."
