"""Experimenten dock: the team chooses a small next step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from procesbouw.model import ActionStatus, ChangeForm, Finding
from procesbouw.storage import MapFile
from ui.main_window import MainWindow


def test_an_experiment_with_owner_form_and_findings_is_stored(
    window: MainWindow, map_path: Path
) -> None:
    story = Finding("Als de planner direct belt")
    window.document.add_entities([story], "Bevinding")
    panel = window.experiments

    QTest.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    editor = panel.editor
    description = editor.description.editor
    description.selectAll()
    QTest.keyClicks(description, "Elke ochtend een belmoment")
    owner = editor.owner.editor
    owner.setFocus()  # leaving the description submits it
    QTest.keyClicks(owner, "Anouk")
    QTest.keyClick(owner, Qt.Key.Key_Return)
    editor.form.activated.emit(list(ChangeForm).index(ChangeForm.RENEW))
    editor.status.activated.emit(list(ActionStatus).index(ActionStatus.RUNNING))
    editor.findings.item(0).setCheckState(Qt.CheckState.Checked)
    editor.has_due.setChecked(True)

    [action] = window.document.map.actions.values()
    assert action.description == "Elke ochtend een belmoment"
    assert action.owner == "Anouk"
    assert (action.form, action.status) == (ChangeForm.RENEW, ActionStatus.RUNNING)
    assert action.finding_ids == (story.id,)
    assert action.due == date.today()
    assert editor.form_hint.text().startswith("Nieuwe inrichting")

    window.close()
    with MapFile.open(map_path, read_only=True) as reopened:
        assert reopened.map.actions[action.id] == action


def test_each_form_of_change_explains_itself() -> None:
    from ui.panels.wording import form_explanation, form_label

    labels = [form_label(form) for form in ChangeForm]
    assert labels == ["verbeteren", "vernieuwen", "transitie", "innovatie"]
    assert len({form_explanation(form) for form in ChangeForm}) == 4


def test_form_tooltips_and_undo(window: MainWindow) -> None:
    panel = window.experiments
    action = panel.new_experiment()
    assert action is not None
    editor = panel.editor
    tips = [
        editor.form.itemData(index, Qt.ItemDataRole.ToolTipRole)
        for index in range(editor.form.count())
    ]
    assert tips[2] == "Het denken verandert, de inrichting blijft."

    editor.form.activated.emit(3)
    assert window.document.map.actions[action.id].form is ChangeForm.INNOVATE
    assert editor.form.currentText() == "innovatie"

    window.document.undo_stack.undo()
    assert window.document.map.actions[action.id].form is ChangeForm.IMPROVE
    assert editor.form.currentText() == "verbeteren"

    editor.description.editor.setFocus()
    editor.description.editor.selectAll()
    QTest.keyClick(editor.description.editor, Qt.Key.Key_Delete)
    editor.owner.editor.setFocus()
    assert editor.description.error.text() == "Beschrijf het experiment."
    assert window.document.map.actions[action.id].description == "Nieuw experiment"


def test_an_empty_form_shows_no_date_from_2000(window: MainWindow) -> None:
    # Nothing chosen yet: the greyed date reads today, not Qt's 1 January 2000.
    editor = window.experiments.editor
    assert not editor.due.isEnabled()
    assert editor.due.date().toPython() == date.today()
