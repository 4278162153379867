"""Bevindingen: the team's "wanneer gaat het goed" stories.

On top, what recurs across the stories (success patterns) and the photo of the
whole build; then the list of findings; below it the editor of the chosen one.
Choosing a finding tells the window which steps and flows it names
(``linked_selected``), so the canvas can highlight them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from procesbouw.analysis import SuccessPattern
from procesbouw.analysis.findings import success_patterns
from procesbouw.events import MapEvent
from procesbouw.model import Finding, Photo, ProcessMap, Role, Step, ValidationError
from ui import settings
from ui.document import MapDocument
from ui.panels.cards import CardList
from ui.panels.finding_editor import FindingEditor
from ui.panels.photos import PhotoStrip, dropped_image_paths
from ui.panels.scrolling import scrolling
from ui.panels.wording import (
    LINK_COLOUR,
    PHOTO_COLOUR,
    TAG_COLOUR,
    VOICE_COLOURS,
    voice_label,
)

MAX_PATTERNS_SHOWN = 5


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class FindingsPanel(QWidget):
    """``selection`` gives the ids selected on the canvas."""

    linked_selected = Signal(object)  # set[str]: step and flow ids of the chosen finding
    message = Signal(str)

    def __init__(self, document: MapDocument, selection: Callable[[], list[str]]) -> None:
        super().__init__()
        self.document = document
        self._selection = selection
        self._linked: set[str] = set()

        self.patterns = QLabel()
        self.patterns.setTextFormat(Qt.TextFormat.PlainText)
        self.patterns.setWordWrap(True)
        self.patterns.setObjectName("patterns")
        self.patterns.setStyleSheet(
            "QLabel#patterns { background: #E8F5E9; border: 1px solid #A5D6A7;"
            " border-radius: 6px; padding: 6px; color: #1B5E20; }"
        )
        self.map_photos = PhotoStrip(
            document, self.tr("Sleep de foto van het hele LEGO-bouwwerk hierheen."), compact=True
        )
        self.map_photos.message.connect(self.message)
        self.new_button = QPushButton(self.tr("Nieuwe bevinding"))
        self.new_button.clicked.connect(self.new_finding)
        self.from_selection_button = QPushButton(self.tr("Bevinding bij selectie"))
        self.from_selection_button.setToolTip(
            self.tr("Een nieuwe bevinding, gekoppeld aan wat op de kaart geselecteerd is.")
        )
        self.from_selection_button.clicked.connect(self.finding_from_selection)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.clicked.connect(self.remove_current)
        self.list = CardList()
        self.list.itemSelectionChanged.connect(self._chosen)
        self.list.on_delete_key(self.remove_current)
        self.editor = FindingEditor(document, selection)
        self.editor.message.connect(self.message)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.from_selection_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(
            self._heading(self.tr("Wat steeds terugkomt als het goed gaat (aantal verhalen)"))
        )
        overview_layout.addWidget(self.patterns)
        overview_layout.addWidget(self._heading(self.tr("Foto van het hele bouwwerk")))
        overview_layout.addWidget(self.map_photos)
        overview_layout.addStretch(1)
        stories = QWidget()
        stories_layout = QVBoxLayout(stories)
        stories_layout.setContentsMargins(0, 0, 0, 0)
        stories_layout.addWidget(self._heading(self.tr("Verhalen")))
        stories_layout.addLayout(buttons)
        stories_layout.addWidget(self.list, 1)
        # Three parts that each scroll or shrink, so the dock fits a 768-pixel screen.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scrolling(overview))
        splitter.addWidget(stories)
        splitter.addWidget(scrolling(self.editor))
        splitter.setSizes([250, 250, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setAcceptDrops(True)

        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("font-weight: 600; padding-top: 4px;")
        return label

    # -- showing ----------------------------------------------------------------------------

    def current_finding(self) -> Finding | None:
        return self.document.map.findings.get(self.list.current_id() or "")

    def refresh(self) -> None:
        pm = self.document.map
        self._show_patterns()
        cards = []
        for finding in pm.findings.values():
            chips = [(voice_label(finding.voice), VOICE_COLOURS[finding.voice])]
            links = len(finding.step_ids) + len(finding.flow_ids) + len(finding.role_ids)
            if links:
                chips.append((self.tr("%n koppeling(en)", "", links), LINK_COLOUR))
            photos = sum(1 for p in pm.photos.values() if p.finding_id == finding.id)
            if photos:
                chips.append((self.tr("%n foto('s)", "", photos), PHOTO_COLOUR))
            chips += [(tag, TAG_COLOUR) for tag in finding.tags]
            detail = _first_line(finding.story) or self.tr("(nog geen verhaal)")
            cards.append((finding.id, finding.title, detail, chips))
        self.list.set_cards(cards)
        editable = not self.document.read_only
        self.new_button.setEnabled(editable)
        self.from_selection_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.current_finding() is not None)
        self.map_photos.refresh()
        self._chosen()

    def _show_patterns(self) -> None:
        patterns = success_patterns(self.document.map)
        if not patterns:
            self.patterns.setText(
                self.tr(
                    "Nog niets dat terugkomt. Zodra twee verhalen dezelfde stap, rol of "
                    "hetzelfde kenmerk noemen, staat het hier."
                )
            )
            return
        pm = self.document.map
        lines = [self._pattern_line(pm, p) for p in patterns[:MAX_PATTERNS_SHOWN]]
        if len(patterns) > MAX_PATTERNS_SHOWN:
            lines.append(self.tr("en nog %n", "", len(patterns) - MAX_PATTERNS_SHOWN))
        self.patterns.setText("\n".join(lines))
        lang = settings.active_language()
        self.patterns.setToolTip("\n".join(p.explanation.text(lang) for p in patterns))

    def _pattern_line(self, pm: ProcessMap, pattern: SuccessPattern) -> str:
        """``3×  direct contact (kenmerk)``: short enough for one line in the dock."""
        if pattern.kind == "step":
            name, kind = pm.steps[pattern.key].name, self.tr("stap")
        elif pattern.kind == "role":
            name, kind = pm.roles[pattern.key].name, self.tr("rol")
        elif pattern.kind == "flow":
            flow = pm.flows[pattern.key]
            name = f"{pm.steps[flow.source_id].name} → {pm.steps[flow.target_id].name}"
            kind = self.tr("overdracht")
        else:
            name, kind = pattern.key, self.tr("kenmerk")
        return f"{len(pattern.finding_ids)}×  {name}  ({kind})"

    def _chosen(self) -> None:
        finding = self.current_finding()
        self.editor.show_finding(finding.id if finding else None)
        self.remove_button.setEnabled(finding is not None and not self.document.read_only)
        linked = set(finding.step_ids + finding.flow_ids) if finding else set()
        if linked != self._linked:
            self._linked = linked
            self.linked_selected.emit(set(linked))

    def select_finding(self, finding_id: str | None) -> None:
        self.list.select_id(finding_id)

    def _on_changed(self, event: MapEvent) -> None:
        # Besides findings and photos, only a renamed step or role that a finding
        # names changes what is shown: unlinking on removal arrives as a Finding
        # event, and what was just added is named by no finding yet.
        entity, old = event.entity, event.old
        if isinstance(entity, Finding | Photo):
            self.refresh()
            return
        if (
            isinstance(entity, Step | Role)
            and isinstance(old, Step | Role)
            and old.name != entity.name
            and self._named(entity.id)
        ):
            self.refresh()

    def _named(self, entity_id: str) -> bool:
        pm = self.document.map
        for finding in pm.findings.values():
            flows = (pm.flows.get(i) for i in finding.flow_ids)
            if (
                entity_id in finding.step_ids
                or entity_id in finding.role_ids
                or any(f and entity_id in (f.source_id, f.target_id) for f in flows)
            ):
                return True
        return False

    # -- edits ------------------------------------------------------------------------------

    def new_finding(self) -> Finding | None:
        return self._add(Finding(title=self.tr("Nieuwe bevinding")))

    def finding_from_selection(self) -> Finding | None:
        """A new finding linked to the steps and flows selected on the canvas."""
        pm = self.document.map
        ids = self._selection()
        finding = Finding(
            title=self.tr("Nieuwe bevinding"),
            step_ids=tuple(i for i in ids if i in pm.steps),
            flow_ids=tuple(i for i in ids if i in pm.flows),
        )
        if not ids:
            self.message.emit(
                self.tr(
                    "Niets geselecteerd op de kaart: de bevinding is nog nergens aan gekoppeld."
                )
            )
        return self._add(finding)

    def _add(self, finding: Finding) -> Finding | None:
        try:
            if not self.document.add_entities([finding], self.tr("Nieuwe bevinding")):
                return None
        except ValidationError as error:
            self.message.emit(settings.error_text(error))
            return None
        self.select_finding(finding.id)
        # Straight on to typing the title, as with a new step.
        self.editor.title.editor.setFocus()
        self.editor.title.editor.selectAll()
        return finding

    def remove_current(self) -> None:
        finding = self.current_finding()
        if finding is None:
            return
        try:
            self.document.remove([finding.id], self.tr("Bevinding verwijderen"))
        except ValidationError as error:
            self.message.emit(settings.error_text(error))

    # -- dropping photos anywhere on the dock --------------------------------------------------

    def _drop_target(self) -> PhotoStrip:
        return self.editor.photos if self.current_finding() is not None else self.map_photos

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.document.read_only and dropped_image_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_image_paths(event)
        if paths:
            event.acceptProposedAction()
            self._drop_target().add_files(paths)
