"""What-if: the lead time after a tentative change, without changing the map."""

from __future__ import annotations

import copy

import pytest

from procesbouw.analysis import what_if
from procesbouw.model import ValidationError
from tests.domain.analysis_builder import MapBuilder


def two_routes() -> MapBuilder:
    """A → B → C (130 min, critical) and A → D → C (70 min)."""
    m = MapBuilder()
    m.step("A", process=10)
    m.step("B", wait=100, process=10)
    m.step("C", process=10)
    m.step("D", process=50)
    m.chain("A", "B", "C")
    m.chain("A", "D", "C")
    return m


def test_shorter_wait_on_the_critical_path_until_the_other_route_takes_over() -> None:
    m = two_routes()
    before = copy.deepcopy(m.pm)

    result = what_if(m.pm, "B", wait_minutes=0)

    assert (result.lead_time_before, result.lead_time_after) == (130, 70)
    assert (result.first_pass_before, result.first_pass_after) == (130, 70)
    assert m.pm == before  # never changes the map


def test_longer_step_off_the_path_counts_only_beyond_its_slack() -> None:
    m = two_routes()

    assert what_if(m.pm, "D", process_minutes=100).lead_time_after == 130  # slack 60
    assert what_if(m.pm, "D", process_minutes=200).lead_time_after == 220


def test_what_if_inside_a_rework_loop_counts_every_repeat() -> None:
    m = two_routes()
    m.rework("C", "B", 0.5)  # B and C twice: expected 10 + 220 + 20 = 250

    result = what_if(m.pm, "B", process_minutes=20)

    assert (result.lead_time_before, result.lead_time_after) == (250, 270)
    assert (result.first_pass_before, result.first_pass_after) == (130, 140)


def test_what_if_explains_the_change_in_both_languages() -> None:
    m = two_routes()

    result = what_if(m.pm, "B", wait_minutes=0)

    assert result.explanation.text("nl") == (
        "Met 0 min wachttijd en 10 min bewerkingstijd voor 'B' "
        "wordt de doorlooptijd 1,2 u (nu 2,2 u): 1 u korter."
    )
    assert result.explanation.text("en") == (
        "With 0 min wait and 10 min process time for 'B' "
        "the lead time becomes 1.2 h (now 2.2 h): 1 h shorter."
    )
    unchanged = what_if(m.pm, "D", process_minutes=60)
    assert unchanged.explanation.text("nl").endswith("blijft de doorlooptijd 2,2 u.")


def test_what_if_refuses_unknown_steps_and_negative_times() -> None:
    m = two_routes()

    with pytest.raises(ValidationError):
        what_if(m.pm, "nope", wait_minutes=1)
    with pytest.raises(ValidationError) as refused:
        what_if(m.pm, "B", wait_minutes=-5)
    assert refused.value.field == "wait_minutes"


def test_what_if_on_a_map_without_start_explains_why() -> None:
    m = MapBuilder()
    m.step("A", process=10)
    m.step("B", process=10)
    m.chain("A", "B", "A")

    result = what_if(m.pm, "A", process_minutes=5)

    assert result.lead_time_after == 0
    assert "geen begin" in result.explanation.text("nl")
