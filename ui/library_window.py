"""The team library's window: every team's newest version with its key figures
(sortable, filterable by organisation and text), the versions of the selected
map, "open as a map" and the portfolio PDF. Everything it asks the library runs
off the UI thread; while it waits it says so, and when the server cannot be
reached it says that in the window and keeps working."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procesbouw.library import LibraryError
from procesbouw.units import format_duration_rounded, format_percent
from ui import settings
from ui.library_access import LibraryAccess, documents_folder
from ui.panels.wording import voice_label

if TYPE_CHECKING:
    from procesbouw.library import Library, LibraryVersion

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


def lead_time_text(row: LibraryVersion, lang: str) -> str:
    if row.lead_time is None:
        return "—"
    return format_duration_rounded(row.lead_time, row.hours_per_day, lang)


def percent_text(value: float | None, lang: str, signed: bool = False) -> str:
    if value is None:
        return "—"
    sign = ("+" if value > 0 else "−" if value < 0 else "") if signed else ""
    return sign + format_percent(abs(value) if signed else value, lang)


class PortfolioFilter(QSortFilterProxyModel):
    """Rows of one organisation (None: all) whose organisation, team or name holds ``text``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.organisation: str | None = None
        self.text = ""

    def set_filter(self, organisation: str | None, text: str) -> None:
        self.organisation, self.text = organisation, text.strip().lower()
        self.invalidate()

    def filterAcceptsRow(  # noqa: N802 (Qt override)
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        row: LibraryVersion = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.organisation is not None and row.organisation != self.organisation:
            return False
        return not self.text or self.text in f"{row.organisation} {row.team} {row.name}".lower()


class LibraryWindow(QWidget):
    """``open_requested(Path)``: a version was saved as a map file; open it."""

    open_requested = Signal(object)

    def __init__(self, access: LibraryAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.access = access
        self.lang = settings.active_language()
        self.rows: list[LibraryVersion] = []
        self.setWindowTitle(self.tr("Teambibliotheek — portfolio"))
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.organisation = QComboBox()
        self.organisation.setMinimumWidth(220)
        self.organisation.currentIndexChanged.connect(self._filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek team of kaart…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.refresh_button = QPushButton(self.tr("Vernieuwen"))
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Portfolio-PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # "working", without pretending to know how far
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.model = QStandardItemModel(0, len(self._headers()))
        self.model.setHorizontalHeaderLabels(self._headers())
        for column, tip in ((6, self.tr("First-time-right over de hele keten")),
                            (7, self.tr("Stroomefficiëntie")),
                            (8, self.tr("Verandering van de doorlooptijd sinds de eerste "
                                        "momentopname van het team")),
                            (9, self.tr("Per meting de waarde nu en de verandering sinds "
                                        "de eerste momentopname; wijs een team aan"))):  # fmt: skip
            self.model.horizontalHeaderItem(column).setToolTip(tip)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(9, QHeaderView.ResizeMode.Stretch)  # elides; tooltip: all
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.versions = QTableWidget(0, 4)
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Versie"), self.tr("Gepubliceerd door"), self.tr("Op"),
             self.tr("Doorlooptijd")]
        )  # fmt: skip
        self.versions.verticalHeader().hide()
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.setMaximumHeight(170)
        self.open_button = QPushButton(self.tr("Openen als kaart…"))
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(False)
        self._build_layout()
        access.address_changed.connect(self._address_changed)
        self.resize(1200, 680)

    @Slot(str)
    def _address_changed(self, _address: str) -> None:
        self.refresh()

    def _headers(self) -> list[str]:
        return [
            self.tr("Organisatie"), self.tr("Team"), self.tr("Kaart"), self.tr("Versie"),
            self.tr("Gepubliceerd"), self.tr("Doorlooptijd"), self.tr("FTR"),
            self.tr("Stroom-eff."), self.tr("Sinds start"), self.tr("Drie stemmen"),
        ]  # fmt: skip

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Organisatie:")))
        top.addWidget(self.organisation)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.pdf_button)
        status = QHBoxLayout()
        status.addWidget(self.address, 1)
        status.addWidget(self.busy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.versions, 1)
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Versies van de gekozen kaart")))
        layout.addLayout(bottom)
        layout.addLayout(status)

    # -- talking to the library ----------------------------------------------------------

    def _ask(self, job: Callable[[Library], Any], done: Callable[[Any], None], busy: str) -> None:
        self.busy.show()
        self.address.setText(busy)
        self.refresh_button.setEnabled(False)

        def finished(result: Any) -> None:
            self._idle()
            self.message.hide()
            done(result)

        self.access.run(job, finished, self._failed, self)

    def _idle(self) -> None:
        self.busy.hide()
        self.refresh_button.setEnabled(True)
        self.address.setText(self.tr("Teambibliotheek: %1").replace("%1", self.access.address))

    def _failed(self, error: LibraryError) -> None:
        self._idle()
        self.message.setText(error.text(self.lang))
        self.message.setStyleSheet("color: #B3261E; font-weight: 600;")
        self.message.show()

    def refresh(self) -> None:
        """Load every team's newest version (off the UI thread)."""
        self._ask(lambda library: library.latest_versions(), self._show_rows,
                  self.tr("Bezig met laden uit %1…").replace("%1", self.access.where))  # fmt: skip

    def _show_rows(self, rows: list[LibraryVersion]) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self.model.appendRow(self._items(row))
        chosen = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("Alle organisaties"), None)
        for name in sorted({row.organisation for row in rows}):
            self.organisation.addItem(name or "—", name)
        index = self.organisation.findData(chosen)
        self.organisation.setCurrentIndex(max(index, 0))
        self.organisation.blockSignals(False)
        self._filter()
        if not rows:
            self.message.setText(self.tr("De teambibliotheek is nog leeg. Publiceer een kaart "
                                         "via Teambibliotheek → Publiceren."))  # fmt: skip
            self.message.setStyleSheet("")
            self.message.show()

    def _items(self, row: LibraryVersion) -> list[QStandardItem]:
        lang = self.lang
        voices = " · ".join(voice.brief(lang) for voice in row.voices)
        cells: list[tuple[str, Any]] = [
            (row.organisation or "—", row.organisation.lower()),
            (row.team or "—", row.team.lower()),
            (row.name, row.name.lower()),
            (str(row.number), row.number),
            (row.published_at.astimezone().strftime("%d-%m-%Y"), row.published_at.timestamp()),
            (lead_time_text(row, lang), row.lead_time if row.lead_time is not None else -1.0),
            (percent_text(row.rolled_ftr, lang), _number(row.rolled_ftr)),
            (percent_text(row.flow_efficiency, lang), _number(row.flow_efficiency)),
            (percent_text(row.lead_time_change, lang, signed=True), _number(row.lead_time_change)),
            (voices or self.tr("niet gemeten"), voices),
        ]
        items = []
        for column, (text, key) in enumerate(cells):
            item = QStandardItem(text)
            item.setData(key, SORT_ROLE)
            if column >= 3 and column != 9:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        items[0].setData(row, ROW_ROLE)
        items[9].setToolTip(self._voices_tip(row))
        return items

    def _voices_tip(self, row: LibraryVersion) -> str:
        """Every measure in full: voice, name and unit, start → now, and where "now" is from."""
        if not row.voices:
            return self.tr("Dit team heeft nog geen van de drie stemmen gemeten.")
        lines = []
        for voice in row.voices:
            line = f"{voice_label(voice.voice).capitalize()}: {voice.sentence(self.lang)}"
            if voice.improved is not None:
                line += " " + (self.tr("Beter.") if voice.improved else self.tr("Slechter."))
            if voice.at is not None:
                line += " " + self.tr("(Nu: gemeten bij ‘%1’.)").replace("%1", voice.at)
            lines.append(line)
        return "\n".join(lines)

    def _filter(self) -> None:
        self.proxy.set_filter(self.organisation.currentData(), self.search.text())

    def selected_row(self) -> LibraryVersion | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        source = self.proxy.mapToSource(indexes[0])
        row: LibraryVersion = self.model.item(source.row(), 0).data(ROW_ROLE)
        return row

    def _selected(self, *_: object) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.versions.setRowCount(0)
        if row is None:
            return
        map_id = row.map_id
        self._ask(lambda library: library.versions(map_id), self._show_versions,
                  self.tr("Versies laden…"))  # fmt: skip

    def _show_versions(self, versions: list[LibraryVersion]) -> None:
        self.versions.setRowCount(len(versions))
        for index, version in enumerate(versions):
            when = version.published_at.astimezone().strftime("%d-%m-%Y %H:%M")
            cells = [str(version.number), version.published_by, when,
                     lead_time_text(version, self.lang)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROW_ROLE, version)
                self.versions.setItem(index, column, item)
        if versions:
            self.versions.selectRow(0)

    # -- opening and the PDF -------------------------------------------------------------

    def open_selected(self) -> None:
        """Save the chosen version (default: the newest) as a new map file and open it."""
        row = self.selected_row()
        if row is None:
            return
        chosen = self.versions.currentItem()
        version: LibraryVersion = chosen.data(ROW_ROLE) if chosen is not None else row
        suggestion = documents_folder() / "Procesbouw" / f"{row.name} v{version.number}.procesbouw"
        path_text, _ = QFileDialog.getSaveFileName(
            self, self.tr("Versie openen als kaart"), str(suggestion), "Procesbouw (*.procesbouw)"
        )
        if path_text:
            self.open_version(version, Path(path_text))

    def open_version(self, version: LibraryVersion, path: Path) -> None:
        from procesbouw.library import open_version

        if path.suffix != ".procesbouw":
            path = path.with_suffix(".procesbouw")

        def job(library: Library) -> Path:
            open_version(library, version.map_id, version.number, path).close()
            return path

        self._ask(job, self.open_requested.emit, self.tr("Versie ophalen…"))

    def export_pdf(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Portfolio-PDF"), str(documents_folder() / "portfolio.pdf"), "PDF (*.pdf)"
        )
        if target:
            self.write_pdf(Path(target))

    def write_pdf(self, path: Path) -> None:
        from procesbouw.report.portfolio import build_portfolio

        rows = [r for r in self.rows if self.organisation.currentData() in (None, r.organisation)]
        lang, where = self.lang, self.access.where

        def job(_library: Library) -> Path:
            try:
                build_portfolio(rows, path, lang=lang, library=where)
            except OSError as error:
                reason = error.strerror or str(error)
                raise LibraryError(f"Kan de PDF niet schrijven: {reason}.",
                                   f"Cannot write the PDF: {reason}.") from error  # fmt: skip
            return path

        self._ask(job, lambda done: self.address.setText(
            self.tr("Portfolio geschreven: %1").replace("%1", str(done))),
            self.tr("Portfolio-PDF maken…"))  # fmt: skip


def _number(value: float | None) -> float:
    return value if value is not None else float("-inf")
