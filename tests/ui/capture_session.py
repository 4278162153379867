"""One whole capture as a facilitator does it, input by input: 4 roles, 12 steps
named as the team talks, two role links (one from the Rollen dock, one drawn in
the role network), one rework flow with its share, one "Netjes leggen".

The same script runs on two drivers: ``QtDriver`` (pytest-qt, real key and mouse
events sent to the widgets) and the X driver of ``x_capture_child`` (xdotool
input through a real X server). A driver counts what the facilitator does:
``inputs`` are key presses, clicks and drags; ``typed`` the characters of names
and notes, which the target leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import drag
from ui.main_window import MainWindow

ROLES = ("Cliënt", "Zorgbemiddelaar", "Planner", "Wijkverpleegkundige")
# (role, step names) in the order the team tells its story.
STORY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Cliënt", ("Aanmelding",)),
    ("Zorgbemiddelaar", ("Intake", "Indicatie stellen")),
    ("Planner", ("Planning maken", "Bevestiging")),
    ("Wijkverpleegkundige", ("Eerste bezoek", "Zorgplan opstellen", "Zorg uitvoeren", "Evaluatie")),
    ("Zorgbemiddelaar", ("Herindicatie",)),
    ("Cliënt", ("Tevredenheid meten", "Afsluiting")),
)
LINK_IN_DOCK = ("Cliënt", "Zorgbemiddelaar", "we bellen elkaar bij spoed")
LINK_IN_NETWORK = ("Planner", "Wijkverpleegkundige", "dagelijkse overdracht om 8 uur")
REWORK = ("Evaluatie", "Zorgplan opstellen", "30")  # later step, earlier step, share typed


class Driver(Protocol):
    inputs: int
    typed: int

    def key(self, widget: QWidget, key: Qt.Key, ctrl: bool = False) -> None: ...

    def type_text(self, widget: QWidget, text: str) -> None: ...

    def click(self, widget: QWidget, at: QPoint, ctrl: bool = False) -> None: ...

    def drag(self, widget: QWidget, start: QPoint, end: QPoint) -> None: ...

    def settle(self) -> None: ...

    def snapshot(self, name: str) -> None: ...


@dataclass
class QtDriver:
    """Real Qt key and mouse events sent straight to the widgets (pytest-qt)."""

    inputs: int = 0
    typed: int = 0

    def key(self, widget: QWidget, key: Qt.Key, ctrl: bool = False) -> None:
        modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(widget, key, modifier)
        self.inputs += 1

    def type_text(self, widget: QWidget, text: str) -> None:
        for char in text:
            if char.isascii():
                QTest.keyClick(widget, char)
            else:  # QTest knows ASCII keys only; "ë" arrives as a key with its text
                for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(widget, event)
        self.typed += len(text)

    def click(self, widget: QWidget, at: QPoint, ctrl: bool = False) -> None:
        modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, modifier, at)
        self.inputs += 1

    def drag(self, widget: QWidget, start: QPoint, end: QPoint) -> None:
        drag(widget, start, end)
        self.inputs += 1

    def settle(self) -> None:
        QTest.qWait(20)

    def snapshot(self, name: str) -> None:
        pass


def _focused(window: MainWindow) -> QWidget:
    """Where the keys go: the widget with the keyboard focus (the app decides)."""
    widget = window.focusWidget()
    return widget if widget is not None else window.view


def _role_row(window: MainWindow, name: str) -> tuple[QWidget, QPoint]:
    roles = window.roles.list
    for row in range(roles.count()):
        item = roles.item(row)
        if item.text().split("\n")[0] == name:
            roles.scrollToItem(item)
            return roles.viewport(), roles.visualItemRect(item).center()
    raise LookupError(name)


def _brick_centre(window: MainWindow, driver: Driver, name: str) -> QPoint:
    """Where to click a brick; if it is out of sight (or under the figures banner)
    the facilitator scrolls first, which counts as one input."""
    step = next(s for s in window.document.map.steps.values() if s.name == name)
    brick = window.scene.bricks[step.id]
    view = window.view
    shown = view.mapFromScene(brick.sceneBoundingRect()).boundingRect()
    clear = view.viewport().rect().adjusted(0, window.banner.geometry().bottom() + 4, 0, 0)
    if not clear.contains(shown):
        view.centerOn(brick)
        driver.inputs += 1
    return view.mapFromScene(brick.mapToScene(QPointF(80, 40)))


def add_roles(window: MainWindow, driver: Driver) -> None:
    """ "Rol toevoegen", type the name over the proposed one, Enter: per role."""
    button = window.roles.add_button
    for name in ROLES:
        driver.click(button, button.rect().center())
        driver.settle()
        driver.type_text(_focused(window), name)
        driver.key(_focused(window), Qt.Key.Key_Return)
        driver.settle()


def capture_steps(window: MainWindow, driver: Driver) -> None:
    """Role first: click the role in the Rollen dock, Tab, type, Tab, type…;
    Enter ends a run of one role before the next role is clicked."""
    for run, (role, names) in enumerate(STORY):
        driver.click(*_role_row(window, role))
        driver.settle()
        driver.key(_focused(window), Qt.Key.Key_Tab)
        driver.settle()
        for index, name in enumerate(names):
            driver.type_text(_focused(window), name)
            last = index == len(names) - 1
            driver.key(_focused(window), Qt.Key.Key_Return if last else Qt.Key.Key_Tab)
            driver.settle()
        if run == 2:
            driver.snapshot("capture-steps")


def link_roles(window: MainWindow, driver: Driver) -> None:
    """One link from the dock (two roles, "Verbinden", its note), one drawn in the
    role network (Ctrl+R, drag from role to role, its note, Ctrl+R back)."""
    first, second, note = LINK_IN_DOCK
    driver.click(*_role_row(window, first))
    driver.click(*_role_row(window, second), ctrl=True)
    button = window.roles.connect_button
    driver.click(button, button.rect().center())
    driver.settle()
    driver.type_text(_focused(window), note)
    driver.key(_focused(window), Qt.Key.Key_Return)
    driver.settle()
    driver.key(window.view, Qt.Key.Key_R, ctrl=True)  # Beeld → Rolnetwerk
    driver.settle()
    source, target, note = LINK_IN_NETWORK
    role_ids = {r.name: r.id for r in window.document.map.roles.values()}
    network, view = window.role_network, window.role_view
    start = view.mapFromScene(network.nodes[role_ids[source]].rect().center())
    end = view.mapFromScene(network.nodes[role_ids[target]].rect().center())
    driver.drag(view.viewport(), start, end)
    driver.settle()
    driver.type_text(_focused(window), note)
    driver.key(_focused(window), Qt.Key.Key_Return)
    driver.settle()
    driver.snapshot("capture-role-network")
    driver.key(_focused(window), Qt.Key.Key_R, ctrl=True)  # back to the canvas
    driver.settle()


def add_rework(window: MainWindow, driver: Driver) -> None:
    """Click the later step, Ctrl+click the earlier one, T, type the share, Enter."""
    later, earlier, share = REWORK
    viewport = window.view.viewport()
    driver.click(viewport, _brick_centre(window, driver, later))
    driver.click(viewport, _brick_centre(window, driver, earlier), ctrl=True)
    driver.key(window.view, Qt.Key.Key_T)
    driver.settle()
    editor = window.view.editor
    assert editor is not None, "the share is ready to be typed (20 %, selected)"
    driver.type_text(editor, share)
    driver.key(editor, Qt.Key.Key_Return)
    driver.settle()


def lay_out(window: MainWindow, driver: Driver) -> None:
    driver.key(window.view, Qt.Key.Key_L, ctrl=True)
    driver.settle()
    driver.snapshot("capture-laid-out")


def whole_capture(window: MainWindow, driver: Driver) -> None:
    add_roles(window, driver)
    capture_steps(window, driver)
    link_roles(window, driver)
    add_rework(window, driver)
    lay_out(window, driver)
