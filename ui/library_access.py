"""The app's way into the team library: every library call runs on a worker
thread (QThreadPool), never on the UI thread, and comes back as a signal.

One ``LibraryAccess`` per app holds the chosen address, the ``Library`` (its
engine pools connections across calls) and a password the user typed, in
memory only. When the server wants a password, the user is asked and the call
is tried again; a call that fails otherwise reports a ``LibraryError`` whose
text says what happened, and the map on this computer is never touched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget
from shiboken6 import isValid

from procesbouw import library as team_library
from procesbouw.library import LibraryError, PasswordNeededError, library_url, remembered
from ui import settings

if TYPE_CHECKING:
    from procesbouw.library import Library

Job = Callable[["Library"], Any]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # a LibraryError (or a MapFileError from a local file)


class _Task(QRunnable):
    def __init__(self, access: LibraryAccess, job: Job) -> None:
        super().__init__()
        self.access = access
        self.job = job
        self.signals = _Signals()

    def run(self) -> None:
        from procesbouw.storage.errors import MapFileError

        try:
            result = self.job(self.access.library())
        except (LibraryError, MapFileError) as error:
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class LibraryAccess(QObject):
    """Runs ``job(library)`` off the UI thread: ``run(job, on_done, on_failed, parent)``."""

    address_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._library: Library | None = None
        self._password: str | None = None
        self._tasks: set[_Task] = set()
        self.url = library_url(settings.library_address() or None, documents_folder())

    @property
    def address(self) -> str:
        """Where the library is, as the facilitator reads it (no password)."""
        from procesbouw.library.address import shown

        return shown(self.url)

    @property
    def where(self) -> str:
        from procesbouw.library.address import describe

        return describe(self.url)

    def choose(self, text: str) -> None:
        """Use the library at ``text`` ("" for the local default) from now on.
        Raises LibrarySetupError for an address that is not a library's."""
        url = library_url(text or None, documents_folder())
        with self._lock:
            if self._library is not None:
                self._library.close()
            self._library, self._password, self.url = None, None, url
        settings.remember_library_address(remembered(url) if text else "")
        self.address_changed.emit(self.address)

    def library(self) -> Library:
        """The open library (opened on first use, on the calling worker thread)."""
        with self._lock:
            if self._library is None:
                self._library = team_library.Library.open(self.url, self._password)
            return self._library

    def run(
        self,
        job: Job,
        on_done: Callable[[Any], None],
        on_failed: Callable[[LibraryError], None],
        parent: QWidget,
    ) -> None:
        task = _Task(self, job)
        self._tasks.add(task)  # the Python side must outlive the pool's run

        def finished() -> None:
            self._tasks.discard(task)

        def failed(error: LibraryError) -> None:
            finished()
            if not isValid(parent):  # the window was closed while the library worked
                return
            if isinstance(error, PasswordNeededError) and self._ask_password(error, parent):
                self.run(job, on_done, on_failed, parent)
                return
            on_failed(error)

        def done(result: Any) -> None:
            finished()
            if isValid(parent):
                on_done(result)

        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(task)

    def _ask_password(self, needed: PasswordNeededError, parent: QWidget) -> bool:
        prompt = (
            self.tr("Het wachtwoord werd geweigerd. Wachtwoord voor %1 (%2):")
            if needed.wrong
            else self.tr("Wachtwoord voor %1 (%2):")
        )
        password, ok = QInputDialog.getText(
            parent,
            self.tr("Teambibliotheek"),
            prompt.replace("%1", needed.user).replace("%2", self.where),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return False
        with self._lock:
            self._password = password  # in memory only, for this run of the app
            if self._library is not None:
                self._library.close()
                self._library = None
        return True

    def close(self) -> None:
        QThreadPool.globalInstance().waitForDone(10_000)
        with self._lock:
            if self._library is not None:
                self._library.close()
                self._library = None


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


_access: LibraryAccess | None = None


def library_access() -> LibraryAccess:
    """The app's one ``LibraryAccess`` (made on first use)."""
    global _access
    if _access is None:
        _access = LibraryAccess()
    return _access
