"""Properties of the lead time on random DAGs (integer minutes: sums are exact)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from procesbouw.analysis import analyse, what_if
from tests.domain.analysis_builder import MapBuilder


@dataclass(frozen=True)
class RandomDag:
    builder: MapBuilder
    cost: dict[str, int]
    succs: dict[str, list[str]]


@st.composite
def random_dags(draw: st.DrawFn) -> RandomDag:
    size = draw(st.integers(min_value=1, max_value=8))
    names = [f"s{i}" for i in range(size)]
    m = MapBuilder()
    cost = {}
    for name in names:
        wait = draw(st.integers(min_value=0, max_value=100))
        process = draw(st.integers(min_value=0, max_value=100))
        m.step(name, wait=wait, process=process)
        cost[name] = wait + process
    succs: dict[str, list[str]] = {name: [] for name in names}
    # Edges only from lower to higher numbers: acyclic by construction.
    pairs = [(a, b) for a in range(size) for b in range(a + 1, size)]
    for a, b in draw(st.lists(st.sampled_from(pairs), unique=True) if pairs else st.just([])):
        m.handoff(names[a], names[b])
        succs[names[a]].append(names[b])
    return RandomDag(m, cost, succs)


def every_path_length(dag: RandomDag) -> list[int]:
    has_pred = {t for targets in dag.succs.values() for t in targets}
    lengths = []

    def walk(node: str, so_far: int) -> None:
        total = so_far + dag.cost[node]
        if not dag.succs[node]:
            lengths.append(total)
        for target in dag.succs[node]:
            walk(target, total)

    for start in dag.cost:
        if start not in has_pred:
            walk(start, 0)
    return lengths


@settings(max_examples=60, deadline=None)
@given(random_dags())
def test_lead_time_is_the_longest_start_to_end_path(dag: RandomDag) -> None:
    figures = analyse(dag.builder.pm).figures
    assert figures is not None

    lengths = every_path_length(dag)
    assert all(figures.lead_time_expected >= length for length in lengths)
    assert figures.lead_time_expected == max(lengths)
    assert sum(dag.cost[s] for s in figures.critical_path) == figures.lead_time_expected


@settings(max_examples=60, deadline=None)
@given(random_dags(), st.data(), st.integers(min_value=0, max_value=500))
def test_more_wait_on_the_critical_path_adds_exactly_that(
    dag: RandomDag, data: st.DataObject, extra: int
) -> None:
    pm = dag.builder.pm
    figures = analyse(pm).figures
    assert figures is not None
    step_id = data.draw(st.sampled_from(figures.critical_path))

    wait = pm.steps[step_id].wait_minutes + extra
    result = what_if(pm, step_id, wait_minutes=wait)

    assert result.lead_time_after == figures.lead_time_expected + extra


@settings(max_examples=60, deadline=None)
@given(random_dags(), st.data(), st.integers(min_value=0, max_value=500))
def test_more_wait_off_the_path_counts_only_beyond_the_slack(
    dag: RandomDag, data: st.DataObject, extra: int
) -> None:
    pm = dag.builder.pm
    result = analyse(pm)
    assert result.figures is not None
    step_id = data.draw(st.sampled_from(sorted(pm.steps)))
    slack = result.slack.get(step_id, 0.0)  # critical-path steps have none

    wait = pm.steps[step_id].wait_minutes + extra
    after = what_if(pm, step_id, wait_minutes=wait).lead_time_after

    assert after == result.figures.lead_time_expected + max(0, extra - slack)
    assert (step_id in result.slack) != (step_id in result.figures.critical_path)


@st.composite
def any_maps(draw: st.DrawFn) -> MapBuilder:
    """Anything a team might build: handoff cycles, rework anywhere, missing roles."""
    size = draw(st.integers(min_value=0, max_value=7))
    m = MapBuilder()
    m.role("R1")
    m.role("R2")
    names = [f"s{i}" for i in range(size)]
    for name in names:
        m.step(
            name,
            wait=draw(st.integers(min_value=0, max_value=100)),
            process=draw(st.integers(min_value=0, max_value=100)),
            role=draw(st.sampled_from([None, "R1", "R2"])),
        )
    pairs = [(a, b) for a in names for b in names if a != b]
    for a, b in draw(st.lists(st.sampled_from(pairs), unique=True) if pairs else st.just([])):
        share = draw(st.sampled_from([None, 0.25, 0.5, 0.9]))
        if share is None:
            m.handoff(a, b)
        else:
            m.rework(a, b, share)
    if draw(st.booleans()) and size:
        m.link("R1", "R2")
        m.finding("f", tags=("x",), steps=(names[0],))
    return m


@settings(max_examples=80, deadline=None)
@given(any_maps())
def test_any_map_gives_figures_or_a_friendly_message_never_an_error(m: MapBuilder) -> None:
    result = analyse(m.pm)

    assert (result.figures is None) != (result.message is None)
    if result.figures is not None:
        assert result.figures.lead_time_expected >= result.figures.lead_time_first_pass
        assert set(result.figures.critical_path) | set(result.slack) == set(result.multipliers)
    for step_id in m.pm.steps:
        what_if(m.pm, step_id, wait_minutes=1)
