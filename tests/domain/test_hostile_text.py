"""Hostile text in every text field travels through every layer unharmed.

Markup, quotes, control characters (NUL, BEL, ESC, form feed, the right-to-left
override), text as long as a name may be, right-to-left scripts, emoji and one 208-character
word go into the map's details, role and step names, notes, the finding's
title, story and tag, the experiment's description and owner, the snapshot
label and the photo caption. Storage and JSON give back exactly what went in;
the analysis names the text; GraphML loads in networkx with only the
characters XML forbids dropped; the PDF is built and shows the text.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from PIL import Image
from pypdf import PdfReader

from procesbouw.analysis import analyse
from procesbouw.exchange import (
    export_json,
    export_role_graphml,
    export_step_graphml,
    import_json,
)
from procesbouw.field_rules import NAME_MAX, TEXT_MAX
from procesbouw.model import (
    Action,
    Finding,
    Flow,
    FlowKind,
    MapDetails,
    Photo,
    ProcessMap,
    Role,
    RoleLink,
    Snapshot,
    Step,
)
from procesbouw.report import build_report
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map

HOSTILE = {
    "markup": "<b>&amp;</b></para><font color='red'>x</font> & < > ]]>",
    "quotes": "\"dubbel\" 'enkel' \\ `${x}` %s {0} %(naam)s",
    "control": "a\x00b\x07c\x1bd\u202ee\x0cf",
    "at the limit": "lang " * ((NAME_MAX - 30) // 5),  # with its label, just under NAME_MAX
    "right-to-left": "مرحبا بالعالم שלום עולם",
    "emoji": "🧱 LEGO 👩‍👩‍👧 ✅",
    "long word": "Onderaannemersovereenkomst" * 8,
}
# What a reader of the PDF recognises of each text: reportlab draws no glyph for
# control characters and emoji, and writes right-to-left runs in logical order.
RECOGNISABLE = {
    "markup": ["<b>&amp;</b></para><font color='red'>x</font> & < > ]]>"],
    "quotes": ["\"dubbel\" 'enkel' \\ `${x}` %s {0} %(naam)s"],
    "control": ["abcd"],
    "right-to-left": ["שלום", "םולש"],  # either order: bidi is a separate matter
    "emoji": ["LEGO"],
    "long word": ["Onderaannemersovereenkomst"],
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def small_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 20)).save(out, "PNG")
    return out.getvalue()


def hostile_map(text: str) -> ProcessMap:
    """A small map with ``text`` after a Dutch label in every text field."""
    pm = ProcessMap(
        MapDetails(
            name=f"Kaart {text}",
            team=f"Team {text}",
            organisation=f"Organisatie {text}",
            facilitator=f"Begeleider {text}",
            description=f"Omschrijving {text}",
        )
    )
    planner, client = Role(f"Planner {text}", colour="#C91A09"), Role(f"Klant {text}")
    pm.add(planner)
    pm.add(client)
    intake = Step(f"Intake {text}", planner.id, 30, 600, note=f"Notitie {text}")
    visit = Step(f"Bezoek {text}", client.id, 60, 6000, 80, note=f"Notitie {text}", x=200)
    report = Step(f"Verslag {text}", planner.id, 10, 10, x=400)
    for step in (intake, visit, report):
        pm.add(step)
    pm.add(Flow(intake.id, visit.id))
    pm.add(Flow(visit.id, report.id))
    pm.add(Flow(report.id, visit.id, FlowKind.REWORK, rework_share=0.2))
    pm.add(RoleLink(planner.id, client.id, note=f"Verbinding {text}"))
    finding = Finding(
        f"Titel {text}",
        f"Verhaal {text}",
        tags=(f"Kenmerk {text}",),
        step_ids=(visit.id,),
        role_ids=(planner.id,),
    )
    pm.add(finding)
    pm.add(Action(f"Experiment {text}", owner=f"Eigenaar {text}", finding_ids=(finding.id,)))
    pm.add(Photo(small_png(), "image/png", f"Bijschrift {text}", finding.id))
    pm.add(Snapshot(f"Moment {text}", date(2026, 3, 12), pm.content_copy()))
    return pm


@pytest.fixture(params=list(HOSTILE), ids=list(HOSTILE))
def hostile(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


def test_storage_gives_back_exactly_what_went_in(hostile: str, tmp_path: Path) -> None:
    pm = hostile_map(HOSTILE[hostile])
    path = tmp_path / "vijandig.procesbouw"
    create_from_map(path, pm).close()
    with MapFile.open(path, read_only=True) as reopened:
        assert reopened.map == pm
        snapshot = next(iter(reopened.map.snapshots.values()))
        assert snapshot.content.details.name == f"Kaart {HOSTILE[hostile]}"


def test_the_analysis_names_the_text(hostile: str) -> None:
    text = HOSTILE[hostile]
    analysis = analyse(hostile_map(text))
    assert analysis.figures is not None
    top = analysis.bottlenecks[0].explanation
    assert f"Bezoek {text}" in top.nl
    assert f"Bezoek {text}" in top.en


def test_json_round_trip(hostile: str) -> None:
    pm = hostile_map(HOSTILE[hostile])
    assert import_json(export_json(pm)) == pm


def test_graphml_loads_in_networkx_with_only_forbidden_characters_dropped(hostile: str) -> None:
    text = HOSTILE[hostile]
    pm = hostile_map(text)
    steps = nx.read_graphml(io.BytesIO(export_step_graphml(pm)))
    roles = nx.read_graphml(io.BytesIO(export_role_graphml(pm)))
    step_labels = {data["label"] for _, data in steps.nodes(data=True)}
    role_labels = {data["label"] for _, data in roles.nodes(data=True)}
    assert _NOT_XML.sub("", f"Bezoek {text}") in step_labels
    assert _NOT_XML.sub("", f"Planner {text}") in role_labels
    assert len(steps) == 3 and steps.number_of_edges() == 3


def pdf_text(pm: ProcessMap) -> str:
    out = io.BytesIO()
    build_report(pm, out)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


@pytest.mark.parametrize("hostile_name", list(RECOGNISABLE))
def test_the_report_is_built_and_shows_the_text(hostile_name: str) -> None:
    lines = pdf_text(hostile_map(HOSTILE[hostile_name])).splitlines()
    for label in ("Titel", "Verhaal", "Experiment", "Kenmerk"):
        assert any(
            line.startswith(label) and part in line
            for line in lines
            for part in RECOGNISABLE[hostile_name]
        ), label


def test_the_report_shows_the_longest_story_and_description() -> None:
    long = "lang " * ((TEXT_MAX - 20) // 5)
    pm = hostile_map("kort")
    pm.set_details(MapDetails(name="Kaart", description=f"Omschrijving {long}"))
    finding = next(iter(pm.findings.values()))
    pm.replace(
        Finding(
            finding.title,
            f"Verhaal {long}einde",
            tags=(f"Kenmerk {HOSTILE['at the limit']}",),
            step_ids=finding.step_ids,
            id=finding.id,
        )
    )
    text = pdf_text(pm)
    assert "Verhaal lang lang" in text
    assert "langeinde" in text.replace("\n", "").replace(" ", "")
