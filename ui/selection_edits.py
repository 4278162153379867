"""Edits of what is selected on the canvas: rename, connect, delete, copy, cut,
paste, duplicate, select all; their actions and when they are enabled.

Every edit goes through the document (one undoable command); a refusal is shown
through ``show_problem``, a storage failure in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from procesbouw.fragment import copy_fragment, paste_fragment
from procesbouw.model import ValidationError
from ui import settings
from ui.canvas import style
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.clipboard import copied_steps, copy_steps
from ui.document import MapDocument

T = TypeVar("T")


class SelectionEdits(QObject):
    """The edit actions on the selection, added to ``window`` (so their shortcuts
    work anywhere in it); the window places them in its menus and toolbar."""

    def __init__(
        self,
        window: QWidget,
        document: MapDocument,
        scene: MapScene,
        view: MapView,
        show_problem: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.scene = scene
        self.view = view
        self.show_problem = show_problem
        Key = QKeySequence.StandardKey
        a = self._action
        self.new_step_action = a(self.tr("Nieuwe stap\tTab"), view.capture_next_step)
        self.new_step_action.setIconText(self.tr("Nieuwe stap"))
        self.new_step_action.setToolTip(self.tr("Nieuwe stap na de geselecteerde (Tab)"))
        self.rename_action = a(self.tr("Naam wijzigen"), self.rename_selected, "F2")
        self.connect_action = a(self.tr("Verbinden"), self.connect_selected, "C")
        self.connect_action.setToolTip(
            self.tr("Verbind de geselecteerde stappen in de volgorde waarin je ze koos (C)")
        )
        self.rework_action = a(self.tr("Terugkoppeling"), self.rework_selected, "T")
        self.rework_action.setToolTip(
            self.tr("Werk gaat terug van de latere naar de eerdere geselecteerde stap (T)")
        )
        self.lay_out_action = a(self.tr("Netjes leggen"), self.lay_out, "Ctrl+L")
        self.lay_out_action.setToolTip(
            self.tr("Leg de kaart in banen per rol, van links naar rechts (Ctrl+L)")
        )
        self.tidy_action = a(self.tr("Netjes houden"), self.keep_tidy)
        self.tidy_action.setCheckable(True)
        self.tidy_action.setChecked(settings.keep_tidy())
        view.keep_tidy = settings.keep_tidy()
        self.delete_action = a(self.tr("Verwijderen"), self.delete_selected, Key.Delete)
        self.delete_action.setShortcuts([QKeySequence(Key.Delete), QKeySequence("Backspace")])
        self.select_all_action = a(self.tr("Alles selecteren"), self.select_all, Key.SelectAll)
        self.copy_action = a(self.tr("Kopiëren"), self.copy_selection, Key.Copy)
        self.cut_action = a(self.tr("Knippen"), self.cut_selection, Key.Cut)
        self.paste_action = a(self.tr("Plakken"), self.paste, Key.Paste)
        self.duplicate_action = a(self.tr("Dupliceren"), self.duplicate, "Ctrl+D")
        # Keys that would act on text being typed elsewhere only act on the canvas.
        for edit in (
            self.delete_action, self.connect_action, self.rename_action, self.rework_action,
        ):  # fmt: skip
            edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(edit)
        if document.read_only:
            for action in (
                self.new_step_action, self.rename_action, self.connect_action,
                self.delete_action, self.cut_action, self.paste_action, self.duplicate_action,
                self.rework_action, self.lay_out_action, self.tidy_action,
            ):  # fmt: skip
                action.setEnabled(False)

    def _action(self, text: str, slot: Callable[[], object], shortcut: object = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def selection_changed(self) -> None:
        """Enable what the selection allows."""
        ids = self.scene.selected_ids()
        editable = not self.document.read_only
        steps = self.scene.selected_step_ids()
        self.delete_action.setEnabled(editable and bool(ids))
        self.connect_action.setEnabled(editable and len(steps) >= 2)
        self.rework_action.setEnabled(editable and len(steps) == 2)
        self.rename_action.setEnabled(editable and len(steps) == 1)
        for action in (self.copy_action, self.duplicate_action, self.cut_action):
            action.setEnabled(bool(steps) and (editable or action is self.copy_action))

    def _run(self, edit: Callable[[], T]) -> T | None:
        """Run an edit and return what it returns (False or None when it was not
        stored: a refusal by the model is shown here, one by the file has been
        shown by the window already, through the document)."""
        try:
            return edit()
        except ValidationError as error:
            self.show_problem(settings.error_text(error))
            return None

    def rename_selected(self) -> None:
        steps = self.scene.selected_step_ids()
        if len(steps) == 1:
            self.view.start_rename(steps[0])

    def select_all(self) -> None:
        self.scene.select_ids(list(self.scene.bricks))

    def connect_selected(self) -> None:
        """Connect the selected steps one after another, in the order they were selected."""
        order = self.scene.steps_in_selection_order()
        if len(order) < 2:
            self.show_problem(self.tr("Selecteer twee of meer stappen om ze te verbinden."))
            return
        self._run(lambda: self.document.connect_in_order(order))

    def rework_selected(self) -> None:
        """A rework flow from the later of two selected steps back to the earlier one,
        with a share of 20 % the facilitator can type over at once."""
        steps = self.scene.steps_in_selection_order()
        if len(steps) != 2:
            self.show_problem(self.tr("Selecteer precies twee stappen voor een terugkoppeling."))
            return
        earlier, later = self.document.in_process_order(steps[0], steps[1])
        flow = self._run(lambda: self.document.add_rework(later, earlier))
        if flow is not None:
            self.scene.select_ids([flow.id])
            self.view.edit_share(flow.id)

    def lay_out(self) -> None:
        """Lay the map out in role lanes (one undo step), then show it readable."""
        if self._run(self.document.lay_out):
            self.scene.refresh_lanes()
            self.view.show_whole_or_start()

    def keep_tidy(self, on: bool) -> None:
        settings.set_keep_tidy(on)
        self.view.keep_tidy = on
        if on:
            self.lay_out()

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

        def paste() -> bool:
            entities = paste_fragment(self.document.map, data, offset)
            if not self.document.add_entities(entities, self.tr("Plakken")):
                return False
            self.scene.select_ids([e.id for e in entities if e.id in self.document.map.steps])
            return True

        self._run(paste)
