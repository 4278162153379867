"""UI test fixtures: isolated settings, a real map file, a real main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from procesbouw.storage import MapFile
from ui.document import MapDocument
from ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Recent files and window layout of the tests never touch the user's own."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("ProcesbouwTests")
    QCoreApplication.setApplicationName("ProcesbouwTests")


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards() -> Iterator[None]:
    """Qt's offscreen platform crashes at exit while its clipboard still holds
    QMimeData (copy/paste tests put steps there); xcb does not. Empty it."""
    yield
    if QApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    return tmp_path / "sessie.procesbouw"


@pytest.fixture
def window(qtbot: object, map_path: Path) -> Iterator[MainWindow]:
    document = MapDocument(MapFile.create(map_path))
    window = MainWindow(document)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    QTest.qWaitForWindowExposed(window)
    yield window
    if window.isVisible():
        window.close()


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """A real left-button drag: press, moves with the button held, release.
    (QTest.mouseMove carries no button, so the moves are sent by hand.)"""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for index in range(1, steps + 1):
        point = QPointF(start + (end - start) * index / steps)
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            point,
            QPointF(widget.mapToGlobal(point.toPoint())),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
