"""The facilitator's story on the canvas, driven with real mouse and key events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from procesbouw.model import Finding, Flow, FlowKind, Role, Step
from procesbouw.storage import MapFile
from procesbouw.units import format_percent
from tests.ui.conftest import drag
from ui.canvas import style
from ui.main_window import MainWindow


def _point(window: MainWindow, step_id: str, x: float, y: float) -> QPoint:
    """Viewport position of (x, y) inside the brick of ``step_id``."""
    brick = window.scene.bricks[step_id]
    return window.view.mapFromScene(brick.mapToScene(QPointF(x, y)))


def _centre(window: MainWindow, step_id: str) -> QPoint:
    return _point(window, step_id, style.BRICK_WIDTH / 2, style.BRICK_HEIGHT / 2)


def _add_steps(window: MainWindow, *names: str) -> list[Step]:
    doc = window.document
    role = doc.add_role("Planner", "#0055BF")
    steps = [
        doc.add_step(name, (40 + index * 240, 100), role.id) for index, name in enumerate(names)
    ]
    window.view.resetTransform()
    window.view.centerOn(window.scene.content_rect().center())
    return steps


def _type_name(qtbot: object, window: MainWindow, name: str) -> None:
    editor = window.view.editor
    assert editor is not None, "the inline editor should be open"
    editor.selectAll()
    QTest.keyClicks(editor, name)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_tab_creates_a_first_step_ready_to_be_named(qtbot: object, window: MainWindow) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    _type_name(qtbot, window, "Aanmelding")
    steps = list(window.document.map.steps.values())
    assert [s.name for s in steps] == ["Aanmelding"]
    assert set(window.scene.bricks) == {steps[0].id}
    # Creating and naming is one undo step.
    window.document.undo_stack.undo()
    assert window.document.map.steps == {} and window.scene.bricks == {}


def test_a_chain_of_five_steps_is_captured_with_the_keyboard_only(
    qtbot: object, window: MainWindow, map_path: Path
) -> None:
    window.view.setFocus()
    names = ["Aanmelding", "Intake", "Indicatie", "Planning", "Start zorg"]
    for name in names:
        QTest.keyClick(window.view, Qt.Key.Key_Tab)
        _type_name(qtbot, window, name)
    pm = window.document.map
    ordered = sorted(pm.steps.values(), key=lambda s: s.x)
    assert [s.name for s in ordered] == names
    chain = [(pm.steps[f.source_id].name, pm.steps[f.target_id].name) for f in pm.flows.values()]
    assert chain == list(zip(names, names[1:], strict=False))
    assert len({s.y for s in ordered}) == 1, "the chain runs left to right"
    assert window.document.undo_stack.count() == 5


def test_escape_right_after_tab_drops_the_new_step(qtbot: object, window: MainWindow) -> None:
    (first,) = _add_steps(window, "Aanmelding")
    window.scene.select_ids([first.id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    assert len(window.document.map.steps) == 2
    QTest.keyClick(window.view.editor, Qt.Key.Key_Escape)
    assert list(window.document.map.steps) == [first.id]
    assert window.document.map.flows == {}


def test_connect_two_bricks_by_dragging_from_the_handle(qtbot: object, window: MainWindow) -> None:
    a, b = _add_steps(window, "Aanmelding", "Intake")
    window.scene.select_ids([a.id])  # the handle shows on the selected brick
    start = _point(window, a.id, style.BRICK_WIDTH, style.BRICK_HEIGHT / 2)
    drag(window.view.viewport(), start, _centre(window, b.id))
    flows = list(window.document.map.flows.values())
    assert [(f.source_id, f.target_id) for f in flows] == [(a.id, b.id)]
    assert set(window.scene.flows) == {flows[0].id}
    assert a.x == window.document.map.steps[a.id].x, "connecting does not move the brick"


def test_c_connects_in_the_order_the_steps_were_clicked(qtbot: object, window: MainWindow) -> None:
    """Right to left too: the facilitator clicks the later step first."""
    a, b, c = _add_steps(window, "Aanmelding", "Intake", "Planning")
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(window, c.id))
    for step in (a, b):
        QTest.mouseClick(
            window.view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            _centre(window, step.id),
        )
    assert window.scene.steps_in_selection_order() == [c.id, a.id, b.id]
    QTest.keyClick(window.view, Qt.Key.Key_C)
    flows = [(f.source_id, f.target_id) for f in window.document.map.flows.values()]
    assert flows == [(c.id, a.id), (a.id, b.id)]
    window.document.undo_stack.undo()  # one key, one undo step
    assert window.document.map.flows == {}


def test_moving_a_brick_snaps_to_the_grid_and_undoes_in_one_step(
    qtbot: object, window: MainWindow
) -> None:
    a, b = _add_steps(window, "Aanmelding", "Intake")
    window.document.connect(a.id, b.id)
    start = _centre(window, a.id)
    drag(window.view.viewport(), start, start + QPoint(107, 53), steps=12)
    moved = window.document.map.steps[a.id]
    assert (moved.x, moved.y) != (a.x, a.y)
    assert moved.x % style.GRID == 0 and moved.y % style.GRID == 0
    assert window.scene.bricks[a.id].pos() == QPointF(moved.x, moved.y)
    count = window.document.undo_stack.count()
    window.document.undo_stack.undo()
    assert window.document.undo_stack.count() == count
    restored = window.document.map.steps[a.id]
    assert (restored.x, restored.y) == (a.x, a.y)
    assert window.scene.bricks[a.id].pos() == QPointF(a.x, a.y)


def test_arrows_stay_attached_to_dragged_bricks(qtbot: object, window: MainWindow) -> None:
    a, b, c = _add_steps(window, "Aanmelding", "Intake", "Plannen")
    first = window.document.connect(a.id, b.id)
    second = window.document.connect(b.id, c.id)
    assert first is not None and second is not None
    window.scene.select_ids([a.id, b.id])
    start = _centre(window, a.id)
    drag(window.view.viewport(), start, start + QPoint(0, 200))
    assert window.document.map.steps[a.id].y == window.document.map.steps[b.id].y == 300

    def touches(flow_id: str, step_id: str) -> bool:
        brick = window.scene.bricks[step_id]
        body = brick.mapToScene(brick.body_rect()).boundingRect()
        return window.scene.flows[flow_id].shape().intersects(body)

    # Both ends of the arrow between the two dragged bricks moved with them; the
    # arrow to the brick left in place now leaves from the dragged one.
    assert touches(first.id, a.id) and touches(first.id, b.id)
    assert touches(second.id, b.id) and touches(second.id, c.id)
    window.document.undo_stack.undo()  # the bricks go back, and the arrows with them
    assert window.scene.bricks[a.id].y() == 100
    assert touches(first.id, a.id) and touches(first.id, b.id)
    assert touches(second.id, b.id) and touches(second.id, c.id)


def test_a_step_far_beyond_the_canvas_can_be_scrolled_to(qtbot: object, window: MainWindow) -> None:
    (a,) = _add_steps(window, "Aanmelding")
    far = window.document.add_step("Archiveren", (160_000, 100), a.role_id, after=a.id)
    assert far is not None
    window.view.centre_on_ids([far.id])
    assert window.view.viewport().rect().contains(_centre(window, far.id))
    window.view.centre_on_ids([a.id])
    assert window.view.viewport().rect().contains(_centre(window, a.id))


def test_rename_inline_with_a_double_click(qtbot: object, window: MainWindow) -> None:
    (a,) = _add_steps(window, "Aanmelding")
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(window, a.id))
    _type_name(qtbot, window, "Aanmelden <b>&</b>")
    assert window.document.map.steps[a.id].name == "Aanmelden <b>&</b>"
    assert window.scene.bricks[a.id].step.name == "Aanmelden <b>&</b>"


def test_f2_renames_the_selected_brick(qtbot: object, window: MainWindow) -> None:
    (a,) = _add_steps(window, "Aanmelding")
    window.scene.select_ids([a.id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    _type_name(qtbot, window, "Intake")
    assert window.document.map.steps[a.id].name == "Intake"


def test_delete_a_brick_with_flows_and_undo_brings_all_back(
    qtbot: object, window: MainWindow
) -> None:
    a, b, c = _add_steps(window, "Aanmelding", "Intake", "Plannen")
    doc = window.document
    doc.connect(a.id, b.id)
    doc.connect(b.id, c.id)
    finding = Finding("Snelle intake", step_ids=(b.id,))
    doc.add_entities([finding], "Bevinding")
    before_steps = list(doc.map.steps)
    before_flows = dict(doc.map.flows)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(window, b.id))
    assert window.scene.selected_step_ids() == [b.id]
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert b.id not in doc.map.steps and doc.map.flows == {}
    assert doc.map.findings[finding.id].step_ids == ()
    assert window.scene.flows == {} and b.id not in window.scene.bricks
    doc.undo_stack.undo()
    assert list(doc.map.steps) == before_steps
    assert doc.map.flows == before_flows
    assert doc.map.findings[finding.id].step_ids == (b.id,)
    assert set(window.scene.flows) == set(before_flows)
    doc.undo_stack.redo()
    assert b.id not in doc.map.steps


def test_rubber_band_selects_bricks(qtbot: object, window: MainWindow) -> None:
    a, b, c = _add_steps(window, "Aanmelding", "Intake", "Plannen")
    top_left = _point(window, a.id, -15, -15)
    bottom_right = _point(window, b.id, style.BRICK_WIDTH + 15, style.BRICK_HEIGHT + 15)
    drag(window.view.viewport(), top_left, bottom_right)
    assert set(window.scene.selected_step_ids()) == {a.id, b.id}


def test_copy_paste_and_duplicate(qtbot: object, window: MainWindow) -> None:
    a, b = _add_steps(window, "Aanmelding", "Intake")
    window.document.connect(a.id, b.id)
    window.scene.select_ids([a.id, b.id])
    window.edits.copy_action.trigger()
    window.edits.paste_action.trigger()
    pm = window.document.map
    assert len(pm.steps) == 4 and len(pm.flows) == 2
    pasted = [s for s in pm.steps.values() if s.id not in (a.id, b.id)]
    assert {s.name for s in pasted} == {"Aanmelding", "Intake"}
    assert set(window.scene.selected_step_ids()) == {s.id for s in pasted}
    window.edits.duplicate_action.trigger()
    assert len(pm.steps) == 6
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert set(pm.steps) == {a.id, b.id}


def test_zoom_and_fit(qtbot: object, window: MainWindow) -> None:
    _add_steps(window, *[f"Stap {i}" for i in range(12)])
    window.menus.fit_action.trigger()
    fitted = window.view.zoom()
    assert fitted < 1.0
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() > fitted


def test_a_fitted_map_stays_fitted_when_the_window_grows_until_the_user_zooms(
    qtbot: object, window: MainWindow
) -> None:
    """The window is maximised after it opened (or a dock closes): the map that was
    fitted fits the larger canvas; once the facilitator zoomed, a resize keeps it."""
    _add_steps(window, *[f"Stap {i}" for i in range(12)])
    window.resize(900, 700)
    window.menus.fit_action.trigger()
    small = window.view.zoom()
    window.resize(1300, 860)
    qtbot.waitUntil(lambda: window.view.zoom() > small * 1.2)  # type: ignore[attr-defined]
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    chosen = window.view.zoom()
    window.resize(1000, 760)
    QApplication.processEvents()
    assert window.view.zoom() == chosen


def test_close_and_reopen_keeps_everything(
    qtbot: object, window: MainWindow, map_path: Path
) -> None:
    a, b = _add_steps(window, "Aanmelding", "Intake")
    window.document.connect(a.id, b.id)
    expected = window.document.map
    expected_copy = expected.copy()
    window.close()
    with MapFile.open(map_path, read_only=True) as reopened:
        assert reopened.map == expected_copy
        assert isinstance(next(iter(reopened.map.roles.values())), Role)
        assert isinstance(next(iter(reopened.map.flows.values())), Flow)


def test_arrow_keys_nudge_the_selection_one_stud_per_press(
    qtbot: object, window: MainWindow
) -> None:
    a, b = _add_steps(window, "Aanmelding", "Intake")
    window.scene.select_ids([a.id, b.id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    pm = window.document.map
    assert (pm.steps[a.id].x, pm.steps[a.id].y) == (a.x + style.GRID, a.y + style.GRID)
    assert (pm.steps[b.id].x, pm.steps[b.id].y) == (b.x + style.GRID, b.y + style.GRID)
    window.document.undo_stack.undo()
    assert (pm.steps[a.id].x, pm.steps[a.id].y) == (a.x + style.GRID, a.y)


def test_save_as_continues_in_the_copy_and_leaves_the_original(
    qtbot: object, window: MainWindow, map_path: Path, tmp_path: Path
) -> None:
    (a,) = _add_steps(window, "Aanmelding")
    copy = tmp_path / "kopie"
    window.files.save_as_path(copy)
    assert window.document.file.path == copy.with_suffix(".procesbouw")
    assert "kopie.procesbouw" in window.windowFilePath()
    window.document.rename(a.id, "Alleen in de kopie")
    window.close()
    with MapFile.open(map_path, read_only=True) as original:
        assert original.map.steps[a.id].name == "Aanmelding"
    with MapFile.open(copy.with_suffix(".procesbouw"), read_only=True) as saved:
        assert saved.map.steps[a.id].name == "Alleen in de kopie"


def test_the_rework_share_on_the_arrow_uses_the_one_percentage_format(
    qtbot: object, window: MainWindow
) -> None:
    doc = window.document
    a = doc.add_step("A", (0, 0))
    b = doc.add_step("B", (240, 0))
    flow = doc.connect(b.id, a.id)
    doc.change(flow, "Terugkoppeling", kind=FlowKind.REWORK, rework_share=0.2)
    item = window.scene.flows[flow.id]
    assert item.share_text() == "20 %"  # as in the cards, sentences and PDF
    doc.change(doc.map.flows[flow.id], "Aandeel", rework_share=0.004)
    assert item.share_text() == "0,4 %" == format_percent(0.004)  # was "0,4%", unlike elsewhere


def test_badges_too_wide_for_one_row_move_up_instead_of_being_cut(qtbot: object) -> None:
    """Waits in working days are spelled out ("2,5 werkdagen"): with the process time
    and FTR the badges no longer fit the brick's bottom edge, and the FTR moves to the
    row above, whole, instead of being cut off at the brick's edge ("83°")."""
    from ui.canvas import brick_paint
    from ui.canvas.brick_text import badge_texts

    room = style.BRICK_WIDTH - 2 * brick_paint.PAD
    long = Step("Beoordelen", wait_minutes=2.5 * 8 * 60, process_minutes=90, ftr_percent=83)
    bottom, above = brick_paint.badge_rows(badge_texts(long, hours_per_day=8))
    assert [label for _kind, label in bottom] == ["2,5 werkdagen", "1,5 u"]
    assert above == [("ftr", "83%")]
    assert brick_paint.row_width(bottom) <= room and brick_paint.row_width(above) <= room
    short = Step("Bellen", wait_minutes=60, process_minutes=20, ftr_percent=83)
    assert brick_paint.badge_rows(badge_texts(short, hours_per_day=8))[1] == []


def test_zoomed_out_the_name_field_shows_the_whole_name(qtbot: object, window: MainWindow) -> None:
    # The sample on a laptop opens at about 37 %: a brick is narrower than its
    # name at a size that can be read while typing.
    window.resize(1366, 768)
    (step,) = _add_steps(window, "Intakegesprek bij cliënt thuis")
    window.view.resetTransform()
    window.view.scale(0.37, 0.37)
    window.view.centerOn(window.scene.bricks[step.id])
    brick = _centre(window, step.id)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=brick)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.editor
    assert editor is not None

    def whole_name_fits() -> bool:
        return editor.fontMetrics().horizontalAdvance(editor.text()) < editor.width() - 8

    assert whole_name_fits()
    editor.end(False)
    QTest.keyClicks(editor, " (met mantelzorger)")
    assert whole_name_fits()
    assert editor.geometry().right() < window.view.viewport().width()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.map.steps[step.id].name.endswith("(met mantelzorger)")
