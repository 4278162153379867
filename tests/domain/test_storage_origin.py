"""A map file remembers where it came from in a team library (schema version 4)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from procesbouw.storage import MapFile, ReadOnlyMapError
from procesbouw.storage.origin import LibraryOrigin
from tests.data.make_v1_map import V1_FILE

ORIGIN = LibraryOrigin("postgresql+psycopg://anouk@db.zorg.nl/procesbouw", "map-1", 3)


def test_the_origin_survives_closing_reopening_and_save_as(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        assert mf.library_origin is None  # a new map never met a library
        mf.set_library_origin(ORIGIN)
    with MapFile.open(path) as mf:
        assert mf.library_origin == ORIGIN
        mf.set_library_origin(LibraryOrigin(ORIGIN.library, ORIGIN.map_id, 4))
        mf.save_as(tmp_path / "kopie.procesbouw")
    with MapFile.open(tmp_path / "kopie.procesbouw", read_only=True) as copy:
        assert copy.library_origin == LibraryOrigin(ORIGIN.library, ORIGIN.map_id, 4)


def test_an_old_map_opens_without_an_origin_and_can_get_one(tmp_path: Path) -> None:
    path = tmp_path / "oud.procesbouw"
    shutil.copyfile(V1_FILE, path)
    with MapFile.open(path, read_only=True) as mf:
        assert mf.library_origin is None
        with pytest.raises(ReadOnlyMapError):
            mf.set_library_origin(ORIGIN)
    with MapFile.open(path) as mf:  # migrated, original kept aside
        assert mf.library_origin is None and mf.backup_path is not None
        mf.set_library_origin(ORIGIN)
    with MapFile.open(path) as mf:
        assert mf.library_origin == ORIGIN
