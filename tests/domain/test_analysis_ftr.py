"""Effective first-time-right: a rework flow leaving a step lowers its FTR, and
a stated FTR that claims more than the rework allows is pointed out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from procesbouw.analysis import WarningKind, analyse
from tests.domain.analysis_builder import MapBuilder


def care_map(zorgplan_ftr: float = 100.0, intake_ftr: float = 100.0) -> MapBuilder:
    """Intake → Zorgplan → Start zorg, and 20 % of Zorgplan goes back to Intake."""
    m = MapBuilder()
    m.role("R")
    m.step("Intake", process=60, role="R", ftr=intake_ftr)
    m.step("Zorgplan", process=120, role="R", ftr=zorgplan_ftr)
    m.step("Start zorg", process=30, role="R", ftr=90)
    m.chain("Intake", "Zorgplan", "Start zorg")
    m.rework("Zorgplan", "Intake", 0.2)
    return m


def test_rework_lowers_the_effective_ftr_and_the_rolled_ftr() -> None:
    result = analyse(care_map().pm)

    assert result.effective_ftr == pytest.approx(
        {"Intake": 1.0, "Zorgplan": 0.8, "Start zorg": 0.9}
    )
    assert result.figures is not None
    assert result.figures.rolled_ftr == pytest.approx(0.8 * 0.9)  # 72 %, not 90 %
    assert "72 %" in result.figures.explanation.nl
    assert "72%" in result.figures.explanation.en


def test_a_lower_stated_ftr_wins_and_agrees_without_a_warning() -> None:
    result = analyse(care_map(zorgplan_ftr=75).pm)

    assert result.effective_ftr["Zorgplan"] == pytest.approx(0.75)
    assert result.figures is not None
    assert result.figures.rolled_ftr == pytest.approx(0.75 * 0.9)
    assert not [w for w in result.warnings if w.kind is WarningKind.FTR_CONTRADICTS_REWORK]


def test_a_contradiction_is_said_in_plain_words() -> None:
    result = analyse(care_map().pm)

    (warning,) = [w for w in result.warnings if w.kind is WarningKind.FTR_CONTRADICTS_REWORK]
    assert warning.entity_ids == ("Zorgplan", "Zorgplan~>Intake")
    assert warning.explanation.nl == (
        "Bij 'Zorgplan' staat FTR 100 %, maar 20 % gaat terug naar 'Intake'. "
        "De analyse rekent met 80 %."
    )
    assert warning.explanation.en == (
        "At 'Zorgplan' the first-time-right is 100%, but 20% goes back to 'Intake'. "
        "The analysis counts 80%."
    )


def test_several_rework_flows_add_up_and_never_go_below_zero() -> None:
    m = care_map()
    m.step("Controle", process=10, role="R")
    m.handoff("Start zorg", "Controle")
    m.rework("Controle", "Intake", 0.5)
    m.rework("Controle", "Zorgplan", 0.3)
    m.rework("Start zorg", "Zorgplan", 0.1)
    result = analyse(m.pm)

    assert result.effective_ftr["Controle"] == pytest.approx(0.2)
    assert result.effective_ftr["Start zorg"] == pytest.approx(0.9)  # stated 90 % = 1 − 0,1
    assert result.figures is not None
    assert result.figures.rolled_ftr == pytest.approx(1.0 * 0.8 * 0.9 * 0.2)
    texts = [
        w.explanation.nl for w in result.warnings if w.kind is WarningKind.FTR_CONTRADICTS_REWORK
    ]
    assert (
        "Bij 'Controle' staat FTR 100 %, maar 80 % gaat terug naar 'Intake' en 'Zorgplan'. "
        "De analyse rekent met 20 %." in texts
    )
    assert len(texts) == 2  # Zorgplan and Controle; Start zorg agrees


def test_a_stated_ftr_that_matches_the_rework_is_no_contradiction() -> None:
    m = care_map(zorgplan_ftr=80)
    m.pm.replace(replace(m.pm.steps["Start zorg"], ftr_percent=100))
    result = analyse(m.pm)

    assert not [w for w in result.warnings if w.kind is WarningKind.FTR_CONTRADICTS_REWORK]
    assert result.figures is not None
    assert result.figures.rolled_ftr == pytest.approx(0.8)
