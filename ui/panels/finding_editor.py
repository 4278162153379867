"""The editor of one finding: title, story, voice, condition tags, links to
steps, flows and roles, and photos. Every field is one undo step through the
document; refusals show in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from procesbouw.model import Finding, ProcessMap, ValidationError, Voice
from ui import settings
from ui.document import MapDocument
from ui.panels.fields import ChoiceField, Field
from ui.panels.photos import PhotoStrip
from ui.panels.tags import TagsField
from ui.panels.wording import voice_explanation, voice_label


def _title(text: str) -> str:
    if not text.strip():
        raise ValidationError(
            QCoreApplication.translate("FindingEditor", "Geef de bevinding een titel.")
        )
    return text.strip()


def describe_links(pm: ProcessMap, finding: Finding) -> str:
    """The linked steps, flows and roles by name, one kind per line."""
    steps = [pm.steps[i].name for i in finding.step_ids if i in pm.steps]
    flows = [
        f"{pm.steps[f.source_id].name} → {pm.steps[f.target_id].name}"
        for f in (pm.flows.get(i) for i in finding.flow_ids)
        if f is not None
    ]
    roles = [pm.roles[i].name for i in finding.role_ids if i in pm.roles]
    lines = []
    for label, names in (
        (QCoreApplication.translate("FindingEditor", "Stappen"), steps),
        (QCoreApplication.translate("FindingEditor", "Overdrachten"), flows),
        (QCoreApplication.translate("FindingEditor", "Rollen"), roles),
    ):
        if names:
            lines.append(f"{label}: {', '.join(names)}")
    return "\n".join(lines) or QCoreApplication.translate(
        "FindingEditor", "Nog nergens aan gekoppeld."
    )


class FindingEditor(QWidget):
    """``link_to_selection`` replaces the step and flow links with what is
    selected on the canvas (``selection`` gives those ids)."""

    message = Signal(str)

    def __init__(self, document: MapDocument, selection: Callable[[], list[str]]) -> None:
        super().__init__()
        self.document = document
        self._selection = selection
        self.finding_id: str | None = None
        self.title = Field(_title)
        self.story = Field(multiline=True, placeholder=self.tr("Wat gebeurt er als het goed gaat?"))
        self.story.editor.setFixedHeight(120)
        self.voice = ChoiceField([(voice_label(v), v) for v in Voice])
        for index, voice in enumerate(Voice):
            self.voice.setItemData(index, voice_explanation(voice), Qt.ItemDataRole.ToolTipRole)
        self.tags = TagsField()
        self.links = QLabel()
        self.links.setTextFormat(Qt.TextFormat.PlainText)
        self.links.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Koppel aan selectie"))
        self.link_button.setToolTip(
            self.tr(
                "Koppel de bevinding aan de stappen en overdrachten die nu op de kaart "
                "geselecteerd zijn."
            )
        )
        self.link_button.clicked.connect(self.link_to_selection)
        self.roles_button = QToolButton()
        self.roles_button.setText(self.tr("Rollen"))
        self.roles_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.roles_menu = QMenu(self.roles_button)
        self.roles_menu.aboutToShow.connect(self._fill_roles_menu)
        self.roles_button.setMenu(self.roles_menu)
        self.photos = PhotoStrip(
            document, self.tr("Nog geen foto's. Sleep foto's hierheen of kies 'Foto toevoegen'.")
        )
        self.photos.message.connect(self.message)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.hide()

        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.link_button)
        link_buttons.addWidget(self.roles_button)
        link_buttons.addStretch(1)
        links = QVBoxLayout()
        links.addWidget(self.links)
        links.addLayout(link_buttons)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Verhaal"), self.story)
        form.addRow(self.tr("Stem"), self.voice)
        form.addRow(self.tr("Kenmerken"), self.tags)
        form.addRow(self.tr("Gekoppeld"), links)
        form.addRow(self.tr("Foto's"), self.photos)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)

        # Keyboard first: Enter after the title goes on to the story.
        self.title.editor.returnPressed.connect(self.story.editor.setFocus)  # type: ignore[union-attr]
        self.title.submitted.connect(lambda v: self._submit("title", v, self.tr("Titel wijzigen")))
        self.story.submitted.connect(
            lambda v: self._submit("story", v, self.tr("Verhaal wijzigen"))
        )
        self.voice.submitted.connect(
            lambda v: self._submit("voice", Voice(v), self.tr("Stem kiezen"))
        )
        self.tags.submitted.connect(
            lambda v: self._submit("tags", v, self.tr("Kenmerken wijzigen"))
        )
        self.show_finding(None)

    def current(self) -> Finding | None:
        return self.document.map.findings.get(self.finding_id or "")

    def show_finding(self, finding_id: str | None) -> None:
        if finding_id != self.finding_id:
            self.title.clear_error()
            self.error.hide()
        self.finding_id = finding_id
        self.refresh()

    def refresh(self) -> None:
        finding = self.current()
        editable = finding is not None and not self.document.read_only
        for widget in (self.title, self.story, self.voice, self.tags):
            widget.setEnabled(editable)
        self.link_button.setEnabled(editable)
        self.roles_button.setEnabled(editable)
        self.tags.set_known_tags(t for f in self.document.map.findings.values() for t in f.tags)
        self.photos.show_photos_of(self.finding_id, active=finding is not None)
        if finding is None:
            for field in (self.title, self.story):
                field.set_value("")
            self.tags.set_value(())
            self.links.setText("")
            return
        if not self.title.has_error():
            self.title.set_value(finding.title)
        self.story.set_value(finding.story)
        self.voice.set_value(finding.voice)
        self.tags.set_value(finding.tags)
        self.links.setText(describe_links(self.document.map, finding))

    def _submit(self, field: str, value: Any, undo_text: str) -> None:
        finding = self.current()
        if finding is None:
            return
        try:
            self.document.change(finding, undo_text, **{field: value})
        except ValidationError as error:
            if field == "title":
                self.title.show_error(settings.error_text(error))
            else:
                self.error.setText(settings.error_text(error))
                self.error.show()
            self.refresh()

    # -- links ------------------------------------------------------------------------------

    def link_to_selection(self) -> None:
        finding = self.current()
        if finding is None:
            return
        ids = self._selection()
        pm = self.document.map
        self._submit_links(
            finding,
            step_ids=tuple(i for i in ids if i in pm.steps),
            flow_ids=tuple(i for i in ids if i in pm.flows),
        )

    def _fill_roles_menu(self) -> None:
        self.roles_menu.clear()
        finding = self.current()
        if finding is None:
            return
        if not self.document.map.roles:
            self.roles_menu.addAction(self.tr("(nog geen rollen)")).setEnabled(False)
        for role in self.document.map.roles.values():
            action = QAction(role.name, self.roles_menu)
            action.setCheckable(True)
            action.setChecked(role.id in finding.role_ids)
            action.toggled.connect(lambda on, rid=role.id: self.toggle_role(rid, on))
            self.roles_menu.addAction(action)

    def toggle_role(self, role_id: str, linked: bool) -> None:
        finding = self.current()
        if finding is None or (role_id in finding.role_ids) == linked:
            return
        roles = [i for i in finding.role_ids if i != role_id] + ([role_id] if linked else [])
        self._submit_links(finding, role_ids=tuple(roles))

    def _submit_links(self, finding: Finding, **links: tuple[str, ...]) -> None:
        if all(getattr(finding, name) == ids for name, ids in links.items()):
            return
        try:
            self.document.change(finding, self.tr("Koppelingen wijzigen"), **links)
        except ValidationError as error:
            self.error.setText(settings.error_text(error))
            self.error.show()
