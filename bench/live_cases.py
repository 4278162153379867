"""End-to-end rows: what the facilitator waits for in the real main window.

The map is shown at 100 % around the selected step (where names can be read
and typed), the Analyse dock in front. An edit is made the way the room makes
it, through the keyboard where there is a key for it (Tab for a new step after
the selected one, its name typed and Enter, an arrow key to nudge it) or
through the document as the properties panel does (a new process time). The
clock runs from the key press until the live analysis is shown in the docks
and on the canvas *and* the window has repainted what changed. The edits cycle
through those four kinds.

Floors: for an edit, the plainest way to store a figure and show it — one raw
``sqlite3`` UPDATE committed with the same journal and sync settings, then a
``QLabel`` in a bare ``QMainWindow`` set to the new figure and repainted; for
opening, every row of the file read with raw ``sqlite3``; for memory, the map as
plain Qt items in a plain view (``bench.canvas_cases.plain_scene``).
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from bench.canvas_cases import plain_scene, qt_app
from bench.generate import generate_map
from bench.trial import Setup, Trial

WAIT_LIMIT_S = 120.0  # a run that never shows its analysis is an error, not a figure
TICK_MS = 5  # the stall probe's timer interval


def map_path(folder: Path, steps: int, roles: int) -> Path:
    """The generated map of ``steps`` in ``roles`` roles, written once per run;
    ``steps`` 0 is the app's sample map."""
    from procesbouw.storage.whole_map import create_from_map

    if steps == 0:
        from resources import copy_sample_to

        return copy_sample_to(folder / "sample")
    path = folder / f"{steps}-{roles}.procesbouw"
    if not path.exists():
        create_from_map(path, generate_map(steps, roles=roles)).close()
    return path


class Watcher:
    """Counts the analyses the window has shown (connected after the window's own
    slot, so it runs once the docks and canvas have the new analysis) and, when
    probing, the longest gap between ticks of a 5 ms timer: a stalled event loop."""

    def __init__(self, window: object, probe: bool) -> None:
        live = window.live_analysis  # type: ignore[attr-defined]
        self.shown = 0
        live.updated.connect(self._shown)
        self._ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(lambda: self._ticks.append(time.perf_counter()))
        if probe:
            self._timer.start()

    def _shown(self, *_: object) -> None:
        self.shown += 1

    def wait_for(self, count: int) -> None:
        """Run the event loop until ``count`` analyses were shown, then let the
        window repaint what changed."""
        deadline = time.perf_counter() + WAIT_LIMIT_S
        loop = QEventLoop()
        wake = QTimer()  # WaitForMoreEvents sleeps until an event: at least this one
        wake.timeout.connect(lambda: None)
        wake.start(100)
        while self.shown < count:
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > deadline:
                raise RuntimeError("the analysis was never shown")
        wake.stop()
        QApplication.sendPostedEvents()  # the update requests: the repaint itself
        QApplication.processEvents()

    def start_probe(self) -> float:
        self._ticks.clear()
        return time.perf_counter()

    def longest_stall_ms(self, start: float) -> float:
        moments = [start, *self._ticks, time.perf_counter()]
        gaps = [later - earlier for earlier, later in zip(moments, moments[1:], strict=False)]
        return max(gaps) * 1000


def open_window(path: Path) -> object:
    """The main window on ``path``, shown and with its first analysis on screen."""
    from procesbouw.storage import MapFile
    from ui.document import MapDocument
    from ui.main_window import MainWindow

    window = MainWindow(MapDocument(MapFile.open(path)))
    window.resize(1400, 860)
    window.show()
    window.activateWindow()
    return window


def _edits(window: object) -> list[tuple[Callable[[], object], Callable[[], object]]]:
    """(untimed preparation, timed key press or edit) of each kind, in cycle order."""
    from PySide6.QtTest import QTest

    view = window.view  # type: ignore[attr-defined]
    document = window.document  # type: ignore[attr-defined]
    scene = window.scene  # type: ignore[attr-defined]
    names = (f"Stap {number}" for number in itertools.count(1))
    minutes = itertools.cycle((30.0, 45.0, 60.0, 90.0))

    def focus_canvas() -> None:
        view.setFocus()
        if view.editor is not None:
            QTest.keyClick(view.editor, Qt.Key.Key_Escape)

    def type_name() -> None:
        QTest.keyClicks(view.editor, next(names))

    def new_time() -> None:
        step = document.map.steps[scene.selected_step_ids()[0]]
        document.change(step, "Bewerkingstijd", process_minutes=next(minutes))

    return [
        (focus_canvas, lambda: QTest.keyClick(view, Qt.Key.Key_Tab)),
        (type_name, lambda: QTest.keyClick(view.editor, Qt.Key.Key_Return)),
        (view.setFocus, lambda: QTest.keyClick(view, Qt.Key.Key_Right)),
        (lambda: None, new_time),
    ]


def live_edit(steps: int, roles: int, probe: bool = False) -> Setup:
    """Edit → analysis shown and repainted, in ms; with ``probe``, the longest
    event-loop stall during each edit instead."""

    def setup(folder: Path) -> Trial:
        qt_app()
        window = open_window(map_path(folder, steps, roles))
        watcher = Watcher(window, probe)
        watcher.wait_for(1)
        pm = window.document.map  # type: ignore[attr-defined]
        middle = list(pm.steps)[len(pm.steps) // 2]
        window.scene.select_ids([middle])  # type: ignore[attr-defined]
        window.view.resetTransform()  # type: ignore[attr-defined]  # 100 %: names readable
        window.view.centre_on_ids([middle])  # type: ignore[attr-defined]
        QApplication.processEvents()
        kinds = itertools.cycle(_edits(window))
        current: list[Callable[[], object]] = []
        stalls: list[float] = []

        def before() -> None:
            prepare, press = next(kinds)
            prepare()
            QApplication.processEvents()
            current[:] = [press]

        def run() -> object:
            expected = watcher.shown + 1
            start = watcher.start_probe()
            current[0]()
            watcher.wait_for(expected)
            stalls.append(watcher.longest_stall_ms(start))
            return window  # kept alive by the closure, not by the figure

        if not probe:
            return Trial(run, before)
        # The probe row reports the stall, not the time: the trial's clock is
        # replaced by the stall of the run it just timed.
        return Trial(run, before, figure=lambda: stalls[-1])

    return setup


def label_floor(folder: Path) -> Trial:
    """Floor: one committed raw sqlite3 UPDATE, then a label in a bare window shows
    the new figure and is repainted."""
    qt_app()
    path = folder / "raw-live.procesbouw"
    path.write_bytes(map_path(folder, 1_000, 8).read_bytes())
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("PRAGMA synchronous = FULL")
    step_ids = itertools.cycle([row[0] for row in raw.execute("SELECT id FROM steps")])
    window = QMainWindow()
    label = QLabel("0")
    window.setCentralWidget(label)
    window.resize(1400, 860)
    window.show()
    QApplication.processEvents()
    numbers = itertools.count()

    def run() -> object:
        raw.execute("BEGIN")
        raw.execute("UPDATE steps SET process_minutes = ? WHERE id = ?",
                    (float(next(numbers) % 240), next(step_ids)))  # fmt: skip
        raw.execute("COMMIT")
        label.setText(str(next(numbers)))
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        return window

    return Trial(run)


def open_to_analysis(steps: int, roles: int) -> Setup:
    """File → main window shown → first analysis shown and painted."""

    def setup(folder: Path) -> Trial:
        qt_app()
        path = map_path(folder, steps, roles)
        windows: list[object] = []

        def close_previous() -> None:
            while windows:
                window = windows.pop()
                window.close()  # type: ignore[attr-defined]
                window.deleteLater()  # type: ignore[attr-defined]
            QApplication.processEvents()

        def run() -> object:
            window = open_window(path)
            windows.append(window)
            Watcher(window, probe=False).wait_for(1)
            return None

        return Trial(run, before=close_previous)

    return setup


def every_row(path: Path) -> list[list[tuple[object, ...]]]:
    """Every row of every table of the map file at ``path``, through raw sqlite3."""
    raw = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        tables = [
            name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return [raw.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables]
    finally:
        raw.close()


def read_all_rows(steps: int, roles: int) -> Setup:
    """Floor: every row of every table through raw sqlite3, read-only."""

    def setup(folder: Path) -> Trial:
        path = map_path(folder, steps, roles)

        return Trial(lambda: every_row(path))

    return setup


def window_open(steps: int, roles: int) -> Setup:
    """Memory: the map open in the main window with its analysis shown (set up once);
    the timed run repaints the window."""

    def setup(folder: Path) -> Trial:
        qt_app()
        window = open_window(map_path(folder, steps, roles))
        Watcher(window, probe=False).wait_for(1)
        return Trial(lambda: window.grab())  # type: ignore[attr-defined]

    return setup


def plain_items_shown(steps: int, roles: int) -> Setup:
    """Floor for memory: the map as plain Qt items in a plain view of the same size
    (set up once); the timed run repaints it."""

    def setup(_: Path) -> Trial:
        from PySide6.QtWidgets import QGraphicsView

        qt_app()
        view = QGraphicsView(plain_scene(generate_map(steps, roles=roles)))
        view.resize(1400, 860)
        view.show()
        return Trial(lambda: view.grab())

    return setup
