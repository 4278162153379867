"""Event logs with known answers, written as CSV and XES, for the event-log tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import quoteattr

# The hand-checked log (docs/analysis.md works it out): two cases of an application.
#   case 1: Aanmelden 09:00–09:30, Beoordelen 11:00–12:00, Beoordelen (next day)
#           09:00–09:20, Besluiten 10:00–10:10
#   case 2: Aanmelden 10:00–10:20, Beoordelen 14:20–15:00, Besluiten (two days
#           later) 15:00–15:30
HAND_CHECKED = """zaak;activiteit;tijd;status;medewerker
1;Aanmelden;2026-01-05 09:00;start;Anna
1;Aanmelden;2026-01-05 09:30;complete;Anna
1;Beoordelen;2026-01-05 11:00;START;Bert
1;Beoordelen;2026-01-05 12:00;Complete;Bert
1;Beoordelen;2026-01-06 09:00;start;Bert
1;Beoordelen;2026-01-06 09:20;complete;Bert
1;Besluiten;2026-01-06 10:00;start;Carla
1;Besluiten;2026-01-06 10:10;complete;Carla
2;Aanmelden;2026-01-05 10:00;start;Anna
2;Aanmelden;2026-01-05 10:20;complete;Anna
2;Beoordelen;2026-01-05 14:20;start;Bert
2;Beoordelen;2026-01-05 15:00;complete;Bert
2;Besluiten;2026-01-07 15:00;start;Carla
2;Besluiten;2026-01-07 15:30;complete;Carla
"""

START = datetime(2026, 3, 2, 8, 0)


@dataclass(frozen=True)
class Generated:
    """A generated log: every case runs A → B → C with these fixed minutes, and every
    ``rework_every``-th case does B twice; the answers follow from the numbers."""

    cases: int = 40
    process: tuple[float, float, float] = (10.0, 30.0, 20.0)
    wait: tuple[float, float] = (60.0, 120.0)  # before B, before C
    rework_wait: float = 45.0  # between the two B's
    rework_every: int = 4

    def instances(self) -> list[tuple[str, str, datetime, datetime, str]]:
        """(case, activity, start, complete, resource) in time order per case."""
        rows = []
        for n in range(self.cases):
            case = f"Z{n:03d}"
            t = START + timedelta(hours=n)
            plan = [("A", 0.0), ("B", self.wait[0])]
            if n % self.rework_every == 0:
                plan.append(("B", self.rework_wait))
            plan.append(("C", self.wait[1]))
            for activity, wait in plan:
                t += timedelta(minutes=wait)
                minutes = self.process["ABC".index(activity)]
                end = t + timedelta(minutes=minutes)
                rows.append((case, activity, t, end, f"team-{activity}"))
                t = end
        return rows

    def csv_lifecycle(self, path: Path) -> Path:
        lines = ["case,activity,time,transition,who"]
        for case, activity, start, end, who in self.instances():
            lines.append(f"{case},{activity},{start.isoformat()},start,{who}")
            lines.append(f"{case},{activity},{end.isoformat()},complete,{who}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def csv_start_column(self, path: Path) -> Path:
        lines = ["case;activity;begin;end"]
        for case, activity, start, end, _ in self.instances():
            lines.append(f"{case};{activity};{start:%d-%m-%Y %H:%M};{end:%d-%m-%Y %H:%M}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def xes(self, path: Path) -> Path:
        parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<log xes.version="1.0">']
        current = None
        for case, activity, start, end, who in self.instances():
            if case != current:
                if current is not None:
                    parts.append("</trace>")
                parts.append(f'<trace><string key="concept:name" value={quoteattr(case)}/>')
                current = case
            for moment, transition in ((start, "start"), (end, "complete")):
                parts.append(
                    f'<event><string key="concept:name" value="{activity}"/>'
                    f'<string key="org:resource" value="{who}"/>'
                    f'<string key="lifecycle:transition" value="{transition}"/>'
                    f'<date key="time:timestamp" value="{moment.isoformat()}+01:00"/></event>'
                )
        parts += ["</trace>", "</log>"]
        path.write_text("\n".join(parts), encoding="utf-8")
        return path
