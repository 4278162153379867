"""Momentopnamen dock: the team freezes its map and compares it over time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel

from procesbouw.analysis import analyse
from procesbouw.model import Measure, Voice
from procesbouw.storage import MapFile
from procesbouw.units import day_minutes, format_number
from resources import copy_sample_to
from ui.document import MapDocument
from ui.main_window import MainWindow
from ui.panels.measures import MeasureDialog
from ui.panels.snapshots import NewSnapshotDialog


@pytest.fixture
def sample_window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    path = copy_sample_to(tmp_path, reuse=False)
    window = MainWindow(MapDocument(MapFile.open(path)))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    QTest.qWaitForWindowExposed(window)
    yield window
    if window.isVisible():
        window.close()


def test_two_snapshots_of_the_sample_compare_six_days_to_one(sample_window: MainWindow) -> None:
    window, panel = sample_window, sample_window.snapshots
    pm = window.document.map
    figures = analyse(pm).figures
    assert figures is not None
    # The team first mapped its process as it used to be: five more days of waiting.
    day = day_minutes(pm.details.hours_per_day)
    [first] = [s for s in pm.steps.values() if s.id == figures.critical_path[0]]
    window.document.change(first, "Wachttijd", wait_minutes=first.wait_minutes + 5 * day)
    before = panel.take_snapshot("Voor", date(2026, 9, 1))
    # And then as it runs now.
    window.document.change(pm.steps[first.id], "Wachttijd", wait_minutes=first.wait_minutes)
    after = panel.take_snapshot("Na", date(2026, 12, 1))
    assert before is not None and after is not None
    assert [s.label for s in panel.snapshots()][-2:] == ["Voor", "Na"]
    panel.show_figures()  # what the panel does right after the event loop's next turn
    rows = {
        panel.list.topLevelItem(i).text(0): panel.list.topLevelItem(i).text(2)  # type: ignore[union-attr]
        for i in range(panel.list.topLevelItemCount())
    }
    assert (rows["Voor"], rows["Na"]) == ("6 dagen", "1 dag")

    panel.select_ids([before.id, after.id])
    dialog = panel.compare_selected()

    assert dialog is not None
    tiles = {tile.name.text(): tile for tile in dialog.view.tiles}
    lead = tiles["Doorlooptijd (verwacht)"]
    assert lead.values.text() == "6 dagen → 1 dag"
    assert lead.change.text() == "−83 %"
    efficiency = tiles["Stroomefficiëntie"]
    old_efficiency = figures.process_time / (figures.lead_time_expected + 5 * day)
    now = figures.flow_efficiency
    expected = f"{format_number(old_efficiency * 100, 1)} % → {format_number(now * 100, 0)} %"
    assert efficiency.values.text() == expected  # "3,7 % → 22 %"
    assert tiles["Overdrachten"].values.text() == "7 → 7"
    assert tiles["Overdrachten"].change.text() == "±0"
    [changed] = dialog.view.comparison.changed
    assert changed.step_id == first.id and [f.field for f in changed.fields] == ["wait_minutes"]
    dialog.close()


def test_a_snapshot_against_the_map_today(sample_window: MainWindow) -> None:
    panel = sample_window.snapshots
    [start] = [s for s in panel.snapshots() if s.label == "Start"]
    panel.select_ids([start.id])
    assert panel.compare_button.isEnabled()

    dialog = panel.compare_selected()

    assert dialog is not None
    lead = dialog.view.tiles[0]
    assert lead.values.text() == "6 dagen → 1 dag"
    assert "de kaart van nu" in dialog.findChildren(type(lead.name))[0].text()
    assert [c.name for c in dialog.view.comparison.removed] == ["Doorsturen naar wijkteam"]
    # The three voices like the map figures, employee first, coloured by their direction.
    voices = dialog.view.measure_tiles
    assert [t.name.text() for t in voices] == [
        "Medewerker: Verbondenheid in het team (1–10)",
        "Klant: Klantwaardering (1–10)",
        "Organisatie: Kosten per nieuwe cliënt (€)",
    ]
    assert voices[0].values.text() == "5,8 → 7,9"
    assert voices[0].change.text() == "+2,1"
    assert (voices[2].values.text(), voices[2].change.text()) == ("€ 412 → € 305", "−107")
    assert "#2E7D32" in voices[2].change.styleSheet()  # lower cost is better: green
    dialog.close()


def test_two_snapshots_compare_their_measures(sample_window: MainWindow) -> None:
    panel = sample_window.snapshots
    panel.select_ids([s.id for s in panel.snapshots()][:2])
    dialog = panel.compare_selected()
    assert dialog is not None
    assert [t.values.text() for t in dialog.view.measure_tiles] == [
        "5,8 → 7,6",
        "6,9 → 8,1",
        "€ 412 → € 318",
    ]
    dialog.close()


def test_a_snapshot_opens_read_only_on_its_own_canvas(sample_window: MainWindow) -> None:
    panel = sample_window.snapshots
    [start] = [s for s in panel.snapshots() if s.label == "Start"]
    panel.select_ids([start.id])

    viewer = panel.view_selected()

    assert viewer is not None
    assert "alleen-lezen" in viewer.windowTitle()
    assert set(viewer.scene.bricks) == set(start.content.steps)
    assert viewer.scene.read_only
    brick = next(iter(viewer.scene.bricks.values()))
    assert not brick.flags() & brick.GraphicsItemFlag.ItemIsMovable
    viewer.close()


def test_rename_and_delete_are_undoable_and_stored(sample_window: MainWindow) -> None:
    window, panel = sample_window, sample_window.snapshots
    snapshot = panel.take_snapshot("Eind sessie", date(2026, 3, 12))
    assert snapshot is not None

    panel.rename(snapshot.id, "Na de sessie")
    assert window.document.map.snapshots[snapshot.id].label == "Na de sessie"
    panel.rename(snapshot.id, "  ")
    assert panel.error.text() == "Geef de momentopname een naam."
    assert window.document.map.snapshots[snapshot.id].label == "Na de sessie"

    panel.select_ids([snapshot.id])
    panel.remove_selected()
    assert snapshot.id not in window.document.map.snapshots
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    restored = window.document.map.snapshots[snapshot.id]
    assert restored == replace(snapshot, label="Eind sessie")
    path = window.document.file.path
    window.close()
    with MapFile.open(path, read_only=True) as reopened:
        assert reopened.map.snapshots[snapshot.id].content == snapshot.content


def test_the_session_menu_takes_a_snapshot_through_its_dialog(sample_window: MainWindow) -> None:
    panel = sample_window.snapshots
    count = len(panel.snapshots())

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewSnapshotDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # a snapshot needs a name
        QTest.keyClicks(dialog.label, "Einde sessie")
        dialog.date.setDate(QDate(2026, 3, 12))
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    sample_window.snapshot_action.trigger()

    assert len(panel.snapshots()) == count + 1
    [taken] = [s for s in panel.snapshots() if s.label == "Einde sessie"]
    assert taken.taken_on == date(2026, 3, 12)
    assert taken.content == sample_window.document.map.content_copy()
    assert sample_window.docks["snapshots"].isVisible()


def test_the_dock_shows_the_trend_over_the_snapshots(sample_window: MainWindow) -> None:
    panel = sample_window.snapshots
    panel.show_figures()
    assert panel.lead_trend.isVisible() and panel.percent_trend.isVisible()
    assert panel.lead_trend.labels == ["Start", "Na 3 maanden"]
    [lead] = panel.lead_trend.lines
    assert list(lead.values) == [6.0, 1.0]  # days: the seeds' story
    ftr, efficiency = panel.percent_trend.lines
    assert [round(v or 0, 2) for v in ftr.values] == [0.39, 0.69]
    assert panel.lead_trend.title == "Doorlooptijd (dagen)"
    image = panel.lead_trend.grab().toImage()
    assert not image.isNull()


def test_the_team_defines_a_measure_and_types_its_values_undoably(
    sample_window: MainWindow,
) -> None:
    table = sample_window.snapshots.measures
    doc = sample_window.document
    assert table.table.rowCount() == 3  # the sample's three voices, employee first
    assert table.table.item(0, 0).text().startswith("Medewerker: Verbondenheid in het team")
    assert [table.table.item(0, c).text() for c in (1, 2, 3)] == ["5,8", "7,6", "7,9"]
    assert table.add_measure(Measure("Ziekteverzuim", Voice.EMPLOYEE, "%", False, id="sick"))
    row = next(
        r for r in range(table.table.rowCount()) if "Ziekteverzuim" in table.table.item(r, 0).text()
    )
    table.table.item(row, 3).setText("4,5")  # the column "Nu"
    [value] = [m for m in doc.map.measurements.values() if m.measure_id == "sick"]
    assert value.value == 4.5 and value.snapshot_id is None
    table.table.item(row, 3).setText("abc")
    assert "geen getal" in table.error.text()
    assert doc.map.measurements[value.id].value == 4.5  # bad input changes nothing
    doc.undo_stack.undo()
    assert not [m for m in doc.map.measurements.values() if m.measure_id == "sick"]
    doc.undo_stack.undo()
    assert "sick" not in doc.map.measures
    table.table.setCurrentCell(0, 0)
    first = table.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    table.remove_selected()  # a measure goes with its values, in one undo step
    assert first not in doc.map.measures and len(doc.map.measurements) == 6
    doc.undo_stack.undo()
    assert len(doc.map.measurements) == 9


def test_the_dock_shows_the_three_voices_over_time_employee_first(
    sample_window: MainWindow,
) -> None:
    panel = sample_window.snapshots
    panel.show_figures()
    charts = panel.voice_charts()
    assert panel.voice_trends.isVisible() and len(charts) == 3
    assert [chart.title for chart in charts][0].startswith("Medewerker: Verbondenheid in het team")
    assert charts[0].labels == ["Start", "Na 3 maanden", "Nu"]
    [line] = charts[0].lines
    assert list(line.values) == [5.8, 7.6, 7.9]
    assert not charts[0].grab().toImage().isNull()
    # Typing a value now redraws its chart; undo takes it back.
    table = panel.measures.table
    table.item(0, 3).setText("8,4")
    assert list(panel.voice_charts()[0].lines[0].values) == [5.8, 7.6, 8.4]
    sample_window.document.undo_stack.undo()
    assert list(panel.voice_charts()[0].lines[0].values) == [5.8, 7.6, 7.9]
    sample_window.document.remove(
        [next(iter(sample_window.document.map.measures))], "Meting verwijderen"
    )
    assert len(panel.voice_charts()) == 2


def test_a_measure_is_renamed_in_its_dialog_in_one_undo_step(
    qtbot: object, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = sample_window.snapshots.measures
    doc = sample_window.document
    assert not table.edit_button.isEnabled()  # nothing chosen: nothing to change
    table.table.setCurrentCell(0, 0)
    assert table.edit_button.isEnabled()
    before = table.selected_measure()
    assert before is not None and before.name == "Verbondenheid in het team"

    def type_in_dialog(dialog: MeasureDialog) -> QDialog.DialogCode:
        assert dialog.name.text() == "Verbondenheid in het team"  # filled in to change
        dialog.name.setText("Werkplezier")
        dialog.unit.setText("1–5")
        dialog.higher.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeasureDialog, "exec", type_in_dialog)
    depth = doc.undo_stack.count()
    table.table.cellDoubleClicked.emit(0, 0)
    after = doc.map.measures[before.id]
    assert (after.name, after.unit, after.higher_is_better) == ("Werkplezier", "1–5", False)
    assert doc.undo_stack.count() == depth + 1
    assert table.table.item(0, 0).text() == "Medewerker: Werkplezier (1–5)"
    assert sample_window.snapshots.voice_charts()[0].title == "Medewerker: Werkplezier (1–5)"
    assert len([m for m in doc.map.measurements.values() if m.measure_id == before.id]) == 3
    doc.undo_stack.undo()
    assert doc.map.measures[before.id] == before
    assert table.table.item(0, 0).text().startswith("Medewerker: Verbondenheid in het team")
    # An empty name is refused in place and changes nothing.
    assert not table.change_measure(replace(before, name="  "))
    assert not table.error.isHidden()
    assert doc.map.measures[before.id] == before


def test_a_new_rework_loop_is_named_where_no_step_changed(sample_window: MainWindow) -> None:
    # Since "Na 3 maanden" the sample's first-time-right fell (69 % → 59 %) with no step
    # changed: the comparison named nothing. The rework loop added since is why.
    panel = sample_window.snapshots
    [later] = [s for s in panel.snapshots() if s.label == "Na 3 maanden"]
    panel.select_ids([later.id])

    dialog = panel.compare_selected()

    assert dialog is not None
    texts = [label.text() for label in dialog.view.findChildren(QLabel)]
    assert "Geen stappen veranderd." in texts
    assert "Overdrachten en terugkoppelingen" in texts
    assert any(
        "Nieuwe terugkoppeling ‘Zorgplan bespreken en ondertekenen’ → ‘Zorgplan opstellen’"
        " (15 % gaat terug)." in text
        for text in texts
    )
    dialog.close()
