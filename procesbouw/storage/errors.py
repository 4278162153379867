"""Why a map file could not be opened or written.

Every error has a Dutch message for the facilitator (``str(error)``) and an
English one (``error.message_en``). ``path`` is the file concerned. Opening
raises one of these and leaves the file exactly as it was; an edit that could
not be stored raises ``MapWriteError`` and leaves the in-memory map unchanged.

Hierarchy::

    MapFileError                 base class
    ├── MapFileNotFoundError     there is no file at that path
    ├── MapFileExistsError       create/save would overwrite an existing file
    ├── NotAMapError             empty file, other bytes, another SQLite file, a folder
    ├── CorruptMapError          one of our maps, but truncated or damaged
    ├── UnsafeMapError           holds triggers, views or tables a map never has
    ├── NewerVersionError        made by a newer Procesbouw (schema version too high)
    ├── MapInUseError            another running Procesbouw has the map open
    ├── ReadOnlyMapError         an edit on a map opened read-only
    ├── MapNotWritableError      opening for editing a file the user may not write
    └── MapWriteError            an edit or copy could not be written (disk full, …)
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import NamedTuple


class Notice(NamedTuple):
    """Something opening did that the facilitator should know (a journal moved
    aside, a copy kept), in Dutch and English."""

    nl: str
    en: str


class MapFileError(Exception):
    """Base class: a map file problem a facilitator can read about."""

    def __init__(self, path: Path, message_nl: str, message_en: str) -> None:
        super().__init__(message_nl)
        self.path = path
        self.message_nl = message_nl
        self.message_en = message_en


class MapFileNotFoundError(MapFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Het bestand '{path.name}' bestaat niet (meer). Is het verplaatst of hernoemd?",
            f"The file '{path.name}' does not exist. Was it moved or renamed?",
        )


class MapFileExistsError(MapFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Er bestaat al een bestand '{path.name}'. Kies een andere naam.",
            f"A file '{path.name}' already exists. Choose another name.",
        )


class NotAMapError(MapFileError):
    """The path holds something other than a Procesbouw map; ``reason`` says what."""

    def __init__(self, path: Path, reason_nl: str, reason_en: str) -> None:
        super().__init__(
            path,
            f"'{path.name}' is geen Procesbouw-kaart: {reason_nl}. Het bestand is niet gewijzigd.",
            f"'{path.name}' is not a Procesbouw map: {reason_en}. The file was not changed.",
        )


class CorruptMapError(MapFileError):
    """A map of ours that is incomplete or damaged (e.g. a half-copied file).

    ``row`` names the table and row whose stored values break the map's rules (and
    ``reason_nl`` says which rule), when that is what is wrong."""

    def __init__(
        self, path: Path, detail: str, row: str | None = None, reason_nl: str | None = None
    ) -> None:
        where_nl = f" In tabel {row}: {reason_nl or detail}" if row else ""
        where_en = f" In table {row}: {detail}" if row else f" ({detail})"
        super().__init__(
            path,
            f"De kaart '{path.name}' is beschadigd of onvolledig (bijvoorbeeld half gekopieerd "
            "of half gesynchroniseerd, of door een ander programma gewijzigd). Het bestand is "
            "niet gewijzigd. Probeer een eerdere versie uit de synchronisatiemap of "
            f"prullenbak, of een back-up.{where_nl}",
            f"The map '{path.name}' is damaged or incomplete (for example copied or synced "
            "halfway, or changed by another program). The file was not changed. Try an "
            f"earlier version from the sync folder or a backup.{where_en}",
        )
        self.detail = detail
        self.row = row


class UnsafeMapError(MapFileError):
    """The file's schema has more (or other) than a map of its version: triggers and
    views could run code on the next edit or query. ``problems`` lists them."""

    def __init__(self, path: Path, problems: list[tuple[str, str]]) -> None:
        more = " …" if len(problems) > 5 else ""
        listed_nl = "; ".join(nl for nl, _en in problems[:5]) + more
        listed = "; ".join(en for _nl, en in problems[:5]) + more
        super().__init__(
            path,
            f"De kaart '{path.name}' bevat onderdelen die Procesbouw zelf nooit maakt "
            f"({listed_nl}). "
            "Zulke onderdelen kunnen bij het bewerken ongemerkt gegevens wissen of wijzigen, "
            "dus Procesbouw opent deze kaart niet en voert er niets van uit. Het bestand is "
            "niet gewijzigd. Vraag de afzender om een JSON-export van de kaart.",
            f"The map '{path.name}' contains parts Procesbouw never makes itself ({listed}). "
            "Such parts could silently delete or change data while you edit, so Procesbouw "
            "does not open this map and runs none of it. The file was not changed. Ask the "
            "sender for a JSON export of the map.",
        )
        self.problems = problems


class NewerVersionError(MapFileError):
    """The file's schema is newer than this app knows; ``found`` is its version number
    (None when the version is not even a number we can read)."""

    def __init__(self, path: Path, found: int | None, supported: int) -> None:
        shown = "onbekend" if found is None else str(found)
        super().__init__(
            path,
            f"De kaart '{path.name}' is gemaakt met een nieuwere Procesbouw (bestandsversie "
            f"{shown}; deze versie kent tot en met {supported}). Werk Procesbouw bij om hem "
            "te openen. Het bestand is niet gewijzigd.",
            f"The map '{path.name}' was made by a newer Procesbouw (file version "
            f"{'unknown' if found is None else found}; this version knows up to {supported}). "
            "Update Procesbouw to open it. The file was not changed.",
        )
        self.found = found
        self.supported = supported


class MapInUseError(MapFileError):
    """Another running Procesbouw holds the map's lock: ``user``@``host`` since ``since``.
    ``lock_file`` is the lock beside the map; removing it by hand is the way out when
    that computer crashed (a crashed instance on *this* computer is detected itself)."""

    def __init__(self, path: Path, user: str, host: str, since: str, lock_file: Path) -> None:
        super().__init__(
            path,
            f"De kaart '{path.name}' is al geopend door {user}@{host} (sinds {since}). "
            "U kunt hem alleen-lezen openen, of wachten tot hij daar gesloten is. Is die "
            f"computer vastgelopen? Verwijder dan het bestand '{lock_file.name}' naast de kaart.",
            f"The map '{path.name}' is already open by {user}@{host} (since {since}). "
            "You can open it read-only, or wait until it is closed there. Did that computer "
            f"crash? Then delete the file '{lock_file.name}' next to the map.",
        )
        self.user = user
        self.host = host
        self.since = since
        self.lock_file = lock_file


class ReadOnlyMapError(MapFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"De kaart '{path.name}' is alleen-lezen geopend; wijzigingen zijn niet mogelijk. "
            "Gebruik 'Opslaan als' om in een kopie verder te werken.",
            f"The map '{path.name}' is open read-only; it cannot be changed. "
            "Use 'Save as' to continue in a copy.",
        )


class MapNotWritableError(MapFileError):
    """Opening for editing a map the user may not change: the file is read-only
    (mode 0444, or not the user's), or its folder is, so SQLite could not write
    its journal there. Open it read-only instead; ``save_as`` makes an editable copy."""

    def __init__(self, path: Path, folder: bool) -> None:
        what_nl = "de map (folder) waarin het staat" if folder else "het bestand"
        what_en = "the folder it is in" if folder else "the file"
        super().__init__(
            path,
            f"'{path.name}' is alleen-lezen: {what_nl} mag niet gewijzigd worden. Bekijken "
            "kan; wijzigen alleen in een kopie ('Opslaan als…').",
            f"'{path.name}' is read-only: {what_en} may not be changed. It can be viewed; "
            "changes can only be made in a copy ('Save as…').",
        )
        self.folder = folder


class WriteCause(Enum):
    """Why a write failed, in the facilitator's words (Dutch, English)."""

    DISK_FULL = ("de schijf is vol", "the disk is full")
    READ_ONLY = ("het bestand is alleen-lezen", "the file is read-only")
    FILE_GONE = (
        "het bestand is verplaatst, verwijderd of niet meer bereikbaar",
        "the file was moved, deleted or cannot be reached",
    )
    REFUSED = ("de database weigerde de wijziging", "the database refused the change")


class MapWriteError(MapFileError):
    """The file refused a write; the map in memory is as it was before the edit.
    ``cause`` says why in plain words, ``detail`` is SQLite's or the system's text."""

    def __init__(self, path: Path, detail: str, cause: WriteCause = WriteCause.REFUSED) -> None:
        nl, en = cause.value
        super().__init__(
            path,
            f"Deze wijziging kon niet worden opgeslagen: {nl}. Er is niets verloren; je "
            f"laatste wijziging is teruggedraaid. ({path.name}: {detail})",
            f"This change could not be saved: {en}. Nothing was lost; your last change was "
            f"undone. ({path.name}: {detail})",
        )
        self.detail = detail
        self.cause = cause
