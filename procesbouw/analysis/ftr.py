"""Effective first-time-right: what the rework flows say about a step's FTR.

A rework flow B → A with share p means B's work is not right the first time in
p of the cases. A step's *effective* FTR is therefore the lower of its stated
FTR and 1 − (the rework shares leaving it); the rolled FTR multiplies the
effective values. Where the stated FTR claims more than the rework allows, the
analysis says so in plain words.
"""

from __future__ import annotations

from procesbouw.analysis.results import Explanation, StructureWarning, WarningKind
from procesbouw.analysis.wording import names
from procesbouw.model import Flow, FlowKind, ProcessMap
from procesbouw.units import format_percent

# Stated and rework-based FTR closer than this agree (float noise, 99,99 vs 100 − 0,01).
_TOLERANCE = 1e-9


def rework_leaving(pm: ProcessMap) -> dict[str, list[Flow]]:
    """Per step id, the rework flows that send its work back, in map order."""
    leaving: dict[str, list[Flow]] = {}
    for flow in pm.flows.values():
        if flow.kind == FlowKind.REWORK and flow.rework_share is not None:
            leaving.setdefault(flow.source_id, []).append(flow)
    return leaving


def effective_ftr(pm: ProcessMap) -> dict[str, float]:
    """Every step's effective FTR as a 0..1 fraction."""
    leaving = rework_leaving(pm)
    result = {}
    for step in pm.steps.values():
        sent_back = sum(flow.rework_share or 0.0 for flow in leaving.get(step.id, []))
        result[step.id] = max(0.0, min(step.ftr_percent / 100, 1.0 - sent_back))
    return result


def ftr_contradictions(pm: ProcessMap) -> list[StructureWarning]:
    """A warning for each step whose stated FTR is higher than its rework allows."""
    warnings = []
    for step_id, flows in rework_leaving(pm).items():
        step = pm.steps[step_id]
        sent_back = sum(flow.rework_share or 0.0 for flow in flows)
        if step.ftr_percent / 100 <= 1.0 - sent_back + _TOLERANCE:
            continue
        targets = [pm.steps[flow.target_id].name for flow in flows]
        effective = max(0.0, 1.0 - sent_back)
        explanation = Explanation(
            nl=_contradiction(
                step.name, step.ftr_percent / 100, sent_back, effective, targets, "nl"
            ),
            en=_contradiction(
                step.name, step.ftr_percent / 100, sent_back, effective, targets, "en"
            ),
        )
        warnings.append(
            StructureWarning(
                WarningKind.FTR_CONTRADICTS_REWORK,
                (step_id, *(flow.id for flow in flows)),
                explanation,
            )
        )
    return warnings


def _contradiction(
    name: str, stated: float, sent_back: float, effective: float, targets: list[str], lang: str
) -> str:
    said, back, counted = (format_percent(v, lang) for v in (stated, sent_back, effective))
    if lang == "en":
        return (
            f"At '{name}' the first-time-right is {said}, but {back} goes back "
            f"to {names(targets, lang)}. The analysis counts {counted}."
        )
    return (
        f"Bij '{name}' staat FTR {said}, maar {back} gaat terug naar "
        f"{names(targets, lang)}. De analyse rekent met {counted}."
    )
