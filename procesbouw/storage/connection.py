"""SQLite connections to a map file, configured for never losing work.

Journal mode: a rollback journal (``DELETE``) with ``synchronous=FULL``, not WAL.
Facilitators keep maps in OneDrive/Dropbox/SharePoint folders. In WAL mode the
latest commits live in a ``-wal`` side file until a checkpoint, so a sync client
that uploads (or a colleague who copies) only the ``.procesbouw`` file gets an
old or inconsistent map, and the ``-shm`` file needs shared memory that network
and synced folders do not reliably provide. With DELETE the single file is
complete after every commit; the ``-journal`` exists only *during* a commit and
is removed before the commit returns. ``synchronous=FULL`` fsyncs the journal and
the file at every commit, so a returned edit survives a power cut;
``fullfsync`` makes macOS really flush its disk cache (no effect elsewhere).
The price, a few milliseconds per edit, is invisible at the pace of a session.

Hostile files: every connection runs with ``trusted_schema=OFF`` (a view or
trigger stored in a file cannot call functions with side effects) and
``cell_size_check=ON`` (damaged pages are caught early). ``schema_check`` refuses
a file with triggers or views before any statement touches its tables.

Reads and writes: a map is read straight through the ``sqlite3`` driver
(``reading``); SQLAlchemy, ~150 ms to import, is attached to the same connection
for the first write (``MapConnection.sql``), so a map's window paints before it
loads. Errors of the driver reach the caller as ``sqlite3`` errors either way.

Transactions: Python's sqlite3 module would otherwise open and close
transactions on its own, so it is switched to autocommit and SQLAlchemy's
``begin`` emits ``BEGIN`` itself (the recipe from the SQLAlchemy SQLite docs).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.engine import ExceptionContext

BUSY_TIMEOUT_S = 5.0  # a read-only viewer may briefly wait for a commit elsewhere


def open_sqlite(path: Path, read_only: bool, create: bool = False) -> sqlite3.Connection:
    """A raw connection. ``mode=ro`` can never write to the file; without ``create``
    a missing file is an error, never a new empty database."""
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = f"{path.as_uri()}?mode={mode}"
    return harden(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None))


def harden(raw: sqlite3.Connection) -> sqlite3.Connection:
    """Make ``raw`` distrust what a file stores: nothing in its schema may call
    functions with side effects, and damaged pages are reported, not followed."""
    raw.execute("PRAGMA trusted_schema = OFF")
    raw.execute("PRAGMA cell_size_check = ON")
    return raw


class MapConnection:
    """An open map file: its configured ``sqlite3`` connection (``raw``, for reads
    and the backup API) and, from the first write on, SQLAlchemy over it (``sql``).
    Closing it closes both."""

    def __init__(self, raw: sqlite3.Connection, writable: bool) -> None:
        raw.isolation_level = None  # we issue BEGIN/COMMIT ourselves
        raw.execute("PRAGMA foreign_keys = ON")
        if writable:
            raw.execute("PRAGMA journal_mode = DELETE")
            raw.execute("PRAGMA synchronous = FULL")
            raw.execute("PRAGMA fullfsync = ON")
        self.raw = raw
        self._sql: Connection | None = None

    @property
    def sql(self) -> Connection:
        """SQLAlchemy over ``raw``, made on first use. Once it exists, transactions
        go through it only: it keeps track of the one it began."""
        if self._sql is None:
            self._sql = _over(self.raw)
        return self._sql

    def close(self) -> None:
        if self._sql is not None:
            self._sql.close()  # closes raw too: the engine has no pool
        else:
            self.raw.close()


def _over(raw: sqlite3.Connection) -> Connection:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    def creator() -> sqlite3.Connection:  # one connection, handed over once
        return raw

    engine = create_engine("sqlite+pysqlite://", creator=creator, poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _driver_error(context: ExceptionContext) -> BaseException | None:
        # The storage code handles the driver's own errors (disk full, read-only,
        # the file gone) whether a statement ran through SQLAlchemy or not, so they
        # are raised as themselves, not wrapped: a copy, raised from the original.
        error = context.original_exception
        if not isinstance(error, sqlite3.Error):
            return None
        same = type(error)(*error.args)
        same.__dict__.update(vars(error))  # sqlite_errorcode, sqlite_errorname
        return same

    return engine.connect()
