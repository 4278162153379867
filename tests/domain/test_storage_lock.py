"""One writer per map: a second open is refused with the holder's name, read-only works."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from procesbouw.model import Role
from procesbouw.storage import MapFile, MapInUseError, ReadOnlyMapError
from procesbouw.storage.lock import lock_path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_second_open_names_the_holder_and_read_only_works_alongside(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as writer:
        writer.add(Role("Planner"))
        with pytest.raises(MapInUseError) as raised:
            MapFile.open(path)
        assert socket.gethostname() in str(raised.value)
        assert "alleen-lezen" in str(raised.value)
        assert raised.value.since and raised.value.user
        with MapFile.open(path, read_only=True) as viewer:
            assert viewer.read_only
            assert viewer.map == writer.map
            with pytest.raises(ReadOnlyMapError):
                viewer.add(Role("Nog een"))
            with pytest.raises(ReadOnlyMapError):
                viewer.remove(next(iter(viewer.map.roles)))
    with MapFile.open(path) as again:  # closing released the lock
        assert len(again.map.roles) == 1


def test_close_releases_the_lock_and_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    mf = MapFile.create(path)
    assert lock_path(path).exists()
    mf.close()
    mf.close()
    assert not lock_path(path).exists()
    with pytest.raises(RuntimeError):
        mf.add(Role("Na het sluiten"))


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    MapFile.create(path).close()
    stale = {"user": "anouk", "host": socket.gethostname(), "pid": _dead_pid(), "since": "gisteren"}
    lock_path(path).write_text(json.dumps(stale), encoding="utf-8")
    with MapFile.open(path) as mf:
        assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
        assert not mf.read_only
    assert not lock_path(path).exists()


def test_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    MapFile.create(path).close()
    other = {"user": "joost", "host": "laptop-joost", "pid": 1, "since": "2026-03-12 09:30"}
    lock_path(path).write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(MapInUseError, match="joost@laptop-joost \\(sinds 2026-03-12 09:30\\)") as e:
        MapFile.open(path)
    assert e.value.lock_file == lock_path(path) and lock_path(path).name in str(e.value)
    assert json.loads(lock_path(path).read_text()) == other  # not taken, not removed


def test_save_as_onto_a_map_open_elsewhere_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path):
        path2 = tmp_path / "kopie.procesbouw"
        with MapFile.create(path2) as other, pytest.raises(MapInUseError):
            other.save_as(path)


def test_a_second_route_to_the_same_file_is_the_same_map(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    shortcut = tmp_path / "snelkoppeling.procesbouw"
    with MapFile.create(path):
        shortcut.symlink_to(path)
        with pytest.raises(MapInUseError):
            MapFile.open(shortcut)
