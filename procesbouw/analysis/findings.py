"""Success patterns and hotspots: what recurs across "wanneer gaat het goed" stories."""

from __future__ import annotations

from collections.abc import Iterable

from procesbouw.analysis.results import Explanation, SuccessPattern
from procesbouw.analysis.wording import quoted
from procesbouw.model import ProcessMap

# A pattern is something at least this many findings share.
MIN_FINDINGS = 2

# Order among patterns named by equally many findings: conditions first, as
# they are what the team can repeat elsewhere.
_KIND_ORDER = ("tag", "step", "role", "flow")


def hotspots(pm: ProcessMap) -> dict[str, int]:
    """Step id → number of findings naming it, for steps named at least once."""
    counts: dict[str, int] = {}
    for finding in pm.findings.values():
        for step_id in finding.step_ids:
            counts[step_id] = counts.get(step_id, 0) + 1
    return counts


def success_patterns(pm: ProcessMap) -> tuple[SuccessPattern, ...]:
    """Tags, steps, roles and flows named by at least two findings, strongest first.

    Tags are compared without case and surrounding spaces ("Direct contact" and
    "direct contact " are one condition); the key is the first spelling used."""
    tag_groups: dict[str, tuple[str, list[str]]] = {}
    entity_groups: dict[tuple[str, str], list[str]] = {}
    for finding in pm.findings.values():
        seen_tags: set[str] = set()
        for tag in finding.tags:
            norm = " ".join(tag.split()).casefold()
            if norm in seen_tags:
                continue
            seen_tags.add(norm)
            tag_groups.setdefault(norm, (tag.strip(), []))[1].append(finding.id)
        for kind, ids in _named(finding.step_ids, finding.role_ids, finding.flow_ids):
            for entity_id in ids:
                entity_groups.setdefault((kind, entity_id), []).append(finding.id)

    patterns = [
        SuccessPattern("tag", key, tuple(ids), _explain(pm, "tag", key, len(ids)))
        for key, ids in tag_groups.values()
        if len(ids) >= MIN_FINDINGS
    ]
    patterns += [
        SuccessPattern(kind, key, tuple(ids), _explain(pm, kind, key, len(ids)))
        for (kind, key), ids in entity_groups.items()
        if len(ids) >= MIN_FINDINGS
    ]
    patterns.sort(key=lambda p: (-len(p.finding_ids), _KIND_ORDER.index(p.kind)))
    return tuple(patterns)


def _named(
    step_ids: Iterable[str], role_ids: Iterable[str], flow_ids: Iterable[str]
) -> tuple[tuple[str, Iterable[str]], ...]:
    return (("step", step_ids), ("role", role_ids), ("flow", flow_ids))


def _explain(pm: ProcessMap, kind: str, key: str, count: int) -> Explanation:
    if kind == "tag":
        return Explanation(
            nl=f"{quoted(key)} komt terug in {count} verhalen.",
            en=f"{quoted(key)} recurs in {count} stories.",
        )
    if kind == "flow":
        flow = pm.flows[key]
        source = quoted(pm.steps[flow.source_id].name)
        target = quoted(pm.steps[flow.target_id].name)
        return Explanation(
            nl=f"De overdracht van {source} naar {target} wordt in {count} verhalen genoemd.",
            en=f"The flow from {source} to {target} is named in {count} stories.",
        )
    name = quoted(pm.steps[key].name if kind == "step" else pm.roles[key].name)
    noun_nl, noun_en = ("Stap", "Step") if kind == "step" else ("Rol", "Role")
    return Explanation(
        nl=f"{noun_nl} {name} wordt in {count} verhalen genoemd.",
        en=f"{noun_en} {name} is named in {count} stories.",
    )
