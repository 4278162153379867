"""Structure warnings: friendly hints, and the analysis carries on."""

from __future__ import annotations

from dataclasses import replace

from procesbouw.analysis import StructureWarning, WarningKind, analyse
from tests.domain.analysis_builder import MapBuilder


def warnings_of(m: MapBuilder) -> dict[WarningKind, StructureWarning]:
    result = analyse(m.pm)
    kinds = [w.kind for w in result.warnings]
    assert len(kinds) == len(set(kinds))
    return {w.kind: w for w in result.warnings}


def with_role(m: MapBuilder, *names: str) -> None:
    if "R" not in m.pm.roles:
        m.role("R")
    for name in names:
        m.step(name, process=10, role="R")


def test_a_well_formed_map_has_no_warnings() -> None:
    m = MapBuilder()
    with_role(m, "A", "B", "C")
    m.chain("A", "B", "C")
    m.rework("C", "A", 0.3)
    # The stated FTR agrees with the 30 % that goes back.
    m.pm.replace(replace(m.pm.steps["C"], ftr_percent=70))

    assert analyse(m.pm).warnings == ()


def test_handoff_cycle_names_its_steps_and_analysis_continues() -> None:
    m = MapBuilder()
    with_role(m, "S", "A", "B", "C")
    m.chain("S", "A", "B", "C", "A")

    result = analyse(m.pm)
    warnings = warnings_of(m)

    assert set(warnings) == {WarningKind.HANDOFF_CYCLE}
    assert warnings[WarningKind.HANDOFF_CYCLE].entity_ids == ("A", "B", "C")
    assert (
        warnings[WarningKind.HANDOFF_CYCLE]
        .explanation.text("nl")
        .startswith("De overdrachten tussen 'A', 'B' en 'C' vormen een kring.")
    )
    assert result.figures is not None


def test_unreachable_steps_are_left_out_of_the_lead_time() -> None:
    m = MapBuilder()
    with_role(m, "S", "T", "X", "Y")
    m.chain("S", "T")
    m.chain("X", "Y", "X")  # a cycle nothing leads into

    result = analyse(m.pm)
    warnings = warnings_of(m)

    assert set(warnings) == {WarningKind.HANDOFF_CYCLE, WarningKind.UNREACHABLE}
    assert warnings[WarningKind.UNREACHABLE].entity_ids == ("X", "Y")
    assert result.figures is not None and result.figures.lead_time_expected == 20
    assert "X" not in result.slack and "X" not in result.multipliers


def test_only_cycles_warns_about_the_cycle_but_not_about_reachability() -> None:
    m = MapBuilder()
    with_role(m, "A", "B")
    m.chain("A", "B", "A")

    assert set(warnings_of(m)) == {WarningKind.HANDOFF_CYCLE}


def test_several_starts_and_ends_still_take_the_longest_route() -> None:
    m = MapBuilder()
    with_role(m, "A1", "A2", "M", "Z1", "Z2")
    m.chain("A1", "M", "Z1")
    m.chain("A2", "M", "Z2")

    warnings = warnings_of(m)

    assert warnings[WarningKind.SEVERAL_STARTS].entity_ids == ("A1", "A2")
    assert warnings[WarningKind.SEVERAL_ENDS].entity_ids == ("Z1", "Z2")
    assert warnings[WarningKind.SEVERAL_STARTS].explanation.text("en") == (
        "The process has 2 start steps: 'A1' and 'A2'. The lead time follows the longest route."
    )
    figures = analyse(m.pm).figures
    assert figures is not None and figures.lead_time_expected == 30


def test_steps_without_role_are_named() -> None:
    m = MapBuilder()
    with_role(m, "A")
    m.step("B")
    m.step("C")
    m.chain("A", "B", "C")

    warning = warnings_of(m)[WarningKind.NO_ROLE]

    assert warning.entity_ids == ("B", "C")
    assert warning.explanation.text("nl") == "2 stappen hebben nog geen rol: 'B' en 'C'."


def test_long_lists_of_names_are_cut_short() -> None:
    m = MapBuilder()
    names = [f"S{i}" for i in range(7)]
    for name in names:
        m.step(name)
    m.chain(*names)

    warning = warnings_of(m)[WarningKind.NO_ROLE]

    assert warning.entity_ids == tuple(names)
    assert warning.explanation.text("nl") == (
        "7 stappen hebben nog geen rol: 'S0', 'S1', 'S2' en 4 andere."
    )


def test_rework_to_a_step_that_is_not_upstream_gets_no_multiplier() -> None:
    m = MapBuilder()
    with_role(m, "A", "B", "C")
    m.chain("A", "B", "C")
    flow = m.rework("A", "C", 0.5)  # "back" to a later step

    result = analyse(m.pm)
    warning = warnings_of(m)[WarningKind.REWORK_NOT_UPSTREAM]

    assert warning.entity_ids == (flow,)
    assert set(result.multipliers.values()) == {1.0}
    assert "'A' naar 'C'" in warning.explanation.text("nl")
