"""The role links the team names ("we bellen elkaar bij spoed"): a list in the
Rollen dock, with the note of the selected link and a button to remove it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from procesbouw.model import RoleLink, ValidationError
from ui import settings
from ui.document import MapDocument
from ui.panels.fields import Field


class RoleLinksBox(QWidget):
    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        self.list = QListWidget()
        self.list.setMaximumHeight(84)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.note = Field(placeholder=self.tr("bijv. we bellen elkaar bij spoed"))
        self.note.submitted.connect(self._set_note)
        self.remove_button = QPushButton(self.tr("Verbinding verwijderen"))
        self.remove_button.clicked.connect(self.remove_current)
        title = QLabel(self.tr("Verbindingen die het team noemt"))
        title.setStyleSheet("font-weight: 600;")
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Notitie")))
        note_row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list)
        layout.addLayout(note_row)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def current_link(self) -> RoleLink | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.document.map.role_links.get(item.data(Qt.ItemDataRole.UserRole))

    def refresh(self) -> None:
        current = self.current_link()
        roles = self.document.map.roles
        self.list.blockSignals(True)
        self.list.clear()
        for link in self.document.map.role_links.values():
            text = f"{roles[link.role_a_id].name} — {roles[link.role_b_id].name}"
            if link.note:
                text += f"\n“{link.note}”"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            item.setToolTip(link.note)
            self.list.addItem(item)
            if current is not None and link.id == current.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        link = self.current_link()
        editable = link is not None and not self.document.read_only
        self.note.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.note.set_value(link.note if link else "")

    def show_link(self, link_id: str) -> None:
        """Select ``link_id`` and put the cursor in its note, ready to type."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == link_id:
                self.list.setCurrentRow(row)
        self.note.editor.setFocus()

    def _set_note(self, value: object) -> None:
        link = self.current_link()
        if link is None:
            return
        try:
            self.document.change(link, self.tr("Notitie wijzigen"), note=str(value).strip())
        except ValidationError as error:
            self.note.show_error(settings.error_text(error))

    def remove_current(self) -> None:
        link = self.current_link()
        if link is not None:
            self.document.unlink_roles(link.id)
