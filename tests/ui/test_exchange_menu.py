"""File → Exporteren / Importeren, through the real menu actions."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from procesbouw.exchange import import_json
from procesbouw.model import Finding, Flow
from procesbouw.storage import MapFile
from ui.main_window import MainWindow


@pytest.fixture
def filled(window: MainWindow) -> MainWindow:
    doc = window.document
    doc.change(doc.map.details, "Naam", name="Intake <wijk> & zorg")
    role = doc.add_role("Planner", "#237841")
    a = doc.add_step("Aanmelding", (40, 100), role.id)
    b = doc.add_step("Intake", (280, 100), role.id)
    doc.add_entities(
        [Flow(a.id, b.id), Finding("Direct contact </para>", story="Het gaat goed")], "x"
    )
    return window


def _answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _answer_open_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_pdf_export_through_the_menu(
    qtbot: object, filled: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rapport.pdf"
    _answer_save_dialog(monkeypatch, target)
    filled.exchange.pdf_action.trigger()
    qtbot.waitUntil(lambda: filled.exchange.worker is None, timeout=30_000)  # type: ignore[attr-defined]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Intake <wijk> & zorg" in text
    assert "Direct contact </para>" in text
    assert filled.exchange.pdf_action.isEnabled()


def test_cancelling_the_pdf_leaves_no_file(
    qtbot: object, filled: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "rapport.pdf"
    worker = filled.exchange.start_report(target)
    worker.cancel()
    qtbot.waitUntil(lambda: filled.exchange.worker is None, timeout=30_000)  # type: ignore[attr-defined]
    assert not target.exists()
    assert list(tmp_path.glob("*.tmp")) == []


def test_json_export_and_import_into_a_new_map(
    qtbot: object, filled: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = tmp_path / "kaart.json"
    _answer_save_dialog(monkeypatch, exported)
    filled.exchange.json_action.trigger()
    assert import_json(exported.read_text("utf-8")) == filled.document.map
    opened: list[Path] = []
    filled.open_requested.connect(opened.append)
    new_map = tmp_path / "kopie.procesbouw"
    assert filled.exchange.import_json(exported, new_map)
    assert opened == [new_map]
    with MapFile.open(new_map, read_only=True) as copy:
        assert copy.map == filled.document.map


def test_graphml_exports_load_in_networkx(
    qtbot: object, filled: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = tmp_path / "stappen.graphml"
    _answer_save_dialog(monkeypatch, steps)
    filled.exchange.graphml_steps_action.trigger()
    assert nx.read_graphml(steps).number_of_nodes() == 2
    roles = tmp_path / "rollen.graphml"
    _answer_save_dialog(monkeypatch, roles)
    filled.exchange.graphml_roles_action.trigger()
    assert nx.read_graphml(roles).number_of_nodes() == 1


def test_csv_with_bad_rows_imports_nothing_and_names_the_rows(
    qtbot: object, filled: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "stappen.csv"
    source.write_text(
        "naam;rol;bewerkingstijd;wachttijd;ftr\nPlannen;Planner;1u;2d;95\nBellen;;abc;;101\n",
        "utf-8",
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    before = filled.document.map.copy()
    assert not filled.exchange.import_csv(source)
    assert filled.document.map == before
    assert "3" in shown[0]


def test_csv_import_adds_chained_steps_as_one_undo_step(
    qtbot: object, filled: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "stappen.csv"
    source.write_text(
        "naam;rol;bewerkingstijd;wachttijd;ftr\nPlannen;Planner;1u;2d;95\nBellen;Klant;1,5 uur;;\n",
        "utf-8",
    )
    depth = filled.document.undo_stack.count()
    assert filled.exchange.import_csv(source)
    pm = filled.document.map
    names = {s.name: s for s in pm.steps.values()}
    assert names["Bellen"].process_minutes == 90
    assert pm.flow_between(names["Plannen"].id, names["Bellen"].id) is not None
    assert filled.document.undo_stack.count() == depth + 1
    filled.document.undo_stack.undo()
    assert "Bellen" not in {s.name for s in pm.steps.values()}


def test_png_and_svg_of_the_canvas(qtbot: object, filled: MainWindow, tmp_path: Path) -> None:
    png, svg = tmp_path / "kaart.png", tmp_path / "kaart.svg"
    filled.exchange.write_picture(png)
    filled.exchange.write_picture(svg)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    content = svg.read_text("utf-8")
    assert "<svg" in content and "Aanmelding" in content


def test_the_command_line_draws_png_and_svg_without_a_window(tmp_path: Path) -> None:
    from main import main
    from resources import sample_path

    png, svg = tmp_path / "kaart.png", tmp_path / "kaart.svg"
    assert main(["export", str(sample_path()), "--format", "png", "-o", str(png)]) == 0
    assert main(["export", str(sample_path()), "--format", "svg", "-o", str(svg)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Intakegesprek" in svg.read_text("utf-8")


def test_bpmn_export_and_import_through_the_menu(
    qtbot: object, filled: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = tmp_path / "intake.bpmn"
    _answer_save_dialog(monkeypatch, exported)
    filled.exchange.bpmn_export_action.trigger()
    assert b"<bpmn:task" in exported.read_bytes()

    new_map = tmp_path / "uit-bpmn.procesbouw"
    _answer_open_dialog(monkeypatch, exported)
    _answer_save_dialog(monkeypatch, new_map)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    opened: list[Path] = []
    filled.open_requested.connect(opened.append)
    filled.exchange.bpmn_import_action.trigger()
    assert opened == [new_map]
    assert shown and shown[0].startswith("2 stappen, 1 rollen, 1 overdrachten")
    with MapFile.open(new_map, read_only=True) as map_file:
        assert sorted(s.name for s in map_file.map.steps.values()) == ["Aanmelding", "Intake"]


def test_a_file_that_is_not_bpmn_is_refused_in_place(
    filled: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "modellen"
    folder.mkdir()
    source = folder / "notitie.bpmn"
    source.write_text("gewoon tekst", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    _answer_open_dialog(monkeypatch, source)
    assert not filled.exchange.import_bpmn()
    assert warned and "geen leesbaar XML" in warned[0]
    assert list(folder.iterdir()) == [source]
    assert source.read_text(encoding="utf-8") == "gewoon tekst"


def test_the_suggested_pdf_name_is_valid_on_windows(
    qtbot: object, filled: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = filled.document
    doc.change(doc.map.details, "Naam", name="Zorg: intake/start?")
    asked: list[str] = []

    def cancel(parent: object, title: str, suggestion: str, pattern: str) -> tuple[str, str]:
        asked.append(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    filled.exchange.pdf_action.trigger()
    assert Path(asked[0]).name == "Zorg - intake-start-.pdf"
