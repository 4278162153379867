"""Where each brick goes on paper, and how a large map is cut into readable tiles.

Positions are the canvas positions the facilitator made (pixels, y down, the
brick's top-left corner). A map whose bricks pile up on each other (imported
from a spreadsheet, never arranged) is laid out in columns by handoff order
instead, so the report is readable either way.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from string import ascii_uppercase

from procesbouw.model import FlowKind, ProcessMap

BRICK_WIDTH = 150.0
BRICK_HEIGHT = 66.0
STUD_HEIGHT = 7.0
PADDING = 30.0  # around the bricks: studs, heat markers, rework curves
MIN_READABLE_SCALE = 0.6  # below this the brick text is too small to read on paper
TILE_SCALE = 0.65  # the scale a tile is drawn at: readable, and as few pages as that allows
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


def map_bounds(positions: dict[str, tuple[float, float]]) -> Rect:
    """The area the bricks cover, with room for what is drawn around them."""
    if not positions:
        return Rect(0, 0, BRICK_WIDTH, BRICK_HEIGHT).grown(PADDING)
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    left, top = min(xs), min(ys)
    box = Rect(left, top, max(xs) + BRICK_WIDTH - left, max(ys) + BRICK_HEIGHT - top)
    return box.grown(PADDING)


def fit_scale(view: Rect, width: float, height: float) -> float:
    """The scale that fits ``view`` into ``width`` × ``height`` points, at most 1."""
    return min(width / view.width, height / view.height, 1.0)


def tiles(bounds: Rect, width: float, height: float) -> list[Tile]:
    """The map cut into tiles drawn at ``TILE_SCALE``; one tile when it fits readably."""
    if fit_scale(bounds, width, height) >= MIN_READABLE_SCALE:
        return [Tile("", bounds)]
    columns = math.ceil(bounds.width * TILE_SCALE / width)
    rows = math.ceil(bounds.height * TILE_SCALE / height)
    tile_width, tile_height = bounds.width / columns, bounds.height / rows
    result = []
    for row in range(rows):
        for column in range(columns):
            view = Rect(
                bounds.x + column * tile_width,
                bounds.y + row * tile_height,
                tile_width,
                tile_height,
            )
            result.append(Tile(f"{_column_name(column)}{row + 1}", view))
    return result


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
