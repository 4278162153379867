"""File → Exporteren / Importeren: the PDF report, open formats and pictures.

The PDF is built on a worker thread behind a progress dialog that can cancel
it; everything else is quick enough to do directly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QThread, Signal, SignalInstance
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QStatusBar

from procesbouw.model import ProcessMap, ValidationError
from procesbouw.storage.errors import MapFileError
from procesbouw.storage.files import file_stem, write_atomically
from ui import settings
from ui.canvas.picture import write_picture
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.document import MapDocument
from ui.live_analysis import LiveAnalysis

if TYPE_CHECKING:
    from ui.event_log_import import EventLogImport


class ExchangeWindow(Protocol):
    """What the exchange menu needs of the main window it fills (named here so
    the window can import this module, not the other way round). The window is
    also the parent of every dialog."""

    document: MapDocument
    scene: MapScene
    view: MapView
    live_analysis: LiveAnalysis
    export_menu: QMenu
    import_menu: QMenu
    open_requested: SignalInstance

    def statusBar(self) -> QStatusBar: ...


class ReportWorker(QThread):
    """Builds the PDF off the UI thread; ``failed`` carries a message, ``done`` the path."""

    progressed = Signal(int, int)
    done = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, pm: ProcessMap, path: Path, language: str) -> None:
        super().__init__()
        self.pm = pm
        self.path = path
        self.language = language
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        from procesbouw.report import ReportCancelled, build_report

        try:
            build_report(self.pm, self.path, lang=self.language, progress=self._progress)
        except ReportCancelled:
            self.cancelled.emit()
        except (OSError, ValueError) as error:
            self.failed.emit(str(error))
        else:
            self.done.emit(str(self.path))


class ExchangeMenu(QObject):
    """Fills the window's Exporteren and Importeren menus."""

    def __init__(self, window: ExchangeWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker: ReportWorker | None = None
        self.progress: QProgressDialog | None = None
        export, import_ = window.export_menu, window.import_menu
        self.pdf_action = export.addAction(self.tr("Rapport (PDF)…"), self.export_pdf)
        self.pdf_action.setShortcut("Ctrl+P")
        export.addSeparator()
        self.png_action = export.addAction(self.tr("Afbeelding (PNG)…"), self.export_png)
        self.svg_action = export.addAction(self.tr("Tekening (SVG)…"), self.export_svg)
        export.addSeparator()
        self.json_action = export.addAction(self.tr("Volledige kaart (JSON)…"), self.export_json)
        self.graphml_steps_action = export.addAction(
            self.tr("Stappen als netwerk (GraphML)…"), self.export_step_graphml
        )
        self.graphml_roles_action = export.addAction(
            self.tr("Rolnetwerk (GraphML)…"), self.export_role_graphml
        )
        self.csv_export_action = export.addAction(self.tr("Stappen (CSV)…"), self.export_csv)
        self.bpmn_export_action = export.addAction(
            self.tr("Procesmodel (BPMN 2.0)…"), self.export_bpmn
        )
        self.csv_import_action = import_.addAction(
            self.tr("Stappen uit CSV toevoegen…"), self.import_csv
        )
        self.json_import_action = import_.addAction(
            self.tr("Kaart uit JSON (nieuw bestand)…"), self.import_json
        )
        self.bpmn_import_action = import_.addAction(
            self.tr("Kaart uit BPMN 2.0-model (nieuw bestand)…"), self.import_bpmn
        )
        import_.addSeparator()
        self.event_log_action = import_.addAction(
            self.tr("Gebeurtenissenlog (CSV of XES)…"), self.import_event_log
        )
        self.event_log: EventLogImport | None = None
        self.csv_import_action.setEnabled(not window.document.read_only)

    # -- helpers -----------------------------------------------------------------------

    @property
    def map(self) -> ProcessMap:
        return self.window.document.map

    def _target(self, title: str, suffix: str, pattern: str) -> Path | None:
        folder = self.window.document.file.path.parent
        suggestion = folder / f"{file_stem(self.map.details.name)}.{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(suggestion), pattern)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{suffix}" else path.with_suffix(f".{suffix}")

    def _source(self, title: str, pattern: str) -> Path | None:
        folder = self.window.document.file.path.parent
        chosen, _ = QFileDialog.getOpenFileName(self.window, title, str(folder), pattern)
        return Path(chosen) if chosen else None

    def _export(self, title: str, suffix: str, pattern: str, make: Callable[[], bytes]) -> None:
        path = self._target(title, suffix, pattern)
        if path is None:
            return
        try:
            write_atomically(path, make())
        except OSError as error:
            QMessageBox.warning(
                self.window, title, self.tr("Exporteren mislukt: %1").replace("%1", str(error))
            )
            return
        self.window.statusBar().showMessage(
            self.tr("Geëxporteerd naar %1").replace("%1", str(path)), 6000
        )

    # -- the PDF report --------------------------------------------------------------------

    def export_pdf(self) -> None:
        path = self._target(self.tr("Rapport exporteren"), "pdf", "PDF (*.pdf)")
        if path is not None:
            self.start_report(path)

    def start_report(self, path: Path) -> ReportWorker:
        """Build the report of a frozen copy of the map on a worker thread."""
        self.progress = QProgressDialog(
            self.tr("Rapport wordt gemaakt…"), self.tr("Annuleren"), 0, 0, self.window
        )
        self.progress.setWindowTitle(self.tr("Rapport (PDF)"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        worker = ReportWorker(self.map.copy(), path, settings.active_language())
        worker.progressed.connect(self._report_progress)
        worker.done.connect(self._report_done)
        worker.failed.connect(self._report_failed)
        worker.cancelled.connect(self._report_cancelled)
        worker.finished.connect(worker.deleteLater)
        self.progress.canceled.connect(worker.cancel)
        self.worker = worker
        self.pdf_action.setEnabled(False)
        worker.start()
        return worker

    def _report_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _report_finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.worker = None
        self.pdf_action.setEnabled(True)

    def _report_done(self, path: str) -> None:
        self._report_finished()
        self.window.statusBar().showMessage(
            self.tr("Rapport opgeslagen: %1").replace("%1", path), 8000
        )

    def _report_failed(self, message: str) -> None:
        self._report_finished()
        QMessageBox.warning(
            self.window,
            self.tr("Rapport (PDF)"),
            self.tr("Het rapport kon niet worden gemaakt: %1").replace("%1", message),
        )

    def _report_cancelled(self) -> None:
        self._report_finished()
        self.window.statusBar().showMessage(self.tr("Rapport geannuleerd."), 5000)

    # -- pictures -----------------------------------------------------------------------------

    def export_png(self) -> None:
        path = self._target(self.tr("Afbeelding exporteren"), "png", "PNG (*.png)")
        if path is not None:
            self.write_picture(path)

    def export_svg(self) -> None:
        path = self._target(self.tr("Tekening exporteren"), "svg", "SVG (*.svg)")
        if path is not None:
            self.write_picture(path)

    def write_picture(self, path: Path) -> None:
        try:
            write_picture(self.window.scene, path, self.map.details.name)
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Exporteren"), str(error))

    # -- open formats -------------------------------------------------------------------------

    def export_json(self) -> None:
        from procesbouw.exchange import export_json

        self._export(
            self.tr("Kaart exporteren (JSON)"), "json", "JSON (*.json)",
            lambda: export_json(self.map).encode("utf-8"),
        )  # fmt: skip

    def export_step_graphml(self) -> None:
        from procesbouw.exchange import export_step_graphml

        self._export(
            self.tr("Stappen exporteren (GraphML)"), "graphml", "GraphML (*.graphml)",
            lambda: export_step_graphml(self.map),
        )  # fmt: skip

    def export_role_graphml(self) -> None:
        from procesbouw.exchange import export_role_graphml

        self._export(
            self.tr("Rolnetwerk exporteren (GraphML)"), "graphml", "GraphML (*.graphml)",
            lambda: export_role_graphml(self.map, self.window.live_analysis.latest),
        )  # fmt: skip

    def export_csv(self) -> None:
        from procesbouw.exchange import CSV_ENCODING, export_steps_csv

        self._export(
            self.tr("Stappen exporteren (CSV)"), "csv", "CSV (*.csv)",
            lambda: export_steps_csv(self.map).encode(CSV_ENCODING),
        )  # fmt: skip

    def export_bpmn(self) -> None:
        from procesbouw.exchange import export_bpmn

        self._export(
            self.tr("Procesmodel exporteren (BPMN 2.0)"), "bpmn", "BPMN 2.0 (*.bpmn)",
            lambda: export_bpmn(self.map),
        )  # fmt: skip

    def import_csv(self, path: Path | None = None) -> bool:
        """Add the steps of a CSV file, chained, as one undo step; bad rows are
        listed by line and nothing is imported."""
        from procesbouw.exchange import ExchangeError, decode_csv, import_steps_csv

        path = path or self._source(self.tr("Stappen uit CSV"), "CSV (*.csv *.txt)")
        if path is None:
            return False
        try:
            text = decode_csv(path.read_bytes())
            result = import_steps_csv(text, self.map, self.map.details.hours_per_day)
            if not self.window.document.add_entities(result.entities(), self.tr("Stappen uit CSV")):
                return False
        except (ExchangeError, ValidationError, OSError) as error:
            QMessageBox.warning(
                self.window, self.tr("CSV kan niet worden ingelezen"), settings.error_text(error)
            )
            return False
        self.window.scene.select_ids([s.id for s in result.steps])
        self.window.view.fit()
        return True

    def import_json(self, source: Path | None = None, target: Path | None = None) -> bool:
        """A JSON export becomes a new map file, opened in its own window."""
        from procesbouw.exchange import ExchangeError, import_json
        from procesbouw.storage.whole_map import create_from_map

        source = source or self._source(self.tr("Kaart uit JSON"), "JSON (*.json)")
        if source is None:
            return False
        try:
            pm = import_json(source.read_bytes().decode("utf-8", errors="strict"))
        except (ExchangeError, OSError, UnicodeDecodeError) as error:
            QMessageBox.warning(
                self.window, self.tr("JSON kan niet worden ingelezen"), settings.error_text(error)
            )
            return False
        target = target or self.ask_new_map_file()
        if target is None:
            return False
        try:
            create_from_map(target, pm).close()
        except (MapFileError, ValidationError) as error:
            QMessageBox.warning(
                self.window, self.tr("Kaart kan niet worden gemaakt"), settings.error_text(error)
            )
            return False
        self.window.open_requested.emit(target)
        return True

    def import_bpmn(self, source: Path | None = None, target: Path | None = None) -> bool:
        """A BPMN 2.0 model becomes a new map file, opened in its own window after
        the summary of what was taken over and what was not."""
        from procesbouw.exchange import ExchangeError, import_bpmn
        from procesbouw.storage.whole_map import create_from_map

        title = self.tr("Kaart uit BPMN 2.0-model")
        source = source or self._source(title, "BPMN 2.0 (*.bpmn *.bpmn2 *.xml)")
        if source is None:
            return False
        try:
            result = import_bpmn(source.read_bytes(), fallback_name=source.stem)
        except (ExchangeError, OSError) as error:
            QMessageBox.warning(
                self.window, self.tr("BPMN-model kan niet worden ingelezen"),
                settings.error_text(error),
            )  # fmt: skip
            return False
        target = target or self.ask_new_map_file()
        if target is None:
            return False
        try:
            create_from_map(target, result.map).close()
        except (MapFileError, ValidationError) as error:
            QMessageBox.warning(
                self.window, self.tr("Kaart kan niet worden gemaakt"), settings.error_text(error)
            )
            return False
        QMessageBox.information(self.window, title, result.summary(settings.active_language()))
        self.window.open_requested.emit(target)
        return True

    def ask_new_map_file(self) -> Path | None:
        return self._target(
            self.tr("Nieuwe kaart opslaan"), "procesbouw", "Procesbouw (*.procesbouw)"
        )

    def import_event_log(self, path: Path | None = None) -> EventLogImport | None:
        """Ask for a log and its columns, then read it off the UI thread; returns the
        running import (its ``finished`` says how it ended), or None when cancelled."""
        path = path or self._source(
            self.tr("Gebeurtenissenlog"), self.tr("Gebeurtenissenlog (*.csv *.txt *.xes)")
        )
        if path is None:
            return None
        flow = self.event_log_flow()
        choice = flow.choose(path)
        if choice is None:
            return None
        flow.start(choice)
        return flow

    def event_log_flow(self) -> EventLogImport:
        """A new event-log import wired to this window (kept until the next one)."""
        # Its modules (the event-log readers, ~50 ms) load on first use, not with the window.
        from ui.event_log_import import EventLogImport

        flow = EventLogImport(self.window, self.window.document, self.ask_new_map_file)  # type: ignore[arg-type]
        flow.opened.connect(self.window.open_requested.emit)
        flow.reported.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        self.event_log = flow
        return flow
