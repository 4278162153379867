"""BPMN 2.0 in: the MIWG reference models against their XML and pictures, hostile files,
and the ``procesbouw import MODEL.bpmn`` command."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from procesbouw.cli import run
from procesbouw.exchange import ExchangeError, NotBpmnError, import_bpmn
from procesbouw.exchange.bpmn_import import UNKNOWN_REWORK_SHARE
from procesbouw.model import FlowKind, ProcessMap, RoleKind
from procesbouw.storage import MapFile
from tests.domain.bpmn_samples import NESTED_LOOP, model, reference


def _steps(pm: ProcessMap) -> dict[str, str | None]:
    """step name → role name."""
    return {s.name: pm.roles[s.role_id].name if s.role_id else None for s in pm.steps.values()}


def _flows(pm: ProcessMap) -> set[tuple[str, str, str]]:
    return {
        (pm.steps[f.source_id].name, pm.steps[f.target_id].name, f.kind.value)
        for f in pm.flows.values()
    }


def _roles(pm: ProcessMap) -> dict[str, RoleKind]:
    return {role.name: role.kind for role in pm.roles.values()}


H = "handoff"


def test_a10_a_straight_sequence() -> None:
    result = import_bpmn(reference("A.1.0"))
    pm = result.map
    # Picture: Start → Task 1 → Task 2 → Task 3 → End, no pools.
    assert _steps(pm) == {"Task 1": None, "Task 2": None, "Task 3": None}
    assert _flows(pm) == {("Task 1", "Task 2", H), ("Task 2", "Task 3", H)}
    assert not result.laid_out
    xs = [s.x for s in pm.steps.values()]
    assert xs == sorted(xs)  # the diagram's left-to-right order is kept
    assert result.collapsed == {"startEvent": 1, "endEvent": 1}


def test_a20_gateways_collapse_into_handoffs() -> None:
    pm = import_bpmn(reference("A.2.0")).map
    # Picture: Task 1 → split → Task 2 / Task 3 / Task 4 → merge → end.
    assert set(_steps(pm)) == {"Task 1", "Task 2", "Task 3", "Task 4"}
    assert _flows(pm) == {("Task 1", t, H) for t in ("Task 2", "Task 3", "Task 4")}


def test_a40_pools_lanes_sub_processes_and_message_flows() -> None:
    result = import_bpmn(reference("A.4.0"))
    pm = result.map
    # Picture: "Pool" (Task 1, Task 2) above Lane 1 (Task 3, Task 4 inside Expanded
    # Sub-Process 1, Task 5) and Lane 2 (Task 6 inside Expanded Sub-Process 2).
    assert _steps(pm) == {
        "Task 1": "Pool",
        "Task 2": "Pool",
        "Task 3": "Lane 1",
        "Task 4": "Lane 1",
        "Task 5": "Lane 1",
        "Task 6": "Lane 2",
    }
    # The pool has fewer steps: another organisation.
    assert _roles(pm) == {
        "Pool": RoleKind.EXTERNAL,
        "Lane 1": RoleKind.INTERNAL,
        "Lane 2": RoleKind.INTERNAL,
    }
    assert _flows(pm) == {
        ("Task 1", "Task 2", H),
        ("Task 3", "Task 4", H),  # into Expanded Sub-Process 1
        ("Task 4", "Task 5", H),  # out of it
        ("Task 3", "Task 6", H),  # into Expanded Sub-Process 2
        ("Task 1", "Task 3", H),  # Message Flow 1
        ("Task 5", "Task 2", H),  # Message Flow 2
    }
    assert result.collapsed["subProcess"] == 2
    assert result.left_out == {"message": 2}


def test_b10_every_kind_of_activity() -> None:
    result = import_bpmn(reference("B.1.0"))
    pm = result.map
    assert _steps(pm) == {
        "Abstract Task 1": "Participant",
        "User Task 2": "Participant",
        "Service Task 3": "Participant",
        "Call Activity Collapsed": "Lane 1",
        "Call Activity - Expanded": "Lane 1",  # a call activity stays one step
        "Call Activity Calling a Global Task": "Lane 1",
        "User Task 5": "Lane 2",
        "Collapsed Sub-Process": "Lane 2",
        "Abstract Task 6": "Lane 2",  # inside "Sub Process - Expanded"
        "Service Task 7": "Lane 2",
    }
    assert _roles(pm)["Participant"] is RoleKind.EXTERNAL
    flows = _flows(pm)
    for pair in [
        ("Abstract Task 1", "User Task 2"),
        ("User Task 2", "Service Task 3"),
        ("Call Activity Collapsed", "Call Activity - Expanded"),
        ("User Task 5", "Collapsed Sub-Process"),
        ("User Task 5", "Service Task 7"),
        ("Collapsed Sub-Process", "Abstract Task 6"),
        ("Call Activity - Expanded", "Service Task 3"),  # Message Flow 2 (from End Event)
        ("Abstract Task 1", "Call Activity Collapsed"),  # Message Flow 1 (to Start Event)
    ]:
        assert (*pair, H) in flows
    # Picture: a data object, a data store, an annotation and a group; the
    # called processes are the call activities' insides.
    for kind in ("dataObject", "dataStoreReference", "textAnnotation", "group", "process"):
        assert result.left_out[kind] >= 1, kind
    summary = result.summary("nl")
    assert "Niet overgenomen:" in summary and "tekstannotatie" in summary
    assert "text annotation" in result.summary("en")


def test_c10_loop_back_becomes_rework_with_unknown_share() -> None:
    result = import_bpmn(reference("C.1.0"))
    pm = result.map
    assert _steps(pm) == {
        "Scan Invoice": "Team-Assistant",
        "Archive original": "Team-Assistant",
        "Assign approver": "Team-Assistant",
        "Review and document result": "Team-Assistant",
        "Assign Approver": "Team Assistant",
        "Approve Invoice": "Approver",
        "Rechnung klären": "Team Assistant",
        "Prepare Bank Transfer": "Accountant",
        "Archive Invoice": "Accountant",
    }
    assert _roles(pm)["Team-Assistant"] is RoleKind.EXTERNAL
    assert _roles(pm)["Accountant"] is RoleKind.INTERNAL
    flows = _flows(pm)
    # Picture: "Review successful? yes" goes back up to Approve Invoice.
    assert ("Rechnung klären", "Approve Invoice", "rework") in flows
    assert ("Approve Invoice", "Rechnung klären", H) in flows
    assert ("Approve Invoice", "Prepare Bank Transfer", H) in flows
    # Through the event-based gateway and the message catch event.
    assert ("Assign approver", "Review and document result", H) in flows
    # Five message flows (one per dashed arrow in the picture).
    for pair in [
        ("Scan Invoice", "Assign Approver"),
        ("Assign Approver", "Assign approver"),
        ("Assign approver", "Assign Approver"),
        ("Rechnung klären", "Review and document result"),
        ("Review and document result", "Rechnung klären"),
    ]:
        assert (*pair, H) in flows
    assert sum(1 for f in pm.flows.values() if f.kind is FlowKind.REWORK) == 1
    assert result.unknown_shares == [("Rechnung klären", "Approve Invoice")]
    rework = next(f for f in pm.flows.values() if f.kind is FlowKind.REWORK)
    assert rework.rework_share == UNKNOWN_REWORK_SHARE
    source = pm.steps[rework.source_id]
    assert "Approve Invoice" in source.note and "vul het in" in source.note
    assert "Aandeel terugkoppeling onbekend" in result.summary("nl")
    assert "Rework share unknown" in result.summary("en")


def test_nested_lanes_flattened_boundary_path_kept_and_laid_out() -> None:
    result = import_bpmn(NESTED_LOOP)
    pm = result.map
    assert _steps(pm) == {
        "Aanvraag ontvangen": "Balie",
        "Controleren": "Backoffice",
        "Besluiten": "Backoffice",
        "Herinnering sturen": None,
    }
    assert set(_roles(pm)) == {"Balie", "Backoffice"}
    assert _flows(pm) == {
        ("Aanvraag ontvangen", "Controleren", H),
        ("Controleren", "Besluiten", H),
        ("Controleren", "Aanvraag ontvangen", "rework"),
        ("Controleren", "Herinnering sturen", H),  # the path leaving the timer
    }
    assert result.left_out == {"boundaryEvent": 1, "textAnnotation": 1}
    assert result.laid_out
    assert len({(s.x, s.y) for s in pm.steps.values()}) == 4
    note = next(s.note for s in pm.steps.values() if s.name == "Aanvraag ontvangen")
    assert note.startswith("Via de")


def test_a_share_named_on_the_way_back_is_taken() -> None:
    data = NESTED_LOOP.replace(b'name="nee"', b'name="30%"')
    pm = import_bpmn(data).map
    rework = next(f for f in pm.flows.values() if f.kind is FlowKind.REWORK)
    assert rework.rework_share == pytest.approx(0.3)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "geen leesbaar XML"),
        (b"\x00\x01 not xml", "geen leesbaar XML"),
        (b"<html><body>hoi</body></html>", "geen BPMN 2.0-model"),
        (
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
            b'<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&b;</definitions>',
            "entiteiten",
        ),
        (model(""), "geen taken"),
        (
            model(
                '<task id="a" name="A" xmlns:pb="https://procesbouw.nl/bpmn/1" '
                'pb:processMinutes="-5"/>'
            ),
            "negatief",
        ),
        (model('<task id="a" name="A"/><task id="a" name="B"/>'), "twee keer"),
    ],
)
def test_a_file_that_is_not_usable_bpmn_says_why(data: bytes, words: str) -> None:
    with pytest.raises(ExchangeError) as caught:
        import_bpmn(data)
    assert words in str(caught.value)
    assert caught.value.text("en") and caught.value.text("en") != str(caught.value)


def test_not_bpmn_is_its_own_error() -> None:
    with pytest.raises(NotBpmnError):
        import_bpmn(b"<definitions/>")


def test_cli_import_makes_a_map_and_prints_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "C.1.0.bpmn"
    source.write_bytes(reference("C.1.0"))
    target = tmp_path / "factuur.procesbouw"
    assert run(["import", str(source), "-o", str(target), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "9 steps" in out and "Rework share unknown" in out
    with MapFile.open(target, read_only=True) as map_file:
        assert _steps(map_file.map) == _steps(import_bpmn(reference("C.1.0")).map)


def test_cli_refused_file_creates_nothing_and_stays_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kapot.bpmn"
    source.write_bytes(b"<definitions><task")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    target = tmp_path / "nieuw.procesbouw"
    assert run(["import", str(source), "-o", str(target), "--lang", "en"]) == 1
    assert "not a readable XML file" in capsys.readouterr().err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [source]
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
