"""The three voices in the team library: computed at publish time from the map's
measurements, stored in the ``voices`` column, read back, listed by
``library list --json`` and printed in the portfolio PDF — on a real PostgreSQL
server and on the SQLite default (see conftest.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.engine import URL

from procesbouw.cli import run
from procesbouw.entities import Measure, Measurement, Voice
from procesbouw.library import Library
from procesbouw.library.figures import stored_voices
from procesbouw.library.schema import VersionRow
from procesbouw.model import ProcessMap
from tests.maps import full_map


def measured_map() -> ProcessMap:
    """full_map (snapshots "Start" and "Na 3 maanden") with four measures, added
    business first so the order has to be made: employee measured at the start and
    now; customer (lower is better) at both snapshots but not now; business only
    now; one measure never measured."""
    pm = full_map()
    snapshots = {s.label: s.id for s in pm.snapshots.values()}
    start, later = snapshots["Start"], snapshots["Na 3 maanden"]
    costs = Measure("Kosten per cliënt", Voice.BUSINESS, "€", higher_is_better=False)
    bond = Measure("Verbondenheid in het team", Voice.EMPLOYEE, "1–10")
    wait = Measure("Wachttijd klacht", Voice.CUSTOMER, "dagen", higher_is_better=False)
    never = Measure("Ziekteverzuim", Voice.EMPLOYEE, "%", higher_is_better=False)
    for measure in (costs, bond, wait, never):
        pm.add(measure)
    for measurement in (
        Measurement(costs.id, 305.0),
        Measurement(bond.id, 5.8, start),
        Measurement(bond.id, 7.9),
        Measurement(wait.id, 12.0, start),
        Measurement(wait.id, 9.0, later),
    ):
        pm.add(measurement)
    return pm


def test_the_voices_are_stored_at_publish_time_and_read_back(url: URL) -> None:
    with Library.open(url) as library:
        library.publish(measured_map(), "Anouk")
        [row] = library.latest_versions()
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            stored = json.loads(connection.execute(select(VersionRow.voices)).scalar_one())
    finally:
        engine.dispose()
    assert stored == [
        {"voice": "employee", "name": "Verbondenheid in het team", "unit": "1–10",
         "higher_is_better": True, "value": 7.9, "at": None, "first": 5.8, "from_first": False},
        {"voice": "customer", "name": "Wachttijd klacht", "unit": "dagen",
         "higher_is_better": False, "value": 9.0, "at": "Na 3 maanden", "first": 12.0,
         "from_first": False},
        {"voice": "business", "name": "Kosten per cliënt", "unit": "€",
         "higher_is_better": False, "value": 305.0, "at": None, "first": None,
         "from_first": False},
    ]  # fmt: skip
    bond, wait, costs = row.voices
    assert bond.change == pytest.approx(2.1) and bond.improved is True
    assert wait.change == pytest.approx(-3.0) and wait.improved is True  # fewer days: better
    assert costs.change is None and costs.improved is None
    assert bond.brief("nl") == "Verbondenheid in… 7,9 (+2,1)"
    assert wait.sentence("en") == "Wachttijd klacht (dagen): 12 → 9 (−3)."
    assert costs.sentence("nl") == "Kosten per cliënt: € 305."


def test_a_map_without_measurements_stores_no_voices(url: URL) -> None:
    with Library.open(url) as library:
        library.publish(full_map(), "Anouk")
        [row] = library.latest_versions()
    assert row.voices == ()


def test_a_value_only_at_the_first_snapshot_has_no_change() -> None:
    pm = full_map()
    start = next(s.id for s in pm.snapshots.values() if s.label == "Start")
    bond = Measure("Verbondenheid", Voice.EMPLOYEE, "1–10")
    pm.add(bond)
    pm.add(Measurement(bond.id, 6.0, start))
    from procesbouw.library.figures import voice_figures

    [voice] = stored_voices(json.dumps(voice_figures(pm)))
    assert voice.value == voice.first == 6.0 and voice.at == "Start"
    assert voice.change is None and voice.shown_change("nl") == "—"


def test_a_damaged_voices_column_is_read_as_what_can_be_trusted() -> None:
    good = {"voice": "customer", "name": "NPS", "unit": "", "value": 30, "first": None}
    column = json.dumps(
        [good, {"voice": "klant", "name": "x", "value": 1}, {"name": "y", "value": "hoog"},
         {"voice": "employee", "name": "z", "value": True}, "tekst", None]
    )  # fmt: skip
    [voice] = stored_voices(column)
    assert voice.name == "NPS" and voice.value == 30.0 and voice.higher_is_better
    assert stored_voices("{niet json") == () and stored_voices('{"a": 1}') == ()
    assert stored_voices(None) == ()  # an old or empty column


def test_list_json_and_the_portfolio_pdf_show_the_voices(
    url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(url) as library:
        library.publish(measured_map(), "Anouk")
    lib = ["--url", url.render_as_string(hide_password=False)]
    assert run(["library", "list", *lib, "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert [v["name"] for v in row["voices"]] == [
        "Verbondenheid in het team", "Wachttijd klacht", "Kosten per cliënt"
    ]  # fmt: skip
    bond, wait, costs = row["voices"]
    assert bond["value"] == 7.9 and bond["first"] == 5.8 and bond["improved"] is True
    assert bond["change"] == pytest.approx(2.1)
    assert wait["at"] == "Na 3 maanden" and wait["change"] == -3.0 and wait["improved"] is True
    assert costs["first"] is None and costs["change"] is None and costs["improved"] is None
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for lang, words in (("nl", ("Stemmen", "beter", "De drie stemmen")),
                        ("en", ("Voices", "better", "The three voices"))):  # fmt: skip
        pdf = tmp_path / f"portfolio-{lang}.pdf"
        assert run(["library", "report", "-o", str(pdf), *lib, "--lang", lang]) == 0
        capsys.readouterr()
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        overview, team = [page for page in text.split("\f") if page.strip()]
        heading, better, section = words
        assert heading in overview
        comma = "," if lang == "nl" else "."
        assert f"Verbondenheid… 7{comma}9 (+2{comma}1)" in overview  # names cut to fit
        assert "Wachttijd kla… 9 (−3)" in overview and "Kosten per cl… € 305" in overview
        assert section in team
        lines = team.splitlines()
        bond_line = next(line for line in lines if "Verbondenheid in het team" in line)
        assert f"5{comma}8" in bond_line and f"7{comma}9" in bond_line
        assert f"+2{comma}1 {better}" in bond_line
        wait_line = next(line for line in lines if "Wachttijd klacht (dagen)" in line)
        assert "12" in wait_line and "−3 " + better in wait_line
        assert "(Na 3 maanden)" in team
        costs_line = next(line for line in lines if "Kosten per cliënt" in line)
        assert "€ 305" in costs_line and better not in costs_line
