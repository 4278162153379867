"""Map files (``*.procesbouw``): SQLite through SQLAlchemy, one commit per edit.

``MapFile`` is the whole public surface, with the errors in ``errors``; the file
format is described in ``docs/file-format.md``.

``MapFile`` is loaded on first use: code that only catches a ``MapFileError``
(or a start screen that paints before any map is opened) does not pay for the
storage code. SQLAlchemy itself loads only with a map's first write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from procesbouw.storage.errors import (
    CorruptMapError,
    MapFileError,
    MapFileExistsError,
    MapFileNotFoundError,
    MapInUseError,
    MapWriteError,
    NewerVersionError,
    NotAMapError,
    ReadOnlyMapError,
)

if TYPE_CHECKING:
    from procesbouw.storage.mapfile import MapFile
    from procesbouw.storage.tables import APPLICATION_ID, SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "CorruptMapError",
    "MapFile",
    "MapFileError",
    "MapFileExistsError",
    "MapFileNotFoundError",
    "MapInUseError",
    "MapWriteError",
    "NewerVersionError",
    "NotAMapError",
    "ReadOnlyMapError",
]


def __getattr__(name: str) -> Any:
    if name == "MapFile":
        from procesbouw.storage.mapfile import MapFile

        return MapFile
    if name in ("APPLICATION_ID", "SCHEMA_VERSION"):
        from procesbouw.storage import tables

        return getattr(tables, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
