"""Structure warnings: friendly hints about a map's shape, never blocking."""

from __future__ import annotations

from collections.abc import Sequence

from procesbouw.analysis.graph import HandoffGraph
from procesbouw.analysis.results import Explanation, StructureWarning, WarningKind
from procesbouw.analysis.wording import names, quoted
from procesbouw.model import Flow, ProcessMap


def structure_warnings(
    pm: ProcessMap, graph: HandoffGraph, not_upstream: Sequence[Flow]
) -> tuple[StructureWarning, ...]:
    """Warnings in a fixed order: cycles, unreachable steps, starts, ends,
    misdirected rework, steps without a role."""
    warnings = [_cycle(pm, cycle) for cycle in graph.cycles]
    # Without any start step the analysis message already says why nothing counts.
    if graph.unreachable and graph.steps:
        warnings.append(_unreachable(pm, graph.unreachable))
    starts = [graph.steps[p] for p in graph.starts]
    ends = [graph.steps[p] for p in graph.ends]
    if len(starts) > 1:
        warnings.append(_several(pm, WarningKind.SEVERAL_STARTS, starts))
    if len(ends) > 1:
        warnings.append(_several(pm, WarningKind.SEVERAL_ENDS, ends))
    warnings += [_not_upstream(pm, flow) for flow in not_upstream]
    without_role = [step.id for step in pm.steps.values() if step.role_id is None]
    if without_role:
        warnings.append(_no_role(pm, without_role))
    return tuple(warnings)


def _step_names(pm: ProcessMap, step_ids: Sequence[str], lang: str) -> str:
    return names([pm.steps[step_id].name for step_id in step_ids], lang)


def _cycle(pm: ProcessMap, cycle: tuple[str, ...]) -> StructureWarning:
    return StructureWarning(
        WarningKind.HANDOFF_CYCLE,
        cycle,
        Explanation(
            nl=f"De overdrachten tussen {_step_names(pm, cycle, 'nl')} vormen een kring. "
            "Maak van de overdracht die teruggaat een terugkoppeling met het deel dat teruggaat.",
            en=f"The handoffs between {_step_names(pm, cycle, 'en')} form a loop. "
            "Make the one that goes back a rework flow with the share that goes back.",
        ),
    )


def _unreachable(pm: ProcessMap, step_ids: tuple[str, ...]) -> StructureWarning:
    return StructureWarning(
        WarningKind.UNREACHABLE,
        step_ids,
        Explanation(
            nl=f"Geen beginstap leidt naar {_step_names(pm, step_ids, 'nl')}; "
            "deze stappen tellen niet mee in de doorlooptijd.",
            en=f"No start step leads to {_step_names(pm, step_ids, 'en')}; "
            "these steps do not count in the lead time.",
        ),
    )


def _several(pm: ProcessMap, kind: WarningKind, step_ids: list[str]) -> StructureWarning:
    count = len(step_ids)
    if kind is WarningKind.SEVERAL_STARTS:
        noun_nl, noun_en = "beginstappen", "start steps"
    else:
        noun_nl, noun_en = "eindstappen", "end steps"
    return StructureWarning(
        kind,
        tuple(step_ids),
        Explanation(
            nl=f"Het proces heeft {count} {noun_nl}: {_step_names(pm, step_ids, 'nl')}. "
            "De doorlooptijd volgt de langste route.",
            en=f"The process has {count} {noun_en}: {_step_names(pm, step_ids, 'en')}. "
            "The lead time follows the longest route.",
        ),
    )


def _not_upstream(pm: ProcessMap, flow: Flow) -> StructureWarning:
    source = quoted(pm.steps[flow.source_id].name)
    target = quoted(pm.steps[flow.target_id].name)
    return StructureWarning(
        WarningKind.REWORK_NOT_UPSTREAM,
        (flow.id,),
        Explanation(
            nl=f"De terugkoppeling van {source} naar {target} gaat niet terug in het proces "
            f"(geen overdrachten van {target} naar {source}) en telt daarom niet mee.",
            en=f"The rework flow from {source} to {target} does not go back in the process "
            f"(no handoffs lead from {target} to {source}), so it is not counted.",
        ),
    )


def _no_role(pm: ProcessMap, step_ids: list[str]) -> StructureWarning:
    if len(step_ids) == 1:
        nl = f"Stap {_step_names(pm, step_ids, 'nl')} heeft nog geen rol."
        en = f"Step {_step_names(pm, step_ids, 'en')} has no role yet."
    else:
        nl = f"{len(step_ids)} stappen hebben nog geen rol: {_step_names(pm, step_ids, 'nl')}."
        en = f"{len(step_ids)} steps have no role yet: {_step_names(pm, step_ids, 'en')}."
    return StructureWarning(WarningKind.NO_ROLE, tuple(step_ids), Explanation(nl=nl, en=en))
