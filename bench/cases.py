"""Every row of ``python -m bench.run``: what is timed, its floor and the issue's target.

Floors are the plainest way to do the same work, measured in the same run:
raw ``sqlite3`` for opening and editing a file, networkx ``dag_longest_path``
for the analysis, a bare reportlab PDF of the same photos and text for the
report, plain Qt items for the canvas (``bench.canvas_cases``).
"""

from __future__ import annotations

import io
import itertools
import sqlite3
from pathlib import Path

from bench.bench_analysis import handoff_digraph
from bench.bench_report import bench_map
from bench.canvas_cases import qt_app, setups
from bench.generate import generate_map
from bench.live_cases import (
    every_row,
    label_floor,
    live_edit,
    map_path,
    open_to_analysis,
    plain_items_shown,
    window_open,
)
from bench.live_cases import read_all_rows as read_rows_of
from bench.trial import Case, Setup, Target, Trial
from procesbouw.storage.whole_map import create_from_map

EVENTS = 1_000_000
PHOTO_PIXELS = 1400  # the report prints photos at most this many pixels on the long side


def _map_file(folder: Path, steps: int) -> Path:
    path = folder / f"{steps}.procesbouw"
    if not path.exists():
        create_from_map(path, generate_map(steps)).close()
    return path


# -- opening a map ----------------------------------------------------------------


def open_map(steps: int) -> Setup:
    """File → MapFile → MapDocument → MapScene → first analysis, as the app opens a map."""

    def setup(folder: Path) -> Trial:
        from procesbouw.analysis import analyse
        from procesbouw.storage import MapFile
        from ui.canvas.scene import MapScene
        from ui.document import MapDocument

        qt_app()
        path = _map_file(folder, steps)
        opened: list[MapDocument] = []

        def close_previous() -> None:
            while opened:
                opened.pop().close()

        def run() -> object:
            document = MapDocument(MapFile.open(path))
            opened.append(document)
            scene = MapScene(document)
            return scene, analyse(document.map)

        return Trial(run, before=close_previous)

    return setup


def read_all_rows(steps: int) -> Setup:
    """Floor: every row of every table through raw sqlite3, read-only."""

    def setup(folder: Path) -> Trial:
        path = _map_file(folder, steps)

        return Trial(lambda: every_row(path))

    return setup


# -- one edit -------------------------------------------------------------------------


def edit(kind: str) -> Setup:
    """One edit through the document (command → model → file, committed with
    synchronous=FULL; the scene mirrors it) on a 1,000-step map."""

    def setup(folder: Path) -> Trial:
        from procesbouw.storage import MapFile
        from ui.canvas.scene import MapScene
        from ui.document import MapDocument

        qt_app()
        document = MapDocument(MapFile.open(_map_file(folder, 1_000)))
        scene = MapScene(document)
        step_ids = itertools.cycle(list(document.map.steps))
        numbers = itertools.count()

        def move() -> None:
            step = document.map.steps[next(step_ids)]
            document.move_steps({step.id: (step.x + 20, step.y)})

        def rename() -> None:
            document.rename(next(step_ids), f"Stap hernoemd {next(numbers)}")

        def add_step() -> None:
            after = document.map.steps[next(step_ids)]
            document.add_step("Nieuwe stap", (after.x, after.y + 40), after.role_id, after.id)

        run = {"move": move, "rename": rename, "add": add_step}[kind]
        return Trial(lambda: (run(), scene)[0])

    return setup


def raw_update(folder: Path) -> Trial:
    """Floor: one raw sqlite3 UPDATE committed with the same journal and sync settings."""
    path = folder / "raw-edit.procesbouw"
    path.write_bytes(_map_file(folder, 1_000).read_bytes())
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("PRAGMA synchronous = FULL")
    step_ids = itertools.cycle([row[0] for row in raw.execute("SELECT id FROM steps")])

    def run() -> None:
        raw.execute("BEGIN")
        raw.execute("UPDATE steps SET x = x + 20 WHERE id = ?", (next(step_ids),))
        raw.execute("COMMIT")

    return Trial(run)


# -- analysis and report -----------------------------------------------------------------


def analysis(steps: int, roles: int = 8) -> Setup:
    """``analyse`` of the same map again and again, as after an edit that leaves
    the role network as it was (most edits do; see ``analysis.betweenness``)."""

    def setup(_: Path) -> Trial:
        from procesbouw.analysis import analyse

        pm = generate_map(steps, roles=roles)
        return Trial(lambda: analyse(pm))

    return setup


def longest_path(steps: int, roles: int = 8) -> Setup:
    """Floor: the bare networkx way to the lead time from the map: build the
    handoff DiGraph, then ``dag_longest_path``."""

    def setup(_: Path) -> Trial:
        import networkx as nx

        pm = generate_map(steps, roles=roles)
        return Trial(lambda: nx.dag_longest_path(handoff_digraph(pm)))

    return setup


# -- writing a whole map -------------------------------------------------------------


def whole_map_write(steps: int) -> Setup:
    """``create_from_map``: a new file holding a whole map, as an import does."""

    def setup(folder: Path) -> Trial:
        pm = generate_map(steps)
        target = folder / f"written-{steps}.procesbouw"

        def remove() -> None:
            target.unlink(missing_ok=True)

        return Trial(lambda: create_from_map(target, pm).close(), before=remove)

    return setup


def raw_write(steps: int) -> Setup:
    """Floor: the same rows (read back from a written file, untimed) inserted with
    raw sqlite3 ``executemany`` into an empty map file, in one transaction."""

    def setup(folder: Path) -> Trial:
        from procesbouw.model import MapDetails
        from procesbouw.storage import MapFile

        written = map_path(folder, steps, 8)
        empty = folder / f"empty-{steps}.procesbouw"
        if not empty.exists():
            MapFile.create(empty, MapDetails()).close()
        source = sqlite3.connect(written)
        tables = [
            name
            for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if name not in ("alembic_version", "map_details")
        ]
        rows = {}
        for name in tables:
            cursor = source.execute(f'SELECT * FROM "{name}"')
            columns = ", ".join(f'"{column[0]}"' for column in cursor.description)
            rows[f'"{name}" ({columns})'] = cursor.fetchall()
        source.close()
        target = folder / f"raw-written-{steps}.procesbouw"

        def fresh() -> None:
            target.write_bytes(empty.read_bytes())

        def run() -> None:
            raw = sqlite3.connect(target, isolation_level=None)
            raw.execute("PRAGMA journal_mode = DELETE")
            raw.execute("PRAGMA synchronous = FULL")
            raw.execute("BEGIN")
            for name, values in rows.items():
                if values:
                    marks = ", ".join("?" * len(values[0]))
                    raw.executemany(f"INSERT INTO {name} VALUES ({marks})", values)
            raw.execute("COMMIT")
            raw.close()

        return Trial(run, before=fresh)

    return setup


def lay_out_map(steps: int) -> Setup:
    """ "Netjes leggen": swimlanes, columns, barycentre order and the lanes read back."""

    def setup(_: Path) -> Trial:
        from procesbouw.layout import lay_out, swimlanes

        pm = generate_map(steps)
        return Trial(lambda: swimlanes(pm, lay_out(pm)))

    return setup


def generations(steps: int) -> Setup:
    """Floor: networkx's topological generations of the same handoff graph (layers alone)."""

    def setup(_: Path) -> Trial:
        import networkx as nx

        graph = handoff_digraph(generate_map(steps))
        return Trial(lambda: list(nx.topological_generations(graph)))

    return setup


def report(_: Path) -> Trial:
    from procesbouw.report import build_report

    pm = bench_map()
    return Trial(lambda: build_report(pm, io.BytesIO()))


def bare_pdf(_: Path) -> Trial:
    """Floor: reportlab writes a line per step and the same photos, one per page,
    each decoded at reduced size (JPEG draft mode) as the plainest quick way."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    pm = bench_map()

    def run() -> None:
        pdf = Canvas(io.BytesIO(), pagesize=A4)
        for number, step in enumerate(pm.steps.values()):
            pdf.drawString(40, 800 - (number % 60) * 12, step.name)
            if number % 60 == 59:
                pdf.showPage()
        for photo in pm.photos.values():
            pdf.showPage()
            with Image.open(io.BytesIO(photo.data)) as image:
                image.draft("RGB", (PHOTO_PIXELS, PHOTO_PIXELS))
                pdf.drawImage(ImageReader(image.convert("RGB")), 40, 300, 500, 375)
        pdf.save()

    return Trial(run)


# -- exchange: BPMN and event logs --------------------------------------------------


def bpmn_import(tasks: int) -> Setup:
    """A BPMN model of ``tasks`` tasks (lanes, gateways, DI) imported into a map."""

    def setup(_: Path) -> Trial:
        from bench.generate_exchange import bpmn_model
        from procesbouw.exchange import import_bpmn

        data = bpmn_model(tasks)
        return Trial(lambda: import_bpmn(data))

    return setup


def bpmn_parse(tasks: int) -> Setup:
    """Floor: only parsing the same XML with defusedxml."""

    def setup(_: Path) -> Trial:
        from defusedxml.ElementTree import fromstring

        from bench.generate_exchange import bpmn_model

        data = bpmn_model(tasks)
        return Trial(lambda: fromstring(data))

    return setup


def _event_log(folder: Path) -> Path:
    from bench.generate_exchange import write_event_log

    path = folder / f"log-{EVENTS}.csv"
    if not path.exists():
        write_event_log(path, EVENTS)
    return path


def event_log(folder: Path) -> Trial:
    """Read a CSV event log (streamed) and measure it: what ``procesbouw log`` does."""
    from procesbouw.exchange.event_figures import measure
    from procesbouw.exchange.event_log import Columns, read_csv

    path = _event_log(folder)
    columns = Columns("case", "activity", "time", "status", resource="resource")
    return Trial(lambda: measure(read_csv(path, columns)))


def csv_rows(folder: Path) -> Trial:
    """Floor: every row through the csv module, nothing kept."""
    import csv

    path = _event_log(folder)

    def run() -> object:
        with path.open(encoding="utf-8", newline="") as text:
            return sum(1 for _ in csv.reader(text, delimiter=";"))

    return Trial(run)


def _canvas_case(name: str, kind: str, steps: int, repeats: int, target: Target) -> Case:
    item, floor = setups(kind, steps)
    return Case(name, repeats, item, floor, "plain Qt items", target)


def _live_case(steps: int, roles: int, repeats: int, limit: float) -> Case:
    where = "sample map" if steps == 0 else f"{steps:,} steps, {roles} roles"
    return Case(
        f"edit → analysis shown, {where}",
        repeats,
        live_edit(steps, roles),
        label_floor,
        "raw sqlite3 UPDATE + QLabel repainted",
        Target("p99", limit),
    )


def _stall_case(steps: int, roles: int) -> Case:
    return Case(
        f"longest UI stall in an edit, {steps:,}/{roles}",
        20,
        live_edit(steps, roles, probe=True),
        target=Target("p99", 50),
    )


def _analysis_case(steps: int, roles: int) -> Case:
    return Case(
        f"analysis {steps:,} steps, {roles} roles",
        max(5, 40_000 // steps),
        analysis(steps, roles),
        longest_path(steps, roles),
        "nx DiGraph + dag_longest_path",
        Target("ratio", 1.2),
    )


SCALING_STEPS = (1_000, 2_000, 5_000, 10_000, 20_000)

CASES: dict[str, Case] = {
    case.name: case
    for case in (
        _live_case(0, 0, 40, 16.7),
        _live_case(200, 12, 40, 16.7),
        _live_case(200, 20, 40, 16.7),
        _live_case(1_000, 8, 40, 50),
        _live_case(1_000, 100, 40, 50),
        _live_case(5_000, 8, 20, 250),
        _live_case(5_000, 500, 20, 250),
        _stall_case(5_000, 8),
        _stall_case(5_000, 500),
        Case(
            "open 5,000 steps → analysis shown, 8 roles",
            3,
            open_to_analysis(5_000, 8),
            read_rows_of(5_000, 8),
            "raw sqlite3 read",
            Target("median", 1500),
        ),
        Case(
            "open 5,000 steps → analysis shown, 500 roles",
            3,
            open_to_analysis(5_000, 500),
            read_rows_of(5_000, 500),
            "raw sqlite3 read",
            Target("median", 1500),
        ),
        Case(
            "memory: 5,000 steps open in the window",
            3,
            window_open(5_000, 8),
            plain_items_shown(5_000, 8),
            "plain Qt items shown",
            Target("memory", 2),
        ),
        *(_analysis_case(steps, 8) for steps in SCALING_STEPS),
        *(_analysis_case(steps, steps // 10) for steps in SCALING_STEPS),
        Case(
            "whole-map write 1,000 steps",
            5,
            whole_map_write(1_000),
            raw_write(1_000),
            "raw sqlite3 executemany",
            Target("ratio", 10),
        ),
        Case(
            "whole-map write 5,000 steps",
            3,
            whole_map_write(5_000),
            raw_write(5_000),
            "raw sqlite3 executemany",
            Target("ratio", 10),
        ),
        Case(
            "open 1,000 steps",
            15,
            open_map(1_000),
            read_all_rows(1_000),
            "raw sqlite3 read",
            Target("median", 150),
        ),
        Case("open 5,000 steps", 5, open_map(5_000), read_all_rows(5_000), "raw sqlite3 read"),
        _canvas_case("scene 1,000 bricks", "scene", 1_000, 9, Target("ratio", 4)),
        _canvas_case("scene 5,000 bricks", "scene", 5_000, 5, Target("ratio", 4)),
        _canvas_case("frame 1,000 bricks", "frame", 1_000, 9, Target("ratio", 3)),
        _canvas_case("frame 5,000 bricks", "frame", 5_000, 5, Target("ratio", 3)),
        _canvas_case("20 frames zoom+pan 1,000", "zoom", 1_000, 5, Target("ratio", 3)),
        _canvas_case("20 frames zoom+pan 5,000", "zoom", 5_000, 3, Target("ratio", 3)),
        Case(
            "edit: move a brick",
            200,
            edit("move"),
            raw_update,
            "raw sqlite3 UPDATE",
            Target("p99", 20),
        ),  # fmt: skip
        Case(
            "edit: rename a step",
            200,
            edit("rename"),
            raw_update,
            "raw sqlite3 UPDATE",
            Target("p99", 20),
        ),  # fmt: skip
        Case(
            "edit: add a step",
            200,
            edit("add"),
            raw_update,
            "raw sqlite3 UPDATE",
            Target("p99", 20),
        ),  # fmt: skip
        Case(
            "lay out 1,000 steps",
            21,
            lay_out_map(1_000),
            generations(1_000),
            "nx topological_generations",
            Target("median", 300),
        ),  # fmt: skip
        Case(
            "BPMN import 500 tasks",
            9,
            bpmn_import(500),
            bpmn_parse(500),
            "defusedxml parse",
            Target("median", 1000),
        ),  # fmt: skip
        Case(
            "event log 1,000,000 events (CSV)",
            1,
            event_log,
            csv_rows,
            "csv.reader, rows counted",
            Target("median", 10_000),
            ("memory target: peak ≤ 500 MB",),
        ),  # fmt: skip
        Case(
            "PDF 200 steps, 20 findings, 10 photos",
            3,
            report,
            bare_pdf,
            "bare reportlab PDF",
            Target("median", 3000),
        ),  # fmt: skip
    )
}
