"""The room: the phase bar and its timer, the audience window mirroring the map,
what each phase shows, the reveal of hidden connections, presenting on one screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from procesbouw.model import Action, ChangeForm, Flow, Role, Step
from procesbouw.session import Phase
from procesbouw.storage import MapFile
from ui.document import MapDocument
from ui.main_window import MainWindow
from ui.room import session_control
from ui.room.audience_window import AudienceWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(session_control.time, "monotonic", fake)
    return fake


def _analysed(qtbot: Any, window: MainWindow) -> None:
    window.live_analysis.schedule()
    qtbot.waitUntil(lambda: window.live_analysis.latest is not None, timeout=5000)
    generation = window.live_analysis.latest
    QApplication.processEvents()
    assert generation is not None


def _present(qtbot: Any, window: MainWindow) -> AudienceWindow:
    window.present_action.trigger()
    audience = window.presentation.audience
    assert audience is not None
    QTest.qWaitForWindowExposed(audience)
    return audience


def _team_map(window: MainWindow) -> dict[str, str]:
    """Three roles; planner–nurse and nurse–doctor work together but only
    planner–doctor was drawn: two hidden connections, nurse–doctor the strongest."""
    doc = window.document
    planner, nurse, doctor = (
        Role("Planner", id="p"),
        Role("Verpleegkundige", id="n"),
        Role("Huisarts", id="d"),
    )
    steps = [
        Step("Aanmelden", "p", 30, 60, x=0, y=0, id="s1"),
        Step("Beoordelen", "n", 30, 120, x=200, y=0, id="s2"),
        Step("Gegevens sturen", "d", 20, 240, x=400, y=0, id="s3"),
        Step("Bespreken", "n", 30, 60, x=600, y=0, id="s4"),
        Step("Afronden", "d", 10, 30, x=800, y=0, id="s5"),
    ]
    flows = [Flow("s1", "s2"), Flow("s2", "s3"), Flow("s3", "s4"), Flow("s4", "s5")]
    from procesbouw.model import RoleLink

    doc.add_entities([planner, nurse, doctor, *steps, *flows, RoleLink("p", "d")], "Kaart")
    doc.add_entities([Action("Dagelijks belmoment", "Anouk", form=ChangeForm.RENEW)], "Exp")
    return {"planner": "p", "nurse": "n", "doctor": "d"}


def test_a_phase_change_is_an_undoable_edit_kept_in_the_file(
    qtbot: Any, window: MainWindow, map_path: Path, clock: FakeClock
) -> None:
    control = window.session
    assert control.phase is Phase.BUILD and window.document.map.sessions == {}
    control.start()
    clock.now += 12 * 60
    window.phase_bar.buttons[Phase.STORIES].click()
    (session,) = window.document.map.sessions.values()
    assert session.phase is Phase.STORIES and session.spent(Phase.BUILD) == pytest.approx(12)
    assert window.phase_bar.buttons[Phase.STORIES].isChecked()
    window.document.undo_stack.undo()
    assert control.phase is Phase.BUILD and window.phase_bar.buttons[Phase.BUILD].isChecked()
    window.document.undo_stack.redo()
    clock.now += 90
    control.pause()  # the minutes counted are stored
    window.close()
    with MapFile.open(map_path, read_only=True) as reopened:
        (stored,) = reopened.map.sessions.values()
    assert stored.phase is Phase.STORIES
    assert stored.spent(Phase.BUILD) == pytest.approx(12)
    assert stored.spent(Phase.STORIES) == pytest.approx(1.5)


def test_the_running_clock_is_in_the_file_within_half_a_minute_and_never_undone(
    qtbot: Any, window: MainWindow, map_path: Path, clock: FakeClock
) -> None:
    control = window.session
    stack = window.document.undo_stack
    control.start()
    clock.now += 10 * 60
    control.go_to(Phase.STORIES)  # an undoable edit, with the 10 minutes of building
    steps_in_history = stack.count()
    for _ in range(5):  # 2.5 minutes of stories, the one-second timer ticking
        clock.now += 30
        control._tick()
    assert stack.count() == steps_in_history  # time is no edit: not in the history
    # Without closing (as after a crash), the file already has the minutes.
    with MapFile.open(map_path, read_only=True) as meanwhile:
        (stored,) = meanwhile.map.sessions.values()
    assert stored.spent(Phase.STORIES) == pytest.approx(2.5)
    stack.undo()  # the phase goes back; the minutes spent stay spent
    (session,) = window.document.map.sessions.values()
    assert session.phase is Phase.BUILD
    assert session.spent(Phase.BUILD) == pytest.approx(10)
    assert session.spent(Phase.STORIES) == pytest.approx(2.5)


def test_undoing_the_first_phase_change_keeps_the_session_and_its_time(
    qtbot: Any, window: MainWindow, clock: FakeClock
) -> None:
    control = window.session
    control.go_to(Phase.STORIES)  # before the clock ever ran
    control.start()
    clock.now += 120
    control.pause()
    window.document.undo_stack.undo()
    (session,) = window.document.map.sessions.values()
    assert session.phase is Phase.BUILD
    assert session.spent(Phase.STORIES) == pytest.approx(2)


def test_time_up_is_said_quietly(qtbot: Any, window: MainWindow, clock: FakeClock) -> None:
    control = window.session
    control.set_planned(Phase.BUILD, 1)
    control.start()
    signals: list[object] = []
    control.time_up.connect(signals.append)
    clock.now += 61
    control._tick()  # what the one-second timer does
    control._tick()
    assert signals == [Phase.BUILD]  # once, not every second
    assert "tijd om" in window.phase_bar.timer_label.text()
    assert "Bouwen" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


def test_on_one_screen_the_wall_takes_the_phase_keys_and_shows_the_clock(
    qtbot: Any, window: MainWindow, clock: FakeClock
) -> None:
    audience = _present(qtbot, window)
    control = window.session
    assert "·" not in audience.phase_step.text()  # no clock before it ran
    control.set_planned(Phase.BUILD, 1)
    control.start()
    clock.now += 30
    control._tick()
    assert audience.phase_step.text() == "fase 1 van 5  ·  0:30 / 1:00"
    clock.now += 45
    control._tick()
    assert audience.phase_step.text().endswith("tijd om · +0:15")
    QTest.keyClick(audience, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert control.phase is Phase.STORIES
    assert audience.phase_title.text() == "Wanneer gaat het goed?"
    QTest.keyClick(audience, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert control.phase is Phase.BUILD
    assert window.document.map.sessions  # each move an undoable edit, as from the bar


def test_presenting_on_one_screen_and_esc_bring_back_the_window_exactly(
    qtbot: Any, window: MainWindow
) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    qtbot.wait(100)  # the platform places the maximised window after the state change
    geometry, docks = window.geometry(), window.saveState()
    audience = _present(qtbot, window)
    assert audience.isFullScreen() and audience.screen() is window.screen()
    assert window.presentation.projector() is None
    assert window.present_action.text() == "Presentatiemodus"
    QTest.keyClick(audience, Qt.Key.Key_Escape)
    assert window.presentation.audience is None
    assert window.isMaximized() and window.geometry() == geometry
    assert window.saveState() == docks


def test_the_audience_mirrors_an_edit_in_the_same_turn(qtbot: Any, window: MainWindow) -> None:
    _team_map(window)
    audience = _present(qtbot, window)
    step = window.document.add_step("Nieuw", (400, 120))
    # No event processing in between: same scene, and the framing follows at once.
    brick = audience.view.map_scene.bricks[step.id]
    assert brick.scene() is audience.view.scene()
    visible = audience.view.mapToScene(audience.view.viewport().rect()).boundingRect()
    assert visible.contains(brick.sceneBoundingRect())


def test_while_building_the_room_sees_no_numbers_then_the_phases_add_them(
    qtbot: Any, window: MainWindow
) -> None:
    _team_map(window)
    _analysed(qtbot, window)
    audience = _present(qtbot, window)
    assert audience.figures.isHidden() and audience.side.isHidden()
    assert not any(brick.critical for brick in window.scene.bricks.values())
    window.session.go_to(Phase.EXPERIMENTS)
    assert not audience.figures.isHidden()
    assert any("doorlooptijd" in text for text in audience.figures.shown_texts())
    assert "vernieuwen" in audience.side.texts and "Dagelijks belmoment" in audience.side.texts
    assert any(brick.critical for brick in window.scene.bricks.values())
    assert "kritiek pad: bepaalt de doorlooptijd" in audience.legend.entries
    window.session.go_to(Phase.AGREEMENTS)
    assert any("Anouk" in text for text in audience.side.texts)
    audience.close()


def test_the_facilitator_overrides_what_the_room_sees_until_the_next_phase(
    qtbot: Any, window: MainWindow
) -> None:
    _team_map(window)
    _analysed(qtbot, window)
    audience = _present(qtbot, window)
    window.phase_bar.view_actions["figures"].trigger()
    assert not audience.figures.isHidden() and window.session.overridden
    window.analysis_panel.critical_box.setChecked(True)  # on the laptop: the room too
    assert window.session.view().critical_path
    window.session.go_to(Phase.STORIES)
    assert not window.session.overridden and not window.session.view().critical_path


def test_hidden_connections_appear_one_by_one_on_a_key_press(
    qtbot: Any, window: MainWindow
) -> None:
    roles = _team_map(window)
    _analysed(qtbot, window)
    audience = _present(qtbot, window)
    window.session.go_to(Phase.CONNECTIONS)
    assert audience.centre.currentWidget() is audience.network_view
    assert "nog 2 te onthullen" in audience.side.texts
    QTest.keyClick(audience, Qt.Key.Key_Space)
    assert "Huisarts ↔ Verpleegkundige" in audience.side.texts  # the strongest first
    assert "nog 1 te onthullen" in audience.side.texts
    assert any(
        (a, b) in {(roles["nurse"], roles["doctor"]), (roles["doctor"], roles["nurse"])}
        for a, b in audience.network.edges
    )
    QTest.keyClick(audience, Qt.Key.Key_PageDown)  # a presenter's clicker
    assert "Verpleegkundige ↔ Planner" in audience.side.texts
    assert not any("te onthullen" in text for text in audience.side.texts)
    assert "verborgen verbinding: samen werken, niet getekend" in audience.legend.entries


def test_a_map_too_wide_to_read_whole_follows_the_selection_unless_pinned(
    qtbot: Any, window: MainWindow
) -> None:
    doc = window.document
    steps = [Step(f"Stap {n}", x=n * 200, y=0) for n in range(40)]
    doc.add_entities(list(steps), "Lange kaart")
    audience = _present(qtbot, window)
    view = audience.view
    assert not view.fits_whole_map() and view.name_pixels() >= view.wall_text_pixels()
    assert view.sides_continuing() == ["right"]  # the room is told the map goes on
    window.scene.select_ids([steps[-1].id])
    last = window.scene.bricks[steps[-1].id].sceneBoundingRect()
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(last)
    assert "left" in view.sides_continuing() and "right" not in view.sides_continuing()
    view.pinned = True
    before = view.mapToScene(view.viewport().rect()).boundingRect()
    window.scene.select_ids([steps[0].id])
    assert view.mapToScene(view.viewport().rect()).boundingRect() == before


def test_a_read_only_map_shows_its_session_but_cannot_change_it(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "oud.procesbouw"
    with MapFile.create(path) as file:
        from datetime import date

        from procesbouw.session import Session

        file.add(Session(date(2026, 5, 1), Phase.AGREEMENTS))
    window = MainWindow(MapDocument(MapFile.open(path, read_only=True)))
    qtbot.addWidget(window)
    assert window.session.phase is Phase.AGREEMENTS
    assert window.phase_bar.buttons[Phase.AGREEMENTS].isChecked()
    assert not window.phase_bar.buttons[Phase.BUILD].isEnabled()
    window.session.go_to(Phase.BUILD)
    assert window.session.phase is Phase.AGREEMENTS
    window.close()
