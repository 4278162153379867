"""Live analysis of a process map: where the lead time goes and which role
connections are hidden (see the BRIEF's "Analysis" section).

Pure functions over ``ProcessMap``; they never change the map.
"""

from __future__ import annotations

from procesbouw.analysis.figures import lead_time_results
from procesbouw.analysis.findings import hotspots, success_patterns
from procesbouw.analysis.ftr import effective_ftr, ftr_contradictions
from procesbouw.analysis.graph import build_handoff_graph
from procesbouw.analysis.paths import rework_multipliers
from procesbouw.analysis.results import (
    Analysis,
    Bottleneck,
    Broker,
    Explanation,
    HiddenConnection,
    KeyFigures,
    RoleCollaboration,
    StructureWarning,
    SuccessPattern,
    UnusedLink,
    WarningKind,
    WhatIf,
)
from procesbouw.analysis.roles import role_network
from procesbouw.analysis.structure import structure_warnings
from procesbouw.analysis.whatif import what_if
from procesbouw.analysis.wording import NO_START, NO_STEPS
from procesbouw.model import ProcessMap

__all__ = [
    "Analysis",
    "Bottleneck",
    "Broker",
    "Explanation",
    "HiddenConnection",
    "KeyFigures",
    "RoleCollaboration",
    "StructureWarning",
    "SuccessPattern",
    "UnusedLink",
    "WarningKind",
    "WhatIf",
    "analyse",
    "what_if",
]


def analyse(pm: ProcessMap) -> Analysis:
    """Everything the analysis knows about ``pm``; never raises for a valid map.

    When the lead time cannot be measured (no steps, or no start step because
    every step sits in a handoff cycle) ``figures`` is None and ``message``
    says why; the role network, patterns and warnings are still reported."""
    graph = build_handoff_graph(pm)
    multipliers, not_upstream = rework_multipliers(pm, graph)
    network = role_network(pm)
    figures = None
    message = None
    bottlenecks: tuple[Bottleneck, ...] = ()
    slack: dict[str, float] = {}
    ftr = effective_ftr(pm)
    if graph.steps:
        measured = lead_time_results(pm, graph, multipliers, ftr)
        figures, bottlenecks, slack = measured.figures, measured.bottlenecks, measured.slack
    else:
        message = NO_START if pm.steps else NO_STEPS
    return Analysis(
        figures=figures,
        message=message,
        bottlenecks=bottlenecks,
        slack=slack,
        multipliers=dict(zip(graph.steps, multipliers, strict=True)),
        collaboration=network.collaboration,
        hidden_connections=network.hidden_connections,
        unused_links=network.unused_links,
        brokers=network.brokers,
        patterns=success_patterns(pm),
        hotspots=hotspots(pm),
        warnings=structure_warnings(pm, graph, not_upstream) + tuple(ftr_contradictions(pm)),
        effective_ftr=ftr,
    )
