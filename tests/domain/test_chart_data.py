"""The lead-time chart's bars: the critical path's largest steps, in path order."""

from __future__ import annotations

import pytest

from bench.generate import generate_map
from procesbouw.analysis import analyse
from procesbouw.analysis.chart_data import MAX_STEPS, StepTime, critical_path_times


@pytest.mark.parametrize("steps", [8, 200, 1_000])
def test_the_bars_are_the_largest_steps_of_the_critical_path_in_path_order(steps: int) -> None:
    pm = generate_map(steps, seed=5)
    analysis = analyse(pm)
    assert analysis.figures is not None
    path = analysis.figures.critical_path
    every = [
        StepTime(
            step_id,
            pm.steps[step_id].name,
            pm.steps[step_id].wait_minutes * analysis.multipliers.get(step_id, 1.0),
            pm.steps[step_id].process_minutes * analysis.multipliers.get(step_id, 1.0),
        )
        for step_id in path
    ]
    largest = sorted(every, key=lambda t: -(t.wait + t.work))[:MAX_STEPS]

    bars, count = critical_path_times(pm, analysis)

    assert count == len(path)
    assert bars == [t for t in every if t in largest]
    assert len(bars) == min(len(path), MAX_STEPS)
