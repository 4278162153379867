"""Creating and opening map files: check, lock, recover, migrate, load.

A failed open leaves the file byte-identical: the checks read it as bytes or
through ``mode=ro`` before anything may write, the lock is taken only after the
file passed the header check, and it is released again on any failure.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from procesbouw.model import MapDetails, ProcessMap, check_details
from procesbouw.storage import checks, journal, migrate, reading
from procesbouw.storage.connection import MapConnection, open_sqlite
from procesbouw.storage.errors import (
    CorruptMapError,
    MapFileError,
    MapFileExistsError,
    MapNotWritableError,
    MapWriteError,
    Notice,
    WriteCause,
)
from procesbouw.storage.files import move_into_place, temporary_beside
from procesbouw.storage.journal import JournalState
from procesbouw.storage.lock import MapLock
from procesbouw.storage.private_copy import private_copy
from procesbouw.storage.tables import SCHEMA_VERSION

# What a failed write raises: the driver's errors (SQLAlchemy raises them as they
# are, see ``connection``) and the operating system's.
WRITE_ERRORS = (sqlite3.Error, OSError)


def reason(error: BaseException) -> str:
    """The short cause of a write error ("database or disk is full"), without SQL."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


_SQLITE_CAUSES = {
    13: WriteCause.DISK_FULL,  # SQLITE_FULL
    8: WriteCause.READ_ONLY,  # SQLITE_READONLY (and its extended codes)
    10: WriteCause.FILE_GONE,  # SQLITE_IOERR: the medium went away (USB stick, share)
    14: WriteCause.FILE_GONE,  # SQLITE_CANTOPEN: the journal cannot be made there
}
_ERRNO_CAUSES = {
    errno.ENOSPC: WriteCause.DISK_FULL,
    errno.EDQUOT: WriteCause.DISK_FULL,
    errno.EFBIG: WriteCause.DISK_FULL,
    errno.EROFS: WriteCause.READ_ONLY,
    errno.EACCES: WriteCause.READ_ONLY,
    errno.EPERM: WriteCause.READ_ONLY,
    errno.ENOENT: WriteCause.FILE_GONE,
    errno.ESTALE: WriteCause.FILE_GONE,
    errno.EIO: WriteCause.FILE_GONE,
}


def write_error(path: Path, error: BaseException) -> MapWriteError:
    """The ``MapWriteError`` for a failed write, with its cause in plain words."""
    cause = WriteCause.REFUSED
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(error, sqlite3.Error) and isinstance(code, int):
        cause = _SQLITE_CAUSES.get(code & 0xFF, WriteCause.REFUSED)
    elif isinstance(error, OSError) and error.errno is not None:
        cause = _ERRNO_CAUSES.get(error.errno, WriteCause.REFUSED)
    return MapWriteError(path, reason(error), cause)


class OpenedMap(NamedTuple):
    path: Path
    conn: MapConnection
    map: ProcessMap
    lock: MapLock | None  # None: read-only
    schema_version: int = SCHEMA_VERSION  # of the file on disk
    backup_path: Path | None = None  # the original, when opening migrated the file
    notices: tuple[Notice, ...] = ()  # what opening did that the user should know


def create_map(path: Path, details: MapDetails) -> OpenedMap:
    """A new map file with ``details``; never overwrites (MapFileExistsError)."""
    check_details(details)
    if os.path.lexists(path):
        raise MapFileExistsError(path)
    lock = acquire(path)
    # Built beside the target and renamed into place: a crash mid-way never
    # leaves a half-made map under the real name.
    temporary = temporary_beside(path, "creating")
    try:
        from procesbouw.storage import records  # writing loads SQLAlchemy

        made = MapConnection(open_sqlite(temporary, read_only=False, create=True), writable=True)
        try:
            migrate.upgrade(made.sql)
            with made.sql.begin():
                records.write_details(made.sql, details)
        finally:
            made.close()
        if os.path.lexists(path):
            raise MapFileExistsError(path)
        move_into_place(temporary, path)
        conn = MapConnection(open_sqlite(path, read_only=False), writable=True)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        lock.release()
        if isinstance(error, WRITE_ERRORS):
            raise write_error(path, error) from error
        raise
    return OpenedMap(path, conn, ProcessMap(details=details), lock)


def open_map(path: Path, read_only: bool) -> OpenedMap:
    checks.check_header(path)
    if read_only:
        return _open_read_only(path)
    _require_writable_file(path)
    lock = acquire(path)
    try:
        return _open_locked(path, lock)
    except BaseException:
        lock.release()
        raise


def _require_writable_file(path: Path) -> None:
    """MapNotWritableError when the user may not change the file or its folder. The
    mode bits count even for an administrator: a file marked read-only is meant so."""
    for target, folder in ((path, False), (path.parent, True)):
        mode = target.stat().st_mode
        access = os.W_OK | (os.X_OK if folder else 0)
        if not mode & 0o222 or not os.access(target, access):
            raise MapNotWritableError(path, folder)


def _settle_journal(path: Path) -> list[Notice]:
    """Before SQLite sees the map: move a journal that is not the map's own aside, or
    keep a byte copy of the map and let SQLite roll its own journal back."""
    found = journal.inspect(path)
    if found.state is JournalState.NONE:
        return []
    if journal.is_live(path):
        raise MapFileError(
            path,
            f"Een ander programma schrijft op dit moment in '{path.name}'. Probeer het zo "
            "opnieuw, of open de kaart alleen-lezen.",
            f"Another program is writing to '{path.name}' right now. Try again in a moment, "
            "or open the map read-only.",
        )
    try:
        if found.state is JournalState.FOREIGN:
            moved = journal.move_aside(path)
            checks.check_header(path)
            return [
                Notice(
                    f"Naast de kaart lag een journaalbestand dat niet bij deze kaart hoort. Het "
                    f"is niet toegepast maar opzijgezet als '{moved.name}'; de kaart is "
                    "ongewijzigd.",
                    f"A journal file next to the map did not belong to it. It was not applied "
                    f"but moved aside as '{moved.name}'; the map is unchanged.",
                )
            ]
        kept = journal.keep_copy(path)
    except OSError as error:
        raise write_error(path, error) from error
    _recover(path)
    checks.check_header(path)
    return [
        Notice(
            "Een wijziging die bij een eerdere afsluiting (crash, stroomuitval) niet af "
            "was, is teruggedraaid; alle afgemaakte wijzigingen zijn er. Een kopie van de "
            f"kaart van daarvoor staat in '{kept.name}'.",
            "A change left unfinished when Procesbouw last stopped (crash, power cut) was "
            "rolled back; every finished change is there. A copy of the map from before "
            f"that is in '{kept.name}'.",
        )
    ]


def _open_locked(path: Path, lock: MapLock) -> OpenedMap:
    notices = _settle_journal(path)
    probe = open_sqlite(path, read_only=True)
    try:
        version = checks.check_contents(path, probe)
    finally:
        probe.close()
    backup = migrate.copy_aside(path, version) if version < SCHEMA_VERSION else None
    conn = MapConnection(open_sqlite(path, read_only=False), writable=True)
    try:
        if backup is not None:
            _upgrade(path, conn, backup)
        pm = _load(path, conn)
    except BaseException:
        conn.close()
        raise
    return OpenedMap(path, conn, pm, lock, SCHEMA_VERSION, backup, tuple(notices))


def _open_read_only(path: Path) -> OpenedMap:
    state = journal.inspect(path).state
    notices: tuple[Notice, ...] = ()
    if state is JournalState.FOREIGN:
        notices = (
            Notice(
                "Naast de kaart ligt een journaalbestand dat niet bij deze kaart hoort. Het is "
                "genegeerd; de kaart is getoond zoals hij is.",
                "A journal file next to the map does not belong to it. It was ignored; the "
                "map is shown as it is.",
            ),
        )
    hot = state is not JournalState.NONE
    raw = (
        private_copy(path, with_journal=state is JournalState.OURS)
        if hot
        else open_sqlite(path, read_only=True)
    )
    try:
        version = checks.check_contents(path, raw)
        if version < SCHEMA_VERSION and not hot:
            raw = private_copy(path, raw)
    except BaseException:
        raw.close()
        raise
    conn = MapConnection(raw, writable=False)
    try:
        if version < SCHEMA_VERSION:
            _upgrade(path, conn, None)
        pm = _load(path, conn)
    except BaseException:
        conn.close()
        raise
    return OpenedMap(path, conn, pm, None, version, None, notices)


def acquire(path: Path) -> MapLock:
    """Lock ``path`` for editing (MapInUseError), or say why nothing can be written there."""
    try:
        return MapLock.acquire(path)
    except OSError as error:
        raise MapFileError(
            path,
            f"Naast '{path.name}' kan Procesbouw niets schrijven ({error.strerror}), dus de "
            "kaart kan niet bewerkt worden. Open hem alleen-lezen, of kopieer hem naar een "
            "map waarin u mag schrijven.",
            f"Procesbouw cannot write next to '{path.name}' ({error.strerror}), so the map "
            "cannot be edited. Open it read-only, or copy it to a folder you can write to.",
        ) from error


def _recover(path: Path) -> None:
    """Let SQLite roll back a commit that a crashed writer left unfinished."""
    raw = open_sqlite(path, read_only=False)
    try:
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise CorruptMapError(path, str(error)) from error
    finally:
        raw.close()


def _upgrade(path: Path, conn: MapConnection, backup: Path | None) -> None:
    try:
        migrate.upgrade(conn.sql)
    except WRITE_ERRORS as error:
        kept = f" Het origineel staat in '{backup.name}'." if backup else ""
        raise MapFileError(
            path,
            f"De kaart '{path.name}' kon niet bijgewerkt worden naar de nieuwe bestandsversie "
            f"({reason(error)}).{kept}",
            f"The map '{path.name}' could not be updated to the new file version "
            f"({reason(error)}).",
        ) from error


def _load(path: Path, conn: MapConnection) -> ProcessMap:
    try:
        with reading.read_transaction(conn.raw) as raw:
            return reading.load_map(raw)
    except reading.BadRowError as error:
        raise CorruptMapError(path, error.detail_en, error.row, error.reason_nl) from error
    except (sqlite3.Error, ValueError, TypeError, KeyError, OverflowError) as error:
        raise CorruptMapError(path, reason(error)) from error
