"""The map's own file: "Opslaan" (there is nothing to save), "Opslaan als…" and
renaming the file after the map.

Every edit is already in the file, so these only move the map to another file
and say so; the window shows the new name when ``moved`` fires.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from procesbouw.storage.errors import MapFileError
from ui import settings

if TYPE_CHECKING:  # only named: the app reads MAP_FILTER before any map is open
    from ui.document import MapDocument
    from ui.message_bar import MessageBar

MAP_FILTER = "Procesbouw (*.procesbouw)"
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_stem(name: str) -> str:
    """``name`` as a file name on any system: no path or reserved characters."""
    return _NOT_IN_FILE_NAMES.sub(" ", name).strip(" .")[:120]


class FileWindow(Protocol):
    """What the file actions need of the main window (named here so the window can
    import this module, not the other way round); it is also every dialog's parent."""

    document: MapDocument
    message_bar: MessageBar
    open_requested: SignalInstance

    def statusBar(self) -> QStatusBar: ...
    def show_problem(self, text: str) -> None: ...
    def close(self) -> bool: ...


class FileActions(QObject):
    """``moved``: the map continues in another file (renamed, or saved as)."""

    moved = Signal()

    def __init__(self, window: FileWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.document = window.document

    def _parent(self) -> QWidget:
        return self.window  # type: ignore[return-value]

    def confirm_saved(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("Procesbouw bewaart elke wijziging direct: er is niets meer op te slaan."),
            5000,
        )

    def offer_file_rename(self, *_: object) -> None:
        """The facilitator named the map: offer to give its file the same name
        (a new map's file is named from the date until then)."""
        stem = file_stem(self.document.map.details.name)
        path = self.document.file.path
        if not stem or stem == path.stem or self.document.read_only:
            return
        target = path.with_name(stem + ".procesbouw")
        question = self.tr("Het bestand heet nu '%1'. Hernoemen naar '%2'?")
        answer = QMessageBox.question(
            self._parent(),
            self.tr("Bestand hernoemen"),
            question.replace("%1", path.name).replace("%2", target.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.rename_file(target)

    def rename_file(self, target: Path) -> None:
        """Continue in ``target`` (never over another file) and remove the old one."""
        old = self.document.file.path
        if target.exists():
            self.window.show_problem(
                self.tr("Er bestaat al een bestand '%1'.").replace("%1", target.name)
            )
            return
        try:
            self.document.file.save_as(target)
        except MapFileError as error:
            QMessageBox.warning(
                self._parent(), self.tr("Bestand hernoemen"), settings.error_text(error)
            )
            return
        old.unlink(missing_ok=True)
        settings.forget_map(old.resolve())
        settings.remember_map(target)
        self.moved.emit()

    def save_as(self) -> None:
        path = self.document.file.path
        start = str(path.with_name(path.stem + " kopie.procesbouw"))
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent(), self.tr("Opslaan als"), start, MAP_FILTER
        )
        if chosen:
            self.save_as_path(Path(chosen))

    def save_as_path(self, path: Path) -> None:
        if path.suffix != ".procesbouw":
            path = path.with_suffix(".procesbouw")
        was_read_only = self.document.read_only
        try:
            self.document.file.save_as(path)
        except MapFileError as error:
            QMessageBox.warning(self._parent(), self.tr("Opslaan als"), settings.error_text(error))
            return
        settings.remember_map(path)
        self.window.message_bar.hide()
        if was_read_only:
            # Everything in this window was built read-only: continue in the copy in
            # a window built for editing.
            self.window.close()
            self.window.open_requested.emit(path)
            return
        self.moved.emit()
        self.window.statusBar().showMessage(self.tr("Verder in %1").replace("%1", str(path)), 6000)
