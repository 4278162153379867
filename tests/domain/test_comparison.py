"""Comparing two versions of a map: key figures side by side, steps added/removed/changed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings

from procesbouw.comparison import StepChangeKind, Unit, compare, format_figure_change
from procesbouw.model import Flow, FlowKind, ProcessMap
from procesbouw.storage import MapFile
from resources import sample_path
from tests.domain.analysis_builder import MapBuilder
from tests.domain.test_analysis_properties import RandomDag, random_dags

DAY = 24 * 60.0


def _before() -> ProcessMap:
    """Intake (planner) → Beoordelen (verpleegkundige) → Start (zorg): 6 days in all."""
    b = MapBuilder()
    b.role("Planner")
    b.role("Verpleegkundige")
    b.step("Intake", wait=2 * DAY, process=DAY, role="Planner", ftr=80)
    b.step("Beoordelen", wait=2 * DAY, process=0, role="Verpleegkundige", ftr=50)
    b.step("Start", wait=DAY, process=0, role="Planner")
    b.chain("Intake", "Beoordelen", "Start")
    return b.pm


def _after(before: ProcessMap) -> ProcessMap:
    """Beoordelen is gone, Bellen is new, Intake is quicker and done by the nurse."""
    pm = before.copy()
    pm.remove("Intake->Beoordelen")
    pm.remove("Beoordelen->Start")
    pm.remove("Beoordelen")
    intake = pm.steps["Intake"]
    pm.replace(
        replace(
            intake,
            name="Intake aan tafel",
            role_id="Verpleegkundige",
            wait_minutes=0.5 * DAY,
            process_minutes=0.25 * DAY,
            ftr_percent=100,
        )
    )
    start = pm.steps["Start"]
    pm.replace(replace(start, wait_minutes=0.25 * DAY))
    b = MapBuilder()
    b.pm = pm
    b.step("Bellen", process=0, role="Planner", ftr=90)
    b.chain("Intake", "Bellen", "Start")
    return pm


def test_key_figures_side_by_side_with_their_change() -> None:
    before = _before()
    comparison = compare(before, _after(before))
    figures = {f.key: f for f in comparison.figures}

    lead = figures["lead_time_expected"]
    assert (lead.before, lead.after) == (6 * DAY, 1 * DAY)
    assert lead.difference == -5 * DAY
    assert lead.relative == pytest.approx(-5 / 6)
    assert lead.improved is True
    assert lead.unit is Unit.MINUTES
    assert lead.explanation.nl == "Doorlooptijd (verwacht): 6 dagen → 1 dag (−83 %)."
    assert lead.explanation.en == "Lead time (expected): 6 days → 1 day (−83%)."
    assert format_figure_change(lead, "en") == "−83%", "as every English percentage"
    assert figures["lead_time_first_pass"].explanation.nl.endswith("6 dagen → 1 dag (−83 %).")

    efficiency = figures["flow_efficiency"]  # 1 d of 6 d work → 0,25 d of 1 d
    assert efficiency.before == pytest.approx(1 / 6)
    assert efficiency.after == pytest.approx(0.25)
    assert efficiency.improved is True
    assert format_figure_change(efficiency) == "+8 %-punt"
    assert format_figure_change(efficiency, "en") == "+8 pp"
    assert efficiency.explanation.nl == "Stroomefficiëntie: 17 % → 25 % (+8 %-punt)."

    ftr = figures["rolled_ftr"]  # 0,8 × 0,5 × 1 → 1 × 0,9 × 1
    assert (ftr.before, ftr.after) == (pytest.approx(0.4), pytest.approx(0.9))
    assert ftr.explanation.nl == "First-time-right (keten): 40 % → 90 % (+50 %-punt)."

    handoffs = figures["handoffs"]  # P→V→P: 2; V→P→P: 1
    assert (handoffs.before, handoffs.after, handoffs.difference) == (2, 1, -1)
    assert handoffs.improved is True
    assert handoffs.explanation.nl == "Overdrachten: 2 → 1 (−1)."


def test_steps_added_removed_and_changed_matched_by_id() -> None:
    before = _before()
    comparison = compare(before, _after(before))

    assert [(c.kind, c.step_id) for c in comparison.added] == [(StepChangeKind.ADDED, "Bellen")]
    assert [c.explanation.nl for c in comparison.added] == ["Nieuwe stap ‘Bellen’."]
    assert [c.explanation.en for c in comparison.removed] == ["Step ‘Beoordelen’ was removed."]

    intake, start = comparison.changed
    assert intake.name == "Intake aan tafel"
    assert [f.field for f in intake.fields] == [
        "name",
        "role",
        "wait_minutes",
        "process_minutes",
        "ftr_percent",
    ]
    assert intake.explanation.nl == (
        "‘Intake aan tafel’: naam Intake → Intake aan tafel; rol Planner → Verpleegkundige; "
        "wachttijd 2 dagen → 12 u; bewerkingstijd 1 dag → 6 u; first-time-right 80 % → 100 %."
    )
    assert start.explanation.en == "‘Start’: wait time 1 day → 6 h."


def test_a_moved_brick_or_a_new_note_is_no_change() -> None:
    before = _before()
    after = before.copy()
    after.replace(replace(after.steps["Intake"], x=400, y=80, note="Koffie erbij"))

    comparison = compare(before, after)

    assert (comparison.added, comparison.removed, comparison.changed) == ((), (), ())
    assert all(f.difference == 0 and f.improved is None for f in comparison.figures)
    assert {format_figure_change(f) for f in comparison.figures} == {"±0 %", "±0 %-punt", "±0"}


def test_a_map_without_steps_has_no_figures_but_lists_the_steps() -> None:
    before = ProcessMap()
    after = _before()

    comparison = compare(before, after)

    lead = comparison.figures[0]
    assert (lead.before, lead.after, lead.difference, lead.relative) == (None, 6 * DAY, None, None)
    assert lead.explanation.nl == "Doorlooptijd (verwacht): — → 6 dagen (—)."
    assert [c.step_id for c in comparison.added] == ["Intake", "Beoordelen", "Start"]


def test_the_sample_snapshots_go_from_six_days_to_one() -> None:
    with MapFile.open(sample_path("zorgorganisatie"), read_only=True) as map_file:
        start, later = sorted(map_file.map.snapshots.values(), key=lambda s: s.taken_on)

    comparison = compare(start.content, later.content)

    lead = comparison.figures[0]
    assert lead.explanation.nl == "Doorlooptijd (verwacht): 6 dagen → 1 dag (−83 %)."
    assert [c.name for c in comparison.removed] == ["Doorsturen naar wijkteam"]
    assert len(comparison.changed) == 10


@settings(max_examples=40, deadline=None)
@given(random_dags(), random_dags())
def test_comparing_is_consistent_both_ways(first: RandomDag, second: RandomDag) -> None:
    before, after = first.builder.pm, second.builder.pm

    forward, backward = compare(before, after), compare(after, before)
    same = compare(before, before.copy())

    assert {c.step_id for c in forward.added} == set(after.steps) - set(before.steps)
    assert [c.step_id for c in forward.added] == [c.step_id for c in backward.removed]
    assert {c.step_id for c in forward.changed} == {c.step_id for c in backward.changed}
    for there, back in zip(forward.figures, backward.figures, strict=True):
        assert there.difference == pytest.approx(-back.difference)  # type: ignore[operator]
        assert there.improved is (None if back.improved is None else not back.improved)
    assert (same.added, same.removed, same.changed) == ((), (), ())
    assert all(f.difference == 0 and f.improved is None for f in same.figures)


def test_handoffs_added_removed_and_changed_are_named() -> None:
    # A rework loop changes the figures without any step changing.
    before = _before()
    after = before.copy()
    first, second = list(after.steps)[:2]
    loop = Flow(second, first, FlowKind.REWORK, 0.25)
    after.add(loop)
    comparison = compare(before, after)
    assert comparison.changed == ()
    assert [(c.kind, c.flow_id) for c in comparison.flows] == [(StepChangeKind.ADDED, loop.id)]
    names = f"‘{after.steps[second].name}’ → ‘{after.steps[first].name}’"
    assert comparison.flows[0].explanation.nl == f"Nieuwe terugkoppeling {names} (25 % gaat terug)."
    assert comparison.flows[0].explanation.en == f"New rework loop {names} (25% goes back)."

    later = after.copy()
    later.replace(replace(loop, rework_share=0.1))
    [changed] = compare(after, later).flows
    assert changed.explanation.nl == (
        f"{names}: terugkoppeling (25 % gaat terug) → terugkoppeling (10 % gaat terug)."
    )
    [gone] = compare(after, before).flows
    assert gone.kind is StepChangeKind.REMOVED
    assert gone.explanation.en == f"Rework loop {names} (25% goes back) was removed."


def test_a_change_too_small_to_show_is_shown_as_none_and_not_coloured() -> None:
    # One more minute of work in six days moves the figures by hundredths: the tiles
    # said "+0 %-punt" in green, as if the team had improved.
    before = _before()
    after = before.copy()
    intake = after.steps["Intake"]
    after.replace(replace(intake, process_minutes=intake.process_minutes + 1))

    lead, _, efficiency, *_ = compare(before, after).figures

    assert efficiency.difference and lead.difference  # they did move
    assert format_figure_change(efficiency) == "±0 %-punt"
    assert format_figure_change(lead, "en") == "±0%"
    assert efficiency.improved is None and lead.improved is None
