"""Is the schema inside a map file exactly the one its version should have?

A map file is a database someone else may have made: a trigger on ``steps``
could wipe the stories on the next rename, a view could hang every query. So
before any statement touches the map's own tables, ``sqlite_master`` is
compared with what the project's Alembic migrations build for that schema
version on an empty in-memory database (made once per version and cached, so
every migration added later is covered without a list to keep up to date).

Compared per table: the columns (name, declared type, NOT NULL, default,
primary key, hidden/generated), the foreign keys and the indexes (columns,
uniqueness, partial or not). Triggers and views are never allowed. Only
``sqlite_master`` and ``PRAGMA`` reads are used: none runs anything stored in
the file (``trusted_schema`` is off as well, see ``connection``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy

from procesbouw.storage.files import write_atomically
from procesbouw.storage.migrate import MIGRATIONS

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


@cache
def expected_schema(version: int) -> Schema:
    """What the migrations up to ``version`` build (an empty map of that version).

    Running them needs Alembic (~100 ms to import, more to run) before the first
    window can show a map, so the result is also kept in the user's cache folder,
    under a fingerprint of the migrations and the libraries that build it: a new or
    changed migration is a new fingerprint, never a stale answer."""
    cached = _cache_file(version)
    if cached is not None:
        try:
            return _from_json(json.loads(cached.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, IndexError):
            pass  # not there yet, or unreadable: build it
    schema = _migrated(version)
    if cached is not None:
        with contextlib.suppress(OSError):
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(cached, json.dumps(_to_json(schema)).encode("utf-8"))
    return schema


def _migrated(version: int) -> Schema:
    from procesbouw.storage import migrate
    from procesbouw.storage.connection import connect, harden

    raw = harden(sqlite3.connect(":memory:", isolation_level=None))
    conn = connect(raw, writable=False)
    try:
        migrate.upgrade(conn, f"{version:04d}")
        return read_schema(raw)
    finally:
        conn.close()


def _cache_file(version: int) -> Path | None:
    override = os.environ.get("PROCESBOUW_CACHE")
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        if not local:
            return None
        folder = Path(local) / "Procesbouw" / "cache"
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Caches" / "Procesbouw"
    else:
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "procesbouw"
    fingerprint = hashlib.sha256()
    sources = sorted(MIGRATIONS.rglob("*.py")) + [Path(__file__).with_name("schema.py")]
    try:
        for source in sources:
            fingerprint.update(source.name.encode() + b"\0" + source.read_bytes())
    except OSError:
        return None
    for part in (sqlite3.sqlite_version, sqlalchemy.__version__, str(version)):
        fingerprint.update(b"\0" + part.encode())
    return folder / f"schema-v{version}-{fingerprint.hexdigest()[:24]}.json"


def _to_json(schema: Schema) -> list[Any]:
    return [[kind, name, description] for (kind, name), description in schema.items()]


def _from_json(data: Any) -> Schema:
    def tuples(value: Any) -> Any:
        return tuple(tuples(v) for v in value) if isinstance(value, list) else value

    return {(str(kind), str(name)): tuples(description) for kind, name, description in data}


def differences(found: Schema, version: int) -> list[tuple[str, str]]:
    """What in ``found`` a map of ``version`` does not have, or has otherwise, as short
    (Dutch, English) phrases ("trigger 'wipe' op steps"); empty when exactly right."""
    expected = expected_schema(version)
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
