"""Order and loops in a step graph that comes without a drawing (a BPMN model): how far
each step is from the start, and which paths to cut so that no loop is left."""

from __future__ import annotations


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
