"""The key figures of a version, computed once when it is published and stored
in columns: the portfolio reads them back instead of re-analysing every map."""

from __future__ import annotations

import json
from typing import Any

from procesbouw.analysis import KeyFigures, analyse
from procesbouw.model import ProcessMap, Snapshot


def version_figures(pm: ProcessMap) -> dict[str, Any]:
    """The ``library_versions`` columns that describe ``pm`` (all but who, when and
    the names): counts, the analysis' key figures (None when the map cannot be
    analysed) and those of its first snapshot (the team's starting point)."""
    figures = analyse(pm).figures
    first = first_snapshot(pm)
    first_figures = analyse(first.content).figures if first is not None else None
    return {
        "facilitator": pm.details.facilitator,
        "session_date": pm.details.session_date,
        "hours_per_day": pm.details.hours_per_day,
        "step_count": len(pm.steps),
        "finding_count": len(pm.findings),
        "action_count": len(pm.actions),
        "photo_count": len(pm.photos),
        "snapshot_count": len(pm.snapshots),
        **_key_figures(figures),
        "first_label": first.label if first is not None else None,
        "first_taken_on": first.taken_on if first is not None else None,
        "first_lead_time": _field(first_figures, "lead_time_expected"),
        "first_flow_efficiency": _field(first_figures, "flow_efficiency"),
        "first_rolled_ftr": _field(first_figures, "rolled_ftr"),
        "voices": json.dumps(voice_figures(pm), ensure_ascii=False),
    }


def first_snapshot(pm: ProcessMap) -> Snapshot | None:
    """The earliest snapshot (by date; the first taken on that date)."""
    snapshots = list(pm.snapshots.values())
    return min(snapshots, key=lambda s: s.taken_on) if snapshots else None


def voice_figures(pm: ProcessMap) -> list[dict[str, Any]]:
    """What the team measured under the three voices, as JSON-ready data
    (``{"voice", "name", "value", "unit"}``). The map model has no measurements
    yet, so this is empty; the column exists so the portfolio shows them as soon
    as maps carry them."""
    return []


def _key_figures(figures: KeyFigures | None) -> dict[str, Any]:
    return {
        "lead_time": _field(figures, "lead_time_expected"),
        "lead_time_first_pass": _field(figures, "lead_time_first_pass"),
        "process_time": _field(figures, "process_time"),
        "flow_efficiency": _field(figures, "flow_efficiency"),
        "rolled_ftr": _field(figures, "rolled_ftr"),
        "handoffs": _field(figures, "handoffs"),
    }


def _field(figures: KeyFigures | None, name: str) -> Any:
    return getattr(figures, name) if figures is not None else None
