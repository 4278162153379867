"""Text beyond the bounds is refused where it is typed, saying the limit, in the UI's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from procesbouw.field_rules import NAME_MAX
from ui.main_window import MainWindow


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    before = app.property("language")
    app.setProperty("language", request.param)
    yield request.param
    app.setProperty("language", before)


def test_a_step_name_beyond_the_limit_is_refused_in_place(
    qtbot: object, window: MainWindow, language: str
) -> None:
    step = window.document.add_step("Intake", (40, 40))
    assert step is not None
    window.scene.select_ids([step.id])
    field = window.properties.step_page.fields["name"]
    field.editor.setFocus()
    field.editor.selectAll()
    QTest.keyClicks(field.editor, "x" * (NAME_MAX + 1))
    QTest.keyClick(field.editor, Qt.Key.Key_Return)
    assert window.document.map.steps[step.id].name == "Intake"
    assert field.has_error()
    expected = "hooguit 500 tekens" if language == "nl" else "at most 500 characters"
    assert expected in field.error.text()


def test_a_wrong_time_or_percentage_is_explained_in_the_ui_language(
    qtbot: object, window: MainWindow, language: str
) -> None:
    step = window.document.add_step("Intake", (40, 40))
    assert step is not None
    window.scene.select_ids([step.id])
    fields = window.properties.step_page.fields
    expected = {
        ("wait_minutes", "-3"): ("niet negatief", "cannot be negative"),
        ("process_minutes", "abc"): ("'abc' is geen tijd", "'abc' is not a time"),
        ("process_minutes", "3 jaar"): ("Onbekende eenheid", "Unknown unit"),
        ("ftr_percent", "101%"): ("tussen 0 en 100", "between 0 and 100"),
        ("ftr_percent", "veel"): ("geen percentage", "not a percentage"),
    }
    for (name, typed), (dutch, english) in expected.items():
        field = fields[name]
        field.editor.setFocus()
        field.editor.selectAll()
        QTest.keyClicks(field.editor, typed)
        QTest.keyClick(field.editor, Qt.Key.Key_Return)
        assert field.has_error()
        assert (dutch if language == "nl" else english) in field.error.text(), typed
    assert window.document.map.steps[step.id].wait_minutes == 0


def test_connecting_steps_again_is_refused_in_the_ui_language(
    qtbot: object, window: MainWindow, language: str
) -> None:
    a = window.document.add_step("Intake", (40, 40))
    b = window.document.add_step("Plannen", (300, 40))
    assert a is not None and b is not None
    window.document.connect(a.id, b.id)
    window.scene.select_ids([a.id, b.id])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_C)
    expected = "bestaat al" if language == "nl" else "already exists"
    assert expected in window.statusBar().currentMessage()
    assert len(window.document.map.flows) == 1
