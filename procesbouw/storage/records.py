"""Entities to rows and back: loading a whole map, and the few statements of one edit.

Everything goes through SQLAlchemy Core on the declarative tables of ``schema``:
an edit is a handful of statements (insert, update or delete plus the rows of
its links), so a committed edit stays cheap even with ``synchronous=FULL``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import fields
from datetime import date
from enum import StrEnum
from itertools import accumulate
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    type_coerce,
    update,
)

from procesbouw.model import (
    Action,
    ActionStatus,
    ChangeForm,
    Entity,
    Finding,
    Flow,
    FlowKind,
    MapDetails,
    Measure,
    Measurement,
    Photo,
    ProcessMap,
    Role,
    RoleKind,
    RoleLink,
    Snapshot,
    Step,
    ValidationError,
    Voice,
)
from procesbouw.serialize import map_from_dict, map_to_dict
from procesbouw.session import Phase, Session
from procesbouw.storage import schema


def _table(name: str) -> Table:
    return schema.metadata.tables[name]


_TABLES: dict[type, Table] = {
    Role: _table("roles"),
    Step: _table("steps"),
    Flow: _table("flows"),
    RoleLink: _table("role_links"),
    Finding: _table("findings"),
    Action: _table("actions"),
    Photo: _table("photos"),
    Snapshot: _table("snapshots"),
    Session: _table("sessions"),
    Measure: _table("measures"),
    Measurement: _table("measurements"),
}
_DETAILS: Table = _table("map_details")

# Tuple fields stored as association rows: field → (table, owner column, value column).
_LINKS: dict[type, dict[str, tuple[Table, str, str]]] = {
    Finding: {
        "tags": (_table("finding_tags"), "finding_id", "tag"),
        "step_ids": (_table("finding_steps"), "finding_id", "step_id"),
        "role_ids": (_table("finding_roles"), "finding_id", "role_id"),
        "flow_ids": (_table("finding_flows"), "finding_id", "flow_id"),
    },
    Action: {
        "finding_ids": (_table("action_findings"), "action_id", "finding_id"),
    },
    Session: {
        "planned_minutes": (_table("session_planned"), "session_id", "minutes"),
        "spent_minutes": (_table("session_spent"), "session_id", "minutes"),
    },
}

# Enum-valued columns, per kind (``kind`` means something else for roles and flows).
_ENUMS: dict[type, dict[str, type[StrEnum]]] = {
    Role: {"kind": RoleKind},
    Flow: {"kind": FlowKind},
    Finding: {"voice": Voice},
    Action: {"form": ChangeForm, "status": ActionStatus},
    Session: {"phase": Phase},
    Measure: {"voice": Voice},
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


# -- loading ---------------------------------------------------------------------


def _load_links(conn: Connection, kind: type) -> dict[str, dict[str, list[str]]]:
    """field → owner id → values in order."""
    result: dict[str, dict[str, list[str]]] = {}
    for name, (table, owner, column) in _LINKS.get(kind, {}).items():
        grouped: dict[str, list[str]] = defaultdict(list)
        query = select(table.c[owner], table.c[column]).order_by(table.c[owner], table.c.position)
        for owner_id, value in conn.execute(query):
            grouped[owner_id].append(value)
        result[name] = grouped
    return result


class BadRowError(ValueError):
    """A stored row that breaks the rules an edit must pass; names the table and row."""

    def __init__(self, table: str, row_id: object, error: Exception) -> None:
        shown = str(row_id)
        shown = shown if len(shown) <= 40 else shown[:40] + "…"
        self.row = f"{table} (id '{shown}')"
        self.reason_nl = str(error) if isinstance(error, ValidationError) else None
        field = getattr(error, "field", None)
        english = getattr(error, "message_en", None)
        self.detail_en = (
            english if isinstance(english, str)
            else f"the value of '{field}' is not valid" if field
            else str(error)[:200]
        )  # fmt: skip
        super().__init__(f"{self.row}: {self.detail_en}")


# Date fields of each kind (read as text, parsed per row).
_DATE_FIELDS: dict[tuple[type, str], bool] = {
    (kind, f.name): f.type in ("date", "date | None")
    for kind in (MapDetails, *_TABLES)
    for f in fields(kind)
}

# A snapshot is a map without snapshots of its own: a few levels of JSON. Anything
# nested deeper is not one, and is refused before Python's parser recurses into it.
_SNAPSHOT_DEPTH = 8
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a map can hold")


def _snapshot_content(text: object) -> ProcessMap:
    if not isinstance(text, str):
        raise ValueError("snapshot content is not text")
    brackets = _NOT_BRACKETS.sub("", _JSON_STRING.sub("", text))
    if max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0) > _SNAPSHOT_DEPTH:
        raise ValueError("snapshot content is nested too deeply")
    return map_from_dict(json.loads(text, parse_constant=_refuse_constant))


def _columns(table: Table, names: list[str]) -> list[Any]:
    """The columns to read, dates as the stored text (parsed per row, where a bad
    one can be named) rather than by SQLAlchemy while fetching."""
    return [
        type_coerce(table.c[name], Text) if isinstance(table.c[name].type, Date) else table.c[name]
        for name in names
    ]


def _values(kind: type, names: list[str], row: Any) -> dict[str, Any]:
    values = dict(zip(names, row, strict=True))
    for name, value in values.items():
        if _DATE_FIELDS.get((kind, name)) and value is not None:
            values[name] = date.fromisoformat(value) if isinstance(value, str) else value
    for name, enum in _ENUMS.get(kind, {}).items():
        if values[name] in enum._value2member_map_:  # else the model says "unknown"
            values[name] = enum(values[name])
    return values


def _entity(kind: type, names: list[str], row: Any, links: dict[str, Any]) -> Any:
    values = _values(kind, names, row)
    if kind is Snapshot:
        values["content"] = _snapshot_content(values["content"])
    for name, grouped in links.items():
        values[name] = tuple(grouped.get(values["id"], ()))
    return kind(**values)


def _load_kind(conn: Connection, kind: type, pm: ProcessMap) -> None:
    """Add every stored entity of ``kind`` to ``pm`` through the rules of an edit."""
    table = _TABLES[kind]
    names = [f.name for f in fields(kind) if f.name not in _LINKS.get(kind, {})]
    links = _load_links(conn, kind)
    query = select(*_columns(table, names)).order_by(table.c.position)
    for row in conn.execute(query):
        try:
            pm.add(_entity(kind, names, row, links))
        except (ValueError, TypeError, OverflowError, RecursionError) as error:
            raise BadRowError(table.name, row[names.index("id")], error) from error


def load_map(conn: Connection) -> ProcessMap:
    """The whole map as stored, every row checked like an edit (``ProcessMap.add``):
    a file changed by another tool can hold nothing the app could not have made.
    Raises ``BadRowError`` naming the first row that breaks a rule, or an
    SQLAlchemyError for content that cannot even be read."""
    names = [f.name for f in fields(MapDetails)]
    rows = conn.execute(select(_DETAILS.c.id, *_columns(_DETAILS, names)).limit(2)).all()
    if len(rows) != 1 or rows[0][0] != 1:
        raise BadRowError("map_details", len(rows), ValueError("not exactly one row with id 1"))
    pm = ProcessMap()
    try:
        pm.set_details(MapDetails(**_values(MapDetails, names, rows[0][1:])))
    except (ValueError, TypeError) as error:
        raise BadRowError("map_details", 1, error) from error
    for kind in _TABLES:  # dependency order: an entity only points to earlier kinds
        _load_kind(conn, kind, pm)
    return pm
