"""The benchmark's map generator makes valid, reproducible maps."""

from __future__ import annotations

from bench.generate import generate_map
from procesbouw.analysis import analyse
from procesbouw.model import FlowKind
from procesbouw.serialize import map_from_dict, map_to_dict


def test_generated_map_is_valid_and_reproducible() -> None:
    pm = generate_map(300, seed=7)

    assert map_from_dict(map_to_dict(pm)) == pm  # reading back validates every entity
    assert generate_map(300, seed=7) == pm
    assert generate_map(300, seed=8) != pm
    assert len(pm.steps) == 300 and len(pm.roles) == 8
    assert 1.2 <= len(pm.flows) / len(pm.steps) <= 1.5
    assert any(flow.kind == FlowKind.REWORK for flow in pm.flows.values())


def test_generated_map_is_fully_analysable_with_rework() -> None:
    result = analyse(generate_map(300))

    assert result.figures is not None
    assert max(result.multipliers.values()) > 1
    assert all(w.kind != "rework_not_upstream" for w in result.warnings)
    assert all(w.kind != "handoff_cycle" for w in result.warnings)
