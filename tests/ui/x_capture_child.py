"""The whole capture of ``capture_session`` in a real X window, driven by xdotool.

Run by ``test_capture_on_x`` (or by hand, to refresh docs/screenshots/) with
DISPLAY set to an X server of the wanted size:

    DISPLAY=:5 python -m tests.ui.x_capture_child OUT_FOLDER [--lang en]

The app runs in this process on Qt's xcb platform, so the script can ask where a
widget is; every input still goes through the X server as a person's would
(xdotool moves the pointer, clicks and types). Screenshots of the whole screen
go to OUT_FOLDER as capture-<step>-<width>x<height>.png; the last line printed
is JSON: the input count, the typed characters and whether the map came out right.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_KEYS = {
    Qt.Key.Key_Tab: "Tab",
    Qt.Key.Key_Return: "Return",
    Qt.Key.Key_T: "t",
    Qt.Key.Key_L: "l",
    Qt.Key.Key_R: "r",
}


@dataclass
class XDriver:
    """Input through the X server: the same counts as ``QtDriver``."""

    shots: Path
    inputs: int = 0
    typed: int = 0
    taken: list[str] = field(default_factory=list)

    def _xdotool(self, *args: str) -> None:
        # The app keeps handling X events while xdotool works: typing "ë" remaps a
        # key for a moment, and the app must see that remapping as it happens.
        running = subprocess.Popen(["xdotool", *args])
        while running.poll() is None:
            QTest.qWait(5)
        if running.returncode:
            raise RuntimeError(f"xdotool {' '.join(args)} failed")
        QTest.qWait(40)

    def key(self, widget: QWidget, key: Qt.Key, ctrl: bool = False) -> None:
        name = _KEYS[key]
        self._xdotool("key", "--clearmodifiers", f"ctrl+{name}" if ctrl else name)
        self.inputs += 1

    def type_text(self, widget: QWidget, text: str) -> None:
        # Plain letters quickly; a letter like "ë" on its own, slowly, so the app
        # sees xdotool's temporary key mapping before it is undone.
        for part in re.findall(r"[ -~]+|[^ -~]", text):
            self._xdotool("type", "--delay", "12" if part.isascii() else "80", part)
        self.typed += len(text)

    def point_at(self, widget: QWidget, at: QPoint) -> None:
        """Move the pointer (not an input the facilitator counts)."""
        self._move(widget, at)

    def _move(self, widget: QWidget, at: QPoint) -> None:
        point = widget.mapToGlobal(at)
        self._xdotool("mousemove", str(point.x()), str(point.y()))

    def click(self, widget: QWidget, at: QPoint, ctrl: bool = False) -> None:
        self._move(widget, at)
        if ctrl:
            self._xdotool("keydown", "ctrl", "click", "1", "keyup", "ctrl")
        else:
            self._xdotool("click", "1")
        self.inputs += 1

    def drag(self, widget: QWidget, start: QPoint, end: QPoint) -> None:
        self._move(widget, start)
        self._xdotool("mousedown", "1")
        for index in range(1, 9):
            self._move(widget, start + (end - start) * index / 8)
        self._xdotool("mouseup", "1")
        self.inputs += 1

    def settle(self) -> None:
        QTest.qWait(120)

    def snapshot(self, name: str) -> None:
        QTest.qWait(300)  # let the last edit's analysis and repaint land
        screen = QGuiApplication.primaryScreen()
        size = screen.geometry().size()
        path = self.shots / f"{name}-{size.width()}x{size.height()}.png"
        screen.grabWindow(0).save(str(path))
        self.taken.append(str(path))


def main(out: Path, language: str) -> int:
    settings_folder = tempfile.mkdtemp(prefix="procesbouw-x-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    QCoreApplication.setOrganizationName("ProcesbouwXSession")
    QCoreApplication.setApplicationName("ProcesbouwXSession")
    app = QApplication(sys.argv[:1])
    app.setProperty("language", language)

    from procesbouw.model import MapDetails
    from procesbouw.storage import MapFile
    from tests.ui.capture_session import whole_capture
    from tests.ui.test_whole_capture import assert_captured
    from ui.app import install_translations
    from ui.document import MapDocument
    from ui.main_window import MainWindow

    install_translations(app, language)
    path = Path(settings_folder) / "Proceskaart.procesbouw"
    window = MainWindow(MapDocument(MapFile.create(path, MapDetails(name="Thuiszorg Noord"))))
    # No window manager on a bare X server: the window takes the whole screen itself.
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWait(500)
    driver = XDriver(out)
    result: dict[str, object] = {}
    try:
        driver.point_at(window.view.viewport(), window.view.viewport().rect().center())
        whole_capture(window, driver)
        assert_captured(window)
        result["ok"] = True
    except Exception:  # reported to the test, which fails with it
        result["ok"] = False
        result["error"] = traceback.format_exc()
        driver.snapshot("capture-failed")
    result.update(inputs=driver.inputs, typed=driver.typed, shots=driver.taken)
    window.close()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    os.environ.pop("QT_QPA_PLATFORM", None)  # the real X server, not offscreen
    language = "en" if "--lang" in sys.argv and sys.argv[-1] == "en" else "nl"
    sys.exit(main(Path(sys.argv[1]), language))
