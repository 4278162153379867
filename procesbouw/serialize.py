"""A process map as plain JSON-ready data, and back.

Used for snapshots inside a map file and for the JSON exchange format. Reading
validates every entity through ``ProcessMap.add``, so data from outside can
never produce a map the app could not have made itself.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import date
from typing import Any

from procesbouw.model import (
    Action,
    ActionStatus,
    ChangeForm,
    Finding,
    Flow,
    FlowKind,
    MapDetails,
    Measure,
    Measurement,
    Photo,
    ProcessMap,
    Role,
    RoleKind,
    RoleLink,
    Snapshot,
    Step,
    ValidationError,
    Voice,
)
from procesbouw.palette import next_free_colour
from procesbouw.session import Phase, Session

# Order matters when reading: an entity may only point to ones read before it.
_SECTIONS: tuple[tuple[str, type], ...] = (
    ("roles", Role),
    ("steps", Step),
    ("flows", Flow),
    ("role_links", RoleLink),
    ("findings", Finding),
    ("actions", Action),
    ("photos", Photo),
    ("sessions", Session),
)
# Read after the snapshots, which measurements point to.
_MEASURED: tuple[tuple[str, type], ...] = (("measures", Measure), ("measurements", Measurement))

_ENUMS: dict[str, type] = {
    "kind": RoleKind,  # replaced per class below where needed
    "voice": Voice,
    "form": ChangeForm,
    "status": ActionStatus,
    "phase": Phase,
}


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "value") and isinstance(value.value, str):  # a StrEnum
        return value.value
    return value


def entity_to_dict(entity: Any) -> dict[str, Any]:
    return {f.name: _plain(getattr(entity, f.name)) for f in fields(entity)}


def details_to_dict(details: MapDetails) -> dict[str, Any]:
    return entity_to_dict(details)


def map_to_dict(pm: ProcessMap, include_photos: bool = True) -> dict[str, Any]:
    """Everything in the map as JSON-ready data (photos base64-encoded)."""
    data: dict[str, Any] = {"details": details_to_dict(pm.details)}
    for section, _kind in _SECTIONS:
        if section == "photos" and not include_photos:
            continue
        data[section] = [entity_to_dict(e) for e in pm.collection(_kind).values()]
    data["snapshots"] = [
        {
            "id": s.id,
            "label": s.label,
            "taken_on": s.taken_on.isoformat(),
            "content": map_to_dict(s.content, include_photos=False),
        }
        for s in pm.snapshots.values()
    ]
    for section, kind in _MEASURED:
        data[section] = [entity_to_dict(e) for e in pm.collection(kind).values()]
    return data


def _field_value(kind: type, name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "kind":
        return (FlowKind if kind is Flow else RoleKind)(value)
    if name in _ENUMS:
        return _ENUMS[name](value)
    if name in ("session_date", "due", "taken_on", "held_on"):
        if not isinstance(value, str):
            raise ValidationError(f"Datum '{value}' is geen datum.")
        return date.fromisoformat(value)
    if name == "data":
        if not isinstance(value, str):
            raise ValidationError("Fotogegevens zijn onleesbaar.")
        return base64.b64decode(value, validate=True)
    if name in _NUMBER_FIELDS:
        return float(value)
    if name in _NUMBER_LIST_FIELDS:
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
            raise ValidationError(f"Veld '{name}' bevat iets anders dan getallen.")
        return tuple(float(v) for v in value)
    if isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise ValidationError(f"Veld '{name}' bevat iets anders dan tekst.")
        return tuple(value)
    return value


_TEXT_FIELDS = {
    "name", "team", "organisation", "facilitator", "description", "note", "title", "story",
    "mt_question", "unit", "measure_id",
    "owner", "caption", "label", "colour", "id", "mime", "measured_source",
}  # fmt: skip
_NUMBER_FIELDS = {
    "process_minutes", "wait_minutes", "ftr_percent", "x", "y", "hours_per_day", "rework_share",
    "measured_process_minutes", "measured_wait_minutes", "value",
}  # fmt: skip
_NUMBER_LIST_FIELDS = {"planned_minutes", "spent_minutes"}
_LIST_FIELDS = {"tags", "step_ids", "role_ids", "flow_ids", "finding_ids"} | _NUMBER_LIST_FIELDS


def _entity_from_dict(kind: type, raw: Any) -> Any:
    if not isinstance(raw, dict):
        raise ValidationError(f"Verwachtte een object voor {kind.__name__}.")
    values: dict[str, Any] = {}
    known = {f.name for f in fields(kind)}
    unknown = set(raw) - known
    if unknown:
        raise ValidationError(f"Onbekende velden in {kind.__name__}: {', '.join(sorted(unknown))}.")
    for name in known & set(raw):
        value = raw[name]
        if name in _TEXT_FIELDS and not isinstance(value, str):
            raise ValidationError(f"Veld '{name}' moet tekst zijn.")
        if (
            name in _NUMBER_FIELDS
            and value is not None
            and (isinstance(value, bool) or not isinstance(value, int | float))
        ):
            raise ValidationError(f"Veld '{name}' moet een getal zijn.")
        if name == "measured_count" and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValidationError(f"Veld '{name}' moet een heel getal zijn.")
        if name in _LIST_FIELDS and not isinstance(value, list):
            raise ValidationError(f"Veld '{name}' moet een lijst zijn.")
        try:
            values[name] = _field_value(kind, name, value)
        except (ValueError, binascii.Error) as error:
            if isinstance(error, ValidationError):
                raise
            raise ValidationError(f"Veld '{name}' heeft een ongeldige waarde.") from error
    try:
        return kind(**values)
    except TypeError as error:
        raise ValidationError(f"{kind.__name__} mist verplichte velden.") from error


def _refuse_unknown(
    data: dict[str, Any], known: Iterable[str], where_nl: str, where_en: str
) -> None:
    unknown = sorted(str(key)[:40] for key in set(data) - set(known))
    if unknown:
        listed = ", ".join(unknown[:5])
        raise ValidationError(
            f"Onbekende velden {where_nl}: {listed}.", None, f"Unknown fields {where_en}: {listed}."
        )


_SNAPSHOT_KEYS = ("id", "label", "taken_on", "content")


def map_from_dict(data: Any) -> ProcessMap:
    """Rebuild a map from ``map_to_dict`` output; ValidationError if it is not one
    (including a field ``map_to_dict`` never writes: it would be silently lost)."""
    if not isinstance(data, dict):
        raise ValidationError("Dit is geen proceskaart.")
    _refuse_unknown(data, map_to_dict(ProcessMap()), "in de kaart", "in the map")
    pm = ProcessMap()
    pm.set_details(_entity_from_dict(MapDetails, data.get("details", {})))
    for section, kind in _SECTIONS:
        items = data.get(section, [])
        if not isinstance(items, list):
            raise ValidationError(f"'{section}' moet een lijst zijn.")
        # Colours the file gives its roles, so a role without one gets a free one.
        given = [r["colour"] for r in items if isinstance(r, dict) and r.get("colour")]
        for raw in items:
            entity = _entity_from_dict(kind, raw)
            if isinstance(entity, Role) and not raw.get("colour"):
                # A role without a colour gets its own, not the same blue as every other.
                used = [*given, *(r.colour for r in pm.roles.values())]
                entity = replace(entity, colour=next_free_colour(str(c) for c in used))
            pm.add(entity)
    snapshots = data.get("snapshots", [])
    if not isinstance(snapshots, list):
        raise ValidationError("'snapshots' moet een lijst zijn.")
    for raw in snapshots:
        if not isinstance(raw, dict):
            raise ValidationError("Een momentopname is onleesbaar.")
        _refuse_unknown(raw, _SNAPSHOT_KEYS, "in een momentopname", "in a snapshot")
        label, taken_on = raw.get("label"), raw.get("taken_on")
        if not isinstance(label, str) or not isinstance(taken_on, str):
            raise ValidationError("Een momentopname mist naam of datum.")
        try:
            taken = date.fromisoformat(taken_on)
        except ValueError as error:
            raise ValidationError(f"Datum '{taken_on}' is geen datum.") from error
        snapshot_id = raw.get("id")
        content = map_from_dict(raw.get("content", {}))
        extra = {"id": snapshot_id} if isinstance(snapshot_id, str) else {}
        pm.add(Snapshot(label=label, taken_on=taken, content=content, **extra))
    for section, kind in _MEASURED:
        items = data.get(section, [])
        if not isinstance(items, list):
            raise ValidationError(f"'{section}' moet een lijst zijn.")
        for raw in items:
            pm.add(_entity_from_dict(kind, raw))
    return pm
