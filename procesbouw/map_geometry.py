"""Geometry the canvas and the PDF share, so the map looks the same in both."""

from __future__ import annotations

Point = tuple[float, float]


def rework_curve(
    source: Point, target: Point, brick_width: float, brick_height: float
) -> tuple[Point, Point, Point, Point]:
    """The cubic curve of a rework flow between bricks whose top-left corners
    are ``source`` and ``target`` (y down): from the bottom of the source back
    to the bottom of the target, bulging down, below the bricks. Returns start,
    the two control points and the end; the curve stays above the control points' y."""
    start = (source[0] + brick_width * 0.4, source[1] + brick_height)
    end = (target[0] + brick_width * 0.6, target[1] + brick_height)
    depth = 50 + min(abs(start[0] - end[0]) * 0.15, 80)
    low = max(start[1], end[1]) + depth
    return start, (start[0], low), (end[0], low), end
