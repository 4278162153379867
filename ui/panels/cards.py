"""A list of cards: a bold title, a grey line of detail and a row of coloured
chips, drawn by one delegate for the findings and experiments lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

ID_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # str: the grey line under the title
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2  # list[tuple[str, str]]: (text, colour)

_PADDING = 8
_CHIP_HEIGHT = 18
_CHIP_GAP = 4


def _text_on(colour: QColor) -> QColor:
    return QColor("#1B1B1B") if colour.lightnessF() > 0.6 else QColor("#FFFFFF")


def draw_chip(painter: QPainter, left: int, top: int, text: str, colour: str, font: QFont) -> int:
    """A rounded label; returns its width."""
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 12
    fill = QColor(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRect(left, top, width, _CHIP_HEIGHT), 9, 9)
    painter.setPen(_text_on(fill))
    painter.setFont(font)
    painter.drawText(QRect(left, top, width, _CHIP_HEIGHT), Qt.AlignmentFlag.AlignCenter, text)
    return width


class CardDelegate(QStyledItemDelegate):
    """Paints an item as a card: title, detail (elided) and chips (clipped)."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSizeF(option.font.pointSizeF() + 1)
        chip = QFont(option.font)
        chip.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
        return title, QFont(option.font), chip

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, detail, _ = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(detail).height()
        return QSize(200, height + _CHIP_HEIGHT + 3 * _PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QColor("#1E88E5") if selected else QColor("#D5D9DF"))
        painter.setBrush(QColor("#E3F2FD") if selected else QColor("#FFFFFF"))
        painter.drawRoundedRect(rect, 6, 6)
        title_font, detail_font, chip_font = self._fonts(option)
        inner = rect.adjusted(_PADDING, _PADDING // 2 + 2, -_PADDING, 0)
        # User text is drawn as plain text: "<b>" in a title shows as typed.
        painter.setFont(title_font)
        painter.setPen(QColor("#1B1B1B"))
        title_height = QFontMetrics(title_font).height()
        title = QFontMetrics(title_font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            inner.width(),
        )
        painter.drawText(inner.left(), inner.top(), inner.width(), title_height, 0, title)
        top = inner.top() + title_height
        detail_height = QFontMetrics(detail_font).height()
        detail = QFontMetrics(detail_font).elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.setFont(detail_font)
        painter.setPen(QColor("#5F6368"))
        painter.drawText(inner.left(), top, inner.width(), detail_height, 0, detail)
        top += detail_height + 4
        painter.setClipRect(inner.adjusted(0, 0, 0, rect.bottom() - inner.bottom()))
        left = inner.left()
        for text, colour in index.data(CHIPS_ROLE) or []:
            left += draw_chip(painter, left, top, text, colour, chip_font) + _CHIP_GAP
            if left > inner.right():
                break
        painter.restore()


class CardList(QListWidget):
    """A list of cards; ``set_cards`` keeps the current item when it is still there."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setSpacing(1)

    def on_delete_key(self, slot: Callable[[], object]) -> None:
        """Delete (or Backspace) with the list focused calls ``slot``."""
        for key in (QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def current_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None or not item.isSelected() else item.data(ID_ROLE)

    def set_cards(self, cards: list[tuple[str, str, str, list[tuple[str, str]]]]) -> None:
        """Each card: (id, title, detail, chips). Emits no selection signals."""
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        for card_id, title, detail, chips in cards:
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, card_id)
            item.setData(DETAIL_ROLE, detail)
            item.setData(CHIPS_ROLE, chips)
            item.setToolTip(title)
            self.addItem(item)
            if card_id == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def select_id(self, card_id: str | None) -> None:
        """Make ``card_id`` current (None: no selection); emits the usual signals."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ID_ROLE) == card_id:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return
        self.clearSelection()
        self.setCurrentRow(-1)
