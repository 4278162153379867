"""An event log's figures on a map: a new map made from the log (``--map``), or the
measured medians attached to an existing map's steps by name (``--into``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from procesbouw.exchange.event_figures import ActivityFigures, LogFigures
from procesbouw.layout import lay_out
from procesbouw.model import Flow, FlowKind, MapDetails, ProcessMap, Role, Step
from procesbouw.palette import next_free_colour

DEFAULT_MIN_SHARE = 0.05
# A directly-follows relation that goes back is rework; the model needs 0 < p < 1.
_SHARE_LIMITS = (0.01, 0.99)


def source_label(path: Path) -> str:
    """How a step remembers where its measured figures come from: the log's name, today."""
    return f"{path.name} · {date.today().isoformat()}"


def measured(step: Step, figures: ActivityFigures, source: str) -> Step:
    """``step`` with the activity's measured medians (a wait never measured stays None)."""
    return replace(
        step,
        measured_process_minutes=figures.process.median,
        measured_wait_minutes=figures.wait.median,
        measured_count=figures.count,
        measured_source=source,
    )


def map_from_log(
    figures: LogFigures,
    name: str,
    source: str,
    min_share: float = DEFAULT_MIN_SHARE,
    hours_per_day: float = 24.0,
) -> ProcessMap:
    """A new map: a step per activity in their usual order with the measured medians as
    its times; a flow per directly-follows relation in at least ``min_share`` of the
    cases of its first activity (rework when it goes back in the usual order, with that
    share); roles from the resource that performs each activity most often."""
    pm = ProcessMap(
        MapDetails(name=name[:200] or "Uit gebeurtenissenlog", hours_per_day=hours_per_day)
    )
    roles: dict[str, Role] = {}
    for activity in figures.activities:
        if activity.resource and activity.resource not in roles:
            colour = next_free_colour(r.colour for r in roles.values())
            roles[activity.resource] = Role(activity.resource, colour=colour)
            pm.add(roles[activity.resource])
    step_of: dict[str, Step] = {}
    place = {activity.name: index for index, activity in enumerate(figures.activities)}
    for activity in figures.activities:
        role = roles.get(activity.resource or "")
        step = Step(
            activity.name,
            role.id if role else None,
            process_minutes=activity.process.median or 0.0,
            wait_minutes=activity.wait.median or 0.0,
        )
        step_of[activity.name] = measured(step, activity, source)
        pm.add(step_of[activity.name])
    cases = {activity.name: activity.cases for activity in figures.activities}
    for (first, then), count in sorted(figures.follows.items(), key=lambda i: -i[1]):
        share = count / cases[first]
        if first == then or share < min_share:
            continue
        source_id, target_id = step_of[first].id, step_of[then].id
        if place[then] < place[first]:
            low, high = _SHARE_LIMITS
            pm.add(Flow(source_id, target_id, FlowKind.REWORK, min(max(share, low), high)))
        else:
            pm.add(Flow(source_id, target_id))
    for step_id, (x, y) in lay_out(pm).items():
        pm.replace(replace(pm.steps[step_id], x=x, y=y))
    return pm


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def match_by_name(pm: ProcessMap, figures: LogFigures) -> dict[str, str]:
    """Activity name → step id, where a step has the activity's name: written exactly
    the same first, else with case and spaces aside (with several, the first)."""
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    for step in pm.steps.values():
        exact.setdefault(step.name, step.id)
        loose.setdefault(_key(step.name), step.id)
    matches = {}
    for activity in figures.activities:
        step_id = exact.get(activity.name) or loose.get(_key(activity.name))
        if step_id is not None:
            matches[activity.name] = step_id
    return matches


def attached(
    pm: ProcessMap, figures: LogFigures, matches: dict[str, str], source: str
) -> list[Step]:
    """The steps of ``pm`` with the measured figures of the activities ``matches``
    pairs them with (activity name → step id); the caller stores them."""
    result = []
    for activity in figures.activities:
        step_id = matches.get(activity.name)
        if step_id is not None and step_id in pm.steps:
            result.append(measured(pm.steps[step_id], activity, source))
    return result
