"""Cold start as a whole process: ``python -m bench.cold_start item|start|floor [MAP]``.

``item`` starts Procesbouw through ``main.main`` on MAP (the sample map copy);
``start`` starts it without a map, on the start screen (with whatever recent maps
the settings hold); ``floor`` shows a bare QMainWindow. Each prints one line
``painted <modules>`` right after its window's first paint, then closes and
quits. The parent (``bench.run``) times process start → that line and reads the
peak memory of the finished process; ``<modules>`` names the heavy libraries
already imported at the first paint (the style rule: networkx, reportlab and
Alembic come later).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HEAVY = ("networkx", "reportlab", "alembic", "sqlalchemy")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    # The window whose first paint ends the measurement: a map's main window (or the
    # floor's bare one), else the start screen. Named, so nothing of ui is imported here.
    awaited = "StartScreen" if argv[0] == "start" else None

    class FirstPaint(QObject):
        """Reports once, after the first paint of the awaited window has finished."""

        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and (
                    type(watched).__name__ == awaited
                    if awaited
                    else isinstance(watched, QMainWindow)
                )
            ):
                self.seen = True
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            loaded = [name for name in HEAVY if name in sys.modules]
            print("painted", ",".join(loaded) or "-", flush=True)
            for window in QApplication.topLevelWidgets():
                window.close()
            QApplication.quit()

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if argv[0] in ("item", "start"):
        from main import main as procesbouw

        return procesbouw(argv[1:] if argv[0] == "item" else [])
    window = QMainWindow()
    window.resize(1400, 860)
    window.show()
    return app.exec()


def cold_start(side: str, map_path: Path, env: dict[str, str]) -> tuple[float, int, str]:
    """Start one process; returns (ms to the first paint, peak RSS in KB, heavy modules
    loaded by then)."""
    import os

    command = [sys.executable, "-m", "bench.cold_start", side, str(map_path)]
    if side == "start":
        command.pop()
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None and child.stderr is not None
    line = child.stdout.readline()
    painted_ms = (time.perf_counter() - start) * 1000
    child.stdout.read()
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if not line.startswith("painted") or child.returncode != 0:
        raise RuntimeError(f"cold start ({side}) failed, exit {child.returncode}:\n{errors}")
    return painted_ms, usage.ru_maxrss, line.split()[1]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
