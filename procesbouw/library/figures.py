"""The key figures of a version, computed once when it is published and stored
in columns: the portfolio reads them back instead of re-analysing every map."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from procesbouw.analysis import KeyFigures, analyse
from procesbouw.comparison import format_measure, measure_label, measure_text, measures_in_order
from procesbouw.entities import Measure, Voice
from procesbouw.model import ProcessMap, Snapshot
from procesbouw.units import format_significant


def version_figures(pm: ProcessMap) -> dict[str, Any]:
    """The ``library_versions`` columns that describe ``pm`` (all but who, when and
    the names): counts, the analysis' key figures (None when the map cannot be
    analysed) and those of its first snapshot (the team's starting point)."""
    figures = analyse(pm).figures
    first = first_snapshot(pm)
    first_figures = analyse(first.content).figures if first is not None else None
    return {
        "facilitator": pm.details.facilitator,
        "session_date": pm.details.session_date,
        "hours_per_day": pm.details.hours_per_day,
        "step_count": len(pm.steps),
        "finding_count": len(pm.findings),
        "action_count": len(pm.actions),
        "photo_count": len(pm.photos),
        "snapshot_count": len(pm.snapshots),
        **_key_figures(figures),
        "first_label": first.label if first is not None else None,
        "first_taken_on": first.taken_on if first is not None else None,
        "first_lead_time": _field(first_figures, "lead_time_expected"),
        "first_flow_efficiency": _field(first_figures, "flow_efficiency"),
        "first_rolled_ftr": _field(first_figures, "rolled_ftr"),
        "voices": json.dumps(voice_figures(pm), ensure_ascii=False),
    }


def first_snapshot(pm: ProcessMap) -> Snapshot | None:
    """The earliest snapshot (by date; the first taken on that date)."""
    snapshots = list(pm.snapshots.values())
    return min(snapshots, key=lambda s: s.taken_on) if snapshots else None


def voice_figures(pm: ProcessMap) -> list[dict[str, Any]]:
    """What the team measured under the three voices, employee voice first, as
    JSON-ready data (see ``VoiceFigure``): per measure the value for the map now
    (or, when the map now has none, at the latest snapshot that has one) and the
    value at the team's first snapshot. Measures never measured are left out."""
    by_date = sorted(pm.snapshots.values(), key=lambda s: s.taken_on)
    first = by_date[0] if by_date else None
    result = []
    for measure in measures_in_order(pm):
        latest: tuple[float, Snapshot | None] | None = None
        for moment in [None, *reversed(by_date)]:
            found = pm.measurement_of(measure.id, moment.id if moment else None)
            if found is not None:
                latest = (found.value, moment)
                break
        if latest is None:
            continue
        at_first = None if first is None else pm.measurement_of(measure.id, first.id)
        value, moment = latest
        result.append(
            {
                "voice": measure.voice.value,
                "name": measure.name,
                "unit": measure.unit,
                "higher_is_better": measure.higher_is_better,
                "value": value,
                "at": None if moment is None else moment.label,
                "first": None if at_first is None else at_first.value,
                "from_first": moment is not None and moment is first,
            }
        )
    return result


@dataclass(frozen=True)
class VoiceFigure:
    """One measure of the three voices as the library stored it at publish time."""

    voice: Voice
    name: str
    unit: str
    higher_is_better: bool
    value: float  # the map now, or the latest snapshot measured (``at``)
    at: str | None  # that snapshot's label; None: the map now
    first: float | None  # at the team's first snapshot; None: not measured there
    from_first: bool  # ``value`` is the first snapshot's own: nothing to compare

    @classmethod
    def from_json(cls, data: object) -> VoiceFigure | None:
        """The stored entry, or None when it is not one (the library is checked like a file)."""
        if not isinstance(data, dict):
            return None
        try:
            voice = Voice(str(data.get("voice")))
        except ValueError:
            return None
        name, unit, at = data.get("name"), data.get("unit", ""), data.get("at")
        value, first = data.get("value"), data.get("first")
        if not (isinstance(name, str) and isinstance(unit, str) and isinstance(value, int | float)):
            return None
        if not (_number(value) and (at is None or isinstance(at, str))):
            return None
        if not (first is None or _number(first)):
            return None
        better = bool(data.get("higher_is_better", True))
        start = None if first is None else float(first)
        return cls(voice, name, unit, better, float(value), at, start, bool(data.get("from_first")))

    @property
    def measure(self) -> Measure:
        return Measure(self.name, self.voice, self.unit, self.higher_is_better)

    @property
    def change(self) -> float | None:
        """Since the first snapshot; None without one to compare with."""
        if self.first is None or self.from_first:
            return None
        return self.value - self.first

    @property
    def improved(self) -> bool | None:
        """Better by the measure's own direction; None when unchanged or not comparable."""
        change = self.change
        return None if not change else (change > 0) == self.higher_is_better

    def shown(self, lang: str) -> str:
        """``7,9`` or ``€ 305``: the value with its unit where the unit is a sign."""
        return format_measure(self.value, self.measure, lang)

    def shown_change(self, lang: str) -> str:
        """``+2,1``; ``±0`` unchanged; ``—`` without a start to compare with."""
        change = self.change
        if change is None:
            return "—"
        sign = "+" if change > 0 else "−" if change < 0 else "±"
        return sign + format_significant(abs(change), lang)

    def brief(self, lang: str, name_length: int = 18) -> str:
        """``Verbondenheid in… 7,9 (+2,1)``: one line of an overview."""
        # Imported here: procesbouw.report loads reportlab (~250 ms), and this module is
        # on the app's start path (the library menu), where no PDF is made.
        from procesbouw.report.text import shorten

        change = "" if self.change is None else f" ({self.shown_change(lang)})"
        return f"{shorten(self.name, name_length)} {self.shown(lang)}{change}"

    def sentence(self, lang: str) -> str:
        """``Verbondenheid in het team (1–10): 5,8 → 7,9 (+2,1).``, or the value alone."""
        if self.change is None:
            return f"{measure_label(self.measure)}: {self.shown(lang)}."
        return measure_text(self.measure, self.first, self.value, self.change, lang)

    def as_json(self) -> dict[str, Any]:
        """For ``library list --json``: what was stored, plus the change and its direction."""
        return {
            "voice": self.voice.value, "name": self.name, "unit": self.unit,
            "higher_is_better": self.higher_is_better, "value": self.value, "at": self.at,
            "first": self.first, "change": self.change, "improved": self.improved,
        }  # fmt: skip


def stored_voices(text: str | None) -> tuple[VoiceFigure, ...]:
    """The ``voices`` column read back; entries that are not voices are left out."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(data, list):
        return ()
    return tuple(v for v in (VoiceFigure.from_json(item) for item in data) if v is not None)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _key_figures(figures: KeyFigures | None) -> dict[str, Any]:
    return {
        "lead_time": _field(figures, "lead_time_expected"),
        "lead_time_first_pass": _field(figures, "lead_time_first_pass"),
        "process_time": _field(figures, "process_time"),
        "flow_efficiency": _field(figures, "flow_efficiency"),
        "rolled_ftr": _field(figures, "rolled_ftr"),
        "handoffs": _field(figures, "handoffs"),
    }


def _field(figures: KeyFigures | None, name: str) -> Any:
    return getattr(figures, name) if figures is not None else None
