"""An ``Analysis`` as JSON-ready data: the shape documented in ``docs/analysis-json.md``.

Every entity appears as ``{"id": …, "name": …}`` so a script can both show
and look up what is meant; times are numbers of minutes; explanations carry
both languages. Bump ``VERSION`` when a key changes meaning or disappears
(adding keys is compatible).
"""

from __future__ import annotations

from typing import Any

from procesbouw.analysis.results import Analysis, Explanation, KeyFigures
from procesbouw.model import Flow, ProcessMap, Role, Snapshot, Step

FORMAT = "procesbouw-analysis"
VERSION = 1


def analysis_as_json(
    pm: ProcessMap,
    analysis: Analysis,
    snapshot: Snapshot | None = None,
    whole: ProcessMap | None = None,
) -> dict[str, Any]:
    """The documented JSON shape of ``analysis`` of ``pm`` (the snapshot's
    content when ``snapshot`` is given; ``pm`` must then be that content).
    ``whole`` is the map with its snapshots and measures (default ``pm``)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "map": {"name": pm.details.name, "hours_per_day": pm.details.hours_per_day},
        "snapshot": None
        if snapshot is None
        else {
            "id": snapshot.id,
            "label": snapshot.label,
            "taken_on": snapshot.taken_on.isoformat(),
        },
        "message": _explanation(analysis.message),
        "figures": None if analysis.figures is None else _figures(pm, analysis.figures),
        "bottlenecks": [
            {
                "step": ref(pm, b.step_id),
                "share": b.share,
                "wait_minutes": b.wait_minutes,
                "process_minutes": b.process_minutes,
                "explanation": _explanation(b.explanation),
            }
            for b in analysis.bottlenecks
        ],
        "slack": [
            {"step": ref(pm, step_id), "slack_minutes": minutes}
            for step_id, minutes in analysis.slack.items()
        ],
        "rework_multipliers": [
            {"step": ref(pm, step_id), "multiplier": factor}
            for step_id, factor in analysis.multipliers.items()
            if factor != 1.0
        ],
        "collaboration": [
            {
                "roles": [ref(pm, c.role_a_id), ref(pm, c.role_b_id)],
                "flow_count": c.flow_count,
                "hidden": c.hidden,
            }
            for c in analysis.collaboration
        ],
        "hidden_connections": [
            {
                "roles": [ref(pm, h.role_a_id), ref(pm, h.role_b_id)],
                "flow_count": h.flow_count,
                "explanation": _explanation(h.explanation),
            }
            for h in analysis.hidden_connections
        ],
        "unused_links": [
            {
                "link_id": u.link_id,
                "roles": [
                    ref(pm, pm.role_links[u.link_id].role_a_id),
                    ref(pm, pm.role_links[u.link_id].role_b_id),
                ],
                "explanation": _explanation(u.explanation),
            }
            for u in analysis.unused_links
        ],
        "brokers": [
            {
                "role": ref(pm, b.role_id),
                "betweenness": b.betweenness,
                "explanation": _explanation(b.explanation),
            }
            for b in analysis.brokers
        ],
        "patterns": [
            {
                "kind": p.kind,
                "key": p.key,
                "name": p.key if p.kind == "tag" else name_of(pm, p.key),
                "findings": [{"id": fid, "title": pm.findings[fid].title} for fid in p.finding_ids],
                "explanation": _explanation(p.explanation),
            }
            for p in analysis.patterns
        ],
        "hotspots": [
            {"step": ref(pm, step_id), "findings": count}
            for step_id, count in analysis.hotspots.items()
        ],
        "warnings": [
            {
                "kind": str(w.kind),
                "entities": [ref(pm, eid) for eid in w.entity_ids],
                "explanation": _explanation(w.explanation),
            }
            for w in analysis.warnings
        ],
        "measures": _measures(whole or pm, snapshot),
    }


def name_of(pm: ProcessMap, entity_id: str) -> str:
    """A step's or role's name; a flow as ``source → target``."""
    entity = pm.get(entity_id)
    if isinstance(entity, Step | Role):
        return entity.name
    if isinstance(entity, Flow):
        return f"{pm.steps[entity.source_id].name} → {pm.steps[entity.target_id].name}"
    return entity_id


def ref(pm: ProcessMap, entity_id: str) -> dict[str, str]:
    return {"id": entity_id, "name": name_of(pm, entity_id)}


def _explanation(explanation: Explanation | None) -> dict[str, str] | None:
    return None if explanation is None else {"nl": explanation.nl, "en": explanation.en}


def _figures(pm: ProcessMap, figures: KeyFigures) -> dict[str, Any]:
    return {
        "lead_time_first_pass_minutes": figures.lead_time_first_pass,
        "lead_time_expected_minutes": figures.lead_time_expected,
        "process_time_minutes": figures.process_time,
        "wait_time_minutes": figures.wait_time,
        "flow_efficiency": figures.flow_efficiency,
        "rolled_ftr": figures.rolled_ftr,
        "handoffs": figures.handoffs,
        "critical_path": [ref(pm, step_id) for step_id in figures.critical_path],
        "explanation": _explanation(figures.explanation),
    }


def _measures(whole: ProcessMap, snapshot: Snapshot | None) -> list[dict[str, Any]]:
    """The three voices as measured, employee first: the value at the moment
    analysed (the snapshot, or the map now) and at every moment."""
    from procesbouw.comparison import measures_in_order

    moments = sorted(whole.snapshots.values(), key=lambda s: s.taken_on)
    result = []
    for measure in measures_in_order(whole):
        here = whole.measurement_of(measure.id, snapshot.id if snapshot else None)
        values = []
        for moment in [*moments, None]:
            found = whole.measurement_of(measure.id, moment.id if moment else None)
            values.append(
                {
                    "snapshot": None
                    if moment is None
                    else {
                        "id": moment.id,
                        "label": moment.label,
                        "taken_on": moment.taken_on.isoformat(),
                    },
                    "value": None if found is None else found.value,
                }
            )
        result.append(
            {
                "id": measure.id,
                "name": measure.name,
                "voice": measure.voice.value,
                "unit": measure.unit,
                "higher_is_better": measure.higher_is_better,
                "value": None if here is None else here.value,
                "values": values,
            }
        )
    return result


def _snapshot_ref(snapshot: Snapshot) -> dict[str, str]:
    return {"id": snapshot.id, "label": snapshot.label, "taken_on": snapshot.taken_on.isoformat()}
