"""Maps for the storage tests: one that uses every entity and every field."""

from __future__ import annotations

from datetime import date

from procesbouw.model import (
    Action,
    ActionStatus,
    ChangeForm,
    Finding,
    Flow,
    FlowKind,
    MapDetails,
    Photo,
    ProcessMap,
    Role,
    RoleKind,
    RoleLink,
    Snapshot,
    Step,
    Voice,
)
from procesbouw.session import Phase, Session

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201a2d5a3d60000000049454e44ae426082"
)
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4 + b"\x00\xff\xd9"  # any bytes, incl. NUL


def full_map() -> ProcessMap:
    """Every kind of entity, every field away from its default, odd text included."""
    pm = ProcessMap()
    pm.set_details(
        MapDetails(
            name="Zorg — 'wanneer gaat het goed?' <b>&amp;</b> 😀",
            team="Team Noord",
            organisation="Stichting Één",
            facilitator="Anouk de Vries",
            session_date=date(2026, 3, 12),
            description="Regel 1\nRegel 2\t; DROP TABLE steps; --",
            hours_per_day=7.5,
        )
    )
    client = Role("Cliënt", RoleKind.CLIENT, "#F2CD37")
    nurse = Role("Wijkverpleegkundige", RoleKind.INTERNAL, "#C91A09")
    partner = Role("Huisarts", RoleKind.EXTERNAL, "#a0a5a9")
    for role in (nurse, client, partner):  # not alphabetical, not by kind
        pm.add(role)
    a = Step("Aanmelden", client.id, 12.5, 0.0, 100.0, "", 40.0, 60.0)
    b = Step("Beoordelen", nurse.id, 30, 1440, 83.3, "notitie\nmet regels", 240.0, -20.0)
    c = Step("Start zorg", None, 0.1, 2880.25, 0.0, "geen rol", 1e6, 3.5)
    for step in (c, a, b):
        pm.add(step)
    ab = Flow(a.id, b.id)
    bc = Flow(b.id, c.id, FlowKind.HANDOFF)
    cb = Flow(c.id, b.id, FlowKind.REWORK, 0.125)
    for flow in (bc, ab, cb):
        pm.add(flow)
    pm.add(RoleLink(client.id, nurse.id, "we bellen"))
    pm.add(RoleLink(partner.id, nurse.id))
    story = Finding(
        "Als de huisarts meebelt",
        "Dan gaat het goed.",
        Voice.CUSTOMER,
        ("direct contact", "vaste planner", "direct contact"),
        (b.id, a.id),
        (partner.id, nurse.id),
        (cb.id, ab.id),
    )
    bare = Finding("Zonder links", voice=Voice.BUSINESS)
    pm.add(bare)
    pm.add(story)
    pm.add(
        Action(
            "Dagelijks belmoment",
            "Fatima",
            date(2026, 4, 1),
            ActionStatus.RUNNING,
            ChangeForm.TRANSITION,
            (story.id, bare.id),
        )
    )
    pm.add(Action("Nieuw formulier", form=ChangeForm.INNOVATE, status=ActionStatus.STOPPED))
    pm.add(Photo(JPEG, "image/jpeg", "de tafel", story.id))
    pm.add(Photo(PNG, "image/png", "hele bouwwerk", None))
    pm.add(Snapshot("Start", date(2026, 3, 12), pm.content_copy()))
    pm.add(Snapshot("Na 3 maanden", date(2026, 6, 12), pm.content_copy()))
    pm.add(
        Session(date(2026, 3, 12), Phase.CONNECTIONS, (50, 25.5, 20, 30, 10), (61.25, 30, 2, 0, 0))
    )
    return pm


def copy_into(target: object, pm: ProcessMap) -> None:
    """Add everything of ``pm`` to a map file (anything with ``add``/``set_details``)."""
    target.set_details(pm.details)  # type: ignore[attr-defined]
    for name in ("roles", "steps", "flows", "role_links", "findings", "actions", "photos",
                 "snapshots", "sessions"):  # fmt: skip
        for entity in getattr(pm, name).values():
            target.add(entity)  # type: ignore[attr-defined]
