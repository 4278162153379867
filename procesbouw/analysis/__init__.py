"""Live analysis of a process map: where the lead time goes and which role
connections are hidden (see the BRIEF's "Analysis" section).

Pure functions over ``ProcessMap``; they never change the map.
"""

from __future__ import annotations

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
    """Everything the analysis knows about ``pm``; never raises for a valid map."""
    raise NotImplementedError


def what_if(
    pm: ProcessMap,
    step_id: str,
    *,
    process_minutes: float | None = None,
    wait_minutes: float | None = None,
) -> WhatIf:
    """The lead time if ``step_id`` had these times (None: unchanged); ``pm`` is not changed."""
    raise NotImplementedError
