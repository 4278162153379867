"""Undo commands: the only code that changes a map.

Every command talks to the map file (``MapFile``), which validates, stores and
then tells observers. Entities are immutable, so a command simply remembers
the states before and after. A command is applied once *before* it is pushed
(``MapDocument.push``): if the model refuses, nothing reaches the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from procesbouw.model import Entity, MapDetails
from procesbouw.session import Session, with_time_kept
from procesbouw.storage import MapFile, MapFileError

# Command ids for QUndoCommand.mergeWith: the name typed right after creating a
# step (or the share typed right after a rework flow) folds into the creation,
# so "new step + its name" is one undo step.
MERGE_NONE = -1
MERGE_NEW_STEP = 1


class MapCommand(QUndoCommand):
    """Base: knows the map file; the first redo (QUndoStack.push) is skipped
    because ``MapDocument.push`` has applied the command already."""

    def __init__(self, file: MapFile, text: str) -> None:
        super().__init__(text)
        self.file = file
        self._applied = False

    def mark_applied(self) -> None:
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddEntity(MapCommand):
    def __init__(
        self,
        file: MapFile,
        entity: Entity,
        text: str,
        index: int | None = None,
    ) -> None:
        super().__init__(file, text)
        self.entity = entity
        self.index = index

    def apply(self) -> None:
        self.file.add(self.entity, self.index)

    def revert(self) -> None:
        self.file.remove(self.entity.id)


class RemoveEntity(MapCommand):
    """Removes one entity; remembers where it stood so undo restores the order."""

    def __init__(self, file: MapFile, entity_id: str, text: str) -> None:
        super().__init__(file, text)
        self.entity_id = entity_id
        self.removed: Entity | None = None
        self.index = 0

    def apply(self) -> None:
        self.removed, self.index = self.file.remove(self.entity_id)

    def revert(self) -> None:
        assert self.removed is not None
        self.file.add(self.removed, self.index)


class ReplaceEntity(MapCommand):
    """Changes an entity from ``before`` to ``after`` (same id)."""

    def __init__(
        self,
        file: MapFile,
        before: Entity | MapDetails,
        after: Entity | MapDetails,
        text: str,
    ) -> None:
        super().__init__(file, text)
        self.before = before
        self.after = after

    def store(self, state: Entity | MapDetails) -> None:
        assert not isinstance(state, MapDetails)
        if isinstance(state, Session) and state.id in self.file.map.sessions:
            state = with_time_kept(state, self.file.map.sessions[state.id])
        self.file.replace(state)

    def apply(self) -> None:
        self.store(self.after)

    def revert(self) -> None:
        self.store(self.before)


class SetDetails(ReplaceEntity):
    """Changes the map's own details."""

    def store(self, state: Entity | MapDetails) -> None:
        assert isinstance(state, MapDetails)
        self.file.set_details(state)


class Macro(MapCommand):
    """Several commands as one undo step, stored in one transaction.

    The parts live in a Python list rather than as Qt child commands so their
    Python state never depends on wrapper lifetimes."""

    def __init__(
        self,
        file: MapFile,
        text: str,
        merge_id: int = MERGE_NONE,
        on_failure: Callable[[Macro, MapFileError, bool], None] | None = None,
        skipping: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(file, text)
        self.merge_id = merge_id
        self.parts: list[MapCommand] = []
        self.on_failure = on_failure
        self.skipping = skipping

    def redo(self) -> None:
        self._guarded(super().redo, undoing=False)

    def undo(self) -> None:
        self._guarded(super().undo, undoing=True)

    def _guarded(self, step: Callable[[], None], undoing: bool) -> None:
        """Undo and redo run inside Qt, where an exception cannot stop the stack.
        If the file refuses (disk full, file gone), the batch has already rolled
        everything back; ``on_failure`` (the document) then tells the user and puts
        the stack back where the map is. ``skipping`` says when to do no file work."""
        if self.skipping is not None and self.skipping():
            return
        try:
            step()
        except MapFileError as error:
            if self.on_failure is None:
                raise
            self.on_failure(self, error, undoing)

    def id(self) -> int:
        return self.merge_id

    def apply(self) -> None:
        with self.file.batch():
            for part in self.parts:
                part.apply()

    def revert(self) -> None:
        with self.file.batch():
            for part in reversed(self.parts):
                part.revert()

    def mergeWith(self, other: QUndoCommand) -> bool:
        """The name typed right after "new step" folds into creating that step."""
        if self.merge_id != MERGE_NEW_STEP or not isinstance(other, Macro):
            return False
        if len(other.parts) != 1 or not isinstance(other.parts[0], ReplaceEntity):
            return False
        renamed = other.parts[0].after
        if isinstance(renamed, MapDetails):
            return False
        if not any(isinstance(p, AddEntity) and p.entity.id == renamed.id for p in self.parts):
            return False
        for part in self.parts:
            if isinstance(part, AddEntity) and part.entity.id == renamed.id:
                part.entity = renamed
            elif isinstance(part, ReplaceEntity) and getattr(part.after, "id", None) == renamed.id:
                # e.g. the tidy layout moved the new step: it is added where it ended up
                part.before = part.after = renamed
        self.merge_id = MERGE_NONE  # only the first rename folds in
        return True
