"""The estimate next to the measured figure, as the properties, the dock and the PDF say it."""

from __future__ import annotations

from procesbouw.measured import estimate_and_measured, measured_steps
from procesbouw.model import ProcessMap, Step


def test_estimate_and_measured_in_both_languages() -> None:
    assert estimate_and_measured(2 * 1440, 3.4 * 1440, 24, "nl") == (
        "geschat 2 dagen · gemeten mediaan 3,4 dagen"
    )
    assert estimate_and_measured(90, 45, 24, "en") == "estimated 1.5 h · measured median 45 min"
    assert estimate_and_measured(90, None, 24, "nl") == "geschat 1,5 u · niet gemeten"


def test_largest_surprise_first_and_only_measured_steps() -> None:
    pm = ProcessMap()
    calm = Step("Rustig", process_minutes=60, measured_process_minutes=50, measured_count=3)
    late = Step("Laat", wait_minutes=60, measured_wait_minutes=600, measured_count=3)
    never = Step("Nooit gemeten", process_minutes=10)
    for step in (calm, late, never):
        pm.add(step)
    assert [s.name for s in measured_steps(pm)] == ["Laat", "Rustig"]
