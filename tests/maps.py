"""The maps the tests are built on, in one place.

- ``full_map``: every kind of entity and every field away from its default
  (storage round trips);
- ``care_map``: a realistic Dutch care organisation with photos made with
  Pillow (the report);
- ``rich_map``: small, with fixed ids and hostile text in every free-text field
  (exchange formats), and ``maps()``, a hypothesis strategy for arbitrary valid
  maps;
- the pieces they share: ``PNG`` and ``JPEG`` bytes, ``lego_photo``, hostile
  texts, and ``copy_into`` to put a map into a map file.

``tests/data/make_v1_map.py`` keeps the map of the checked-in version-1 file;
``tests/domain/analysis_builder.py`` draws the analysis tests' small maps.
"""

from __future__ import annotations

import io
from datetime import date

from hypothesis import strategies as st
from PIL import Image, ImageDraw

from procesbouw.field_rules import MINUTES_MAX
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
from procesbouw.session import PHASES, Phase, Session

HOUR, DAY = 60.0, 24 * 60.0

# A tiny valid PNG (1×1 pixel) and JPEG-tagged bytes with every byte value.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201a2d5a3d60000000049454e44ae426082"
)
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4 + b"\x00\xff\xd9"  # any bytes, incl. NUL

# Text users really type, which every format and the report must keep as typed.
LONG_WORD = "Zorg" + "x" * 196  # a 200-character word without spaces
LONG_STORY = ("Het ging goed omdat we elkaar direct belden. " * 230)[:10_000]
HOSTILE_TEXTS = (
    "Kosten < baten & \"winst\" voor 'iedereen'",
    "</para><b>niet vet</b> <font size=40>",
    "Café Zoë: één € en naïeve coördinatie",
    "Αθηνά Ωμέγα · Анна Иванова",
    "שלום עולם مرحبا",
    "Supersnel 🚀 geregeld 👍 echt",
    "Tanaka 日本語",
)
HOSTILE = (  # rich_map's: markup, quotes, mixed scripts and emoji, a long word, a story
    "<b>vet</b> & </para> <![CDATA[x]]>",
    "\"dubbel\" 'enkel' „Nederlands“",
    "Zoë — één € 🧱👩‍⚕️ 名前 مرحبا",
    LONG_WORD,
    LONG_STORY,
)


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


# -- a realistic map for the report ------------------------------------------


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


# -- exchange: hostile text, fixed ids, arbitrary maps --------------------------


def rich_map() -> ProcessMap:
    """Every kind of entity, a rework loop, a hidden connection, an unused link,
    two snapshots and hostile text in every free-text field."""
    pm = ProcessMap(
        MapDetails(
            name="Zorg <aanmelding> & start",
            team=HOSTILE[1],
            organisation="Zorggroep Oost",
            facilitator="Zoë",
            session_date=date(2026, 11, 2),
            description=HOSTILE[4],
            hours_per_day=8.0,
        )
    )
    client = Role("Cliënt", RoleKind.CLIENT, "#F2CD37", id="r-client")
    planner = Role(HOSTILE[0], RoleKind.INTERNAL, "#0055BF", id="r-planner")
    nurse = Role("Wijkverpleging", RoleKind.INTERNAL, "#237841", id="r-nurse")
    gp = Role("Huisarts", RoleKind.EXTERNAL, "#C91A09", id="r-gp")
    for role in (client, planner, nurse, gp):
        pm.add(role)
    steps = [
        Step("Aanmelding", "r-client", 10, 0, 100, "", 0, 0, id="s1"),
        Step(HOSTILE[2], "r-planner", 45, 2 * 480, 80, HOSTILE[4], 200, 0, id="s2"),
        Step("Intake", "r-nurse", 90, 480, 95.5, HOSTILE[0], 400, 0, id="s3"),
        Step(HOSTILE[3], None, 30, 60, 100, "", 600, 100, id="s4"),
    ]
    for step in steps:
        pm.add(step)
    pm.add(Flow("s1", "s2", id="f1"))
    pm.add(Flow("s2", "s3", id="f2"))
    pm.add(Flow("s3", "s4", id="f3"))
    pm.add(Flow("s3", "s2", FlowKind.REWORK, 0.25, id="f4"))
    pm.add(RoleLink("r-client", "r-planner", "we bellen", id="l1"))
    pm.add(RoleLink("r-planner", "r-gp", HOSTILE[1], id="l2"))  # no flows: unused
    pm.add(
        Finding(
            "Vaste planner belt direct",
            HOSTILE[4],
            Voice.CUSTOMER,
            ("direct contact", "vaste planner", HOSTILE[2]),
            ("s2", "s3"),
            ("r-planner",),
            ("f2",),
            id="b1",
        )
    )
    pm.add(Finding(HOSTILE[0], "", Voice.BUSINESS, id="b2"))
    pm.add(
        Action(
            "Planner belt binnen een dag",
            "Zoë",
            date(2027, 1, 15),
            ActionStatus.RUNNING,
            ChangeForm.RENEW,
            ("b1",),
            id="a1",
        )
    )
    pm.add(Action(HOSTILE[1], form=ChangeForm.INNOVATE, id="a2"))
    pm.add(Photo(PNG, "image/png", HOSTILE[0], "b1", id="p1"))
    pm.add(Photo(JPEG, "image/jpeg", "De bouw", None, id="p2"))
    pm.add(Snapshot("Start", date(2026, 8, 1), pm.content_copy(), id="m1"))
    pm.add(Snapshot(HOSTILE[2], date(2026, 11, 1), pm.content_copy(), id="m2"))
    pm.add(
        Session(
            date(2026, 11, 2),
            Phase.EXPERIMENTS,
            (45.0, 30.0, 20.0, 30.0, 15.0),
            (52.5, 28.0, 21.25, 4.0, 0.0),
            id="z1",
        )
    )
    return pm


# -- arbitrary valid maps ------------------------------------------------------

_names = st.text(min_size=1, max_size=12).filter(lambda text: bool(text.strip()))
_minutes = st.floats(min_value=0, max_value=MINUTES_MAX, allow_nan=False)
_positions = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
_colours = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)


def _some(draw: st.DrawFn, ids: list[str], max_size: int = 3) -> tuple[str, ...]:
    if not ids:
        return ()
    return tuple(draw(st.lists(st.sampled_from(ids), unique=True, max_size=max_size)))


@st.composite
def maps(draw: st.DrawFn) -> ProcessMap:
    """A valid map of every kind of entity, with snapshots and photos."""
    pm = ProcessMap(
        MapDetails(
            name=draw(_names),
            team=draw(st.text(max_size=8)),
            session_date=draw(st.none() | st.dates()),
            description=draw(st.text(max_size=30)),
            hours_per_day=draw(st.floats(min_value=0.25, max_value=24)),
        )
    )
    for _ in range(draw(st.integers(0, 4))):
        pm.add(Role(draw(_names), draw(st.sampled_from(RoleKind)), draw(_colours)))
    roles = list(pm.roles)
    for _ in range(draw(st.integers(0, 6))):
        pm.add(
            Step(
                draw(_names),
                draw(st.none() | st.sampled_from(roles)) if roles else None,
                draw(_minutes),
                draw(_minutes),
                draw(st.floats(min_value=0, max_value=100)),
                draw(st.text(max_size=20)),
                draw(_positions),
                draw(_positions),
            )
        )
    steps = list(pm.steps)
    pairs = [(a, b) for a in steps for b in steps if a != b]
    for source, target in (
        draw(st.lists(st.sampled_from(pairs), unique=True, max_size=6)) if pairs else []
    ):
        if draw(st.booleans()):
            pm.add(Flow(source, target))
        else:
            share = draw(st.floats(min_value=0, max_value=1, exclude_min=True, exclude_max=True))
            pm.add(Flow(source, target, FlowKind.REWORK, share))
    role_pairs = [(a, b) for i, a in enumerate(roles) for b in roles[i + 1 :]]
    for a, b in draw(st.lists(st.sampled_from(role_pairs), unique=True)) if role_pairs else []:
        pm.add(RoleLink(a, b, draw(st.text(max_size=10))))
    for _ in range(draw(st.integers(0, 3))):
        pm.add(
            Finding(
                draw(_names),
                draw(st.text(max_size=40)),
                draw(st.sampled_from(Voice)),
                tuple(draw(st.lists(_names, max_size=3))),
                _some(draw, steps),
                _some(draw, roles),
                _some(draw, list(pm.flows)),
            )
        )
    findings = list(pm.findings)
    for _ in range(draw(st.integers(0, 2))):
        pm.add(
            Action(
                draw(_names),
                draw(st.text(max_size=10)),
                draw(st.none() | st.dates()),
                draw(st.sampled_from(ActionStatus)),
                draw(st.sampled_from(ChangeForm)),
                _some(draw, findings),
            )
        )
    for _ in range(draw(st.integers(0, 2))):
        pm.add(
            Photo(
                draw(st.binary(min_size=1, max_size=64)),
                draw(st.sampled_from(("image/png", "image/jpeg"))),
                draw(st.text(max_size=10)),
                draw(st.none() | st.sampled_from(findings)) if findings else None,
            )
        )
    for _ in range(draw(st.integers(0, 2))):
        pm.add(Snapshot(draw(_names), draw(st.dates()), pm.content_copy()))
    for _ in range(draw(st.integers(0, 1))):
        planned = st.floats(min_value=0.5, max_value=480, allow_nan=False)
        spent = st.floats(min_value=0, max_value=1e4, allow_nan=False)
        pm.add(
            Session(
                draw(st.dates()),
                draw(st.sampled_from(PHASES)),
                tuple(draw(planned) for _ in PHASES),
                tuple(draw(spent) for _ in PHASES),
            )
        )
    return pm
