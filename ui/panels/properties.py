"""Eigenschappen: the selected step or flow, or the map's own details.

The panel binds both ways through the document: it shows the model, submits
edits as undoable commands, and refreshes when the model changes (undo too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from procesbouw.events import MapEvent
from procesbouw.measured import estimate_and_measured, is_measured
from procesbouw.model import Flow, FlowKind, MapDetails, Step, ValidationError
from procesbouw.units import (
    format_duration,
    format_number,
    parse_duration,
    parse_percentage,
)
from ui import settings
from ui.document import MapDocument
from ui.panels.fields import ChoiceField, DateField, DayBasisField, Field
from ui.panels.roles import colour_icon


def _name(text: str) -> str:
    if not text.strip():
        raise ValidationError(
            QCoreApplication.translate("PropertiesPanel", "Een naam mag niet leeg zijn.")
        )
    return text.strip()


class _Page(QWidget):
    """A form for one kind of thing; ``bind`` wires a field to a model field."""

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, Any] = {}

    def current(self) -> Any:
        raise NotImplementedError

    def bind(self, label: str, field_name: str, widget: Any, undo_text: str) -> None:
        """``label`` empty: the widget says what it is and takes the whole row."""
        if label:
            self.form.addRow(label, widget)
        else:
            self.form.addRow(widget)
        self.fields[field_name] = widget
        widget.submitted.connect(lambda value: self._submit(field_name, value, undo_text))

    def _submit(self, field_name: str, value: Any, undo_text: str) -> None:
        entity = self.current()
        if entity is None:
            return
        try:
            self.document.change(entity, undo_text, **{field_name: value})
        except ValidationError as error:
            widget = self.fields[field_name]
            if isinstance(widget, Field):
                widget.show_error(settings.error_text(error))
            self.refresh()

    def refresh(self) -> None:
        entity = self.current()
        if entity is None:
            return
        for name, widget in self.fields.items():
            if not (isinstance(widget, Field) and widget.has_error()):
                widget.set_value(getattr(entity, name))


RoleChoices = list[tuple[str, str | None, str | None]]  # label, role id, colour


def role_choices(document: MapDocument) -> RoleChoices:
    """The choice "(geen rol)", then the roles of the map with their colours."""
    choices: RoleChoices = [(QCoreApplication.translate("StepPage", "(geen rol)"), None, None)]
    choices += [(role.name, role.id, role.colour) for role in document.map.roles.values()]
    return choices


def set_role_choices(field: ChoiceField, choices: RoleChoices) -> None:
    """The choices in ``field``, each role with its colour swatch."""
    field.set_choices([(label, role_id) for label, role_id, _ in choices])
    for index, (_, _, colour) in enumerate(choices):
        if colour is not None:
            field.setItemIcon(index, colour_icon(colour))


class StepPage(_Page):
    """One step, or several at once: with ``step_ids`` of more than one, only the
    fields they share are shown (role, wait, process time, FTR); a value they
    do not share is left empty, and an edit applies to all of them in one undo
    step."""

    SHARED = ("role_id", "wait_minutes", "process_minutes", "ftr_percent")

    def __init__(self, document: MapDocument) -> None:
        super().__init__(document)
        self.step_ids: list[str] = []
        hours = self._hours

        def duration(text: str) -> float:
            return parse_duration(text, hours())

        def show_duration(minutes: float | None) -> str:
            if minutes is None:
                return ""
            return format_duration(minutes, hours(), settings.active_language())

        def show_percent(value: float | None) -> str:
            return "" if value is None else f"{format_number(value, 1)}%"

        self.role = ChoiceField()
        # What the role drop-down shows: filled again only when a role changed,
        # not after every edit of the step (500 roles take ~12 ms with swatches).
        self._role_choices: RoleChoices = []
        self.bind(self.tr("Naam"), "name", Field(_name), self.tr("Naam wijzigen"))
        self.bind(self.tr("Rol"), "role_id", self.role, self.tr("Rol kiezen"))
        self.bind(
            self.tr("Wachttijd"),
            "wait_minutes",
            Field(duration, show_duration, placeholder="2d, 3u, 45m"),
            self.tr("Wachttijd wijzigen"),
        )
        self.bind(
            self.tr("Bewerkingstijd"),
            "process_minutes",
            Field(duration, show_duration, placeholder="45m, 1,5 uur"),
            self.tr("Bewerkingstijd wijzigen"),
        )
        self.bind(
            self.tr("First-time-right"),
            "ftr_percent",
            Field(parse_percentage, show_percent),
            self.tr("First-time-right wijzigen"),
        )
        self.measured = QLabel()
        self.measured.setWordWrap(True)
        self.measured.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Gemeten"), self.measured)
        self.bind(self.tr("Notitie"), "note", Field(multiline=True), self.tr("Notitie wijzigen"))

    @property
    def step_id(self) -> str | None:
        return self.step_ids[0] if len(self.step_ids) == 1 else None

    def _show_measured(self) -> None:
        """The estimate next to the event log's median, for one measured step."""
        step = self.current()
        shown = step is not None and is_measured(step)
        self.form.setRowVisible(self.measured, shown)
        if step is None or not shown:
            return
        hours, lang = self._hours(), settings.active_language()
        wait = estimate_and_measured(step.wait_minutes, step.measured_wait_minutes, hours, lang)
        work = estimate_and_measured(
            step.process_minutes, step.measured_process_minutes, hours, lang
        )
        self.measured.setText(
            self.tr(
                "Wachttijd: %1\nBewerkingstijd: %2\n%n keer gemeten (%3)", "", step.measured_count
            )
            .replace("%1", wait)
            .replace("%2", work)
            .replace("%3", step.measured_source)
        )

    def _hours(self) -> float:
        return self.document.map.details.hours_per_day

    def current(self) -> Step | None:
        return self.document.map.steps.get(self.step_id or "")

    def show_steps(self, step_ids: list[str]) -> None:
        if step_ids != self.step_ids:
            for widget in self.fields.values():
                if isinstance(widget, Field):
                    widget.clear_error()
        self.step_ids = [i for i in step_ids if i in self.document.map.steps]
        choices = role_choices(self.document)
        if choices != self._role_choices:
            set_role_choices(self.role, choices)
            self._role_choices = choices
        several = len(self.step_ids) > 1
        for name, widget in self.fields.items():
            shown = not several or name in self.SHARED
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self.refresh()

    def refresh(self) -> None:
        self._show_measured()
        steps = [self.document.map.steps[i] for i in self.step_ids if i in self.document.map.steps]
        if len(steps) < 2:
            super().refresh()
            return
        for name in self.SHARED:
            widget = self.fields[name]
            values = {getattr(step, name) for step in steps}
            if isinstance(widget, Field) and widget.has_error():
                continue
            if len(values) == 1:
                widget.set_value(values.pop())
            elif isinstance(widget, ChoiceField):
                widget.show_mixed()
            else:
                widget.set_value(None)

    def _submit(self, field_name: str, value: object, undo_text: str) -> None:
        if len(self.step_ids) < 2:
            super()._submit(field_name, value, undo_text)
            return
        try:
            self.document.change_steps(self.step_ids, undo_text, **{field_name: value})
        except ValidationError as error:
            widget = self.fields[field_name]
            if isinstance(widget, Field):
                widget.show_error(settings.error_text(error))
            self.refresh()

    def show_step(self, step_id: str) -> None:
        self.show_steps([step_id])


class FlowPage(_Page):
    def __init__(self, document: MapDocument) -> None:
        super().__init__(document)
        self.flow_id: str | None = None
        self.route = QLabel()
        self.route.setWordWrap(True)
        self.form.addRow(self.tr("Van → naar"), self.route)
        self.kind = ChoiceField(
            [
                (self.tr("Overdracht"), FlowKind.HANDOFF),
                (self.tr("Terugkoppeling"), FlowKind.REWORK),
            ]
        )
        self.form.addRow(self.tr("Soort"), self.kind)
        self.kind.submitted.connect(self._set_kind)
        self.share = Field(
            lambda text: parse_percentage(text) / 100,
            lambda v: "" if v is None else f"{format_number(v * 100, 1)}%",
            placeholder="30%",
        )
        self.bind(
            self.tr("Deel dat terug gaat"), "rework_share", self.share, self.tr("Deel wijzigen")
        )

    def current(self) -> Flow | None:
        return self.document.map.flows.get(self.flow_id or "")

    def _set_kind(self, kind: FlowKind) -> None:
        flow = self.current()
        if flow is None or flow.kind == kind:
            return
        share = 0.2 if kind == FlowKind.REWORK else None
        try:
            self.document.change(
                flow, self.tr("Soort overdracht wijzigen"), kind=kind, rework_share=share
            )
        except ValidationError as error:
            self.share.show_error(settings.error_text(error))
        self.refresh()

    def show_flow(self, flow_id: str) -> None:
        self.flow_id = flow_id
        self.refresh()

    def refresh(self) -> None:
        flow = self.current()
        if flow is None:
            return
        steps = self.document.map.steps
        self.route.setText(f"{steps[flow.source_id].name} → {steps[flow.target_id].name}")
        self.kind.set_value(flow.kind)
        self.share.setEnabled(flow.kind == FlowKind.REWORK)
        super().refresh()


class DetailsPage(_Page):
    def __init__(self, document: MapDocument) -> None:
        super().__init__(document)
        texts: list[tuple[str, str, str]] = [
            (self.tr("Naam"), "name", self.tr("Naam van de kaart wijzigen")),
            (self.tr("Team"), "team", self.tr("Team wijzigen")),
            (self.tr("Organisatie"), "organisation", self.tr("Organisatie wijzigen")),
            (self.tr("Begeleider"), "facilitator", self.tr("Begeleider wijzigen")),
        ]
        for label, name, undo_text in texts:
            self.bind(label, name, Field(_name if name == "name" else str), undo_text)
        self.bind(self.tr("Sessiedatum"), "session_date", DateField(), self.tr("Datum wijzigen"))
        # An explicit choice, so "2 dagen" is never read as two working days by mistake;
        # the whole row, so the choice reads in full in a narrow dock.
        self.bind("", "hours_per_day", DayBasisField(), self.tr("Dagduur wijzigen"))
        self.bind(
            self.tr("Beschrijving"),
            "description",
            Field(multiline=True),
            self.tr("Beschrijving wijzigen"),
        )
        self.bind(
            self.tr("Vraag aan het MT"),
            "mt_question",
            Field(multiline=True),
            self.tr("Vraag aan het MT wijzigen"),
        )
        self.fields["mt_question"].setToolTip(
            self.tr(
                "Wat het team het MT vraagt of welke besluiten het nodig heeft. Staat op blz. 1."
            )
        )

    def current(self) -> MapDetails:
        return self.document.map.details


class PropertiesPanel(QScrollArea):
    """Shows the right page for the canvas selection (``show_selection``)."""

    def __init__(self, document: MapDocument, selection: Callable[[], list[str]]) -> None:
        super().__init__()
        self.document = document
        self._selection = selection
        self.setWidgetResizable(True)
        # The form follows the dock's width; a sideways scroll bar only hid its edge.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_page = StepPage(document)
        self.flow_page = FlowPage(document)
        self.details_page = DetailsPage(document)
        self.multi_label = QLabel()
        self.multi_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.multi_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 14px; padding: 4px 2px;")
        for page in (self.step_page, self.flow_page, self.details_page, self.multi_label):
            self.stack.addWidget(page)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.stack)
        layout.addStretch(1)
        self.setWidget(body)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.show_selection)
        self.show_selection()

    def show_selection(self) -> None:
        ids = self._selection()
        pm = self.document.map
        # The arrows a rubber band takes along with the bricks do not hide the
        # steps' fields: with steps selected, the page edits those steps.
        steps = [i for i in ids if i in pm.steps]
        if len(ids) == 1 and ids[0] in pm.flows:
            self.title.setText(self.tr("Overdracht"))
            self.flow_page.show_flow(ids[0])
            self._show_page(self.flow_page)
        elif len(steps) == 1:
            self.title.setText(self.tr("Stap"))
            self.step_page.show_step(steps[0])
            self._show_page(self.step_page)
        elif steps:
            self.title.setText(self.tr("%n stappen", "", len(steps)))
            self.step_page.show_steps(steps)
            self._show_page(self.step_page)
        elif ids:
            self.title.setText(self.tr("Selectie"))
            self.multi_label.setText(self.tr("%n onderdelen geselecteerd", "", len(ids)))
            self._show_page(self.multi_label)
        else:
            self.title.setText(self.tr("Proceskaart"))
            self.details_page.refresh()
            self._show_page(self.details_page)

    def _show_page(self, page: QWidget) -> None:
        """``page`` in front, the panel as tall as that page: a short page (a flow)
        after a long one scrolled to its end would otherwise show only empty space."""
        changed = page is not self.stack.currentWidget()
        shown = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for index in range(self.stack.count()):
            other = self.stack.widget(index)
            other.setSizePolicy(shown if other is page else ignored)
        self.stack.setCurrentWidget(page)
        if changed:
            self.verticalScrollBar().setValue(0)

    def _on_changed(self, event: MapEvent) -> None:
        page = self.stack.currentWidget()
        if page is self.step_page:
            self.step_page.show_steps(self.step_page.step_ids)
        elif isinstance(page, _Page):
            page.refresh()
