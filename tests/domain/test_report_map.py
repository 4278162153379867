"""The map in the PDF: one landscape page while names stay ≥ 7 pt, rework loops
inside the page and below the bricks as on the canvas, an overview that names
the steps when the map must be tiled, and a file name valid on Windows."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from procesbouw.layout import LaneGeometry, lay_out, swimlanes
from procesbouw.map_geometry import rework_curve
from procesbouw.model import Flow, FlowKind, ProcessMap, Role, Step
from procesbouw.report import build_report
from procesbouw.report.fonts import BOLD
from procesbouw.report.map_drawing import MIN_NAME_SIZE
from procesbouw.report.map_layout import (
    BRICK_HEIGHT,
    BRICK_WIDTH,
    MIN_READABLE_SCALE,
    brick_positions,
    fit_scale,
    map_bounds,
    tiles,
)
from procesbouw.report.map_section import LEGEND_HEIGHT, TITLE_SPACE, lane_label_width
from procesbouw.report.page import LANDSCAPE, frame_size
from procesbouw.storage import MapFile
from procesbouw.storage.files import file_stem
from resources import sample_path


def _chain(count: int, gap: float) -> ProcessMap:
    pm = ProcessMap()
    role = Role("Team")
    pm.add(role)
    previous = None
    for index in range(count):
        step = Step(f"Stap {index + 1}", role.id, 10, 60, x=index * gap, y=(index % 3) * 120.0)
        pm.add(step)
        if previous is not None:
            pm.add(Flow(previous.id, step.id))
        previous = step
    return pm


def _pages(pm: ProcessMap) -> list[str]:
    out = io.BytesIO()
    build_report(pm, out)
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(out.getvalue())).pages]


def test_names_never_print_below_seven_points() -> None:
    assert MIN_NAME_SIZE == 7
    # A brick's inner width holds a 7 pt word of seven letters at the smallest scale.
    assert (BRICK_WIDTH - 14) * MIN_READABLE_SCALE >= 45
    assert BRICK_HEIGHT * MIN_READABLE_SCALE >= 3 * MIN_NAME_SIZE * 1.15


def test_rework_loops_stay_inside_the_drawn_area() -> None:
    pm = _chain(3, 220)
    steps = list(pm.steps.values())
    pm.add(Flow(steps[2].id, steps[0].id, FlowKind.REWORK, rework_share=0.2))
    positions = brick_positions(pm)
    bounds = map_bounds(positions, pm=pm)
    start, c1, _, end = rework_curve(
        positions[steps[2].id], positions[steps[0].id], BRICK_WIDTH, BRICK_HEIGHT
    )
    deepest = 0.25 * max(start[1], end[1]) + 0.75 * c1[1]
    assert bounds.bottom >= deepest + 10
    assert c1[1] > start[1]  # below the bricks, as on the canvas
    assert bounds.bottom > map_bounds(positions).bottom  # room made for the loop


def test_the_sample_map_is_one_landscape_page() -> None:
    with MapFile.open(sample_path("zorgorganisatie"), read_only=True) as map_file:
        pm = map_file.map
    pages = _pages(pm)
    text = "\n".join(pages)
    assert "Overzicht" not in text and "deel A1" not in text
    [map_page] = [p for p in pages if "De proceskaart" in p]
    assert "Zorgplan" in map_page and "15 %" in map_page  # names and the share that goes back


def test_a_nine_step_map_stays_on_one_page() -> None:
    pm = _chain(9, 230)
    positions = brick_positions(pm)
    width, height = frame_size(LANDSCAPE)
    bounds = map_bounds(positions, pm=pm)
    assert len(tiles(bounds, positions, width, height - TITLE_SPACE - LEGEND_HEIGHT)) == 1
    assert fit_scale(bounds, width, height - TITLE_SPACE - LEGEND_HEIGHT) >= MIN_READABLE_SCALE


def test_a_map_too_big_for_one_page_gets_an_overview_that_names_the_steps() -> None:
    pages = _pages(_chain(30, 230))
    text = "\n".join(pages)
    [overview] = [p for p in pages if "Overzicht: de kaart is verdeeld over" in p]
    assert "A1: ‘Stap 1’, ‘Stap 2’" in " ".join(overview.split())
    assert "‘Stap 30’" in overview
    assert "De proceskaart — deel B1" in text


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Zorg: intake/start", "Zorg - intake-start"),
        ('a<b>c"d|e?f*g\\h', "a-b-c-d-e-f-g-h"),
        ("CON", "CON_"),
        ("  ...  ", "proceskaart"),
        ("Wijk. ", "Wijk"),
        ("Zorgorganisatie — van aanmelding", "Zorgorganisatie — van aanmelding"),
    ],
)
def test_file_names_are_valid_on_windows(name: str, stem: str) -> None:
    assert file_stem(name) == stem


def test_lane_names_get_the_room_a_page_has_to_spare_without_shrinking_the_map() -> None:
    pm = ProcessMap()
    roles = [Role(f"Wijkverpleegkundige {i}") for i in range(8)]
    for role in roles:
        pm.add(role)
    steps = [Step(f"Stap {i}", roles[i].id, 10, 60) for i in range(8)]
    for step in steps:
        pm.add(step)
    for a, b in zip(steps, steps[1:], strict=False):
        pm.add(Flow(a.id, b.id))
    positions = lay_out(pm)
    width, height = frame_size(LANDSCAPE)
    height -= TITLE_SPACE + LEGEND_HEIGHT
    # Eight lanes make a high map: the page has width to spare, and the names get it.
    label = lane_label_width(pm, positions, width, height)
    bounds = map_bounds(positions, swimlanes(pm, positions), pm)
    scale = fit_scale(bounds, width, height)
    assert label > LaneGeometry.label_width
    wider = map_bounds(positions, swimlanes(pm, positions, LaneGeometry(label_width=label)), pm)
    assert fit_scale(wider, width, height) == pytest.approx(scale)
    assert (label - 16) * scale >= stringWidth("Wijkverpleegkundige", BOLD, MIN_NAME_SIZE)
    # A map that needs the page's whole width keeps the canvas's column.
    assert lane_label_width(pm, positions, bounds.width * 0.3, height) == LaneGeometry.label_width
