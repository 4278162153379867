"""Key figures, bottlenecks and slack: where the lead time goes.

Everything path-based follows the critical path of the *expected* lead time
(rework multipliers included), because that is the time a case really takes on
average; the first-pass lead time is reported next to it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from procesbouw.analysis.graph import HandoffGraph
from procesbouw.analysis.paths import lead_time, longest_paths
from procesbouw.analysis.results import Bottleneck, Explanation, KeyFigures
from procesbouw.analysis.wording import duration, percent, quoted, times
from procesbouw.model import ProcessMap, Step
from procesbouw.units import format_number


@dataclass(frozen=True)
class LeadTimeResults:
    figures: KeyFigures
    bottlenecks: tuple[Bottleneck, ...]
    slack: dict[str, float]


def first_pass_costs(steps: Sequence[Step]) -> list[float]:
    return [step.wait_minutes + step.process_minutes for step in steps]


def expected_costs(steps: Sequence[Step], multipliers: Sequence[float]) -> list[float]:
    return [
        (s.wait_minutes + s.process_minutes) * m for s, m in zip(steps, multipliers, strict=True)
    ]


def lead_time_results(
    pm: ProcessMap,
    graph: HandoffGraph,
    multipliers: Sequence[float],
    effective_ftr: Mapping[str, float],
) -> LeadTimeResults:
    """Key figures, bottlenecks and slack of an analysable (non-empty) graph."""
    steps = [pm.steps[step_id] for step_id in graph.steps]
    first_pass = lead_time(graph, first_pass_costs(steps))
    cost = expected_costs(steps, multipliers)
    paths = longest_paths(graph, cost)
    expected = paths.length
    critical = [steps[p] for p in paths.path]
    on_path = set(paths.path)

    wait = sum(steps[p].wait_minutes * multipliers[p] for p in paths.path)
    process = sum(steps[p].process_minutes * multipliers[p] for p in paths.path)
    figures = KeyFigures(
        lead_time_first_pass=first_pass,
        lead_time_expected=expected,
        process_time=process,
        flow_efficiency=process / expected if expected > 0 else 0.0,
        rolled_ftr=math.prod(effective_ftr[step.id] for step in critical),
        handoffs=count_handoffs(critical),
        critical_path=tuple(step.id for step in critical),
        explanation=Explanation(nl="", en=""),
        wait_time=wait,
    )
    figures = _with_explanation(figures, pm.details.hours_per_day)

    bottlenecks = [
        _bottleneck(pm, steps[p], multipliers[p], expected) for p in paths.path if cost[p] > 0
    ]
    # Stable sort: equal shares keep their order along the path.
    bottlenecks.sort(key=lambda b: -b.share)
    slack = {
        steps[p].id: max(0.0, expected - (paths.into[p] + paths.out_of[p] - cost[p]))
        for p in range(len(steps))
        if p not in on_path
    }
    return LeadTimeResults(figures, tuple(bottlenecks), slack)


def count_handoffs(critical: Sequence[Step]) -> int:
    """Role changes between consecutive steps. A step without a role is not
    counted as a change: we cannot tell, and a NO_ROLE warning asks for it."""
    return sum(
        1
        for before, after in zip(critical, critical[1:], strict=False)
        if before.role_id is not None
        and after.role_id is not None
        and before.role_id != after.role_id
    )


def _with_explanation(figures: KeyFigures, hours_per_day: float) -> KeyFigures:
    def say(lang: str) -> str:
        expected = duration(figures.lead_time_expected, hours_per_day, lang)
        first = duration(figures.lead_time_first_pass, hours_per_day, lang)
        work = duration(figures.process_time, hours_per_day, lang)
        efficiency = percent(figures.flow_efficiency, lang)
        ftr = percent(figures.rolled_ftr, lang)
        rework = first != expected
        if lang == "en":
            first_pass = f" (first pass: {first})" if rework else ""
            return (
                f"The lead time is {expected}{first_pass}. Of that, {work} is actual work: "
                f"a flow efficiency of {efficiency}. Along the critical path the work "
                f"changes hands {times(figures.handoffs, lang)} and is right first time "
                f"in {ftr} of cases."
            )
        first_pass = f" (zonder herhalingen {first})" if rework else ""
        return (
            f"De doorlooptijd is {expected}{first_pass}. Daarvan is {work} echt werk: "
            f"een stroomefficiëntie van {efficiency}. Langs het kritieke pad wisselt het "
            f"werk {figures.handoffs} keer van rol en gaat het in {ftr} van de gevallen "
            f"in één keer goed."
        )

    return replace(figures, explanation=Explanation(nl=say("nl"), en=say("en")))


def _bottleneck(pm: ProcessMap, step: Step, multiplier: float, lead: float) -> Bottleneck:
    wait = step.wait_minutes * multiplier
    process = step.process_minutes * multiplier
    share = (wait + process) / lead if lead > 0 else 0.0
    hours_per_day = pm.details.hours_per_day
    name = quoted(step.name)

    def say(lang: str) -> str:
        total = duration(lead, hours_per_day, lang)
        waiting = duration(wait, hours_per_day, lang)
        working = duration(process, hours_per_day, lang)
        part = percent(share, lang)
        repeats = format_number(multiplier, 1, lang)
        if lang == "en":
            if process == 0:
                text = f"Of the {total}, {waiting} is waiting before {name} ({part})."
            elif wait == 0:
                text = f"Of the {total}, {working} is the work of {name} ({part})."
            else:
                text = (
                    f"Of the {total}, {waiting} is waiting before {name} "
                    f"and {working} is the work itself ({part})."
                )
            if multiplier > 1:
                text += f" Rework makes it happen {repeats} times on average."
            return text
        if process == 0:
            text = f"Van de {total} zit {waiting} in wachten vóór {name} ({part})."
        elif wait == 0:
            text = f"Van de {total} zit {working} in het werk van {name} ({part})."
        else:
            text = (
                f"Van de {total} zit {waiting} in wachten vóór {name} "
                f"en {working} in het werk zelf ({part})."
            )
        if multiplier > 1:
            text += f" Door herwerk gebeurt dit gemiddeld {repeats} keer."
        return text

    return Bottleneck(
        step_id=step.id,
        share=share,
        wait_minutes=wait,
        process_minutes=process,
        explanation=Explanation(nl=say("nl"), en=say("en")),
    )
