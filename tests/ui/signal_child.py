"""Run by test_quit_signals in its own process: the real app on a map, one edit
stored, one text still being typed; then "ready" on stdout, and wait for a signal."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from main import main
from ui.main_window import MainWindow


def _edit_then_announce() -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows:
        QTimer.singleShot(50, _edit_then_announce)
        return
    window = windows[0]
    window.document.add_step("Stap voor het signaal", (0.0, 0.0))
    window.scene.clearSelection()  # the properties show the map's details
    description = window.properties.details_page.fields["description"]
    window.activateWindow()
    description.editor.setFocus()
    description.editor.setPlainText("Getypt, nog niet bevestigd")
    print("ready", flush=True)


if __name__ == "__main__":
    QTimer.singleShot(0, _edit_then_announce)
    sys.exit(main([sys.argv[1]]))
