"""Importeren → Gebeurtenissenlog…: the columns dialog, reading the log off the UI
thread, then a new map file or the measured figures on this map's steps (one undo step,
after the name-matching dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from procesbouw.exchange.event_figures import LogFigures
from ui import settings
from ui.document import MapDocument
from ui.event_log_dialog import EventLogChoice, EventLogDialog
from ui.name_matching import NameMatchingDialog


class LogReader(QThread):
    """Reads and measures a log; ``done`` carries the LogFigures, ``failed`` a message."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, choice: EventLogChoice) -> None:
        super().__init__()
        self.choice = choice

    def run(self) -> None:
        from procesbouw.exchange import ExchangeError
        from procesbouw.exchange.event_figures import measure
        from procesbouw.exchange.event_log import read_log

        try:
            figures = measure(read_log(self.choice.path, self.choice.columns))
        except (ExchangeError, OSError, UnicodeDecodeError) as error:
            self.failed.emit(settings.error_text(error))
        else:
            self.done.emit(figures)


class EventLogImport(QObject):
    """One import of an event log, from choosing the file to the result."""

    finished = Signal(bool)
    opened = Signal(Path)  # a new map file to open
    reported = Signal(str)  # a message for the status bar

    def __init__(
        self, window: QWidget, document: MapDocument, ask_target: Callable[[], Path | None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.ask_target = ask_target
        self.reader: LogReader | None = None
        self.progress: QProgressDialog | None = None

    def choose(self, path: Path) -> EventLogChoice | None:
        can_attach = not self.document.read_only and bool(self.document.map.steps)
        try:
            dialog = EventLogDialog(path, can_attach, self.window)
        except (OSError, UnicodeDecodeError) as error:
            self._warn(settings.error_text(error))
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def start(self, choice: EventLogChoice) -> LogReader:
        self.progress = QProgressDialog(
            self.tr("Gebeurtenissenlog wordt gelezen…"), "", 0, 0, self.window
        )
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("Gebeurtenissenlog"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        reader = LogReader(choice)
        reader.done.connect(lambda figures: self._read(choice, figures))
        reader.failed.connect(self._failed)
        reader.finished.connect(reader.deleteLater)
        self.reader = reader
        reader.start()
        return reader

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.reader = None

    def _warn(self, message: str) -> None:
        QMessageBox.warning(
            self.window, self.tr("Gebeurtenissenlog kan niet worden ingelezen"), message
        )

    def _failed(self, message: str) -> None:
        self._close_progress()
        self._warn(message)
        self.finished.emit(False)

    def _read(self, choice: EventLogChoice, figures: LogFigures) -> None:
        self._close_progress()
        ok = self.new_map(choice, figures) if choice.new_map else self.attach(choice, figures)
        self.finished.emit(ok)

    def new_map(self, choice: EventLogChoice, figures: LogFigures) -> bool:
        from procesbouw.exchange.event_map import map_from_log, source_label
        from procesbouw.model import ValidationError
        from procesbouw.storage.errors import MapFileError
        from procesbouw.storage.whole_map import create_from_map

        target = self.ask_target()
        if target is None:
            return False
        pm = map_from_log(figures, target.stem, source_label(choice.path), choice.min_share)
        try:
            create_from_map(target, pm).close()
        except (MapFileError, ValidationError) as error:
            self._warn(settings.error_text(error))
            return False
        self.opened.emit(target)
        return True

    def attach(
        self, choice: EventLogChoice, figures: LogFigures, matches: dict[str, str] | None = None
    ) -> bool:
        """Measured figures on the steps ``matches`` names (asked in a dialog when None)."""
        from procesbouw.exchange.event_map import attached, match_by_name, source_label

        document = self.document
        if matches is None:
            dialog = NameMatchingDialog(
                figures, document.map, match_by_name(document.map, figures), self.window
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            matches = dialog.matches()
        steps = attached(document.map, figures, matches, source_label(choice.path))
        with document.edit(self.tr("Gemeten tijden uit gebeurtenissenlog")) as edit:
            for step in steps:
                edit.replace(step)
        self.reported.emit(self.tr("Gemeten tijden bij %n stap(pen) gezet.", "", len(steps)))
        return True
