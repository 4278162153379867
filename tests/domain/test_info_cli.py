"""``procesbouw info``: text and JSON about a map file, exit code 1 for a bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procesbouw.cli import run
from procesbouw.storage import SCHEMA_VERSION, MapFile
from tests.maps import copy_into, full_map


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        copy_into(mf, full_map())
    return path


def test_text_names_the_map_counts_and_snapshots(
    map_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["info", str(map_path)]) == 0
    out = capsys.readouterr().out
    assert "Proceskaart: Zorg — 'wanneer gaat het goed?' <b>&amp;</b> 😀" in out
    assert "Team: Team Noord" in out and f"Bestandsversie: {SCHEMA_VERSION}" in out
    assert "  stappen              3" in out and "  foto's               2" in out
    assert "  Start         2026-03-12" in out and "  Na 3 maanden  2026-06-12" in out


def test_json_has_the_same_facts(map_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["info", str(map_path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["name"].startswith("Zorg — ") and info["organisation"] == "Stichting Één"
    assert info["schema_version"] == SCHEMA_VERSION
    assert info["counts"] == {
        "roles": 3, "steps": 3, "flows": 3, "role_links": 2, "findings": 2, "actions": 2,
        "photos": 2, "snapshots": 2, "sessions": 1,
    }  # fmt: skip
    assert info["snapshots"] == [
        {"label": "Start", "taken_on": "2026-03-12"},
        {"label": "Na 3 maanden", "taken_on": "2026-06-12"},
    ]


def test_works_while_the_map_is_open_for_editing(
    map_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with MapFile.open(map_path):
        assert run(["info", str(map_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["steps"] == 3


@pytest.mark.parametrize(("lang", "words"), [("nl", "geen Procesbouw-kaart"), ("en", "not a")])
def test_bad_file_prints_the_reason_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    bad = tmp_path / "boodschappen.procesbouw"
    bad.write_text("melk, brood", encoding="utf-8")
    assert run(["info", str(bad), "--lang", lang]) == 1
    captured = capsys.readouterr()
    assert words in captured.err and captured.out == ""
    assert bad.read_text(encoding="utf-8") == "melk, brood"


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["info", str(tmp_path / "weg.procesbouw")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
