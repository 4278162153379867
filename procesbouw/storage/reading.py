"""Reading a whole map file into a ``ProcessMap``, every row checked like an edit.

Reads go straight through the ``sqlite3`` driver with plain ``SELECT``s on the
constant names of ``tables``: no SQLAlchemy, so a map opens (and its window
paints) before SQLAlchemy is loaded for the first write. Only what the file
stores as data is read; ``checks`` has made sure before that its schema is
exactly a known version's (no trigger or view can run).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import date
from enum import StrEnum
from itertools import accumulate
from typing import Any

from procesbouw.model import (
    Action,
    ActionStatus,
    ChangeForm,
    Finding,
    Flow,
    FlowKind,
    MapDetails,
    Measure,
    ProcessMap,
    Role,
    RoleKind,
    Snapshot,
    ValidationError,
    Voice,
)
from procesbouw.serialize import map_from_dict
from procesbouw.session import Phase, Session
from procesbouw.storage import tables
from procesbouw.storage.origin import LibraryOrigin


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


@contextmanager
def read_transaction(raw: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``raw`` inside one read transaction: every table as of the same moment."""
    raw.execute("BEGIN")
    try:
        yield raw
    finally:
        if raw.in_transaction:  # nothing was written: ending it either way is the same
            raw.execute("ROLLBACK")


def load_map(raw: sqlite3.Connection) -> ProcessMap:
    """The whole map as stored, every row checked like an edit (``ProcessMap.add``):
    a file changed by another tool can hold nothing the app could not have made.
    Raises ``BadRowError`` naming the first row that breaks a rule, or
    ``sqlite3.Error`` for content that cannot even be read."""
    names = [f.name for f in fields(MapDetails)]
    rows = raw.execute(f"SELECT id, {_listed(names)} FROM {tables.DETAILS} LIMIT 2").fetchall()
    if len(rows) != 1 or rows[0][0] != 1:
        raise BadRowError(tables.DETAILS, len(rows), ValueError("not exactly one row with id 1"))
    pm = ProcessMap()
    try:
        pm.set_details(MapDetails(**_values(MapDetails, names, rows[0][1:])))
    except (ValueError, TypeError) as error:
        raise BadRowError(tables.DETAILS, 1, error) from error
    for kind in tables.ENTITIES:  # dependency order: an entity only points to earlier kinds
        _load_kind(raw, kind, pm)
    return pm


def load_origin(raw: sqlite3.Connection) -> LibraryOrigin | None:
    """The team library, map and version the file holds, if it came from one."""
    row = raw.execute(f"SELECT library, map_id, version FROM {tables.ORIGIN}").fetchone()
    if row is None:
        return None
    library, map_id, version = row
    if not (isinstance(library, str) and isinstance(map_id, str) and isinstance(version, int)):
        raise ValueError("library_origin holds something that is not an origin")
    return LibraryOrigin(library, map_id, version)


def _listed(names: list[str]) -> str:
    # The names are the model's field names, never text from the file.
    return ", ".join(f'"{name}"' for name in names)


def _load_kind(raw: sqlite3.Connection, kind: type, pm: ProcessMap) -> None:
    """Add every stored entity of ``kind`` to ``pm`` through the rules of an edit."""
    table = tables.ENTITIES[kind]
    links = tables.LINKS.get(kind, {})
    names = [f.name for f in fields(kind) if f.name not in links]
    linked = _load_links(raw, kind)
    for row in raw.execute(f"SELECT {_listed(names)} FROM {table} ORDER BY position"):
        try:
            pm.add(_entity(kind, names, row, linked))
        except (ValueError, TypeError, OverflowError, RecursionError) as error:
            raise BadRowError(table, row[names.index("id")], error) from error


def _load_links(raw: sqlite3.Connection, kind: type) -> dict[str, dict[str, list[Any]]]:
    """field → owner id → values in order."""
    result: dict[str, dict[str, list[Any]]] = {}
    for name, (table, owner, column) in tables.LINKS.get(kind, {}).items():
        grouped: dict[str, list[Any]] = defaultdict(list)
        query = f'SELECT "{owner}", "{column}" FROM {table} ORDER BY "{owner}", position'
        for owner_id, value in raw.execute(query):
            grouped[owner_id].append(value)
        result[name] = grouped
    return result


def _entity(kind: type, names: list[str], row: Any, links: dict[str, Any]) -> Any:
    values = _values(kind, names, row)
    if kind is Snapshot:
        values["content"] = _snapshot_content(values["content"])
    for name, grouped in links.items():
        values[name] = tuple(grouped.get(values["id"], ()))
    return kind(**values)


def _values(kind: type, names: list[str], row: Any) -> dict[str, Any]:
    """The row's values as the entity's fields hold them. A value that is not what
    its column should store is passed on as it is, for the model to refuse."""
    values = dict(zip(names, row, strict=True))
    for name, value in values.items():
        read = _READERS.get((kind, name))
        if read is not None and value is not None:
            values[name] = read(value)
    return values


def _date(value: object) -> object:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _boolean(value: object) -> object:
    # SQLite has no booleans: stored as the integer 0 or 1.
    return bool(value) if type(value) is int and value in (0, 1) else value


def _enum(enum: type[StrEnum]) -> Callable[[object], object]:
    def read(value: object) -> object:  # an unknown word: the model says "unknown"
        return enum(value) if isinstance(value, str) and value in enum._value2member_map_ else value

    return read


# Enum-valued columns, per kind (``kind`` means something else for roles and flows).
_ENUMS: dict[type, dict[str, type[StrEnum]]] = {
    Role: {"kind": RoleKind},
    Flow: {"kind": FlowKind},
    Finding: {"voice": Voice},
    Action: {"form": ChangeForm, "status": ActionStatus},
    Session: {"phase": Phase},
    Measure: {"voice": Voice},
}
_READERS: dict[tuple[type, str], Callable[[object], object]] = {
    **{
        (kind, f.name): _date if f.type in ("date", "date | None") else _boolean
        for kind in (MapDetails, *tables.ENTITIES)
        for f in fields(kind)
        if f.type in ("date", "date | None", "bool")
    },
    **{(kind, name): _enum(enum) for kind, enums in _ENUMS.items() for name, enum in enums.items()},
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
