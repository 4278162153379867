"""When the file refuses a write, every gesture snaps back and the window says why.

Two ways a map's writes fail, both through SQLite's own error path:

- ``full``: the map lies on a small tmpfs that has been filled up, so SQLite
  cannot write its journal (ENOSPC → SQLITE_FULL, "de schijf is vol"). Needs the
  right to mount; without it these cases are skipped (the other kind still runs);
- ``refused``: an SQLite authorizer on the map's own connection denies every
  write (SQLITE_AUTH, "de database weigerde de wijziging"). Runs everywhere.

After each refused gesture the model equals what the file holds (reopened
read-only), the scene and the properties field show exactly that, the undo
stack did not grow, and the message bar names the cause.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from procesbouw.model import Step
from procesbouw.storage import MapFile
from tests.ui.conftest import drag
from ui.canvas import style
from ui.document import MapDocument
from ui.main_window import MainWindow

CAUSES = {"full": "de schijf is vol", "refused": "de database weigerde de wijziging"}


class FailingMap:
    """A window on a map whose writes start failing at ``fail()``."""

    def __init__(self, window: MainWindow, kind: str, filler: Path) -> None:
        self.window = window
        self.kind = kind
        self.filler = filler

    def fail(self) -> None:
        if self.kind == "full":
            try:
                with self.filler.open("wb") as file:
                    while True:
                        file.write(b"\0" * 65536)
            except OSError:  # ENOSPC: the disk is full now
                pass
        else:
            raw = self.window.document.file._db.raw
            writes = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}
            raw.set_authorizer(
                lambda action, *_: sqlite3.SQLITE_DENY if action in writes else sqlite3.SQLITE_OK
            )

    def heal(self) -> None:
        if self.kind == "full":
            self.filler.unlink()
        else:
            self.window.document.file._db.raw.set_authorizer(None)


def _mount_small_disk(folder: Path) -> bool:
    folder.mkdir()
    if shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture(params=["full", "refused"])
def failing(request: pytest.FixtureRequest, qtbot: object, tmp_path: Path) -> Iterator[FailingMap]:
    kind: str = request.param
    folder = tmp_path / "schijf"
    if kind == "full" and not _mount_small_disk(folder):
        pytest.skip("cannot mount a small tmpfs here (needs the right to mount)")
    folder.mkdir(exist_ok=True)
    window = MainWindow(MapDocument(MapFile.create(folder / "sessie.procesbouw")))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    QTest.qWaitForWindowExposed(window)
    try:
        yield FailingMap(window, kind, folder / "vulsel")
    finally:
        if window.isVisible():
            window.close()
        if kind == "full":
            subprocess.run(["umount", "-l", str(folder)], check=False)


def _two_steps(window: MainWindow) -> tuple[Step, Step]:
    doc = window.document
    role = doc.add_role("Planner", "#0055BF")
    assert role is not None
    a = doc.add_step("Aanmelding", (40, 100), role.id)
    b = doc.add_step("Intake", (280, 100), role.id)
    assert a is not None and b is not None
    window.view.resetTransform()
    window.view.centerOn(window.scene.content_rect().center())
    return a, b


def _centre(window: MainWindow, step_id: str) -> QPoint:
    brick = window.scene.bricks[step_id]
    point = QPointF(style.BRICK_WIDTH / 2, style.BRICK_HEIGHT / 2)
    return window.view.mapFromScene(brick.mapToScene(point))


def _assert_all_agree_with_the_file(failing: FailingMap, depth: int) -> None:
    """Model = file; scene and the properties dock show the model; the stack did not
    grow; the message bar says why, with the real cause."""
    window = failing.window
    pm = window.document.map
    with MapFile.open(window.document.file.path, read_only=True) as on_disk:
        assert on_disk.map == pm
    assert set(window.scene.bricks) == set(pm.steps)
    for step in pm.steps.values():
        brick = window.scene.bricks[step.id]
        assert brick.step == step
        assert brick.pos() == QPointF(step.x, step.y)
    assert set(window.scene.flows) == set(pm.flows)
    selected = window.scene.selected_step_ids()
    if len(selected) == 1:
        fields = window.properties.step_page.fields
        assert fields["name"].text() == pm.steps[selected[0]].name
    assert window.document.undo_stack.count() == depth
    bar = window.message_bar
    assert bar.isVisible()
    assert CAUSES[failing.kind] in bar.text.text()
    assert "Er is niets verloren" in bar.text.text()


def test_arrow_key_nudge(failing: FailingMap) -> None:
    window = failing.window
    a, _b = _two_steps(window)
    window.scene.select_ids([a.id])
    depth = window.document.undo_stack.count()
    failing.fail()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    assert window.document.map.steps[a.id].x == a.x
    _assert_all_agree_with_the_file(failing, depth)


def test_tab_new_step(failing: FailingMap) -> None:
    window = failing.window
    a, _b = _two_steps(window)
    window.scene.select_ids([a.id])
    depth = window.document.undo_stack.count()
    failing.fail()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view.editor is None, "no name to type for a step that was not stored"
    assert len(window.document.map.steps) == 2
    _assert_all_agree_with_the_file(failing, depth)


def test_inline_rename(failing: FailingMap) -> None:
    window = failing.window
    a, _b = _two_steps(window)
    window.scene.select_ids([a.id])
    depth = window.document.undo_stack.count()
    failing.fail()
    window.view.start_rename(a.id)
    editor = window.view.editor
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Intake gesprek")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.map.steps[a.id].name == "Aanmelding"
    _assert_all_agree_with_the_file(failing, depth)


def test_drag_move(failing: FailingMap) -> None:
    window = failing.window
    a, _b = _two_steps(window)
    depth = window.document.undo_stack.count()
    failing.fail()
    start = _centre(window, a.id)
    drag(window.view.viewport(), start, start + QPoint(107, 153), steps=12)
    assert window.scene.bricks[a.id].pos() == QPointF(a.x, a.y), "the brick snaps back"
    _assert_all_agree_with_the_file(failing, depth)


def test_drag_connect(failing: FailingMap) -> None:
    window = failing.window
    a, b = _two_steps(window)
    window.scene.select_ids([a.id])
    depth = window.document.undo_stack.count()
    failing.fail()
    brick = window.scene.bricks[a.id]
    handle = window.view.mapFromScene(
        brick.mapToScene(QPointF(style.BRICK_WIDTH, style.BRICK_HEIGHT / 2))
    )
    drag(window.view.viewport(), handle, _centre(window, b.id))
    assert window.document.map.flows == {}
    _assert_all_agree_with_the_file(failing, depth)


def test_properties_field(failing: FailingMap) -> None:
    window = failing.window
    a, _b = _two_steps(window)
    window.scene.select_ids([a.id])
    depth = window.document.undo_stack.count()
    failing.fail()
    field = window.properties.step_page.fields["process_minutes"]
    field.editor.setFocus()
    field.editor.selectAll()
    QTest.keyClicks(field.editor, "7u")
    QTest.keyClick(field.editor, Qt.Key.Key_Return)
    assert window.document.map.steps[a.id].process_minutes == 0
    assert field.text() == "0 min", "the field shows what the map holds, not the refused 7u"
    _assert_all_agree_with_the_file(failing, depth)


def test_roles_panel(failing: FailingMap) -> None:
    window = failing.window
    _two_steps(window)
    roles = window.roles
    roles.select_role(next(iter(window.document.map.roles)))
    depth = window.document.undo_stack.count()
    failing.fail()
    QTest.mouseClick(roles.add_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in window.document.map.roles.values()] == ["Planner"]
    role = roles.current_role()
    assert role is not None and role.name == "Planner"
    roles.name.editor.setFocus()
    roles.name.editor.selectAll()
    QTest.keyClicks(roles.name.editor, "Wijkverpleegkundige")
    QTest.keyClick(roles.name.editor, Qt.Key.Key_Return)
    assert [r.name for r in window.document.map.roles.values()] == ["Planner"]
    assert roles.name.text() == "Planner"
    _assert_all_agree_with_the_file(failing, depth)


def test_undo_on_a_failing_disk_keeps_the_command_where_it_was(failing: FailingMap) -> None:
    window = failing.window
    a, _b = _two_steps(window)
    assert window.document.change(window.document.map.steps[a.id], "Naam wijzigen", name="X")
    stack = window.document.undo_stack
    depth, index = stack.count(), stack.index()
    failing.fail()
    window.menus.undo_action.trigger()
    assert window.document.map.steps[a.id].name == "X"
    assert (stack.count(), stack.index(), stack.undoText()) == (depth, index, "Naam wijzigen")
    _assert_all_agree_with_the_file(failing, depth)
    assert "Ongedaan maken kon niet worden opgeslagen" in window.message_bar.text.text()
    failing.heal()  # room again: the same undo now works
    window.menus.undo_action.trigger()
    assert window.document.map.steps[a.id].name == "Aanmelding"
    assert stack.index() == index - 1


def test_redo_on_a_failing_disk_keeps_the_command_where_it_was(failing: FailingMap) -> None:
    window = failing.window
    a, _b = _two_steps(window)
    assert window.document.change(window.document.map.steps[a.id], "Naam wijzigen", name="X")
    stack = window.document.undo_stack
    stack.undo()
    depth, index = stack.count(), stack.index()
    failing.fail()
    window.menus.redo_action.trigger()
    assert window.document.map.steps[a.id].name == "Aanmelding"
    assert (stack.count(), stack.index(), stack.redoText()) == (depth, index, "Naam wijzigen")
    _assert_all_agree_with_the_file(failing, depth)
    failing.heal()
    window.menus.redo_action.trigger()
    assert window.document.map.steps[a.id].name == "X"


def test_a_multi_step_jump_in_the_history_stops_at_the_refusal(failing: FailingMap) -> None:
    window = failing.window
    a, b = _two_steps(window)
    doc = window.document
    doc.change(doc.map.steps[a.id], "Naam wijzigen", name="A2")
    doc.change(doc.map.steps[b.id], "Naam wijzigen", name="B2")
    stack = doc.undo_stack
    depth, index = stack.count(), stack.index()
    failing.fail()
    stack.setIndex(index - 2)  # what a click in the Geschiedenis list does
    assert stack.index() == index
    assert (doc.map.steps[a.id].name, doc.map.steps[b.id].name) == ("A2", "B2")
    _assert_all_agree_with_the_file(failing, depth)
