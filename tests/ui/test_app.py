"""Opening maps through the app: the start screen, bad files, a map open twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QScrollArea

from procesbouw.cli import parse_app_arguments
from procesbouw.model import MapDetails
from procesbouw.storage import MapFile
from ui import settings
from ui.app import Procesbouw
from ui.start_screen import RecentCard, StartScreen


@pytest.fixture
def app_controller(qtbot: object) -> Procesbouw:
    controller = Procesbouw()
    yield controller
    for window in list(controller.windows):
        window.close()
    if controller.start is not None:
        controller.start.close()


def test_a_broken_file_gets_a_clear_message_and_stays_untouched(
    qtbot: object, app_controller: Procesbouw, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "kapot.procesbouw"
    broken.write_bytes(b"\x00garbage" * 100)
    before = broken.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert app_controller.open_map(broken) is None
    assert shown and "Procesbouw" in shown[0]
    assert broken.read_bytes() == before
    assert app_controller.windows == []


def test_a_map_open_elsewhere_opens_read_only_on_request(
    qtbot: object, app_controller: Procesbouw, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gedeeld.procesbouw"
    MapFile.create(path).close()
    holder = MapFile.open(path)  # e.g. the app on a colleague's laptop
    try:
        asked: list[str] = []

        def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", answer)
        window = app_controller.open_map(path)
        assert window is not None and window.document.read_only
        assert "alleen-lezen" in window.windowTitle()
        assert not window.edits.new_step_action.isEnabled()
        assert asked
    finally:
        holder.close()


def test_the_start_screen_lists_recent_maps_and_explains_a_missing_one(
    qtbot: object, app_controller: Procesbouw, tmp_path: Path
) -> None:
    good = tmp_path / "goed.procesbouw"
    MapFile.create(good, MapDetails(name="Intake")).close()
    missing = tmp_path / "weg.procesbouw"
    settings.remember_map(missing)
    settings.remember_map(good)
    with qtbot.waitSignal(app_controller.show_start().recent_shown):  # type: ignore[attr-defined]
        start = app_controller.start
    assert start is not None
    cards = start.grid_host.findChildren(RecentCard)
    by_path = {card.path: card for card in cards if card.isVisibleTo(start)}
    assert by_path[good.resolve()].problem is None
    assert by_path[good.resolve()].name.text() == "Intake"
    assert not by_path[good.resolve()].thumb.pixmap().isNull()
    assert by_path[missing.resolve()].problem
    by_path[missing.resolve()].forget_requested.emit(missing.resolve())
    assert missing.resolve() not in settings.recent_maps()


class CardSpy(QObject):
    """Notes, at the start screen's first paint, what its recent cards showed."""

    def __init__(self, start: StartScreen) -> None:
        super().__init__(start)
        self.start = start
        self.seen: dict[Path, tuple[str, bool]] = {}  # path → (name, thumbnail shown)
        start.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.seen:
            for card in self.start.grid_host.findChildren(RecentCard):
                self.seen[card.path] = (card.name.text(), not card.thumb.pixmap().isNull())
        return False


def test_the_start_screen_paints_before_it_reads_the_recent_maps(
    qtbot: object, tmp_path: Path
) -> None:
    # Reading a map needs SQLAlchemy and the canvas: the buttons come first, the
    # cards name their files, and each fills in a moment later.
    path = tmp_path / "goed.procesbouw"
    MapFile.create(path, MapDetails(name="Intake")).close()
    settings.remember_map(path)
    start = StartScreen()
    qtbot.addWidget(start)  # type: ignore[attr-defined]
    spy = CardSpy(start)
    with qtbot.waitSignal(start.recent_shown):  # type: ignore[attr-defined]
        start.show()
    assert spy.seen[path.resolve()] == ("goed", False)
    [card] = [c for c in start.grid_host.findChildren(RecentCard) if c.path == path.resolve()]
    assert (card.name.text(), card.thumb.pixmap().isNull()) == ("Intake", False)


def test_a_new_map_opens_in_a_window(
    qtbot: object, app_controller: Procesbouw, tmp_path: Path
) -> None:
    window = app_controller.new_map(tmp_path / "nieuw")
    assert window is not None
    assert window.document.file.path.suffix == ".procesbouw"
    assert (tmp_path / "nieuw.procesbouw").exists()


def test_arguments() -> None:
    assert parse_app_arguments(["--sample"]).sample
    assert parse_app_arguments(["kaart.procesbouw", "--lang", "en"]).lang == "en"


def test_qt_dialogs_speak_dutch(qtbot: object) -> None:
    """Qt's own file dialog in the Dutch app: no "Look in:" or "Files of type:"."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

    from ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, "nl")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Zoeken in:", "Bestands&type:"} <= labels
        assert not any("Look in" in text or "Files of" in text for text in labels)
        # The gap filler answers only its own lookups: the app's texts stay as they are.
        assert QCoreApplication.translate("MainWindow", "Rollen") == "Rollen"
        assert QCoreApplication.translate("RolesPanel", "Rol %1") == "Rol %1"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_a_new_map_starts_at_once_named_from_the_date(
    qtbot: object, app_controller: Procesbouw, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    import ui.app

    monkeypatch.setattr(ui.app, "maps_folder", lambda: tmp_path)
    first = app_controller.new_map()
    second = app_controller.new_map()
    assert first is not None and second is not None
    today = date.today().isoformat()
    assert first.document.file.path.name == f"Proceskaart {today}.procesbouw"
    assert second.document.file.path.name == f"Proceskaart {today} (2).procesbouw"
    assert first.document.map.details.name == f"Proceskaart {today}"
    # Naming the map offers to rename its file.
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    name = first.properties.details_page.fields["name"]
    name.editor.setFocus()
    name.editor.setText("Intake thuiszorg")
    name.editor.editingFinished.emit()
    assert first.document.map.details.name == "Intake thuiszorg"
    assert asked and "Intake thuiszorg.procesbouw" in asked[0]
    assert first.document.file.path == (tmp_path / "Intake thuiszorg.procesbouw").resolve()
    assert not (tmp_path / f"Proceskaart {today}.procesbouw").exists()
    first.document.change(first.document.map.details, "x", team="Wijk Noord")
    assert first.document.file.path.name == "Intake thuiszorg.procesbouw", "still writing there"


def test_no_recent_map_is_cut_off_at_the_start_screens_edge(qtbot: object, tmp_path: Path) -> None:
    for name in ("Intake", "Zorgplan", "Planning", "Overdracht"):
        path = tmp_path / f"{name}.procesbouw"
        MapFile.create(path, MapDetails(name=name)).close()
        settings.remember_map(path)
    start = StartScreen()
    qtbot.addWidget(start)  # type: ignore[attr-defined]
    with qtbot.waitSignal(start.recent_shown):  # type: ignore[attr-defined]
        start.show()
    viewport = start.findChild(QScrollArea).viewport()

    def cut_off() -> list[str]:
        cards = [c for c in start.grid_host.findChildren(RecentCard) if c.isVisibleTo(start)]
        return [
            card.name.text()
            for card in cards
            if card.mapTo(viewport, card.rect().topRight()).x() >= viewport.width()
        ]

    assert start.width() < 1200  # its own size, as on a 1366×768 laptop
    assert cut_off() == []
    start.resize(1800, 720)  # maximised on a projector: three in a row
    assert cut_off() == []
    assert start.grid.columnCount() == 3
