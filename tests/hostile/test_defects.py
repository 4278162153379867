"""One test per defect of a received map (issue 10), each failing on the code before it.

Journals that do not belong to the map, schemas with code in them, a file the
user may not write, a file that disappears while open, text and numbers beyond
any sane bound, and unknown keys in a JSON import.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from procesbouw.cli import run
from procesbouw.exchange import InvalidMapError, export_json, import_json
from procesbouw.field_rules import NAME_MAX, TEXT_MAX
from procesbouw.model import Flow, FlowKind, ProcessMap, Step, ValidationError
from procesbouw.report import build_report
from procesbouw.storage import (
    SCHEMA_VERSION,
    MapFile,
    MapWriteError,
    checks,
    migrate,
    schema_check,
)
from procesbouw.storage.connection import MapConnection, open_sqlite
from procesbouw.storage.errors import MapNotWritableError, UnsafeMapError, WriteCause
from procesbouw.storage.journal import JournalState, inspect, journal_path
from procesbouw.storage.whole_map import create_from_map
from tests.hostile.make_corpus import CASES, _journal_of_a_crash, base_map


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 3. a journal is rolled back only into the map it belongs to -----------------------


@pytest.mark.parametrize(
    "case", ["journal_of_another_map", "journal_older_than_the_map", "journal_of_garbage"]
)
def test_a_journal_of_another_map_is_moved_aside_never_rolled_in(tmp_path: Path, case: str) -> None:
    path = tmp_path / "kaart.procesbouw"
    CASES[case][0](base_map(tmp_path), path)
    before = _digest(path)
    assert inspect(path).state is JournalState.FOREIGN
    with MapFile.open(path, read_only=True) as viewer:  # a viewer ignores it, says so
        assert "hoort" in viewer.notices[0].nl and "belong" in viewer.notices[0].en
    assert journal_path(path).exists()
    with MapFile.open(path) as opened:
        assert "opzijgezet" in opened.notices[0].nl and "moved aside" in opened.notices[0].en
        assert opened.map.steps  # the map as it was: intact
    assert _digest(path) == before
    assert not journal_path(path).exists()
    [orphan] = tmp_path.glob("kaart.procesbouw-journal.orphan-*")
    assert orphan.name in opened.notices[0].nl


def test_the_maps_own_hot_journal_is_rolled_back_after_a_byte_copy(tmp_path: Path) -> None:
    path = base_map(tmp_path)
    with MapFile.open(path, read_only=True) as before_crash:
        committed = before_crash.map
    shutil.copyfile(_journal_of_a_crash(path, tmp_path, 300), journal_path(path))
    shutil.copyfile(tmp_path / "crashed.procesbouw", path)  # the half-written map
    half_written = path.read_bytes()
    assert inspect(path).state is JournalState.OURS
    with MapFile.open(path) as opened:
        assert opened.map == committed
        assert "teruggedraaid" in opened.notices[0].nl
    [copy] = tmp_path.glob("basis.procesbouw.before-rollback-*")
    assert copy.read_bytes() == half_written and copy.name in opened.notices[0].nl


# -- 4. nothing stored in the file runs -------------------------------------------------


def test_every_connection_distrusts_the_schema(tmp_path: Path) -> None:
    path = base_map(tmp_path)
    raw = open_sqlite(path, read_only=True)
    assert raw.execute("PRAGMA trusted_schema").fetchone() == (0,)
    raw.close()


def test_a_map_whose_trigger_would_wipe_the_stories_is_refused_unrun(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    CASES["trigger_wipes_stories_on_rename"][0](base_map(tmp_path), path)
    before = _digest(path)
    with pytest.raises(Exception, match="trigger 'wipe' op steps") as refused:
        MapFile.open(path)
    assert "trigger 'wipe' on steps" in refused.value.message_en  # type: ignore[attr-defined]
    assert _digest(path) == before


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_the_schema_check_accepts_every_version_the_migrations_make(
    tmp_path: Path, version: int
) -> None:
    # Migrations added later are covered without touching the check.
    path = tmp_path / f"v{version}.procesbouw"
    conn = MapConnection(open_sqlite(path, read_only=False, create=True), writable=True).sql
    migrate.upgrade(conn, f"{version:04d}")
    conn.close()
    raw = open_sqlite(path, read_only=True)
    try:
        assert checks.check_contents(path, raw) == version
    finally:
        raw.close()


# -- 2. a file the user may not write opens read-only -----------------------------------


def test_a_read_only_file_is_not_opened_for_editing(tmp_path: Path) -> None:
    path = base_map(tmp_path)
    path.chmod(0o444)
    with pytest.raises(MapNotWritableError, match="alleen-lezen") as refused:
        MapFile.open(path)
    assert "read-only" in refused.value.message_en and not refused.value.folder
    with MapFile.open(path, read_only=True) as viewer:
        assert viewer.read_only and viewer.map.steps


def test_a_map_in_a_read_only_folder_is_not_opened_for_editing(tmp_path: Path) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = base_map(folder)
    folder.chmod(0o555)
    try:
        with pytest.raises(MapNotWritableError) as refused:
            MapFile.open(path)
        assert refused.value.folder
    finally:
        folder.chmod(0o755)


# -- 1. a write that cannot land is refused with its cause -------------------------------


def test_an_edit_after_the_file_was_deleted_is_refused_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        mf.add(Step("Aanmelding"))
        before = mf.map.copy()
        os.unlink(path)  # a sync client or a colleague removed it
        with pytest.raises(MapWriteError) as refused:
            mf.add(Step("Intake"))
        assert refused.value.cause is WriteCause.FILE_GONE
        assert "verplaatst, verwijderd" in str(refused.value)
        assert mf.map == before


def test_a_full_disk_is_named_as_such(tmp_path: Path) -> None:
    disk = tmp_path / "schijf"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        with MapFile.create(disk / "kaart.procesbouw") as mf:
            mf.add(Step("Aanmelding"))
            with (disk / "vulsel").open("wb") as filler, pytest.raises(OSError):
                while True:
                    filler.write(b"\0" * 65536)
                    filler.flush()
            before = mf.map.copy()
            with pytest.raises(MapWriteError) as refused:
                mf.add(Step("Intake"))
            assert refused.value.cause is WriteCause.DISK_FULL
            assert str(refused.value).startswith(
                "Deze wijziging kon niet worden opgeslagen: de schijf is vol. Er is niets "
                "verloren; je laatste wijziging is teruggedraaid."
            )
            assert mf.map == before
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


# -- 6. bounded text and numbers ---------------------------------------------------------


def test_a_name_beyond_the_limit_is_refused_saying_so_in_both_languages() -> None:
    pm = ProcessMap()
    pm.add(Step("x" * NAME_MAX))
    with pytest.raises(ValidationError) as refused:
        pm.add(Step("x" * (NAME_MAX + 1)))
    assert str(refused.value) == "De naam is te lang: hooguit 500 tekens, dit zijn er 501."
    assert refused.value.message_en == "The name is too long: at most 500 characters, this has 501."


@pytest.mark.parametrize("minutes", [1e308, float("inf"), float("nan"), 11 * 365 * 24 * 60])
def test_absurd_or_non_finite_times_are_refused(minutes: float) -> None:
    with pytest.raises(ValidationError):
        ProcessMap().add(Step("Wachten", wait_minutes=minutes))


def test_a_long_note_is_cut_with_an_ellipsis_in_the_report_table() -> None:
    pm = ProcessMap()
    pm.add(Step("Intake", note="begin " + "lang " * (TEXT_MAX // 5 - 10) + "einde"))
    out = io.BytesIO()
    build_report(pm, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "begin lang" in text and "…" in text and "einde" not in text


def test_analyse_json_stays_finite_with_rework_that_almost_never_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pm = ProcessMap()
    steps = [Step(f"Stap {i}", process_minutes=60, x=200.0 * i) for i in range(40)]
    for step in steps:
        pm.add(step)
    for a, b in zip(steps, steps[1:], strict=False):
        pm.add(Flow(a.id, b.id))
    for i in range(1, 40):  # 39 overlapping loops that go back 99.9999 % of the time
        pm.add(Flow(steps[i].id, steps[0].id, FlowKind.REWORK, 0.999999))
    create_from_map(tmp_path / "kaart.procesbouw", pm).close()
    assert run(["analyse", str(tmp_path / "kaart.procesbouw"), "--json"]) == 0
    out = capsys.readouterr().out
    assert "Infinity" not in out and "NaN" not in out
    figures = json.loads(out)["figures"]
    assert figures["lead_time_expected_minutes"] < 1e308


# -- 7. a JSON import refuses what the format does not know ------------------------------


def test_a_json_import_with_an_unknown_key_in_the_map_is_refused() -> None:
    data = json.loads(export_json(ProcessMap()))
    data["map"]["macros"] = ["rm -rf /"]
    with pytest.raises(InvalidMapError, match="macros") as refused:
        import_json(json.dumps(data))
    assert "Unknown fields in the map: macros" in refused.value.message_en


def test_a_json_import_with_an_unknown_key_in_the_envelope_is_refused() -> None:
    data = json.loads(export_json(ProcessMap()))
    data["signature"] = "trust me"
    with pytest.raises(InvalidMapError, match="signature"):
        import_json(json.dumps(data))


def test_sqlite_error_codes_name_the_cause(tmp_path: Path) -> None:
    # The authorizer makes SQLite itself refuse (SQLITE_AUTH): "refused by the database".
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        mf._db.raw.set_authorizer(lambda action, *_: sqlite3.SQLITE_DENY if action == 18 else 0)
        with pytest.raises(MapWriteError) as refused:
            mf.add(Step("Intake"))
        assert refused.value.cause is WriteCause.REFUSED


def test_opening_a_map_needs_no_alembic_even_on_the_very_first_start(tmp_path: Path) -> None:
    # Alembic costs the first window ~100-300 ms; the expected schemas ship with the
    # package, so not even the first start pays, and nothing is kept in the user's
    # folders that could be changed to let a hostile map pass.
    path = base_map(tmp_path)
    script = (
        "import sys\n"
        "from procesbouw.storage import MapFile\n"
        f"MapFile.open({str(path)!r}, read_only=True).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "False"
    assert not home.exists()


def test_the_shipped_schemas_are_what_the_migrations_build() -> None:
    # The shipped file answers for the migrations: a stale one would pass a file the
    # migrations refuse. A new or changed migration fails here until it is rebuilt.
    shipped = schema_check.shipped_schemas()
    assert sorted(shipped) == list(range(1, SCHEMA_VERSION + 1)), "run schema_check.write_shipped"
    for version in shipped:
        built = schema_check.migrated_schema(version)
        assert shipped[version] == built, f"v{version}: run schema_check.write_shipped"


def test_a_schema_spelled_otherwise_than_shipped_is_judged_by_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another SQLite or SQLAlchemy may spell a column differently from the shipped
    # file: the user's own maps still open, and a hostile one is still refused.
    shipped = dict(schema_check.shipped_schemas())
    kind, columns, foreign = shipped[SCHEMA_VERSION][("table", "steps")]
    respelled = tuple((c[0], "CLOB" if c[1] == "TEXT" else c[1], *c[2:]) for c in columns)
    shipped[SCHEMA_VERSION] = {
        **shipped[SCHEMA_VERSION],
        ("table", "steps"): (kind, respelled, foreign),
    }
    monkeypatch.setattr(schema_check, "shipped_schemas", lambda: shipped)
    own_path = base_map(tmp_path)
    with MapFile.open(own_path, read_only=True) as own:
        assert own.map.steps
    hostile = tmp_path / "kaart.procesbouw"
    CASES["extra_column"][0](own_path, hostile)
    with pytest.raises(UnsafeMapError, match="tabel 'steps' wijkt af"):
        MapFile.open(hostile, read_only=True)
