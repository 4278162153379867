"""Where a team library lives: a SQLAlchemy URL, or the local SQLite default.

An organisation's library is ``postgresql+psycopg://user@host/database`` (any
libpq option, such as ``sslmode=require`` or ``service=…``, passes through in
the query string). The password is never part of what the app stores: libpq
finds it in ``~/.pgpass``, ``PGPASSWORD`` or a service file, or the app asks
for it when it connects and keeps it in memory only. ``remembered`` is the one
form of an address that may be written anywhere (settings, map files, logs).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from procesbouw.library.errors import LibrarySetupError

ENVIRONMENT_VARIABLE = "PROCESBOUW_LIBRARY"
DEFAULT_FILE_NAME = "teambibliotheek.sqlite"
_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def default_library(documents: Path | None = None) -> URL:
    """The single-machine library: a SQLite file in ``documents``/Procesbouw
    (default: ~/Documents/Procesbouw), so trying it needs nothing installed."""
    folder = (documents or Path.home() / "Documents") / "Procesbouw"
    return make_url(f"sqlite:///{(folder / DEFAULT_FILE_NAME).as_posix()}")


def library_url(text: str | None, documents: Path | None = None) -> URL:
    """The library address in ``text``, else in $PROCESBOUW_LIBRARY, else the default.

    A plain ``postgresql://`` URL gets the psycopg driver; a path without a
    scheme is a SQLite file. Raises LibrarySetupError for anything else."""
    text = text or os.environ.get(ENVIRONMENT_VARIABLE) or ""
    if not text.strip():
        return default_library(documents)
    text = text.strip()
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).expanduser().resolve().as_posix()}")
    try:
        url = make_url(text)
    except ArgumentError as error:
        raise _unusable(text) from error
    backend = url.get_backend_name()
    if backend in _DRIVERS and url.drivername in _DRIVERS:
        url = url.set(drivername=_DRIVERS[backend])
    if url.drivername not in ("postgresql+psycopg", "sqlite", "sqlite+pysqlite"):
        raise _unusable(remembered(url))
    return url


def remembered(url: URL) -> str:
    """The address as it may be stored or shown: everything but the password."""
    bare = url._replace(password=None).difference_update_query(["password"])
    return bare.render_as_string(hide_password=False)


def shown(url: URL) -> str:
    """The address as the facilitator reads and types it: a library on this
    computer by its file's path (not ``sqlite:////…``), any other without its
    password."""
    if is_sqlite(url) and url.database:
        return url.database
    return remembered(url)


def with_password(url: URL, password: str) -> URL:
    """``url`` with ``password`` for this connection only (never remember the result)."""
    return url.set(password=password)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def describe(url: URL) -> str:
    """A short name for messages: the file name, or host and database."""
    if is_sqlite(url):
        return Path(url.database or "").name or "SQLite"
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    if str(host).startswith("/"):
        host = "localhost"
    return f"{url.database or url.query.get('service', '')}@{host}"


def _unusable(shown: str) -> LibrarySetupError:
    return LibrarySetupError(
        f"'{shown}' is geen adres van een teambibliotheek. Gebruik "
        "postgresql://gebruiker@server/database of een bestandsnaam.",
        f"'{shown}' is not a team library address. Use "
        "postgresql://user@server/database or a file name.",
    )
