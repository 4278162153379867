"""The role network is kept between analyses and made again only when the map
no longer has what it was made from: after every kind of edit, the kept
network must equal one made from scratch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bench.generate import generate_map
from procesbouw.analysis import analyse, roles
from procesbouw.analysis.roles import RoleNetwork, role_network
from procesbouw.model import Flow, ProcessMap, RoleLink, Step, changed

Edit = Callable[[ProcessMap], None]


def _made_from_scratch(pm: ProcessMap, monkeypatch: pytest.MonkeyPatch) -> RoleNetwork:
    with monkeypatch.context() as scratch:
        scratch.setattr(roles, "_last", None)
        return role_network(pm)


def _first_crossing_flow(pm: ProcessMap) -> Flow:
    return next(
        flow
        for flow in pm.flows.values()
        if pm.steps[flow.source_id].role_id != pm.steps[flow.target_id].role_id
    )


def _give_a_step_another_role(pm: ProcessMap) -> None:
    flow = _first_crossing_flow(pm)
    source = pm.steps[flow.source_id]
    pm.replace(changed(source, role_id=pm.steps[flow.target_id].role_id))


def _take_a_steps_role(pm: ProcessMap) -> None:
    source = pm.steps[_first_crossing_flow(pm).source_id]
    pm.replace(changed(source, role_id=None))


def _remove_a_flow(pm: ProcessMap) -> None:
    pm.remove(_first_crossing_flow(pm).id)


def _move_a_flow_to_the_end(pm: ProcessMap) -> None:
    """Removed and added again: the same flows in another order, so the hidden
    connection's flows are listed in another order."""
    flow, _ = pm.remove(_first_crossing_flow(pm).id)
    pm.add(flow)


def _add_a_flow_between_new_roles(pm: ProcessMap) -> None:
    flow = _first_crossing_flow(pm)
    pm.remove(flow.id)
    pm.add(Flow(flow.target_id, flow.source_id, id="turned"))


def _draw_a_link(pm: ProcessMap) -> None:
    flow = _first_crossing_flow(pm)
    role_a, role_b = pm.steps[flow.source_id].role_id, pm.steps[flow.target_id].role_id
    assert role_a is not None and role_b is not None
    pm.add(RoleLink(role_a, role_b, id="drawn"))


def _remove_a_link(pm: ProcessMap) -> None:
    pm.remove(next(iter(pm.role_links)))


def _rename_a_role(pm: ProcessMap) -> None:
    role = pm.roles[pm.steps[_first_crossing_flow(pm).source_id].role_id or ""]
    pm.replace(changed(role, name="Nieuwe rolnaam"))


EDITS: dict[str, Edit] = {
    "a step gets another role": _give_a_step_another_role,
    "a step loses its role": _take_a_steps_role,
    "a flow is removed": _remove_a_flow,
    "a flow is removed and added again": _move_a_flow_to_the_end,
    "a flow is turned around": _add_a_flow_between_new_roles,
    "a link is drawn": _draw_a_link,
    "a link is removed": _remove_a_link,
    "a role is renamed": _rename_a_role,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_after_an_edit_the_kept_network_equals_one_made_from_scratch(
    edit: Edit, monkeypatch: pytest.MonkeyPatch
) -> None:
    pm = generate_map(300, seed=3, roles=30)
    before = role_network(pm)

    edit(pm)
    after = role_network(pm)

    assert after == _made_from_scratch(pm, monkeypatch)
    assert after != before


def test_edits_that_leave_the_network_alone_keep_the_same_network() -> None:
    pm = generate_map(300, seed=3, roles=30)
    before = role_network(pm)
    step = next(iter(pm.steps.values()))

    pm.replace(changed(step, x=step.x + 20, name="Andere naam", process_minutes=99.0))
    role = next(iter(pm.roles.values()))
    pm.replace(changed(role, colour="#237841"))
    # Tab: a new step in the same role, handed to by the selected one.
    pm.add(Step("Nieuwe stap", role_id=step.role_id, id="new-step"))
    pm.add(Flow(step.id, "new-step", id="new-flow"))

    assert role_network(pm) is before
    assert analyse(pm).hidden_connections is before.hidden_connections


def test_another_map_with_the_same_ids_gets_its_own_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = generate_map(300, seed=3, roles=30)
    role_network(first)
    other = generate_map(300, seed=4, roles=30)  # the same ids, other roles per step

    assert role_network(other) == _made_from_scratch(other, monkeypatch)


def test_a_new_flow_makes_again_only_the_hidden_connection_it_joins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pm = generate_map(300, seed=3, roles=30)
    before = {(h.role_a_id, h.role_b_id): h for h in role_network(pm).hidden_connections}
    flow = _first_crossing_flow(pm)
    pair = tuple(sorted((pm.steps[flow.source_id].role_id, pm.steps[flow.target_id].role_id)))
    pm.add(Flow(flow.target_id, flow.source_id, id="back"))  # one more flow between them

    after = role_network(pm)

    assert after == _made_from_scratch(pm, monkeypatch)
    for hidden in after.hidden_connections:
        key = (hidden.role_a_id, hidden.role_b_id)
        assert (hidden is before[key]) == (key != pair)
