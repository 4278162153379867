"""Copy and paste of a part of a map: selected steps and the flows between them.

A fragment is plain JSON-ready data, so it can travel through the system
clipboard between two open maps. Pasting gives new ids; roles are matched by
id, then by name, and created when the target map has neither.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from procesbouw.model import Entity, ProcessMap, Role, Step, ValidationError, new_id
from procesbouw.serialize import entity_to_dict, map_from_dict

FRAGMENT_FORMAT = "procesbouw-fragment"


def copy_fragment(pm: ProcessMap, step_ids: list[str]) -> dict[str, Any]:
    """The given steps, their roles and the flows among them."""
    chosen = [pm.steps[sid] for sid in step_ids if sid in pm.steps]
    ids = {s.id for s in chosen}
    role_ids = {s.role_id for s in chosen if s.role_id}
    return {
        "format": FRAGMENT_FORMAT,
        "roles": [entity_to_dict(r) for r in pm.roles.values() if r.id in role_ids],
        "steps": [entity_to_dict(s) for s in chosen],
        "flows": [
            entity_to_dict(f)
            for f in pm.flows.values()
            if f.source_id in ids and f.target_id in ids
        ],
    }


def paste_fragment(pm: ProcessMap, data: Any, offset: tuple[float, float]) -> list[Entity]:
    """New entities for pasting ``data`` into ``pm``, moved by ``offset``, in the
    order they must be added (roles, steps, flows). ``pm`` is not changed.

    Raises ValidationError when ``data`` is not a fragment."""
    if not isinstance(data, dict) or data.get("format") != FRAGMENT_FORMAT:
        raise ValidationError("Het klembord bevat geen stappen uit Procesbouw.")
    # Validate the fragment as a small map of its own first.
    piece = map_from_dict(
        {
            "roles": data.get("roles", []),
            "steps": data.get("steps", []),
            "flows": data.get("flows", []),
        }
    )
    result: list[Entity] = []
    role_for: dict[str, str] = {}
    by_name = {r.name.strip().lower(): r.id for r in pm.roles.values()}
    for role in piece.roles.values():
        if role.id in pm.roles:
            role_for[role.id] = role.id
        elif role.name.strip().lower() in by_name:
            role_for[role.id] = by_name[role.name.strip().lower()]
        else:
            fresh: Role = replace(role, id=new_id())
            role_for[role.id] = fresh.id
            result.append(fresh)
    step_for: dict[str, str] = {}
    dx, dy = offset
    for step in piece.steps.values():
        pasted: Step = replace(
            step,
            id=new_id(),
            role_id=role_for.get(step.role_id) if step.role_id else None,
            x=step.x + dx,
            y=step.y + dy,
        )
        step_for[step.id] = pasted.id
        result.append(pasted)
    for flow in piece.flows.values():
        result.append(
            replace(
                flow,
                id=new_id(),
                source_id=step_for[flow.source_id],
                target_id=step_for[flow.target_id],
            )
        )
    return result
