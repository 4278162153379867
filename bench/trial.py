"""What one benchmark row measures: a ``Trial`` to time, made by a set-up function.

A set-up gets a scratch folder and returns a ``Trial``: ``run`` is timed;
``before`` (untimed) prepares each run, e.g. a fresh view whose cache is cold;
``figure``, when given, replaces the run's time by another figure in ms that
the run measured itself (the longest event-loop stall during an edit).
Whatever ``run`` returns is dropped only after the clock stopped, so tearing
down a 5,000-item scene is not counted as building it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


def _nothing() -> None:
    pass


@dataclass(frozen=True)
class Trial:
    run: Callable[[], object]
    before: Callable[[], object] = _nothing
    figure: Callable[[], float] | None = None


Setup = Callable[[Path], Trial]


@dataclass(frozen=True)
class Target:
    """A promise of the issue: ``statistic`` (``median`` / ``p99`` / ``ratio`` /
    ``memory``) ≤ ``limit`` (milliseconds, or times the floor for ``ratio`` of the
    medians and ``memory``, the ratio of the peak memories)."""

    statistic: str
    limit: float

    def describe(self) -> str:
        if self.statistic == "ratio":
            return f"≤ {self.limit:g}× floor"
        if self.statistic == "memory":
            return f"peak ≤ {self.limit:g}× floor"
        return f"{self.statistic} ≤ {self.limit:g} ms"


@dataclass(frozen=True)
class Case:
    """One row of the table: what is measured, against which floor, and the promise."""

    name: str
    repeats: int
    item: Setup
    floor: Setup | None = None
    floor_name: str = ""
    target: Target | None = None
    notes: tuple[str, ...] = field(default=())


def sample_ms(trial: Trial, repeats: int) -> list[float]:
    """Milliseconds of ``repeats`` runs, after one untimed warm-up (imports, caches
    of the interpreter: not what the facilitator pays on every edit)."""
    trial.before()
    trial.run()
    timings = []
    for _ in range(repeats):
        trial.before()
        start = time.perf_counter()
        kept = trial.run()
        elapsed = (time.perf_counter() - start) * 1000
        timings.append(trial.figure() if trial.figure else elapsed)
        del kept
    return timings


def p99(values: list[float]) -> float:
    """The 99th percentile (nearest rank): the slowest of 100 edits."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def median(values: list[float]) -> float:
    return statistics.median(values)
