"""``procesbouw export`` and ``procesbouw import`` end to end, through map files."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from pathlib import Path

import networkx as nx
import pytest
from sqlalchemy import Connection, Insert

from procesbouw.cli import run
from procesbouw.exchange import export_json, import_steps_csv, map_entities
from procesbouw.model import Entity, ProcessMap
from procesbouw.storage import MapFile, MapWriteError
from tests.maps import rich_map


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    path = tmp_path / "zorg.procesbouw"
    pm = rich_map()
    with MapFile.create(path, pm.details) as map_file, map_file.batch():
        for entity in map_entities(pm):
            map_file.add(entity)
    return path


def _opened(path: Path) -> ProcessMap:
    with MapFile.open(path, read_only=True) as map_file:
        return map_file.map


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_json_out_and_in_gives_the_same_map(map_path: Path, tmp_path: Path) -> None:
    exported = tmp_path / "zorg.json"
    assert run(["export", str(map_path), "--format", "json", "-o", str(exported)]) == 0
    copy = tmp_path / "kopie.procesbouw"
    assert run(["import", str(exported), "-o", str(copy)]) == 0
    back = _opened(copy)
    assert back == rich_map()
    assert list(back.steps) == list(rich_map().steps)


def test_import_never_overwrites(
    map_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(export_json(ProcessMap()), encoding="utf-8")
    before = _digest(map_path)
    assert run(["import", str(source), "-o", str(map_path)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert _digest(map_path) == before


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{kapot", "geen leesbaar JSON"),
        ('{"format": "procesbouw-map", "version": 99, "map": {}}', "werk Procesbouw bij"),
        ('{"format": "procesbouw-map", "version": 1, "map": {"steps": [{"name": ""}]}}', "naam"),
    ],
)
def test_bad_json_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, fragment: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "nieuw.procesbouw"
    assert run(["import", str(source), "-o", str(target)]) == 1
    assert fragment in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_csv_steps_are_added_to_a_map(map_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "stappen.csv"
    source.write_bytes("naam;rol;wachttijd\nBellen;Huisarts;1d\nBrief;Nieuw;\n".encode("cp1252"))
    assert run(["import", str(source), "--into", str(map_path)]) == 0
    pm = _opened(map_path)
    new_steps = list(pm.steps.values())[-2:]
    assert [step.name for step in new_steps] == ["Bellen", "Brief"]
    assert new_steps[0].role_id == "r-gp"
    assert new_steps[0].wait_minutes == 8 * 60  # the map's day lasts 8 hours
    assert pm.roles[new_steps[1].role_id or ""].name == "Nieuw"
    assert len(pm.flows) == len(rich_map().flows) + 1


def test_bad_csv_changes_nothing(
    map_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "stappen.csv"
    source.write_text("naam,bewerkingstijd\nGoed,5m\n,3 uur\nFout,lang\n", encoding="utf-8")
    before = _digest(map_path)
    assert run(["import", str(source), "--into", str(map_path)]) == 1
    err = capsys.readouterr().err
    assert "regel 3, kolom 'naam'" in err
    assert "regel 4, kolom 'bewerkingstijd'" in err
    assert _digest(map_path) == before


def _failing_third_add(monkeypatch: pytest.MonkeyPatch) -> None:
    real_add = MapFile.add
    calls: list[object] = []

    def failing_add(self: MapFile, entity: Entity, index: int | None = None) -> None:
        calls.append(entity)
        if len(calls) == 3:
            raise MapWriteError(self.path, "schijf vol")
        real_add(self, entity, index)

    monkeypatch.setattr(MapFile, "add", failing_add)


def test_csv_import_is_one_batch(
    map_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure half-way (here: the third add) leaves none of the import in the file."""
    source = tmp_path / "stappen.csv"
    source.write_text("naam\nEen\nTwee\nDrie\n", encoding="utf-8")
    _failing_third_add(monkeypatch)
    assert run(["import", str(source), "--into", str(map_path)]) == 1
    monkeypatch.undo()
    assert _opened(map_path) == rich_map()


def test_json_import_failing_half_way_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole map is written in bulk: the disk filling up half-way (here: at the
    third table) leaves no file behind."""
    source = tmp_path / "in.json"
    source.write_text(export_json(rich_map()), encoding="utf-8")
    tables: list[object] = []
    real_execute = Connection.execute

    def filling_disk(self: Connection, statement: object, *args: object, **kw: object) -> object:
        if isinstance(statement, Insert) and isinstance(args[0] if args else None, list):
            tables.append(statement.table)
            if len(tables) == 3:
                raise sqlite3.OperationalError("schijf vol")
        return real_execute(self, statement, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Connection, "execute", filling_disk)
    assert run(["import", str(source), "-o", str(tmp_path / "nieuw.procesbouw")]) == 1
    assert "schijf vol" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_graphml_and_csv_exports(map_path: Path, tmp_path: Path) -> None:
    steps, roles, table = tmp_path / "s.graphml", tmp_path / "r.graphml", tmp_path / "s.csv"
    assert run(["export", str(map_path), "--format", "graphml-steps", "-o", str(steps)]) == 0
    assert run(["export", str(map_path), "--format", "graphml-roles", "-o", str(roles)]) == 0
    assert run(["export", str(map_path), "--format", "csv", "-o", str(table)]) == 0
    assert nx.read_graphml(steps).number_of_nodes() == 4
    assert nx.read_graphml(roles).number_of_edges() == 3
    data = table.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    assert len(import_steps_csv(data.decode("utf-8-sig")).steps) == 4


def test_export_to_standard_output(
    map_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert run(["export", str(map_path), "--format", "json", "-o", "-"]) == 0
    assert json.load(io.BytesIO(capsysbinary.readouterr().out))["format"] == "procesbouw-map"


def test_export_overwrites_an_earlier_export_but_never_the_map(
    map_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "oud.json"
    target.write_text("oud", encoding="utf-8")
    assert run(["export", str(map_path), "--format", "json", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("{")
    before = _digest(map_path)
    assert run(["export", str(map_path), "--format", "csv", "-o", str(map_path)]) == 1
    assert "de kaart zelf" in capsys.readouterr().err
    other = tmp_path / "andere.procesbouw"
    other.write_bytes(map_path.read_bytes())
    assert run(["export", str(map_path), "--format", "json", "-o", str(other)]) == 1
    assert "nooit een kaart wordt overschreven" in capsys.readouterr().err
    assert _digest(map_path) == _digest(other) == before


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (
            ["export", "{dir}/weg.procesbouw", "--format", "csv", "-o", "{dir}/x.csv"],
            "bestaat niet",
        ),
        (["import", "{dir}/weg.json", "-o", "{dir}/x.procesbouw"], "bestaat niet"),
        (["import", "{dir}/stappen.csv", "-o", "{dir}/x.procesbouw"], "--into"),
        (["import", "{dir}/kaart.json", "--into", "{dir}/x.procesbouw"], "-o NIEUW"),
    ],
)
def test_mistakes_get_a_dutch_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], fragment: str
) -> None:
    assert run([a.format(dir=tmp_path) for a in arguments]) == 1
    assert fragment in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_bad_csv_says_in_english_what_is_wrong_with_each_value(
    map_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "steps.csv"
    source.write_text("name;wait time;ftr\nA;-3;95\nB;lang;101\n", encoding="utf-8")
    assert run(["import", str(source), "--into", str(map_path), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "line 2, column 'wait time': A time cannot be negative." in err
    assert "line 3, column 'wait time': 'lang' is not a time." in err
    assert "line 3, column 'ftr': A percentage lies between 0 and 100." in err
