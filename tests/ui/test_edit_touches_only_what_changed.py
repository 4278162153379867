"""An edit redraws only what it can change (the lanes, the role drop-down), and
what it can change is always redrawn: a test fails when either is stale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from procesbouw.layout import swimlanes
from procesbouw.model import Step
from ui.canvas import style
from ui.main_window import MainWindow


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _lanes_of(window: MainWindow) -> list[object]:
    return [item.lane for item in window.scene.lanes]


def _two_lanes(window: MainWindow) -> tuple[Step, Step]:
    doc = window.document
    client, planner = doc.add_role("Klant"), doc.add_role("Planner")
    assert client is not None and planner is not None
    a = doc.add_step("Aanvraag", (0, 0), client.id)
    b = doc.add_step("Intake", (240, 300), planner.id, after=a.id)
    assert a is not None and b is not None
    _settle()
    assert [lane.name for lane in window.scene.lanes] == ["Klant", "Planner"]
    return a, b


def test_lanes_follow_a_moved_brick_and_a_new_role(window: MainWindow) -> None:
    doc = window.document
    a, b = _two_lanes(window)

    doc.move_steps({b.id: (240.0, 600.0)})
    _settle()
    assert _lanes_of(window) == swimlanes(doc.map, geometry=style.LANES)
    assert window.scene.lanes[1].lane.bottom > 600

    doc.change(doc.map.steps[b.id], "Rol", role_id=a.role_id)
    _settle()
    assert [lane.name for lane in window.scene.lanes] == ["Klant"]


def test_a_renamed_step_or_a_new_time_leaves_the_lanes_as_they_are(
    window: MainWindow,
) -> None:
    doc = window.document
    _, b = _two_lanes(window)
    shown = list(window.scene.lanes)

    doc.rename(b.id, "Plannen")
    doc.change(doc.map.steps[b.id], "Bewerkingstijd", process_minutes=45.0)
    _settle()

    assert window.scene.lanes == shown  # the same items: not made again
    assert _lanes_of(window) == swimlanes(doc.map, geometry=style.LANES)


def _role_choices(window: MainWindow) -> list[tuple[str, object, str]]:
    """Each choice of the step page's role drop-down: text, role id, swatch colour."""
    combo = window.properties.step_page.role
    choices = []
    for index in range(combo.count()):
        icon = combo.itemIcon(index)
        colour = icon.pixmap(18, 18).toImage().pixelColor(9, 12).name() if not icon.isNull() else ""
        choices.append((combo.itemText(index), combo.itemData(index), colour))
    return choices


def test_the_role_drop_down_follows_every_change_of_the_roles(window: MainWindow) -> None:
    doc = window.document
    a, _ = _two_lanes(window)
    window.scene.select_ids([a.id])
    _settle()
    assert [text for text, _, _ in _role_choices(window)] == ["(geen rol)", "Klant", "Planner"]
    klant = doc.map.roles[a.role_id or ""]
    assert _role_choices(window)[1][2] == QColor(klant.colour).name()

    doc.rename(klant.id, "Cliënt")
    doc.change(doc.map.roles[klant.id], "Kleur", colour="#237841")
    third = doc.add_role("Zorgverlener")
    assert third is not None
    _settle()

    assert _role_choices(window)[1:] == [
        ("Cliënt", klant.id, "#237841"),
        ("Planner", _role_choices(window)[2][1], _role_choices(window)[2][2]),
        ("Zorgverlener", third.id, QColor(third.colour).name()),
    ]
    assert window.properties.step_page.role.currentData() == klant.id


def test_an_edit_of_a_step_keeps_the_role_drop_down_as_it_is(window: MainWindow) -> None:
    doc = window.document
    a, _ = _two_lanes(window)
    window.scene.select_ids([a.id])
    _settle()
    combo = window.properties.step_page.role
    filled: list[int] = []
    combo.model().modelReset.connect(lambda: filled.append(1))
    combo.model().rowsInserted.connect(lambda *_: filled.append(1))

    doc.rename(a.id, "Aanvraag doen")
    doc.change(doc.map.steps[a.id], "Wachttijd", wait_minutes=60.0)
    _settle()

    assert filled == []
    assert combo.currentData() == a.role_id
