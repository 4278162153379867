"""Is this file one of our maps, intact, and of a version we know? Asked without writing.

``check_header`` reads the first 100 bytes with plain ``open(…, "rb")``;
``check_contents`` asks SQLite through a ``mode=ro`` connection. Neither can
change a byte of the file, which is what lets a failed open promise the file
is exactly as it was.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from procesbouw.storage import journal, schema_check
from procesbouw.storage.errors import (
    CorruptMapError,
    MapFileError,
    MapFileNotFoundError,
    NewerVersionError,
    NotAMapError,
    UnsafeMapError,
)
from procesbouw.storage.tables import APPLICATION_ID, SCHEMA_VERSION

_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def has_hot_journal(path: Path) -> bool:
    """A rollback journal this map's own writer left when it stopped mid-commit (crash,
    power cut). SQLite rolls it back on the next writable open; until then the file
    alone is not the last committed state. A cold journal (header still zero) or one
    that does not belong to this map does not count (see ``journal``)."""
    return journal.inspect(path).state is journal.JournalState.OURS


def check_header(path: Path) -> None:
    """Raise unless ``path`` is a regular file that starts like one of our maps and
    is as long as its header says (a cut-off copy is caught here, cheaply)."""
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise MapFileNotFoundError(path) from error
    except OSError as error:
        raise _unreadable(path, error) from error
    if stat.S_ISDIR(info.st_mode):
        raise NotAMapError(path, "het is een map (folder), geen bestand", "it is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise NotAMapError(path, "het is geen gewoon bestand", "it is not a regular file")
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
    except OSError as error:
        raise _unreadable(path, error) from error
    if not header:
        raise NotAMapError(path, "het bestand is leeg", "the file is empty")
    if len(header) < _HEADER_SIZE or not header.startswith(_MAGIC):
        raise NotAMapError(
            path, "het bevat iets anders dan een proceskaart", "it holds something else"
        )
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAMapError(
            path,
            "het is een database van een ander programma",
            "it is a database of another program",
        )
    if not has_hot_journal(path):
        _check_length(path, header, info.st_size)


def _check_length(path: Path, header: bytes, size: int) -> None:
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is only trustworthy when "version-valid-for"
    # equals the change counter (SQLite's own rule).
    if header[92:96] == header[24:28] and size < pages * page_size:
        raise CorruptMapError(path, f"file has {size} of {pages * page_size} bytes")


def check_contents(path: Path, raw: sqlite3.Connection) -> int:
    """The schema version of an intact map behind ``raw``; raises otherwise.

    Reads nothing but ``sqlite_master`` and the version row until the schema is known
    to be exactly what that version has (``schema_check``): no trigger or view of the
    file can run before that."""
    try:
        found = schema_check.read_schema(raw)
    except sqlite3.DatabaseError as error:
        raise CorruptMapError(path, f"unreadable schema: {error}") from error
    if found.get(("table", "alembic_version"), ("",))[0] != "table":
        raise CorruptMapError(path, "no schema version")
    try:
        rows = raw.execute("SELECT version_num FROM alembic_version LIMIT 2").fetchall()
    except sqlite3.DatabaseError as error:
        raise CorruptMapError(path, f"no schema version: {error}") from error
    if len(rows) != 1:
        raise CorruptMapError(path, f"{len(rows) or 'no'} schema version rows")
    text = rows[0][0]
    if not isinstance(text, str) or not text.isdecimal() or len(text) > 9:
        raise NewerVersionError(path, None, SCHEMA_VERSION)
    version = int(text)
    if version > SCHEMA_VERSION:
        raise NewerVersionError(path, version, SCHEMA_VERSION)
    if version < 1:
        raise CorruptMapError(path, f"schema version {version}")
    unexpected = schema_check.differences(found, version)
    if unexpected:
        raise UnsafeMapError(path, unexpected)
    try:
        problems = [r[0] for r in raw.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        raise CorruptMapError(path, str(error)) from error
    if problems != ["ok"]:
        raise CorruptMapError(path, "; ".join(problems[:3]))
    if raw.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise CorruptMapError(path, "links to entities that do not exist")
    return version


def _unreadable(path: Path, error: OSError) -> MapFileError:
    return MapFileError(
        path,
        f"Het bestand '{path.name}' kan niet gelezen worden ({error.strerror}).",
        f"The file '{path.name}' cannot be read ({error.strerror}).",
    )
