"""Engines for a team library, its schema brought up to date, and driver errors
turned into ``LibraryError``s a facilitator can read.

PostgreSQL goes through psycopg 3 and libpq, so everything libpq reads
(``~/.pgpass``, ``PGPASSWORD``, ``PGSERVICEFILE``, ``sslmode``…) works as IT
expects; a connection that went stale (server restarted, network dropped) is
noticed by a ping before use and replaced. SQLite uses ``BEGIN IMMEDIATE`` for
writes, so concurrent publishers queue instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, table, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from procesbouw.library.address import describe, is_sqlite
from procesbouw.library.errors import (
    LibraryAccessError,
    LibraryError,
    LibrarySetupError,
    LibraryUnreachableError,
    PasswordNeededError,
)
from procesbouw.library.schema import LIBRARY_SCHEMA_VERSION, VERSION_TABLE

MIGRATIONS = Path(__file__).with_name("migrations")
CONNECT_TIMEOUT_S = 5  # a server that does not answer in 5 s is "not reachable"
SQLITE_BUSY_TIMEOUT_S = 60.0  # publishers queue behind each other's short transactions
# pg_advisory_xact_lock keys: one session at a time creates the schema or a new map.
SCHEMA_LOCK = 0x50424C31  # "PBL1"
NEW_MAP_LOCK = 0x50424C32  # "PBL2"


def create_library_engine(url: URL) -> Engine:
    """An engine for ``url``; connects lazily (errors come at first use)."""
    if is_sqlite(url):
        return _sqlite_engine(url)
    connect_args: dict[str, object] = {"application_name": "procesbouw"}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return create_engine(
        url, pool_pre_ping=True, pool_size=2, max_overflow=2, connect_args=connect_args
    )


def _sqlite_engine(url: URL) -> Engine:
    path = Path(url.database or "")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryUnreachableError(path.name, error.strerror or str(error)) from error
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _configure(raw: sqlite3.Connection, _record: object) -> None:
        raw.isolation_level = None  # we issue BEGIN ourselves
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        writing = conn.get_execution_options().get("writing", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed at the end, rolled back on any error.
    On SQLite it takes the write lock at once (``BEGIN IMMEDIATE``)."""
    with engine.connect() as conn:
        conn = conn.execution_options(writing=True)
        with conn.begin():
            yield conn


@contextmanager
def translated(url: URL) -> Iterator[None]:
    """Turn driver and SQLAlchemy errors inside into ``LibraryError``s."""
    try:
        yield
    except LibraryError:
        raise
    except DBAPIError as error:
        raise library_error(url, error) from error
    except SQLAlchemyError as error:
        raise LibraryUnreachableError(describe(url), _first_line(error)) from error


def library_error(url: URL, error: DBAPIError) -> LibraryError:
    where = describe(url)
    detail = _first_line(error.orig if error.orig is not None else error)
    lowered = detail.lower()
    if "no password supplied" in lowered:
        return PasswordNeededError(where, url.username or "")
    if "password authentication failed" in lowered:
        return PasswordNeededError(where, url.username or "", wrong=True)
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate == "42501":  # insufficient_privilege
        return LibraryAccessError(where, detail)
    return LibraryUnreachableError(where, detail)


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    first = lines[0] if lines else type(error).__name__
    return first if len(first) <= 200 else first[:199] + "…"


# -- schema ------------------------------------------------------------------------


def prepare(engine: Engine, url: URL) -> None:
    """Make sure the library's schema is the one this app knows: create or migrate
    it (one transaction, one session at a time), or say why that is not possible."""
    version = _schema_version(engine)
    if version == LIBRARY_SCHEMA_VERSION:
        return
    if version is not None and version > LIBRARY_SCHEMA_VERSION:
        raise LibrarySetupError(
            f"De teambibliotheek ({describe(url)}) is van een nieuwere Procesbouw "
            f"(versie {version}). Werk Procesbouw bij.",
            f"The team library ({describe(url)}) belongs to a newer Procesbouw "
            f"(version {version}). Update Procesbouw.",
        )
    try:
        _upgrade(engine)
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":
            raise LibrarySetupError(
                f"De database {describe(url)} heeft nog geen (bijgewerkte) teambibliotheek "
                "en dit account mag die niet aanmaken. Laat de beheerder één keer "
                "'procesbouw library list' draaien met het eigenaarsaccount "
                "(zie docs/library.md).",
                f"The database {describe(url)} has no (up-to-date) team library yet and "
                "this account may not create it. Ask the administrator to run "
                "'procesbouw library list' once with the owner account (see docs/library.md).",
            ) from error
        raise


def _schema_version(engine: Engine) -> int | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        value = conn.scalar(select(text("version_num")).select_from(table(VERSION_TABLE)))
    try:
        return int(str(value).removeprefix("l"))
    except ValueError:
        return LIBRARY_SCHEMA_VERSION + 1  # not a revision this app wrote: a newer one


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    from procesbouw.storage.migrate import ALEMBIC_LOCK

    with ALEMBIC_LOCK, writing(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
