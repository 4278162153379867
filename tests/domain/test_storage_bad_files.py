"""A file that is not an intact map we know gets its own clear error and is never changed."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from procesbouw.model import Step
from procesbouw.storage import (
    SCHEMA_VERSION,
    CorruptMapError,
    MapFile,
    MapFileError,
    MapFileExistsError,
    MapFileNotFoundError,
    NewerVersionError,
    NotAMapError,
)
from tests.maps import copy_into, full_map


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _a_map(path: Path) -> None:
    with MapFile.create(path) as mf:
        copy_into(mf, full_map())
        for number in range(200):  # enough pages that half the file is clearly missing
            mf.add(Step(f"stap {number}", note="x" * 200))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(8192))


def _text_file(path: Path) -> None:
    path.write_text("Dit is een boodschappenlijstje\n" * 20, encoding="utf-8")


def _truncated(path: Path) -> None:
    _a_map(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged(path: Path) -> None:
    _a_map(path)
    data = bytearray(path.read_bytes())
    page = 4096
    data[5 * page : 9 * page] = random.Random(2).randbytes(
        4 * page
    )  # garbage in the middle, same length
    path.write_bytes(bytes(data))


def _other_sqlite(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    db.execute("INSERT INTO notes (text) VALUES ('hallo')")
    db.commit()
    db.close()


def _newer(path: Path) -> None:
    _a_map(path)
    db = sqlite3.connect(path)
    db.execute(f"UPDATE alembic_version SET version_num = '{SCHEMA_VERSION + 1:04d}'")
    db.execute("ALTER TABLE steps ADD COLUMN colour TEXT")
    db.commit()
    db.close()


def _unknown_revision(path: Path) -> None:
    _a_map(path)
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = 'a1b2c3d4e5f6'")
    db.commit()
    db.close()


BAD_FILES: list[tuple[str, Callable[[Path], None], type[MapFileError], str]] = [
    ("empty", _empty, NotAMapError, "leeg"),
    ("random bytes", _random_bytes, NotAMapError, "iets anders"),
    ("text", _text_file, NotAMapError, "iets anders"),
    ("truncated", _truncated, CorruptMapError, "beschadigd"),
    ("damaged", _damaged, CorruptMapError, "beschadigd"),
    ("other sqlite", _other_sqlite, NotAMapError, "ander programma"),
    ("newer version", _newer, NewerVersionError, "Werk Procesbouw bij"),
    ("unknown revision", _unknown_revision, NewerVersionError, "Werk Procesbouw bij"),
]


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
@pytest.mark.parametrize(
    ("make", "error", "words"), [case[1:] for case in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_bad_file_raises_its_error_and_stays_byte_identical(
    tmp_path: Path,
    make: Callable[[Path], None],
    error: type[MapFileError],
    words: str,
    read_only: bool,
) -> None:
    path = tmp_path / "kaart.procesbouw"
    make(path)
    before, files_before = _digest(path), sorted(os.listdir(tmp_path))
    with pytest.raises(error) as raised:
        MapFile.open(path, read_only=read_only)
    assert words in str(raised.value)
    assert raised.value.message_en and raised.value.path == path
    assert _digest(path) == before
    assert sorted(os.listdir(tmp_path)) == files_before  # no lock, journal or backup left


def test_newer_version_names_the_version(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.procesbouw"
    _newer(path)
    with pytest.raises(NewerVersionError) as raised:
        MapFile.open(path)
    assert raised.value.found == SCHEMA_VERSION + 1
    assert f"bestandsversie {SCHEMA_VERSION + 1}" in str(raised.value)
    assert "Update Procesbouw" in raised.value.message_en


def test_a_folder_is_not_a_map(tmp_path: Path) -> None:
    folder = tmp_path / "map.procesbouw"
    folder.mkdir()
    with pytest.raises(NotAMapError, match="folder"):
        MapFile.open(folder)
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.procesbouw"]


@pytest.mark.parametrize("read_only", [False, True])
def test_a_missing_path_is_never_created(tmp_path: Path, read_only: bool) -> None:
    with pytest.raises(MapFileNotFoundError):
        MapFile.open(tmp_path / "weg.procesbouw", read_only=read_only)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    path.write_bytes(b"iets waardevols")
    with pytest.raises(MapFileExistsError):
        MapFile.create(path)
    assert path.read_bytes() == b"iets waardevols"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaart.procesbouw"]
