"""What every section of the report needs: the map, its analysis, the language
and the formatting helpers bound to them, plus the progress/cancel hook."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from procesbouw.analysis import Analysis
from procesbouw.model import Photo, ProcessMap, Snapshot
from procesbouw.report import strings
from procesbouw.units import format_percent


class ReportCancelled(Exception):
    """The user cancelled the export; no output file was left behind."""


ProgressCallback = Callable[[int, int], bool]


@dataclass
class Progress:
    """Counts pieces of work and asks the caller, between them, whether to go on."""

    callback: ProgressCallback | None
    total: int = 1
    done: int = 0

    def advance(self, steps: int = 1) -> None:
        """Record ``steps`` pieces done; raise ReportCancelled if the caller says stop.

        The count never reaches ``total`` before ``finish``: the last piece is writing."""
        self.done = min(self.done + steps, self.total - 1)
        self._ask()

    def finish(self) -> None:
        self.done = self.total
        self._ask()

    def _ask(self) -> None:
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise ReportCancelled()


@dataclass
class ReportContext:
    """The map being reported (a snapshot's content with ``--snapshot``) and its analysis."""

    pm: ProcessMap
    analysis: Analysis
    lang: str
    report_date: date
    photos: list[Photo]  # photos to show: the build's and those of findings in ``pm``
    progress: Progress
    snapshot: Snapshot | None = None  # set when the report shows a snapshot
    # Every snapshot of the map with its analysis, oldest first, for the comparison.
    snapshots: list[tuple[Snapshot, Analysis]] = field(default_factory=list)
    # The whole map, with its measures of the three voices (also when ``pm`` is a snapshot).
    measured: ProcessMap | None = None

    def label(self, key: str, **values: object) -> str:
        return strings.label(key, self.lang, **values)

    def duration(self, minutes: float) -> str:
        return strings.format_minutes(minutes, self.pm.details.hours_per_day, self.lang)

    def percent(self, fraction: float) -> str:
        """The app's one percentage format (``units.format_percent``)."""
        return format_percent(fraction, self.lang)

    def date(self, value: date) -> str:
        return strings.format_date(value, self.lang)

    def step_name(self, step_id: str) -> str:
        step = self.pm.steps.get(step_id)
        return step.name if step is not None else "?"

    def role_name(self, role_id: str | None) -> str:
        role = self.pm.roles.get(role_id) if role_id is not None else None
        return role.name if role is not None else self.label("no_role")

    def build_photo(self) -> Photo | None:
        """The photo of the whole build (not of a finding), if there is one."""
        return next((p for p in self.photos if p.finding_id is None), None)

    def photos_of(self, finding_id: str) -> list[Photo]:
        return [p for p in self.photos if p.finding_id == finding_id]
