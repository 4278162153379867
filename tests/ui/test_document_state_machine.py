"""Random sequences of edits, undo and redo through the document.

After every step: the scene mirrors the model exactly, and the file, reopened,
equals the model. A refused edit changes nothing at all. Closing and reopening
the map mid-session is one of the steps; editing goes on in a new document.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from procesbouw.layout import swimlanes
from procesbouw.model import Finding, FlowKind, ProcessMap, Snapshot, ValidationError
from procesbouw.storage import MapFile
from ui.canvas import style
from ui.canvas.scene import MapScene
from ui.document import MapDocument

names = st.text(min_size=0, max_size=12)
minutes = st.floats(min_value=-10, max_value=5000, allow_nan=False)
picks = st.integers(min_value=0, max_value=10_000)


def assert_scene_mirrors(scene: MapScene, pm: ProcessMap) -> None:
    assert list(scene.bricks) == list(pm.steps) or set(scene.bricks) == set(pm.steps)
    for step_id, brick in scene.bricks.items():
        assert brick.step == pm.steps[step_id]
        assert brick.pos() == QPointF(pm.steps[step_id].x, pm.steps[step_id].y)
        assert brick.scene() is scene
    assert set(scene.flows) == set(pm.flows)
    for flow_id, item in scene.flows.items():
        flow = pm.flows[flow_id]
        assert item.flow == flow
        assert item.source is scene.bricks[flow.source_id]
        assert item.target is scene.bricks[flow.target_id]
    items = {id(i) for i in scene.items()}
    assert all(id(b) in items for b in scene.bricks.values())
    scene.refresh_lanes()  # lanes are redrawn once after a burst of events
    assert [item.lane for item in scene.lanes] == swimlanes(pm, geometry=style.LANES)
    assert len(scene.items()) == len(scene.bricks) + len(scene.flows) + len(scene.lanes)


class DocumentMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        QApplication.instance() or QApplication([])
        self.folder = tempfile.TemporaryDirectory()
        self.path = Path(self.folder.name) / "kaart.procesbouw"
        self.document = MapDocument(MapFile.create(self.path))
        self.scene = MapScene(self.document)

    def teardown(self) -> None:
        self.document.close()
        self.folder.cleanup()

    @property
    def pm(self) -> ProcessMap:
        return self.document.map

    def _pick(self, collection: dict, index: int) -> str:
        keys = list(collection)
        return keys[index % len(keys)]

    def _attempt(self, edit) -> None:  # type: ignore[no-untyped-def]
        """Run an edit; if the model refuses it, nothing may have changed."""
        before = self.pm.copy()
        depth = self.document.undo_stack.count()
        try:
            edit()
        except ValidationError:
            assert self.pm == before
            assert self.document.undo_stack.count() == depth

    @rule(name=names, x=st.integers(0, 50), y=st.integers(0, 20), after=picks, chain=st.booleans())
    def add_step(self, name: str, x: int, y: int, after: int, chain: bool) -> None:
        previous = self._pick(self.pm.steps, after) if chain and self.pm.steps else None
        role = self._pick(self.pm.roles, after) if self.pm.roles else None
        self._attempt(lambda: self.document.add_step(name, (x * 20, y * 20), role, previous))

    @precondition(lambda self: self.pm.steps)
    @rule(which=picks, name=names)
    def rename(self, which: int, name: str) -> None:
        self._attempt(lambda: self.document.rename(self._pick(self.pm.steps, which), name))

    @precondition(lambda self: self.pm.steps)
    @rule(which=picks, wait=minutes, process=minutes, ftr=st.floats(-5, 110))
    def change_times(self, which: int, wait: float, process: float, ftr: float) -> None:
        step = self.pm.steps[self._pick(self.pm.steps, which)]
        self._attempt(
            lambda: self.document.change(
                step, "Tijden", wait_minutes=wait, process_minutes=process, ftr_percent=ftr
            )
        )

    @precondition(lambda self: self.pm.steps)
    @rule(which=st.lists(picks, min_size=1, max_size=3), dx=st.integers(-5, 5))
    def move(self, which: list[int], dx: int) -> None:
        ids = {self._pick(self.pm.steps, w) for w in which}
        positions = {i: (self.pm.steps[i].x + dx * 20, self.pm.steps[i].y + 20) for i in ids}
        self._attempt(lambda: self.document.move_steps(positions))

    @precondition(lambda self: len(self.pm.steps) >= 2)
    @rule(a=picks, b=picks)
    def connect(self, a: int, b: int) -> None:
        source, target = self._pick(self.pm.steps, a), self._pick(self.pm.steps, b)
        self._attempt(lambda: self.document.connect(source, target))

    @precondition(lambda self: self.pm.flows)
    @rule(which=picks, share=st.floats(-0.5, 1.5))
    def make_rework(self, which: int, share: float) -> None:
        flow = self.pm.flows[self._pick(self.pm.flows, which)]
        self._attempt(
            lambda: self.document.change(
                flow, "Terugkoppeling", kind=FlowKind.REWORK, rework_share=share
            )
        )

    @precondition(lambda self: self.pm.steps or self.pm.flows)
    @rule(which=st.lists(picks, min_size=1, max_size=3))
    def remove(self, which: list[int]) -> None:
        pool = {**self.pm.steps, **self.pm.flows}
        ids = [self._pick(pool, w) for w in which]
        self._attempt(lambda: self.document.remove(ids))

    @precondition(lambda self: len(self.pm.steps) >= 2)
    @rule(a=picks, b=picks, share=st.floats(-0.5, 1.5))
    def add_rework(self, a: int, b: int, share: float) -> None:
        source, target = self._pick(self.pm.steps, a), self._pick(self.pm.steps, b)
        self._attempt(lambda: self.document.add_rework(source, target, share))

    @precondition(lambda self: len(self.pm.steps) >= 2)
    @rule(which=st.lists(picks, min_size=2, max_size=4))
    def connect_in_order(self, which: list[int]) -> None:
        ids = [self._pick(self.pm.steps, w) for w in which]
        self._attempt(lambda: self.document.connect_in_order(ids))

    @precondition(lambda self: self.pm.steps)
    @rule(which=st.lists(picks, min_size=1, max_size=3), role=picks, none=st.booleans())
    def give_role(self, which: list[int], role: int, none: bool) -> None:
        ids = [self._pick(self.pm.steps, w) for w in which]
        role_id = None if none or not self.pm.roles else self._pick(self.pm.roles, role)
        self._attempt(lambda: self.document.change_steps(ids, "Rol", role_id=role_id))

    @rule()
    def lay_out(self) -> None:
        self._attempt(self.document.lay_out)

    @rule(name=names, after=picks)
    def add_step_tidy(self, name: str, after: int) -> None:
        previous = self._pick(self.pm.steps, after) if self.pm.steps else None
        self._attempt(lambda: self.document.add_step(name, (0, 0), None, previous, tidy=True))

    @precondition(lambda self: len(self.pm.roles) >= 2)
    @rule(a=picks, b=picks, note=names)
    def link_roles(self, a: int, b: int, note: str) -> None:
        role_a, role_b = self._pick(self.pm.roles, a), self._pick(self.pm.roles, b)
        self._attempt(lambda: self.document.link_roles(role_a, role_b, note))

    @precondition(lambda self: self.pm.role_links)
    @rule(which=picks)
    def unlink_roles(self, which: int) -> None:
        link = self._pick(self.pm.role_links, which)
        self._attempt(lambda: self.document.unlink_roles(link))

    @rule(name=names, colour=st.sampled_from(["#C91A09", "#0055BF", "red"]))
    def add_role(self, name: str, colour: str) -> None:
        self._attempt(lambda: self.document.add_role(name, colour))

    @precondition(lambda self: self.pm.roles)
    @rule(which=picks, reassign=st.booleans())
    def remove_role(self, which: int, reassign: bool) -> None:
        role = self._pick(self.pm.roles, which)
        others = [r for r in self.pm.roles if r != role]
        target = others[0] if reassign and others else None
        self._attempt(lambda: self.document.remove_role(role, target))

    @precondition(lambda self: self.pm.steps)
    @rule(which=st.lists(picks, min_size=1, max_size=2), title=names)
    def add_finding(self, which: list[int], title: str) -> None:
        steps = tuple(dict.fromkeys(self._pick(self.pm.steps, w) for w in which))
        finding = Finding(title, step_ids=steps, tags=("direct contact",))
        self._attempt(lambda: self.document.add_entities([finding], "Bevinding"))

    @rule(label=names)
    def snapshot(self, label: str) -> None:
        snapshot = Snapshot(label, date(2026, 11, 24), self.pm.content_copy())
        self._attempt(lambda: self.document.add_entities([snapshot], "Momentopname"))

    @rule()
    def reopen(self) -> None:
        """Close the map and open it again mid-session, as after a closed laptop:
        the map is as it was, and editing goes on in a new document."""
        before = self.pm.copy()
        self.document.close()
        self.document = MapDocument(MapFile.open(self.path))
        self.scene = MapScene(self.document)
        assert self.pm == before

    @rule()
    def undo(self) -> None:
        self.document.undo_stack.undo()

    @rule()
    def redo(self) -> None:
        self.document.undo_stack.redo()

    @invariant()
    def scene_mirrors_the_model(self) -> None:
        assert_scene_mirrors(self.scene, self.pm)

    @invariant()
    def reopened_file_equals_the_model(self) -> None:
        with MapFile.open(self.path, read_only=True) as reopened:
            assert reopened.map == self.pm
            assert list(reopened.map.steps) == list(self.pm.steps)


DocumentMachine.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_document_edits_undo_and_redo = DocumentMachine.TestCase
