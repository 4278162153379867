"""The shipped sample maps open, are valid, match their build script and tell the story."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from procesbouw.model import FlowKind, RoleKind, Step
from procesbouw.serialize import map_from_dict, map_to_dict
from procesbouw.storage import SCHEMA_VERSION, MapFile
from resources import SAMPLES, copy_sample_to, sample_path
from resources.samples.build_samples import DAY, first_pass_lead_time, gemeente, zorgorganisatie


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_is_valid_and_up_to_date_with_its_build_script(name: str) -> None:
    built = {"zorgorganisatie": zorgorganisatie, "gemeente": gemeente}[name]()
    with MapFile.open(sample_path(name), read_only=True) as mf:
        assert mf.schema_version == SCHEMA_VERSION
        assert mf.map == built  # rebuild with python -m resources.samples.build_samples
        assert map_from_dict(map_to_dict(mf.map)) == mf.map  # passes every validation rule


def test_zorgorganisatie_tells_the_six_days_to_one_day_story() -> None:
    with MapFile.open(sample_path(), read_only=True) as mf:
        pm = mf.map
    assert pm.details.name == "Zorgorganisatie — van aanmelding tot start zorg"
    assert 10 <= len(pm.steps) <= 14 and 5 <= len(pm.roles) <= 6
    assert any(r.kind is RoleKind.CLIENT for r in pm.roles.values())
    assert len({r.colour for r in pm.roles.values()}) == len(pm.roles)
    assert len(pm.findings) >= 5 and len({f.voice for f in pm.findings.values()}) == 3
    assert all(f.tags and (f.step_ids or f.role_ids) for f in pm.findings.values())
    assert len(pm.actions) == 3 and len({a.form for a in pm.actions.values()}) == 3
    assert [f.kind for f in pm.flows.values()].count(FlowKind.REWORK) == 1
    snapshots = {s.label: s.content for s in pm.snapshots.values()}
    assert first_pass_lead_time(snapshots["Start"]) == 6 * DAY
    assert first_pass_lead_time(snapshots["Na 3 maanden"]) == 1 * DAY
    assert all(f.kind is FlowKind.HANDOFF for s in snapshots.values() for f in s.flows.values())


def test_zorgorganisatie_has_hidden_and_unused_role_connections() -> None:
    with MapFile.open(sample_path(), read_only=True) as mf:
        pm = mf.map
    role_of = {s.id: s.role_id for s in pm.steps.values()}
    working = {
        frozenset((role_of[f.source_id], role_of[f.target_id]))
        for f in pm.flows.values()
        if role_of[f.source_id] != role_of[f.target_id]
    }
    drawn = {frozenset((link.role_a_id, link.role_b_id)) for link in pm.role_links.values()}
    assert working - drawn  # a hidden connection
    assert drawn - working  # a link with no flows behind it


def test_bricks_sit_on_the_grid_left_to_right() -> None:
    with MapFile.open(sample_path(), read_only=True) as mf:
        steps: list[Step] = list(mf.map.steps.values())
    assert all(s.x % 20 == 0 and s.y % 20 == 0 for s in steps)
    by_id = {s.id: s for s in steps}
    assert all(
        by_id[f.source_id].x < by_id[f.target_id].x
        for f in mf.map.flows.values()
        if f.kind is FlowKind.HANDOFF
    )


def test_the_app_edits_a_copy_never_the_installed_sample(tmp_path: Path) -> None:
    original = hashlib.sha256(sample_path().read_bytes()).hexdigest()
    first = copy_sample_to(tmp_path)
    assert first.name == "zorgorganisatie.procesbouw"
    with MapFile.open(first) as mf:
        mf.add(Step("Nieuwe stap"))
        edited = mf.map
    assert hashlib.sha256(sample_path().read_bytes()).hexdigest() == original
    assert copy_sample_to(tmp_path) == first  # the earlier copy, with its work
    with MapFile.open(first) as mf:
        assert mf.map == edited
    fresh = copy_sample_to(tmp_path, reuse=False)
    assert fresh.name == "zorgorganisatie (2).procesbouw"
    assert fresh.read_bytes() == sample_path().read_bytes()
    with pytest.raises(ValueError):
        sample_path("bestaat-niet")
