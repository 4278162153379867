"""Betweenness centrality of the role network, computed once per network.

The role network changes only when a flow's roles change (a flow added or
removed, a step given another role); most edits (a move, a rename, a time)
leave it as it was, so the last results are kept by the network's edges and
reused.

Up to ``EXACT_WORK`` (roles × collaborations) the centrality is exact: Brandes'
algorithm for an unweighted, undirected graph, over integer-indexed adjacency
lists, which gives networkx's ``betweenness_centrality(normalized=True)``
values. Above it, on role networks no team builds by hand (hundreds of roles),
it is estimated from ``pivots(...)`` source roles chosen with a fixed seed
(Brandes & Pichon 2007): each role's value is the mean of its dependencies on
the pivots, scaled to the whole network. The estimate is unbiased; by
Hoeffding's inequality it is within ±ε of the exact value with probability
1 − 2·exp(−2kε²) for k pivots (k = 150: ±0.11 at 95 %); measured on the
benchmark's stress maps it is far closer (docs/performance.md gives the
figures). The pivots are as many as fit in the exact path's work, so the
estimate costs about as much as the largest exact computation.
"""

from __future__ import annotations

import random
import threading
from collections import OrderedDict
from collections.abc import Iterable

Pair = tuple[str, str]

EXACT_WORK = 4_000_000  # roles × collaborations: ~0.4 s of exact Brandes in CPython
MIN_PIVOTS = 64
_SEED = 20260311
_CACHE_SIZE = 4  # a few networks back: undo and redo find their results again

_cache: OrderedDict[frozenset[Pair], dict[str, float]] = OrderedDict()
_lock = threading.Lock()


def role_betweenness(pairs: Iterable[Pair]) -> dict[str, float]:
    """Normalised betweenness of every role in the network of ``pairs`` (each
    an undirected edge between two role ids). Roles absent from ``pairs`` are
    absent from the result."""
    key = frozenset(pairs)
    with _lock:  # the live analysis may run on a worker thread
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    found = _compute(key)
    with _lock:
        _cache[key] = found
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def is_exact(roles: int, pairs: int) -> bool:
    """Whether a network of this size gets exact values (else an estimate)."""
    return roles * pairs <= EXACT_WORK


def pivots(roles: int, pairs: int) -> int:
    """How many source roles the estimate for a network of this size uses."""
    return max(MIN_PIVOTS, EXACT_WORK // max(pairs, 1))


def _compute(pairs: frozenset[Pair]) -> dict[str, float]:
    names = sorted({role for pair in pairs for role in pair})
    n = len(names)
    if n < 3:
        return dict.fromkeys(names, 0.0)
    index = {name: number for number, name in enumerate(names)}
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        adjacency[index[a]].append(index[b])
        adjacency[index[b]].append(index[a])
    if is_exact(n, len(pairs)):
        sources: list[int] = list(range(n))
    else:
        sources = random.Random(_SEED).sample(range(n), min(n, pivots(n, len(pairs))))
    totals = _dependencies(adjacency, sources)
    # Both directions of every pair are counted: normalise by (n−1)(n−2), and
    # scale an estimate from k sources up to all n.
    scale = n / len(sources) / ((n - 1) * (n - 2))
    return {name: totals[number] * scale for number, name in enumerate(names)}


def _dependencies(adjacency: list[list[int]], sources: list[int]) -> list[float]:
    """Brandes' accumulation: for each role, the sum over ``sources`` of its
    dependency (the share of shortest paths from the source that pass it)."""
    n = len(adjacency)
    totals = [0.0] * n
    for source in sources:
        distance = [-1] * n
        paths = [0] * n
        distance[source] = 0
        paths[source] = 1
        order = [source]
        for v in order:  # breadth first; ``order`` grows while it is read
            next_distance = distance[v] + 1
            v_paths = paths[v]
            for w in adjacency[v]:
                if distance[w] < 0:
                    distance[w] = next_distance
                    paths[w] = v_paths
                    order.append(w)
                elif distance[w] == next_distance:
                    paths[w] += v_paths
        dependency = [0.0] * n
        for w in reversed(order):
            share = (1.0 + dependency[w]) / paths[w]
            previous = distance[w] - 1
            for v in adjacency[w]:
                if distance[v] == previous:
                    dependency[v] += paths[v] * share
            if w != source:
                totals[w] += dependency[w]
    return totals
