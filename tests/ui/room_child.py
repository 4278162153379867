"""Run by test_room_screens in its own process, on Qt's offscreen platform with two
screens (a 1366×768 laptop left of a 1920×1080 projector): the real main window
on the sample map, the audience window on the projector, every phase of a session.
Prints one JSON object of what it measured; with a folder argument it also saves
the audience window of every phase there as PNG."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from procesbouw.model import Flow, Step
from procesbouw.session import PHASES, Phase
from procesbouw.storage import MapFile
from resources import sample_path
from ui.document import MapDocument
from ui.main_window import MainWindow

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
        QTest.qWait(20)


def _wait_for_analysis(window: MainWindow) -> None:
    for _ in range(200):
        if window.live_analysis.latest is not None:
            break
        QTest.qWait(25)
    _settle()


def _horizontal_scrolling(window: MainWindow) -> list[str]:
    """Docks whose content needs a horizontal scroll bar at their current width."""
    found = []
    for key, dock in window.docks.items():
        dock.show()
        dock.raise_()  # a tab behind another is not laid out
        _settle()
        for area in [dock.widget(), *dock.widget().findChildren(QAbstractScrollArea)]:
            if isinstance(area, QAbstractScrollArea) and area.horizontalScrollBar().maximum() > 0:
                found.append(key)
                break
    return found


def main(shots: Path | None) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("ProcesbouwTests")
    app = QApplication([])
    QLocale.setDefault(QLocale("nl_NL"))  # as the app does for Dutch: dates on the cards
    laptop, projector = app.screens()
    path = folder / "zorg.procesbouw"
    shutil.copyfile(sample_path(), path)
    window = MainWindow(MapDocument(MapFile.open(path)))
    window.show()
    QTest.qWaitForWindowExposed(window)
    _wait_for_analysis(window)
    result: dict[str, object] = {
        "screens": [s.name() for s in app.screens()],
        "window_screen": window.screen().name(),
        "window_frame": window.frameGeometry().getRect(),
        "laptop_available": laptop.availableGeometry().getRect(),
        "maximised": window.isMaximized(),
        "minimum": window.minimumSizeHint().toTuple(),
        "canvas_share": window.view.width() / window.width(),
        "docks_scrolling": _horizontal_scrolling(window),
        "present_text": window.present_action.text(),
    }
    window.present_action.trigger()
    audience = window.presentation.audience
    assert audience is not None
    QTest.qWaitForWindowExposed(audience)
    _settle()
    result["audience_screen"] = audience.screen().name()
    result["audience_geometry"] = audience.geometry().getRect()
    result["main_still_visible"] = window.isVisible()
    phases: dict[str, object] = {}
    for number, phase in enumerate(PHASES, start=1):
        window.session.go_to(phase)
        _settle()
        if phase is Phase.CONNECTIONS:
            window.phase_controls.reveal_next()
            _settle()
        audience.view.reframe()
        _settle()
        phases[phase.value] = {
            "name_pixels": audience.view.name_pixels(),
            "fits": audience.view.fits_whole_map(),
            "legend": audience.legend.entries,
            "figures": audience.figures.shown_texts() if audience.figures.isVisible() else [],
            "side": audience.side.texts if audience.side.isVisible() else [],
            "network": audience.centre.currentWidget() is audience.network_view,
            "network_text_pixels": audience.network_text_pixels(),
            "panel_beside": audience.side.beside,
            "panel_words_whole": audience.side.isHidden()
            or audience.side.row_fits(audience.side.width()),
            "legend_rows_fit": all(
                row.sizeHint().width() <= audience.legend.contentsRect().width()
                for row in audience.legend.findChildren(QWidget, options=DIRECT)
            ),
            "continues": audience.view.sides_continuing(),
        }
        if shots is not None:
            audience.grab().save(str(shots / f"audience-{number}-{phase.value}.png"))
    result["phases"] = phases
    window.close()
    # The next start on the laptop: geometry and docks as the first window left them.
    again = MainWindow(MapDocument(MapFile.open(path)))
    again.show()
    QTest.qWaitForWindowExposed(again)
    _wait_for_analysis(again)
    result["next_start_frame"] = again.frameGeometry().getRect()
    # What a window manager makes of it (offscreen keeps a maximised window at the
    # screen's size whatever it needs; a real desk grows it past the screen's edge).
    result["next_start_minimum"] = again.minimumSizeHint().toTuple()
    result["next_start_docks_scrolling"] = _horizontal_scrolling(again)
    again.close()
    result["thirty_steps"] = _thirty_steps(folder / "dertig.procesbouw")
    return result


def _thirty_steps(path: Path) -> dict[str, object]:
    """A 30-step map laid out as a team builds it on the table: three rows of ten,
    the second running back (the work snakes down the table)."""
    names = ["Aanvraag ontvangen", "Gegevens controleren", "Intake plannen", "Huisbezoek",
             "Indicatie stellen", "Zorgplan opstellen", "Zorgplan bespreken", "Rooster maken",
             "Eerste zorgmoment", "Evaluatie"]  # fmt: skip
    with MapFile.create(path) as file, file.batch():
        previous = None
        for number in range(30):
            row, column = divmod(number, 10)
            x = (9 - column if row % 2 else column) * 200
            step = Step(f"{names[column]} {row + 1}", x=x, y=row * 160)
            file.add(step)
            if previous is not None:
                file.add(Flow(previous.id, step.id))
            previous = step
    window = MainWindow(MapDocument(MapFile.open(path)))
    window.show()
    window.present_action.trigger()
    audience = window.presentation.audience
    assert audience is not None
    QTest.qWaitForWindowExposed(audience)
    _settle()
    measured = {
        "name_pixels": audience.view.name_pixels(),
        "fits": audience.view.fits_whole_map(),
        "scale": audience.view.scale_factor,
        "content": audience.view.content_rect().getRect(),
        "viewport": audience.view.viewport().size().toTuple(),
        "readable": audience.view.readable_scale(),
    }
    window.close()
    return measured


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(main(target)))
