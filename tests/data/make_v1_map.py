"""Build ``map_v1.procesbouw``: a map file of schema version 1, as the first builds wrote it.

Run from the repository root: ``.venv/bin/python -m tests.data.make_v1_map``.
The file is checked in; rebuild it only if it is lost. Version 1 has no
``hours_per_day`` in the map details and no ``due``/``status`` on experiments,
so the rows below are written with explicit version-1 column lists.
``v1_map()`` is the map the file must open as after migration.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from procesbouw.model import (
    Action,
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
from procesbouw.serialize import map_to_dict
from procesbouw.storage import migrate
from procesbouw.storage.connection import MapConnection, open_sqlite
from tests.maps import PNG  # a valid PNG, so the photo survives byte for byte

V1_FILE = Path(__file__).with_name("map_v1.procesbouw")


def _id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def v1_map() -> ProcessMap:
    """The content of the version-1 file, as this version of the app reads it."""
    pm = ProcessMap()
    pm.set_details(
        MapDetails(
            name="Wijkteam — aanmelding (v1)",
            team="Wijkteam Oost",
            organisation="Zorg & Co",
            facilitator="Sanne",
            session_date=date(2025, 3, 14),
            description="Een kaart uit de eerste versie: 'wanneer gaat het goed?' & <meer>",
        )
    )
    client = Role("Cliënt", RoleKind.CLIENT, "#F2CD37", id=_id(1))
    nurse = Role("Wijkverpleegkundige", RoleKind.INTERNAL, "#C91A09", id=_id(2))
    gp = Role("Huisarts", RoleKind.EXTERNAL, "#A0A5A9", id=_id(3))
    for role in (client, nurse, gp):
        pm.add(role)
    ask = Step("Aanmelden", client.id, 10, 0, 100, "", 40, 40, id=_id(11))
    assess = Step("Beoordelen", nurse.id, 30.5, 1440, 80, "vaak onvolledig", 240, 160, id=_id(12))
    start = Step("Start zorg", nurse.id, 60, 2880, 95, "", 440, 160, id=_id(13))
    for step in (ask, assess, start):
        pm.add(step)
    handoff = Flow(ask.id, assess.id, id=_id(21))
    onward = Flow(assess.id, start.id, id=_id(22))
    back = Flow(start.id, assess.id, FlowKind.REWORK, 0.25, id=_id(23))
    for flow in (handoff, onward, back):
        pm.add(flow)
    pm.add(RoleLink(client.id, nurse.id, "belt zelf", id=_id(31)))
    pm.add(RoleLink(nurse.id, gp.id, id=_id(32)))
    finding = Finding(
        "Als de huisarts meebelt",
        "Dan is alles in één keer duidelijk.",
        Voice.BUSINESS,
        ("direct contact", "vaste planner"),
        (assess.id, start.id),
        (nurse.id, gp.id),
        (onward.id,),
        id=_id(41),
    )
    pm.add(finding)
    pm.add(Finding("Zonder koppelingen", voice=Voice.CUSTOMER, id=_id(42)))
    pm.add(
        Action(
            "Belmoment met huisarts",
            "Sanne",
            form=ChangeForm.RENEW,
            finding_ids=(finding.id,),
            id=_id(51),
        )
    )
    pm.add(Photo(PNG, "image/png", "de tafel", finding.id, id=_id(61)))
    pm.add(Photo(PNG, "image/png", "", None, id=_id(62)))
    pm.add(Snapshot("Start", date(2025, 3, 14), pm.content_copy(), id=_id(71)))
    return pm


def _v1_snapshot_json(content: ProcessMap) -> str:
    """Snapshot JSON as version 1 wrote it: without the fields version 2 added."""
    data = map_to_dict(content, include_photos=False)
    del data["details"]["hours_per_day"]
    del data["sessions"]
    for action in data["actions"]:
        del action["due"], action["status"]
    return json.dumps(data, ensure_ascii=False)


def write_v1(pm: ProcessMap, path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = MapConnection(open_sqlite(path, read_only=False, create=True), writable=True).sql
    migrate.upgrade(conn, "0001")
    conn.close()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    d = pm.details
    db.execute(
        "INSERT INTO map_details (id, name, team, organisation, facilitator, session_date,"
        " description) VALUES (1, ?, ?, ?, ?, ?, ?)",
        (
            d.name,
            d.team,
            d.organisation,
            d.facilitator,
            d.session_date.isoformat() if d.session_date else None,
            d.description,
        ),
    )
    for i, r in enumerate(pm.roles.values()):
        db.execute(
            "INSERT INTO roles VALUES (?, ?, ?, ?, ?)", (r.id, i, r.name, r.kind.value, r.colour)
        )
    for i, s in enumerate(pm.steps.values()):
        db.execute(
            "INSERT INTO steps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                s.id,
                i,
                s.name,
                s.role_id,
                s.process_minutes,
                s.wait_minutes,
                s.ftr_percent,
                s.note,
                s.x,
                s.y,
            ),
        )
    for i, f in enumerate(pm.flows.values()):
        db.execute(
            "INSERT INTO flows VALUES (?, ?, ?, ?, ?, ?)",
            (f.id, i, f.source_id, f.target_id, f.kind.value, f.rework_share),
        )
    for i, link in enumerate(pm.role_links.values()):
        db.execute(
            "INSERT INTO role_links VALUES (?, ?, ?, ?, ?)",
            (link.id, i, link.role_a_id, link.role_b_id, link.note),
        )
    for i, fi in enumerate(pm.findings.values()):
        db.execute(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?)",
            (fi.id, i, fi.title, fi.story, fi.voice.value),
        )
        for table, values in (
            ("finding_tags", fi.tags),
            ("finding_steps", fi.step_ids),
            ("finding_roles", fi.role_ids),
            ("finding_flows", fi.flow_ids),
        ):
            for j, value in enumerate(values):
                db.execute(f"INSERT INTO {table} VALUES (?, ?, ?)", (fi.id, j, value))
    for i, a in enumerate(pm.actions.values()):
        db.execute(
            "INSERT INTO actions VALUES (?, ?, ?, ?, ?)",
            (a.id, i, a.description, a.owner, a.form.value),
        )
        for j, finding_id in enumerate(a.finding_ids):
            db.execute("INSERT INTO action_findings VALUES (?, ?, ?)", (a.id, j, finding_id))
    for i, p in enumerate(pm.photos.values()):
        db.execute(
            "INSERT INTO photos VALUES (?, ?, ?, ?, ?, ?)",
            (p.id, i, p.finding_id, p.mime, p.caption, p.data),
        )
    for i, sn in enumerate(pm.snapshots.values()):
        db.execute(
            "INSERT INTO snapshots VALUES (?, ?, ?, ?, ?)",
            (sn.id, i, sn.label, sn.taken_on.isoformat(), _v1_snapshot_json(sn.content)),
        )
    db.execute("COMMIT")
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    write_v1(v1_map(), V1_FILE)
    print(f"wrote {V1_FILE}")
