""" "Netjes leggen": the map laid out left to right in role swimlanes.

One horizontal lane per role, in the order of the roles (the Rollen dock), and
a last lane for steps without a role. Columns follow the handoffs: a step
stands right of every step that hands work to it (rework flows go back and do
not count; a cycle of handoffs is cut where a depth-first walk meets it).
Within a lane, steps sharing a column are ordered by the average height of
their neighbours (the barycentre heuristic, swept both ways), which keeps
crossings few. Every position lies on the stud grid.

Lanes are not stored: ``swimlanes`` reads them back from where the bricks
are, so a map is "in lanes" exactly when each role's bricks form their own
band, in role order. Plain Python, no Qt: the canvas, the PNG/SVG export and
the PDF all draw the same lanes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from procesbouw.model import FlowKind, ProcessMap

Positions = dict[str, tuple[float, float]]


@dataclass(frozen=True)
class LaneGeometry:
    """Sizes in canvas units (pixels at 100 % zoom); the defaults are the canvas's."""

    brick_width: float = 160.0
    brick_height: float = 80.0
    grid: float = 20.0
    column_gap: float = 60.0  # between two columns of bricks
    row_gap: float = 40.0  # between two bricks stacked in one lane
    lane_padding: float = 30.0  # between a lane's edge and its bricks (above and below)
    label_width: float = 160.0  # the lane's name, left of the first column

    @property
    def column_pitch(self) -> float:
        return self.brick_width + self.column_gap

    @property
    def row_pitch(self) -> float:
        return self.brick_height + self.row_gap


@dataclass(frozen=True)
class Lane:
    """One role's band across the map. ``role_id`` None: the steps without a role."""

    role_id: str | None
    left: float
    top: float
    right: float
    bottom: float
    label_right: float  # the name is drawn between ``left`` and here

    @property
    def height(self) -> float:
        return self.bottom - self.top


def lay_out(pm: ProcessMap, geometry: LaneGeometry | None = None) -> Positions:
    """New top-left corners for every step: swimlanes by role, columns by handoffs.

    The result is anchored at the current top-left brick, so laying out a laid
    out map changes nothing."""
    g = geometry or LaneGeometry()
    if not pm.steps:
        return {}
    column = _columns(pm)
    lane_keys = _lane_order(pm)
    lane_of = {sid: lane_keys.index(step.role_id) for sid, step in pm.steps.items()}
    slots = _order_cells(pm, column, lane_of)
    rows_in_lane = [1] * len(lane_keys)
    for sid, slot in slots.items():
        rows_in_lane[lane_of[sid]] = max(rows_in_lane[lane_of[sid]], slot + 1)
    left = _snap(min(s.x for s in pm.steps.values()), g.grid)
    top = _snap(min(s.y for s in pm.steps.values()), g.grid)
    lane_top: list[float] = []
    y = top
    for index, rows in enumerate(rows_in_lane):
        lane_top.append(y)
        used = any(lane == index for lane in lane_of.values())
        if used:
            y += rows * g.row_pitch - g.row_gap + 2 * g.lane_padding
    return {
        sid: (
            left + column[sid] * _snap(g.column_pitch, g.grid),
            lane_top[lane_of[sid]] + slots[sid] * _snap(g.row_pitch, g.grid),
        )
        for sid in pm.steps
    }


def swimlanes(
    pm: ProcessMap, positions: Positions | None = None, geometry: LaneGeometry | None = None
) -> list[Lane]:
    """The lanes the bricks stand in, or none when the map is not in lanes.

    A map is in lanes when at least one step has a role and each role's bricks
    (``positions``, default: the steps' own) fill a band of their own, the
    bands in role order, steps without a role last."""
    g = geometry or LaneGeometry()
    at = positions if positions is not None else {s.id: (s.x, s.y) for s in pm.steps.values()}
    if not at or all(pm.steps[sid].role_id is None for sid in at):
        return []
    bands: dict[str | None, tuple[float, float]] = {}
    for sid, (_, y) in at.items():
        key = pm.steps[sid].role_id
        low, high = bands.get(key, (y, y + g.brick_height))
        bands[key] = (min(low, y), max(high, y + g.brick_height))
    ordered = [(key, bands[key]) for key in _lane_order(pm) if key in bands]
    for (_, (_, above)), (_, (below, _)) in zip(ordered, ordered[1:], strict=False):
        if below < above + g.row_gap / 2:
            return []  # two roles share height: not lanes
    xs = [x for x, _ in at.values()]
    left = min(xs) - g.lane_padding - g.label_width
    right = max(xs) + g.brick_width + g.lane_padding
    lanes = []
    for index, (key, (low, high)) in enumerate(ordered):
        top = low - g.lane_padding
        bottom = high + g.lane_padding
        if index > 0:
            top = (ordered[index - 1][1][1] + low) / 2
        if index + 1 < len(ordered):
            bottom = (high + ordered[index + 1][1][0]) / 2
        lanes.append(Lane(key, left, top, right, bottom, left + g.label_width))
    return lanes


# -- columns: longest chain of handoffs before a step ----------------------------------


def _columns(pm: ProcessMap) -> dict[str, int]:
    successors: dict[str, list[str]] = {sid: [] for sid in pm.steps}
    for flow in pm.flows.values():
        if flow.kind is FlowKind.HANDOFF:
            successors[flow.source_id].append(flow.target_id)
    forward = _without_back_edges(list(pm.steps), successors)
    predecessors: dict[str, list[str]] = {sid: [] for sid in pm.steps}
    for source, targets in forward.items():
        for target in targets:
            predecessors[target].append(source)
    column: dict[str, int] = {}
    for sid in _topological(list(pm.steps), forward, predecessors):
        column[sid] = 1 + max((column[p] for p in predecessors[sid]), default=-1)
    # A step nobody hands to stands just before the first step it feeds, not in
    # column 0 with a long arrow across the map.
    for sid in pm.steps:
        if not predecessors[sid] and forward[sid]:
            column[sid] = max(min(column[t] for t in forward[sid]) - 1, 0)
    return column


def _without_back_edges(order: list[str], successors: dict[str, list[str]]) -> dict[str, list[str]]:
    """The handoff graph with the edges that close a cycle left out (iterative DFS)."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    forward: dict[str, list[str]] = {sid: [] for sid in order}
    for root in order:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(successors[root]))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                continue
            if state.get(child) == 1:
                continue  # back edge: part of a cycle
            forward[node].append(child)
            if child not in state:
                state[child] = 1
                stack.append((child, iter(successors[child])))
    return forward


def _topological(
    order: list[str], forward: dict[str, list[str]], predecessors: dict[str, list[str]]
) -> list[str]:
    waiting = {sid: len(predecessors[sid]) for sid in order}
    ready = [sid for sid in order if waiting[sid] == 0]
    result: list[str] = []
    while ready:
        sid = ready.pop()
        result.append(sid)
        for target in forward[sid]:
            waiting[target] -= 1
            if waiting[target] == 0:
                ready.append(target)
    return result


# -- rows: the order within a lane's column ---------------------------------------------


def _lane_order(pm: ProcessMap) -> list[str | None]:
    return [*pm.roles, None]


def _order_cells(pm: ProcessMap, column: dict[str, int], lane_of: dict[str, int]) -> dict[str, int]:
    """The slot (row within its lane) of every step: barycentre sweeps over the
    columns, first left to right by predecessors, then back by successors."""
    cells: dict[tuple[int, int], list[str]] = defaultdict(list)
    for sid in pm.steps:  # map order: the order the facilitator made them in
        cells[(column[sid], lane_of[sid])].append(sid)
    slot = {sid: index for members in cells.values() for index, sid in enumerate(members)}
    neighbours_before: dict[str, list[str]] = defaultdict(list)
    neighbours_after: dict[str, list[str]] = defaultdict(list)
    for flow in pm.flows.values():
        if flow.kind is FlowKind.HANDOFF:
            neighbours_after[flow.source_id].append(flow.target_id)
            neighbours_before[flow.target_id].append(flow.source_id)
    lane_rows = 1 + max(len(m) for m in cells.values())

    def height(sid: str) -> float:
        return lane_of[sid] * lane_rows + slot[sid]

    by_column: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for key in cells:
        by_column[key[0]].append(key)
    columns = sorted(by_column)
    for sweep in range(4):
        neighbours = neighbours_before if sweep % 2 == 0 else neighbours_after
        for col in columns if sweep % 2 == 0 else reversed(columns):
            for key in by_column[col]:
                members = cells[key]
                if len(members) < 2:
                    continue

                def barycentre(sid: str, neighbours: dict[str, list[str]] = neighbours) -> float:
                    near = neighbours.get(sid)
                    if not near:
                        return float(slot[sid]) + lane_of[sid] * lane_rows
                    return sum(height(n) for n in near) / len(near)

                members.sort(key=barycentre)
                for index, sid in enumerate(members):
                    slot[sid] = index
    return slot


def _snap(value: float, grid: float) -> float:
    return round(value / grid) * grid
