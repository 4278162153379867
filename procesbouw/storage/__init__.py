"""Map files (``*.procesbouw``): SQLite through SQLAlchemy, one commit per edit.

``MapFile`` is the whole public surface, with the errors in ``errors``; the file
format is described in ``docs/file-format.md``.
"""

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
from procesbouw.storage.mapfile import MapFile
from procesbouw.storage.schema import APPLICATION_ID, SCHEMA_VERSION

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
