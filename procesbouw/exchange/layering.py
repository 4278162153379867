"""Placing steps that come in without positions (a BPMN model without a diagram, a
map made from an event log): columns by handoff depth, a band of rows per role."""

from __future__ import annotations

from collections import Counter

from procesbouw.model import FlowKind, ProcessMap

COLUMN_WIDTH = 240.0
ROW_HEIGHT = 140.0
BAND_GAP = 60.0


def depths(nodes: list[str], edges: list[tuple[str, str]]) -> dict[str, float]:
    """Breadth-first distance from the nodes nothing leads to (or the first node
    when everything is in a loop): an order when there is no drawing to go by."""
    successors: dict[str, list[str]] = {}
    entered = set()
    for source, target in edges:
        successors.setdefault(source, []).append(target)
        entered.add(target)
    depth = {node: 0.0 for node in nodes if node not in entered}
    if not depth and nodes:
        depth[nodes[0]] = 0.0
    queue = list(depth)
    for node in queue:
        for target in successors.get(node, []):
            if target not in depth:
                depth[target] = depth[node] + 1
                queue.append(target)
    return {node: depth.get(node, 0.0) for node in nodes}


def backward_pairs(
    pairs: list[tuple[str, str, bool]], order: dict[str, float]
) -> set[tuple[str, str]]:
    """The (source, target) pairs to cut so that no loop is left. Inside each loop it
    cuts first a pair marked True (e.g. "through an exclusive gateway"), then the
    one that runs furthest back in ``order``."""
    import networkx as nx  # deferred: the domain stays cheap to import

    graph = nx.DiGraph()
    preferred: dict[tuple[str, str], bool] = {}
    for source, target, marked in pairs:
        if source != target:
            graph.add_edge(source, target)
            preferred[(source, target)] = preferred.get((source, target), False) or marked
    cut: set[tuple[str, str]] = set()
    while True:
        loops = [c for c in nx.strongly_connected_components(graph) if len(c) > 1]
        if not loops:
            return cut
        for loop in loops:
            edges = list(graph.subgraph(loop).edges)
            worst = min(edges, key=lambda e: (not preferred[e], order[e[1]] - order[e[0]], e))
            graph.remove_edge(*worst)
            cut.add(worst)


def swimlane_layout(pm: ProcessMap) -> dict[str, tuple[float, float]]:
    """Step id → (x, y): the column is the longest handoff path to the step (rework and
    loops ignored), each role a band of rows in the roles' order, steps without a role last."""
    import networkx as nx  # deferred: the domain stays cheap to import

    ids = list(pm.steps)
    handoffs = [(f.source_id, f.target_id) for f in pm.flows.values() if f.kind is FlowKind.HANDOFF]
    cut = backward_pairs([(s, t, False) for s, t in handoffs], depths(ids, handoffs))
    graph = nx.DiGraph()
    graph.add_nodes_from(ids)
    graph.add_edges_from(pair for pair in handoffs if pair not in cut)
    column = dict.fromkeys(ids, 0)
    for node in nx.topological_sort(graph):
        for target in graph.successors(node):
            column[target] = max(column[target], column[node] + 1)
    band_of = {role_id: index for index, role_id in enumerate(pm.roles)}
    taken: Counter[tuple[int, int]] = Counter()
    rows: Counter[int] = Counter()
    cells: dict[str, tuple[int, int, int]] = {}
    for step in pm.steps.values():
        band = band_of.get(step.role_id or "", len(band_of))
        row = taken[(band, column[step.id])]
        taken[(band, column[step.id])] += 1
        rows[band] = max(rows[band], row + 1)
        cells[step.id] = (band, column[step.id], row)
    top: dict[int, float] = {}
    y = 0.0
    for band in sorted(rows):
        top[band] = y
        y += rows[band] * ROW_HEIGHT + BAND_GAP
    return {
        step_id: (col * COLUMN_WIDTH, top[band] + row * ROW_HEIGHT)
        for step_id, (band, col, row) in cells.items()
    }
