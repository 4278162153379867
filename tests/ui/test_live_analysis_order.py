"""When the live analysis runs, against when an edit reaches the screen.

A small map is analysed on the UI thread before the edit is painted: the edit
and its figures arrive in one paint. A big map is analysed on a worker thread,
and the worker starts only after the edit has been painted: painting beside a
running worker shares the interpreter lock with it and takes twice as long."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from procesbouw.analysis import analyse
from ui import live_analysis
from ui.main_window import MainWindow

WAIT_MS = 10_000  # a ceiling on a busy machine, not a speed promise


class ViewPaints(QObject):
    """Notes how many analyses had been started at each paint of the canvas."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runs_at_paint: list[int] = []
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.runs_at_paint.append(self.window.live_analysis.runs)
        return False


def _caught_up(qtbot: object, window: MainWindow) -> None:
    def same() -> None:
        assert window.live_analysis.latest == analyse(window.document.map)

    qtbot.waitUntil(same, timeout=WAIT_MS)  # type: ignore[attr-defined]


def _three_steps_in_view(qtbot: object, window: MainWindow) -> list[str]:
    doc = window.document
    a = doc.add_step("Aanmelding", (40, 100))
    b = doc.add_step("Intake", (280, 100), after=a.id)
    c = doc.add_step("Plannen", (520, 100), after=b.id)
    window.view.centre_on_ids([a.id, b.id, c.id])
    _caught_up(qtbot, window)
    for _ in range(3):
        QApplication.processEvents()
    return [a.id, b.id, c.id]


def _new_time(window: MainWindow, step_id: str) -> None:
    """A new process time: its badge on the brick and the lead time change."""
    document = window.document
    document.change(document.map.steps[step_id], "Bewerkingstijd", process_minutes=45.0)


def test_a_small_maps_edit_is_painted_once_with_its_analysis(
    qtbot: object, window: MainWindow
) -> None:
    ids = _three_steps_in_view(qtbot, window)
    runs = window.live_analysis.runs
    paints = ViewPaints(window)

    _new_time(window, ids[1])
    _caught_up(qtbot, window)
    qtbot.waitUntil(lambda: bool(paints.runs_at_paint))  # type: ignore[attr-defined]

    assert window.live_analysis.runs == runs + 1
    assert paints.runs_at_paint[0] == runs + 1  # the analysis was there at the first paint


def test_a_big_maps_edit_is_painted_before_its_worker_starts(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _three_steps_in_view(qtbot, window)
    monkeypatch.setattr(live_analysis, "BACKGROUND_FROM_STEPS", 1)  # this map counts as big
    runs = window.live_analysis.runs
    paints = ViewPaints(window)

    _new_time(window, ids[1])
    QApplication.sendPostedEvents()  # the edit's own events: no analysis started from them
    assert window.live_analysis.runs == runs
    _caught_up(qtbot, window)

    assert window.live_analysis.runs == runs + 1  # once, on the worker thread
    assert paints.runs_at_paint and paints.runs_at_paint[0] == runs  # the edit, painted first
    assert window.scene.bricks[ids[1]].step.process_minutes == 45
