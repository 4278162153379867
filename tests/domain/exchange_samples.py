"""Maps for the exchange tests: a small complete one with text users really
type (markup, quotes, emoji, very long words and stories), and a hypothesis
strategy for arbitrary valid maps."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

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
)
from procesbouw.session import PHASES, Phase, Session

HOSTILE = (
    "<b>vet</b> & </para> <![CDATA[x]]>",
    "\"dubbel\" 'enkel' „Nederlands“",
    "Zoë — één € 🧱👩‍⚕️ 名前 مرحبا",
    "w" * 200,
    "verhaal " * 1250,  # a 10,000-character story
)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


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
    pm.add(Photo(b"\xff\xd8\xff\xe0jpeg", "image/jpeg", "De bouw", None, id="p2"))
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
