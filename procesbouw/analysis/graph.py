"""The handoff graph the lead time is measured on, in topological order.

Steps are numbered by their position in a topological order so the longest
path is a single pass over plain lists: measured faster than building a
networkx graph on every edit (see ``bench/bench_analysis.py``).

Handoff cycles (a loop drawn with handoffs instead of a rework flow) have no
longest path. We keep analysing: a depth-first search from the start steps, in
map order, finds each cycle's *closing* handoff (the one that goes back to a
step still being walked) and ignores it. Steps that no start reaches are left
out and reported as unreachable. When no step is a start at all (only cycles),
nothing can be measured and ``HandoffGraph.steps`` is empty.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from procesbouw.model import FlowKind, ProcessMap


@dataclass(frozen=True)
class HandoffGraph:
    """Analysed steps in topological order; ``preds``/``succs`` hold positions."""

    steps: tuple[str, ...]  # step ids in topological order
    position: dict[str, int]  # step id → index into ``steps``
    preds: tuple[tuple[int, ...], ...]
    succs: tuple[tuple[int, ...], ...]
    starts: tuple[int, ...]  # no incoming handoff, in map order
    ends: tuple[int, ...]  # no outgoing (analysed) handoff, in map order
    cycles: tuple[tuple[str, ...], ...]  # steps of each handoff cycle, in map order
    unreachable: tuple[str, ...]  # steps no start reaches, in map order


def build_handoff_graph(pm: ProcessMap) -> HandoffGraph:
    """The handoff graph of ``pm``, with cycles' closing handoffs ignored."""
    ids = list(pm.steps)
    index = {step_id: i for i, step_id in enumerate(ids)}
    succs: list[list[int]] = [[] for _ in ids]
    indegree = [0] * len(ids)
    for flow in pm.flows.values():
        if flow.kind == FlowKind.HANDOFF:
            succs[index[flow.source_id]].append(index[flow.target_id])
            indegree[index[flow.target_id]] += 1
    starts = [i for i in range(len(ids)) if indegree[i] == 0]

    order = _topological_order(succs, indegree, starts)
    cycles: list[tuple[str, ...]] = []
    unreachable: list[str] = []
    if len(order) < len(ids):
        cycles = _cycles(ids, succs)
        reached = _drop_closing_handoffs(succs, starts)
        unreachable = [ids[i] for i in range(len(ids)) if not reached[i]]
        indegree = [0] * len(ids)
        for i in range(len(ids)):
            succs[i] = [t for t in succs[i] if reached[i] and reached[t]]
            for t in succs[i]:
                indegree[t] += 1
        order = _topological_order(succs, indegree, starts)

    position = {ids[i]: p for p, i in enumerate(order)}
    topo_succs = [tuple(position[ids[t]] for t in succs[i]) for i in order]
    topo_preds: list[list[int]] = [[] for _ in order]
    for p, targets in enumerate(topo_succs):
        for t in targets:
            topo_preds[t].append(p)
    in_map_order = sorted(range(len(order)), key=lambda p: order[p])
    return HandoffGraph(
        steps=tuple(ids[i] for i in order),
        position=position,
        preds=tuple(tuple(p) for p in topo_preds),
        succs=tuple(topo_succs),
        starts=tuple(p for p in in_map_order if not topo_preds[p]),
        ends=tuple(p for p in in_map_order if not topo_succs[p]),
        cycles=tuple(cycles),
        unreachable=tuple(unreachable),
    )


def _topological_order(succs: list[list[int]], indegree: list[int], starts: list[int]) -> list[int]:
    """Kahn's algorithm; the result is shorter than the graph when it has cycles."""
    remaining = list(indegree)
    queue = deque(starts)
    order: list[int] = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for target in succs[node]:
            remaining[target] -= 1
            if remaining[target] == 0:
                queue.append(target)
    return order


def _drop_closing_handoffs(succs: list[list[int]], starts: list[int]) -> list[bool]:
    """Remove, in place, every handoff that closes a cycle during a depth-first
    walk from the starts; returns which steps the walk reached."""
    reached = [False] * len(succs)
    on_path = [False] * len(succs)
    for start in starts:
        reached[start] = on_path[start] = True
        stack = [(start, 0)]
        while stack:
            node, next_edge = stack[-1]
            if next_edge == len(succs[node]):
                stack.pop()
                on_path[node] = False
                continue
            stack[-1] = (node, next_edge + 1)
            target = succs[node][next_edge]
            if on_path[target]:
                succs[node][next_edge] = -1  # closing handoff: ignored below
            elif not reached[target]:
                reached[target] = on_path[target] = True
                stack.append((target, 0))
    for i, targets in enumerate(succs):
        succs[i] = [t for t in targets if t >= 0]
    return reached


def _cycles(ids: list[str], succs: list[list[int]]) -> list[tuple[str, ...]]:
    """The steps of each handoff cycle (strongly connected group), in map order."""
    import networkx as nx  # only maps with a handoff cycle pay for the import

    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(ids)))
    graph.add_edges_from((i, t) for i, targets in enumerate(succs) for t in targets)
    groups = [sorted(group) for group in nx.strongly_connected_components(graph) if len(group) > 1]
    return [tuple(ids[i] for i in group) for group in sorted(groups)]
