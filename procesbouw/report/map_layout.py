"""Where each brick goes on paper, and how a large map is cut into readable tiles.

Positions are the canvas positions the facilitator made (pixels, y down, the
brick's top-left corner). A map whose bricks pile up on each other (imported
from a spreadsheet, never arranged) is laid out in columns by handoff order
instead, so the report is readable either way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from string import ascii_uppercase

from procesbouw.layout import Lane
from procesbouw.map_geometry import rework_curve
from procesbouw.model import FlowKind, ProcessMap

BRICK_WIDTH = 160.0  # as on the canvas
BRICK_HEIGHT = 80.0
STUD_HEIGHT = 7.0
PADDING = 30.0  # around the bricks: studs, heat markers, rework curves
# Below this scale a brick (160 × 80 map units) cannot hold its name at 7 pt
# (map_drawing.MIN_NAME_SIZE) in up to three lines, so the map is cut into tiles
# drawn at least this large. Above it the whole map fits one landscape page.
MIN_READABLE_SCALE = 0.32
_COLUMN_GAP = 70.0
_ROW_GAP = 40.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def intersects(self, other: Rect) -> bool:
        return not (
            other.x >= self.right
            or other.right <= self.x
            or other.y >= self.bottom
            or other.bottom <= self.y
        )

    def grown(self, by: float) -> Rect:
        return Rect(self.x - by, self.y - by, self.width + 2 * by, self.height + 2 * by)


@dataclass(frozen=True)
class Tile:
    name: str  # "A1": column letter, row number, as on a street map
    view: Rect


def brick_positions(pm: ProcessMap) -> dict[str, tuple[float, float]]:
    """Top-left corner of every brick, in map units."""
    placed = {sid: (step.x, step.y) for sid, step in pm.steps.items()}
    if _overlap_share(placed) > 0.1:
        return _layered_positions(pm)
    return placed


def map_bounds(
    positions: dict[str, tuple[float, float]],
    lanes: Sequence[Lane] = (),
    pm: ProcessMap | None = None,
) -> Rect:
    """The area the bricks (and their swimlanes) cover, with room for what is drawn
    around them, including the rework curves of ``pm`` that bulge below the bricks."""
    if not positions:
        return Rect(0, 0, BRICK_WIDTH, BRICK_HEIGHT).grown(PADDING)
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    bottom = max(ys) + BRICK_HEIGHT
    for flow in pm.flows.values() if pm is not None else ():
        if flow.kind is FlowKind.REWORK:
            curve = rework_curve(
                positions[flow.source_id], positions[flow.target_id], BRICK_WIDTH, BRICK_HEIGHT
            )
            # A cubic curve reaches 3/4 of the way to control points at the same depth.
            deepest = 0.25 * max(curve[0][1], curve[3][1]) + 0.75 * curve[1][1]
            bottom = max(bottom, deepest + 10)  # and the share label's lower half
    left, top = min(xs), min(ys)
    box = Rect(left, top, max(xs) + BRICK_WIDTH - left, bottom - top).grown(PADDING)
    if lanes:
        lane_left = min(lane.left for lane in lanes)
        lane_top = min(lane.top for lane in lanes)
        right = max(box.right, max(lane.right for lane in lanes))
        bottom = max(box.bottom, max(lane.bottom for lane in lanes))
        box = Rect(min(box.x, lane_left), min(box.y, lane_top), 0, 0)
        box = Rect(box.x, box.y, right - box.x, bottom - box.y)
    return box


def fit_scale(view: Rect, width: float, height: float) -> float:
    """The scale that fits ``view`` into ``width`` × ``height`` points, at most 1."""
    return min(width / view.width, height / view.height, 1.0)


def tiles(
    bounds: Rect, positions: dict[str, tuple[float, float]], width: float, height: float
) -> list[Tile]:
    """The map cut into tiles readable at ``MIN_READABLE_SCALE``; one when the whole fits.

    Cuts fall in the empty space between bricks where possible, so a brick is
    whole on its tile, and tiles without bricks are left out."""
    if fit_scale(bounds, width, height) >= MIN_READABLE_SCALE:
        return [Tile("", bounds)]
    # Bricks with what is drawn on and just around them (studs, heat bar and its label).
    xs = [(x, x + BRICK_WIDTH) for x, _ in positions.values()]
    ys = [(y - STUD_HEIGHT, y + BRICK_HEIGHT + 24) for _, y in positions.values()]
    columns = _spans(xs, bounds.x, bounds.right, width / MIN_READABLE_SCALE)
    rows = _spans(ys, bounds.y, bounds.bottom, height / MIN_READABLE_SCALE)
    result = []
    for row, (top, bottom) in enumerate(rows):
        for column, (left, right) in enumerate(columns):
            view = Rect(left, top, right - left, bottom - top)
            if any(left <= x < right and top <= y < bottom for x, y in positions.values()):
                result.append(Tile(f"{_column_name(column)}{row + 1}", view))
    return result


def _spans(
    intervals: list[tuple[float, float]], start: float, end: float, longest: float
) -> list[tuple[float, float]]:
    """``start``..``end`` cut into pieces of at most ``longest``, cutting in the
    middle of gaps between ``intervals`` when there is a gap within reach."""
    gaps = []
    reach = start
    for low, high in sorted(intervals):
        if low > reach:
            gaps.append((reach + low) / 2)
        reach = max(reach, high)
    spans = []
    while end - start > longest:
        within = [gap for gap in gaps if start < gap <= start + longest]
        cut = within[-1] if within else start + longest
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = ascii_uppercase[remainder] + name
    return name


def _overlap_share(positions: dict[str, tuple[float, float]]) -> float:
    """The share of bricks that overlap another brick (grid-bucketed, near-linear)."""
    if len(positions) < 2:
        return 0.0
    buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
    for sid, (x, y) in positions.items():
        buckets[(int(x // BRICK_WIDTH), int(y // BRICK_HEIGHT))].append(sid)
    overlapping: set[str] = set()
    for sid, (x, y) in positions.items():
        mine = Rect(x, y, BRICK_WIDTH * 0.9, BRICK_HEIGHT * 0.9)
        column, row = int(x // BRICK_WIDTH), int(y // BRICK_HEIGHT)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in buckets.get((column + dx, row + dy), ()):
                    ox, oy = positions[other]
                    if other != sid and mine.intersects(Rect(ox, oy, BRICK_WIDTH, BRICK_HEIGHT)):
                        overlapping.add(sid)
    return len(overlapping) / len(positions)


def _layered_positions(pm: ProcessMap) -> dict[str, tuple[float, float]]:
    """Columns by handoff depth (longest chain of handoffs before a step), rows in map order."""
    incoming: dict[str, list[str]] = {sid: [] for sid in pm.steps}
    for flow in pm.flows.values():
        if flow.kind is FlowKind.HANDOFF:
            incoming[flow.target_id].append(flow.source_id)
    depth: dict[str, int] = {}
    for sid in pm.steps:
        _depth(sid, incoming, depth)
    rows: dict[int, int] = defaultdict(int)
    positions = {}
    for sid in pm.steps:
        column = depth[sid]
        positions[sid] = (
            column * (BRICK_WIDTH + _COLUMN_GAP),
            rows[column] * (BRICK_HEIGHT + _ROW_GAP),
        )
        rows[column] += 1
    return positions


def _depth(start: str, incoming: dict[str, list[str]], depth: dict[str, int]) -> int:
    """Longest handoff chain before ``start``; iterative, and cycles count once."""
    stack = [start]
    visiting = set()
    while stack:
        sid = stack[-1]
        if sid in depth:
            stack.pop()
            continue
        visiting.add(sid)
        pending = [p for p in incoming[sid] if p not in depth and p not in visiting]
        if pending:
            stack.extend(pending)
            continue
        depth[sid] = 1 + max((depth.get(p, -1) for p in incoming[sid]), default=-1)
        visiting.discard(sid)
        stack.pop()
    return depth[start]
