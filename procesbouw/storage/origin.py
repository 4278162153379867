"""Where a map file came from in a team library: the ``library_origin`` row.

Not part of the map itself (a snapshot or a JSON export does not carry it): it
belongs to this file, so "save as" keeps it and a new map has none. Read with the
map (``reading``), written by ``records``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LibraryOrigin:
    """A library (its address *without* a password), a map in it and the version
    this file holds: the one it was opened as or last published as."""

    library: str
    map_id: str
    version: int
