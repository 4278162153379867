"""The team library: many teams' maps in one database (PostgreSQL for an
organisation, a local SQLite file by default), published as immutable
versions with their key figures; see docs/library.md.

``Library`` is the whole surface, with ``library_url`` for the address, the
errors in ``errors`` and ``local`` for publishing and opening map files.
No Qt: the app calls this from a worker thread.

The addresses (SQLAlchemy URLs), the store, its tables (SQLAlchemy's ORM) and
the publishing code load on first use, like ``procesbouw.storage``'s
``MapFile``: a window that only has a library menu (every map's window) paints
without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from procesbouw.library.errors import (
    LibraryAccessError,
    LibraryError,
    LibrarySetupError,
    LibraryUnreachableError,
    NewerVersionExistsError,
    NotInLibraryError,
    PasswordNeededError,
)

if TYPE_CHECKING:
    from procesbouw.library.address import default_library, library_url, remembered
    from procesbouw.library.figures import VoiceFigure
    from procesbouw.library.local import default_publisher, open_version, publish_file
    from procesbouw.library.store import Library, LibraryVersion

__all__ = [
    "Library",
    "LibraryAccessError",
    "LibraryError",
    "LibrarySetupError",
    "LibraryUnreachableError",
    "LibraryVersion",
    "NewerVersionExistsError",
    "NotInLibraryError",
    "PasswordNeededError",
    "VoiceFigure",
    "default_library",
    "default_publisher",
    "library_url",
    "open_version",
    "publish_file",
    "remembered",
]

_LAZY = {
    "default_library": "address",
    "library_url": "address",
    "remembered": "address",
    "Library": "store",
    "LibraryVersion": "store",
    "VoiceFigure": "figures",
    "default_publisher": "local",
    "open_version": "local",
    "publish_file": "local",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"procesbouw.library.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
