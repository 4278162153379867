"""Importeren → Gebeurtenissenlog: the columns dialog guesses and previews, the log is
read off the UI thread, and its figures land on the steps as one undo step — or in a
new map — and show next to the team's estimate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from procesbouw.exchange.event_log import Columns
from procesbouw.storage import MapFile
from tests.domain.event_logs import HAND_CHECKED
from ui.event_log_dialog import EventLogChoice, EventLogDialog
from ui.main_window import MainWindow
from ui.name_matching import NameMatchingDialog


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    path = tmp_path / "aanvragen.csv"
    path.write_text(HAND_CHECKED, encoding="utf-8")
    return path


@pytest.fixture
def team(window: MainWindow) -> MainWindow:
    doc = window.document
    role = doc.add_role("Balie", "#237841")
    doc.add_step("Aanmelden", (40, 100), role.id)
    doc.add_step("Beoordeling", (280, 100), role.id)  # the log says "Beoordelen"
    return window


def test_the_dialog_guesses_the_columns_and_shows_the_start(qtbot: object, log_path: Path) -> None:
    dialog = EventLogDialog(log_path, can_attach=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    choice = dialog.choice()
    assert choice.columns == Columns(
        "zaak", "activiteit", "tijd", lifecycle="status", resource="medewerker"
    )
    assert not choice.new_map
    assert dialog.preview.rowCount() == 14
    assert dialog.preview.item(0, 1).text() == "Aanmelden"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.combos["start"].setCurrentIndex(dialog.combos["start"].findData("tijd"))
    assert not ok.isEnabled() and dialog.problem.text()


def test_a_log_measures_the_steps_as_one_undo_step(
    qtbot: object, team: MainWindow, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pair_the_differing_name(dialog: NameMatchingDialog) -> QDialog.DialogCode:
        combo = dialog.combos["Beoordelen"]
        assert combo.currentData() is None  # not the same name: not paired by itself
        combo.setCurrentIndex(combo.findText("Beoordeling (Balie)"))
        assert dialog.combos["Aanmelden"].currentText() == "Aanmelden (Balie)"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NameMatchingDialog, "exec", pair_the_differing_name)
    monkeypatch.setattr(EventLogDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(log_path), ""))
    flow = team.exchange.import_event_log()
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=20_000) as done:  # type: ignore[attr-defined]
        pass
    assert done.args == [True]
    steps = {s.name: s for s in team.document.map.steps.values()}
    assert steps["Beoordeling"].measured_wait_minutes == 240
    assert steps["Aanmelden"].measured_process_minutes == 25
    # The properties panel shows the estimate next to the measured median.
    team.scene.select_ids([steps["Beoordeling"].id])
    text = team.properties.step_page.measured.text()
    assert "Wachttijd: geschat 0 min · gemeten mediaan 4 u" in text
    assert "3 keer gemeten (aanvragen.csv" in text
    # ... and so does the Analyse dock.
    entries = team.analysis_panel.entries

    def dock_shows_it() -> bool:
        texts = [entries.item(i).text() for i in range(entries.count())]
        wanted = "Beoordeling — wachttijd: geschat 0 min · gemeten mediaan 4 u"
        return any(wanted in text for text in texts)

    qtbot.waitUntil(dock_shows_it, timeout=5_000)  # type: ignore[attr-defined]
    team.document.undo_stack.undo()
    assert all(s.measured_count == 0 for s in team.document.map.steps.values())


def test_a_log_makes_a_new_map(
    qtbot: object, team: MainWindow, log_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    target = tmp_path / "uit-log.procesbouw"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened: list[Path] = []
    team.open_requested.connect(opened.append)
    choice = EventLogChoice(
        log_path, Columns("zaak", "activiteit", "tijd", "status", resource="medewerker"),
        new_map=True, min_share=0.05,
    )  # fmt: skip
    flow = team.exchange.event_log_flow()
    with qtbot.waitSignal(flow.finished, timeout=20_000):  # type: ignore[attr-defined]
        flow.start(choice)
    assert opened == [target]
    with MapFile.open(target, read_only=True) as map_file:
        names = [s.name for s in map_file.map.steps.values()]
    assert names == ["Aanmelden", "Beoordelen", "Besluiten"]


def test_a_bad_log_is_refused_and_changes_nothing(
    qtbot: object, team: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kapot.csv"
    path.write_text("zaak;activiteit;tijd\n1;A;morgen\n", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    before = team.document.map.copy()
    flow = team.exchange.event_log_flow()
    choice = EventLogChoice(path, Columns("zaak", "activiteit", "tijd"), False, 0.05)
    with qtbot.waitSignal(flow.finished, timeout=20_000) as done:  # type: ignore[attr-defined]
        flow.start(choice)
    assert done.args == [False]
    assert warned and "regel 2, kolom 'tijd'" in warned[0]
    assert team.document.map == before
