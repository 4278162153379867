"""The sample care organisation: lead time from 6 days to 1 day (the BRIEF's story)."""

from __future__ import annotations

from pathlib import Path

import pytest

from procesbouw.analysis import analyse
from procesbouw.storage import MapFile
from procesbouw.units import format_duration_rounded

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "zorgorganisatie.procesbouw"


@pytest.mark.skipif(not SAMPLE.exists(), reason="the sample map is built by another engineer")
@pytest.mark.parametrize(("label", "lead_time"), [("Start", "6 d"), ("Na 3 maanden", "1 d")])
def test_sample_snapshots_tell_the_six_days_to_one_day_story(label: str, lead_time: str) -> None:
    with MapFile.open(SAMPLE, read_only=True) as map_file:
        pm = map_file.map
    [snapshot] = [s for s in pm.snapshots.values() if s.label == label]

    figures = analyse(snapshot.content).figures

    assert figures is not None
    hours_per_day = snapshot.content.details.hours_per_day
    assert format_duration_rounded(figures.lead_time_expected, hours_per_day) == lead_time
