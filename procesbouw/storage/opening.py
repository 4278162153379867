"""Creating and opening map files: check, lock, recover, migrate, load.

A failed open leaves the file byte-identical: the checks read it as bytes or
through ``mode=ro`` before anything may write, the lock is taken only after the
file passed the header check, and it is released again on any failure.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from procesbouw.model import MapDetails, ProcessMap, check_details
from procesbouw.storage import checks, migrate, records
from procesbouw.storage.connection import connect, open_sqlite
from procesbouw.storage.errors import (
    CorruptMapError,
    MapFileError,
    MapFileExistsError,
    MapWriteError,
)
from procesbouw.storage.files import move_into_place, temporary_beside
from procesbouw.storage.lock import MapLock
from procesbouw.storage.private_copy import private_copy
from procesbouw.storage.schema import SCHEMA_VERSION

WRITE_ERRORS = (SQLAlchemyError, sqlite3.Error, OSError)


def reason(error: BaseException) -> str:
    """The short cause of a write error ("database or disk is full"), without SQL."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        return str(error.orig)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


class OpenedMap(NamedTuple):
    path: Path
    conn: Connection
    map: ProcessMap
    lock: MapLock | None  # None: read-only
    schema_version: int = SCHEMA_VERSION  # of the file on disk
    backup_path: Path | None = None  # the original, when opening migrated the file


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
        conn = connect(open_sqlite(temporary, read_only=False, create=True), writable=True)
        try:
            migrate.upgrade(conn)
            with conn.begin():
                records.write_details(conn, details)
        finally:
            conn.close()
        if os.path.lexists(path):
            raise MapFileExistsError(path)
        move_into_place(temporary, path)
        conn = connect(open_sqlite(path, read_only=False), writable=True)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        lock.release()
        if isinstance(error, WRITE_ERRORS):
            raise MapWriteError(path, reason(error)) from error
        raise
    return OpenedMap(path, conn, ProcessMap(details=details), lock)


def open_map(path: Path, read_only: bool) -> OpenedMap:
    checks.check_header(path)
    if read_only:
        return _open_read_only(path)
    lock = acquire(path)
    try:
        return _open_locked(path, lock)
    except BaseException:
        lock.release()
        raise


def _open_locked(path: Path, lock: MapLock) -> OpenedMap:
    if checks.has_hot_journal(path):
        _recover(path)
        checks.check_header(path)
    probe = open_sqlite(path, read_only=True)
    try:
        version = checks.check_contents(path, probe)
    finally:
        probe.close()
    backup = migrate.copy_aside(path, version) if version < SCHEMA_VERSION else None
    conn = connect(open_sqlite(path, read_only=False), writable=True)
    try:
        if backup is not None:
            _upgrade(path, conn, backup)
        pm = _load(path, conn)
    except BaseException:
        conn.close()
        raise
    return OpenedMap(path, conn, pm, lock, SCHEMA_VERSION, backup)


def _open_read_only(path: Path) -> OpenedMap:
    hot = checks.has_hot_journal(path)
    raw = private_copy(path) if hot else open_sqlite(path, read_only=True)
    try:
        version = checks.check_contents(path, raw)
        if version < SCHEMA_VERSION and not hot:
            raw = private_copy(path, raw)
    except BaseException:
        raw.close()
        raise
    conn = connect(raw, writable=False)
    try:
        if version < SCHEMA_VERSION:
            _upgrade(path, conn, None)
        pm = _load(path, conn)
    except BaseException:
        conn.close()
        raise
    return OpenedMap(path, conn, pm, None, version)


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


def _upgrade(path: Path, conn: Connection, backup: Path | None) -> None:
    try:
        migrate.upgrade(conn)
    except WRITE_ERRORS as error:
        kept = f" Het origineel staat in '{backup.name}'." if backup else ""
        raise MapFileError(
            path,
            f"De kaart '{path.name}' kon niet bijgewerkt worden naar de nieuwe bestandsversie "
            f"({reason(error)}).{kept}",
            f"The map '{path.name}' could not be updated to the new file version "
            f"({reason(error)}).",
        ) from error


def _load(path: Path, conn: Connection) -> ProcessMap:
    try:
        with conn.begin():
            return records.load_map(conn)
    except (SQLAlchemyError, ValueError, TypeError, KeyError) as error:
        raise CorruptMapError(path, reason(error)) from error
