"""Is the schema inside a map file exactly the one its version should have?

A map file is a database someone else may have made: a trigger on ``steps``
could wipe the stories on the next rename, a view could hang every query. So
before any statement touches the map's own tables, ``sqlite_master`` is
compared with what the project's Alembic migrations build for that schema
version on an empty in-memory database: shipped with the package for every
version (``expected_schemas.json``, built by the migrations and compared with
them by a test), and built by the migrations here when a file differs from it.

Compared per table: the columns (name, declared type, NOT NULL, default,
primary key, hidden/generated), the foreign keys and the indexes (columns,
uniqueness, partial or not). Triggers and views are never allowed. Only
``sqlite_master`` and ``PRAGMA`` reads are used: none runs anything stored in
the file (``trusted_schema`` is off as well, see ``connection``).
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

Schema = dict[tuple[str, str], Any]  # (type, name) → what describes it

_FORBIDDEN = ("trigger", "view")
_NOUNS = {"table": "tabel", "index": "index", "trigger": "trigger", "view": "view"}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_schema(raw: sqlite3.Connection) -> Schema:
    """Every schema object of ``raw`` with its description (tables and indexes in
    detail; anything else by its SQL)."""
    schema: Schema = {}
    objects = raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in objects:
        key = (str(kind), str(name))
        if kind == "table" and not str(sql or "").upper().startswith("CREATE VIRTUAL"):
            schema[key] = _table(raw, str(name))
        elif kind == "index":
            schema[key] = (str(table), _index(raw, str(name), str(table)))
        else:
            schema[key] = (str(table), str(sql))
    return schema


def _table(raw: sqlite3.Connection, name: str) -> Any:
    quoted = _quoted(name)
    columns = tuple(tuple(row[1:]) for row in raw.execute(f"PRAGMA table_xinfo({quoted})"))
    keys = raw.execute(f"PRAGMA foreign_key_list({quoted})")
    foreign = tuple(sorted(tuple(row[2:]) for row in keys))
    return ("table", columns, foreign)


def _index(raw: sqlite3.Connection, name: str, table: str) -> Any:
    columns = tuple(tuple(row) for row in raw.execute(f"PRAGMA index_xinfo({_quoted(name)})"))
    listed = raw.execute(f"PRAGMA index_list({_quoted(table)})").fetchall()
    # unique, origin, partial
    flags = next((tuple(row[2:]) for row in listed if row[1] == name), None)
    return (columns, flags)


SHIPPED = Path(__file__).with_name("expected_schemas.json")


@cache
def shipped_schemas() -> dict[int, Schema]:
    """What the migrations build for each version, as shipped in the package.

    Running the migrations needs Alembic (~100-300 ms to import and run) before the
    first window can show a map; this file gives the same answer without it. It is
    part of the package, as trusted as the code: a test builds every version again
    and compares, so a new or changed migration cannot ship with a stale file. There
    is no per-user cache: a file in the user's folders could be changed by anyone who
    wants a hostile map to pass."""
    try:
        data = json.loads(SHIPPED.read_text(encoding="utf-8"))
        return {int(version): _from_json(schema) for version, schema in data.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}  # an installation without it: the migrations answer instead


@cache
def migrated_schema(version: int) -> Schema:
    """What the migrations up to ``version`` build (an empty map of that version)."""
    from procesbouw.storage import migrate
    from procesbouw.storage.connection import MapConnection, harden

    raw = harden(sqlite3.connect(":memory:", isolation_level=None))
    conn = MapConnection(raw, writable=False)
    try:
        migrate.upgrade(conn.sql, f"{version:04d}")
        return read_schema(raw)
    finally:
        conn.close()


def write_shipped(versions: range) -> None:
    """Build ``versions`` with the migrations and write them as the shipped file
    (run by hand after adding a migration; the test says when)."""
    # One schema object per line, so a new migration reads as a small diff.
    parts = []
    for version in versions:
        lines = ",\n".join(json.dumps(item) for item in _to_json(migrated_schema(version)))
        parts.append(f'"{version}": [\n{lines}\n]')
    SHIPPED.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")


def _to_json(schema: Schema) -> list[Any]:
    return [[kind, name, description] for (kind, name), description in schema.items()]


def _from_json(data: Any) -> Schema:
    def tuples(value: Any) -> Any:
        return tuple(tuples(v) for v in value) if isinstance(value, list) else value

    return {(str(kind), str(name)): tuples(description) for kind, name, description in data}


def differences(found: Schema, version: int) -> list[tuple[str, str]]:
    """What in ``found`` a map of ``version`` does not have, or has otherwise, as short
    (Dutch, English) phrases ("trigger 'wipe' op steps"); empty when exactly right."""
    shipped = shipped_schemas().get(version)
    if shipped is not None and not _compared(found, shipped):
        return []
    # Not exactly the shipped schema: this installation's own migrations decide (its
    # SQLite or SQLAlchemy may spell a column a little differently), and say what is
    # wrong. Only such files pay for Alembic.
    return _compared(found, migrated_schema(version))


def _compared(found: Schema, expected: Schema) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for (kind, name), description in sorted(found.items()):
        noun = _NOUNS.get(kind, kind)
        if kind in _FORBIDDEN:
            on = description[0]
            problems.append((f"{noun} '{name}' op {on}", f"{kind} '{name}' on {on}"))
        elif (kind, name) not in expected:
            problems.append((f"extra {noun} '{name}'", f"extra {kind} '{name}'"))
        elif expected[(kind, name)] != description:
            problems.append((f"{noun} '{name}' wijkt af", f"{kind} '{name}' differs"))
    for kind, name in sorted(set(expected) - set(found)):
        noun = _NOUNS.get(kind, kind)
        problems.append((f"{noun} '{name}' ontbreekt", f"{kind} '{name}' is missing"))
    return problems
