"""Bevindingen dock: a facilitator records a "wanneer gaat het goed" story."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from procesbouw.model import Finding, Flow, Step, Voice
from procesbouw.photos import MAX_SIDE
from procesbouw.storage import MapFile
from ui.main_window import MainWindow


def _three_steps(window: MainWindow) -> tuple[Step, Step, Step, Flow]:
    doc = window.document
    a = doc.add_step("Aanmelden", (0, 0))
    b = doc.add_step("Beoordelen", (220, 0), after=a.id)
    c = doc.add_step("Plannen", (440, 0), after=b.id)
    [flow] = [f for f in doc.map.flows.values() if f.source_id == a.id]
    return a, b, c, flow


def test_finding_from_selection_is_linked_and_stored(window: MainWindow, map_path: Path) -> None:
    a, b, _c, flow = _three_steps(window)
    window.scene.select_ids([a.id, b.id, flow.id])

    QTest.mouseClick(window.findings.from_selection_button, Qt.MouseButton.LeftButton)
    title = window.findings.editor.title.editor
    assert title.hasFocus() or QApplication.focusWidget() is title
    title.selectAll()
    QTest.keyClicks(title, "Als de planner direct belt")
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert window.findings.editor.story.editor.hasFocus()  # Enter: on to the story

    [finding] = window.document.map.findings.values()
    assert finding.title == "Als de planner direct belt"
    assert window.findings.current_finding() == finding
    # Chosen finding: its bricks and arrow are highlighted on the canvas.
    assert window.scene.bricks[a.id].highlighted and window.scene.bricks[b.id].highlighted
    assert window.scene.flows[flow.id].highlighted
    assert not window.scene.bricks[_c.id].highlighted
    assert "Aanmelden, Beoordelen" in window.findings.editor.links.text()
    assert "Aanmelden → Beoordelen" in window.findings.editor.links.text()

    window.close()
    with MapFile.open(map_path, read_only=True) as reopened:
        stored = reopened.map.findings[finding.id]
    assert stored.title == "Als de planner direct belt"
    assert stored.step_ids == (a.id, b.id)
    assert stored.flow_ids == (flow.id,)


def test_editing_story_voice_and_role_links_is_undoable(window: MainWindow) -> None:
    a, *_ = _three_steps(window)
    role = window.document.add_role("Planner", "#237841")
    finding = window.findings.new_finding()
    assert finding is not None
    editor = window.findings.editor

    story = editor.story.editor
    story.setFocus()
    QTest.keyClicks(story, "Ze belde <b>meteen</b>.")
    editor.title.editor.setFocus()  # leaving the story field submits it
    editor.voice.activated.emit(list(Voice).index(Voice.CUSTOMER))
    editor.toggle_role(role.id, True)

    stored = window.document.map.findings[finding.id]
    assert (stored.story, stored.voice, stored.role_ids) == (
        "Ze belde <b>meteen</b>.",
        Voice.CUSTOMER,
        (role.id,),
    )
    assert "Rollen: Planner" in editor.links.text()
    card = window.findings.list.item(0)
    assert card.data(Qt.ItemDataRole.UserRole + 1) == "Ze belde <b>meteen</b>."

    for _ in range(3):
        window.document.undo_stack.undo()
    assert window.document.map.findings[finding.id] == finding
    assert editor.story.text() == ""

    window.findings.list.setFocus()
    QTest.keyClick(window.findings.list, Qt.Key.Key_Delete)
    assert not window.document.map.findings
    assert editor.current() is None and not editor.title.isEnabled()


def test_tags_complete_from_tags_already_used(window: MainWindow) -> None:
    window.document.add_entities(
        [
            Finding("Eerste", tags=("direct contact", "vaste planner")),
            Finding("Tweede", tags=("Direct contact", "warme overdracht")),
        ],
        "Bevindingen",
    )
    finding = window.findings.new_finding()
    assert finding is not None
    tags = window.findings.editor.tags
    completer = tags.completer()
    assert completer is not None
    # Every tag once, whatever its spelling.
    assert completer.model().rowCount() == 3  # type: ignore[union-attr]

    tags.setFocus()
    QTest.keyClicks(tags, "overd")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "warme overdracht, "
    popup = completer.popup()
    assert popup is not None and popup.isVisible()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == "warme overdracht, "

    QTest.keyClicks(tags, "dir")  # completes the tag after the comma, keeps the one before
    assert completer.currentCompletion() == "warme overdracht, direct contact, "
    popup.hide()
    tags.setText("warme overdracht, direct contact, , Direct Contact")
    QTest.keyClick(tags, Qt.Key.Key_Return)

    stored = window.document.map.findings[finding.id]
    assert stored.tags == ("warme overdracht", "direct contact")
    # Now two stories share the condition: it shows as a success pattern.
    assert "2×  warme overdracht  (kenmerk)" in window.findings.patterns.text()
    assert "'warme overdracht' komt terug in 2 verhalen." in window.findings.patterns.toolTip()


def _photo_file(folder: Path, size: tuple[int, int], name: str = "bouwwerk.jpg") -> Path:
    out = io.BytesIO()
    Image.new("RGB", size, "#F2CD37").save(out, "JPEG")
    path = folder / name
    path.write_bytes(out.getvalue())
    return path


def test_valid_photo_is_stored_scaled_and_a_broken_one_is_refused(
    window: MainWindow, tmp_path: Path
) -> None:
    finding = window.findings.new_finding()
    assert finding is not None
    strip = window.findings.editor.photos
    assert strip.empty.isVisibleTo(window)

    assert strip.add_files([_photo_file(tmp_path, (3000, 1000))])

    [photo] = window.document.map.photos.values()
    assert (photo.finding_id, photo.mime) == (finding.id, "image/jpeg")
    assert Image.open(io.BytesIO(photo.data)).size == (MAX_SIDE, 683)
    assert strip.list.count() == 1 and not strip.empty.isVisibleTo(window)
    chips = window.findings.list.item(0).data(Qt.ItemDataRole.UserRole + 2)
    assert ("1 foto('s)", "#455A64") in chips

    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(os.urandom(4096))
    steps = window.document.undo_stack.count()

    assert not strip.add_files([broken])

    assert list(window.document.map.photos.values()) == [photo]
    assert window.document.undo_stack.count() == steps
    assert strip.error.isVisibleTo(window)
    assert strip.error.text() == "kapot.jpg: Dit bestand is geen leesbare PNG- of JPEG-afbeelding."
    assert "kapot.jpg" in window.statusBar().currentMessage()

    viewer = strip.view(photo.id)
    assert viewer is not None and viewer.image.pixmap() is not None
    caption = viewer.caption.editor
    caption.setFocus()
    QTest.keyClicks(caption, "Het bouwwerk <na> de sessie")
    QTest.keyClick(caption, Qt.Key.Key_Return)
    photo = window.document.map.photos[photo.id]
    assert photo.caption == "Het bouwwerk <na> de sessie"
    assert strip.list.item(0).toolTip() == "Het bouwwerk <na> de sessie"
    viewer.close()

    strip.list.item(0).setSelected(True)
    QTest.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert not window.document.map.photos
    window.document.undo_stack.undo()
    assert list(window.document.map.photos.values()) == [photo]


def test_a_photo_dropped_on_the_dock_without_a_finding_is_the_map_photo(
    window: MainWindow, tmp_path: Path
) -> None:
    path = _photo_file(tmp_path, (800, 600), "tafel.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    panel = window.findings
    point = QPoint(10, 10)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        point.toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    panel.dropEvent(drop)

    [photo] = window.document.map.photos.values()
    assert photo.finding_id is None
    assert panel.map_photos.list.count() == 1


def test_deleting_a_linked_step_says_so_and_undo_restores_the_link(window: MainWindow) -> None:
    a, b, _c, _flow = _three_steps(window)
    window.scene.select_ids([b.id])
    finding = window.findings.finding_from_selection()
    assert finding is not None

    window.scene.select_ids([b.id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)

    assert b.id not in window.document.map.steps
    assert window.document.map.findings[finding.id].step_ids == ()
    assert "1 bevinding(en) verloren een koppeling" in window.statusBar().currentMessage()
    assert window.findings.editor.links.text() == "Nog nergens aan gekoppeld."

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert window.document.map.findings[finding.id].step_ids == (b.id,)
    assert window.findings.editor.links.text() == "Stappen: Beoordelen"
    assert window.scene.bricks[b.id].highlighted


def test_renaming_a_linked_step_shows_in_the_finding(window: MainWindow) -> None:
    a, b, _c, flow = _three_steps(window)
    window.scene.select_ids([flow.id])
    window.findings.finding_from_selection()
    assert window.findings.editor.links.text() == "Overdrachten: Aanmelden → Beoordelen"

    window.document.rename(b.id, "Beoordelen door de verpleegkundige")

    assert window.findings.editor.links.text() == (
        "Overdrachten: Aanmelden → Beoordelen door de verpleegkundige"
    )


def test_a_read_only_map_shows_findings_but_changes_nothing(qtbot: object, tmp_path: Path) -> None:
    from resources import copy_sample_to
    from ui.document import MapDocument

    path = copy_sample_to(tmp_path, reuse=False)
    window = MainWindow(MapDocument(MapFile.open(path, read_only=True)))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    panel = window.findings
    panel.select_finding(next(iter(window.document.map.findings)))

    assert panel.current_finding() is not None
    assert panel.editor.title.text()
    assert not panel.editor.title.isEnabled() and not panel.editor.story.isEnabled()
    assert not panel.new_button.isEnabled() and not panel.remove_button.isEnabled()
    assert not panel.editor.photos.add_button.isEnabled()
    assert not window.experiments.new_button.isEnabled()
    assert not window.snapshots.take_button.isEnabled()
    assert not window.snapshot_action.isEnabled()
    window.close()


def test_a_story_still_being_typed_is_stored_when_the_window_closes(
    window: MainWindow, map_path: Path
) -> None:
    finding = window.findings.new_finding()
    assert finding is not None
    story = window.findings.editor.story.editor
    story.setFocus()
    QTest.keyClicks(story, "Toen belde ze meteen.")

    window.close()

    with MapFile.open(map_path, read_only=True) as reopened:
        assert reopened.map.findings[finding.id].story == "Toen belde ze meteen."
