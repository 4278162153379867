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
    ├── NewerVersionError        made by a newer Procesbouw (schema version too high)
    ├── MapInUseError            another running Procesbouw has the map open
    ├── ReadOnlyMapError         an edit on a map opened read-only
    └── MapWriteError            an edit or copy could not be written (disk full, …)
"""

from __future__ import annotations

from pathlib import Path


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
    """A map of ours that is incomplete or damaged (e.g. a half-copied file)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            f"De kaart '{path.name}' is beschadigd of onvolledig (bijvoorbeeld half gekopieerd "
            "of half gesynchroniseerd). Het bestand is niet gewijzigd. Probeer een eerdere "
            "versie uit de synchronisatiemap of prullenbak, of een back-up.",
            f"The map '{path.name}' is damaged or incomplete (for example copied or synced "
            "halfway). The file was not changed. Try an earlier version from the sync folder "
            f"or a backup. ({detail})",
        )
        self.detail = detail


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


class MapWriteError(MapFileError):
    """The file refused a write; the map in memory is as it was before the edit."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            f"De wijziging kon niet worden opgeslagen in '{path.name}' ({detail}). "
            "De kaart is teruggezet naar de laatst opgeslagen toestand. Is de schijf vol "
            "of het bestand verplaatst?",
            f"The change could not be saved to '{path.name}' ({detail}). The map is back at "
            "its last saved state. Is the disk full or the file moved?",
        )
        self.detail = detail
