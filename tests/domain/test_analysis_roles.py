"""The role network: collaboration, hidden connections, unused links, brokers;
and success patterns and hotspots from findings."""

from __future__ import annotations

import pytest

from procesbouw.analysis import RoleCollaboration, analyse
from tests.domain.analysis_builder import MapBuilder


def planner_in_the_middle() -> MapBuilder:
    """P → Q → R → Q, plus work within Q; the team drew P–Q and R–S."""
    m = MapBuilder()
    for role in "PQRS":
        m.role(role)
    m.step("a", role="P")
    m.step("b", role="Q")
    m.step("c", role="R")
    m.step("d", role="Q")
    m.step("e", role="Q")
    m.step("loose")  # no role: its flows say nothing about roles
    m.chain("a", "b", "c", "d", "e", "loose")
    m.rework("e", "b", 0.2)  # within Q: ignored
    m.link("P", "Q")
    m.link("S", "R")
    return m


def test_collaboration_counts_flows_between_roles_undirected() -> None:
    result = analyse(planner_in_the_middle().pm)

    assert result.collaboration == (
        RoleCollaboration("Q", "R", 2, hidden=True),
        RoleCollaboration("P", "Q", 1, hidden=False),
    )


def test_hidden_connection_is_collaboration_nobody_drew() -> None:
    result = analyse(planner_in_the_middle().pm)

    [hidden] = result.hidden_connections
    assert (hidden.role_a_id, hidden.role_b_id, hidden.flow_count) == ("Q", "R", 2)
    assert hidden.explanation.text("nl") == (
        "'Q' en 'R' geven elkaar 2 keer werk door, maar die verbinding is niet getekend."
    )
    assert hidden.explanation.text("en") == (
        "'Q' and 'R' pass work to each other 2 times, but that connection was not drawn."
    )


def test_unused_link_is_a_drawn_link_without_flows() -> None:
    result = analyse(planner_in_the_middle().pm)

    [unused] = result.unused_links
    assert unused.link_id == "S-R"
    assert "'S' en 'R'" in unused.explanation.text("nl")


def test_broker_sits_between_roles_that_do_not_meet() -> None:
    result = analyse(planner_in_the_middle().pm)

    [broker] = result.brokers
    assert broker.role_id == "Q"
    assert broker.betweenness == 1.0  # the only path between P and R
    assert broker.explanation.text("en") == ("Most work between other roles runs through 'Q'.")


def test_brokers_on_a_line_of_four_roles_rank_by_betweenness_then_name() -> None:
    m = MapBuilder()
    for role in "WXYZ":
        m.role(role)
    m.step("w", role="W")
    m.step("x", role="X")
    m.step("y", role="Y")
    m.step("z", role="Z")
    m.chain("w", "x", "y", "z")

    brokers = analyse(m.pm).brokers

    # X lies between W–Y and W–Z: 2 of the 3 pairs without it.
    assert [(b.role_id, b.betweenness) for b in brokers] == [
        ("X", pytest.approx(2 / 3)),
        ("Y", pytest.approx(2 / 3)),
    ]


def test_a_fully_connected_team_has_no_brokers() -> None:
    m = MapBuilder()
    for role in "XYZ":
        m.role(role)
    m.step("x", role="X")
    m.step("y", role="Y")
    m.step("z", role="Z")
    m.chain("x", "y", "z")
    m.handoff("x", "z")

    assert analyse(m.pm).brokers == ()


def stories() -> MapBuilder:
    m = MapBuilder()
    m.role("R")
    m.step("A", role="R")
    m.step("B", role="R")
    flow = m.handoff("A", "B")
    m.finding("f1", tags=("Direct contact",), steps=("A",), roles=("R",))
    m.finding("f2", tags=("direct contact ", "vaste planner"), steps=("A", "B"))
    m.finding("f3", tags=("vaste planner", "direct  contact"), flows=(flow,))
    m.finding("f4", flows=(flow,))
    return m


def test_success_patterns_recur_in_at_least_two_findings_strongest_first() -> None:
    patterns = analyse(stories().pm).patterns

    assert [(p.kind, p.key, p.finding_ids) for p in patterns] == [
        ("tag", "Direct contact", ("f1", "f2", "f3")),
        ("tag", "vaste planner", ("f2", "f3")),
        ("step", "A", ("f1", "f2")),
        ("flow", "A->B", ("f3", "f4")),
    ]
    assert patterns[0].explanation.text("nl") == "'Direct contact' komt terug in 3 verhalen."
    assert patterns[2].explanation.text("en") == "Step 'A' is named in 2 stories."
    assert patterns[3].explanation.text("nl") == (
        "De overdracht van 'A' naar 'B' wordt in 2 verhalen genoemd."
    )


def test_hotspots_count_findings_per_step() -> None:
    assert analyse(stories().pm).hotspots == {"A": 2, "B": 1}
