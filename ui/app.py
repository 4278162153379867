"""The app: command-line arguments, language, the start screen and the windows."""

from __future__ import annotations

import argparse
import gc
import sys
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from procesbouw import storage
from procesbouw.storage.errors import MapFileError, MapInUseError, MapNotWritableError
from ui import settings
from ui.file_actions import MAP_FILTER
from ui.first_paint import FirstPaint
from ui.qt_gaps import QtDutchGaps
from ui.quit_signals import QuitOnSignals

if TYPE_CHECKING:
    from procesbouw.storage import MapFile
    from ui.main_window import MainWindow
    from ui.start_screen import StartScreen

ORGANISATION = "Procesbouw"
APPLICATION = "Procesbouw"


def maps_folder() -> Path:
    """Where new maps and sample copies go by default: Documents/Procesbouw."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents or Path.home()) / "Procesbouw"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def dated_map_path(folder: Path, day: date, base: str) -> Path:
    """A new map's file, named from ``day``: "Proceskaart 2026-11-30.procesbouw",
    "… (2).procesbouw" when that is taken. ISO dates sort in the file dialog."""
    stem = f"{base} {day.isoformat()}"
    path = folder / f"{stem}.procesbouw"
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}).procesbouw"
        number += 1
    return path


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Dutch is the source language; ``procesbouw_en.qm`` translates to English and
    ``procesbouw_nl.qm`` supplies the Dutch plural forms. Qt's own dialogs follow."""
    translators: list[QTranslator] = []
    folder = files("resources") / "translations"
    ours = QTranslator(app)
    if ours.load(str(folder / f"procesbouw_{language}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        translators.append(qt)
    if language == "nl":
        gaps = QtDutchGaps(app)  # installed last: asked first
        app.installTranslator(gaps)
        translators.append(gaps)
    return translators


class Procesbouw(QObject):
    """Owns the start screen and one main window per open map."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[MainWindow] = []
        self.start: StartScreen | None = None

    def parent_widget(self) -> QWidget | None:
        return self.windows[-1] if self.windows else self.start

    def show_start(self) -> StartScreen:
        from ui.start_screen import StartScreen  # not loaded when a map opens at once

        if self.start is None:
            self.start = StartScreen()  # lists the recent maps itself
            self.start.new_requested.connect(self.new_map)
            self.start.open_requested.connect(self.open_map)
            self.start.sample_requested.connect(self.open_sample)
        else:
            self.start.refresh()
        self.start.show()
        return self.start

    def open_map(self, path: Path | None = None) -> MainWindow | None:
        """Open ``path`` (or ask for one); explain and change nothing if it cannot."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.parent_widget(), self.tr("Kaart openen"), str(maps_folder()), MAP_FILTER
            )
            if not chosen:
                return None
            path = Path(chosen)
        for window in self.windows:
            if window.document.file.path.resolve() == Path(path).resolve():
                window.raise_()
                window.activateWindow()
                return window
        reason: str | None = None
        try:
            file = storage.MapFile.open(path)
        except MapNotWritableError as error:
            # Not the user's to change: open it read-only and say why, with "Opslaan als…".
            reason = settings.error_text(error)
            try:
                file = storage.MapFile.open(path, read_only=True)
            except MapFileError as second:
                self._cannot_open(second)
                return None
        except MapInUseError as error:
            answer = QMessageBox.question(
                self.parent_widget(),
                self.tr("Kaart is al geopend"),
                settings.error_text(error) + "\n\n" + self.tr("Alleen-lezen openen?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            try:
                file = storage.MapFile.open(path, read_only=True)
            except MapFileError as second:
                self._cannot_open(second)
                return None
        except MapFileError as error:
            self._cannot_open(error)
            return None
        window = self._show_window(file)
        language = settings.active_language()
        notices = [n.en if language == "en" else n.nl for n in file.notices]
        if reason is not None:
            window.show_notice("\n".join([reason, *notices]), offer_save_as=True)
        elif notices:
            window.show_notice("\n".join(notices), offer_save_as=file.read_only)
        return window

    def _cannot_open(self, error: MapFileError) -> None:
        QMessageBox.warning(
            self.parent_widget(),
            self.tr("Kaart kan niet worden geopend"),
            settings.error_text(error),
        )

    def new_map(self, path: Path | None = None) -> MainWindow | None:
        """A new map at once, no questions: its file goes in Documents/Procesbouw,
        named from today's date, and the map is called after its file. Naming the
        map later offers to rename the file (``MainWindow``)."""
        from procesbouw.model import MapDetails  # the domain loads with the first map

        if path is None:
            path = dated_map_path(maps_folder(), date.today(), self.tr("Proceskaart"))
        if path.suffix != ".procesbouw":
            path = path.with_suffix(".procesbouw")
        try:
            file = storage.MapFile.create(path, MapDetails(name=path.stem))
        except MapFileError as error:
            self._cannot_open(error)
            return None
        return self._show_window(file)

    def open_sample(self) -> MainWindow | None:
        """The sample map, as the user's own copy in the maps folder (the
        installed sample itself is never edited). An existing copy is reused."""
        from resources import copy_sample_to

        return self.open_map(copy_sample_to(maps_folder()))

    def _show_window(self, file: MapFile) -> MainWindow:
        # The window's modules (~100-200 ms) load with the first map: the start
        # screen paints without them.
        from ui.document import MapDocument
        from ui.main_window import MainWindow

        document = MapDocument(file)
        window = MainWindow(document)
        window.open_requested.connect(self.open_map)
        window.new_requested.connect(self.new_map)
        window.closed.connect(self._window_closed)
        self.windows.append(window)
        settings.remember_map(file.path)
        window.show()
        if self.start is not None:
            self.start.hide()
        return window

    def _window_closed(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def close_all(self, exit_code: int = 0) -> None:
        """Close every window as its close button would (maps stored, locks
        released), then end the event loop with ``exit_code``."""
        for window in list(self.windows):
            window.close()
        if self.start is not None:
            self.start.close()
        QApplication.exit(exit_code)


def collect_after_first_paint(window: QWidget) -> FirstPaint:
    """Python's garbage collector, paused while the app starts (``main``), runs
    again once ``window`` (the first one shown) has painted."""
    return FirstPaint(window, gc.enable)


def run_app(options: argparse.Namespace) -> int:
    """Start the app with the arguments ``procesbouw.cli.parse_app_arguments`` read."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    language = options.lang or settings.language()
    app.setProperty("language", language)
    # Dates and numbers in Qt's own widgets follow the language, not the machine.
    QLocale.setDefault(QLocale("nl_NL" if language == "nl" else "en_GB"))
    install_translations(app, language)
    controller = Procesbouw()
    quit_signals = QuitOnSignals(controller.close_all)
    if options.file is not None:
        if controller.open_map(options.file) is None:
            controller.show_start()
    elif options.sample:
        if controller.open_sample() is None:
            controller.show_start()
    else:
        controller.show_start()
    shown = controller.parent_widget()
    assert shown is not None  # a map's window, or the start screen
    collect_after_first_paint(shown)
    try:
        return app.exec()
    finally:
        quit_signals.uninstall()
