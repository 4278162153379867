"""The main window of one open map: canvas in the centre, docks around it.

Thin by design: it wires actions to the document, the view and the docks.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFocusEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from procesbouw.storage.errors import MapWriteError
from ui import settings
from ui.analysis_display import AnalysisDisplay
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.document import Gesture, MapDocument, WriteFailure
from ui.exchange_menu import ExchangeMenu
from ui.file_actions import FileActions
from ui.first_paint import FirstPaint
from ui.library_menu import LibraryMenu
from ui.message_bar import MessageBar
from ui.panels.experiments import ExperimentsPanel
from ui.panels.findings import FindingsPanel
from ui.panels.properties import PropertiesPanel
from ui.panels.roles import RolesPanel
from ui.panels.scrolling import scrolling
from ui.panels.snapshots import SnapshotsPanel
from ui.presentation import Presentation
from ui.room.phase_controls import PhaseControls
from ui.room.session_control import SessionControl
from ui.selection_edits import SelectionEdits
from ui.window_menus import WindowMenus, window_action
from ui.window_sizing import WindowSizing


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
        self.display = AnalysisDisplay(document, self.scene, self.view)
        # The display's parts, by the names the rest of the window (and its tests) use.
        self.live_analysis = self.display.live_analysis
        self.analysis_panel = self.display.panel
        self.role_network = self.display.role_network
        self.role_view = self.display.role_view
        self.centre = self.display.centre
        self.message_bar = MessageBar()
        self.files = FileActions(self)
        self.files.moved.connect(self._update_title)
        self.message_bar.save_as_requested.connect(self.files.save_as)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.centre, 1)
        self.setCentralWidget(central)
        self.setDockNestingEnabled(True)
        self.docks: dict[str, QDockWidget] = {}
        self.roles = RolesPanel(document)
        self.properties = PropertiesPanel(document, self.scene.selected_ids)
        self.properties.setMinimumWidth(320)
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
        self.session = SessionControl(document, self)
        self.presentation = Presentation(self)
        self.edits = SelectionEdits(self, document, self.scene, self.view, self.show_problem)
        self.view.role_for_new_step = self.roles.chosen_role_id
        self.roles.role_chosen.connect(lambda _: self.view.setFocus())
        self.display.link_drawn.connect(self._show_link)
        self.menus = WindowMenus(self)
        # By the names the presentation and the exchange menu look for.
        self.present_action = self.menus.present_action
        self.leave_action = self.menus.leave_action
        self.export_menu = self.menus.export_menu
        self.import_menu = self.menus.import_menu
        self._build_story_actions()
        self.exchange = ExchangeMenu(self)
        self.library = LibraryMenu(self)
        self.phase_controls = PhaseControls(self)
        self.phase_bar = self.phase_controls.bar
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.message.connect(self.show_problem)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.context_menu_requested.connect(self._canvas_menu)
        document.changed.connect(self._update_title)
        # After the page has stored the new name (it connected first).
        self.properties.details_page.fields["name"].submitted.connect(self.files.offer_file_rename)
        document.failed.connect(self._write_failed)
        document.undo_stack.cleanChanged.connect(self._update_title)
        self._update_title()
        if document.read_only:
            self.show_notice(
                self.tr(
                    "Deze kaart is alleen-lezen geopend: wijzigen kan niet. Kies 'Opslaan als…' "
                    "om in een kopie verder te werken."
                ),
                offer_save_as=True,
            )
        self.sizing = WindowSizing(self)
        self.sizing.restore()
        self._unclip_dock_tabs()
        self.tabifiedDockWidgetActivated.connect(lambda _: self._unclip_dock_tabs())
        self._selection_changed()
        # The first analysis (and networkx) only after the window has been seen.
        self._first_paint = FirstPaint(self, self.live_analysis.schedule)
        self.live_analysis.updated.connect(self._settled)

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

        def a(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            return window_action(self, text, slot, shortcut)

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

    # -- window state -------------------------------------------------------------------

    def _settled(self) -> None:
        """Once the first analysis is shown, what writing needs (SQLAlchemy, ~150 ms)
        is loaded, not by the first edit. Then the map, its scene, panels and role
        network live as long as the window, so they are kept out of the garbage
        collector's full passes, which otherwise walk all of them (~50–100 ms on a
        5,000-step map) every few edits. Given back when the window closes."""
        self.live_analysis.updated.disconnect(self._settled)
        self.document.file.prepare_for_edits()
        gc.freeze()

    def _unclip_dock_tabs(self) -> None:
        """Dock tabs show their whole title ("Bevindingen", not "Bevindin…"): the
        dock column is made wide enough for its tabs instead of eliding them."""
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self:  # the main window's own dock tab bars
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(False)
                bar.setExpanding(False)

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

    def _write_failed(self, failure: WriteFailure) -> None:
        """The file refused a change; the map is back at its last saved state. Say so
        where it stays visible, with the real cause and the way out."""
        error = failure.error
        if failure.gesture is Gesture.EDIT:
            text = settings.error_text(error)
        else:
            cause = settings.error_text(error)
            if isinstance(error, MapWriteError):
                nl, en = error.cause.value
                cause = en if settings.active_language() == "en" else nl
            if failure.gesture is Gesture.UNDO:
                text = self.tr(
                    "Ongedaan maken kon niet worden opgeslagen: %1. Er is niets verloren; de "
                    "kaart is nog zoals hij was en 'Ongedaan maken' staat nog klaar."
                )
            else:
                text = self.tr(
                    "Opnieuw uitvoeren kon niet worden opgeslagen: %1. Er is niets verloren; "
                    "de kaart is nog zoals hij was en 'Opnieuw' staat nog klaar."
                )
            text = text.replace("%1", cause)
        self.message_bar.show_message(text, problem=True, offer_save_as=True)

    def show_notice(self, text: str, offer_save_as: bool = False) -> None:
        """Something about this map the facilitator should know (read-only, a journal
        set aside): shown at the top of the window until closed."""
        self.message_bar.show_message(text, problem=False, offer_save_as=offer_save_as)

    def show_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presentation.leave()
        self.sizing.save()
        self.session.record_time()
        # Text still being typed (a story, a note) is stored when its field loses
        # focus; let that happen while the map file is still open. The window's own
        # focus widget, not the application's: after Ctrl+C in a terminal the
        # terminal is the active window and the app has no focus widget at all.
        focused = self.focusWidget()
        if focused is not None:
            QApplication.sendEvent(
                focused, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
            )
        self.document.close()
        self.closed.emit(self)
        gc.unfreeze()
        super().closeEvent(event)

    # -- edits ----------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        # The Rollen dock follows the selected step, so the next step (Tab) takes
        # its role unless the facilitator picks another role there first.
        steps = self.scene.selected_step_ids()
        role_id = self.document.map.steps[steps[-1]].role_id if len(steps) == 1 else None
        if role_id is not None:
            self.roles.select_role(role_id)
        self.properties.show_selection()
        self.edits.selection_changed()
        self.menus.what_if_action.setEnabled(len(self.scene.selected_step_ids()) == 1)

    def _show_link(self, link_id: str) -> None:
        """A link just drawn in the role network: its note ready to type in Rollen."""
        self.docks["roles"].show()
        self.docks["roles"].raise_()
        self.roles.links.show_link(link_id)

    def _canvas_menu(self, at: QPoint) -> None:
        e = self.edits
        menu = QMenu(self)
        menu.addActions([e.new_step_action, e.rename_action, e.connect_action, e.rework_action])
        menu.addAction(self.menus.what_if_action)
        menu.addSeparator()
        menu.addActions([e.copy_action, e.paste_action, e.duplicate_action])
        menu.addAction(e.delete_action)
        menu.addSeparator()
        menu.addActions([e.lay_out_action, self.menus.fit_action])
        menu.exec(at)

    def open_what_if(self) -> None:
        steps = self.scene.selected_step_ids()
        if len(steps) != 1:
            self.show_problem(self.tr("Selecteer één stap om te proberen."))
            return
        from ui.what_if import WhatIfDialog  # loaded when first asked for

        dialog = WhatIfDialog(self.document, steps[0], self)
        if self.document.read_only:
            dialog.apply_button.setEnabled(False)
        dialog.exec()

    # -- presenting -------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.menus.full_screen_action.setChecked(self.isFullScreen())
