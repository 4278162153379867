"""How fast is the live analysis? ``python -m bench.bench_analysis``

Prints median timings of ``analyse`` and ``what_if`` on generated maps of
1,000 and 10,000 steps against the budget (20 ms and 300 ms), next to a floor:
networkx ``dag_longest_path`` alone on the same handoff graph (built
beforehand, not timed), and the ratio analysis / floor.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from functools import partial

import networkx as nx

from bench.generate import generate_map
from procesbouw.analysis import analyse, what_if
from procesbouw.model import FlowKind, ProcessMap

BUDGET_MS = {1_000: 20.0, 10_000: 300.0}
REPEATS = {1_000: 41, 10_000: 11}


def median_ms(run: Callable[[], object], repeats: int) -> float:
    run()  # warm up: imports and caches are not what a live edit pays
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def handoff_digraph(pm: ProcessMap) -> nx.DiGraph:
    """The handoff graph with each step's cost on the edges into it, plus a
    source node so every step's own cost counts (dag_longest_path weighs edges)."""
    graph = nx.DiGraph()
    for step in pm.steps.values():
        graph.add_edge("source", step.id, weight=step.wait_minutes + step.process_minutes)
    for flow in pm.flows.values():
        if flow.kind == FlowKind.HANDOFF:
            target = pm.steps[flow.target_id]
            graph.add_edge(
                flow.source_id, flow.target_id, weight=target.wait_minutes + target.process_minutes
            )
    return graph


def main() -> None:
    print(f"{'steps':>7} {'analyse':>10} {'budget':>8} {'what-if':>9} {'nx floor':>9} {'ratio':>6}")
    for steps, budget in BUDGET_MS.items():
        pm = generate_map(steps)
        repeats = REPEATS[steps]
        analysis_ms = median_ms(partial(analyse, pm), repeats)
        first_step = next(iter(pm.steps))
        what_if_ms = median_ms(partial(what_if, pm, first_step, wait_minutes=0.0), repeats)
        floor_ms = median_ms(partial(nx.dag_longest_path, handoff_digraph(pm)), repeats)
        verdict = "ok" if analysis_ms <= budget else "TOO SLOW"
        print(
            f"{steps:>7} {analysis_ms:>8.1f}ms {budget:>6.0f}ms {what_if_ms:>7.1f}ms "
            f"{floor_ms:>7.1f}ms {analysis_ms / floor_ms:>6.2f}  {verdict}"
        )


if __name__ == "__main__":
    main()
