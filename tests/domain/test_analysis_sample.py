"""The sample care organisation: lead time from 6 days to 1 day (the BRIEF's story)."""

from __future__ import annotations

import pytest

from procesbouw.analysis import analyse
from procesbouw.storage import MapFile
from procesbouw.units import day_minutes
from resources import sample_path


@pytest.mark.parametrize(
    ("label", "days", "said"), [("Start", 6, "6 dagen"), ("Na 3 maanden", 1, "1 dag")]
)
def test_sample_snapshots_tell_the_six_days_to_one_day_story(
    label: str, days: int, said: str
) -> None:
    with MapFile.open(sample_path("zorgorganisatie"), read_only=True) as map_file:
        pm = map_file.map
    [snapshot] = [s for s in pm.snapshots.values() if s.label == label]

    figures = analyse(snapshot.content).figures

    assert figures is not None
    day = day_minutes(snapshot.content.details.hours_per_day)
    assert figures.lead_time_first_pass == days * day
    assert figures.lead_time_expected == days * day
    assert figures.explanation.text("nl").startswith(f"De doorlooptijd is {said}.")
