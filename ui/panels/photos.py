"""Photos of the LEGO build: a strip of thumbnails of one finding (or of the whole
map), added from a file dialog or by dropping files, and a viewer.

Every photo goes through ``procesbouw.photos.prepare_photo`` first, so what is
stored is a checked PNG or JPEG of at most 2048 px; a file that is not a
readable image is named in place and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from procesbouw.model import Entity, Photo, ValidationError
from ui import settings
from ui.document import MapDocument
from ui.panels.fields import Field

THUMBNAIL = QSize(112, 84)
SMALL_THUMBNAIL = QSize(80, 60)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
_MAX_FILE_BYTES = 60 * 1024 * 1024  # a phone photo is ~10 MB; more is not a photo


def photo_image(photo: Photo) -> QImage:
    image = QImage()
    image.loadFromData(photo.data)
    return image


def dropped_image_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files in a drag that look like images (by name; contents are checked later)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]


class PhotoViewer(QDialog):
    """One photo, as large as the window allows, with its caption (which the
    report prints under the photo) to type or change."""

    def __init__(self, photo: Photo, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(photo.caption or self.tr("Foto"))
        self.document = document
        self.photo_id = photo.id
        self._pixmap = QPixmap.fromImage(photo_image(photo))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(200, 150)
        self.image.setStyleSheet("background: #202124;")
        self.caption = Field(
            placeholder=self.tr("Bijschrift, bijvoorbeeld: het bouwwerk na de sessie")
        )
        self.caption.set_value(photo.caption)
        self.caption.setEnabled(not document.read_only)
        self.caption.submitted.connect(self._set_caption)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption)
        screen = self.screen().availableGeometry().size() * 0.8
        self.resize(self._pixmap.size().scaled(screen, Qt.AspectRatioMode.KeepAspectRatio))

    def _set_caption(self, caption: str) -> None:
        photo = self.document.map.photos.get(self.photo_id)
        if photo is None:
            return
        try:
            if not self.document.change(
                photo, self.tr("Bijschrift wijzigen"), caption=caption.strip()
            ):
                return
        except ValidationError as error:
            self.caption.show_error(settings.error_text(error))
            return
        self.setWindowTitle(caption.strip() or self.tr("Foto"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.image.setPixmap(
            self._pixmap.scaled(
                self.image.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class PhotoStrip(QWidget):
    """The photos of one finding, or of the map itself when ``finding_id`` is None.

    ``message`` carries what went wrong with a file, for the window's status bar;
    the same text stays under the strip until the next attempt."""

    message = Signal(str)

    def __init__(self, document: MapDocument, empty_text: str, compact: bool = False) -> None:
        """``compact``: small thumbnails with the buttons beside them, for a strip
        that shares its room with other things."""
        super().__init__()
        self._size = SMALL_THUMBNAIL if compact else THUMBNAIL
        self.document = document
        self.finding_id: str | None = None
        self._active = True  # False: nothing to attach photos to (no finding chosen)
        self._thumbnails: dict[str, QIcon] = {}
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(self._size)
        self.list.setFixedHeight(self._size.height() + 26)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(4)
        self.list.setToolTip(self.tr("Dubbelklik om een foto groot te bekijken."))
        self.list.itemDoubleClicked.connect(
            lambda item: self.view(item.data(Qt.ItemDataRole.UserRole))
        )
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5F6368; padding: 6px;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        self.add_button = QPushButton(self.tr("Foto toevoegen…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Foto verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout() if compact else QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        photos = QVBoxLayout()
        photos.addWidget(self.list)
        photos.addWidget(self.empty, 1)
        row = QHBoxLayout() if compact else QVBoxLayout()
        row.addLayout(photos, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setAcceptDrops(True)
        self.refresh()

    # -- what is shown --------------------------------------------------------------

    def photos(self) -> list[Photo]:
        if not self._active:
            return []
        return [p for p in self.document.map.photos.values() if p.finding_id == self.finding_id]

    def show_photos_of(self, finding_id: str | None, active: bool = True) -> None:
        if (finding_id, active) != (self.finding_id, self._active):
            self.error.hide()
        self.finding_id = finding_id
        self._active = active
        self.refresh()

    def refresh(self) -> None:
        photos = self.photos()
        self.list.clear()
        for photo in photos:
            item = QListWidgetItem(self._thumbnail(photo), "")
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(photo.caption or self.tr("Dubbelklik om te vergroten"))
            self.list.addItem(item)
        self.list.setVisible(bool(photos))
        self.empty.setVisible(not photos and self._active)
        editable = self._active and not self.document.read_only
        self.add_button.setEnabled(editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self._active and not self.document.read_only
        self.remove_button.setEnabled(editable and bool(self.list.selectedItems()))

    def _thumbnail(self, photo: Photo) -> QIcon:
        # Photos never change their data, so one thumbnail per id lasts.
        icon = self._thumbnails.get(photo.id)
        if icon is None:
            image = photo_image(photo).scaled(
                self._size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            icon = QIcon(QPixmap.fromImage(image))
            self._thumbnails[photo.id] = icon
        return icon

    # -- adding and removing ---------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Foto's toevoegen"),
            "",
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)"),
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Iterable[Path]) -> bool:
        """Store the photos in ``paths`` as one undo step. A file that is not a
        readable PNG or JPEG is named in place and nothing at all is stored."""
        if not self._active:
            return False
        photos: list[Entity] = []
        try:
            for path in paths:
                photos.append(self._read(path))
            if photos:
                text = (
                    self.tr("Foto toevoegen") if len(photos) == 1 else self.tr("Foto's toevoegen")
                )
                if not self.document.add_entities(photos, text):
                    return False
        except ValidationError as error:
            self._show_error(settings.error_text(error))
            return False
        self.error.hide()
        return bool(photos)

    def _read(self, path: Path) -> Photo:
        # Pillow is imported on the first photo, not while the first window paints.
        from procesbouw.photos import prepare_photo

        name = path.name
        try:
            if path.stat().st_size > _MAX_FILE_BYTES:
                raise ValidationError(self.tr("Dit bestand is te groot voor een foto."))
            data, mime = prepare_photo(path.read_bytes())
        except OSError as error:
            raise ValidationError(
                self.tr("'%1' kan niet worden gelezen.").replace("%1", name)
            ) from error
        except ValidationError as error:
            raise ValidationError(f"{name}: {error}") from error
        return Photo(data=data, mime=mime, finding_id=self.finding_id)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.message.emit(text)

    def remove_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if not ids:
            return
        try:
            self.document.remove(ids, self.tr("Foto verwijderen"))
        except ValidationError as error:
            self._show_error(settings.error_text(error))

    def view(self, photo_id: str) -> PhotoViewer | None:
        photo = self.document.map.photos.get(photo_id)
        if photo is None:
            return None
        viewer = PhotoViewer(photo, self.document, self.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    # -- dropping files ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._active and not self.document.read_only and dropped_image_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_image_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
