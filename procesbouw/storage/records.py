"""Entities to rows: the few statements of one edit, and a whole map at once.

Writes go through SQLAlchemy Core on the tables of ``schema``: an edit is a
handful of statements (insert, update or delete plus the rows of its links), so
a committed edit stays cheap even with ``synchronous=FULL``. Reading a map back
is ``reading``'s job.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from procesbouw.model import Entity, MapDetails, ProcessMap
from procesbouw.serialize import map_to_dict
from procesbouw.storage import schema, tables
from procesbouw.storage.origin import LibraryOrigin

_TABLES: dict[type, Table] = {
    kind: schema.metadata.tables[name] for kind, name in tables.ENTITIES.items()
}
_DETAILS: Table = schema.metadata.tables[tables.DETAILS]
_ORIGIN: Table = schema.metadata.tables[tables.ORIGIN]
_LINKS: dict[type, dict[str, tuple[Table, str, str]]] = {
    kind: {
        name: (schema.metadata.tables[table], owner, column)
        for name, (table, owner, column) in links.items()
    }
    for kind, links in tables.LINKS.items()
}


def _snapshot_json(content: ProcessMap) -> str:
    return json.dumps(map_to_dict(content, include_photos=False), ensure_ascii=False)


def _row(entity: Entity) -> dict[str, Any]:
    """The entity's own columns (without position and links)."""
    links = _LINKS.get(type(entity), {})
    values: dict[str, Any] = {}
    for f in fields(entity):
        if f.name in links:
            continue
        value = getattr(entity, f.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, ProcessMap):
            value = _snapshot_json(value)
        values[f.name] = value
    return values


def _write_links(conn: Connection, entity: Entity) -> None:
    for name, (table, owner, column) in _LINKS.get(type(entity), {}).items():
        values = getattr(entity, name)
        if values:
            conn.execute(
                insert(table),
                [{owner: entity.id, "position": i, column: v} for i, v in enumerate(values)],
            )


def insert_entity(conn: Connection, entity: Entity, before_id: str | None) -> None:
    """Insert ``entity`` just before the entity ``before_id`` (None: at the end)."""
    table = _TABLES[type(entity)]
    if before_id is None:
        position = conn.scalar(select(func.coalesce(func.max(table.c.position) + 1, 0)))
    else:
        position = conn.scalar(select(table.c.position).where(table.c.id == before_id))
        conn.execute(
            update(table).where(table.c.position >= position).values(position=table.c.position + 1)
        )
    conn.execute(insert(table).values(position=position, **_row(entity)))
    _write_links(conn, entity)


def insert_all(conn: Connection, pm: ProcessMap) -> None:
    """Insert every entity of ``pm`` into empty tables, in its collection order: one
    statement per table, executed for all its rows at once."""
    for kind, table in _TABLES.items():
        entities = list(pm.collection(kind).values())
        if not entities:
            continue
        conn.execute(
            insert(table),
            [dict(_row(entity), position=i) for i, entity in enumerate(entities)],
        )
        for name, (link_table, owner, column) in _LINKS.get(kind, {}).items():
            rows = [
                {owner: entity.id, "position": i, column: value}
                for entity in entities
                for i, value in enumerate(getattr(entity, name))
            ]
            if rows:
                conn.execute(insert(link_table), rows)


def _require_one(count: int, table: Table, entity: Entity) -> None:
    """Memory and file must agree: an edit of a row that is not there is a failed write."""
    if count != 1:
        raise sqlite3.IntegrityError(f"{table.name} {entity.id} is not in the file")


def update_entity(conn: Connection, entity: Entity) -> None:
    table = _TABLES[type(entity)]
    result = conn.execute(update(table).where(table.c.id == entity.id).values(**_row(entity)))
    _require_one(result.rowcount, table, entity)
    for link_table, owner, _column in _LINKS.get(type(entity), {}).values():
        conn.execute(delete(link_table).where(link_table.c[owner] == entity.id))
    _write_links(conn, entity)


def delete_entity(conn: Connection, entity: Entity) -> None:
    """Delete the row; its link rows go with it (ON DELETE CASCADE)."""
    table = _TABLES[type(entity)]
    _require_one(conn.execute(delete(table).where(table.c.id == entity.id)).rowcount, table, entity)


def write_details(conn: Connection, details: MapDetails) -> None:
    values = {f.name: getattr(details, f.name) for f in fields(details)}
    if conn.execute(update(_DETAILS).where(_DETAILS.c.id == 1).values(**values)).rowcount == 0:
        conn.execute(insert(_DETAILS).values(id=1, **values))


def write_origin(conn: Connection, origin: LibraryOrigin) -> None:
    conn.execute(delete(_ORIGIN))
    conn.execute(
        insert(_ORIGIN).values(
            id=1, library=origin.library, map_id=origin.map_id, version=origin.version
        )
    )
