"""The three voices, measured: measures with unit and direction, one value per
snapshot and for the map now; stored, exported, compared, analysed and reported."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from procesbouw.analysis.chart_data import measure_trends
from procesbouw.cli import run
from procesbouw.comparison import compare_measures, measure_values, measures_in_order
from procesbouw.exchange import export_json, import_json
from procesbouw.model import (
    InUseError,
    Measure,
    Measurement,
    ProcessMap,
    Snapshot,
    ValidationError,
    Voice,
)
from procesbouw.report import build_report
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map
from resources import sample_path


def measured_map() -> ProcessMap:
    pm = ProcessMap()
    pm.add(Snapshot("Start", date(2026, 3, 1), ProcessMap(), id="s1"))
    pm.add(Measure("Kosten per cliënt", Voice.BUSINESS, "€", False, id="cost"))
    pm.add(Measure("Verbondenheid", Voice.EMPLOYEE, "1–10", id="team"))
    pm.add(Measurement("team", 6.0, "s1", id="t1"))
    pm.add(Measurement("team", 7.5, None, id="t2"))
    pm.add(Measurement("cost", 400.0, "s1", id="c1"))
    pm.add(Measurement("cost", 300.0, None, id="c2"))
    return pm


def test_measures_are_validated_like_any_edit() -> None:
    pm = measured_map()
    with pytest.raises(ValidationError, match="naam"):
        pm.add(Measure("  "))
    with pytest.raises(ValidationError, match="meting die niet bestaat"):
        pm.add(Measurement("nope", 1.0))
    with pytest.raises(ValidationError, match="momentopname die niet bestaat"):
        pm.add(Measurement("team", 1.0, "s9"))
    with pytest.raises(ValidationError, match="al een waarde"):
        pm.add(Measurement("team", 8.0, None))
    with pytest.raises(ValidationError):
        pm.add(Measurement("team", float("nan"), "s1", id="x"))
    with pytest.raises(InUseError):
        pm.remove("team")  # its values go first (the app does that, undoably)
    with pytest.raises(InUseError):
        pm.remove("s1")


def test_employee_voice_first_and_the_direction_decides_better() -> None:
    pm = measured_map()
    assert [m.id for m in measures_in_order(pm)] == ["team", "cost"]
    team, cost = compare_measures(pm, "s1", None)
    assert (team.before, team.after, team.difference, team.improved) == (6.0, 7.5, 1.5, True)
    assert team.explanation.nl == "Verbondenheid (1–10): 6 → 7,5 (+1,5)."
    assert (cost.difference, cost.improved) == (-100.0, True)  # lower cost is better
    assert cost.explanation.nl == "Kosten per cliënt: € 400 → € 300 (−100)."
    assert measure_values(pm, "team") == [6.0, 7.5]


def test_the_voice_trends_shared_by_the_pdf_and_the_app() -> None:
    pm = measured_map()
    pm.add(Snapshot("Later", date(2026, 6, 1), ProcessMap(), id="s2"))
    pm.add(Snapshot("Eerder", date(2026, 1, 1), ProcessMap(), id="s0"))
    pm.add(Measurement("cost", 350.0, "s2", id="c3"))
    trends = measure_trends(pm)
    assert [t.measure.id for t in trends] == ["team", "cost"]  # employee voice first
    # Every snapshot oldest first (Eerder, Start, Later), then now; None: not measured.
    assert trends[0].values == (None, 6.0, None, 7.5)
    assert trends[1].values == (None, 400.0, 350.0, 300.0)


def test_measures_survive_the_map_file_and_the_json_export(tmp_path: Path) -> None:
    pm = measured_map()
    path = tmp_path / "kaart.procesbouw"
    create_from_map(path, pm).close()
    with MapFile.open(path, read_only=True) as map_file:
        assert map_file.map.measures == pm.measures
        assert map_file.map.measurements == pm.measurements
    data = json.loads(export_json(pm))
    assert data["version"] == 5
    assert data["map"]["measures"][1] == {
        "name": "Verbondenheid", "voice": "employee", "unit": "1–10",
        "higher_is_better": True, "id": "team",
    }  # fmt: skip
    back = import_json(json.dumps(data))
    assert back.measurements == pm.measurements


def test_a_version_4_json_file_reads_without_measures() -> None:
    data = json.loads(export_json(measured_map()))
    data["version"] = 4
    for key in ("measures", "measurements"):
        del data["map"][key]
        for snapshot in data["map"]["snapshots"]:
            del snapshot["content"][key]
    back = import_json(json.dumps(data))
    assert back.measures == {} and len(back.snapshots) == 1


def test_analyse_json_carries_the_measures(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["analyse", str(sample_path("zorgorganisatie")), "--json"]) == 0
    measures = json.loads(capsys.readouterr().out)["measures"]
    assert [m["voice"] for m in measures] == ["employee", "customer", "business"]
    team = measures[0]
    assert team["name"] == "Verbondenheid in het team" and team["unit"] == "1–10"
    assert team["value"] == 7.9  # the map now
    assert [v["value"] for v in team["values"]] == [5.8, 7.6, 7.9]
    assert team["values"][0]["snapshot"]["label"] == "Start"
    assert team["values"][-1]["snapshot"] is None
    assert (
        run(["analyse", str(sample_path("zorgorganisatie")), "--json", "--snapshot", "Start"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["measures"][2]["value"] == 412.0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_page_one_and_the_trend_show_the_three_voices(tmp_path: Path) -> None:
    with MapFile.open(sample_path("zorgorganisatie"), read_only=True) as map_file:
        pm = map_file.map
    out = tmp_path / "rapport.pdf"
    build_report(pm, out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [" ".join(page.split()) for page in text.split("\f")]
    first = pages[0]
    assert "Wat het team mat: de drie stemmen" in first
    employee = first.index("Medewerker Verbondenheid in het team (1–10) 5,8 → 7,9 beter")
    assert employee < first.index("Klant Klantwaardering (1–10) 6,9 → 8,3 beter")
    assert "Organisatie Kosten per nieuwe cliënt € 412 → € 305 beter" in first
    [comparison] = [p for p in pages if "Vergelijking van momentopnamen" in p]
    assert "De drie stemmen over de tijd" in comparison
