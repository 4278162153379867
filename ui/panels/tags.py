"""Condition tags typed comma-separated ("direct contact, vaste planner"), with
completion from the tags the map already uses, so the same condition is spelled
the same way and recurs as a success pattern."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


def parse_tags(text: str) -> tuple[str, ...]:
    """The tags in ``text``: split on commas, trimmed, empty ones and repeats
    (ignoring case and spacing) dropped, first spelling kept."""
    result: list[str] = []
    seen: set[str] = set()
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return tuple(result)


def show_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.tags = QStringListModel(self)
        self.setModel(self.tags)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._done: list[str] = []

    def splitPath(self, path: str) -> list[str]:
        # Called with what the user typed; remember the finished tags before the
        # last comma, since the field's text changes while a completion is highlighted.
        done, _, current = path.rpartition(",")
        self._done = [t.strip() for t in done.split(",") if t.strip()]
        return [current.strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return ", ".join([*self._done, str(index.data())]) + ", "


class TagsField(QLineEdit):
    """``submitted`` carries the tuple of tags when editing finishes and they changed."""

    submitted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.completer_ = TagCompleter(self)
        self.setCompleter(self.completer_)
        self.setPlaceholderText(self.tr("bijvoorbeeld: direct contact, vaste planner"))
        self._value: tuple[str, ...] = ()
        self.editingFinished.connect(self._finished)

    def set_known_tags(self, tags: Iterable[str]) -> None:
        """The tags offered for completion (used elsewhere in the map)."""
        unique = {t.casefold(): t for t in reversed(list(tags))}
        self.completer_.tags.setStringList(sorted(unique.values(), key=str.casefold))

    def set_value(self, tags: tuple[str, ...]) -> None:
        self._value = tags
        if parse_tags(self.text()) != tags:
            self.setText(show_tags(tags))
            self.setCursorPosition(0)

    def _finished(self) -> None:
        popup = self.completer_.popup()
        if popup is not None and popup.isVisible():
            return  # choosing from the list, not done yet
        tags = parse_tags(self.text())
        if tags != self._value:
            self.submitted.emit(tags)
