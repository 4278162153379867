from datetime import date

import pytest

from procesbouw.model import (
    Action,
    Finding,
    Flow,
    FlowKind,
    InUseError,
    MapDetails,
    Photo,
    ProcessMap,
    Role,
    RoleLink,
    Snapshot,
    Step,
    ValidationError,
    changed,
)


@pytest.fixture
def pm() -> ProcessMap:
    pm = ProcessMap()
    planner = Role("Planner", id="r1")
    pm.add(planner)
    pm.add(Step("Aanmelding", "r1", id="a"))
    pm.add(Step("Intake", "r1", id="b"))
    pm.add(Flow("a", "b", id="f"))
    return pm


def _refused(pm: ProcessMap, entity: object, fragment: str) -> None:
    before = pm.copy()
    with pytest.raises(ValidationError, match=fragment):
        pm.add(entity)  # type: ignore[arg-type]
    assert pm == before


@pytest.mark.parametrize(
    ("entity", "fragment"),
    [
        (Step("  "), "naam"),
        (Step("X", process_minutes=-1), "negatief"),
        (Step("X", wait_minutes=float("nan")), "getal"),
        (Step("X", ftr_percent=101), "First-time-right"),
        (Step("X", ftr_percent=-0.5), "First-time-right"),
        (Step("X", role_id="nope"), "rol bestaat niet"),
        (Flow("a", "zz"), "bestaande stappen"),
        (Flow("a", "a"), "zichzelf"),
        (Flow("a", "b"), "bestaat al"),
        (Flow("b", "a", FlowKind.REWORK, 1.0), "tussen 0 en 100"),
        (Flow("b", "a", FlowKind.REWORK, 0.0), "tussen 0 en 100"),
        (Flow("b", "a", FlowKind.REWORK), "tussen 0 en 100"),
        (Flow("b", "a", FlowKind.HANDOFF, 0.5), "Alleen een terugkoppeling"),
        (Role(""), "naam"),
        (Role("X", colour="red"), "kleur"),
        (RoleLink("r1", "r1"), "zichzelf"),
        (Finding("", ""), "titel"),
        (Finding("Goed", step_ids=("missing",)), "bestaat"),
        (Finding("Goed", step_ids=("a", "a")), "twee keer"),
        (Action(""), "Beschrijf"),
        (Photo(b""), "leeg"),
        (Photo(b"x", mime="image/gif"), "PNG"),
    ],
)
def test_invalid_entities_are_refused_and_change_nothing(
    pm: ProcessMap, entity: object, fragment: str
) -> None:
    _refused(pm, entity, fragment)


def test_validation_names_the_field(pm: ProcessMap) -> None:
    with pytest.raises(ValidationError) as caught:
        pm.replace(changed(pm.steps["a"], ftr_percent=150))
    assert caught.value.field == "ftr_percent"
    assert pm.steps["a"].ftr_percent == 100


def test_a_used_step_cannot_be_removed_and_its_dependents_are_named(pm: ProcessMap) -> None:
    pm.add(Finding("Direct contact", step_ids=("a",), id="fi"))
    with pytest.raises(InUseError) as caught:
        pm.remove("a")
    assert {e.id for e in caught.value.dependents} == {"f", "fi"}
    assert "a" in pm.steps


def test_remove_returns_the_index_and_add_restores_the_order(pm: ProcessMap) -> None:
    pm.add(Step("Plannen", id="c"))
    entity, index = pm.remove("b") if not pm.flows_of("b") else (None, None)  # blocked by flow
    assert entity is None
    pm.remove("f")
    removed, index = pm.remove("b")
    assert index == 1 and list(pm.steps) == ["a", "c"]
    pm.add(removed, index)
    assert list(pm.steps) == ["a", "b", "c"]


def test_replace_keeps_identity_and_returns_the_old_state(pm: ProcessMap) -> None:
    old = pm.replace(changed(pm.steps["a"], name="Aanmelden"))
    assert old.name == "Aanmelding" and pm.steps["a"].name == "Aanmelden"


def test_details_are_validated() -> None:
    pm = ProcessMap()
    with pytest.raises(ValidationError):
        pm.set_details(MapDetails(name=""))
    with pytest.raises(ValidationError):
        pm.set_details(MapDetails(hours_per_day=0))
    pm.set_details(MapDetails(name="Zorg", session_date=date(2026, 11, 24), hours_per_day=8))
    assert pm.details.hours_per_day == 8


def test_a_snapshot_freezes_the_content(pm: ProcessMap) -> None:
    pm.add(Snapshot("Start", date(2026, 1, 1), pm.content_copy(), id="s"))
    pm.replace(changed(pm.steps["a"], name="Anders"))
    assert pm.snapshots["s"].content.steps["a"].name == "Aanmelding"


def test_ids_are_unique() -> None:
    assert len({Step("x").id for _ in range(100)}) == 100
