"""Longest paths and rework multipliers over a ``HandoffGraph``.

Node costs are wait + process minutes. The lead time is the longest
start → end path. Ties go to the predecessor earliest in the (deterministic)
topological order and to the end first in map order, so the same map always
gives the same critical path.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from procesbouw.analysis.graph import HandoffGraph
from procesbouw.model import Flow, FlowKind, ProcessMap


@dataclass(frozen=True)
class LongestPaths:
    """``into[p]``: longest path ending with step p (its cost included);
    ``out_of[p]``: longest path starting with step p (its cost included)."""

    length: float
    path: tuple[int, ...]  # positions, start → end
    into: list[float]
    out_of: list[float]


def lead_time(graph: HandoffGraph, cost: Sequence[float]) -> float:
    """Only the length of the longest path (what-if and first-pass need no more)."""
    into = _into(graph, cost)[0]
    return max((into[end] for end in graph.ends), default=0.0)


def longest_paths(graph: HandoffGraph, cost: Sequence[float]) -> LongestPaths:
    """The longest path, and for every step the longest paths into and out of it."""
    into, best_pred = _into(graph, cost)
    length = 0.0
    last = -1
    for end in graph.ends:
        if last < 0 or into[end] > length:
            length, last = into[end], end
    path: list[int] = []
    while last >= 0:
        path.append(last)
        last = best_pred[last]
    path.reverse()

    out_of = [0.0] * len(cost)
    for p in range(len(cost) - 1, -1, -1):
        out_of[p] = cost[p] + max((out_of[s] for s in graph.succs[p]), default=0.0)
    return LongestPaths(length, tuple(path), into, out_of)


def _into(graph: HandoffGraph, cost: Sequence[float]) -> tuple[list[float], list[int]]:
    into = [0.0] * len(cost)
    best_pred = [-1] * len(cost)
    for p, preds in enumerate(graph.preds):
        best = -1
        longest = 0.0
        for q in preds:
            if best < 0 or into[q] > longest:
                best, longest = q, into[q]
        into[p] = cost[p] + longest
        best_pred[p] = best
    return into, best_pred


# A step done a million times per case is beyond any real process; dozens of nested
# loops that (almost) always go back would otherwise overflow to infinity.
MAX_MULTIPLIER = 1e6


def rework_multipliers(pm: ProcessMap, graph: HandoffGraph) -> tuple[list[float], list[Flow]]:
    """Per position, the expected number of times the step is done because of
    rework; and the rework flows that go to a step which is not upstream.

    A rework flow B → A with share p repeats its loop, every step on a handoff
    path from A to B, 1 / (1 − p) times on average; overlapping loops multiply.
    A rework flow without a handoff path A → … → B repeats nothing we can
    measure, so it gets no multiplier and is reported instead. Rework flows
    touching a step outside the analysed graph (unreachable) are skipped: that
    step is already reported."""
    multipliers = [1.0] * len(graph.steps)
    not_upstream: list[Flow] = []
    for flow in pm.flows.values():
        if flow.kind != FlowKind.REWORK or flow.rework_share is None:
            continue
        back_from = graph.position.get(flow.source_id)
        back_to = graph.position.get(flow.target_id)
        if back_from is None or back_to is None:
            continue
        loop = _loop(graph, back_to, back_from)
        if not loop:
            not_upstream.append(flow)
            continue
        factor = 1.0 / (1.0 - flow.rework_share)
        for p in loop:
            multipliers[p] = min(multipliers[p] * factor, MAX_MULTIPLIER)
    return multipliers, not_upstream


def _loop(graph: HandoffGraph, first: int, last: int) -> set[int]:
    """Positions on a handoff path first → … → last; empty when there is none.

    Walks forward from ``first`` only through positions up to ``last`` (nothing
    later in topological order can lead back to it), then backward from
    ``last`` within what the forward walk found: cheap for local loops."""
    if first >= last:
        return set()
    ahead = {first}
    queue = deque([first])
    while queue:
        for s in graph.succs[queue.popleft()]:
            if s <= last and s not in ahead:
                ahead.add(s)
                queue.append(s)
    if last not in ahead:
        return set()
    loop = {last}
    queue.append(last)
    while queue:
        for q in graph.preds[queue.popleft()]:
            if q in ahead and q not in loop:
                loop.add(q)
                queue.append(q)
    return loop
