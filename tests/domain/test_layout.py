""" "Netjes leggen": swimlanes by role, columns by handoffs, few crossings, stud grid."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.generate import generate_map
from procesbouw.layout import LaneBands, LaneGeometry, lay_out, swimlanes
from procesbouw.model import FlowKind, ProcessMap, Step
from tests.domain.analysis_builder import MapBuilder

G = LaneGeometry()


def _placed(pm: ProcessMap, positions: dict[str, tuple[float, float]]) -> ProcessMap:
    result = pm.copy()
    for sid, (x, y) in positions.items():
        result.steps[sid] = replace(result.steps[sid], x=x, y=y)
    return result


def _crossings(pm: ProcessMap, at: dict[str, tuple[float, float]]) -> int:
    """Handoff arrows (exit centre → entry centre) that cross each other."""

    def segment(flow_id: str) -> tuple[tuple[float, float], tuple[float, float]]:
        flow = pm.flows[flow_id]
        (sx, sy), (tx, ty) = at[flow.source_id], at[flow.target_id]
        return (sx + G.brick_width, sy + G.brick_height / 2), (tx, ty + G.brick_height / 2)

    def side(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    handoffs = [f.id for f in pm.flows.values() if f.kind is FlowKind.HANDOFF]
    count = 0
    for one, other in combinations(handoffs, 2):
        (p1, p2), (q1, q2) = segment(one), segment(other)
        if {p1, p2} & {q1, q2}:
            continue  # arrows sharing a brick meet there, they do not cross
        if side(p1, p2, q1) * side(p1, p2, q2) < 0 and side(q1, q2, p1) * side(q1, q2, p2) < 0:
            count += 1
    return count


def _two_roles_map() -> MapBuilder:
    b = MapBuilder()
    b.role("Klant")
    b.role("Planner")
    for name, role in (("a", "Klant"), ("b", "Planner"), ("c", "Planner"), ("d", "Klant")):
        b.step(name, role=role)
    b.chain("a", "b", "c", "d")
    return b


def test_lanes_follow_roles_in_dock_order_and_columns_follow_handoffs() -> None:
    b = _two_roles_map()
    at = lay_out(b.pm)
    assert [at[s][0] for s in "abcd"] == [0, 220, 440, 660]  # one column per handoff
    assert at["a"][1] == at["d"][1] < at["b"][1] == at["c"][1]  # Klant's lane above Planner's
    lanes = swimlanes(b.pm, at)
    assert [lane.role_id for lane in lanes] == ["Klant", "Planner"]
    assert lanes[0].bottom <= lanes[1].top
    for sid, (x, y) in at.items():
        lane = next(lane for lane in lanes if lane.role_id == b.pm.steps[sid].role_id)
        assert lane.top < y and y + G.brick_height < lane.bottom
        assert lane.label_right <= x  # the lane's name never sits under a brick


def test_positions_are_on_the_stud_grid_and_never_overlap() -> None:
    pm = generate_map(300)
    at = lay_out(pm)
    assert all(x % G.grid == 0 and y % G.grid == 0 for x, y in at.values())
    assert len(set(at.values())) == len(at)  # bricks on one grid of cells: distinct = apart
    xs = sorted({x for x, _ in at.values()})
    assert all(b - a >= G.brick_width for a, b in zip(xs, xs[1:], strict=False))


def test_rework_does_not_count_for_the_order_and_handoff_cycles_do_not_hang() -> None:
    b = _two_roles_map()
    b.rework("d", "a", 0.2)
    b.handoff("c", "b")  # a handoff cycle b → c → b: a structure warning, still laid out
    at = lay_out(b.pm)
    assert at["a"][0] < at["b"][0] < at["c"][0] < at["d"][0]


def test_a_laid_out_map_stays_where_it_is() -> None:
    pm = generate_map(120)
    once = _placed(pm, lay_out(pm))
    assert lay_out(once) == {sid: (s.x, s.y) for sid, s in once.steps.items()}


def test_parallel_branches_do_not_cross() -> None:
    """Two chains made interleaved (the order a team names them) come out side by side."""
    b = MapBuilder()
    b.role("Team")
    for name in ("start", "a1", "b1", "a2", "b2", "a3", "b3", "end"):
        b.step(name, role="Team")
    b.chain("start", "b1", "a2", "b3", "end")
    b.chain("start", "a1", "b2", "a3", "end")
    at = lay_out(b.pm)
    assert _crossings(b.pm, at) == 0


def test_crossings_are_fewer_than_in_map_order() -> None:
    pm = generate_map(200)
    naive = {
        sid: (x, y)
        for sid, (x, y) in lay_out(pm).items()  # same columns and lanes…
    }
    # …but within each cell the order the steps were made in.
    cells: dict[tuple[float, float], list[str]] = {}
    for sid in pm.steps:
        x, _ = naive[sid]
        lane = next(lane for lane in swimlanes(pm, naive) if lane.role_id == pm.steps[sid].role_id)
        cells.setdefault((x, lane.top), []).append(sid)
    made_order = {}
    for (x, _), members in cells.items():
        first = min(naive[m][1] for m in members)
        for index, sid in enumerate(members):
            made_order[sid] = (x, first + index * G.row_pitch)
    # Most crossings of a random map run between lanes, which the order of roles fixes.
    assert _crossings(pm, naive) < _crossings(pm, made_order)


def test_no_lanes_when_roles_share_height_or_no_step_has_a_role() -> None:
    b = _two_roles_map()
    side_by_side = {s: (i * 220.0, 0.0) for i, s in enumerate("abcd")}
    assert swimlanes(b.pm, side_by_side) == []
    plain = MapBuilder()
    plain.step("x")
    assert swimlanes(plain.pm) == []
    assert lay_out(ProcessMap()) == {}


def test_steps_without_a_role_get_the_last_lane() -> None:
    b = _two_roles_map()
    b.step("loose")
    b.handoff("d", "loose")
    at = lay_out(b.pm)
    lanes = swimlanes(b.pm, at)
    assert [lane.role_id for lane in lanes] == ["Klant", "Planner", None]


def test_the_pdf_map_draws_the_lanes_with_their_names() -> None:
    """The MT sees the same lanes as the room: each role named once at its lane."""
    from tests.domain.test_report import pdf_pages

    b = _two_roles_map()
    b.role("Wijkverpleegkundige")
    b.step("e", role="Wijkverpleegkundige")
    b.handoff("d", "e")
    laid_out = _placed(b.pm, lay_out(b.pm))

    def map_lines(pm: ProcessMap) -> list[str]:
        pages = [p for p in pdf_pages(pm) if "proceskaart" in p.lower() and "Klant" in p]
        return [line.strip() for line in pages[0].splitlines()]

    in_lanes = map_lines(laid_out)
    side_by_side = map_lines(_placed(b.pm, {s: (i * 220.0, 0.0) for i, s in enumerate("abcde")}))
    # Besides the legend and the role line on each brick: the lane's name, unbroken.
    for role in ("Klant", "Planner", "Wijkverpleegkundige"):
        assert in_lanes.count(role) == side_by_side.count(role) + 1, role


def test_roles_arriving_without_a_colour_get_distinct_lego_colours() -> None:
    """A JSON map whose roles carry no colour: not the same blue for all."""
    from procesbouw.palette import LEGO_COLOURS
    from procesbouw.serialize import map_from_dict

    roles = [{"name": name, "id": name} for name in ("Klant", "Planner", "Zorg")]
    roles.append({"name": "Eigen", "id": "Eigen", "colour": "#C91A09"})
    pm = map_from_dict({"details": {"name": "Kaart"}, "roles": roles})
    colours = [role.colour for role in pm.roles.values()]
    assert len(set(colours)) == 4 and all(c in LEGO_COLOURS for c in colours)
    assert pm.roles["Eigen"].colour == "#C91A09"  # a colour given is kept


# -- lanes kept up to date brick by brick -------------------------------------------

_ROLES = ("r0", "r1", "r2", None)


def _grid_spot(role: str | None) -> st.SearchStrategy[tuple[float, float]]:
    """Mostly inside the role's own band (so the map is often in lanes), on
    spots that other bricks share: bands' edges are met again and again."""
    band = _ROLES.index(role) * 200.0
    near = st.tuples(
        st.sampled_from((0.0, 220.0, 440.0)), st.sampled_from((band, band + 20.0, band + 40.0))
    )
    anywhere = st.tuples(st.sampled_from((0.0, 660.0)), st.sampled_from((0.0, 300.0, 640.0)))
    return st.one_of(near, near, near, anywhere)


@st.composite
def _edits(draw: st.DrawFn) -> list[tuple[str, int, str | None, tuple[float, float]]]:
    """(kind, which brick, its role, its spot): add, move, a new role, remove."""
    edits = []
    for _ in range(draw(st.integers(min_value=1, max_value=25))):
        kind = draw(st.sampled_from(("add", "add", "move", "role", "remove")))
        role = draw(st.sampled_from(_ROLES))
        edits.append((kind, draw(st.integers(0, 30)), role, draw(_grid_spot(role))))
    return edits


@settings(max_examples=300, deadline=None)
@given(_edits())
def test_lanes_kept_brick_by_brick_are_the_lanes_measured_from_every_step(
    edits: list[tuple[str, int, str | None, tuple[float, float]]],
) -> None:
    b = MapBuilder()
    for name in ("r0", "r1", "r2"):
        b.role(name)  # its id is its name
    pm = b.pm
    bands = LaneBands()
    bands.measure(pm)
    for number, (kind, which, role_id, (x, y)) in enumerate(edits):
        ids = list(pm.steps)
        if kind == "add" or not ids:
            step = Step(f"s{number}", role_id=role_id, x=x, y=y)
            pm.steps[step.id] = step
            bands.add(step.role_id, step.x, step.y)
        else:
            old = pm.steps[ids[which % len(ids)]]
            if kind == "remove":
                del pm.steps[old.id]
            else:  # as the canvas does: the new place joins before the old one leaves
                new = replace(old, x=x, y=y) if kind == "move" else replace(old, role_id=role_id)
                pm.steps[new.id] = new
                bands.add(new.role_id, new.x, new.y)
            bands.remove(old.role_id, old.x, old.y)
        assert bands.lanes(pm) == swimlanes(pm)


def test_a_new_step_inside_its_lane_is_counted_without_a_pass_over_every_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lanes after a new step in its own lane (a Tab) come from what was kept,
    not from measuring every step again (5 ms at 5,000 steps)."""
    b = _two_roles_map()
    pm = _placed(b.pm, lay_out(b.pm))
    bands = LaneBands()
    bands.measure(pm)
    before = swimlanes(pm)
    x = max(step.x for step in pm.steps.values()) + 220  # right of the map, in Planner's lane
    y = pm.steps["c"].y
    pm.steps["e"] = Step("e", role_id="Planner", x=x, y=y, id="e")
    bands.add("Planner", x, y)
    expected = swimlanes(pm)

    def every_step(*_: object) -> None:
        raise AssertionError("measured every step again")

    monkeypatch.setattr(LaneBands, "measure", every_step)
    assert bands.lanes(pm) == expected
    assert [lane.right for lane in expected] == [lane.right + 220 for lane in before]
