"""The Teambibliotheek menu: publish this map, browse the library and its
portfolio, choose which library. Publishing runs off the UI thread; when
someone else published a newer version in between, the facilitator chooses:
open theirs, compare the two (the snapshot comparison), or publish anyway as
the next version. Nothing in the local map is lost whatever the server does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMenuBar,
    QMessageBox,
    QProgressDialog,
    QStatusBar,
    QWidget,
)

from procesbouw import library as team_library
from procesbouw.comparison import compare
from procesbouw.library import LibraryError, NewerVersionExistsError
from procesbouw.model import ProcessMap
from procesbouw.storage.errors import MapFileError
from procesbouw.storage.origin import LibraryOrigin
from ui import settings
from ui.document import MapDocument

if TYPE_CHECKING:
    from procesbouw.library import Library
    from ui.library_access import LibraryAccess
    from ui.library_window import LibraryWindow


class LibraryHost(Protocol):
    """What the menu needs of the main window (named here so the window imports
    this module, not the other way round); it is also every dialog's parent."""

    document: MapDocument
    open_requested: SignalInstance

    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def show_problem(self, text: str) -> None: ...


class LibraryMenu(QObject):
    def __init__(self, window: LibraryHost) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.lang = settings.active_language()
        self.browser: LibraryWindow | None = None
        self.progress: QProgressDialog | None = None
        self.last_refusal: NewerVersionExistsError | None = None
        menu = window.menuBar().addMenu(self.tr("&Teambibliotheek"))
        self.publish_action = menu.addAction(self.tr("Publiceren…"), self.publish)
        self.browse_action = menu.addAction(self.tr("Portfolio en versies…"), self.browse)
        menu.addSeparator()
        self.choose_action = menu.addAction(self.tr("Bibliotheek kiezen…"), self.choose)
        self.publish_action.setEnabled(not window.document.read_only)

    @property
    def access(self) -> LibraryAccess:
        """The team library, reached when the menu is first used: its address is a
        SQLAlchemy URL, and SQLAlchemy is not loaded before a map's window painted."""
        from ui.library_access import library_access

        return library_access()

    @property
    def parent_widget(self) -> QWidget:
        widget = self.window
        assert isinstance(widget, QWidget)
        return widget

    # -- publishing ----------------------------------------------------------------------

    def publish(self, anyway: bool = False) -> None:
        """Publish the map as it is now as the next version (off the UI thread)."""
        document = self.window.document
        pm = document.map.copy()  # edits may go on while the worker serialises it
        origin = document.file.library_origin
        who = team_library.default_publisher(pm)

        def job(library: Library) -> LibraryOrigin:
            return library.publish(pm, who, origin, anyway)

        self._busy(self.tr("Publiceren in %1…").replace("%1", self.access.where))
        self.access.run(job, self._published, self._publish_failed, self.parent_widget)

    def _published(self, origin: LibraryOrigin) -> None:
        self._idle()
        try:
            self.window.document.file.set_library_origin(origin)
        except MapFileError as error:
            self.window.show_problem(settings.error_text(error))
            return
        self.window.statusBar().showMessage(
            self.tr("Gepubliceerd als versie %1 in %2.")
            .replace("%1", str(origin.version))
            .replace("%2", self.access.where),
            10_000,
        )

    def _publish_failed(self, error: LibraryError) -> None:
        self._idle()
        if isinstance(error, NewerVersionExistsError):
            self.last_refusal = error
            self._choose_after_refusal(error)
            return
        QMessageBox.warning(self.parent_widget, self.tr("Teambibliotheek"), error.text(self.lang))

    def _choose_after_refusal(self, refused: NewerVersionExistsError) -> None:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Niet gepubliceerd"))
        box.setText(refused.text(self.lang))
        theirs = box.addButton(self.tr("Hun versie openen"), QMessageBox.ButtonRole.ActionRole)
        both = box.addButton(self.tr("Vergelijken"), QMessageBox.ButtonRole.ActionRole)
        anyway = box.addButton(
            self.tr("Toch publiceren als versie %1").replace("%1", str(refused.latest + 1)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is anyway:
            self.publish(anyway=True)
        elif clicked is theirs:
            self.open_theirs(refused, None)
        elif clicked is both:
            self.compare_with(refused)

    def open_theirs(self, refused: NewerVersionExistsError, path: Path | None) -> None:
        """Save their newest version as a new map file beside this one and open it."""
        if path is None:
            here = self.window.document.file.path
            suggestion = here.with_name(f"{here.stem} v{refused.latest}.procesbouw")
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent_widget, self.tr("Hun versie opslaan als"), str(suggestion),
                "Procesbouw (*.procesbouw)",
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        target = path

        def job(library: Library) -> Path:
            team_library.open_version(library, refused.map_id, refused.latest, target).close()
            return target

        self._busy(self.tr("Versie %1 ophalen…").replace("%1", str(refused.latest)))
        self.access.run(job, self._opened, self._failed, self.parent_widget)

    def _opened(self, path: Path) -> None:
        self._idle()
        self.window.open_requested.emit(path)

    def compare_with(self, refused: NewerVersionExistsError) -> None:
        """Their newest version → this map, in the snapshot comparison."""
        mine = self.window.document.map.copy()

        def job(library: Library) -> ProcessMap:
            return library.fetch(refused.map_id, refused.latest)[0]

        def show(theirs: ProcessMap) -> None:
            self._idle()
            from ui.panels.comparison_view import ComparisonDialog  # loaded when first asked for

            dialog = ComparisonDialog(
                compare(theirs, mine),
                self.tr("versie %1 (%2)")
                .replace("%1", str(refused.latest))
                .replace("%2", refused.published_by),
                self.tr("uw kaart"),
                mine.details.hours_per_day,
                self.parent_widget,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

        self._busy(self.tr("Versie %1 ophalen…").replace("%1", str(refused.latest)))
        self.access.run(job, show, self._failed, self.parent_widget)

    def _failed(self, error: LibraryError) -> None:
        self._idle()
        QMessageBox.warning(self.parent_widget, self.tr("Teambibliotheek"), error.text(self.lang))

    # -- browsing and choosing ---------------------------------------------------------------

    def browse(self) -> LibraryWindow:
        if self.browser is None:
            from ui.library_window import LibraryWindow  # loaded when first asked for

            self.browser = LibraryWindow(self.access, self.parent_widget)
            self.browser.open_requested.connect(self.window.open_requested.emit)
        self.browser.show()
        self.browser.raise_()
        self.browser.refresh()
        return self.browser

    def choose(self) -> None:
        text, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("Teambibliotheek kiezen"),
            self.tr(
                "Adres van de teambibliotheek, bijvoorbeeld\n"
                "postgresql://naam@server/procesbouw?sslmode=require\n"
                "(leeg: de bibliotheek op deze computer). Een wachtwoord wordt\n"
                "gevraagd als het nodig is en nooit bewaard."
            ),
            text=settings.library_address(),
        )
        if not ok:
            return
        try:
            self.access.choose(text.strip())
        except LibraryError as error:
            QMessageBox.warning(
                self.parent_widget, self.tr("Teambibliotheek"), error.text(self.lang)
            )

    # -- progress ------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.progress = QProgressDialog(text, "", 0, 0, self.parent_widget)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("Teambibliotheek"))
        self.progress.setMinimumDuration(300)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)

    def _idle(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
