"""A 5,000-step map in the real window: open, edit, undo, and the live analysis
(which runs on a worker thread at this size) catches up with every edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bench.generate import generate_map
from procesbouw.analysis import analyse
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map
from ui.document import MapDocument
from ui.live_analysis import BACKGROUND_FROM_STEPS
from ui.main_window import MainWindow

STEPS = 5_000
WAIT_MS = 30_000  # a generous ceiling on a busy 2-core machine; not a speed promise


def wait_for_analysis_of_current_map(qtbot: object, window: MainWindow) -> None:
    """Until the analysis shown is the analysis of the map as it is now."""
    live = window.live_analysis

    def caught_up() -> None:
        assert live.latest == analyse(window.document.map)

    qtbot.waitUntil(caught_up, timeout=WAIT_MS)  # type: ignore[attr-defined]


def test_a_5000_step_map_opens_edits_and_analyses_in_the_window(
    qtbot: object, tmp_path: Path
) -> None:
    path = tmp_path / "groot.procesbouw"
    create_from_map(path, generate_map(STEPS)).close()
    window = MainWindow(MapDocument(MapFile.open(path)))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    QTest.qWaitForWindowExposed(window)
    document, scene = window.document, window.scene
    assert len(document.map.steps) == STEPS >= BACKGROUND_FROM_STEPS
    assert len(scene.bricks) == STEPS and len(scene.flows) == len(document.map.flows)
    wait_for_analysis_of_current_map(qtbot, window)

    # A drag of one brick, a rename, a new step after it: each its own undo step.
    step = document.map.steps["step-4000"]
    document.move_steps({step.id: (step.x + 40, step.y + 20)})
    document.rename(step.id, "Herbeoordeling door de planner")
    scene.select_ids([step.id])
    window.view.capture_next_step()
    QTest.keyClicks(window.view.editor, "Terugbellen")
    QTest.keyClick(window.view.editor, Qt.Key.Key_Return)
    assert len(document.map.steps) == STEPS + 1
    new_id = scene.selected_step_ids()[0]
    assert document.map.steps[new_id].name == "Terugbellen"
    assert document.map.flow_between(step.id, new_id) is not None
    wait_for_analysis_of_current_map(qtbot, window)

    # Delete a step in the middle (its flows go with it), then undo that.
    scene.select_ids(["step-2500"])
    window.edits.delete_selected()
    assert "step-2500" not in document.map.steps and "step-2500" not in scene.bricks
    wait_for_analysis_of_current_map(qtbot, window)
    document.undo_stack.undo()
    assert "step-2500" in scene.bricks and len(scene.flows) == len(document.map.flows)
    wait_for_analysis_of_current_map(qtbot, window)

    # Every edit was committed: the reopened file is the map in the window.
    with MapFile.open(path, read_only=True) as reopened:
        assert reopened.map == document.map
    window.close()
