"""The one edit API of the app: a map file plus its undo stack.

Gestures call the methods here; each builds one undoable command (``edit``),
which the map file validates and stores at once. Observers (scene, panels,
live analysis) listen to ``changed`` and never write to the model themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from procesbouw.layout import lay_out
from procesbouw.model import (
    Action,
    Entity,
    Finding,
    Flow,
    FlowKind,
    MapDetails,
    Measurement,
    Photo,
    ProcessMap,
    Role,
    RoleLink,
    Step,
    ValidationError,
)
from procesbouw.palette import next_free_colour
from procesbouw.storage import MapFile, MapFileError
from ui.canvas import style
from ui.commands import (
    MERGE_NEW_STEP,
    MERGE_NONE,
    AddEntity,
    Macro,
    MapCommand,
    RemoveEntity,
    ReplaceEntity,
    SetDetails,
)


class EditBuilder:
    """Collects the parts of one undo step, applying each as it is added so
    later parts see the state the earlier ones made. ``stored`` turns False when
    the file refused the step (the document has told the user already)."""

    def __init__(self, file: MapFile, macro: Macro) -> None:
        self._file = file
        self._macro = macro
        self.stored = True

    @property
    def map(self) -> ProcessMap:
        return self._file.map

    def _run(self, part: MapCommand) -> None:
        part.apply()
        self._macro.parts.append(part)

    def add(self, entity: Entity, index: int | None = None) -> None:
        self._run(AddEntity(self._file, entity, self._macro.text(), index))

    def replace(self, after: Entity) -> None:
        before = self._file.map.get(after.id)
        if before is None:
            raise ValidationError("Dit onderdeel bestaat niet (meer).")
        if before != after:
            self._run(ReplaceEntity(self._file, before, after, self._macro.text()))

    def set_details(self, details: MapDetails) -> None:
        before = self._file.map.details
        if before != details:
            self._run(SetDetails(self._file, before, details, self._macro.text()))

    def remove(self, entity_id: str) -> None:
        """Remove an entity and, first, what depends on it: a step's flows go,
        findings and experiments lose their link, a role's steps lose their role."""
        entity = self._file.map.get(entity_id)
        if entity is None:
            return
        for dependent in self._file.map.dependents(entity):
            current = self._file.map.get(dependent.id)
            if current is None:
                continue
            if isinstance(current, Flow | RoleLink | Photo | Measurement):
                self.remove(current.id)
            elif isinstance(current, Step):
                self.replace(replace(current, role_id=None))
            elif isinstance(current, Finding):
                self.replace(_unlinked(current, entity_id))
            elif isinstance(current, Action):
                ids = tuple(i for i in current.finding_ids if i != entity_id)
                self.replace(replace(current, finding_ids=ids))
        self._run(RemoveEntity(self._file, entity_id, self._macro.text()))


def _unlinked(finding: Finding, entity_id: str) -> Finding:
    return replace(
        finding,
        step_ids=tuple(i for i in finding.step_ids if i != entity_id),
        role_ids=tuple(i for i in finding.role_ids if i != entity_id),
        flow_ids=tuple(i for i in finding.flow_ids if i != entity_id),
    )


class Gesture(StrEnum):
    """What the user was doing when the file refused a write."""

    EDIT = "edit"
    UNDO = "undo"
    REDO = "redo"


class WriteFailure(NamedTuple):
    gesture: Gesture
    error: MapFileError


class MapDocument(QObject):
    """A map being edited. ``changed`` carries every stored ``MapEvent``;
    ``reset`` means "forget what you mirrored and read the whole map again".

    When the file refuses a write (disk full, file read-only or gone), that is
    handled here, once, for every gesture: the file and the model are back at the
    last committed state, ``reset`` makes every observer re-read it, and ``failed``
    carries a ``WriteFailure`` for the window to show. A refused edit never reaches
    the undo stack; a refused undo or redo leaves the stack where it was."""

    changed = Signal(object)
    reset = Signal()
    failed = Signal(object)  # a WriteFailure

    def __init__(self, file: MapFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.undo_stack = QUndoStack(self)
        self._unsubscribe = file.subscribe(self.changed.emit)
        # After a refused undo/redo: the stack index that matches the map again.
        self._stack_should_be: int | None = None
        self._resyncing = False
        self.undo_stack.indexChanged.connect(self._after_stack_moved)

    @property
    def map(self) -> ProcessMap:
        return self.file.map

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def close(self) -> None:
        self._unsubscribe()
        self.undo_stack.clear()
        self.file.close()

    # -- the edit path --------------------------------------------------------

    @contextmanager
    def edit(self, text: str, merge_id: int = MERGE_NONE) -> Iterator[EditBuilder]:
        """One undo step named ``text``. Everything done through the builder is
        stored in one transaction; if anything is refused, nothing changes
        (ValidationError propagates to the caller, who shows it)."""
        if self.read_only:
            raise ValidationError(
                self.tr(
                    "Deze kaart is alleen-lezen geopend; er kan niets gewijzigd worden. "
                    "Kies 'Opslaan als…' om in een kopie verder te werken."
                )
            )
        macro = Macro(self.file, text, merge_id, self._stack_step_failed, self._skipping)
        builder = EditBuilder(self.file, macro)
        try:
            with self.file.batch():
                yield builder
        except MapFileError as error:  # the file refused: handled here, for every gesture
            builder.stored = False
            self._not_stored(WriteFailure(Gesture.EDIT, error))
            return
        except Exception:
            if macro.parts:
                self.reset.emit()  # observers saw parts that were rolled back
            raise
        if macro.parts:
            macro.mark_applied()
            self.undo_stack.push(macro)

    def record(self, entity: Entity) -> None:
        """Store a measurement that is no edit (the session's running clock): one
        transaction, not on the undo stack, so Ctrl+Z never undoes time. A refused
        write is handled like a refused edit."""
        if self.read_only:
            return
        try:
            with self.file.batch():
                if self.file.map.get(entity.id) is None:
                    self.file.add(entity)
                else:
                    self.file.replace(entity)
        except MapFileError as error:
            self._not_stored(WriteFailure(Gesture.EDIT, error))

    def _not_stored(self, failure: WriteFailure) -> None:
        # Always re-read: a dragged brick or a typed field shows a state the model
        # never had, even when no part of the edit reached the model.
        self.reset.emit()
        self.failed.emit(failure)

    # -- undo and redo on a file that refuses ------------------------------------

    def _skipping(self) -> bool:
        """Commands do no file work while the stack is put back where the map is,
        nor after one of them failed within the same undo/redo (the rest would act
        on a state that is not there)."""
        return self._resyncing or self._stack_should_be is not None

    def _stack_step_failed(self, macro: Macro, error: MapFileError, undoing: bool) -> None:
        position = next(
            i for i in range(self.undo_stack.count()) if self.undo_stack.command(i) is macro
        )
        # The map still has this command's effect (undo failed) or still lacks it (redo).
        self._stack_should_be = position + 1 if undoing else position
        self._not_stored(WriteFailure(Gesture.UNDO if undoing else Gesture.REDO, error))

    def _after_stack_moved(self, _index: int) -> None:
        """QUndoStack moves its index even when a command failed: move it back,
        without touching the file, so the stack always describes the map."""
        if self._stack_should_be is None or self._resyncing:
            return
        target, self._stack_should_be = self._stack_should_be, None
        self._resyncing = True
        try:
            self.undo_stack.setIndex(target)
        finally:
            self._resyncing = False

    # -- steps ------------------------------------------------------------------

    def add_step(
        self,
        name: str,
        position: tuple[float, float],
        role_id: str | None = None,
        after: str | None = None,
        tidy: bool = False,
    ) -> Step | None:
        """A new step; with ``after``, connected from that step by a handoff; with
        ``tidy``, the map is laid out again in the same undo step. A rename pushed
        right after folds into this undo step."""
        step = Step(name=name, role_id=role_id, x=position[0], y=position[1])
        with self.edit(self.tr("Nieuwe stap"), MERGE_NEW_STEP) as edit:
            edit.add(step)
            if after is not None:
                edit.add(Flow(after, step.id))
            if tidy:
                self._lay_out_into(edit)
        return self.map.steps[step.id] if edit.stored else None

    def next_step_position(self, after: Step) -> tuple[float, float]:
        """Right of ``after``, moving down past any brick in the way."""
        return self.free_position(after.x + style.BRICK_WIDTH + style.NEXT_STEP_GAP, after.y)

    def free_position(self, x: float, y: float) -> tuple[float, float]:
        """The first spot at or below (``x``, ``y``), on the stud grid, where a new
        brick touches no other brick (a stud's gap around it)."""
        x, y = style.snap(x), style.snap(y)
        width = style.BRICK_WIDTH + style.GRID
        height = style.BRICK_HEIGHT + style.GRID
        near = [
            s for s in self.map.steps.values() if abs(s.x - x) < width
        ]  # only bricks in this column can be in the way
        while any(abs(s.y - y) < height for s in near):
            y += style.BRICK_HEIGHT + style.GRID
        return x, y

    def change(self, entity: Entity | MapDetails, text: str, **changes: Any) -> bool:
        """Change fields of one entity (or the map's details) as one undo step.
        False when the file refused it (the user has been told)."""
        after = replace(entity, **changes)
        with self.edit(text) as edit:
            if isinstance(after, MapDetails):
                edit.set_details(after)
            else:
                edit.replace(after)
        return edit.stored

    def rename(self, entity_id: str, name: str) -> bool:
        entity = self.map.get(entity_id)
        if entity is None or getattr(entity, "name", None) == name:
            return True
        with self.edit(self.tr("Naam wijzigen"), MERGE_NEW_STEP) as edit:
            edit.replace(replace(entity, name=name))  # type: ignore[type-var]
        return edit.stored

    def move_steps(self, positions: dict[str, tuple[float, float]]) -> bool:
        """One drag of one or more bricks is one undo step."""
        moved = [
            replace(self.map.steps[sid], x=x, y=y)
            for sid, (x, y) in positions.items()
            if sid in self.map.steps and (self.map.steps[sid].x, self.map.steps[sid].y) != (x, y)
        ]
        if not moved:
            return True
        with self.edit(self.tr("Verplaatsen")) as edit:
            for step in moved:
                edit.replace(step)
        return edit.stored

    def connect(self, source_id: str, target_id: str) -> Flow | None:
        flow = Flow(source_id, target_id, FlowKind.HANDOFF)
        with self.edit(self.tr("Verbinden")) as edit:
            edit.add(flow)
        return flow if edit.stored else None

    def connect_in_order(self, step_ids: list[str]) -> None:
        """Handoffs from each step to the next in ``step_ids``, as one undo step."""
        with self.edit(self.tr("Verbinden")) as edit:
            for source, target in zip(step_ids, step_ids[1:], strict=False):
                edit.add(Flow(source, target, FlowKind.HANDOFF))

    def in_process_order(self, one: str, other: str) -> tuple[str, str]:
        """The two steps as (earlier, later): by the handoffs between them, else
        left before right."""
        if self._reaches(other, one):
            return other, one
        if self._reaches(one, other):
            return one, other
        a, b = self.map.steps[one], self.map.steps[other]
        return (one, other) if (a.x, a.y) <= (b.x, b.y) else (other, one)

    def _reaches(self, start: str, goal: str) -> bool:
        following: dict[str, list[str]] = {}
        for flow in self.map.flows.values():
            if flow.kind is FlowKind.HANDOFF:
                following.setdefault(flow.source_id, []).append(flow.target_id)
        seen, stack = {start}, [start]
        while stack:
            for nxt in following.get(stack.pop(), ()):
                if nxt == goal:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return False

    def add_rework(self, source_id: str, target_id: str, share: float = 0.2) -> Flow | None:
        """A rework flow back from ``source_id`` to ``target_id``; the share typed
        right after folds into this undo step."""
        flow = Flow(source_id, target_id, FlowKind.REWORK, rework_share=share)
        with self.edit(self.tr("Terugkoppeling"), MERGE_NEW_STEP) as edit:
            edit.add(flow)
        return flow if edit.stored else None

    def set_rework_share(self, flow_id: str, share: float) -> None:
        flow = self.map.flows.get(flow_id)
        if flow is None or flow.rework_share == share:
            return
        with self.edit(self.tr("Deel wijzigen"), MERGE_NEW_STEP) as edit:
            edit.replace(replace(flow, rework_share=share))

    def change_steps(self, step_ids: Iterable[str], text: str, **changes: Any) -> None:
        """The same change to several steps, as one undo step."""
        with self.edit(text) as edit:
            for step_id in step_ids:
                step = self.map.steps.get(step_id)
                if step is not None:
                    edit.replace(replace(step, **changes))

    def lay_out(self) -> bool:
        """ "Netjes leggen": role swimlanes, one undo step. False if nothing moved."""
        with self.edit(self.tr("Netjes leggen")) as edit:
            moved = self._lay_out_into(edit)
        return moved and edit.stored

    def _lay_out_into(self, edit: EditBuilder) -> bool:
        positions = lay_out(self.map, style.LANES)
        moved = False
        for step_id, (x, y) in positions.items():
            step = self.map.steps[step_id]
            if (step.x, step.y) != (x, y):
                edit.replace(replace(step, x=x, y=y))
                moved = True
        return moved

    def remove(self, entity_ids: Iterable[str], text: str | None = None) -> bool:
        """Remove entities with what depends on them, as one undo step."""
        ids = [i for i in entity_ids if self.map.get(i) is not None]
        if not ids:
            return True
        with self.edit(text or self.tr("Verwijderen")) as edit:
            for entity_id in ids:
                edit.remove(entity_id)
        return edit.stored

    def add_entities(self, entities: list[Entity], text: str) -> bool:
        with self.edit(text) as edit:
            for entity in entities:
                edit.add(entity)
        return edit.stored

    # -- roles ------------------------------------------------------------------

    def add_role(self, name: str, colour: str | None = None) -> Role | None:
        """A new role; without ``colour``, the next LEGO colour no role has yet."""
        if colour is None:
            colour = next_free_colour(r.colour for r in self.map.roles.values())
        role = Role(name=name, colour=colour)
        with self.edit(self.tr("Nieuwe rol")) as edit:
            edit.add(role)
        return role if edit.stored else None

    def remove_role(self, role_id: str, reassign_to: str | None) -> bool:
        """Remove a role; its steps move to ``reassign_to`` (or get no role)."""
        with self.edit(self.tr("Rol verwijderen")) as edit:
            for step in list(self.map.steps.values()):
                if step.role_id == role_id:
                    edit.replace(replace(step, role_id=reassign_to))
            edit.remove(role_id)
        return edit.stored

    # -- role links: the connections the team itself names --------------------------

    def link_roles(self, role_a_id: str, role_b_id: str, note: str = "") -> RoleLink | None:
        link = RoleLink(role_a_id, role_b_id, note.strip())
        with self.edit(self.tr("Rollen verbinden")) as edit:
            edit.add(link)
        return link if edit.stored else None

    def unlink_roles(self, link_id: str) -> None:
        self.remove([link_id], self.tr("Rolverbinding verwijderen"))
