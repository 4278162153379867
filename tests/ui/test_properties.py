"""Editing a step in the Eigenschappen dock: typed durations, refusals in place."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from procesbouw.model import Step
from tests.ui.conftest import drag
from ui.main_window import MainWindow
from ui.panels.fields import Field


def _select_new_step(window: MainWindow) -> Step:
    step = window.document.add_step("Intake", (40, 40))
    window.scene.select_ids([step.id])
    return step


def _type(field: Field, text: str) -> None:
    field.editor.setFocus()
    field.editor.selectAll()
    QTest.keyClicks(field.editor, text)
    QTest.keyClick(field.editor, Qt.Key.Key_Return)


def test_a_dutch_duration_is_stored_in_minutes(qtbot: object, window: MainWindow) -> None:
    step = _select_new_step(window)
    page = window.properties.step_page
    depth = window.document.undo_stack.count()
    _type(page.fields["wait_minutes"], "1,5 uur")
    assert window.document.map.steps[step.id].wait_minutes == 90
    assert window.scene.bricks[step.id].step.wait_minutes == 90
    assert window.document.undo_stack.count() == depth + 1, "typing is one undo step"
    assert page.fields["wait_minutes"].text() == "1,5 u"
    window.document.undo_stack.undo()
    assert window.document.map.steps[step.id].wait_minutes == 0
    assert page.fields["wait_minutes"].text() == "0 min"


def test_a_bad_duration_turns_red_and_changes_nothing(qtbot: object, window: MainWindow) -> None:
    step = _select_new_step(window)
    field = window.properties.step_page.fields["process_minutes"]
    _type(field, "45m")
    _type(field, "abc")
    assert window.document.map.steps[step.id].process_minutes == 45
    assert field.has_error()
    assert "geen tijd" in field.error.text()
    assert "#D32F2F" in field.editor.styleSheet()
    _type(field, "-3")
    assert "negatief" in field.error.text()
    assert window.document.map.steps[step.id].process_minutes == 45
    _type(field, "2d")
    assert not field.has_error()
    assert window.document.map.steps[step.id].process_minutes == 2 * 24 * 60


def test_ftr_of_101_is_refused(qtbot: object, window: MainWindow) -> None:
    step = _select_new_step(window)
    field = window.properties.step_page.fields["ftr_percent"]
    _type(field, "101%")
    assert field.has_error() and "tussen 0 en 100" in field.error.text()
    assert window.document.map.steps[step.id].ftr_percent == 100
    _type(field, "85")
    assert window.document.map.steps[step.id].ftr_percent == 85


def test_an_empty_name_is_refused(qtbot: object, window: MainWindow) -> None:
    step = _select_new_step(window)
    field = window.properties.step_page.fields["name"]
    _type(field, "   ")
    assert field.has_error()
    assert window.document.map.steps[step.id].name == "Intake"


def test_nothing_selected_shows_the_map_details(qtbot: object, window: MainWindow) -> None:
    window.scene.select_ids([])
    page = window.properties.details_page
    assert window.properties.stack.currentWidget() is page
    _type(page.fields["team"], "Team Noord <&>")
    assert window.document.map.details.team == "Team Noord <&>"


def test_a_flow_becomes_rework_with_a_share(qtbot: object, window: MainWindow) -> None:
    a = window.document.add_step("A", (0, 0))
    b = window.document.add_step("B", (200, 0))
    flow = window.document.connect(b.id, a.id)
    window.scene.select_ids([flow.id])
    page = window.properties.flow_page
    assert window.properties.stack.currentWidget() is page
    page.kind.setCurrentIndex(1)
    page.kind.activated.emit(1)
    assert window.document.map.flows[flow.id].kind == "rework"
    _type(page.share, "30%")
    assert window.document.map.flows[flow.id].rework_share == 0.3
    _type(page.share, "100%")
    assert page.share.has_error()
    assert window.document.map.flows[flow.id].rework_share == 0.3


def test_the_question_to_the_mt_is_typed_in_the_details_and_undoable(
    qtbot: object, window: MainWindow
) -> None:
    window.scene.select_ids([])
    field = window.properties.details_page.fields["mt_question"]
    field.editor.setFocus()
    QTest.keyClicks(field.editor, "Mag de planner zelf plannen?")
    window.properties.details_page.fields["name"].editor.setFocus()  # leaving the field submits
    assert window.document.map.details.mt_question == "Mag de planner zelf plannen?"
    window.document.undo_stack.undo()
    assert window.document.map.details.mt_question == ""


def test_days_are_counted_by_an_explicit_choice_in_one_undo_step(
    qtbot: object, window: MainWindow
) -> None:
    window.scene.select_ids([])
    days = window.properties.details_page.fields["hours_per_day"]
    details = window.document.map.details
    assert details.hours_per_day == 24
    assert days.calendar.isChecked() and not days.hours.isEnabled()
    assert days.calendar.text() == "Rekenen in kalenderdagen (24 u)"

    depth = window.document.undo_stack.count()
    QTest.mouseClick(days.working, Qt.MouseButton.LeftButton)
    assert window.document.map.details.hours_per_day == 8
    assert window.document.undo_stack.count() == depth + 1
    assert days.hours.isEnabled()

    days.hours.setFocus()
    days.hours.lineEdit().selectAll()
    point = days.hours.locale().decimalPoint()  # "," in the Dutch app
    QTest.keyClicks(days.hours.lineEdit(), f"7{point}5")
    QTest.keyClick(days.hours.lineEdit(), Qt.Key.Key_Return)
    assert window.document.map.details.hours_per_day == 7.5
    assert window.document.undo_stack.count() == depth + 2

    QTest.mouseClick(days.calendar, Qt.MouseButton.LeftButton)
    assert window.document.map.details.hours_per_day == 24
    assert not days.hours.isEnabled()

    window.document.undo_stack.undo()
    assert window.document.map.details.hours_per_day == 7.5
    assert days.working.isChecked() and days.hours.value() == 7.5
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.map.details.hours_per_day == 24
    assert days.calendar.isChecked()


def _click_in_view(window: MainWindow, scene_point: QPointF) -> None:
    point = window.view.mapFromScene(scene_point)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_flow_clicked_after_scrolling_a_step_shows_its_fields(
    qtbot: object, window: MainWindow
) -> None:
    # A laptop: the Eigenschappen dock is short, the step's form scrolls.
    window.resize(1366, 768)
    window.sizing.compact_docks()
    window.docks["properties"].raise_()
    a = window.document.add_step("Intake", (0, 0))
    b = window.document.add_step("Plannen", (300, 0))
    flow = window.document.connect(a.id, b.id)
    window.view.resetTransform()
    window.view.centerOn(window.scene.content_rect().center())
    panel = window.properties
    _click_in_view(window, window.scene.bricks[a.id].sceneBoundingRect().center())
    assert panel.stack.currentWidget() is panel.step_page
    scroll = panel.verticalScrollBar()
    assert scroll.maximum() > 0, "the step's form is taller than the dock"
    scroll.setValue(scroll.maximum())  # down to the note
    _click_in_view(window, window.scene.flows[flow.id].label_centre())
    assert panel.stack.currentWidget() is panel.flow_page
    # The flow's short form is in sight, not the empty space below it.
    kind = panel.flow_page.kind
    top_left = kind.mapTo(panel.viewport(), QPoint(0, 0))
    assert panel.viewport().rect().contains(QRect(top_left, kind.size()))


def test_the_note_sits_beside_its_label(qtbot: object, window: MainWindow) -> None:
    _select_new_step(window)
    page = window.properties.step_page
    note = page.fields["note"]
    label = page.form.labelForField(note)
    editor_top = note.editor.mapTo(page, QPoint(0, 0)).y()
    assert abs(editor_top - label.geometry().top()) <= 8


def test_the_map_details_fit_a_narrow_panel(qtbot: object, window: MainWindow) -> None:
    # As narrow as the Eigenschappen dock beside the canvas on a 1920×1080 screen.
    dock = window.docks["properties"]
    dock.setFloating(True)
    dock.resize(320, 500)
    QTest.qWait(10)
    panel = window.properties
    assert panel.stack.currentWidget() is panel.details_page
    name = panel.details_page.fields["name"]
    right = name.mapTo(panel.viewport(), QPoint(name.width(), 0)).x()
    assert right <= panel.viewport().width(), "the field's right edge is cut off"


def _wheel_down(widget: QWidget) -> bool:
    """One notch of the mouse wheel over the middle of ``widget``; whether the
    widget took it (an event it leaves, Qt hands on to the scroll area around it)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_passes_over_the_role_and_changes_nothing(
    qtbot: object, window: MainWindow
) -> None:
    # A laptop: the dock is short and the facilitator scrolls it with the wheel,
    # the pointer passing over the role's drop-down on the way.
    window.resize(1366, 768)
    window.sizing.compact_docks()
    window.docks["properties"].raise_()
    planner = window.document.add_role("Planner", "#0055BF")
    window.document.add_role("Wijkverpleegkundige", "#C91A09")
    step = window.document.add_step("Intake", (0, 0), planner.id)
    window.scene.select_ids([step.id])
    panel = window.properties
    window.view.setFocus()
    role = panel.step_page.role
    assert not role.hasFocus()
    assert not _wheel_down(role), "left for the panel to scroll"
    assert window.document.map.steps[step.id].role_id == planner.id
    assert role.currentData() == planner.id


def test_bricks_caught_with_their_arrow_get_one_wait_time(
    qtbot: object, window: MainWindow
) -> None:
    a = window.document.add_step("Intake", (0, 0))
    b = window.document.add_step("Plannen", (300, 0))
    window.document.connect(a.id, b.id)
    window.view.resetTransform()
    window.view.centerOn(window.scene.content_rect().center())
    # A rubber band around both bricks takes the arrow between them along.
    bounds = window.scene.content_rect()
    drag(
        window.view.viewport(),
        window.view.mapFromScene(bounds.topLeft() - QPointF(20, 20)),
        window.view.mapFromScene(bounds.bottomRight() + QPointF(20, 20)),
    )
    assert len(window.scene.selected_ids()) == 3
    panel = window.properties
    assert panel.stack.currentWidget() is panel.step_page
    assert panel.title.text() == "2 stappen"
    _type(panel.step_page.fields["wait_minutes"], "2u")
    steps = window.document.map.steps
    assert steps[a.id].wait_minutes == steps[b.id].wait_minutes == 120
