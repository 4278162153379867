"""Experimenten: the small next steps the team chooses, each with its owner, due
date, status, form of change and the findings it builds on."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from procesbouw.events import MapEvent
from procesbouw.model import Action, ActionStatus, ChangeForm, Finding, ValidationError
from ui import settings
from ui.document import MapDocument
from ui.panels.cards import CardList
from ui.panels.fields import ChoiceField, DateField, Field
from ui.panels.findings import scrolling
from ui.panels.wording import (
    FORM_COLOURS,
    STATUS_COLOURS,
    form_explanation,
    form_label,
    status_label,
)


def _description(text: str) -> str:
    if not text.strip():
        raise ValidationError(
            QCoreApplication.translate("ExperimentsPanel", "Beschrijf het experiment.")
        )
    return text.strip()


class ExperimentEditor(QWidget):
    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        self.action_id: str | None = None
        self.description = Field(_description, multiline=True)
        self.description.editor.setFixedHeight(70)
        self.owner = Field(placeholder=self.tr("wie trekt het?"))
        self.has_due = QCheckBox(self.tr("Klaar op"))
        self.due = DateField()
        self.status = ChoiceField([(status_label(s), s) for s in ActionStatus])
        self.form = ChoiceField([(form_label(f), f) for f in ChangeForm])
        for index, form in enumerate(ChangeForm):
            self.form.setItemData(index, form_explanation(form), Qt.ItemDataRole.ToolTipRole)
        self.form_hint = QLabel()
        self.form_hint.setWordWrap(True)
        self.form_hint.setStyleSheet("color: #5F6368;")
        self.findings = QListWidget()
        self.findings.setMinimumHeight(90)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()

        due = QHBoxLayout()
        due.addWidget(self.has_due)
        due.addWidget(self.due, 1)
        rows = QFormLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        rows.addRow(self.tr("Experiment"), self.description)
        rows.addRow(self.tr("Eigenaar"), self.owner)
        rows.addRow(self.tr("Datum"), due)
        rows.addRow(self.tr("Status"), self.status)
        rows.addRow(self.tr("Vorm"), self.form)
        rows.addRow("", self.form_hint)
        rows.addRow(self.tr("Bouwt op"), self.findings)
        rows.addRow(self.error)

        self.description.submitted.connect(
            lambda v: self._submit(description=v, text=self.tr("Experiment wijzigen"))
        )
        self.owner.submitted.connect(
            lambda v: self._submit(owner=v.strip(), text=self.tr("Eigenaar wijzigen"))
        )
        self.has_due.toggled.connect(self._due_toggled)
        self.due.submitted.connect(lambda v: self._submit(due=v, text=self.tr("Datum wijzigen")))
        self.status.submitted.connect(
            lambda v: self._submit(status=ActionStatus(v), text=self.tr("Status wijzigen"))
        )
        self.form.submitted.connect(
            lambda v: self._submit(form=ChangeForm(v), text=self.tr("Vorm van verandering kiezen"))
        )
        self.findings.itemChanged.connect(self._finding_toggled)
        self.show_action(None)

    def current(self) -> Action | None:
        return self.document.map.actions.get(self.action_id or "")

    def show_action(self, action_id: str | None) -> None:
        if action_id != self.action_id:
            self.description.clear_error()
            self.error.hide()
        self.action_id = action_id
        self.refresh()

    def refresh(self) -> None:
        action = self.current()
        editable = action is not None and not self.document.read_only
        for widget in (self.description, self.owner, self.has_due, self.status, self.form):
            widget.setEnabled(editable)
        self.findings.setEnabled(editable)
        self.due.setEnabled(editable and action is not None and action.due is not None)
        self._fill_findings(action)
        if action is None:
            self.description.set_value("")
            self.owner.set_value("")
            self.form_hint.setText("")
            return
        if not self.description.has_error():
            self.description.set_value(action.description)
        self.owner.set_value(action.owner)
        self.has_due.blockSignals(True)
        self.has_due.setChecked(action.due is not None)
        self.has_due.blockSignals(False)
        self.due.set_value(action.due)
        self.status.set_value(action.status)
        self.form.set_value(action.form)
        self.form_hint.setText(form_explanation(action.form))

    def _fill_findings(self, action: Action | None) -> None:
        self.findings.blockSignals(True)
        self.findings.clear()
        for finding in self.document.map.findings.values():
            item = QListWidgetItem(finding.title)
            item.setData(Qt.ItemDataRole.UserRole, finding.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            linked = action is not None and finding.id in action.finding_ids
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            self.findings.addItem(item)
        self.findings.blockSignals(False)

    def _due_toggled(self, on: bool) -> None:
        self._submit(due=date.today() if on else None, text=self.tr("Datum wijzigen"))

    def _finding_toggled(self, item: QListWidgetItem) -> None:
        action = self.current()
        if action is None:
            return
        finding_id = item.data(Qt.ItemDataRole.UserRole)
        ids = [i for i in action.finding_ids if i != finding_id]
        if item.checkState() == Qt.CheckState.Checked:
            ids.append(finding_id)
        self._submit(finding_ids=tuple(ids), text=self.tr("Bevindingen koppelen"))

    def _submit(self, text: str, **changes: Any) -> None:
        action = self.current()
        if action is None or all(getattr(action, k) == v for k, v in changes.items()):
            return
        try:
            self.document.change(action, text, **changes)
        except ValidationError as error:
            if "description" in changes:
                self.description.show_error(settings.error_text(error))
            else:
                self.error.setText(settings.error_text(error))
                self.error.show()
            self.refresh()


class ExperimentsPanel(QWidget):
    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        self.list = CardList()
        self.list.itemSelectionChanged.connect(self._chosen)
        self.list.on_delete_key(self.remove_current)
        self.editor = ExperimentEditor(document)
        self.new_button = QPushButton(self.tr("Nieuw experiment"))
        self.new_button.clicked.connect(self.new_experiment)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.list, 1)
        scroll = scrolling(self.editor)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        self.refresh()

    def current_action(self) -> Action | None:
        return self.document.map.actions.get(self.list.current_id() or "")

    def refresh(self) -> None:
        cards = []
        for action in self.document.map.actions.values():
            chips = [
                (form_label(action.form), FORM_COLOURS[action.form]),
                (status_label(action.status), STATUS_COLOURS[action.status]),
            ]
            details = [action.owner] if action.owner else []
            if action.due is not None:
                details.append(
                    self.tr("klaar op %1").replace("%1", action.due.strftime("%d-%m-%Y"))
                )
            cards.append((action.id, action.description, " · ".join(details), chips))
        self.list.set_cards(cards)
        self.new_button.setEnabled(not self.document.read_only)
        self._chosen()

    def _chosen(self) -> None:
        action = self.current_action()
        self.editor.show_action(action.id if action else None)
        self.remove_button.setEnabled(action is not None and not self.document.read_only)

    def _on_changed(self, event: MapEvent) -> None:
        if isinstance(event.entity, Action | Finding):
            self.refresh()

    def select_action(self, action_id: str | None) -> None:
        self.list.select_id(action_id)

    def new_experiment(self) -> Action | None:
        action = Action(description=self.tr("Nieuw experiment"))
        try:
            if not self.document.add_entities([action], self.tr("Nieuw experiment")):
                return None
        except ValidationError as error:
            self.editor.error.setText(settings.error_text(error))
            self.editor.error.show()
            return None
        self.select_action(action.id)
        self.editor.description.editor.setFocus()
        self.editor.description.editor.selectAll()
        return action

    def remove_current(self) -> None:
        action = self.current_action()
        if action is not None:
            try:
                self.document.remove([action.id], self.tr("Experiment verwijderen"))
            except ValidationError as error:
                self.editor.error.setText(settings.error_text(error))
                self.editor.error.show()
