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
    bands = LaneBands(geometry)
    bands.measure(pm, positions)
    return bands.lanes(pm)


@dataclass(slots=True)
class _Span:
    """How far some bricks reach along one axis (a role's band: top to bottom; the
    map: leftmost to rightmost corner), with how many bricks stand on each end, so
    a brick that leaves tells whether an end may have moved."""

    low: float
    high: float
    on_low: int = 1
    on_high: int = 1
    bricks: int = 1

    def include(self, low: float, high: float) -> None:
        """One more brick, reaching from ``low`` to ``high``."""
        self.bricks += 1
        if low < self.low:
            self.low, self.on_low = low, 1
        elif low == self.low:
            self.on_low += 1
        if high > self.high:
            self.high, self.on_high = high, 1
        elif high == self.high:
            self.on_high += 1

    def exclude(self, low: float, high: float) -> bool:
        """One brick that reached from ``low`` to ``high`` is gone. False when it was
        the last on an end: where that end is now, only every brick can tell."""
        self.bricks -= 1
        if low == self.low:
            self.on_low -= 1
        if high == self.high:
            self.on_high -= 1
        return self.on_low > 0 and self.on_high > 0


class LaneBands:
    """Where each role's bricks stand (the height of its band) and how wide the
    map is: what the lanes are made of. Kept up to date one brick at a time
    (``add``, ``remove``), so the lanes after a new step or a nudge are found
    without a pass over every step (1-6 ms at 5,000 steps); only the last brick
    on an end of its band or of the map leaving it makes the next ``lanes``
    measure every step again."""

    def __init__(self, geometry: LaneGeometry | None = None) -> None:
        self.geometry = geometry or LaneGeometry()
        self._bands: dict[str | None, _Span] = {}  # role → its bricks' tops and bottoms
        self._width: _Span | None = None  # the bricks' left corners; None: no bricks
        self._with_role = 0
        self._stale = True  # measured from every step at the next ``lanes``

    def measure(self, pm: ProcessMap, positions: Positions | None = None) -> None:
        """Every brick again: at ``positions`` (default: the steps' own)."""
        steps = pm.steps
        at = positions if positions is not None else {s.id: (s.x, s.y) for s in steps.values()}
        height = self.geometry.brick_height
        bands: dict[str | None, _Span] = {}
        for sid, (_, y) in at.items():
            key = steps[sid].role_id
            band = bands.get(key)
            if band is None:
                bands[key] = _Span(y, y + height)
            else:
                band.include(y, y + height)
        xs = [x for x, _ in at.values()]
        self._width = None
        if xs:
            left, right = min(xs), max(xs)
            self._width = _Span(left, right, xs.count(left), xs.count(right), len(xs))
        self._bands = bands
        self._with_role = sum(band.bricks for key, band in bands.items() if key is not None)
        self._stale = False

    def add(self, role_id: str | None, x: float, y: float) -> None:
        """A brick of ``role_id`` now stands at ``x``, ``y``."""
        if self._stale:
            return
        bottom = y + self.geometry.brick_height
        band = self._bands.get(role_id)
        if band is None:
            self._bands[role_id] = _Span(y, bottom)
        else:
            band.include(y, bottom)
        if self._width is None:
            self._width = _Span(x, x)
        else:
            self._width.include(x, x)
        self._with_role += role_id is not None

    def remove(self, role_id: str | None, x: float, y: float) -> None:
        """The brick of ``role_id`` at ``x``, ``y`` (as it was added) is gone."""
        band = self._bands.get(role_id)
        if self._stale or band is None or self._width is None:
            self._stale = True
            return
        self._with_role -= role_id is not None
        if not band.exclude(y, y + self.geometry.brick_height) and band.bricks:
            self._stale = True
        if not band.bricks:
            del self._bands[role_id]
        if not self._width.exclude(x, x) and self._width.bricks:
            self._stale = True
        if not self._width.bricks:
            self._width = None

    def lanes(self, pm: ProcessMap) -> list[Lane]:
        """The lanes of ``pm``, whose bricks stand where this was told they do;
        none when the map is not in lanes (see ``swimlanes``)."""
        if self._stale:
            self.measure(pm)
        g = self.geometry
        if self._width is None or not self._with_role:
            return []
        ordered = [(key, self._bands[key]) for key in _lane_order(pm) if key in self._bands]
        for (_, above), (_, below) in zip(ordered, ordered[1:], strict=False):
            if below.low < above.high + g.row_gap / 2:
                return []  # two roles share height: not lanes
        left = self._width.low - g.lane_padding - g.label_width
        right = self._width.high + g.brick_width + g.lane_padding
        lanes = []
        for index, (key, band) in enumerate(ordered):
            top = band.low - g.lane_padding
            bottom = band.high + g.lane_padding
            if index > 0:
                top = (ordered[index - 1][1].high + band.low) / 2
            if index + 1 < len(ordered):
                bottom = (band.high + ordered[index + 1][1].low) / 2
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
