"""The main window of one open map: canvas in the centre, docks around it.

Thin by design: it wires actions to the document, the view and the docks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QGraphicsView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from procesbouw.fragment import copy_fragment, paste_fragment
from procesbouw.model import ValidationError
from procesbouw.storage.errors import MapFileError
from ui import settings
from ui.canvas import style
from ui.canvas.figures_banner import FiguresBanner
from ui.canvas.role_network import RoleNetworkScene
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.clipboard import copied_steps, copy_steps
from ui.document import MapDocument
from ui.exchange_menu import ExchangeMenu
from ui.first_paint import FirstPaint
from ui.live_analysis import LiveAnalysis
from ui.panels.analysis import AnalysisPanel
from ui.panels.experiments import ExperimentsPanel
from ui.panels.findings import FindingsPanel
from ui.panels.properties import PropertiesPanel
from ui.panels.roles import RolesPanel
from ui.panels.scrolling import scrolling
from ui.panels.snapshots import SnapshotsPanel
from ui.presentation import Presentation
from ui.what_if import WhatIfDialog

MAP_FILTER = "Procesbouw (*.procesbouw)"


class MainWindow(QMainWindow):
    """``open_requested`` (Path or None), ``new_requested`` and ``closed`` go to
    the app, which owns the windows."""

    open_requested = Signal(object)
    new_requested = Signal()
    closed = Signal(object)

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        self.scene = MapScene(document)
        # Owned by the window, so it is destroyed after the window's connections are
        # gone: its dying items then never reach a slot of a half-destroyed window.
        self.scene.setParent(self)
        self.view = MapView(self.scene)
        self.role_network = RoleNetworkScene()
        self.role_view = QGraphicsView(self.role_network)
        self.role_view.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.banner = FiguresBanner(self.view.viewport())
        self.centre = QStackedWidget()
        self.centre.addWidget(self.view)
        self.centre.addWidget(self.role_view)
        self.setCentralWidget(self.centre)
        self.setDockNestingEnabled(True)
        self.docks: dict[str, QDockWidget] = {}
        self.roles = RolesPanel(document)
        self.properties = PropertiesPanel(document, self.scene.selected_ids)
        self.properties.setMinimumWidth(320)
        self.analysis_panel = AnalysisPanel(settings.active_language())
        self.live_analysis = LiveAnalysis(document)
        history = QUndoView(document.undo_stack)
        history.setEmptyLabel(self.tr("Geopend"))
        self._add_dock("roles", self.tr("Rollen"), self.roles, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock(
            "properties",
            self.tr("Eigenschappen"),
            self.properties,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        # The analysis gets a full-height column: it is what the room looks at.
        self._add_dock(
            "analysis",
            self.tr("Analyse"),
            scrolling(self.analysis_panel),
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self._add_dock(
            "history", self.tr("Geschiedenis"), history, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.tabifyDockWidget(self.docks["roles"], self.docks["history"])
        self.docks["roles"].raise_()
        self.resizeDocks(
            [self.docks["roles"], self.docks["analysis"]], [340, 430], Qt.Orientation.Horizontal
        )
        self.docks["history"].hide()
        self._add_story_docks()
        self.saved_label = QLabel()
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.presentation = Presentation(self)
        self._build_actions()
        self._build_story_actions()
        self.exchange = ExchangeMenu(self)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.message.connect(self.show_problem)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.context_menu_requested.connect(self._canvas_menu)
        self.live_analysis.updated.connect(self._show_analysis)
        self.analysis_panel.overlays_changed.connect(self._show_analysis)
        self.analysis_panel.entry_activated.connect(self.select_and_centre)
        self.analysis_panel.role_network_toggled.connect(self.show_role_network)
        document.changed.connect(self._update_title)
        document.failed.connect(self._storage_failed)
        document.undo_stack.cleanChanged.connect(self._update_title)
        self._update_title()
        self.resize(1400, 860)
        self._restore_layout()
        self._selection_changed()
        # The first analysis (and networkx) only after the window has been seen.
        self._first_paint = FirstPaint(self, self.live_analysis.schedule)

    # -- construction -----------------------------------------------------------------

    def _add_dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock

    def _add_story_docks(self) -> None:
        """Bevindingen, Experimenten and Momentopnamen, as tabs beside the analysis."""
        self.findings = FindingsPanel(self.document, self.scene.selected_ids)
        self.experiments = ExperimentsPanel(self.document)
        self.snapshots = SnapshotsPanel(self.document)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self._add_dock("findings", self.tr("Bevindingen"), self.findings, right)
        self._add_dock("experiments", self.tr("Experimenten"), self.experiments, right)
        self._add_dock("snapshots", self.tr("Momentopnamen"), self.snapshots, right)
        for key in ("findings", "experiments", "snapshots"):
            self.tabifyDockWidget(self.docks["analysis"], self.docks[key])
        self.docks["analysis"].raise_()
        self.findings.linked_selected.connect(self.show_finding_links)
        self.findings.message.connect(self.show_problem)

    def show_finding_links(self, ids: set[str]) -> None:
        """Highlight (and bring into view) the steps and flows a finding names."""
        self.scene.highlight_ids(ids)
        if ids:
            self.view.centre_on_ids(list(ids))

    def _build_story_actions(self) -> None:
        def show(key: str) -> None:
            self.docks[key].show()
            self.docks[key].raise_()

        def finding_from_selection() -> None:
            show("findings")
            self.findings.finding_from_selection()

        def new_experiment() -> None:
            show("experiments")
            self.experiments.new_experiment()

        def map_photo() -> None:
            show("findings")
            self.findings.map_photos.choose_files()

        def snapshot() -> None:
            show("snapshots")
            self.snapshots.ask_snapshot()

        a = self._action
        self.finding_action = a(self.tr("Bevinding bij selectie"), finding_from_selection, "Ctrl+B")
        self.experiment_action = a(self.tr("Nieuw experiment"), new_experiment)
        self.map_photo_action = a(self.tr("Foto van het bouwwerk toevoegen…"), map_photo)
        self.snapshot_action = a(self.tr("Momentopname maken…"), snapshot)
        menu = self.menuBar().addMenu(self.tr("&Sessie"))
        menu.addActions([self.finding_action, self.experiment_action, self.map_photo_action])
        menu.addSeparator()
        menu.addAction(self.snapshot_action)
        for action in menu.actions():
            action.setEnabled(not self.document.read_only)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        Key = QKeySequence.StandardKey
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.undo_action.setShortcut(Key.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setShortcut(Key.Redo)
        a = self._action
        self.new_action = a(self.tr("Nieuwe kaart…"), self.new_requested.emit, Key.New)
        self.open_action = a(self.tr("Openen…"), lambda: self.open_requested.emit(None), Key.Open)
        self.save_action = a(self.tr("Opslaan"), self._confirm_saved, Key.Save)
        self.save_as_action = a(self.tr("Opslaan als…"), self.save_as, Key.SaveAs)
        self.close_action = a(self.tr("Sluiten"), self.close, Key.Close)
        self.quit_action = a(
            self.tr("Afsluiten"), QGuiApplication.instance().closeAllWindows, Key.Quit
        )
        self.new_step_action = a(self.tr("Nieuwe stap\tTab"), self.view.capture_next_step)
        self.new_step_action.setIconText(self.tr("Nieuwe stap"))
        self.rename_action = a(self.tr("Naam wijzigen"), self._rename_selected, "F2")
        self.connect_action = a(self.tr("Verbinden"), self.connect_selected, "C")
        self.delete_action = a(self.tr("Verwijderen"), self.delete_selected, Key.Delete)
        self.delete_action.setShortcuts([QKeySequence(Key.Delete), QKeySequence("Backspace")])
        self.select_all_action = a(self.tr("Alles selecteren"), self._select_all, Key.SelectAll)
        self.copy_action = a(self.tr("Kopiëren"), self.copy_selection, Key.Copy)
        self.cut_action = a(self.tr("Knippen"), self.cut_selection, Key.Cut)
        self.paste_action = a(self.tr("Plakken"), self.paste, Key.Paste)
        self.duplicate_action = a(self.tr("Dupliceren"), self.duplicate, "Ctrl+D")
        self.zoom_in_action = a(self.tr("Inzoomen"), self.view.zoom_in, Key.ZoomIn)
        self.zoom_in_action.setShortcuts([QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = a(self.tr("Uitzoomen"), self.view.zoom_out, Key.ZoomOut)
        self.fit_action = a(self.tr("Passend maken"), self.view.fit, "Ctrl+0")
        self.what_if_action = a(self.tr("Wat als…"), self.open_what_if, "Ctrl+Shift+W")
        self.full_screen_action = a(
            self.tr("Volledig scherm"), self.toggle_full_screen, "F11", checkable=True
        )
        self.present_action = a(
            self.tr("Presentatiemodus"), self.presentation.toggle, "F5", checkable=True
        )
        self.leave_action = a(self.tr("Presentatie verlaten"), self.presentation.leave, "Esc")
        self.leave_action.setEnabled(False)  # only while presenting, so Escape stays free
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        for edit in (self.delete_action, self.connect_action, self.rename_action):
            edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(edit)

        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        menu.addActions([self.new_action, self.open_action])
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        self.export_menu = menu.addMenu(self.tr("Exporteren"))
        self.import_menu = menu.addMenu(self.tr("Importeren"))
        menu.addSeparator()
        menu.addActions([self.close_action, self.quit_action])

        menu = self.menuBar().addMenu(self.tr("Be&werken"))
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions([self.new_step_action, self.rename_action, self.connect_action])
        menu.addSeparator()
        menu.addActions(
            [self.cut_action, self.copy_action, self.paste_action, self.duplicate_action]
        )
        menu.addActions([self.delete_action, self.select_all_action])

        menu = self.menuBar().addMenu(self.tr("&Analyse"))
        menu.addAction(self.what_if_action)

        self.view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.full_screen_action, self.present_action])
        self.view_menu.addSeparator()
        self._build_language_menu()
        self.panels_menu = self.view_menu.addMenu(self.tr("Panelen"))
        for dock in self.docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())

        toolbar = self.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("toolbar-main")
        toolbar.setMovable(False)
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.new_step_action, self.connect_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action, self.fit_action])
        toolbar.addSeparator()
        toolbar.addActions([self.what_if_action, self.present_action])
        self.toolbar = toolbar
        self.new_step_action.setToolTip(self.tr("Nieuwe stap na de geselecteerde (Tab)"))
        if self.document.read_only:
            for action in (
                self.new_step_action, self.rename_action, self.connect_action,
                self.delete_action, self.cut_action, self.paste_action, self.duplicate_action,
                self.undo_action, self.redo_action,
            ):  # fmt: skip
                action.setEnabled(False)

    def _build_language_menu(self) -> None:
        menu = self.view_menu.addMenu(self.tr("Taal"))
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(settings.language() == code)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            group.addAction(action)

    def _choose_language(self, code: str) -> None:
        settings.set_language(code)
        if code != settings.active_language():
            self.statusBar().showMessage(
                self.tr("De nieuwe taal geldt vanaf de volgende start van Procesbouw."), 8000
            )

    # -- window state -------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.window_state("docks")
        if state is not None:
            self.restoreState(state)

    def _update_title(self, *_: object) -> None:
        name = self.document.map.details.name
        suffix = self.tr(" [alleen-lezen]") if self.document.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — Procesbouw")
        self.setWindowFilePath(str(self.document.file.path))
        if self.document.read_only:
            self.saved_label.setText(self.tr("Alleen-lezen: wijzigingen zijn niet mogelijk"))
        else:
            self.saved_label.setText(self.tr("Alle wijzigingen zijn opgeslagen"))

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")

    def _storage_failed(self, text: str) -> None:
        QMessageBox.critical(self, self.tr("Opslaan mislukt"), text)

    def show_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _confirm_saved(self) -> None:
        self.statusBar().showMessage(
            self.tr("Procesbouw bewaart elke wijziging direct: er is niets meer op te slaan."),
            5000,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presentation.leave()
        settings.save_window_state("geometry", self.saveGeometry())
        settings.save_window_state("docks", self.saveState())
        # Text still being typed (a story, a note) is stored when its field loses
        # focus; let that happen while the map file is still open.
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()
        self.document.close()
        self.closed.emit(self)
        super().closeEvent(event)

    # -- edits ----------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        ids = self.scene.selected_ids()
        self.properties.show_selection()
        editable = not self.document.read_only
        steps = self.scene.selected_step_ids()
        self.delete_action.setEnabled(editable and bool(ids))
        self.connect_action.setEnabled(editable and len(steps) == 2)
        self.rename_action.setEnabled(editable and len(steps) == 1)
        self.what_if_action.setEnabled(len(steps) == 1)
        for action in (self.copy_action, self.duplicate_action, self.cut_action):
            action.setEnabled(bool(steps) and (editable or action is self.copy_action))

    def _show_analysis(self, *_: object) -> None:
        analysis = self.live_analysis.latest
        if analysis is None:
            return
        self.scene.show_analysis(analysis, self.analysis_panel.overlays())
        self.show_banner()
        self.analysis_panel.show_analysis(analysis, self.document.map)
        if self.centre.currentWidget() is self.role_view:
            self._draw_role_network()

    def _canvas_menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.new_step_action, self.rename_action, self.connect_action])
        menu.addAction(self.what_if_action)
        menu.addSeparator()
        menu.addActions([self.copy_action, self.paste_action, self.duplicate_action])
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.fit_action)
        menu.exec(at)

    def show_banner(self) -> None:
        self.banner.show_analysis(
            self.live_analysis.latest,
            self.document.map.details.hours_per_day,
            settings.active_language(),
        )

    def _draw_role_network(self) -> None:
        analysis = self.live_analysis.latest
        if analysis is None:
            return
        labels = {
            "flows": self.tr("werkt samen via overdrachten"),
            "hidden": self.tr("verborgen verbinding (niet getekend)"),
            "unused": self.tr("getekend, maar zonder overdrachten"),
            "broker": self.tr("spilfunctie: werk tussen anderen loopt via deze rol"),
        }
        self.role_network.show_network(analysis, self.document.map, labels)
        rect = self.role_network.itemsBoundingRect().adjusted(-40, -40, 40, 40)
        self.role_view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def show_role_network(self, shown: bool) -> None:
        self.centre.setCurrentWidget(self.role_view if shown else self.view)
        if shown:
            self._draw_role_network()

    def select_and_centre(self, ids: list[str]) -> None:
        self.show_role_network(False)
        self.analysis_panel.network_box.setChecked(False)
        self.scene.select_ids(ids)
        self.view.centre_on_ids(ids)

    def open_what_if(self) -> None:
        steps = self.scene.selected_step_ids()
        if len(steps) != 1:
            self.show_problem(self.tr("Selecteer één stap om te proberen."))
            return
        dialog = WhatIfDialog(self.document, steps[0], self)
        if self.document.read_only:
            dialog.apply_button.setEnabled(False)
        dialog.exec()

    def _rename_selected(self) -> None:
        steps = self.scene.selected_step_ids()
        if len(steps) == 1:
            self.view.start_rename(steps[0])

    def _select_all(self) -> None:
        self.scene.select_ids(list(self.scene.bricks))

    def _run(self, edit: object) -> bool:
        try:
            edit()  # type: ignore[operator]
        except ValidationError as error:
            self.show_problem(str(error))
            return False
        except MapFileError as error:
            QMessageBox.critical(self, self.tr("Opslaan mislukt"), settings.error_text(error))
            return False
        return True

    def connect_selected(self) -> None:
        """Connect two selected bricks, left one to right one."""
        steps = [self.document.map.steps[i] for i in self.scene.selected_step_ids()]
        if len(steps) != 2:
            self.show_problem(self.tr("Selecteer precies twee stappen om ze te verbinden."))
            return
        first, second = sorted(steps, key=lambda s: (s.x, s.y))
        self._run(lambda: self.document.connect(first.id, second.id))

    def delete_selected(self) -> None:
        ids = self.scene.selected_ids()
        pm = self.document.map
        linked = {
            f.id for f in pm.findings.values() for i in ids if i in f.step_ids or i in f.flow_ids
        }
        if self._run(lambda: self.document.remove(ids)) and linked:
            self.show_problem(
                self.tr(
                    "%n bevinding(en) verloren een koppeling. Ongedaan maken herstelt die.",
                    "",
                    len(linked),
                )
            )

    def copy_selection(self) -> None:
        steps = self.scene.selected_step_ids()
        if steps:
            copy_steps(self.document.map, steps)

    def cut_selection(self) -> None:
        self.copy_selection()
        self.delete_selected()

    def paste(self) -> None:
        data = copied_steps()
        if data is None:
            self.show_problem(self.tr("Het klembord bevat geen stappen uit Procesbouw."))
            return
        self._paste_data(data)

    def duplicate(self) -> None:
        steps = self.scene.selected_step_ids()
        if steps:
            self._paste_data(copy_fragment(self.document.map, steps))

    def _paste_data(self, data: object) -> None:
        offset = (style.PASTE_OFFSET, style.PASTE_OFFSET)

        def paste() -> None:
            entities = paste_fragment(self.document.map, data, offset)
            self.document.add_entities(entities, self.tr("Plakken"))
            self.scene.select_ids([e.id for e in entities if e.id in self.document.map.steps])

        self._run(paste)

    def save_as(self) -> None:
        start = str(
            self.document.file.path.with_name(self.document.file.path.stem + " kopie.procesbouw")
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Opslaan als"), start, MAP_FILTER)
        if path:
            self.save_as_path(Path(path))

    def save_as_path(self, path: Path) -> None:
        if path.suffix != ".procesbouw":
            path = path.with_suffix(".procesbouw")
        try:
            self.document.file.save_as(path)
        except MapFileError as error:
            QMessageBox.warning(self, self.tr("Opslaan als"), settings.error_text(error))
            return
        settings.remember_map(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Verder in %1").replace("%1", str(path)), 6000)

    # -- presenting -------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())
