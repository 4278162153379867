"""The column beside the map on the audience screen: the stories, the revealed
hidden connections, or the chosen experiments, depending on the phase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from procesbouw.analysis.results import HiddenConnection
from procesbouw.model import Action, Finding, ProcessMap
from ui.panels.snapshots import shown_date
from ui.panels.wording import FORM_COLOURS, form_label

MAX_CARDS = 6  # more would be too small to read; the rest is counted


class SidePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side")
        self.setStyleSheet(
            "#side { background: #F7F8FA; border-left: 1px solid #D5D9DF; }"
            "#title { font-size: 28px; font-weight: 700; color: #1B1B1B; }"
            "#card { background: white; border: 1px solid #DDE1E6; border-radius: 10px; }"
            "#headline { font-size: 24px; font-weight: 600; color: #1B1B1B; }"
            "#detail { font-size: 19px; color: #37424D; }"
            "#more { font-size: 19px; color: #5F6B76; }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 22, 24, 22)
        self._layout.setSpacing(14)
        self.texts: list[str] = []

    def _clear(self) -> None:
        self.texts = []
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _label(self, text: str, name: str, wrap: bool = True) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        self.texts.append(text)
        return label

    def _card(self, headline: str, detail: str, chip: tuple[str, str] | None = None) -> None:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        if chip is not None:
            text, colour = chip
            badge = self._label(text, "chip", wrap=False)
            badge.setStyleSheet(
                f"background: {colour}; color: white; font-size: 18px; font-weight: 600;"
                " border-radius: 6px; padding: 2px 10px;"
            )
            layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._label(headline, "headline"))
        if detail:
            layout.addWidget(self._label(detail, "detail"))
        self._layout.addWidget(card)

    def _finish(self, shown: int, total: int) -> None:
        if total > shown:
            more = self.tr("en nog %1").replace("%1", str(total - shown))
            self._layout.addWidget(self._label(more, "more"))
        self._layout.addStretch(1)

    # -- what the phases put here ---------------------------------------------------------

    def show_nothing(self) -> None:
        self._clear()
        self.hide()

    def show_stories(self, findings: list[Finding]) -> None:
        self._clear()
        self._layout.addWidget(self._label(self.tr("Wanneer gaat het goed?"), "title"))
        for finding in findings[:MAX_CARDS]:
            self._card(finding.title, ", ".join(finding.tags))
        if not findings:
            self._layout.addWidget(self._label(self.tr("Nog geen verhalen."), "more"))
        self._finish(min(len(findings), MAX_CARDS), len(findings))
        self.show()

    def show_connections(
        self, revealed: list[HiddenConnection], remaining: int, pm: ProcessMap
    ) -> None:
        self._clear()
        self._layout.addWidget(self._label(self.tr("Verborgen verbindingen"), "title"))
        for connection in revealed[-MAX_CARDS:]:
            a = pm.roles[connection.role_a_id].name
            b = pm.roles[connection.role_b_id].name
            detail = self.tr("%n overdracht(en), maar niet getekend", "", connection.flow_count)
            self._card(f"{a} ↔ {b}", detail)
        if remaining:
            waiting = self.tr("nog %n te onthullen", "", remaining)
            self._layout.addWidget(self._label(waiting, "more"))
        elif not revealed:
            self._layout.addWidget(self._label(self.tr("Geen verborgen verbindingen."), "more"))
        self._layout.addStretch(1)
        self.show()

    def show_experiments(self, actions: list[Action], with_agreements: bool) -> None:
        self._clear()
        title = self.tr("Afspraken") if with_agreements else self.tr("Experimenten")
        self._layout.addWidget(self._label(title, "title"))
        for action in actions[:MAX_CARDS]:
            detail = ""
            if with_agreements:
                who = action.owner or self.tr("nog niemand")
                when = shown_date(action.due) if action.due else self.tr("nog geen datum")
                detail = self.tr("%1 · %2").replace("%1", who).replace("%2", when)
            chip = (form_label(action.form), FORM_COLOURS[action.form])
            self._card(action.description, detail, chip)
        if not actions:
            self._layout.addWidget(self._label(self.tr("Nog geen experimenten."), "more"))
        self._finish(min(len(actions), MAX_CARDS), len(actions))
        self.show()
