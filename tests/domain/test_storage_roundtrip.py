"""Everything written to a map file comes back equal, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procesbouw.model import Flow, Role, Step, ValidationError, changed
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map
from tests.maps import copy_into, full_map


def test_every_entity_and_field_survives_a_reopen(tmp_path: Path) -> None:
    original = full_map()
    with MapFile.create(tmp_path / "kaart.procesbouw") as mf:
        copy_into(mf, original)
        assert mf.map == original
    with MapFile.open(tmp_path / "kaart.procesbouw") as reopened:
        assert reopened.map == original
        for name in ("roles", "steps", "flows", "findings", "actions", "photos", "snapshots"):
            assert list(getattr(reopened.map, name)) == list(getattr(original, name)), name
        photo = next(iter(reopened.map.photos.values()))
        assert photo.data == next(iter(original.photos.values())).data
        snapshot = next(iter(reopened.map.snapshots.values()))
        assert list(snapshot.content.steps) == list(original.steps)


def test_replace_and_remove_survive_a_reopen(tmp_path: Path) -> None:
    original = full_map()
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        copy_into(mf, original)
        finding = next(f for f in mf.map.findings.values() if f.step_ids)
        mf.replace(changed(finding, tags=("nieuw",), step_ids=(), flow_ids=finding.flow_ids[:1]))
        photo_id = next(iter(mf.map.photos))
        removed, index = mf.remove(photo_id)
        step = next(iter(mf.map.steps.values()))
        mf.replace(changed(step, name="Hernoemd", x=99.0, ftr_percent=50.0))
        expected = mf.map
    with MapFile.open(path) as reopened:
        assert reopened.map == expected
        assert photo_id not in reopened.map.photos
        assert index == 0 and removed.id == photo_id


def test_removing_a_finding_removes_its_links_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        copy_into(mf, full_map())
        bare = next(f for f in mf.map.findings.values() if not f.step_ids)
        action = next(a for a in mf.map.actions.values() if bare.id in a.finding_ids)
        mf.replace(
            changed(action, finding_ids=tuple(i for i in action.finding_ids if i != bare.id))
        )
        mf.remove(bare.id)
        expected = mf.map
    with MapFile.open(path) as reopened:
        assert reopened.map == expected


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.booleans(), st.integers(min_value=0, max_value=12)), max_size=25))
def test_insert_positions_and_removals_keep_order(
    tmp_path: Path, ops: list[tuple[bool, int]]
) -> None:
    path = tmp_path / "order.procesbouw"
    path.unlink(missing_ok=True)
    with MapFile.create(path) as mf:
        role = Role("Planner")
        mf.add(role)
        for number, (insert, where) in enumerate(ops):
            steps = list(mf.map.steps)
            if insert or not steps:
                mf.add(Step(f"stap {number}", role.id), index=where)
            else:
                removed, index = mf.remove(steps[where % len(steps)])
                assert steps.index(removed.id) == index
        expected = list(mf.map.steps)
    with MapFile.open(path) as reopened:
        assert list(reopened.map.steps) == expected


def test_undo_of_a_remove_restores_the_order_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kaart.procesbouw"
    with MapFile.create(path) as mf:
        steps = [Step(name) for name in "ABCDE"]
        for step in steps:
            mf.add(step)
        removed, index = mf.remove(steps[2].id)
        mf.add(removed, index)  # what an undo command does
    with MapFile.open(path) as reopened:
        assert [s.name for s in reopened.map.steps.values()] == list("ABCDE")


def test_odd_file_names_work(tmp_path: Path) -> None:
    folder = tmp_path / "Mijn kaarten & sessies"
    folder.mkdir()
    path = folder / "Sessie #2 (één) 100%?.procesbouw"
    with MapFile.create(path) as mf:
        mf.add(Role("Cliënt"))
        mf.save_as(folder / "Kopie #3.procesbouw")
    with MapFile.open(folder / "Kopie #3.procesbouw", read_only=True) as copy:
        assert [r.name for r in copy.map.roles.values()] == ["Cliënt"]
    with MapFile.open(path) as reopened:
        assert len(reopened.map.roles) == 1
    assert sorted(p.name for p in folder.iterdir()) == [
        "Kopie #3.procesbouw",
        "Sessie #2 (één) 100%?.procesbouw",
    ]


def test_a_whole_map_is_checked_like_edits_before_anything_is_written(tmp_path: Path) -> None:
    """The bulk path validates every entity: a flow to a step that is not there
    (placed without ``add``, as a broken import could) is refused, and no file
    is left behind."""
    pm = full_map()
    broken = Flow(next(iter(pm.steps)), "no-such-step")
    pm.flows[broken.id] = broken
    path = tmp_path / "kapot.procesbouw"

    with pytest.raises(ValidationError):
        create_from_map(path, pm)

    assert not path.exists()


def test_a_whole_map_written_in_bulk_reads_back_equal_and_in_order(tmp_path: Path) -> None:
    pm = full_map()
    create_from_map(tmp_path / "heel.procesbouw", pm).close()
    with MapFile.open(tmp_path / "heel.procesbouw", read_only=True) as back:
        assert back.map == pm
        for name in ("steps", "flows", "findings", "photos"):
            assert list(getattr(back.map, name)) == list(getattr(pm, name))
