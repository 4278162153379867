"""Damaged and hostile map files, made at test time from one real map.

Maps travel by mail, shared drives and synced folders. Each case here is what
such a journey or an attacker can make of a map file: code in its schema
(triggers, views), values the app would never store, broken structure, a
journal that belongs to another map, a file the user may not write. ``CASES``
maps a case name to (how to make it, what opening it must give): the name of
the ``MapFileError`` subclass, or ``"ok"`` for a file that must open.

Run ``python -m tests.hostile.make_corpus FOLDER`` to write the corpus to look at.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from procesbouw.storage.journal import journal_path
from procesbouw.storage.whole_map import create_from_map
from tests.maps import full_map

Maker = Callable[[Path, Path], None]  # (the intact base map, the case's path)
CASES: dict[str, tuple[Maker, str]] = {}


def case(expected: str) -> Callable[[Maker], Maker]:
    def register(make: Maker) -> Maker:
        CASES[make.__name__.removeprefix("make_")] = (make, expected)
        return make

    return register


def base_map(folder: Path) -> Path:
    """The intact map every case starts from: every entity, every field."""
    path = folder / "basis.procesbouw"
    create_from_map(path, full_map()).close()
    return path


def _sql(base: Path, path: Path, *statements: str, check: bool = False) -> None:
    """A copy of ``base`` changed by ``statements``, with SQLite's own guards off
    (as another tool, or an attacker, can)."""
    shutil.copyfile(base, path)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute(f"PRAGMA ignore_check_constraints = {'OFF' if check else 'ON'}")
        db.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            db.execute(statement)


def _one(table: str, column: str, value: str) -> str:
    """Set ``column`` of the first row of ``table`` to the SQL ``value``."""
    return f"UPDATE {table} SET {column} = {value} WHERE rowid = (SELECT min(rowid) FROM {table})"


# -- code in the schema (never run, refused) --------------------------------------


@case("UnsafeMapError")
def make_trigger_wipes_stories_on_rename(base: Path, path: Path) -> None:
    _sql(
        base,
        path,
        "CREATE TRIGGER wipe AFTER UPDATE ON steps BEGIN "
        "DELETE FROM finding_steps; DELETE FROM finding_tags; DELETE FROM finding_roles; "
        "DELETE FROM finding_flows; DELETE FROM action_findings; DELETE FROM photos; "
        "DELETE FROM findings; DELETE FROM actions; DELETE FROM snapshots; END",
    )


@case("UnsafeMapError")
def make_trigger_swallows_new_findings(base: Path, path: Path) -> None:
    _sql(
        base,
        path,
        "CREATE TRIGGER swallow AFTER INSERT ON findings BEGIN "
        "DELETE FROM findings WHERE id = NEW.id; END",
    )


@case("UnsafeMapError")
def make_trigger_fills_the_disk(base: Path, path: Path) -> None:
    _sql(
        base,
        path,
        "CREATE TRIGGER fill AFTER UPDATE ON steps BEGIN INSERT INTO photos "
        "VALUES (hex(randomblob(16)), 99, NULL, 'image/png', '', zeroblob(500000000)); END",
    )


@case("UnsafeMapError")
def make_view_with_endless_recursion(base: Path, path: Path) -> None:
    _sql(
        base,
        path,
        "CREATE VIEW endless AS WITH RECURSIVE n(x) AS "
        "(SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n",
    )


@case("UnsafeMapError")
def make_steps_table_replaced_by_a_view(base: Path, path: Path) -> None:
    _sql(
        base,
        path,
        "DROP TABLE steps",
        "CREATE VIEW steps AS WITH RECURSIVE n(x) AS "
        "(SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x AS id FROM n",
    )


@case("CorruptMapError")
def make_version_table_replaced_by_a_view(base: Path, path: Path) -> None:
    _sql(
        base,
        path,
        "DROP TABLE alembic_version",
        "CREATE VIEW alembic_version AS WITH RECURSIVE n(x) AS "
        "(SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x AS version_num FROM n",
    )


@case("UnsafeMapError")
def make_extra_table(base: Path, path: Path) -> None:
    _sql(base, path, "CREATE TABLE notes_of_the_sender (x TEXT)")


@case("UnsafeMapError")
def make_extra_index(base: Path, path: Path) -> None:
    _sql(base, path, "CREATE INDEX slow ON steps (name, note)")


@case("UnsafeMapError")
def make_extra_column(base: Path, path: Path) -> None:
    _sql(base, path, "ALTER TABLE steps ADD COLUMN secret TEXT")


@case("UnsafeMapError")
def make_generated_column(base: Path, path: Path) -> None:
    _sql(base, path, "ALTER TABLE roles ADD COLUMN shout TEXT AS (upper(name))")


@case("UnsafeMapError")
def make_planner_statistics(base: Path, path: Path) -> None:
    _sql(base, path, "ANALYZE")


@case("UnsafeMapError")
def make_null_allowed_in_snapshot_dates(base: Path, path: Path) -> None:
    # The way to a NULL where the schema says NOT NULL: edit the schema itself.
    _sql(
        base,
        path,
        "UPDATE sqlite_master SET sql = replace(sql, 'taken_on DATE NOT NULL', 'taken_on DATE') "
        "WHERE name = 'snapshots'",
    )
    with closing(sqlite3.connect(path, isolation_level=None)) as db:  # the new schema
        db.execute(_one("snapshots", "taken_on", "NULL"))


@case("UnsafeMapError")
def make_missing_table(base: Path, path: Path) -> None:
    _sql(base, path, "DROP TABLE role_links")


# -- values the app would never store (refused, naming table and row) --------------


def _value_case(name: str, table: str, column: str, value: str) -> None:
    def make(base: Path, path: Path) -> None:
        _sql(base, path, _one(table, column, value))

    make.__name__ = name
    case("CorruptMapError")(make)


for _name, _table, _column, _value in (
    ("flow_to_itself", "flows", "target_id", "source_id"),
    ("rework_share_of_two", "flows", "rework_share", "2"),
    ("handoff_with_a_share", "flows", "rework_share", "0.5"),
    ("empty_step_name", "steps", "name", "''"),
    ("blank_step_name", "steps", "name", "'   '"),
    ("bytes_as_step_name", "steps", "name", "x'c0ff'"),
    ("text_in_process_time", "steps", "process_minutes", "'drie uur'"),
    ("negative_wait", "steps", "wait_minutes", "-5"),
    ("absurd_wait", "steps", "wait_minutes", "1e308"),
    ("infinite_x", "steps", "x", "9e999"),
    ("negative_infinite_y", "steps", "y", "-9e999"),
    ("ftr_of_150", "steps", "ftr_percent", "150"),
    ("megabyte_step_name", "steps", "name", "printf('%.*c', 1000000, 'x')"),
    ("long_story", "findings", "story", "printf('%.*c', 100000, 'x')"),
    ("long_tag", "finding_tags", "tag", "printf('%.*c', 5000, 'x')"),
    ("zero_hours_per_day", "map_details", "hours_per_day", "0"),
    ("text_hours_per_day", "map_details", "hours_per_day", "'acht'"),
    ("empty_map_name", "map_details", "name", "''"),
    ("bad_session_date", "map_details", "session_date", "'gisteren'"),
    ("unknown_role_kind", "roles", "kind", "'baas'"),
    ("colour_word", "roles", "colour", "'rood'"),
    ("unknown_voice", "findings", "voice", "'kat'"),
    ("unknown_change_form", "actions", "form", "'revolutie'"),
    ("unknown_status", "actions", "status", "'misschien'"),
    ("photo_as_html", "photos", "mime", "'text/html'"),
    ("photo_data_as_text", "photos", "data", "'geen plaatje'"),
    ("empty_photo", "photos", "data", "x''"),
    ("snapshot_date_as_text", "snapshots", "taken_on", "'ooit'"),
    ("snapshot_not_json", "snapshots", "content", "'{niet json'"),
    ("snapshot_with_nan", "snapshots", "content", "replace(content, '\"x\": 40.0', '\"x\": NaN')"),
    ("snapshot_nested_deeply", "snapshots", "content",
     "printf('%.*c', 200000, '[') || printf('%.*c', 200000, ']')"),
    ("snapshot_with_a_snapshot", "snapshots", "content",
     "replace(content, '\"snapshots\": []', '\"snapshots\": [{\"label\": \"x\", "
     "\"taken_on\": \"2026-01-01\", \"content\": {}}]')"),
    ("snapshot_with_unknown_key", "snapshots", "content",
     "replace(content, '{\"details\"', '{\"macro\": 1, \"details\"')"),
    ("session_minutes_infinite", "session_planned", "minutes", "9e999"),
):  # fmt: skip
    _value_case(_name, _table, _column, _value)


@case("CorruptMapError")
def make_duplicate_flow(base: Path, path: Path) -> None:
    _sql(
        base,
        path,
        "INSERT INTO flows SELECT 'dubbel', position + 100, source_id, target_id, kind, "
        "rework_share FROM flows WHERE rowid = (SELECT min(rowid) FROM flows)",
    )


@case("CorruptMapError")
def make_two_version_rows(base: Path, path: Path) -> None:
    _sql(base, path, "INSERT INTO alembic_version VALUES ('0001')")


@case("CorruptMapError")
def make_no_version_row(base: Path, path: Path) -> None:
    _sql(base, path, "DELETE FROM alembic_version")


@case("NewerVersionError")
def make_version_from_the_future(base: Path, path: Path) -> None:
    _sql(base, path, "UPDATE alembic_version SET version_num = '9999'")


@case("NewerVersionError")
def make_version_as_words(base: Path, path: Path) -> None:
    _sql(base, path, "UPDATE alembic_version SET version_num = 'drie'")


@case("CorruptMapError")
def make_version_zero(base: Path, path: Path) -> None:
    _sql(base, path, "UPDATE alembic_version SET version_num = '0000'")


@case("CorruptMapError")
def make_no_details_row(base: Path, path: Path) -> None:
    _sql(base, path, "DELETE FROM map_details")


@case("CorruptMapError")
def make_link_to_a_missing_step(base: Path, path: Path) -> None:
    _sql(base, path, _one("finding_steps", "step_id", "'weg'"))


@case("CorruptMapError")
def make_step_with_a_missing_role(base: Path, path: Path) -> None:
    _sql(base, path, _one("steps", "role_id", "'weg'"))


# -- broken files --------------------------------------------------------------------


@case("CorruptMapError")
def make_cut_in_half(base: Path, path: Path) -> None:
    data = base.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@case("NotAMapError")
def make_empty_file(base: Path, path: Path) -> None:
    path.write_bytes(b"")


@case("NotAMapError")
def make_random_bytes(base: Path, path: Path) -> None:
    path.write_bytes(bytes((i * 7919) % 251 for i in range(8192)))


@case("NotAMapError")
def make_another_programs_database(base: Path, path: Path) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE t (x)")
        db.commit()


@case("NotAMapError")
def make_folder(base: Path, path: Path) -> None:
    path.mkdir()


@case("MapFileError")
def make_symlink_loop(base: Path, path: Path) -> None:
    other = path.with_name(path.name + ".lus")
    os.symlink(other, path)
    os.symlink(path, other)


# -- journals that do not belong to the map (opens unchanged) ----------------------


def _journal_of_a_crash(base: Path, folder: Path, rows: int) -> Path:
    """A real hot journal: a writer that dies in the middle of a large commit to a
    copy of ``base`` with ``rows`` more steps; returns the journal."""
    victim = folder / "crashed.procesbouw"
    shutil.copyfile(base, victim)
    script = (
        "import os, signal, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('PRAGMA cache_size = 1')\n"
        "db.execute('BEGIN')\n"
        f"for i in range({rows}):\n"
        '    db.execute("INSERT INTO steps (id, position, name, role_id, process_minutes, "\n'
        '               "wait_minutes, ftr_percent, note, x, y) "\n'
        "               \"VALUES (?, ?, 'half', NULL, 0, 0, 100, ?, 0, 0)\",\n"
        "               (f'half-{i}', 1000 + i, 'x' * 500))\n"
        "db.execute(\"UPDATE steps SET name = 'half'\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(victim)], check=False)
    return journal_path(victim)


@case("ok")
def make_journal_of_another_map(base: Path, path: Path) -> None:
    folder = path.with_name(path.name + ".maker")
    folder.mkdir()
    other = folder / "ander.procesbouw"
    with closing(sqlite3.connect(base)) as source, closing(sqlite3.connect(other)) as copy:
        source.backup(copy)
    _sql(base, other, "INSERT INTO roles VALUES ('r-extra', 99, 'Extra', 'internal', '#000000')")
    shutil.copyfile(_journal_of_a_crash(other, folder, 400), journal_path(path))
    shutil.copyfile(base, path)
    shutil.rmtree(folder)


@case("ok")
def make_journal_older_than_the_map(base: Path, path: Path) -> None:
    folder = path.with_name(path.name + ".maker")
    folder.mkdir()
    shutil.copyfile(_journal_of_a_crash(base, folder, 300), journal_path(path))
    shutil.copyfile(base, path)
    hours_ago = time.time() - 3 * 3600
    os.utime(journal_path(path), (hours_ago, hours_ago))
    shutil.rmtree(folder)


@case("ok")
def make_journal_of_garbage(base: Path, path: Path) -> None:
    shutil.copyfile(base, path)
    journal_path(path).write_bytes(b"\xd9\xd5\x05\xf9 niet van deze kaart " * 300)


@case("ok")
def make_read_only_file(base: Path, path: Path) -> None:
    shutil.copyfile(base, path)
    path.chmod(0o444)


@case("ok")
def make_intact(base: Path, path: Path) -> None:
    shutil.copyfile(base, path)


def build(folder: Path) -> dict[str, tuple[Path, str]]:
    """Write every case into ``folder``: name → (path, expected outcome)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_base").mkdir(exist_ok=True)
    base = base_map(folder / "_base")
    made: dict[str, tuple[Path, str]] = {}
    for name, (make, expected) in CASES.items():
        path = folder / f"{name}.procesbouw"
        make(base, path)
        made[name] = (path, expected)
    return made


if __name__ == "__main__":
    for path, expected in build(Path(sys.argv[1])).values():
        print(f"{expected:<18} {path}")
