"""Random editing sessions: whatever the order of edits, batches and failed batches,
the reopened file equals the map in memory, order included."""

from __future__ import annotations

import contextlib
import copy
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procesbouw.model import Finding, Flow, MapDetails, Role, Step, ValidationError, changed
from procesbouw.storage import MapFile

EDITS = ("step", "flow", "rename", "remove", "finding", "details", "batch", "failed batch")


class Cancelled(Exception):
    """A gesture given up halfway (Esc during a drag)."""


def _edit(mf: MapFile, edit: str, data: st.DataObject, role: Role, depth: int = 0) -> None:
    steps = list(mf.map.steps.values())
    if edit == "step" or not steps:
        index = data.draw(st.integers(0, len(steps)), label="index")
        mf.add(Step(f"stap {len(steps)}", role.id, x=20.0 * len(steps)), index=index)
    elif edit == "flow" and len(steps) > 1:
        source, target = data.draw(st.permutations(steps), label="pair")[:2]
        with contextlib.suppress(ValidationError):  # that flow exists already
            mf.add(Flow(source.id, target.id))
    elif edit == "rename":
        chosen = data.draw(st.sampled_from(steps), label="rename")
        mf.replace(changed(chosen, name=chosen.name + "'", wait_minutes=chosen.wait_minutes + 5))
    elif edit == "remove":
        pool = [*mf.map.steps, *mf.map.flows, *mf.map.findings]
        chosen_id = data.draw(st.sampled_from(pool), label="remove")
        with contextlib.suppress(ValidationError):  # still in use (InUseError)
            mf.remove(chosen_id)
    elif edit == "finding":
        linked = data.draw(st.lists(st.sampled_from(steps), unique=True, max_size=3))
        tags = data.draw(st.lists(st.sampled_from(["direct contact", "vaste planner"])))
        mf.add(Finding("verhaal", tags=tuple(tags), step_ids=tuple(s.id for s in linked)))
    elif edit == "details":
        mf.set_details(MapDetails(name=f"kaart {data.draw(st.integers(0, 9))}"))
    elif edit in ("batch", "failed batch"):
        kinds = EDITS if depth < 2 else EDITS[:6]  # batches nest, two levels deep
        inner = data.draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=4))
        try:
            with mf.batch():
                for each in inner:
                    _edit(mf, each, data, role, depth + 1)
                if edit == "failed batch":
                    raise Cancelled
        except Cancelled:
            pass


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_reopened_map_equals_the_map_after_any_session(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / f"{uuid.uuid4()}.procesbouw"
    with MapFile.create(path) as mf:
        role = Role("Planner")
        mf.add(role)
        for edit in data.draw(st.lists(st.sampled_from(EDITS), max_size=25), label="edits"):
            _edit(mf, edit, data, role)
        expected = copy.deepcopy(mf.map)
    with MapFile.open(path) as reopened:
        assert reopened.map == expected
        for name in ("steps", "flows", "findings"):
            assert list(getattr(reopened.map, name)) == list(getattr(expected, name))
