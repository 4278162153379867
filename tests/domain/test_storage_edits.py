"""Edits: listeners, batches, failed writes and "save as" keep file and memory equal."""

from __future__ import annotations

import copy
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from procesbouw.events import Change, MapEvent
from procesbouw.model import MapDetails, Photo, Role, Step, ValidationError, changed
from procesbouw.storage import MapFile, MapInUseError, MapWriteError
from procesbouw.storage.lock import lock_path
from tests.maps import PNG, copy_into, full_map


@pytest.fixture
def mapfile(tmp_path: Path) -> Iterator[MapFile]:
    mf = MapFile.create(tmp_path / "kaart.procesbouw", MapDetails(name="Kaart"))
    yield mf
    mf.close()


def _stored_step_names(path: Path) -> list[str]:
    """What another reader sees in the file right now."""
    db = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return [r[0] for r in db.execute("SELECT name FROM steps ORDER BY position")]
    finally:
        db.close()


def test_listeners_hear_each_change_in_order_until_they_unsubscribe(mapfile: MapFile) -> None:
    heard: list[MapEvent] = []
    unsubscribe = mapfile.subscribe(heard.append)
    role = Role("Planner")
    mapfile.add(role)
    renamed = changed(role, name="Vaste planner")
    mapfile.replace(renamed)
    old_details = mapfile.set_details(MapDetails(name="Nieuwe naam"))
    mapfile.remove(role.id)
    assert heard == [
        MapEvent(Change.ADDED, role),
        MapEvent(Change.CHANGED, renamed, role),
        MapEvent(Change.DETAILS, MapDetails(name="Nieuwe naam"), old_details),
        MapEvent(Change.REMOVED, renamed),
    ]
    unsubscribe()
    unsubscribe()  # harmless twice
    mapfile.add(Role("Niemand hoort dit"))
    assert len(heard) == 4


def test_refused_edit_changes_nothing(mapfile: MapFile) -> None:
    heard: list[MapEvent] = []
    mapfile.subscribe(heard.append)
    step = Step("Beoordelen")
    mapfile.add(step)
    with pytest.raises(ValidationError):
        mapfile.replace(changed(step, wait_minutes=-5))
    with pytest.raises(ValidationError):
        mapfile.add(Step(""))
    assert mapfile.map.steps == {step.id: step}
    assert len(heard) == 1
    assert _stored_step_names(mapfile.path) == ["Beoordelen"]


def test_batch_is_one_commit(mapfile: MapFile) -> None:
    with mapfile.batch():
        for name in "ABC":
            mapfile.add(Step(name))
        with mapfile.batch():  # nested: joins the outer commit
            mapfile.add(Step("D"))
        assert _stored_step_names(mapfile.path) == []  # nothing visible before the end
    assert _stored_step_names(mapfile.path) == list("ABCD")


def test_failed_batch_rolls_back_file_memory_and_tells_listeners(mapfile: MapFile) -> None:
    first = Step("Blijft")
    mapfile.add(first)
    before = dict(mapfile.map.steps)
    heard: list[MapEvent] = []
    mapfile.subscribe(heard.append)
    added = Step("Weg")
    with pytest.raises(KeyError), mapfile.batch():
        mapfile.add(added)
        mapfile.replace(changed(first, name="Tijdelijk"))
        raise KeyError("drag cancelled")
    assert mapfile.map.steps == before
    assert _stored_step_names(mapfile.path) == ["Blijft"]
    assert [e.change for e in heard] == [
        Change.ADDED,
        Change.CHANGED,
        Change.CHANGED,
        Change.REMOVED,
    ]
    assert heard[2] == MapEvent(Change.CHANGED, first, changed(first, name="Tijdelijk"))
    assert heard[3] == MapEvent(Change.REMOVED, added)
    mapfile.add(Step("Daarna"))  # the map is usable afterwards
    assert _stored_step_names(mapfile.path) == ["Blijft", "Daarna"]


def test_failed_inner_batch_undoes_only_its_own_edits(mapfile: MapFile) -> None:
    with mapfile.batch():
        mapfile.add(Step("Buiten"))
        with pytest.raises(ValueError), mapfile.batch():
            mapfile.add(Step("Binnen"))
            raise ValueError
        mapfile.add(Step("Nog buiten"))
    assert [s.name for s in mapfile.map.steps.values()] == ["Buiten", "Nog buiten"]
    assert _stored_step_names(mapfile.path) == ["Buiten", "Nog buiten"]


def _fill_disk(mapfile: MapFile) -> None:
    """Simulate a full disk: the file may not grow by a single page any more."""
    (pages,) = mapfile._db.raw.execute("PRAGMA page_count").fetchone()
    mapfile._db.raw.execute(f"PRAGMA max_page_count = {pages}")


def test_failed_write_reverts_memory_and_raises(mapfile: MapFile) -> None:
    step = Step("Bestaat")
    mapfile.add(step)
    heard: list[MapEvent] = []
    mapfile.subscribe(heard.append)
    _fill_disk(mapfile)
    with pytest.raises(MapWriteError) as raised:
        mapfile.add(Photo(PNG * 5000, "image/png"))
    assert "niet worden opgeslagen" in str(raised.value)
    assert mapfile.map.photos == {} and heard == []
    mapfile._db.raw.execute("PRAGMA max_page_count = 1000000")
    mapfile.replace(changed(step, name="Werkt weer"))
    assert _stored_step_names(mapfile.path) == ["Werkt weer"]


def test_failed_write_inside_a_batch_rolls_the_batch_back(mapfile: MapFile) -> None:
    mapfile.add(Step("Vooraf"))
    before = dict(mapfile.map.steps)
    _fill_disk(mapfile)
    with pytest.raises(MapWriteError), mapfile.batch():
        mapfile.add(Step("In de reeks"))
        mapfile.add(Photo(PNG * 5000, "image/png"))
    assert mapfile.map.steps == before and mapfile.map.photos == {}
    assert _stored_step_names(mapfile.path) == ["Vooraf"]


def test_a_caught_failure_inside_a_batch_keeps_the_other_edits(mapfile: MapFile) -> None:
    # The file refuses photos (as a damaged index or a full quota might refuse one
    # statement): only that statement is undone, the batch goes on.
    mapfile._db.raw.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON photos BEGIN SELECT RAISE(ABORT, 'nee'); END"
    )
    with mapfile.batch():
        mapfile.add(Step("Voor"))
        with pytest.raises(MapWriteError, match="nee"):
            mapfile.add(Photo(PNG, "image/png"))
        mapfile.add(Step("Na"))
    assert mapfile.map.photos == {}
    assert _stored_step_names(mapfile.path) == ["Voor", "Na"]


def test_an_edit_of_a_row_missing_from_the_file_is_a_failed_write(mapfile: MapFile) -> None:
    step = Step("Weggehaald")
    mapfile.add(step)
    other = sqlite3.connect(mapfile.path)  # another program changes the file
    other.execute("DELETE FROM steps")
    other.commit()
    other.close()
    with pytest.raises(MapWriteError):
        mapfile.replace(changed(step, name="Nieuw"))
    with pytest.raises(MapWriteError):
        mapfile.remove(step.id)
    assert mapfile.map.steps == {step.id: step}


def test_save_as_continues_in_a_consistent_copy(tmp_path: Path) -> None:
    original = tmp_path / "origineel.procesbouw"
    target = tmp_path / "sub" / "kopie.procesbouw"
    target.parent.mkdir()
    with MapFile.create(original) as mf:
        copy_into(mf, full_map())
        content = copy.deepcopy(mf.map)
        digest = hashlib.sha256(original.read_bytes()).hexdigest()
        mf.save_as(target)
        assert mf.path == target and not lock_path(original).exists() and lock_path(target).exists()
        mf.add(Step("Alleen in de kopie"))
        expected = mf.map
        with MapFile.open(original) as untouched:  # the original is free and unchanged
            assert untouched.map == content
        with pytest.raises(MapInUseError):
            MapFile.open(target)
    assert hashlib.sha256(original.read_bytes()).hexdigest() == digest
    with MapFile.open(target) as reopened:
        assert reopened.map == expected


def test_save_as_from_read_only_gives_an_editable_copy(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        mf.add(Role("Planner"))
    with MapFile.open(path, read_only=True) as viewer:
        viewer.save_as(tmp_path / "mijn kopie.procesbouw")
        assert not viewer.read_only
        viewer.add(Role("Cliënt"))
    with MapFile.open(tmp_path / "mijn kopie.procesbouw") as reopened:
        assert [r.name for r in reopened.map.roles.values()] == ["Planner", "Cliënt"]
