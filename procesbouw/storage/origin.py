"""Where a map file came from in a team library: the ``library_origin`` row.

Not part of the map itself (a snapshot or a JSON export does not carry it): it
belongs to this file, so "save as" keeps it and a new map has none.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select

from procesbouw.storage import schema

_TABLE = schema.metadata.tables["library_origin"]


@dataclass(frozen=True)
class LibraryOrigin:
    """A library (its address *without* a password), a map in it and the version
    this file holds: the one it was opened as or last published as."""

    library: str
    map_id: str
    version: int


def load_origin(conn: Connection) -> LibraryOrigin | None:
    row = conn.execute(select(_TABLE.c.library, _TABLE.c.map_id, _TABLE.c.version)).first()
    if row is None:
        return None
    library, map_id, version = row
    if not (isinstance(library, str) and isinstance(map_id, str) and isinstance(version, int)):
        raise ValueError("library_origin holds something that is not an origin")
    return LibraryOrigin(library, map_id, version)


def write_origin(conn: Connection, origin: LibraryOrigin) -> None:
    conn.execute(delete(_TABLE))
    conn.execute(
        insert(_TABLE).values(
            id=1, library=origin.library, map_id=origin.map_id, version=origin.version
        )
    )
