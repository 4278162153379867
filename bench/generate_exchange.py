"""Seeded inputs for the exchange benchmarks: a BPMN model and an event log.

``bpmn_model(500)`` is the BPMN export of ``generate_map(500)`` (lanes, gateways for the
rework, BPMN-DI), marked as written by another tool so the import takes its general path
(loop detection included). ``write_event_log(path, 1_000_000)`` writes a CSV with
start/complete lifecycle rows for cases of ten activities with some repeats.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from bench.generate import generate_map
from procesbouw.exchange import export_bpmn

ACTIVITIES = tuple(f"Activiteit {n:02d}" for n in range(10))


def bpmn_model(tasks: int) -> bytes:
    data = export_bpmn(generate_map(tasks))
    return data.replace(b'exporter="Procesbouw"', b'exporter="bench"', 1)


def write_event_log(path: Path, events: int, seed: int = 1) -> Path:
    """About ``events`` rows (whole cases): case;activity;time;status;resource."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 8, 0)
    written = 0
    case = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("case;activity;time;status;resource\n")
        while written < events:
            case += 1
            t = start + timedelta(minutes=case * 7)
            for index, activity in enumerate(ACTIVITIES):
                for _ in range(2 if rng.random() < 0.1 else 1):
                    t += timedelta(minutes=rng.randint(5, 600))
                    who = f"team-{index % 4}"
                    out.write(f"Z{case};{activity};{t:%Y-%m-%d %H:%M:%S};start;{who}\n")
                    t += timedelta(minutes=rng.randint(1, 90))
                    out.write(f"Z{case};{activity};{t:%Y-%m-%d %H:%M:%S};complete;{who}\n")
                    written += 2
    return path
