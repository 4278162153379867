"""Rollen: the roles of the map with their kind and LEGO colour, and the links
between roles the team names.

Capture is role-first: the role chosen here is the role of the next new step
(``chosen_role_id``); a role dragged from the list onto a brick gives it that
role; two roles selected and "Verbinden" draws a role link."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from procesbouw.events import MapEvent
from procesbouw.model import Role, RoleKind, RoleLink, Step, ValidationError
from ui import settings
from ui.canvas import style
from ui.document import MapDocument
from ui.panels.fields import ChoiceField, Field
from ui.panels.role_links import RoleLinksBox


def colour_icon(colour: str, size: int = 18) -> QIcon:
    """A small LEGO-brick swatch in ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    painter.setPen(fill.darker(150))
    painter.setBrush(fill)
    painter.drawRoundedRect(1, 4, size - 2, size - 5, 3, 3)
    painter.drawRoundedRect(4, 1, 4, 4, 1, 1)
    painter.drawRoundedRect(size - 8, 1, 4, 4, 1, 1)
    painter.end()
    return QIcon(pixmap)


def _kind_choices() -> list[tuple[str, RoleKind]]:
    return [
        (QCoreApplication.translate("RolesPanel", "Intern"), RoleKind.INTERNAL),
        (QCoreApplication.translate("RolesPanel", "Klant"), RoleKind.CLIENT),
        (QCoreApplication.translate("RolesPanel", "Externe partner"), RoleKind.EXTERNAL),
    ]


class RemoveRoleDialog(QDialog):
    """Asks where the steps of a role in use should go."""

    def __init__(self, role: Role, step_count: int, others: list[Role], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rol verwijderen"))
        text = self.tr(
            "'%1' voert %n stap(pen) uit. Wat moet er met die stappen gebeuren?", "", step_count
        )
        message = QLabel(text.replace("%1", role.name))
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        self.target = QComboBox()
        self.target.addItem(self.tr("Zonder rol laten"), None)
        for other in others:
            self.target.addItem(
                colour_icon(other.colour),
                self.tr("Overzetten naar %1").replace("%1", other.name),
                other.id,
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Verwijderen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.target)
        layout.addWidget(buttons)

    def reassign_to(self) -> str | None:
        value = self.target.currentData()
        return value if isinstance(value, str) else None


class RoleList(QListWidget):
    """The roles; dragging one carries its id (``style.ROLE_MIME``) to a brick."""

    def __init__(self) -> None:
        super().__init__()
        self.setIconSize(QSize(22, 22))
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        # A new step changes its role's count, and Qt then measures every row
        # again: with hundreds of roles, in batches between turns of the event loop.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            role_id = str(items[0].data(Qt.ItemDataRole.UserRole))
            data.setData(style.ROLE_MIME, role_id.encode("utf-8"))
        return data


class RolesPanel(QWidget):
    """List of roles, an editor for the selected one and the role links.
    ``role_chosen`` when the facilitator clicks a role (the canvas takes the
    keyboard back, so Tab makes the next step in that role)."""

    role_chosen = Signal(str)

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        self.list = RoleList()
        self.list.setMinimumHeight(150)  # four roles in view on a laptop screen
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemClicked.connect(
            lambda item: self.role_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.connect_button = QPushButton(self.tr("Verbinden"))
        self.connect_button.setToolTip(
            self.tr("Selecteer twee rollen (Ctrl+klik) die met elkaar verbonden zijn")
        )
        self.connect_button.clicked.connect(self.link_selected)
        self.links = RoleLinksBox(document)
        self.add_button = QPushButton(self.tr("Rol toevoegen"))
        self.add_button.clicked.connect(self.add_role)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.clicked.connect(self.remove_current)
        self.name = Field(self._name)
        self.name.submitted.connect(
            lambda value: self._change(self.tr("Rol hernoemen"), name=value)
        )
        self.kind = ChoiceField(_kind_choices())
        self.kind.submitted.connect(
            lambda value: self._change(self.tr("Soort rol wijzigen"), kind=value)
        )
        self.palette = QWidget()
        grid = QGridLayout(self.palette)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        for index, (label, colour) in enumerate(style.LEGO_COLOURS):
            button = QToolButton()
            button.setIcon(colour_icon(colour, 22))
            button.setIconSize(QSize(22, 22))
            button.setToolTip(QCoreApplication.translate("LegoColour", label))
            button.setAutoRaise(True)
            button.clicked.connect(
                lambda _=False, c=colour: self._change(self.tr("Kleur wijzigen"), colour=c)
            )
            grid.addWidget(button, index // 7, index % 7)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Kleur"), self.palette)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        self._rows: list[tuple[str, str, str]] = []  # (role id, colour, label) shown
        layout.addWidget(self.links)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        self.refresh()

    def _name(self, text: str) -> str:
        if not text.strip():
            raise ValidationError(self.tr("Geef de rol een naam."))
        return text.strip()

    def chosen_role_id(self) -> str | None:
        """The role of the next new step: the one chosen in the list, if any."""
        role = self.current_role()
        return role.id if role is not None else None

    def selected_role_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def _selection_changed(self) -> None:
        editable = not self.document.read_only
        self.connect_button.setEnabled(editable and len(self.selected_role_ids()) == 2)

    def link_selected(self) -> None:
        """The two selected roles become a role link; the cursor goes to its note."""
        ids = self.selected_role_ids()
        if len(ids) != 2:
            return
        try:
            link = self.document.link_roles(ids[0], ids[1])
        except ValidationError as error:
            self.name.show_error(settings.error_text(error))
            return
        if link is not None:
            self.links.show_link(link.id)

    def current_role(self) -> Role | None:
        item = self.list.currentItem()
        return self.document.map.roles.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def refresh(self) -> None:
        self._show_counts()
        self._show_current()
        self._selection_changed()
        self.links.refresh()

    def _show_counts(self) -> None:
        """Each role's row: its name, kind and how many steps it performs."""
        counts: dict[str, int] = {}
        for step in self.document.map.steps.values():
            if step.role_id:
                counts[step.role_id] = counts.get(step.role_id, 0) + 1
        kinds = dict((v, k) for k, v in _kind_choices())
        rows = [
            (
                role.id,
                role.colour,
                f"{role.name}\n{kinds[role.kind]} · "
                + self.tr("%n stap(pen)", "", counts.get(role.id, 0)),
            )
            for role in self.document.map.roles.values()
        ]
        if rows != self._rows:
            self._show_rows(rows)

    def _show_rows(self, rows: list[tuple[str, str, str]]) -> None:
        """Rows that kept their role are changed in place (a new step changes one
        count); a role added, removed or moved rebuilds the list."""
        self.list.blockSignals(True)
        if [row[0] for row in rows] == [row[0] for row in self._rows]:
            for index, (row, shown) in enumerate(zip(rows, self._rows, strict=True)):
                if row != shown:
                    item = self.list.item(index)
                    item.setText(row[2])
                    if row[1] != shown[1]:
                        item.setIcon(colour_icon(row[1], 22))
        else:
            current = self.current_role()
            self.list.clear()
            for role_id, colour, label in rows:
                item = QListWidgetItem(colour_icon(colour, 22), label)
                item.setData(Qt.ItemDataRole.UserRole, role_id)
                self.list.addItem(item)
                if current is not None and role_id == current.id:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._rows = rows

    def _show_current(self) -> None:
        role = self.current_role()
        editable = role is not None and not self.document.read_only
        self.editor.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.add_button.setEnabled(not self.document.read_only)
        if role is not None:
            self.name.set_value(role.name)
            self.kind.set_value(role.kind)

    def select_role(self, role_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == role_id:
                self.list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_changed(self, event: MapEvent) -> None:
        entity = event.entity
        if isinstance(entity, Role):
            self.refresh()
        elif isinstance(entity, Step):
            # A step shows here only in its role's count: a new name, time or
            # place changes nothing (counting walks every step: 2.5 ms at 5,000).
            old = event.old
            if not isinstance(old, Step) or old.role_id != entity.role_id:
                self._show_counts()
        elif isinstance(entity, RoleLink):
            self.links.refresh()

    def _change(self, text: str, **changes: object) -> None:
        role = self.current_role()
        if role is None:
            return
        try:
            self.document.change(role, text, **changes)
        except ValidationError as error:
            self.name.show_error(settings.error_text(error))

    def add_role(self) -> None:
        number = len(self.document.map.roles) + 1
        role = self.document.add_role(self.tr("Rol %1").replace("%1", str(number)))
        if role is None:  # the file refused; the document has said why
            return
        self.select_role(role.id)
        self.name.editor.setFocus()
        if hasattr(self.name.editor, "selectAll"):
            self.name.editor.selectAll()

    def remove_current(self) -> None:
        role = self.current_role()
        if role is None:
            return
        steps = [s for s in self.document.map.steps.values() if s.role_id == role.id]
        reassign: str | None = None
        if steps:
            others = [r for r in self.document.map.roles.values() if r.id != role.id]
            dialog = RemoveRoleDialog(role, len(steps), others, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reassign = dialog.reassign_to()
        self.document.remove_role(role.id, reassign)
