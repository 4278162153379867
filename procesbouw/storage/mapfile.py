"""``MapFile``: a process map kept in a ``*.procesbouw`` file, one commit per edit.

Every edit method validates through the model, writes a few statements and
commits before it returns, then tells the listeners. Once an edit call returns,
the edit survives a crash or a power cut (see ``connection`` for the journal
mode). If the write fails the in-memory change is reverted, so ``self.map`` is
always exactly what is committed (outside a ``batch``).

The map is read without SQLAlchemy (``reading``); the edits write through
``records``, imported by the first one, so a map's window paints before
SQLAlchemy has loaded (``prepare_for_edits`` loads it at a quiet moment).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from types import TracebackType
from typing import Any

from procesbouw.events import Change, MapEvent
from procesbouw.model import ENTITY_TYPES, Entity, MapDetails, ProcessMap
from procesbouw.storage import opening, reading
from procesbouw.storage.connection import MapConnection, open_sqlite
from procesbouw.storage.errors import (
    CorruptMapError,
    MapFileError,
    MapWriteError,
    ReadOnlyMapError,
    WriteCause,
)
from procesbouw.storage.files import move_into_place, temporary_beside
from procesbouw.storage.opening import WRITE_ERRORS
from procesbouw.storage.origin import LibraryOrigin
from procesbouw.storage.tables import SCHEMA_VERSION

Listener = Callable[[MapEvent], None]
_COLLECTIONS = tuple(f.name for f in fields(ProcessMap) if f.name != "details")


@dataclass
class _Batch:
    """What a batch level restores on failure: the map as it was, and how many
    events had been sent before it started."""

    details: MapDetails
    collections: dict[str, dict[str, Any]]
    events_before: int


class MapFile:
    """An open map file. Use ``create`` or ``open``; close it (or use ``with``).

    ``schema_version`` is the version of the file on disk (older than the app's
    only for a read-only open of an old map, which is migrated in memory only);
    ``backup_path`` is where the original went when opening migrated the file.
    """

    def __init__(self, opened: opening.OpenedMap) -> None:
        self.path = opened.path
        self.map = opened.map
        self.read_only = opened.lock is None
        self.schema_version = opened.schema_version
        self.backup_path = opened.backup_path
        self.notices = opened.notices  # what opening did that the user should know
        self._db = opened.conn
        self._lock = opened.lock
        self._listeners: list[Listener] = []
        self._batches: list[_Batch] = []
        self._batch_events: list[MapEvent] = []
        self._batch_failed: MapWriteError | None = None  # the write that sank the batch
        self._closed = False
        self._identity = _identity(self.path)
        self._origin = self._load_origin()

    # -- opening -------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, details: MapDetails | None = None) -> MapFile:
        """A new, empty map file at ``path``; never overwrites (MapFileExistsError)."""
        return cls(opening.create_map(_real(path), details or MapDetails()))

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> MapFile:
        """Check, lock, migrate (keeping the original aside) and load a map file.

        Raises a ``MapFileError`` subclass and leaves the file byte-identical when
        it is not an intact map of a version this app knows, or is in use.
        A read-only open takes no lock and never writes: an older map is migrated
        in memory only."""
        return cls(opening.open_map(_real(path), read_only))

    # -- edits ---------------------------------------------------------------------

    def prepare_for_edits(self) -> None:
        """Load what writing needs (SQLAlchemy, ~150 ms), so the first edit does
        not wait for it. Harmless to call again, or on a read-only map."""
        if not (self.read_only or self._closed):
            from procesbouw.storage import records  # noqa: F401 - loaded, not used here

            _ = self._db.sql

    def add(self, entity: Entity, index: int | None = None) -> None:
        """Add ``entity`` at ``index`` in its collection (default: the end)."""
        self._require_writable()
        from procesbouw.storage import records  # writing loads SQLAlchemy

        self.map.add(entity, index)
        order = list(self.map.collection(type(entity)))
        position = order.index(entity.id)
        before = order[position + 1] if position + 1 < len(order) else None
        self._store(
            MapEvent(Change.ADDED, entity),
            lambda: records.insert_entity(self._db.sql, entity, before),
            lambda: self.map.collection(type(entity)).pop(entity.id),
        )

    def fill(self, source: ProcessMap) -> None:
        """Add everything in ``source`` (a map made elsewhere: an import, a sample)
        to this empty map, in one transaction. Each entity is checked like an edit
        first; nothing is written when one is refused. The rows are then written
        table by table, not entity by entity. Listeners are not told: a filled
        map is new to everyone."""
        self._require_writable()
        from procesbouw.storage import records  # writing loads SQLAlchemy

        if any(getattr(self.map, name) for name in _COLLECTIONS):
            raise ValueError("fill() needs an empty map")
        try:
            # Collections in dependency order: an entity only points to earlier ones.
            for kind in ENTITY_TYPES:
                for entity in source.collection(kind).values():
                    self.map.add(entity)
            records.insert_all(self._db.sql, self.map)
            self._db.sql.commit()
        except BaseException as error:
            self.map = ProcessMap(details=self.map.details)
            with contextlib.suppress(*WRITE_ERRORS):
                self._db.sql.rollback()
            if isinstance(error, WRITE_ERRORS):
                raise MapWriteError(self.path, opening.reason(error)) from error
            raise

    def replace(self, entity: Entity) -> Entity:
        """Replace the entity with ``entity.id``; returns the old one."""
        self._require_writable()
        from procesbouw.storage import records  # writing loads SQLAlchemy

        old = self.map.replace(entity)
        self._store(
            MapEvent(Change.CHANGED, entity, old),
            lambda: records.update_entity(self._db.sql, entity),
            lambda: self.map.collection(type(entity)).__setitem__(entity.id, old),
        )
        return old

    def remove(self, entity_id: str) -> tuple[Entity, int]:
        """Remove an entity nothing depends on; returns it and its index (for undo)."""
        self._require_writable()
        from procesbouw.storage import records  # writing loads SQLAlchemy

        entity, index = self.map.remove(entity_id)
        self._store(
            MapEvent(Change.REMOVED, entity),
            lambda: records.delete_entity(self._db.sql, entity),
            lambda: self.map.add(entity, index),
        )
        return entity, index

    def set_details(self, details: MapDetails) -> MapDetails:
        """Replace the map's details; returns the old ones."""
        self._require_writable()
        from procesbouw.storage import records  # writing loads SQLAlchemy

        old = self.map.set_details(details)
        self._store(
            MapEvent(Change.DETAILS, details, old),
            lambda: records.write_details(self._db.sql, details),
            lambda: setattr(self.map, "details", old),
        )
        return old

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Edits inside are one transaction, committed when the outermost batch exits.

        On an exception, every edit inside (this level only, when nested) is rolled
        back in the file and in ``self.map``, listeners are told the reverse changes
        in reverse order, and the exception propagates."""
        self._require_writable()
        depth = len(self._batches)
        level = _Batch(
            self.map.details,
            {name: dict(getattr(self.map, name)) for name in _COLLECTIONS},
            len(self._batch_events),
        )
        if depth:
            self._db.sql.exec_driver_sql(f"SAVEPOINT batch{depth}")
        self._batches.append(level)
        try:
            yield
        except BaseException:
            self._batches.pop()
            self._undo_batch(level, depth)
            raise
        self._batches.pop()
        self._finish_batch(level, depth)

    def _finish_batch(self, level: _Batch, depth: int) -> None:
        if self._batch_failed is not None:
            if depth == 0:
                failed, self._batch_failed = self._batch_failed, None
                raise failed
            return
        if depth:
            self._db.sql.exec_driver_sql(f"RELEASE batch{depth}")
            return
        try:
            self._db.sql.commit()
        except WRITE_ERRORS as error:
            self._undo_batch(level, 0)
            raise opening.write_error(self.path, error) from error
        self._batch_events.clear()

    def _undo_batch(self, level: _Batch, depth: int) -> None:
        if self._batch_failed is not None:  # already undone when the write failed
            if depth == 0:
                self._batch_failed = None
            return
        if depth:
            self._db.sql.exec_driver_sql(f"ROLLBACK TO batch{depth}")
            self._db.sql.exec_driver_sql(f"RELEASE batch{depth}")
        else:
            self._db.sql.rollback()
        self._restore(level)

    def _restore(self, level: _Batch) -> None:
        self.map.details = level.details
        for name, saved in level.collections.items():
            collection = getattr(self.map, name)
            collection.clear()
            collection.update(saved)
        undone = self._batch_events[level.events_before :]
        del self._batch_events[level.events_before :]
        for event in reversed(undone):
            self._notify(_reverse(event))

    def _store(self, event: MapEvent, write: Callable[[], None], revert: Callable[[], Any]) -> None:
        in_batch = bool(self._batches)
        try:
            if in_batch:  # a failed edit inside a batch must not take earlier ones along
                self._db.sql.exec_driver_sql("SAVEPOINT edit")
                write()
                self._db.sql.exec_driver_sql("RELEASE edit")
            else:
                write()
                self._db.sql.commit()
        except WRITE_ERRORS as error:
            revert()
            failed = opening.write_error(self.path, error)
            self._abandon_write(in_batch, failed)
            raise failed from error
        if in_batch:
            self._batch_events.append(event)
        self._notify(event)

    def _abandon_write(self, in_batch: bool, failed: MapWriteError) -> None:
        """Take the failed edit out of the file; memory was reverted already."""
        if in_batch:
            try:
                self._db.sql.exec_driver_sql("ROLLBACK TO edit")
                self._db.sql.exec_driver_sql("RELEASE edit")
                return
            except WRITE_ERRORS:
                # SQLite dropped the whole transaction (I/O error, disk full): undo the
                # batch in memory too, and refuse further edits until it is left.
                self._restore(self._batches[0])
                self._batch_failed = failed
        with contextlib.suppress(*WRITE_ERRORS):  # nothing committed, nothing to lose
            self._db.sql.rollback()

    def _require_writable(self) -> None:
        if self._closed:
            raise RuntimeError(f"map file {self.path} is closed")
        if self.read_only:
            raise ReadOnlyMapError(self.path)
        if self._batch_failed is not None:
            raise self._batch_failed
        if _identity(self.path) != self._identity:
            # Moved or deleted while open: SQLite would go on writing into a file no
            # one will ever see again, so refuse before anything is written.
            raise MapWriteError(self.path, "file is no longer there", WriteCause.FILE_GONE)

    # -- where the map came from -----------------------------------------------------

    @property
    def library_origin(self) -> LibraryOrigin | None:
        """The team library, map and version this file holds, if it came from one."""
        return self._origin

    def set_library_origin(self, origin: LibraryOrigin) -> None:
        """Remember ``origin`` in the file (committed before this returns)."""
        self._require_writable()
        from procesbouw.storage import records  # writing loads SQLAlchemy

        if self._batches:
            raise RuntimeError("the library origin is not part of a batch of edits")
        try:
            with self._db.sql.begin():
                records.write_origin(self._db.sql, origin)
        except WRITE_ERRORS as error:
            raise opening.write_error(self.path, error) from error
        self._origin = origin

    def _load_origin(self) -> LibraryOrigin | None:
        try:
            with reading.read_transaction(self._db.raw) as raw:
                return reading.load_origin(raw)
        except (*WRITE_ERRORS, ValueError) as error:
            self._db.close()
            if self._lock is not None:
                self._lock.release()
            raise CorruptMapError(self.path, opening.reason(error)) from error

    # -- listeners -------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after each applied change; returns the unsubscribe function.

        An exception from a listener propagates to the edit's caller; the edit is
        stored already (inside a batch, the exception rolls the batch back)."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, event: MapEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- copies and closing ----------------------------------------------------------

    def save_as(self, path: Path | str) -> None:
        """Write a consistent copy to ``path`` (replacing a file there) with SQLite's
        backup API, then continue editing in the copy; the lock moves along. A
        read-only map becomes editable in its copy."""
        if self._closed or self._batches:
            raise RuntimeError("save_as needs an open map outside a batch")
        target = _real(path)
        if target == self.path:
            return
        lock = opening.acquire(target)
        temporary = temporary_beside(target, "saving")
        try:
            copy = open_sqlite(temporary, read_only=False, create=True)
            try:
                self._db.raw.backup(copy)
            finally:
                copy.close()
            move_into_place(temporary, target)
            conn = MapConnection(open_sqlite(target, read_only=False), writable=True)
        except BaseException as error:
            temporary.unlink(missing_ok=True)
            lock.release()
            if isinstance(error, WRITE_ERRORS):
                raise opening.write_error(target, error) from error
            raise
        self._db.close()
        if self._lock is not None:
            self._lock.release()
        self.path, self._db, self._lock = target, conn, lock
        self._identity = _identity(target)
        self.read_only, self.schema_version, self.backup_path = False, SCHEMA_VERSION, None

    def close(self) -> None:
        """Close the file and release the lock; closing twice is harmless."""
        if self._closed:
            return
        self._closed = True
        try:
            self._db.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> MapFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "writable"
        return f"<MapFile {self.path} ({mode})>"


def _reverse(event: MapEvent) -> MapEvent:
    if event.change is Change.ADDED:
        return MapEvent(Change.REMOVED, event.entity)
    if event.change is Change.REMOVED:
        return MapEvent(Change.ADDED, event.entity)
    assert event.old is not None
    return MapEvent(event.change, event.old, event.entity)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` now (device and inode), None if none."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _real(path: Path | str) -> Path:
    """One name per file, so two routes to it (a symlink, a relative path) share a lock."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError) as error:  # a symlink loop
        raise MapFileError(
            Path(path),
            f"'{Path(path).name}' verwijst naar zichzelf (een kring van snelkoppelingen).",
            f"'{Path(path).name}' points to itself (a loop of symbolic links).",
        ) from error
