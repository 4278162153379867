"""``procesbouw library publish|list|get|report`` as a script or IT would use it."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from procesbouw.cli import run
from procesbouw.cli.library import REFUSED
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map
from resources import sample_path
from tests.maps import full_map


def _address(url: URL) -> str:
    return url.render_as_string(hide_password=False)


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    path = tmp_path / "zorg.procesbouw"
    shutil.copyfile(sample_path(), path)
    return path


def test_publish_list_get_and_publish_again(
    url: URL, sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = ["--url", _address(url)]
    assert run(["library", "publish", str(sample_copy), *lib, "--by", "Anouk"]) == 0
    assert "versie 1" in capsys.readouterr().out
    assert run(["library", "list", *lib, "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["number"] == 1 and row["published_by"] == "Anouk"
    assert row["team"] == "Wijkteam Noord" and row["first_label"] == "Start"
    name = row["name"]
    copy = tmp_path / "kopie.procesbouw"
    assert run(["library", "get", name, "-o", str(copy), *lib]) == 0
    assert "Versie 1" in capsys.readouterr().out
    # Both files now build on version 1; the first to publish wins.
    assert run(["library", "publish", str(copy), *lib, "--by", "Bram"]) == 0
    capsys.readouterr()
    assert run(["library", "publish", str(sample_copy), *lib, "--lang", "en"]) == REFUSED
    err = capsys.readouterr().err
    assert "version 2, by Bram on" in err and "--anyway" in err
    assert run(["library", "publish", str(sample_copy), *lib, "--anyway"]) == 0
    assert "versie 3" in capsys.readouterr().out
    assert run(["library", "list", *lib]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["Organisatie", "Team", "Kaart"]
    assert "Thuiszorg De Linde" in table[1] and "-83 %" in table[1]
    with MapFile.open(sample_copy, read_only=True) as mf:
        assert mf.library_origin is not None and mf.library_origin.version == 3


def test_get_asks_which_map_when_names_are_shared(
    url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = ["--url", _address(url)]
    for team in ("Noord", "Zuid"):
        pm = full_map()
        pm.set_details(replace(pm.details, name="Intake", team=team))
        path = tmp_path / f"{team}.procesbouw"
        create_from_map(path, pm).close()
        assert run(["library", "publish", str(path), *lib]) == 0
    out = tmp_path / "uit.procesbouw"
    assert run(["library", "get", "Intake", "-o", str(out), *lib]) == 1
    assert "--team" in capsys.readouterr().err and not out.exists()
    assert run(["library", "get", "Intake", "--team", "Zuid", "-o", str(out), *lib]) == 0
    assert run(["library", "get", "Onbekend", "-o", str(out), *lib]) == 1
    assert "Geen kaart 'Onbekend'" in capsys.readouterr().err


def test_report_writes_an_overview_and_a_page_per_team(
    url: URL, sample_copy: Path, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    lib = ["--url", _address(url)]
    other = tmp_path / "gemeente.procesbouw"
    shutil.copyfile(sample_path("gemeente"), other)
    for path in (sample_copy, other):
        assert run(["library", "publish", str(path), *lib]) == 0
    pdf = tmp_path / "portfolio.pdf"
    assert run(["library", "report", "-o", str(pdf), *lib, "--lang", "en"]) == 0
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) == 3  # the overview, then one page per team
    assert (
        "The teams' portfolio" in pages[0] and "1 of the 1 teams with a snapshot faster" in pages[0]
    )
    assert "Wijkteam Noord" in pages[0] and "−83%" in pages[0]
    assert "Team Wijkbeheer Centrum" in pages[1] or "Team Wijkbeheer Centrum" in pages[2]
    care = next(page for page in pages[1:] if "Wijkteam Noord" in page)
    assert "Since ‘Start’" in care and "−83%" in care and " pp" in care


def test_a_library_that_cannot_be_reached_is_one_clear_line(
    tmp_path: Path, sample_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = ["--url", f"postgresql://anouk@/procesbouw?host={tmp_path}&connect_timeout=2"]
    assert run(["library", "publish", str(sample_copy), *lib]) == 1
    err = capsys.readouterr().err
    assert "niet bereikbaar" in err and "Traceback" not in err
    with MapFile.open(sample_copy, read_only=True) as mf:
        assert mf.library_origin is None  # the map is untouched
