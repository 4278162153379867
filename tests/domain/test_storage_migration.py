"""An older map is migrated on open, after its original is copied aside byte for byte."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from procesbouw.model import Action
from procesbouw.session import Phase, Session
from procesbouw.storage import SCHEMA_VERSION, MapFile, MapFileError
from procesbouw.storage.connection import MapConnection, open_sqlite
from procesbouw.storage.errors import UnsafeMapError
from procesbouw.storage.lock import lock_path
from procesbouw.storage.migrate import head_revision, upgrade
from procesbouw.storage.schema import metadata
from tests.data.make_v1_map import V1_FILE, v1_map


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "wijkteam.procesbouw"
    shutil.copyfile(V1_FILE, path)
    return path


def test_v1_file_is_migrated_with_a_byte_identical_backup(v1_copy: Path) -> None:
    original = _digest(V1_FILE)
    with MapFile.open(v1_copy) as mf:
        assert mf.schema_version == SCHEMA_VERSION == 7
        assert mf.backup_path == v1_copy.with_name("wijkteam.v1-backup.procesbouw")
        assert _digest(mf.backup_path) == original
        assert mf.map == v1_map()
        assert mf.map.details.hours_per_day == 24.0  # what version 1 implied
        assert mf.map.details.mt_question == ""  # version 2 had no question to the MT
        # Version 6: no step was measured in an event log yet.
        assert all(s.measured_process_minutes is None for s in mf.map.steps.values())
        assert all(s.measured_count == 0 for s in mf.map.steps.values())
        mf.add(Action("Nieuw na de migratie", status="running"))  # type: ignore[arg-type]
        expected = mf.map
    with MapFile.open(v1_copy) as again:  # already current: no second backup
        assert again.backup_path is None and again.map == expected
    assert sorted(p.name for p in v1_copy.parent.iterdir()) == [
        "wijkteam.procesbouw",
        "wijkteam.v1-backup.procesbouw",
    ]


def test_an_existing_backup_is_never_overwritten(v1_copy: Path) -> None:
    taken = v1_copy.with_name("wijkteam.v1-backup.procesbouw")
    taken.write_bytes(b"een eerdere back-up")
    with MapFile.open(v1_copy) as mf:
        assert mf.backup_path == v1_copy.with_name("wijkteam.v1-backup-2.procesbouw")
    assert taken.read_bytes() == b"een eerdere back-up"


def test_read_only_open_of_v1_migrates_in_memory_only(v1_copy: Path) -> None:
    before = _digest(v1_copy)
    with MapFile.open(v1_copy, read_only=True) as mf:
        assert mf.schema_version == 1 and mf.backup_path is None
        assert mf.map == v1_map()
    assert _digest(v1_copy) == before
    assert [p.name for p in v1_copy.parent.iterdir()] == ["wijkteam.procesbouw"]


def test_a_failing_migration_changes_nothing(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The disk fills up after the last revision ran, before the commit: all of it
    # must be undone.
    from alembic import command

    real_upgrade = command.upgrade

    def upgrade_then_fail(*args: object, **kwargs: object) -> None:
        real_upgrade(*args, **kwargs)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    before = _digest(v1_copy)
    with pytest.raises(MapFileError, match="kon niet bijgewerkt worden"):
        MapFile.open(v1_copy)
    assert _digest(v1_copy) == before
    assert _digest(v1_copy.with_name("wijkteam.v1-backup.procesbouw")) == before
    assert not lock_path(v1_copy).exists()


def test_a_v1_file_with_a_changed_table_is_refused_before_migrating(v1_copy: Path) -> None:
    # Someone's tool already gave actions a "status" column: not what version 1 has.
    db = sqlite3.connect(v1_copy)
    db.execute("ALTER TABLE actions ADD COLUMN status TEXT")
    db.commit()
    db.close()
    before = _digest(v1_copy)
    with pytest.raises(UnsafeMapError, match="tabel 'actions' wijkt af"):
        MapFile.open(v1_copy)
    assert _digest(v1_copy) == before
    assert [p.name for p in v1_copy.parent.iterdir()] == ["wijkteam.procesbouw"]


def _schema_differences(path: Path) -> list[object]:
    conn = MapConnection(open_sqlite(path, read_only=True), writable=False).sql
    try:
        return list(compare_metadata(MigrationContext.configure(conn), metadata))
    finally:
        conn.close()


def test_migrations_build_exactly_the_schema_of_the_models(v1_copy: Path, tmp_path: Path) -> None:
    MapFile.open(v1_copy).close()
    MapFile.create(tmp_path / "nieuw.procesbouw").close()
    assert _schema_differences(v1_copy) == []
    assert _schema_differences(tmp_path / "nieuw.procesbouw") == []


def test_head_revision_is_the_schema_version() -> None:
    assert head_revision() == f"{SCHEMA_VERSION:04d}"


def test_a_v2_file_gets_sessions_and_keeps_its_original(tmp_path: Path) -> None:
    path = tmp_path / "sessie.procesbouw"
    conn = MapConnection(open_sqlite(path, read_only=False, create=True), writable=True).sql
    upgrade(conn, "0002")
    conn.close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO map_details VALUES (1, 'Wijkteam', '', '', '', NULL, '', 8.0)")
    db.commit()
    db.close()
    original = _digest(path)
    session = Session(date(2026, 11, 30), Phase.STORIES, spent_minutes=(50, 3, 0, 0, 0))
    with MapFile.open(path) as mf:
        assert mf.backup_path == path.with_name("sessie.v2-backup.procesbouw")
        assert _digest(mf.backup_path) == original
        assert mf.map.details.hours_per_day == 8.0 and mf.map.sessions == {}
        mf.add(session)
    with MapFile.open(path) as again:
        assert again.backup_path is None and list(again.map.sessions.values()) == [session]
