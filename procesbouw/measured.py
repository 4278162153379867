"""The team's estimate next to what an event log measured, in words:
"geschat 2 d · gemeten mediaan 3,4 d" — the voice of the business, with data.

Shared by the properties panel, the Analyse dock and the PDF so all three say it
the same way. A step is measured when ``Step.measured_count`` > 0 (``procesbouw
log --into`` or the app's event-log import set it).
"""

from __future__ import annotations

from procesbouw.model import ProcessMap, Step
from procesbouw.units import format_duration_rounded

_WORDS = {
    "nl": ("geschat", "gemeten mediaan", "niet gemeten"),
    "en": ("estimated", "measured median", "not measured"),
}


def is_measured(step: Step) -> bool:
    return step.measured_count > 0


def estimate_and_measured(
    estimate: float, measured: float | None, hours_per_day: float, lang: str
) -> str:
    """``geschat 2 d · gemeten mediaan 3,4 d`` (``… · niet gemeten`` when None)."""
    estimated, median, missing = _WORDS.get(lang, _WORDS["nl"])
    first = f"{estimated} {format_duration_rounded(estimate, hours_per_day, lang)}"
    if measured is None:
        return f"{first} · {missing}"
    return f"{first} · {median} {format_duration_rounded(measured, hours_per_day, lang)}"


def measured_steps(pm: ProcessMap) -> list[Step]:
    """The measured steps, the largest surprise first: measured minus estimated time
    (wait and process together), so what the team underestimates most leads."""

    def surprise(step: Step) -> float:
        measured = (step.measured_process_minutes or 0.0) + (step.measured_wait_minutes or 0.0)
        return measured - step.process_minutes - step.wait_minutes

    return sorted((s for s in pm.steps.values() if is_measured(s)), key=surprise, reverse=True)
