"""The main window of one open map: canvas in the centre, docks around it.

Thin by design: it wires actions to the document, the view and the docks.
"""

from __future__ import annotations

import gc
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFocusEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStyle,
    QTabBar,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from procesbouw.session import Phase
from procesbouw.storage.errors import MapWriteError
from ui import settings
from ui.analysis_display import AnalysisDisplay
from ui.canvas.scene import MapScene, Overlays
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
from ui.panels.wording import phase_label
from ui.presentation import Presentation
from ui.room.phase_bar import PhaseBar
from ui.room.session_control import SessionControl
from ui.selection_edits import SelectionEdits
from ui.what_if import WhatIfDialog
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
        self._build_actions()
        self._build_story_actions()
        self.exchange = ExchangeMenu(self)
        self.library = LibraryMenu(self)
        self._build_phase_bar()
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
        self.new_action = a(self.tr("Nieuwe kaart"), lambda: self.new_requested.emit(), Key.New)
        self.open_action = a(self.tr("Openen…"), lambda: self.open_requested.emit(None), Key.Open)
        self.save_action = a(self.tr("Opslaan"), self.files.confirm_saved, Key.Save)
        self.save_as_action = a(self.tr("Opslaan als…"), self.files.save_as, Key.SaveAs)
        self.close_action = a(self.tr("Sluiten"), self.close, Key.Close)
        self.quit_action = a(
            self.tr("Afsluiten"), QGuiApplication.instance().closeAllWindows, Key.Quit
        )
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
        e = self.edits

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
        menu.addActions([e.new_step_action, e.rename_action, e.connect_action, e.rework_action])
        menu.addSeparator()
        menu.addActions([e.lay_out_action, e.tidy_action])
        menu.addSeparator()
        menu.addActions([e.cut_action, e.copy_action, e.paste_action, e.duplicate_action])
        menu.addActions([e.delete_action, e.select_all_action])

        menu = self.menuBar().addMenu(self.tr("&Analyse"))
        menu.addAction(self.what_if_action)

        self.view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.full_screen_action, self.present_action])
        # The role network in place of the canvas (also the Analyse dock's checkbox,
        # which scrolls out of sight on a laptop screen).
        self.network_action = a(
            self.tr("Rolnetwerk"),
            lambda: self.analysis_panel.network_box.setChecked(self.network_action.isChecked()),
            "Ctrl+R",
            checkable=True,
        )
        self.analysis_panel.network_box.toggled.connect(self.network_action.setChecked)
        self.view_menu.addAction(self.network_action)
        self.view_menu.addSeparator()
        self._build_language_menu()
        self.panels_menu = self.view_menu.addMenu(self.tr("Panelen"))
        for dock in self.docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())

        toolbar = self.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("toolbar-main")
        toolbar.setMovable(False)
        toolbar.addActions([self.undo_action, self.redo_action])
        # Undo and redo show an icon, their full text ("Ongedaan maken Verbinden")
        # in the tooltip: a text that grows with each edit made the toolbar jump.
        for action, theme, fallback in (
            (self.undo_action, "edit-undo", QStyle.StandardPixmap.SP_ArrowBack),
            (self.redo_action, "edit-redo", QStyle.StandardPixmap.SP_ArrowForward),
        ):
            action.setIcon(QIcon.fromTheme(theme, self.style().standardIcon(fallback)))
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addSeparator()
        toolbar.addActions([e.new_step_action, e.connect_action, e.rework_action])
        toolbar.addActions([e.delete_action, e.lay_out_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action, self.fit_action])
        toolbar.addSeparator()
        toolbar.addActions([self.what_if_action, self.present_action])
        self.toolbar = toolbar
        if self.document.read_only:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

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

    def _settled(self) -> None:
        """Once the first analysis is shown: the map, its scene, panels and role
        network live as long as the window, so they are kept out of the garbage
        collector's full passes, which otherwise walk all of them (~50–100 ms on a
        5,000-step map) every few edits. Given back when the window closes."""
        self.live_analysis.updated.disconnect(self._settled)
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
        self.what_if_action.setEnabled(len(self.scene.selected_step_ids()) == 1)

    def _show_link(self, link_id: str) -> None:
        """A link just drawn in the role network: its note ready to type in Rollen."""
        self.docks["roles"].show()
        self.docks["roles"].raise_()
        self.roles.links.show_link(link_id)

    def _canvas_menu(self, at: QPoint) -> None:
        e = self.edits
        menu = QMenu(self)
        menu.addActions([e.new_step_action, e.rename_action, e.connect_action, e.rework_action])
        menu.addAction(self.what_if_action)
        menu.addSeparator()
        menu.addActions([e.copy_action, e.paste_action, e.duplicate_action])
        menu.addAction(e.delete_action)
        menu.addSeparator()
        menu.addActions([e.lay_out_action, self.fit_action])
        menu.exec(at)

    def open_what_if(self) -> None:
        steps = self.scene.selected_step_ids()
        if len(steps) != 1:
            self.show_problem(self.tr("Selecteer één stap om te proberen."))
            return
        dialog = WhatIfDialog(self.document, steps[0], self)
        if self.document.read_only:
            dialog.apply_button.setEnabled(False)
        dialog.exec()

    # -- presenting -------------------------------------------------------------------------

    def _build_phase_bar(self) -> None:
        self.addToolBarBreak()
        self.phase_bar = PhaseBar(self.session, self)
        self.addToolBar(self.phase_bar)
        self.phase_bar.reveal_action.setShortcut(QKeySequence("PgDown"))
        self.phase_bar.reveal_requested.connect(self.reveal_next)
        self.session.time_up.connect(self._time_up)
        self.session.changed.connect(self._phase_overlays)
        self.analysis_panel.overlays_changed.connect(self._overlays_chosen)
        self.presentation.active_changed.connect(self._presenting)
        self.presentation.name_action()
        self._own_overlays = self.analysis_panel.overlays()
        self._applying_overlays = False

    def reveal_next(self) -> None:
        """The next hidden connection on the audience screen (PgDown, a clicker's key)."""
        analysis = self.live_analysis.latest
        if analysis is not None:
            pairs = [(c.role_a_id, c.role_b_id) for c in analysis.hidden_connections]
            self.session.reveal_next(pairs)

    def _presenting(self, active: bool) -> None:
        """While the room watches, the canvas overlays are the room's (one scene, two
        views); afterwards the facilitator's own choice comes back."""
        if active:
            self._own_overlays = self.analysis_panel.overlays()
            self._phase_overlays()
        else:
            self._show_overlays(self._own_overlays)

    def _phase_overlays(self) -> None:
        if not self.presentation.active:
            return
        view = self.session.view()
        self._show_overlays(Overlays(view.critical_path, view.bottleneck_heat, view.hotspots))

    def _show_overlays(self, overlays: Overlays) -> None:
        panel = self.analysis_panel
        self._applying_overlays = True  # not the facilitator's choice: no override
        try:
            for box, shown in (
                (panel.critical_box, overlays.critical_path),
                (panel.heat_box, overlays.bottleneck_heat),
                (panel.hotspot_box, overlays.hotspots),
            ):
                if box.isChecked() != shown:
                    box.setChecked(shown)
        finally:
            self._applying_overlays = False

    def _overlays_chosen(self, overlays: Overlays) -> None:
        """The facilitator ticked an overlay while presenting: that overrides the phase."""
        if not self.presentation.active or self._applying_overlays:
            return
        view = self.session.view()
        chosen = replace(
            view,
            critical_path=overlays.critical_path,
            bottleneck_heat=overlays.bottleneck_heat,
            hotspots=overlays.hotspots,
        )
        if chosen != view:
            self.session.set_override(chosen)

    def _time_up(self, phase: Phase) -> None:
        self.statusBar().showMessage(
            self.tr("De tijd voor %1 is om.").replace("%1", phase_label(phase)), 15000
        )

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())
