"""The team library in the app: publish from the window, the refusal and its
choices, the portfolio window (sort, filter, open a version), and a library
that cannot be reached — all with the real widgets, the library calls on
worker threads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from procesbouw.library import Library, library_url
from procesbouw.model import Step
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map
from resources import sample_path
from tests.maps import full_map
from ui.document import MapDocument
from ui.library_access import library_access
from ui.main_window import MainWindow

WAIT = 20_000  # ms; the library work itself takes a fraction of that


@pytest.fixture
def library_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "bibliotheek.sqlite"
    library_access().choose(str(path))
    yield path
    library_access().close()


@pytest.fixture
def sample_window(qtbot: QtBot, tmp_path: Path, library_file: Path) -> Iterator[MainWindow]:
    path = tmp_path / "zorg.procesbouw"
    with MapFile.open(sample_path(), read_only=True) as sample:
        create_from_map(path, sample.map).close()
    window = MainWindow(MapDocument(MapFile.open(path)))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def _click_when_asked(button_text: str) -> list[str]:
    """Click ``button_text`` in the next message box; returns the box's text."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().startswith(button_text):
                button.click()
                return

    QTimer.singleShot(50, click)
    return seen


def test_publishing_from_the_window_and_the_refusal_when_someone_was_first(
    qtbot: QtBot, sample_window: MainWindow, library_file: Path
) -> None:
    menu = sample_window.library
    menu.publish_action.trigger()
    qtbot.waitUntil(lambda: sample_window.document.file.library_origin is not None, timeout=WAIT)
    origin = sample_window.document.file.library_origin
    assert origin is not None and origin.version == 1
    assert "versie 1" in sample_window.statusBar().currentMessage()
    # A colleague publishes version 2 from their own copy.
    with Library.open(library_url(str(library_file))) as library:
        library.publish(sample_window.document.map, "Bram", origin)
    seen = _click_when_asked("Toch publiceren als versie 3")
    menu.publish_action.trigger()
    qtbot.waitUntil(
        lambda: (sample_window.document.file.library_origin or origin).version == 3, timeout=WAIT
    )
    assert seen and "versie 2, door Bram" in seen[0]


def test_the_portfolio_window_sorts_filters_and_opens_a_version(
    qtbot: QtBot, sample_window: MainWindow, library_file: Path, tmp_path: Path
) -> None:
    with Library.open(library_url(str(library_file))) as library:
        library.publish(sample_window.document.map, "Anouk")
        for team, organisation in (("Noord", "Gemeente Oost"), ("Zuid", "Gemeente Oost")):
            pm = full_map()
            pm.set_details(pm.details.__class__(**{
                **pm.details.__dict__, "team": team, "organisation": organisation
            }))  # fmt: skip
            library.publish(pm, "Cor")
    browser = sample_window.library.browse()
    qtbot.waitUntil(lambda: browser.proxy.rowCount() == 3, timeout=WAIT)
    assert browser.busy.isHidden() and browser.message.isHidden()
    # A library on this computer is named by its file, not by an sqlite://// address.
    assert browser.address.text() == f"Teambibliotheek: {library_file.resolve()}"
    browser.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # lead time, longest first
    leads = [browser.proxy.index(r, 5).data(Qt.ItemDataRole.UserRole + 1) for r in range(3)]
    assert leads == sorted(leads, reverse=True)
    browser.organisation.setCurrentIndex(browser.organisation.findData("Gemeente Oost"))
    assert browser.proxy.rowCount() == 2
    qtbot.keyClicks(browser.search, "zuid")
    assert browser.proxy.rowCount() == 1
    browser.table.selectRow(0)
    qtbot.waitUntil(lambda: browser.versions.rowCount() == 1, timeout=WAIT)
    target = tmp_path / "zuid v1.procesbouw"
    with qtbot.waitSignal(browser.open_requested, timeout=WAIT) as opened:
        browser.open_version(browser.selected_row(), target)  # type: ignore[arg-type]
    assert opened.args == [target]
    with MapFile.open(target, read_only=True) as mf:
        assert mf.map.details.team == "Zuid" and mf.library_origin is not None


def test_a_library_that_cannot_be_reached_says_so_and_the_map_goes_on(
    qtbot: QtBot, sample_window: MainWindow, tmp_path: Path
) -> None:
    library_access().choose(f"postgresql://anouk@/procesbouw?host={tmp_path}&connect_timeout=2")
    browser = sample_window.library.browse()
    qtbot.waitUntil(lambda: not browser.message.isHidden(), timeout=WAIT)
    assert "niet bereikbaar" in browser.message.text()
    assert (
        "niets is verloren" in browser.message.text() or "niets verloren" in browser.message.text()
    )
    assert browser.refresh_button.isEnabled()
    seen = _click_when_asked("OK")
    sample_window.library.publish_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    assert "niet bereikbaar" in seen[0]
    assert sample_window.document.file.library_origin is None
    steps = len(sample_window.document.map.steps)
    sample_window.document.add_entities([Step("Nog een stap")], "stap")
    assert len(sample_window.document.map.steps) == steps + 1  # the map goes on


def test_the_portfolio_window_shows_the_three_voices_with_the_detail_in_the_tooltip(
    qtbot: QtBot, sample_window: MainWindow, library_file: Path
) -> None:
    with Library.open(library_url(str(library_file))) as library:
        library.publish(sample_window.document.map, "Anouk")  # measures all three voices
        library.publish(full_map(), "Cor")  # measures nothing
    browser = sample_window.library.browse()
    qtbot.waitUntil(lambda: browser.proxy.rowCount() == 2, timeout=WAIT)
    browser.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Team Noord, Wijkteam Noord
    unmeasured, measured = (browser.proxy.index(r, 9) for r in range(2))
    assert unmeasured.data() == "niet gemeten"
    assert "nog geen van de drie stemmen" in unmeasured.data(Qt.ItemDataRole.ToolTipRole)
    assert measured.data() == (
        "Verbondenheid in… 7,9 (+2,1) · Klantwaardering 8,3 (+1,4) · "
        "Kosten per nieuwe… € 305 (−107)"
    )
    assert measured.data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
        "Medewerker: Verbondenheid in het team (1–10): 5,8 → 7,9 (+2,1). Beter.",
        "Klant: Klantwaardering (1–10): 6,9 → 8,3 (+1,4). Beter.",
        "Organisatie: Kosten per nieuwe cliënt: € 412 → € 305 (−107). Beter.",
    ]
