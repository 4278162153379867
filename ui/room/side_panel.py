"""The panel beside or under the map on the audience screen: the stories, the
revealed hidden connections, or the chosen experiments, depending on the phase.

Beside the map it is a column of cards; under it, a row (``set_beside``): the
audience window puts it where it takes the map the least room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from procesbouw.analysis.results import HiddenConnection
from procesbouw.model import Action, Finding, ProcessMap
from ui.panels.snapshots import shown_date
from ui.panels.wording import FORM_COLOURS, form_label

MAX_CARDS = 6  # more would be too small to read; the rest is counted
CARD_PADDING = 16
ROW_CARD_MAX_WIDTH = 420  # a few cards in a row stay cards, not banners
NO_LIMIT = 16777215  # Qt's QWIDGETSIZE_MAX

STYLE = (
    "#side { background: #F7F8FA; border-%s: 1px solid #D5D9DF; }"
    "#title { font-size: 28px; font-weight: 700; color: #1B1B1B; }"
    "#card { background: white; border: 1px solid #DDE1E6; border-radius: 10px; }"
    "#headline { font-size: 22px; font-weight: 600; color: #1B1B1B; }"
    "#detail { font-size: 19px; color: #37424D; }"
    "#more { font-size: 19px; color: #5F6B76; }"
)


class SidePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side")
        self.setStyleSheet(STYLE % "left")
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(20, 18, 20, 18)
        self._layout.setSpacing(12)
        self.texts: list[str] = []
        self._row_width = 0  # the width of the row under the map; 0: a column beside it

    @property
    def beside(self) -> bool:
        return self._row_width == 0

    def set_beside(self, beside: bool, row_width: int = 0) -> None:
        """A column beside the map, or a row ``row_width`` pixels wide under it."""
        self._row_width = 0 if beside else row_width
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if beside else QBoxLayout.Direction.LeftToRight
        )
        self.setStyleSheet(STYLE % ("left" if beside else "top"))
        self._size_widgets()

    def _widgets(self) -> list[QWidget]:
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        return [w for w in (item.widget() for item in items if item is not None) if w]

    def _card_width(self, row_width: int) -> int:
        """Each card's width in a row ``row_width`` wide: the cards share it."""
        cards = [w for w in self._widgets() if w.objectName() == "card"]
        if not cards:
            return ROW_CARD_MAX_WIDTH
        margins = self._layout.contentsMargins()
        spare = row_width - margins.left() - margins.right()
        spare -= self._layout.spacing() * (len(cards) - 1)
        return min(ROW_CARD_MAX_WIDTH, spare // len(cards))

    def row_fits(self, row_width: int) -> bool:
        """Whether every word on the cards fits a card in a row of ``row_width``:
        a long Dutch word ("wijkverpleegkundige") is never cut on the wall."""
        text_width = self._card_width(row_width) - 2 * CARD_PADDING - 2
        for card in (w for w in self._widgets() if w.objectName() == "card"):
            for label in card.findChildren(QLabel):
                label.ensurePolished()  # the style sheet's font size
                metrics = label.fontMetrics()
                if any(metrics.horizontalAdvance(w) > text_width for w in label.text().split()):
                    return False
        return True

    def _size_widgets(self) -> None:
        """In a row the cards share the width and the title is left out (the
        header above says the phase already); in a column all take its width."""
        width = self._card_width(self._row_width) if self._row_width else NO_LIMIT
        for widget in self._widgets():
            if widget.objectName() == "title":
                widget.setVisible(not self._row_width)
            elif widget.objectName() == "card":
                widget.setMinimumWidth(width if self._row_width else 0)
                widget.setMaximumWidth(width)

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
        layout.setContentsMargins(CARD_PADDING, 12, CARD_PADDING, 12)
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
        layout.addStretch(1)  # cards in a row share one height: words stay at the top
        self._layout.addWidget(card)

    def _finish(self, shown: int, total: int) -> None:
        if total > shown:
            more = self.tr("en nog %1").replace("%1", str(total - shown))
            self._layout.addWidget(self._label(more, "more"))
        self._layout.addStretch(1)
        self._size_widgets()

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
        self._size_widgets()
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
