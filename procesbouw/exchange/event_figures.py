"""What an event log says about the process: the definitions of ``docs/analysis.md``.

- an instance's **process time** = its complete − its start;
- its **wait** = its start − the latest completion in the same case at or before
  that start (of an instance earlier in the case); a case's first instance, and an
  instance no earlier completion precedes, have no wait and are not counted;
- a case's **lead time** = its last event − its first event;
- an activity's **rework share** = the share of the cases in which it occurs that
  have it more than once;
- **variants** = the number of distinct activity sequences (instances by start);
- mean, median and p80 (linear interpolation between the closest ranks, like
  Excel's PERCENTILE.INC) of each, in minutes.
"""

from __future__ import annotations

import math
import statistics
from array import array
from bisect import bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from procesbouw.exchange.event_log import EventLog


@dataclass(frozen=True)
class Spread:
    """Mean, median and 80th percentile in minutes; None when nothing was measured."""

    mean: float | None = None
    median: float | None = None
    p80: float | None = None

    def as_dict(self) -> dict[str, float | None]:
        return {"mean": self.mean, "median": self.median, "p80": self.p80}


def spread(values: array[float] | list[float]) -> Spread:
    if not values:
        return Spread()
    ordered = sorted(values)
    if len(ordered) == 1:
        p80 = ordered[0]
    else:
        p80 = statistics.quantiles(ordered, n=5, method="inclusive")[3]
    return Spread(math.fsum(ordered) / len(ordered), statistics.median(ordered), p80)


@dataclass(frozen=True)
class ActivityFigures:
    name: str
    count: int  # instances
    cases: int  # cases in which it occurs
    process: Spread
    wait: Spread
    rework_share: float
    resource: str | None  # the resource that performs it most often
    position: float  # mean relative place of its first occurrence in a case (0…1)


@dataclass(frozen=True)
class LogFigures:
    case_count: int
    lead: Spread
    activities: list[ActivityFigures]  # in their usual order
    variants: int
    # (from, to) → number of cases in which ``to`` directly follows ``from``
    follows: dict[tuple[str, str], int] = field(default_factory=dict)
    events: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def activity(self, name: str) -> ActivityFigures | None:
        return next((a for a in self.activities if a.name == name), None)

    def as_json(self) -> dict[str, Any]:
        """The ``procesbouw log --json`` shape."""
        return {
            "cases": {"count": self.case_count, "lead_minutes": self.lead.as_dict()},
            "activities": [
                {
                    "name": a.name,
                    "count": a.count,
                    "process_minutes": a.process.as_dict(),
                    "wait_minutes": a.wait.as_dict(),
                    "rework_share": a.rework_share,
                }
                for a in self.activities
            ],
            "variants": self.variants,
        }


def measure(log: EventLog) -> LogFigures:
    """The figures of ``log``; see the module's definitions."""
    n = len(log.activities)
    process = [array("d") for _ in range(n)]
    wait = [array("d") for _ in range(n)]
    counts = [0] * n
    in_cases = [0] * n
    repeated = [0] * n
    position_sum = [0.0] * n
    resources = [Counter[int]() for _ in range(n)]
    leads = array("d")
    variants: set[tuple[int, ...]] = set()
    follows: Counter[tuple[int, int]] = Counter()
    for instances in log.cases.values():
        ends: list[float] = []
        sequence = tuple(i.activity for i in instances)
        variants.add(sequence)
        seen: Counter[int] = Counter(sequence)
        last = max(len(sequence) - 1, 1)
        first_at: dict[int, int] = {}
        for index, instance in enumerate(instances):
            a = instance.activity
            counts[a] += 1
            first_at.setdefault(a, index)
            process[a].append((instance.end - instance.start) / 60)
            k = bisect_right(ends, instance.start)
            if index and k:
                wait[a].append((instance.start - ends[k - 1]) / 60)
            insort(ends, instance.end)
            if instance.resource >= 0:
                resources[a][instance.resource] += 1
        for a, times in seen.items():
            in_cases[a] += 1
            repeated[a] += times > 1
            position_sum[a] += first_at[a] / last
        follows.update(set(zip(sequence, sequence[1:], strict=False)))
        leads.append((max(i.end for i in instances) - instances[0].start) / 60)
    activities = [
        ActivityFigures(
            name=log.activities[a],
            count=counts[a],
            cases=in_cases[a],
            process=spread(process[a]),
            wait=spread(wait[a]),
            rework_share=repeated[a] / in_cases[a],
            resource=log.resources[resources[a].most_common(1)[0][0]] if resources[a] else None,
            position=position_sum[a] / in_cases[a],
        )
        for a in range(n)
        if in_cases[a]
    ]
    activities.sort(key=lambda item: (item.position, item.name))
    names = log.activities
    return LogFigures(
        case_count=len(log.cases),
        lead=spread(leads),
        activities=activities,
        variants=len(variants),
        follows={(names[a], names[b]): count for (a, b), count in follows.items()},
        events=log.events,
        skipped=dict(log.skipped),
    )
