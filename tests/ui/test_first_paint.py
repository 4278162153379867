"""Opening a map paints the window before any analysis runs (networkx, the
snapshot figures): the facilitator sees the map first, the figures a moment later."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from procesbouw.storage import MapFile
from resources import copy_sample_to
from ui.app import collect_after_first_paint
from ui.document import MapDocument
from ui.main_window import MainWindow


class PaintSpy(QObject):
    """Notes, at the window's first paint, what had already been computed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen: list[tuple[int, str]] = []  # (analyses run, first snapshot's lead time)
        window.installEventFilter(self)  # filters installed last are asked first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.seen:
            lead_time = self.window.snapshots.list.topLevelItem(0).text(2)  # type: ignore[union-attr]
            self.seen.append((self.window.live_analysis.runs, lead_time))
        return False


def test_the_window_paints_before_the_analysis_runs(qtbot: object, tmp_path: Path) -> None:
    window = MainWindow(MapDocument(MapFile.open(copy_sample_to(tmp_path))))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.docks["snapshots"].raise_()  # its lead times wait until the list is seen
    spy = PaintSpy(window)
    window.show()
    qtbot.waitUntil(lambda: window.live_analysis.latest is not None)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: window.snapshots.list.topLevelItem(0).text(2) != "…"  # type: ignore[union-attr]
    )
    assert spy.seen == [(0, "…")]
    assert window.live_analysis.runs == 1
    window.close()


def test_the_collector_paused_at_start_up_runs_again_after_the_first_paint(
    qtbot: object,
) -> None:
    gc.disable()  # as main() does before the app's modules load
    try:
        first = QWidget()
        qtbot.addWidget(first)  # type: ignore[attr-defined]
        collect_after_first_paint(first)
        assert not gc.isenabled()  # not before anything is on screen
        first.show()
        qtbot.waitUntil(gc.isenabled)  # type: ignore[attr-defined]
    finally:
        gc.enable()
