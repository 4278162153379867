"""Brokers' betweenness: networkx's values, computed only when the role network
changes, and a stated estimate on networks of hundreds of roles."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from bench.generate import generate_map
from procesbouw.analysis import analyse, betweenness
from procesbouw.model import Flow, changed
from tests.domain.analysis_builder import MapBuilder


def _pairs(graph: nx.Graph) -> set[tuple[str, str]]:
    return {(f"r{min(a, b):03d}", f"r{max(a, b):03d}") for a, b in graph.edges}


@pytest.mark.parametrize("seed", range(25))
def test_exact_values_are_networkx_normalised_betweenness(seed: int) -> None:
    rng = random.Random(seed)
    graph = nx.gnm_random_graph(rng.randint(3, 40), rng.randint(2, 90), seed=seed)
    pairs = _pairs(graph)
    expected = nx.betweenness_centrality(nx.Graph(list(pairs)), normalized=True)

    got = betweenness.role_betweenness(pairs)

    assert got.keys() == expected.keys()
    assert all(got[role] == pytest.approx(expected[role], abs=1e-12) for role in expected)


def test_a_large_network_is_estimated_close_to_the_exact_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    graph = nx.barabasi_albert_graph(300, 3, seed=4)  # hubs: clear brokers
    pairs = _pairs(graph)
    exact = betweenness.role_betweenness(pairs)
    monkeypatch.setattr(betweenness, "EXACT_WORK", 10_000)  # force the estimate
    monkeypatch.setattr(betweenness, "_cache", type(betweenness._cache)())
    assert not betweenness.is_exact(300, len(pairs))

    estimate = betweenness.role_betweenness(pairs)

    assert max(abs(estimate[r] - exact[r]) for r in exact) < 0.05
    exact_order = sorted(exact, key=exact.__getitem__, reverse=True)
    estimate_order = sorted(estimate, key=estimate.__getitem__, reverse=True)
    assert estimate_order[0] == exact_order[0]  # the strongest broker is found
    assert set(estimate_order[:3]) <= set(exact_order[:5])
    monkeypatch.setattr(betweenness, "_cache", type(betweenness._cache)())
    assert betweenness.role_betweenness(pairs) == estimate  # fixed seed: the same pivots


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = betweenness._compute

    def compute(pairs: frozenset[tuple[str, str]]) -> dict[str, float]:
        calls.append(len(pairs))
        return real(pairs)

    monkeypatch.setattr(betweenness, "_compute", compute)
    return calls


def test_edits_that_leave_the_role_network_alone_do_not_recompute_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pm = generate_map(300, seed=3, roles=30)
    calls = _counting(monkeypatch)
    first = analyse(pm)
    assert first.brokers and len(calls) == 1
    step = next(iter(pm.steps.values()))
    pm.replace(changed(step, x=step.x + 20))  # a move
    pm.replace(changed(pm.steps[step.id], name="Andere naam", process_minutes=99.0))
    role = next(iter(pm.roles.values()))
    pm.replace(changed(role, name="Nieuwe rolnaam"))  # the texts change, the network not

    after = analyse(pm)

    assert len(calls) == 1
    assert [b.betweenness for b in after.brokers] == [b.betweenness for b in first.brokers]
    assert any("Nieuwe rolnaam" in b.explanation.text("nl") for b in after.brokers) or all(
        b.role_id != role.id for b in after.brokers
    )


def test_a_flow_between_other_roles_recomputes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    build = MapBuilder()
    for role in ("A", "B", "C", "D"):
        build.role(role)
    build.step("a", role="A")
    build.step("b", role="B")
    build.step("c", role="C")
    build.step("d", role="D")
    build.chain("a", "b", "c", "d")
    calls = _counting(monkeypatch)
    before = analyse(build.pm)
    assert [b.role_id for b in before.brokers] == ["B", "C"]

    build.pm.add(Flow("a", "d"))  # A and D now meet directly: a different network
    after = analyse(build.pm)

    assert len(calls) == 2
    assert {b.role_id for b in after.brokers} != {b.role_id for b in before.brokers} or [
        b.betweenness for b in after.brokers
    ] != [b.betweenness for b in before.brokers]
