"""The start screen: recent maps with a thumbnail, and ways to begin.

The screen paints first with a card per recent map that names its file; each card
then opens its map (read-only, with every check of a received map) and shows its
thumbnail, name and size, one card per turn of the event loop. Opening a map needs
SQLAlchemy and the canvas (~150-300 ms together at start-up), which would otherwise
keep the whole screen, and its buttons, from appearing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from procesbouw.storage.errors import MapFileError
from ui import settings
from ui.first_paint import FirstPaint

if TYPE_CHECKING:
    from ui.canvas.scene import MapScene

THUMB = QSize(260, 150)
CARD_WIDTH = THUMB.width() + 24


def map_thumbnail(scene: MapScene, size: QSize = THUMB) -> QPixmap:
    """The whole map, scaled into ``size`` on the baseplate colour."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#EDEFF2"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    source = scene.content_rect()
    # Widen the source to the thumbnail's shape, so the baseplate fills it all.
    aspect = size.width() / size.height()
    if source.width() / source.height() < aspect:
        grow = source.height() * aspect - source.width()
        source.adjust(-grow / 2, 0, grow / 2, 0)
    else:
        grow = source.width() / aspect - source.height()
        source.adjust(0, -grow / 2, 0, grow / 2)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    return QPixmap.fromImage(image)


class RecentCard(QFrame):
    """One recent map; clicking opens it. A broken one says why and offers removal.

    Built naming only its file; ``fill`` reads the map and shows the rest."""

    open_requested = Signal(Path)
    forget_requested = Signal(Path)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.setObjectName("card")
        self.setFixedWidth(CARD_WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problem: str | None = None
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = QLabel(path.stem)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.name.setWordWrap(True)
        self.detail = QLabel(str(path))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5F6B76;")
        self.card_layout = QVBoxLayout(self)
        self.card_layout.addWidget(self.thumb)
        self.card_layout.addWidget(self.name)
        self.card_layout.addWidget(self.detail)

    def fill(self) -> None:
        """Open the map read-only and show its thumbnail, name and size, or why not."""
        # Imported on the first card, after the screen painted (see the module's doc).
        from procesbouw.storage import MapFile
        from ui.canvas.scene import MapScene

        try:
            with MapFile.open(self.path, read_only=True) as file:
                scene = MapScene(None, file.map)
                self.thumb.setPixmap(map_thumbnail(scene))
                self.name.setText(file.map.details.name)
                modified = datetime.fromtimestamp(self.path.stat().st_mtime)
                steps = len(file.map.steps)
                self.detail.setText(
                    self.tr("%n stap(pen)", "", steps)
                    + " · "
                    + self.tr("gewijzigd %1").replace("%1", modified.strftime("%d-%m-%Y %H:%M"))
                    + "\n"
                    + str(self.path)
                )
        except (MapFileError, OSError) as error:
            self.problem = settings.error_text(error)
            self.thumb.setText(self.tr("Kan niet openen"))
            self.thumb.setStyleSheet("background: #FFF3E0; color: #B45309; border-radius: 6px;")
            self.name.setText(self.path.name)
            self.detail.setText(f"{self.problem}\n{self.path}")
            forget = QPushButton(self.tr("Uit de lijst halen"))
            forget.clicked.connect(lambda: self.forget_requested.emit(self.path))
            self.card_layout.addWidget(forget)
            self.setCursor(Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: object) -> None:  # type: ignore[override]
        if self.problem is None:
            self.open_requested.emit(self.path)


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal(object)  # Path, or None to ask with a file dialog
    sample_requested = Signal()
    recent_shown = Signal()  # every recent card shows its map (or why it cannot)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Procesbouw")
        self.setObjectName("start")
        self.setStyleSheet(
            "#start { background: #F6F7F9; }"
            "#card { background: white; border: 1px solid #DDE1E6; border-radius: 10px; }"
            "#card:hover { border-color: #1E88E5; }"
            "QPushButton#primary { background: #C91A09; color: white; border: none;"
            " padding: 10px 18px; border-radius: 6px; font-size: 14px; font-weight: 600; }"
            "QPushButton#secondary { padding: 9px 18px; font-size: 14px; }"
        )
        title = QLabel("Procesbouw")
        title.setStyleSheet("font-size: 34px; font-weight: 700; color: #1B1B1B;")
        tagline = QLabel(self.tr("Bouw het proces samen, en zie wanneer het goed gaat."))
        tagline.setStyleSheet("font-size: 15px; color: #5F6B76;")
        tagline.setWordWrap(True)
        new = QPushButton(self.tr("Nieuwe kaart"))
        new.setObjectName("primary")
        new.clicked.connect(self.new_requested)
        open_ = QPushButton(self.tr("Openen…"))
        open_.setObjectName("secondary")
        open_.clicked.connect(lambda: self.open_requested.emit(None))
        sample = QPushButton(self.tr("Voorbeeldkaart"))
        sample.setObjectName("secondary")
        sample.clicked.connect(self.sample_requested)
        side = QVBoxLayout()
        side.addWidget(title)
        side.addWidget(tagline)
        side.addSpacing(24)
        for button in (new, open_, sample):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(220)
            side.addWidget(button)
        side.addStretch(1)
        self.recent_title = QLabel(self.tr("Recente kaarten"))
        self.recent_title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grid.setSpacing(16)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setStyleSheet("background: transparent;")
        recent = QVBoxLayout()
        recent.addWidget(self.recent_title)
        recent.addWidget(self.scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.setSpacing(40)
        layout.addLayout(side)
        layout.addLayout(recent, 1)
        self.resize(1180, 720)
        self._unfilled: list[RecentCard] = []
        self._cards: list[RecentCard] = []
        self._columns = 0
        # One card per turn of the event loop: the screen stays responsive while a
        # dozen maps are read, and each card shows as soon as it is ready.
        self._filling = QTimer(self, singleShot=True, interval=0)
        self._filling.timeout.connect(self._fill_next)
        self._first_paint = FirstPaint(self, self._filling.start)
        self.refresh()

    def refresh(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # deleteLater alone would leave it drawn until the next loop
                widget.deleteLater()
        self._unfilled = []
        self._cards = []
        paths = settings.recent_maps()
        if not paths:
            empty = QLabel(
                self.tr("Nog geen kaarten. Begin met een nieuwe kaart of bekijk de voorbeeldkaart.")
            )
            empty.setStyleSheet("color: #5F6B76; font-size: 14px;")
            self.grid.addWidget(empty, 0, 0)
        for path in paths:
            card = RecentCard(path)
            card.open_requested.connect(self.open_requested.emit)
            card.forget_requested.connect(self._forget)
            self._cards.append(card)
            self._unfilled.append(card)
        self._columns = 0
        self._place_cards()
        if self._first_paint.painted:
            self._filling.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def _place_cards(self) -> None:
        """As many cards in a row as the width holds (at most three), so none is cut
        off at the right edge of a window that is not maximised."""
        margins = self.grid.contentsMargins()
        room = (
            self.scroll.width()
            - self.scroll.verticalScrollBar().sizeHint().width()
            - margins.left()
            - margins.right()
        )
        spacing = self.grid.horizontalSpacing()
        columns = max(1, min(3, (room + spacing) // (CARD_WIDTH + spacing)))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self._cards):
            self.grid.addWidget(card, index // columns, index % columns)

    def _fill_next(self) -> None:
        if self._unfilled:
            self._unfilled.pop(0).fill()
        if self._unfilled:
            self._filling.start()
        else:
            self.recent_shown.emit()

    def _forget(self, path: Path) -> None:
        settings.forget_map(path)
        self.refresh()
