"""Lead time, critical path, rework, bottlenecks and slack on hand-computed maps."""

from __future__ import annotations

import pytest

from procesbouw.analysis import Analysis, KeyFigures, WarningKind, analyse
from tests.domain.analysis_builder import MapBuilder

DAY = 24 * 60


def figures_of(analysis: Analysis) -> KeyFigures:
    assert analysis.figures is not None, analysis.message
    return analysis.figures


def test_serial_chain_adds_up_wait_and_process_times() -> None:
    m = MapBuilder()
    m.step("A", wait=10, process=5)
    m.step("B", wait=20, process=10)
    m.step("C", process=30)
    m.chain("A", "B", "C")

    result = analyse(m.pm)
    figures = figures_of(result)

    assert figures.lead_time_first_pass == 75
    assert figures.lead_time_expected == 75
    assert figures.critical_path == ("A", "B", "C")
    assert figures.process_time == 45
    assert figures.wait_time == 30
    assert figures.flow_efficiency == pytest.approx(0.6)
    assert result.slack == {}
    assert result.multipliers == {"A": 1.0, "B": 1.0, "C": 1.0}


def test_bottlenecks_rank_by_share_and_keep_path_order_on_ties() -> None:
    m = MapBuilder()
    m.step("A", wait=10, process=5)
    m.step("B", wait=20, process=10)
    m.step("C", process=30)
    m.chain("A", "B", "C")

    bottlenecks = analyse(m.pm).bottlenecks

    assert [(b.step_id, b.share) for b in bottlenecks] == [
        ("B", pytest.approx(0.4)),
        ("C", pytest.approx(0.4)),
        ("A", pytest.approx(0.2)),
    ]
    assert (bottlenecks[0].wait_minutes, bottlenecks[0].process_minutes) == (20, 10)


def test_parallel_branches_the_longest_wins() -> None:
    m = MapBuilder()
    m.step("S", process=10)
    m.step("X", process=100)
    m.step("Y", wait=20, process=10)
    m.step("E", process=10)
    m.chain("S", "X", "E")
    m.chain("S", "Y", "E")

    result = analyse(m.pm)

    assert figures_of(result).lead_time_expected == 120
    assert figures_of(result).critical_path == ("S", "X", "E")
    assert result.slack == {"Y": 70}


def test_equal_branches_give_the_same_critical_path_every_time() -> None:
    m = MapBuilder()
    for name in ("S", "X", "Y", "E"):
        m.step(name, process=10)
    m.chain("S", "X", "E")
    m.chain("S", "Y", "E")

    paths = {figures_of(analyse(m.pm)).critical_path for _ in range(3)}

    assert paths == {("S", "X", "E")}
    assert analyse(m.pm).slack == {"Y": 0}


def test_rework_with_half_going_back_doubles_its_loop() -> None:
    m = MapBuilder()
    m.step("A", process=10)
    m.step("B", process=20)
    m.step("C", process=30)
    m.step("D", process=40)
    m.chain("A", "B", "C", "D")
    m.rework("C", "B", 0.5)

    result = analyse(m.pm)
    figures = figures_of(result)

    assert result.multipliers == {"A": 1.0, "B": 2.0, "C": 2.0, "D": 1.0}
    assert figures.lead_time_first_pass == 100
    assert figures.lead_time_expected == 10 + 2 * 20 + 2 * 30 + 40


def test_overlapping_loops_multiply() -> None:
    m = MapBuilder()
    for name in "ABCDE":
        m.step(name, process=10)
    m.chain(*"ABCDE")
    m.rework("C", "A", 0.5)  # A, B, C twice
    m.rework("D", "B", 0.75)  # B, C, D four times

    result = analyse(m.pm)

    assert result.multipliers == {"A": 2.0, "B": 8.0, "C": 8.0, "D": 4.0, "E": 1.0}
    assert figures_of(result).lead_time_expected == 10 * (2 + 8 + 8 + 4 + 1)
    assert figures_of(result).lead_time_first_pass == 50


def test_a_loop_is_every_step_on_a_path_back_and_nothing_else() -> None:
    m = MapBuilder()
    for name in ("A", "X", "Y", "B", "Z", "E"):
        m.step(name, process=10)
    m.chain("A", "X", "B", "E")
    m.chain("A", "Y", "B")
    m.chain("A", "Z", "E")  # leaves the loop: never repeated
    m.rework("B", "A", 0.5)

    multipliers = analyse(m.pm).multipliers

    assert multipliers == {"A": 2.0, "X": 2.0, "Y": 2.0, "B": 2.0, "Z": 1.0, "E": 1.0}


def test_expected_time_decides_the_critical_path() -> None:
    m = MapBuilder()
    m.step("S")
    m.step("Long", process=100)
    m.step("Fix", process=40)
    m.step("Check", process=30)
    m.step("E")
    m.chain("S", "Long", "E")
    m.chain("S", "Fix", "Check", "E")
    m.rework("Check", "Fix", 0.5)  # 70 becomes 140: longer than 100

    figures = figures_of(analyse(m.pm))

    assert figures.lead_time_first_pass == 100
    assert figures.lead_time_expected == 140
    assert figures.critical_path == ("S", "Fix", "Check", "E")
    assert figures.process_time == 140


def test_rolled_first_time_right_multiplies_along_the_critical_path() -> None:
    m = MapBuilder()
    m.step("A", process=10, ftr=90)
    m.step("B", process=50, ftr=80)
    m.step("C", process=10, ftr=50)
    m.step("Side", process=1, ftr=10)  # off the critical path: not counted
    m.chain("A", "B", "C")
    m.chain("A", "Side", "C")

    assert figures_of(analyse(m.pm)).rolled_ftr == pytest.approx(0.9 * 0.8 * 0.5)


def test_handoffs_count_role_changes_but_not_steps_without_role() -> None:
    m = MapBuilder()
    m.role("R1")
    m.role("R2")
    m.step("A", role="R1")
    m.step("B", role="R2")
    m.step("C", role="R2")
    m.step("D", role="R1")
    m.step("E")  # no role: D → E → F are not counted
    m.step("F", role="R1")
    m.chain(*"ABCDEF")

    assert figures_of(analyse(m.pm)).handoffs == 2


def test_slack_of_off_path_steps() -> None:
    m = MapBuilder()
    m.step("S", process=10)
    m.step("P", process=50)
    m.step("Q", process=20)
    m.step("R", wait=5)
    m.step("E", process=10)
    m.step("T", process=15)  # a second end
    m.chain("S", "P", "E")
    m.chain("S", "Q", "R", "E")
    m.handoff("S", "T")

    result = analyse(m.pm)

    assert figures_of(result).lead_time_expected == 70
    assert result.slack == {"Q": 25, "R": 25, "T": 45}


def test_flow_efficiency_is_zero_when_no_times_are_entered() -> None:
    m = MapBuilder()
    m.step("A")
    m.step("B")
    m.chain("A", "B")

    result = analyse(m.pm)

    assert figures_of(result).lead_time_expected == 0
    assert figures_of(result).flow_efficiency == 0
    assert result.bottlenecks == ()


def test_a_lone_step_is_its_own_lead_time() -> None:
    m = MapBuilder()
    m.step("Only", wait=30, process=15)

    result = analyse(m.pm)

    assert figures_of(result).lead_time_expected == 45
    assert figures_of(result).critical_path == ("Only",)
    assert [b.share for b in result.bottlenecks] == [1.0]
    assert [w.kind for w in result.warnings] == [WarningKind.NO_ROLE]


def test_empty_map_explains_instead_of_measuring() -> None:
    result = analyse(MapBuilder().pm)

    assert result.figures is None
    assert result.message is not None
    assert result.message.text("nl").startswith("Nog geen stappen")
    assert result.message.text("en").startswith("No steps")
    assert result.bottlenecks == () and result.warnings == ()


def test_only_cycles_explains_instead_of_measuring() -> None:
    m = MapBuilder()
    m.step("A", process=10)
    m.step("B", process=10)
    m.chain("A", "B", "A")

    result = analyse(m.pm)

    assert result.figures is None
    assert result.message is not None
    assert "geen begin" in result.message.text("nl")
    assert "no start" in result.message.text("en")


def test_handoff_cycle_with_an_entry_ignores_the_closing_handoff() -> None:
    m = MapBuilder()
    for name in "SABC":
        m.step(name, process=10)
    m.chain(*"SABCA")  # C → A closes the cycle

    figures = figures_of(analyse(m.pm))

    assert figures.lead_time_expected == 40
    assert figures.critical_path == tuple("SABC")


def test_explanations_read_out_in_dutch_and_english() -> None:
    m = MapBuilder()
    m.step("Aanmelding", process=60)
    m.step("Intake plannen", wait=5 * DAY, process=60)
    m.step("Intake", wait=DAY - 180, process=60)
    m.chain("Aanmelding", "Intake plannen", "Intake")

    result = analyse(m.pm)
    top = result.bottlenecks[0]

    assert top.step_id == "Intake plannen"
    assert top.explanation.text("nl") == (
        "Van de 6 dagen zit 5 dagen in wachten vóór 'Intake plannen' "
        "en 1 u in het werk zelf (84 %)."
    )
    assert top.explanation.text("en") == (
        "Of the 6 days, 5 days is waiting before 'Intake plannen' and 1 h is the work itself (84%)."
    )
    assert (
        figures_of(result)
        .explanation.text("nl")
        .startswith(
            "De doorlooptijd is 6 dagen. Daarvan is 3 u echt werk: een stroomefficiëntie van 2,1 %."
        )
    )
    assert (
        figures_of(result)
        .explanation.text("en")
        .startswith(
            "The lead time is 6 days. Of that, 3 h is actual work: a flow efficiency of 2.1%."
        )
    )


def test_explanations_use_the_maps_working_day_and_mention_rework() -> None:
    m = MapBuilder(hours_per_day=8)
    m.step("A", wait=8 * 60, process=8 * 60)
    m.step("B", process=4 * 60)
    m.chain("A", "B")
    m.rework("B", "A", 0.5)

    result = analyse(m.pm)

    assert (
        figures_of(result)
        .explanation.text("nl")
        .startswith("De doorlooptijd is 5 werkdagen (zonder herhalingen 2,5 werkdagen).")
    )
    assert (
        result.bottlenecks[0]
        .explanation.text("en")
        .endswith("Rework makes it happen 2 times on average.")
    )
