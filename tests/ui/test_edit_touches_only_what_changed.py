"""An edit redraws only what it can change (the lanes, the role drop-down), and
what it can change is always redrawn: a test fails when either is stale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from shiboken6 import Shiboken

from procesbouw.layout import LaneBands, swimlanes
from procesbouw.model import Step
from ui.canvas import style
from ui.main_window import MainWindow
from ui.panels.analysis import AnalysisPanel


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _lanes_of(window: MainWindow) -> list[object]:
    return [item.lane for item in window.scene.lanes]


def _two_lanes(window: MainWindow) -> tuple[Step, Step]:
    doc = window.document
    client, planner = doc.add_role("Klant"), doc.add_role("Planner")
    assert client is not None and planner is not None
    a = doc.add_step("Aanvraag", (0, 0), client.id)
    b = doc.add_step("Intake", (240, 300), planner.id, after=a.id)
    assert a is not None and b is not None
    _settle()
    assert [lane.name for lane in window.scene.lanes] == ["Klant", "Planner"]
    return a, b


def test_lanes_follow_a_moved_brick_and_a_new_role(window: MainWindow) -> None:
    doc = window.document
    a, b = _two_lanes(window)

    doc.move_steps({b.id: (240.0, 600.0)})
    _settle()
    assert _lanes_of(window) == swimlanes(doc.map, geometry=style.LANES)
    assert window.scene.lanes[1].lane.bottom > 600

    doc.change(doc.map.steps[b.id], "Rol", role_id=a.role_id)
    _settle()
    assert [lane.name for lane in window.scene.lanes] == ["Klant"]


def test_a_renamed_step_or_a_new_time_leaves_the_lanes_as_they_are(
    window: MainWindow,
) -> None:
    doc = window.document
    _, b = _two_lanes(window)
    shown = list(window.scene.lanes)

    doc.rename(b.id, "Plannen")
    doc.change(doc.map.steps[b.id], "Bewerkingstijd", process_minutes=45.0)
    _settle()

    assert window.scene.lanes == shown  # the same items: not made again
    assert _lanes_of(window) == swimlanes(doc.map, geometry=style.LANES)


def test_a_new_step_in_its_lane_and_nudges_keep_the_lanes_without_measuring_every_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = window.document
    _, b = _two_lanes(window)
    measured: list[int] = []
    measure = LaneBands.measure

    def counted(bands: LaneBands, *args: object) -> None:
        measured.append(1)
        measure(bands, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(LaneBands, "measure", counted)
    window.scene.select_ids([b.id])
    window.view.capture_next_step()  # Tab: a new step right of Intake, in Planner's lane
    new_id = window.scene.selected_step_ids()[0]
    window.view.nudge_selection(0, 1)
    _settle()

    assert measured == []  # the new step and the nudge stayed inside Planner's band
    assert doc.map.steps[new_id].role_id == b.role_id
    assert _lanes_of(window) == swimlanes(doc.map, geometry=style.LANES)
    assert window.scene.lanes[1].lane.right > window.scene.bricks[new_id].x()

    doc.move_steps({b.id: (240.0, 900.0)})  # off the band's edge: the band grows
    doc.remove([new_id])
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # back to where Intake stood: the band shrinks again
    _settle()
    assert _lanes_of(window) == swimlanes(doc.map, geometry=style.LANES)


def _role_choices(window: MainWindow) -> list[tuple[str, object, str]]:
    """Each choice of the step page's role drop-down: text, role id, swatch colour."""
    combo = window.properties.step_page.role
    choices = []
    for index in range(combo.count()):
        icon = combo.itemIcon(index)
        colour = icon.pixmap(18, 18).toImage().pixelColor(9, 12).name() if not icon.isNull() else ""
        choices.append((combo.itemText(index), combo.itemData(index), colour))
    return choices


def test_the_role_drop_down_follows_every_change_of_the_roles(window: MainWindow) -> None:
    doc = window.document
    a, _ = _two_lanes(window)
    window.scene.select_ids([a.id])
    _settle()
    assert [text for text, _, _ in _role_choices(window)] == ["(geen rol)", "Klant", "Planner"]
    klant = doc.map.roles[a.role_id or ""]
    assert _role_choices(window)[1][2] == QColor(klant.colour).name()

    doc.rename(klant.id, "Cliënt")
    doc.change(doc.map.roles[klant.id], "Kleur", colour="#237841")
    third = doc.add_role("Zorgverlener")
    assert third is not None
    _settle()

    assert _role_choices(window)[1:] == [
        ("Cliënt", klant.id, "#237841"),
        ("Planner", _role_choices(window)[2][1], _role_choices(window)[2][2]),
        ("Zorgverlener", third.id, QColor(third.colour).name()),
    ]
    assert window.properties.step_page.role.currentData() == klant.id


def test_an_edit_of_a_step_keeps_the_role_drop_down_as_it_is(window: MainWindow) -> None:
    doc = window.document
    a, _ = _two_lanes(window)
    window.scene.select_ids([a.id])
    _settle()
    combo = window.properties.step_page.role
    filled: list[int] = []
    combo.model().modelReset.connect(lambda: filled.append(1))
    combo.model().rowsInserted.connect(lambda *_: filled.append(1))

    doc.rename(a.id, "Aanvraag doen")
    doc.change(doc.map.steps[a.id], "Wachttijd", wait_minutes=60.0)
    _settle()

    assert filled == []
    assert combo.currentData() == a.role_id


def _role_rows(window: MainWindow) -> list[tuple[str, int]]:
    """Each row of the roles list: the role's name and its count of steps."""
    rows = window.roles.list
    texts = [rows.item(index).text() for index in range(rows.count())]
    return [(text.split("\n")[0], int(text.split("· ")[1].split()[0])) for text in texts]


def test_the_roles_list_counts_follow_new_removed_and_reassigned_steps(
    window: MainWindow,
) -> None:
    doc = window.document
    a, b = _two_lanes(window)
    assert _role_rows(window) == [("Klant", 1), ("Planner", 1)]

    doc.add_step("Plannen", (480, 300), b.role_id, after=b.id)
    assert _role_rows(window) == [("Klant", 1), ("Planner", 2)]
    doc.change(doc.map.steps[a.id], "Rol", role_id=b.role_id)
    assert _role_rows(window) == [("Klant", 0), ("Planner", 3)]
    doc.remove([a.id])
    assert _role_rows(window) == [("Klant", 0), ("Planner", 2)]
    doc.undo_stack.undo()
    assert _role_rows(window) == [("Klant", 0), ("Planner", 3)]


def test_a_new_name_time_or_place_of_a_step_leaves_the_roles_list_alone(
    window: MainWindow,
) -> None:
    doc = window.document
    a, _ = _two_lanes(window)
    changed_rows: list[object] = []
    window.roles.list.model().dataChanged.connect(lambda *args: changed_rows.append(args))
    window.roles.links.list.model().rowsInserted.connect(lambda *args: changed_rows.append(args))
    doc.link_roles(*list(doc.map.roles))

    changed_rows.clear()
    doc.rename(a.id, "Aanvraag doen")
    doc.change(doc.map.steps[a.id], "Wachttijd", wait_minutes=60.0)
    doc.move_steps({a.id: (0.0, 40.0)})

    assert changed_rows == []
    assert _role_rows(window) == [("Klant", 1), ("Planner", 1)]


def test_the_lead_time_chart_follows_names_and_times_and_keeps_its_bars_on_a_move(
    window: MainWindow,
) -> None:
    doc = window.document
    a, b = _two_lanes(window)
    doc.change(doc.map.steps[a.id], "Wachttijd", wait_minutes=120.0)
    _settle()
    chart = window.analysis_panel.chart
    shown = chart.times
    assert [(t.name, t.wait) for t in shown] == [("Aanvraag", 120.0), ("Intake", 0.0)]

    doc.move_steps({a.id: (0.0, 40.0)})
    _settle()
    assert chart.times is shown  # the same bars: not drawn again

    doc.rename(b.id, "Plannen")
    doc.change(doc.map.steps[a.id], "Wachttijd", wait_minutes=180.0)
    _settle()
    assert [(t.name, t.wait) for t in chart.times] == [("Aanvraag", 180.0), ("Plannen", 0.0)]
    assert "Plannen" in chart.toolTip()


def test_an_entry_whose_steps_changed_selects_the_new_steps_when_clicked(
    window: MainWindow,
) -> None:
    doc = window.document
    roles = [doc.add_role(name) for name in ("Klant", "Planner", "Monteur")]
    ids = [role.id for role in roles if role is not None]
    a = doc.add_step("Aanvraag", (0, 0), ids[0])
    b = doc.add_step("Plannen", (240, 0), ids[1], after=a.id)
    c = doc.add_step("Monteren", (480, 0), ids[2], after=b.id)
    assert a is not None and b is not None and c is not None
    _settle()
    panel = window.analysis_panel
    texts = [panel.entries.item(row).text() for row in range(panel.entries.count())]
    (broker_row,) = [row for row, text in enumerate(texts) if "'Planner'" in text and "Via" in text]
    shown_text = texts[broker_row]

    extra = doc.add_step("Nabellen", (240, 200), ids[1])  # Planner's: the same words, one step more
    assert extra is not None
    _settle()
    assert panel.entries.item(broker_row).text() == shown_text
    panel.entries.itemClicked.emit(panel.entries.item(broker_row))

    assert set(window.scene.selected_step_ids()) == {b.id, extra.id}


def test_an_entry_with_the_same_words_and_other_steps_selects_the_other_steps(
    qtbot: object,
) -> None:
    panel = AnalysisPanel()
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel._show_rows([("Knelpunten (1)", None), ("Via 'Planner' loopt werk", ("s1",))])
    item = panel.entries.item(1)

    panel._show_rows([("Knelpunten (1)", None), ("Via 'Planner' loopt werk", ("s1", "s2"))])
    chosen: list[list[str]] = []
    panel.entry_activated.connect(chosen.append)
    panel.entries.itemClicked.emit(panel.entries.item(1))

    assert panel.entries.item(1) is item and item.text().strip() == "Via 'Planner' loopt werk"
    assert chosen == [["s1", "s2"]]


def test_the_entry_rows_are_qt_items_that_answer_qt_without_python(qtbot: object) -> None:
    """Qt asks every row for its data again and again while it measures the list;
    an item made in Python would answer through the interpreter lock, which a
    worker thread's analysis holds most of the time on a big map."""
    panel = AnalysisPanel()
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel._show_rows([("Knelpunten (1)", None), ("Intake wacht", ("s1",))])
    panel._show_rows(
        [("Knelpunten (2)", None), ("Intake wacht", ("s1",)), ("Plannen wacht", ("s2",))]
    )

    entries = panel.entries
    assert [entries.item(row).text() for row in range(entries.count())] == [
        "Knelpunten (2)",
        "   Intake wacht",
        "   Plannen wacht",
    ]
    assert entries.item(0).font().bold() and not entries.item(2).font().bold()
    assert panel.ids_at(2) == ("s2",)
    assert not any(Shiboken.createdByPython(entries.item(row)) for row in range(entries.count()))
