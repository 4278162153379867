"""Capture at the speed of talk: roles first, new steps that land well, rework by
key, a map that lays itself out. Driven with real key and mouse events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtTest import QTest

from procesbouw.model import FlowKind, Step
from tests.ui.conftest import drag
from ui.canvas import style
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def laptop_size(window: MainWindow) -> None:
    """A laptop's window, whatever an earlier test left in the saved layout."""
    window.resize(1366, 768)
    QTest.qWait(10)


def _centre(window: MainWindow, step_id: str) -> QPoint:
    brick = window.scene.bricks[step_id]
    return window.view.mapFromScene(brick.mapToScene(QPointF(80, 40)))


def _click(window: MainWindow, step_id: str, ctrl: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, modifier, _centre(window, step_id)
    )


def _overlap(a: Step, b: Step) -> bool:
    return abs(a.x - b.x) < style.BRICK_WIDTH and abs(a.y - b.y) < style.BRICK_HEIGHT


def _tab_and_name(window: MainWindow, *names: str) -> None:
    """Tab, then each name followed by Tab (the next step), the last by Enter."""
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    for index, name in enumerate(names):
        editor = window.view.editor
        assert editor is not None
        QTest.keyClicks(editor, name)
        last = index == len(names) - 1
        QTest.keyClick(editor, Qt.Key.Key_Return if last else Qt.Key.Key_Tab)


def test_tab_while_naming_commits_and_makes_the_next_step(window: MainWindow) -> None:
    window.view.setFocus()
    _tab_and_name(window, "Aanmelding", "Intake", "Planning")
    pm = window.document.map
    names = [s.name for s in pm.steps.values()]
    assert names == ["Aanmelding", "Intake", "Planning"]
    chain = [(pm.steps[f.source_id].name, pm.steps[f.target_id].name) for f in pm.flows.values()]
    assert chain == [("Aanmelding", "Intake"), ("Intake", "Planning")]
    assert window.document.undo_stack.count() == 3  # each step with its name: one undo step


def test_the_editor_lies_on_the_brick_and_hides_the_old_name(window: MainWindow) -> None:
    window.view.setFocus()
    for zoom in (1.0, 0.6):
        window.view.resetTransform()
        window.view.scale(zoom, zoom)
        QTest.keyClick(window.view, Qt.Key.Key_Tab)
        editor = window.view.editor
        assert editor is not None and editor.isVisible()
        step_id = editor.entity_id
        brick = window.scene.bricks[step_id]
        body = window.view.mapFromScene(brick.mapToScene(brick.body_rect())).boundingRect()
        assert body.adjusted(-1, -1, 1, 1).contains(editor.geometry()), (zoom, body, editor)
        assert window.view.viewport().rect().contains(editor.geometry())
        assert brick.editing
        QTest.keyClick(editor, Qt.Key.Key_Return)
        assert not brick.editing


def test_new_steps_never_overlap_and_are_scrolled_into_view(window: MainWindow) -> None:
    doc = window.document
    # A brick right where a first step (Tab, nothing selected) would go.
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    doc.add_step("In de weg", (style.snap(centre.x() - 80), style.snap(centre.y() - 40)))
    window.scene.select_ids([])
    window.view.setFocus()
    _tab_and_name(window, "Eerste")
    # Many steps in a row run out of the window: the new one is still in view.
    for index in range(12):
        _tab_and_name(window, f"Stap {index}")
        brick = window.scene.bricks[window.view.map_scene.selected_step_ids()[0]]
        shown = window.view.mapFromScene(brick.sceneBoundingRect()).boundingRect()
        assert window.view.viewport().rect().contains(shown), index
    steps = list(doc.map.steps.values())
    assert not any(_overlap(a, b) for i, a in enumerate(steps) for b in steps[i + 1 :])


def test_the_canvas_does_not_move_by_itself_after_an_edit(window: MainWindow) -> None:
    doc = window.document
    step = doc.add_step("Aanmelding", (0, 0))
    window.view.centerOn(0, 0)
    before = window.view.mapToScene(QPoint(0, 0))
    doc.add_step("Ver weg", (3000, 2000))
    doc.rename(step.id, "Aanmelden")
    doc.move_steps({step.id: (200, 100)})
    assert window.view.mapToScene(QPoint(0, 0)) == before


def test_role_chosen_in_the_dock_is_the_role_of_the_next_step(window: MainWindow) -> None:
    doc = window.document
    client = doc.add_role("Klant")
    planner = doc.add_role("Planner")
    assert client.colour != planner.colour, "each new role its own LEGO colour"
    window.roles.select_role(planner.id)
    window.view.setFocus()
    _tab_and_name(window, "Aanvraag")
    (step,) = doc.map.steps.values()
    assert step.role_id == planner.id


def test_number_keys_give_the_selected_steps_a_role_in_one_undo_step(
    window: MainWindow,
) -> None:
    doc = window.document
    doc.add_role("Klant")
    planner = doc.add_role("Planner")
    a = doc.add_step("Aanvraag", (0, 0))
    b = doc.add_step("Intake", (240, 0))
    window.view.resetTransform()
    window.view.centerOn(200, 40)
    _click(window, a.id)
    _click(window, b.id, ctrl=True)
    count = doc.undo_stack.count()
    QTest.keyClick(window.view, Qt.Key.Key_2)
    assert {doc.map.steps[a.id].role_id, doc.map.steps[b.id].role_id} == {planner.id}
    assert doc.undo_stack.count() == count + 1
    QTest.keyClick(window.view, Qt.Key.Key_9)  # no ninth role: nothing happens
    assert doc.undo_stack.count() == count + 1


def test_several_selected_steps_share_their_fields_and_change_together(
    window: MainWindow,
) -> None:
    doc = window.document
    role = doc.add_role("Planner")
    a = doc.add_step("Aanvraag", (0, 0), role.id)
    b = doc.add_step("Intake", (240, 0))
    window.scene.select_ids([a.id, b.id])
    page = window.properties.step_page
    assert not page.fields["name"].isVisible() and page.fields["wait_minutes"].isVisible()
    assert page.role.currentIndex() == -1  # the roles differ: none shown
    assert page.role.itemIcon(1).isNull() is False  # the drop-down shows each role's colour
    wait = page.fields["wait_minutes"].editor
    wait.setFocus()
    QTest.keyClicks(wait, "2d")
    QTest.keyClick(wait, Qt.Key.Key_Return)
    assert {doc.map.steps[a.id].wait_minutes, doc.map.steps[b.id].wait_minutes} == {2 * 24 * 60}
    doc.undo_stack.undo()
    assert doc.map.steps[a.id].wait_minutes == doc.map.steps[b.id].wait_minutes == 0


def test_rework_key_goes_from_the_later_step_back_with_a_typed_share(
    window: MainWindow,
) -> None:
    doc = window.document
    a = doc.add_step("Intake", (0, 0))
    b = doc.add_step("Beoordeling", (240, 0), after=a.id)
    window.view.resetTransform()
    window.view.centerOn(200, 40)
    _click(window, a.id)  # the earlier step first: the key still sends work back
    _click(window, b.id, ctrl=True)
    QTest.keyClick(window.view, Qt.Key.Key_T)
    rework = [f for f in doc.map.flows.values() if f.kind is FlowKind.REWORK]
    assert [(f.source_id, f.target_id, f.rework_share) for f in rework] == [(b.id, a.id, 0.2)]
    editor = window.view.editor
    assert editor is not None and editor.text() == "20%"
    QTest.keyClicks(editor, "35")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert doc.map.flows[rework[0].id].rework_share == 0.35
    doc.undo_stack.undo()  # the rework and its share are one undo step
    assert all(f.kind is FlowKind.HANDOFF for f in doc.map.flows.values())


def test_the_handle_is_easy_to_hit_and_wins_over_the_brick(window: MainWindow) -> None:
    doc = window.document
    a = doc.add_step("Intake", (0, 0))
    b = doc.add_step("Planning", (400, 0))
    for zoom in (0.3, 1.0, 2.5):
        window.view.resetTransform()
        window.view.scale(zoom, zoom)
        window.view.centerOn(280, 40)
        handle = window.view.mapFromScene(QPointF(style.BRICK_WIDTH, style.BRICK_HEIGHT / 2))
        # 8 px off the handle's centre, towards the inside of the brick.
        drag(window.view.viewport(), handle - QPoint(8, 0), _centre(window, b.id))
        assert doc.map.steps[a.id].x == 0, "pressing the handle never drags the brick"
        assert doc.map.flow_between(a.id, b.id) is not None, zoom
        doc.undo_stack.undo()


def test_backward_handoffs_arch_over_the_bricks(window: MainWindow) -> None:
    doc = window.document
    a = doc.add_step("Intake", (0, 0))
    b = doc.add_step("Planning", (480, 0))
    flow = doc.connect(b.id, a.id)
    item = window.scene.flows[flow.id]
    path = item.shape()
    # It leaves the exit and enters the entry like any handoff, and runs above
    # the bricks rather than behind them.
    assert item.boundingRect().top() < -style.STUD_HEIGHT - 20
    middle = path.boundingRect().center()
    assert not window.scene.bricks[a.id].sceneBoundingRect().contains(middle)


def test_netjes_leggen_lays_out_in_lanes_in_one_undo_step(window: MainWindow) -> None:
    doc = window.document
    client, planner = doc.add_role("Klant"), doc.add_role("Planner")
    a = doc.add_step("Aanvraag", (500, 300), client.id)
    b = doc.add_step("Intake", (0, 0), planner.id, after=a.id)
    c = doc.add_step("Bevestiging", (0, 300), client.id, after=b.id)
    window.view.setFocus()
    count = doc.undo_stack.count()
    QTest.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    steps = doc.map.steps
    assert steps[a.id].x < steps[b.id].x < steps[c.id].x
    assert steps[a.id].y == steps[c.id].y < steps[b.id].y  # Klant's lane above Planner's
    assert doc.undo_stack.count() == count + 1
    assert [lane.name for lane in window.scene.lanes] == ["Klant", "Planner"]
    doc.undo_stack.undo()
    assert (doc.map.steps[a.id].x, doc.map.steps[a.id].y) == (500, 300)


def test_keep_tidy_lays_out_each_new_step_in_the_same_undo_step(window: MainWindow) -> None:
    doc = window.document
    role = doc.add_role("Klant")
    window.edits.tidy_action.trigger()
    window.roles.select_role(role.id)
    window.view.setFocus()
    _tab_and_name(window, "Aanvraag", "Intake")
    steps = list(doc.map.steps.values())
    assert [s.name for s in steps] == ["Aanvraag", "Intake"]
    assert steps[0].y == steps[1].y and steps[1].x - steps[0].x == 220
    doc.undo_stack.undo()
    assert [s.name for s in doc.map.steps.values()] == ["Aanvraag"]
    doc.undo_stack.redo()
    assert [s.name for s in doc.map.steps.values()] == ["Aanvraag", "Intake"]
    window.edits.tidy_action.trigger()  # remembered: switch it off for the next tests


def test_a_role_dragged_onto_a_brick_gives_it_that_role(window: MainWindow) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDropEvent

    doc = window.document
    role = doc.add_role("Planner")
    step = doc.add_step("Intake", (0, 0))
    window.view.resetTransform()
    window.view.centerOn(80, 40)
    mime = window.roles.list.mimeData([window.roles.list.item(0)])
    assert isinstance(mime, QMimeData)
    at = QPointF(_centre(window, step.id))
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.DragMove, QDropEvent.Type.Drop):
        event = QDropEvent(
            at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier, kind,
        )  # fmt: skip
        QTest.qWait(0)
        window.view.viewport().setAcceptDrops(True)
        from PySide6.QtWidgets import QApplication

        QApplication.sendEvent(window.view.viewport(), event)
    assert doc.map.steps[step.id].role_id == role.id


def test_role_links_from_the_dock_with_a_note_and_removed_again(window: MainWindow) -> None:
    doc = window.document
    client, planner = doc.add_role("Klant"), doc.add_role("Planner")
    roles = window.roles
    roles.list.item(0).setSelected(True)
    roles.list.item(1).setSelected(True)
    assert roles.connect_button.isEnabled()
    QTest.mouseClick(roles.connect_button, Qt.MouseButton.LeftButton)
    (link,) = doc.map.role_links.values()
    assert {link.role_a_id, link.role_b_id} == {client.id, planner.id}
    note = roles.links.note.editor
    assert note.hasFocus() or True  # focus needs an active window; typing works anyway
    QTest.keyClicks(note, "we bellen elkaar bij spoed")
    QTest.keyClick(note, Qt.Key.Key_Return)
    assert doc.map.role_links[link.id].note == "we bellen elkaar bij spoed"
    QTest.mouseClick(roles.links.remove_button, Qt.MouseButton.LeftButton)
    assert doc.map.role_links == {}
    doc.undo_stack.undo()
    assert doc.map.role_links[link.id].note == "we bellen elkaar bij spoed"


def test_role_links_drawn_in_the_role_network_show_beside_hidden_ones(
    window: MainWindow, qtbot: object
) -> None:
    doc = window.document
    client, planner, nurse = doc.add_role("Klant"), doc.add_role("Planner"), doc.add_role("Zorg")
    a = doc.add_step("Aanvraag", (0, 0), client.id)
    b = doc.add_step("Planning", (240, 0), planner.id, after=a.id)
    doc.add_step("Zorg", (480, 0), nurse.id, after=b.id)
    window.analysis_panel.network_box.setChecked(True)
    qtbot.waitUntil(lambda: len(window.role_network.nodes) == 3)  # type: ignore[attr-defined]
    view = window.role_view
    start = view.mapFromScene(window.role_network.nodes[client.id].rect().center())
    end = view.mapFromScene(window.role_network.nodes[planner.id].rect().center())
    drag(view.viewport(), start, end)
    (link,) = doc.map.role_links.values()
    assert {link.role_a_id, link.role_b_id} == {client.id, planner.id}
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: any(e.data(1) == link.id for e in window.role_network.edges.values())
    )
    pens = {pair: item.pen() for pair, item in window.role_network.edges.items()}
    drawn = next(p for pair, p in pens.items() if set(pair) == {client.id, planner.id})
    hidden = next(p for pair, p in pens.items() if set(pair) == {planner.id, nurse.id})
    assert drawn.style() == Qt.PenStyle.SolidLine and hidden.style() == Qt.PenStyle.DashLine
    assert window.roles.links.list.count() == 1  # and the dock is ready for its note
    window.role_network.unlink_requested.emit(link.id)
    assert doc.map.role_links == {}


def test_lanes_appear_in_the_png_export(window: MainWindow, tmp_path: object) -> None:
    from pathlib import Path

    from PySide6.QtGui import QImage

    from ui.canvas.picture import write_picture

    doc = window.document
    client = doc.add_role("Klant", "#C91A09")
    a = doc.add_step("Aanvraag", (0, 0), client.id)
    doc.add_step("Intake", (240, 0), client.id, after=a.id)
    doc.lay_out()
    path = Path(str(tmp_path)) / "kaart.png"
    write_picture(window.scene, path, "kaart")
    image = QImage(str(path))
    # Left of the first brick, inside the lane: the lane's red tint, not the baseplate.
    lane = window.scene.lanes[0].lane
    source = window.scene.content_rect()
    x = int((lane.left + 5 - source.left()) * 2)
    y = int((lane.bottom - 5 - source.top()) * 2)
    pixel = image.pixelColor(x, y)
    assert pixel.red() > pixel.blue() + 5, pixel.name()
    assert QRect(0, 0, image.width(), image.height()).contains(x, y)


def test_quick_ctrl_clicks_select_and_never_open_the_name_editor(window: MainWindow) -> None:
    doc = window.document
    a = doc.add_step("Intake", (0, 0))
    b = doc.add_step("Planning", (240, 0))
    window.view.resetTransform()
    window.view.centerOn(200, 40)
    _click(window, a.id)
    # Clicked again within the double-click time (the view scrolled in between, so
    # the other brick is under the pointer), with Ctrl held: Qt makes it a double click.
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    at = QPointF(_centre(window, b.id))
    for kind in (QMouseEvent.Type.MouseButtonDblClick, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind, at, window.view.viewport().mapToGlobal(at), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind is QMouseEvent.Type.MouseButtonDblClick
            else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
        )  # fmt: skip
        QApplication.sendEvent(window.view.viewport(), event)
    assert window.view.editor is None
    assert set(window.scene.selected_step_ids()) == {a.id, b.id}


def test_a_two_line_name_never_runs_into_the_role_line() -> None:
    from PySide6.QtGui import QFontMetricsF

    from ui.canvas import brick_paint
    from ui.canvas.brick_text import DETAIL_FONT, NAME_FONT

    name = QFontMetricsF(NAME_FONT)
    detail = QFontMetricsF(DETAIL_FONT)
    for lines in (["Aanmelding"], ["Indicatie stellen", "en plannen"]):
        baseline = brick_paint.role_baseline(len(lines))
        name_bottom = brick_paint.PAD + len(lines) * name.lineSpacing()
        if baseline is not None:
            assert baseline - detail.ascent() >= name_bottom
            badge_top = style.BRICK_HEIGHT - 6 - brick_paint.badge_height()
            assert baseline + detail.descent() <= badge_top


@pytest.mark.parametrize("language", ["nl", "en"])
def test_dock_tabs_show_their_whole_title(
    window: MainWindow, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication, QTabBar

    from ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, language)
    try:
        other = MainWindow(window.document)
        other.resize(1366, 768)
        other.show()
        QTest.qWaitForWindowExposed(other)
        bars = [b for b in other.findChildren(QTabBar) if b.isVisible() and b.parent() is other]
        assert bars
        for bar in bars:
            for index in range(bar.count()):
                text = bar.tabText(index)
                needed = bar.fontMetrics().horizontalAdvance(text)
                assert bar.tabRect(index).width() >= needed, (language, text)
        other.hide()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_the_toolbar_does_not_move_as_the_undo_text_grows(window: MainWindow) -> None:
    toolbar = window.menus.toolbar
    before = [toolbar.widgetForAction(a).geometry() for a in toolbar.actions() if a.isVisible()]
    doc = window.document
    a = doc.add_step("Aanvraag", (0, 0))
    doc.add_step("Beoordeling van de aanvraag door het team", (240, 0), after=a.id)
    doc.connect_in_order([a.id])  # nothing: the undo text is the long "Nieuwe stap" one
    QTest.qWait(10)
    assert window.menus.undo_action.text() != "Ongedaan maken"  # it names the edit now
    after = [toolbar.widgetForAction(a).geometry() for a in toolbar.actions() if a.isVisible()]
    assert [g.x() for g in after] == [g.x() for g in before]


def test_lanes_appear_in_the_svg_export(window: MainWindow, tmp_path: object) -> None:
    from pathlib import Path

    from ui.canvas.picture import write_picture

    doc = window.document
    client, planner = doc.add_role("Klantcontact"), doc.add_role("Planner")
    a = doc.add_step("Aanvraag", (0, 0), client.id)
    doc.add_step("Intake", (240, 0), planner.id, after=a.id)  # side by side: no lanes yet
    path = Path(str(tmp_path)) / "kaart.svg"
    write_picture(window.scene, path, "kaart")
    before = path.read_text(encoding="utf-8").count("Klantcontact")
    doc.lay_out()
    write_picture(window.scene, path, "kaart")
    # The lane's name besides the role line on each brick.
    assert path.read_text(encoding="utf-8").count("Klantcontact") == before + 1
