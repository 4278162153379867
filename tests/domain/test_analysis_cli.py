"""``procesbouw analyse``: terminal text and the documented JSON shape."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from procesbouw.analysis import analyse
from procesbouw.analysis.as_json import analysis_as_json
from procesbouw.cli import run
from procesbouw.cli.analyse import as_text, find_snapshot
from procesbouw.model import ProcessMap, Snapshot, changed
from procesbouw.storage import MapFile
from tests.domain.analysis_builder import MapBuilder

DAY = 24 * 60


def care_map() -> ProcessMap:
    m = MapBuilder()
    m.role("Klant")
    m.role("Planner")
    m.role("Wijkverpleegkundige")
    m.step("Aanmelding", process=60, role="Klant")
    m.step("Intake plannen", wait=5 * DAY, process=60, role="Planner")
    m.step("Intake", wait=DAY - 180, process=60, role="Wijkverpleegkundige")
    m.step("Zonder rol", process=10)
    m.chain("Aanmelding", "Intake plannen", "Intake")
    m.handoff("Aanmelding", "Zonder rol")
    m.link("Klant", "Wijkverpleegkundige")
    m.finding("f1", tags=("vaste planner",), steps=("Intake plannen",))
    m.finding("f2", tags=("vaste planner",))
    return m.pm


def test_text_shows_key_figures_and_every_section_by_name() -> None:
    pm = care_map()

    text = as_text(pm, analyse(pm), None, "nl")

    assert text.splitlines()[0] == "Proceskaart: Test"
    assert re.search(r"^Doorlooptijd +6 dagen$", text, re.MULTILINE)
    assert re.search(r"^Dagen +kalenderdagen \(24 u\)$", text, re.MULTILINE)
    assert re.search(r"^Kritieke pad +Aanmelding → Intake plannen → Intake$", text, re.MULTILINE)
    for heading in (
        "Knelpunten",
        "Verborgen verbindingen",
        "Ongebruikte verbindingen",
        "Verbindende rollen",
        "Succespatronen",
        "Aandachtspunten",
    ):
        assert f"\n{heading}\n" in text
    assert "  - Van de 6 dagen zit 5 dagen in wachten vóór 'Intake plannen'" in text
    assert "'vaste planner' komt terug in 2 verhalen." in text
    assert "Wijkverpleegkundige-" not in text  # names, not ids


def test_text_in_english() -> None:
    pm = care_map()

    text = as_text(pm, analyse(pm), None, "en")

    assert re.search(r"^Lead time +6 days$", text, re.MULTILINE)
    assert "\nHidden connections\n" in text


def test_text_of_an_empty_map_is_the_friendly_message() -> None:
    pm = ProcessMap()

    text = as_text(pm, analyse(pm), None, "nl")

    assert "Nog geen stappen op de kaart" in text
    assert "Doorlooptijd" not in text


def test_json_shape_has_names_ids_and_minutes() -> None:
    pm = care_map()

    data = json.loads(json.dumps(analysis_as_json(pm, analyse(pm))))

    assert (data["format"], data["version"]) == ("procesbouw-analysis", 1)
    assert data["map"] == {"name": "Test", "hours_per_day": 24.0}
    assert data["snapshot"] is None and data["message"] is None
    figures = data["figures"]
    assert figures["lead_time_expected_minutes"] == 6 * DAY
    assert figures["handoffs"] == 2
    assert figures["critical_path"][1] == {"id": "Intake plannen", "name": "Intake plannen"}
    assert data["bottlenecks"][0]["step"]["name"] == "Intake plannen"
    assert data["bottlenecks"][0]["wait_minutes"] == 5 * DAY
    assert data["slack"] == [
        {"step": {"id": "Zonder rol", "name": "Zonder rol"}, "slack_minutes": 6 * DAY - 70}
    ]
    assert [h["roles"] for h in data["hidden_connections"]][0][0]["id"] in ("Klant", "Planner")
    assert data["unused_links"][0]["link_id"] == "Klant-Wijkverpleegkundige"
    assert data["brokers"][0]["role"]["name"] == "Planner"
    assert data["patterns"][0]["findings"] == [
        {"id": "f1", "title": "f1"},
        {"id": "f2", "title": "f2"},
    ]
    assert data["hotspots"] == [
        {"step": {"id": "Intake plannen", "name": "Intake plannen"}, "findings": 1}
    ]
    kinds = {w["kind"] for w in data["warnings"]}
    assert kinds == {"no_role", "several_ends"}
    assert set(data["warnings"][0]["explanation"]) == {"nl", "en"}


def test_json_of_a_map_without_figures_carries_the_message() -> None:
    pm = ProcessMap()

    data = analysis_as_json(pm, analyse(pm))

    assert data["figures"] is None
    assert data["message"]["nl"].startswith("Nog geen stappen")


def test_snapshot_is_found_by_label_and_unknown_labels_list_the_available() -> None:
    pm = care_map()
    start = Snapshot("Start", date(2026, 1, 5), pm.content_copy(), id="s1")
    pm.add(start)
    pm.add(Snapshot("Na 3 maanden", date(2026, 4, 5), pm.content_copy(), id="s2"))

    assert find_snapshot(pm, "Start", "nl") is start
    with pytest.raises(Exception, match="Beschikbaar: 'Start', 'Na 3 maanden'") as refused:
        find_snapshot(pm, "Einde", "nl")
    assert "Geen momentopname 'Einde'" in str(refused.value)
    with pytest.raises(Exception, match="no snapshots"):
        find_snapshot(care_map(), "Start", "en")


def write_map_file(path: Path, pm: ProcessMap) -> None:
    with MapFile.create(path, pm.details) as map_file:
        for collection in (pm.roles, pm.steps, pm.flows, pm.role_links, pm.findings):
            for entity in collection.values():
                map_file.add(entity)
        map_file.add(Snapshot("Start", date(2026, 1, 5), map_file.map.content_copy()))
        faster = changed(map_file.map.steps["Intake plannen"], wait_minutes=0.0)
        map_file.replace(faster)
        map_file.add(Snapshot("Na 3 maanden", date(2026, 4, 5), map_file.map.content_copy()))


def run_analyse(*argv: str) -> int:
    """Through the real dispatcher, as ``procesbouw analyse …`` runs."""
    return run(["analyse", *argv])


def test_command_reads_a_map_file_and_its_snapshots(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "zorg.procesbouw"
    write_map_file(path, care_map())
    before = path.read_bytes()

    assert run_analyse(str(path), "--lang", "en") == 0
    assert re.search(r"^Lead time +1 day$", capsys.readouterr().out, re.MULTILINE)

    assert run_analyse(str(path), "--snapshot", "Start", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["snapshot"]["label"] == "Start"
    assert data["figures"]["lead_time_expected_minutes"] == 6 * DAY
    assert path.read_bytes() == before  # opened read-only


def test_command_refuses_unknown_snapshots_and_broken_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "zorg.procesbouw"
    write_map_file(path, care_map())

    assert run_analyse(str(path), "--snapshot", "Einde") == 1
    assert "Beschikbaar: 'Start', 'Na 3 maanden'" in capsys.readouterr().err

    not_a_map = tmp_path / "notities.procesbouw"
    not_a_map.write_text("geen kaart")
    assert run_analyse(str(not_a_map)) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() and not captured.out
