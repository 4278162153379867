"""Build the sample maps in this folder. Re-run after changing the data:

    .venv/bin/python -m resources.samples.build_samples

Ids are derived from names (uuid5), so a rebuild keeps every id. The script
checks the first-pass lead time of the "Zorgorganisatie" snapshots with a tiny
longest-path computation of its own and fails loudly unless they are exactly
6 days ("Start") and 1 day ("Na 3 maanden").
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import networkx as nx

from procesbouw.model import (
    Action,
    ActionStatus,
    ChangeForm,
    Entity,
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
    Voice,
)
from procesbouw.session import Phase, Session
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map

HERE = Path(__file__).parent
DAY = 24 * 60  # minutes; the samples use 24-hour days
_NAMESPACE = uuid.UUID("6f1d2b0e-4c1a-4f7e-9a57-70726f636573")


def sid(key: str) -> str:
    """A stable id for ``key``."""
    return str(uuid.uuid5(_NAMESPACE, key))


@dataclass(frozen=True)
class Brick:
    """One step in a sample: lane (role), column, and (wait, process) minutes per moment."""

    key: str
    name: str
    role: str
    column: int
    before: tuple[float, float, float] | None  # wait, process, FTR at the start
    after: tuple[float, float, float] | None  # … three months later (None: gone)
    note: str = ""


def step(brick: Brick, times: tuple[float, float, float], lanes: list[str]) -> Step:
    wait, process, ftr = times
    return Step(
        brick.name,
        sid(brick.role),
        process_minutes=process,
        wait_minutes=wait,
        ftr_percent=ftr,
        note=brick.note,
        x=40 + 200 * brick.column,  # bricks are 160 × 80 on a 20 px grid
        y=40 + 120 * lanes.index(brick.role),
        id=sid(brick.key),
    )


def handoffs(keys: list[tuple[str, str]]) -> list[Flow]:
    return [Flow(sid(a), sid(b), id=sid(f"flow {a}->{b}")) for a, b in keys]


def first_pass_lead_time(pm: ProcessMap) -> float:
    """Longest start→end path over handoff flows, each step costing wait + process."""
    graph = nx.DiGraph()
    graph.add_node("start")
    for s in pm.steps.values():
        graph.add_edge("start", s.id, cost=s.wait_minutes + s.process_minutes)
    for f in pm.flows.values():
        if f.kind is FlowKind.HANDOFF:
            target = pm.steps[f.target_id]
            graph.add_edge(
                f.source_id, f.target_id, cost=target.wait_minutes + target.process_minutes
            )
    return float(nx.dag_longest_path_length(graph, weight="cost"))


def fill(pm: ProcessMap, roles: list[Role], steps: list[Step], flows: list[Flow],
         links: list[RoleLink]) -> ProcessMap:  # fmt: skip
    entities: list[Entity] = [*roles, *steps, *flows, *links]
    for entity in entities:
        pm.add(entity)
    return pm


def brick_photo() -> bytes:
    """A small picture of a LEGO build in the role colours (stands in for a phone photo)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 200), "#4B9F4A")  # green baseplate
    draw = ImageDraw.Draw(image)
    colours = ["#F2CD37", "#0055BF", "#C91A09", "#237841", "#FE8A18", "#A0A5A9"]
    for i, colour in enumerate(colours):
        x, y = 20 + 55 * i, 40 + (i % 3) * 45
        draw.rectangle((x, y, x + 60, y + 30), fill=colour, outline="#1B2A34")
        for stud in range(3):
            draw.ellipse((x + 6 + 18 * stud, y - 6, x + 18 + 18 * stud, y + 2), fill=colour)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


# -- Zorgorganisatie -----------------------------------------------------------------

ZORG_LANES = ["client", "kcc", "nurse", "planner", "carer", "gp"]
ZORG_ROLES = [
    Role("Cliënt", RoleKind.CLIENT, "#F2CD37", id=sid("client")),
    Role("Klantcontactcentrum", RoleKind.INTERNAL, "#0055BF", id=sid("kcc")),
    Role("Wijkverpleegkundige", RoleKind.INTERNAL, "#C91A09", id=sid("nurse")),
    Role("Planner", RoleKind.INTERNAL, "#237841", id=sid("planner")),
    Role("Zorgmedewerker", RoleKind.INTERNAL, "#FE8A18", id=sid("carer")),
    Role("Huisarts", RoleKind.EXTERNAL, "#A0A5A9", id=sid("gp")),
]
ZORG_BRICKS = [
    Brick("s1", "Aanmelding doen", "client", 0, (0, 15, 100), (0, 15, 100),
          "Telefonisch, via de huisarts of het ziekenhuis."),
    Brick("s2", "Aanmelding registreren", "kcc", 1, (240, 15, 90), (60, 15, 95)),
    Brick("s3", "Doorsturen naar wijkteam", "kcc", 2, (480, 15, 100), None,
          "Per mail naar de teampostbus; die wordt niet elke dag gelezen."),
    Brick("s4", "Aanmelding beoordelen", "nurse", 3, (1440, 30, 70), (120, 20, 90),
          "Vaak onvolledig: medische gegevens ontbreken."),
    Brick("s5", "Medische gegevens aanleveren", "gp", 4, (1440, 30, 100), (180, 20, 100)),
    Brick("s6", "Intakegesprek inplannen", "planner", 4, (960, 20, 100), (30, 10, 100)),
    Brick("s7", "Intakegesprek bij cliënt thuis", "nurse", 5, (1440, 90, 85), (360, 90, 95)),
    Brick("s8", "Zorgplan opstellen", "nurse", 6, (480, 60, 80), (60, 45, 90)),
    Brick("s9", "Zorgplan bespreken en ondertekenen", "client", 7, (1440, 30, 100),
          (120, 20, 100)),
    Brick("s10", "Zorg inroosteren", "planner", 8, (960, 30, 90), (170, 20, 95)),
    Brick("s11", "Overdracht aan zorgteam", "carer", 9, (480, 15, 100), (30, 15, 100)),
    Brick("s12", "Eerste zorgmoment", "carer", 10, (340, 60, 100), (180, 60, 100)),
]  # fmt: skip
ZORG_BEFORE = [("s1", "s2"), ("s2", "s3"), ("s3", "s4"), ("s4", "s5"), ("s4", "s6"),
               ("s6", "s7"), ("s7", "s8"), ("s5", "s8"), ("s8", "s9"), ("s9", "s10"),
               ("s10", "s11"), ("s11", "s12")]  # fmt: skip
ZORG_AFTER = [("s1", "s2"), ("s2", "s4"), *ZORG_BEFORE[3:]]
ZORG_REWORK = Flow(sid("s9"), sid("s8"), FlowKind.REWORK, 0.15, id=sid("flow s9->s8 rework"))
# Drawn by the team. Wijkverpleegkundige–Planner and Cliënt–Planner work together
# through flows but are not drawn (hidden); Klantcontactcentrum–Planner has no flows.
ZORG_LINKS = [
    RoleLink(sid("client"), sid("kcc"), "belt of mailt", id=sid("link client-kcc")),
    RoleLink(sid("kcc"), sid("nurse"), "dagelijkse overdracht", id=sid("link kcc-nurse")),
    RoleLink(sid("nurse"), sid("gp"), "medische informatie", id=sid("link nurse-gp")),
    RoleLink(sid("nurse"), sid("client"), "intake thuis", id=sid("link nurse-client")),
    RoleLink(sid("planner"), sid("carer"), "rooster", id=sid("link planner-carer")),
    RoleLink(sid("kcc"), sid("planner"), "zelfde gang", id=sid("link kcc-planner")),
]


def zorg_moment(after: bool) -> ProcessMap:
    """The process at the start, or three months later (roles, steps, flows, links)."""
    steps = [
        step(b, times, ZORG_LANES)
        for b in ZORG_BRICKS
        if (times := (b.after if after else b.before)) is not None
    ]
    flows = handoffs(ZORG_AFTER if after else ZORG_BEFORE)
    pm = ProcessMap(details=zorg_details())
    return fill(pm, ZORG_ROLES, steps, flows, ZORG_LINKS)


def zorg_details() -> MapDetails:
    return MapDetails(
        name="Zorgorganisatie — van aanmelding tot start zorg",
        team="Wijkteam Noord",
        organisation="Thuiszorg De Linde",
        facilitator="Marieke Bos",
        session_date=date(2026, 3, 12),
        description="Van de eerste aanmelding tot het eerste zorgmoment thuis. "
        "De vraag aan het team: wanneer gaat het goed? We rekenen in kalenderdagen (24 u): "
        "voor de cliënt telt elke dag dat hij wacht, ook het weekend.",
        mt_question="Wij vragen het MT: mag de planner vanaf januari zelf een spoedintake "
        "inplannen, zonder akkoord van de teamleider? Dat scheelt de cliënt gemiddeld een dag. "
        "En: mogen we de vaste koppeling planner–wijkverpleegkundige na de proef houden?",
    )


def zorg_findings() -> list[Finding]:
    def flow(a: str, b: str) -> str:
        return sid(f"flow {a}->{b}")

    return [
        Finding("Als de wijkverpleegkundige de planner direct belt",
                "Toen Anouk de planner meteen na de beoordeling belde, stond het intakegesprek "
                "binnen een uur in de agenda. Geen mail, geen wachtrij: één telefoontje, en de "
                "cliënt wist dezelfde dag wanneer we kwamen.",
                Voice.EMPLOYEE, ("direct contact", "vaste planner"), (sid("s6"), sid("s7")),
                (sid("nurse"), sid("planner")), (flow("s4", "s6"), flow("s6", "s7")),
                id=sid("f1")),
        Finding("Als de cliënt meteen weet wie er komt",
                "Mevrouw Jansen: 'Ze belden me dezelfde dag terug en zeiden wie er zou komen. "
                "Toen Sandra de eerste keer aanbelde, kende ik haar naam al. Dat gaf rust.'",
                Voice.CUSTOMER, ("vast gezicht", "duidelijke afspraak"), (sid("s7"), sid("s12")),
                (sid("client"), sid("carer")), id=sid("f2")),
        Finding("Als de aanmelding compleet binnenkomt",
                "Aanmeldingen met het verwijsformulier van de huisarts erbij beoordelen we "
                "dezelfde dag. Dat scheelt de organisatie dagen doorlooptijd en veel terugbellen.",
                Voice.BUSINESS, ("volledige aanmelding", "vaste contactpersoon"),
                (sid("s1"), sid("s4"), sid("s5")), (sid("gp"), sid("nurse")),
                (flow("s4", "s5"),), id=sid("f3")),
        Finding("Als de aanmelding dezelfde dag bij het wijkteam ligt",
                "Sinds het klantcontactcentrum aanmeldingen rechtstreeks in de teamplanning zet "
                "in plaats van in de postbus, ligt niets meer een nacht stil.",
                Voice.BUSINESS, ("dagelijkse overdracht", "direct contact"), (sid("s2"), sid("s4")),
                (sid("kcc"), sid("nurse")), (flow("s2", "s4"),), id=sid("f4")),
        Finding("Als het zorgplan samen aan de keukentafel ontstaat",
                "Als we het zorgplan tijdens de intake samen met de cliënt en de mantelzorger "
                "opschrijven, hoeft het bijna nooit terug voor aanpassingen.",
                Voice.CUSTOMER, ("samen beslissen", "direct contact"), (sid("s8"), sid("s9")),
                (sid("client"), sid("nurse")), (flow("s8", "s9"), ZORG_REWORK.id), id=sid("f5")),
        Finding("Als het zorgteam de cliënt al kent uit de overdracht",
                "Een warme overdracht van vijf minuten met de vaste planner: de zorgmedewerker "
                "weet wat de cliënt belangrijk vindt voordat ze aanbelt.",
                Voice.EMPLOYEE, ("warme overdracht", "vaste planner"),
                (sid("s10"), sid("s11"), sid("s12")), (sid("planner"), sid("carer")),
                (flow("s10", "s11"),), id=sid("f6")),
    ]  # fmt: skip


def zorg_actions() -> list[Action]:
    return [
        Action("Elke ochtend om 9.30 uur een belmoment van tien minuten tussen "
               "wijkverpleegkundige en planner", "Anouk en Fatima", date(2026, 4, 15),
               ActionStatus.DONE, ChangeForm.IMPROVE, (sid("f1"), sid("f6")), id=sid("a1")),
        Action("Digitaal verwijsformulier voor huisartsen, met de medische gegevens erin",
               "Teamleider Wijkteam Noord", date(2026, 9, 1), ActionStatus.PLANNED,
               ChangeForm.RENEW, (sid("f3"), sid("f4")), id=sid("a2")),
        Action("De cliënt kiest zelf het moment van het eerste zorgbezoek", "Wijkteam Noord",
               date(2026, 7, 1), ActionStatus.RUNNING, ChangeForm.TRANSITION,
               (sid("f2"), sid("f5")), id=sid("a3")),
    ]  # fmt: skip


def zorgorganisatie() -> ProcessMap:
    """The current map: the "Na 3 maanden" process plus one rework flow, the findings,
    experiments, a photo, and the two snapshots."""
    start, later = zorg_moment(after=False), zorg_moment(after=True)
    for label, moment, days in (("Start", start, 6), ("Na 3 maanden", later, 1)):
        lead = first_pass_lead_time(moment)
        assert lead == days * DAY, f"{label}: lead time {lead / DAY} d, expected {days} d"
    pm = zorg_moment(after=True)
    pm.add(ZORG_REWORK)
    stories: list[Entity] = [*zorg_findings(), *zorg_actions()]
    for entity in stories:
        pm.add(entity)
    assert first_pass_lead_time(pm) == DAY
    pm.add(Photo(brick_photo(), "image/png", "Het bouwwerk na de sessie", sid("f1"),
                 id=sid("photo build")))  # fmt: skip
    pm.add(Snapshot("Start", date(2026, 3, 12), start, id=sid("snapshot start")))
    pm.add(Snapshot("Na 3 maanden", date(2026, 6, 11), later, id=sid("snapshot 3m")))
    for entity in zorg_measures():
        pm.add(entity)
    return pm


def zorg_measures() -> list[Entity]:
    """The three voices as the team measured them: employee first, as the method says.
    Values at "Start", at "Na 3 maanden" and now."""
    measures = [
        (Measure("Verbondenheid in het team", Voice.EMPLOYEE, "1–10", id=sid("measure team")),
         (5.8, 7.6, 7.9)),
        (Measure("Klantwaardering", Voice.CUSTOMER, "1–10", id=sid("measure client")),
         (6.9, 8.1, 8.3)),
        (Measure("Kosten per nieuwe cliënt", Voice.BUSINESS, "€", higher_is_better=False,
                 id=sid("measure cost")),
         (412.0, 318.0, 305.0)),
    ]  # fmt: skip
    entities: list[Entity] = []
    for measure, values in measures:
        entities.append(measure)
        moments = (sid("snapshot start"), sid("snapshot 3m"), None)
        for moment, value in zip(moments, values, strict=True):
            key = f"{measure.id} {moment or 'now'}"
            entities.append(Measurement(measure.id, value, moment, id=sid(key)))
    return entities


# -- Gemeente --------------------------------------------------------------------------

GEMEENTE_LANES = ["reporter", "kcc", "manager", "contractor"]
GEMEENTE_BRICKS = [
    Brick("m1", "Melding doen via de app", "reporter", 0, None, (0, 10, 100)),
    Brick("m2", "Melding registreren en doorzetten", "kcc", 1, None, (240, 10, 90)),
    Brick("m3", "Situatie beoordelen ter plaatse", "manager", 2, None, (1440, 30, 85)),
    Brick("m4", "Werkopdracht uitzetten", "manager", 3, None, (240, 15, 100)),
    Brick("m5", "Herstel uitvoeren", "contractor", 4, None, (4320, 120, 90)),
    Brick("m6", "Melder informeren en afmelden", "kcc", 5, None, (480, 10, 100)),
]


def gemeente() -> ProcessMap:
    roles = [
        Role("Melder", RoleKind.CLIENT, "#F2CD37", id=sid("reporter")),
        Role("KCC-medewerker", RoleKind.INTERNAL, "#0055BF", id=sid("kcc")),
        Role("Wijkbeheerder", RoleKind.INTERNAL, "#237841", id=sid("manager")),
        Role("Aannemer", RoleKind.EXTERNAL, "#A0A5A9", id=sid("contractor")),
    ]
    steps = [step(b, b.after, GEMEENTE_LANES) for b in GEMEENTE_BRICKS if b.after]
    flows = handoffs([("m1", "m2"), ("m2", "m3"), ("m3", "m4"), ("m4", "m5"), ("m5", "m6")])
    flows.append(Flow(sid("m5"), sid("m3"), FlowKind.REWORK, 0.1, id=sid("flow m5->m3")))
    links = [  # Aannemer–KCC work together (m5 → m6) but nobody drew it
        RoleLink(sid("reporter"), sid("kcc"), id=sid("link reporter-kcc")),
        RoleLink(sid("kcc"), sid("manager"), id=sid("link kcc-manager")),
        RoleLink(sid("manager"), sid("contractor"), "vaste aannemer", id=sid("link m-c")),
    ]
    details = MapDetails(
        name="Gemeente — melding openbare ruimte",
        team="Team Wijkbeheer Centrum",
        organisation="Gemeente Waalstad",
        facilitator="Marieke Bos",
        session_date=date(2026, 5, 20),
        description="Van een melding over een losse stoeptegel tot de melder hoort dat het "
        "hersteld is. We rekenen in kalenderdagen (24 u), zoals de melder de tijd beleeft.",
    )
    pm = fill(ProcessMap(details=details), roles, steps, flows, links)
    pm.add(Finding("Als de wijkbeheerder de melder zelf terugbelt",
                   "'Hij belde me zelf om te zeggen wanneer de aannemer kwam. Daarna heb ik "
                   "niet meer gebeld om te vragen hoe het ermee stond.'", Voice.CUSTOMER,
                   ("direct contact", "terugkoppeling"), (sid("m3"), sid("m6")),
                   (sid("reporter"), sid("manager")), id=sid("g1")))  # fmt: skip
    pm.add(Finding("Als de aannemer een foto meestuurt bij het afmelden",
                   "Met een foto van het herstel kan het KCC de melding meteen afsluiten; "
                   "niemand hoeft nog te gaan kijken.", Voice.BUSINESS,
                   ("foto bij afmelding",), (sid("m5"), sid("m6")), (sid("contractor"), sid("kcc")),
                   (sid("flow m5->m6"),), id=sid("g2")))  # fmt: skip
    pm.add(Action("De aannemer meldt af met een foto in de app; de melder krijgt die foto "
                  "automatisch", "Coördinator wijkbeheer", date(2026, 8, 1),
                  ActionStatus.PLANNED, ChangeForm.RENEW, (sid("g2"),), id=sid("ga1")))  # fmt: skip
    # The session went through every phase; building and the stories ran long.
    pm.add(Session(date(2026, 5, 20), Phase.AGREEMENTS, (45.0, 30.0, 20.0, 30.0, 15.0),
                   (58.0, 36.5, 19.0, 27.0, 14.0), id=sid("session 2026-05-20")))  # fmt: skip
    return pm


def write(pm: ProcessMap, path: Path) -> None:
    """Write ``pm`` to a fresh file at ``path`` (replacing an older build)."""
    path.unlink(missing_ok=True)
    create_from_map(path, pm).close()
    with MapFile.open(path, read_only=True) as check:
        assert check.map == pm, f"{path.name} does not read back as written"


def main() -> None:
    write(zorgorganisatie(), HERE / "zorgorganisatie.procesbouw")
    write(gemeente(), HERE / "gemeente.procesbouw")
    print(f"wrote the sample maps in {HERE}")


if __name__ == "__main__":
    main()
