"""The main window's menu bar and toolbar, and the window-wide actions in them:
file, undo and redo, zoom, what-if, full screen, presenting, the role network,
the language and the panels.

The selection's edits come from ``SelectionEdits``; the Sessie and
Teambibliotheek menus are added by their own modules after these.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMenuBar,
    QStatusBar,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from ui import settings

if TYPE_CHECKING:  # named for the window's shape only
    from ui.canvas.view import MapView
    from ui.document import MapDocument
    from ui.file_actions import FileActions
    from ui.panels.analysis import AnalysisPanel
    from ui.presentation import Presentation
    from ui.selection_edits import SelectionEdits

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def window_action(
    window: QWidget,
    text: str,
    slot: Callable[..., object],
    shortcut: Shortcut = None,
    checkable: bool = False,
) -> QAction:
    """An action of ``window``: its shortcut works anywhere in the window."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class MenuWindow(Protocol):
    """What the menus need of the main window (named here so the window can import
    this module, not the other way round)."""

    document: MapDocument
    view: MapView
    files: FileActions
    edits: SelectionEdits
    presentation: Presentation
    analysis_panel: AnalysisPanel
    docks: dict[str, QDockWidget]
    open_requested: SignalInstance
    new_requested: SignalInstance

    def open_what_if(self) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def close(self) -> bool: ...
    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def addToolBar(self, title: str) -> QToolBar: ...
    def style(self) -> QStyle: ...


class WindowMenus(QObject):
    """Builds Bestand, Bewerken, Analyse and Beeld, and the toolbar, on ``window``."""

    def __init__(self, window: MenuWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        # The same object as a widget: the actions' parent, where their shortcuts work.
        self.widget: QWidget = window  # type: ignore[assignment]
        widget = self.widget
        Key = QKeySequence.StandardKey
        stack = window.document.undo_stack
        self.undo_action = stack.createUndoAction(widget, self.tr("Ongedaan maken"))
        self.undo_action.setShortcut(Key.Undo)
        self.redo_action = stack.createRedoAction(widget, self.tr("Opnieuw"))
        self.redo_action.setShortcut(Key.Redo)

        def a(text: str, slot: Callable[..., object], shortcut: Shortcut = None) -> QAction:
            return window_action(widget, text, slot, shortcut)

        files, view = window.files, window.view
        self.new_action = a(self.tr("Nieuwe kaart"), lambda: window.new_requested.emit(), Key.New)
        self.open_action = a(self.tr("Openen…"), lambda: window.open_requested.emit(None), Key.Open)
        self.save_action = a(self.tr("Opslaan"), files.confirm_saved, Key.Save)
        self.save_as_action = a(self.tr("Opslaan als…"), files.save_as, Key.SaveAs)
        self.close_action = a(self.tr("Sluiten"), window.close, Key.Close)
        self.quit_action = a(
            self.tr("Afsluiten"), QGuiApplication.instance().closeAllWindows, Key.Quit
        )
        self.zoom_in_action = a(self.tr("Inzoomen"), view.zoom_in, Key.ZoomIn)
        self.zoom_in_action.setShortcuts([QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = a(self.tr("Uitzoomen"), view.zoom_out, Key.ZoomOut)
        self.fit_action = a(self.tr("Passend maken"), view.fit, "Ctrl+0")
        self.what_if_action = a(self.tr("Wat als…"), window.open_what_if, "Ctrl+Shift+W")
        self.full_screen_action = window_action(
            widget, self.tr("Volledig scherm"), window.toggle_full_screen, "F11", checkable=True
        )
        presentation = window.presentation
        self.present_action = window_action(
            widget, self.tr("Presentatiemodus"), presentation.toggle, "F5", checkable=True
        )
        self.leave_action = a(self.tr("Presentatie verlaten"), presentation.leave, "Esc")
        self.leave_action.setEnabled(False)  # only while presenting, so Escape stays free
        widget.addAction(self.undo_action)
        widget.addAction(self.redo_action)
        self._build_menus()
        self.toolbar = self._build_toolbar()
        if window.document.read_only:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

    def _build_menus(self) -> None:
        window, e = self.window, self.window.edits
        bar = window.menuBar()
        menu = bar.addMenu(self.tr("&Bestand"))
        menu.addActions([self.new_action, self.open_action])
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        self.export_menu = menu.addMenu(self.tr("Exporteren"))
        self.import_menu = menu.addMenu(self.tr("Importeren"))
        menu.addSeparator()
        menu.addActions([self.close_action, self.quit_action])

        menu = bar.addMenu(self.tr("Be&werken"))
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions([e.new_step_action, e.rename_action, e.connect_action, e.rework_action])
        menu.addSeparator()
        menu.addActions([e.lay_out_action, e.tidy_action])
        menu.addSeparator()
        menu.addActions([e.cut_action, e.copy_action, e.paste_action, e.duplicate_action])
        menu.addActions([e.delete_action, e.select_all_action])

        menu = bar.addMenu(self.tr("&Analyse"))
        menu.addAction(self.what_if_action)

        self.view_menu = bar.addMenu(self.tr("Beel&d"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.full_screen_action, self.present_action])
        # The role network in place of the canvas (also the Analyse dock's checkbox,
        # which scrolls out of sight on a laptop screen).
        network_box = window.analysis_panel.network_box
        self.network_action = window_action(
            self.widget,
            self.tr("Rolnetwerk"),
            lambda: network_box.setChecked(self.network_action.isChecked()),
            "Ctrl+R",
            checkable=True,
        )
        network_box.toggled.connect(self.network_action.setChecked)
        self.view_menu.addAction(self.network_action)
        self.view_menu.addSeparator()
        self._build_language_menu()
        self.panels_menu = self.view_menu.addMenu(self.tr("Panelen"))
        for dock in window.docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())

    def _build_toolbar(self) -> QToolBar:
        window, e = self.window, self.window.edits
        toolbar = window.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("toolbar-main")
        toolbar.setMovable(False)
        toolbar.addActions([self.undo_action, self.redo_action])
        # Undo and redo show an icon, their full text ("Ongedaan maken Verbinden")
        # in the tooltip: a text that grows with each edit made the toolbar jump.
        for action, theme, fallback in (
            (self.undo_action, "edit-undo", QStyle.StandardPixmap.SP_ArrowBack),
            (self.redo_action, "edit-redo", QStyle.StandardPixmap.SP_ArrowForward),
        ):
            action.setIcon(QIcon.fromTheme(theme, window.style().standardIcon(fallback)))
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
        return toolbar

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
            self.window.statusBar().showMessage(
                self.tr("De nieuwe taal geldt vanaf de volgende start van Procesbouw."), 8000
            )
