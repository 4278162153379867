"""Maps for the report tests: a realistic Dutch care organisation, photos made
with Pillow, and the hostile texts a report must print exactly as typed."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw

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
    changed,
)

HOUR, DAY = 60.0, 24 * 60.0

HOSTILE_TEXTS = (
    "Kosten < baten & \"winst\" voor 'iedereen'",
    "</para><b>niet vet</b> <font size=40>",
    "Café Zoë: één € en naïeve coördinatie",
    "Αθηνά Ωμέγα · Анна Иванова",
    "שלום עולם مرحبا",
    "Supersnel 🚀 geregeld 👍 echt",
    "Tanaka 日本語",
)
LONG_WORD = "Zorg" + "x" * 196  # a 200-character word without spaces
LONG_STORY = ("Het ging goed omdat we elkaar direct belden. " * 230)[:10_000]


def lego_photo(width: int = 640, height: int = 420, seed: int = 0) -> bytes:
    """A JPEG of coloured bricks on a baseplate, standing in for a phone photo."""
    image = Image.new("RGB", (width, height), "#4B9F4A")
    draw = ImageDraw.Draw(image)
    colours = ["#C91A09", "#0055BF", "#F2CD37", "#237841", "#FE8A18", "#81007B"]
    for index in range(9):
        x = 30 + (index * 67 + seed * 23) % (width - 140)
        y = 40 + (index * 97 + seed * 41) % (height - 110)
        colour = colours[(index + seed) % len(colours)]
        draw.rounded_rectangle((x, y, x + 110, y + 60), radius=8, fill=colour, outline="#222")
        for stud in range(4):
            cx = x + 16 + stud * 26
            draw.ellipse((cx - 8, y - 6, cx + 8, y + 8), fill=colour, outline="#222")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def care_map(with_photos: bool = True) -> ProcessMap:
    """'Van aanmelding tot start zorg': 12 steps, 5 roles, a parallel branch, a
    rework loop, role links (one unused), 5 findings, 3 experiments, 2 snapshots."""
    pm = ProcessMap()
    pm.set_details(
        MapDetails(
            name="Van aanmelding tot start zorg",
            team="Wijkteam Oost",
            organisation="Zorggroep De Linde",
            facilitator="Marieke de Vries",
            session_date=date(2026, 11, 24),
            description="Hoe een nieuwe cliënt van de eerste aanmelding tot de start van de "
            "zorg thuis komt, en wanneer dat goed gaat.",
        )
    )
    roles = {
        "client": Role("Cliënt", RoleKind.CLIENT, "#F2CD37"),
        "kcc": Role("Klantcontactcentrum", RoleKind.INTERNAL, "#0055BF"),
        "nurse": Role("Wijkverpleegkundige", RoleKind.INTERNAL, "#237841"),
        "planner": Role("Planner", RoleKind.INTERNAL, "#C91A09"),
        "gp": Role("Huisarts", RoleKind.EXTERNAL, "#81007B"),
    }
    for role in roles.values():
        pm.add(role)
    rows = [
        ("Aanmelding doen", "client", 15, 0),
        ("Aanmelding registreren", "kcc", 20, 4 * HOUR),
        ("Verwijzing opvragen", "kcc", 10, DAY),
        ("Verwijzing sturen", "gp", 15, 2 * DAY),
        ("Indicatie stellen", "nurse", HOUR, DAY),
        ("Zorgplan opstellen", "nurse", 1.5 * HOUR, 4 * HOUR),
        ("Intake plannen", "planner", 20, DAY),
        ("Intakegesprek bij de cliënt thuis", "nurse", HOUR, DAY),
        ("Zorg inplannen", "planner", 30, 4 * HOUR),
        ("Medicatie afstemmen", "gp", 20, DAY),
        ("Startbezoek voorbereiden", "nurse", 30, 2 * HOUR),
        ("Start zorg", "client", HOUR, 0),
    ]
    steps = []
    for index, (name, role, process, wait) in enumerate(rows):
        row, column = divmod(index, 4)
        x = (column if row % 2 == 0 else 3 - column) * 210.0
        ftr = 80.0 if name == "Zorgplan opstellen" else 95.0 if role == "kcc" else 100.0
        step = Step(name, roles[role].id, float(process), float(wait), ftr, x=x, y=row * 150.0)
        pm.add(step)
        steps.append(step)
    chain = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11]
    for a, b in zip(chain, chain[1:], strict=False):
        pm.add(Flow(steps[a].id, steps[b].id))
    pm.add(Flow(steps[7].id, steps[9].id))
    pm.add(Flow(steps[9].id, steps[10].id))
    rework = Flow(steps[5].id, steps[4].id, FlowKind.REWORK, 0.2)
    pm.add(rework)
    for a, b in (("client", "kcc"), ("kcc", "gp"), ("nurse", "planner"), ("client", "planner")):
        pm.add(RoleLink(roles[a].id, roles[b].id))
    findings = [
        Finding(
            "De wijkverpleegkundige belt de huisarts zelf",
            "Als de wijkverpleegkundige de huisarts direct belt, hebben we de verwijzing "
            "dezelfde dag.\n\nDan hoeft het klantcontactcentrum niet te wachten op de post.",
            Voice.EMPLOYEE,
            ("direct contact", "korte lijnen"),
            (steps[2].id, steps[3].id),
            (roles["nurse"].id, roles["gp"].id),
        ),
        Finding(
            "Eén vaste planner per wijk",
            "Met een vaste planner weet iedereen wie de intake inplant.",
            Voice.BUSINESS,
            ("vaste planner",),
            (steps[6].id, steps[8].id),
        ),
        Finding(
            "Meneer Jansen kon zelf een tijd kiezen",
            "Ik mocht zelf kiezen wanneer de verpleegkundige kwam. Dat gaf rust.",
            Voice.CUSTOMER,
            ("zelf plannen", "direct contact"),
            (steps[7].id,),
        ),
        Finding(
            "Zorgplan samen aan de keukentafel",
            "Als we het zorgplan samen met de cliënt maken, hoeft het zelden terug.",
            Voice.EMPLOYEE,
            ("samen beslissen",),
            (steps[4].id, steps[5].id),
            flow_ids=(rework.id,),
        ),
        Finding(
            "Korte lijnen met de apotheek",
            "De medicatie is op tijd als de huisarts en wijkverpleegkundige elkaar even spreken.",
            Voice.EMPLOYEE,
            ("korte lijnen",),
            (steps[9].id, steps[10].id),
        ),
    ]
    for finding in findings:
        pm.add(finding)
    pm.add(
        Action(
            "Wijkverpleegkundige vraagt de verwijzing zelf op bij de huisarts",
            "Marieke",
            date(2026, 12, 15),
            ActionStatus.RUNNING,
            ChangeForm.IMPROVE,
            (findings[0].id,),
        )
    )
    pm.add(
        Action(
            "Vaste planner per wijk, met eigen agenda",
            "Teamleider Oost",
            date(2027, 1, 31),
            ActionStatus.PLANNED,
            ChangeForm.RENEW,
            (findings[1].id,),
        )
    )
    pm.add(
        Action(
            "Cliënt plant de intake zelf online",
            "Projectgroep digitaal",
            None,
            ActionStatus.PLANNED,
            ChangeForm.INNOVATE,
            (findings[2].id,),
        )
    )
    start = pm.content_copy()
    for step in list(start.steps.values()):
        start.replace(changed(step, wait_minutes=step.wait_minutes * 2))
    pm.add(Snapshot("Start", date(2026, 8, 24), start))
    pm.add(Snapshot("Na 3 maanden", date(2026, 11, 24), pm.content_copy()))
    if with_photos:
        pm.add(Photo(lego_photo(), "image/jpeg", "De kaart zoals het team hem bouwde"))
        pm.add(
            Photo(
                lego_photo(480, 360, 2), "image/jpeg", "Bellen in plaats van mailen", findings[0].id
            )
        )
    return pm
