"""Steps from a spreadsheet, and back.

Facilitators often prepare a session in Excel: one row per step with its name,
role, process time, wait time and first-time-right. ``import_steps_csv`` turns
such a file into new roles, steps and handoffs (chained in file order) without
touching the map; the caller adds ``CsvImport.entities()`` in one undoable /
transactional batch. A file with any bad row imports nothing and every problem
is named by its line as the spreadsheet shows it (the header is line 1).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from procesbouw.exchange.errors import CsvImportError, CsvProblem, TooLargeError
from procesbouw.model import Entity, Flow, FlowKind, ProcessMap, Role, Step, ValidationError
from procesbouw.palette import next_free_colour
from procesbouw.units import format_duration, format_number, parse_duration, parse_percentage

CSV_ENCODING = "utf-8-sig"  # write with a BOM: Excel then reads the file as UTF-8
MAX_CHARACTERS = 20 * 1024 * 1024
GRID = 20.0  # the canvas grid imported bricks snap to
X_STEP = 200.0  # distance between imported bricks, left to right

# Spellings accepted in the header row, compared without case, spaces, "-", "_", "%", ".".
_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("naam", "name", "stap", "step"),
    "role": ("rol", "role"),
    "process": ("bewerkingstijd", "procestijd", "processtime", "processingtime"),
    "wait": ("wachttijd", "waittime", "waitingtime"),
    "ftr": ("ftr", "firsttimeright"),
    "note": ("notitie", "opmerking", "note"),
}
_FIELD_OF = {spelling: field for field, spellings in _HEADERS.items() for spelling in spellings}
_EXPORT_HEADER = ("naam", "rol", "bewerkingstijd", "wachttijd", "ftr", "notitie")

# A cell starting with one of these is a formula to a spreadsheet; exported
# text gets a leading apostrophe so it stays text, and import removes it again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NOT_A_TIME_EN = "is not a time such as 45m, 3h, 1.5 hours or 2 days."


@dataclass(frozen=True)
class CsvImport:
    """What a CSV file adds to a map: new roles, then steps in file order, then
    the handoffs that chain those steps. Nothing here is in the map yet."""

    roles: tuple[Role, ...]
    steps: tuple[Step, ...]
    flows: tuple[Flow, ...]

    def entities(self) -> list[Entity]:
        """Everything to add, in an order the map accepts: roles → steps → flows."""
        return [*self.roles, *self.steps, *self.flows]


def decode_csv(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), else Windows-1252,
    which is what Excel writes for "CSV (gescheiden door lijstscheidingsteken)"."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def import_steps_csv(
    text: str, pm: ProcessMap | None = None, hours_per_day: float = 24.0
) -> CsvImport:
    """The roles, steps and handoffs a CSV of steps adds to ``pm`` (not changed).

    Roles are matched to ``pm``'s by name, ignoring case; other role names
    become new roles with distinct LEGO colours. Raises ``CsvImportError``
    listing every problem, or ``TooLargeError``; then nothing is imported."""
    if len(text) > MAX_CHARACTERS:
        raise TooLargeError(
            "Dit bestand is te groot voor een lijst met stappen (meer dan 20 MB).",
            "This file is too large to be a list of steps (more than 20 MB).",
        )
    text = text.removeprefix("\ufeff")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    problems: list[CsvProblem] = []
    try:
        header = next(rows, [])
    except csv.Error as error:
        raise CsvImportError([_unreadable(1, error)]) from error
    columns = _read_header(header, problems)
    if problems:
        raise CsvImportError(problems)
    parsed = list(_read_rows(rows, columns, hours_per_day, problems))
    if not parsed and not problems:
        problems.append(
            CsvProblem(
                2,
                "",
                "Er staan geen stappen in dit bestand, alleen een kopregel.",
                "This file holds no steps, only a header row.",
            )
        )
    if problems:
        raise CsvImportError(problems)
    return _build(parsed, pm if pm is not None else ProcessMap())


@dataclass(frozen=True)
class _Row:
    name: str
    role: str
    process_minutes: float
    wait_minutes: float
    ftr_percent: float
    note: str


def _delimiter(text: str) -> str:
    """The delimiter the header row uses most: Dutch Excel writes ";", others ","
    and a copy from a spreadsheet gives tabs."""
    header = text.split("\n", 1)[0]
    return max((";", ",", "\t"), key=header.count) if header.strip() else ","


def _read_header(header: list[str], problems: list[CsvProblem]) -> dict[int, tuple[str, str]]:
    """Column index → (field, header as written); problems are added to ``problems``."""
    if not any(cell.strip() for cell in header):
        problems.append(
            CsvProblem(
                1,
                "",
                "De eerste regel moet de kolomnamen bevatten, bijvoorbeeld "
                "naam;rol;bewerkingstijd;wachttijd;ftr.",
                "The first line must hold the column names, for example "
                "name,role,process time,wait time,ftr.",
            )
        )
        return {}
    columns: dict[int, tuple[str, str]] = {}
    for index, cell in enumerate(header):
        spelling = re.sub(r"[\s_\-%.]", "", cell.lower())
        if not spelling:
            continue  # Excel leaves empty header cells after the last column
        field = _FIELD_OF.get(spelling)
        if field is None:
            problems.append(
                CsvProblem(
                    1,
                    cell.strip(),
                    "Onbekende kolom. Gebruik naam, rol, bewerkingstijd, wachttijd, ftr en "
                    "notitie (zet de eenheid bij de tijd zelf, bijvoorbeeld 2u).",
                    "Unknown column. Use name, role, process time, wait time, ftr and note "
                    "(put the unit with the time itself, for example 2h).",
                )
            )
        elif field in (known for known, _ in columns.values()):
            problems.append(
                CsvProblem(
                    1,
                    cell.strip(),
                    "Deze kolom staat er twee keer in.",
                    "This column appears twice.",
                )
            )
        else:
            columns[index] = (field, cell.strip())
    if not problems and "name" not in (field for field, _ in columns.values()):
        problems.append(
            CsvProblem(
                1,
                "",
                "De kolom 'naam' ontbreekt: elke stap heeft een naam.",
                "The column 'name' is missing: every step has a name.",
            )
        )
    return columns


def _read_rows(
    rows: Iterator[list[str]],
    columns: dict[int, tuple[str, str]],
    hours_per_day: float,
    problems: list[CsvProblem],
) -> Iterator[_Row]:
    line = 1
    try:
        for line, cells in enumerate(rows, start=2):  # noqa: B007 - line is read after the loop
            if not any(cell.strip() for cell in cells):
                continue  # blank spreadsheet rows are harmless
            row = _read_row(line, cells, columns, hours_per_day, problems)
            if row is not None:
                yield row
    except csv.Error as error:
        problems.append(_unreadable(line + 1, error))


def _unreadable(line: int, error: csv.Error) -> CsvProblem:
    return CsvProblem(
        line,
        "",
        f"Deze regel is onleesbaar ({error}); het bestand is hier niet verder gelezen.",
        f"This line cannot be read ({error}); the file was not read any further.",
    )


def _read_row(
    line: int,
    cells: list[str],
    columns: dict[int, tuple[str, str]],
    hours_per_day: float,
    problems: list[CsvProblem],
) -> _Row | None:
    before = len(problems)
    values = {"name": "", "role": "", "process": "", "wait": "", "ftr": "", "note": ""}
    headers = {field: header for field, header in columns.values()}
    for index, cell in enumerate(cells):
        if index in columns:
            field = columns[index][0]
            values[field] = cell if field == "note" else cell.strip()  # a note stays as typed
        elif cell.strip():
            problems.append(
                CsvProblem(
                    line,
                    "",
                    f"Waarde '{_short(cell)}' staat in een kolom zonder kolomnaam.",
                    f"Value '{_short(cell)}' is in a column without a name.",
                )
            )
    name = _unguarded(values["name"])
    if not name:
        problems.append(CsvProblem(line, headers["name"], "Vul een naam in.", "Fill in a name."))

    parsers: dict[str, tuple[Callable[[str], float], float, str]] = {
        "process": (lambda text: parse_duration(text, hours_per_day), 0.0, _NOT_A_TIME_EN),
        "wait": (lambda text: parse_duration(text, hours_per_day), 0.0, _NOT_A_TIME_EN),
        "ftr": (parse_percentage, 100.0, "is not a percentage from 0 to 100."),
    }
    numbers: dict[str, float] = {}
    for field, (parse, empty, message_en) in parsers.items():
        text = values[field]
        try:
            numbers[field] = parse(text) if text else empty
        except ValidationError as error:
            # The parser's own English where it has one ("A time cannot be negative.").
            english = getattr(error, "message_en", None) or f"'{_short(text)}' {message_en}"
            problems.append(CsvProblem(line, headers[field], str(error), english))
    if len(problems) > before:
        return None
    return _Row(
        name,
        _unguarded(values["role"]),
        numbers["process"],
        numbers["wait"],
        numbers["ftr"],
        _unguarded(values["note"]),
    )


def _short(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _build(rows: list[_Row], pm: ProcessMap) -> CsvImport:
    roles_by_name: dict[str, Role] = {}
    for role in reversed(pm.roles.values()):  # the first of two same-named roles wins
        roles_by_name[role.name.strip().casefold()] = role
    new_roles: list[Role] = []
    steps: list[Step] = []
    x, y = _first_position(pm)
    for row in rows:
        role_id = None
        if row.role:
            known = roles_by_name.get(row.role.casefold())
            if known is None:
                used = [r.colour for r in (*pm.roles.values(), *new_roles)]
                known = Role(row.role, colour=next_free_colour(used))
                roles_by_name[row.role.casefold()] = known
                new_roles.append(known)
            role_id = known.id
        steps.append(
            Step(
                row.name,
                role_id,
                process_minutes=row.process_minutes,
                wait_minutes=row.wait_minutes,
                ftr_percent=row.ftr_percent,
                note=row.note,
                x=x,
                y=y,
            )
        )
        x += X_STEP
    flows = tuple(
        Flow(a.id, b.id, FlowKind.HANDOFF) for a, b in zip(steps, steps[1:], strict=False)
    )
    return CsvImport(tuple(new_roles), tuple(steps), flows)


def _first_position(pm: ProcessMap) -> tuple[float, float]:
    """Right of the rightmost brick, on its row; the origin on an empty map."""
    if not pm.steps:
        return 0.0, 0.0
    rightmost = max(pm.steps.values(), key=lambda step: step.x)
    return _snap(rightmost.x) + X_STEP, _snap(rightmost.y)


def _snap(value: float) -> float:
    return round(value / GRID) * GRID


def _guarded(text: str) -> str:
    # Apostrophes already in front get one more, so that import restores them too.
    return "'" + text if text.lstrip("'").startswith(_FORMULA_START) else text


def _unguarded(text: str) -> str:
    return text[1:] if text.startswith("'") and _guarded(text) != text else text


# -- export ---------------------------------------------------------------------


def export_steps_csv(pm: ProcessMap) -> str:
    """The map's steps as CSV in the import's columns (Dutch headers, ";" as
    Dutch Excel expects), in process order: along the handoffs, else as added.
    Write it with ``CSV_ENCODING``."""
    hours = pm.details.hours_per_day
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(_EXPORT_HEADER)
    for step in _process_order(pm):
        role = pm.roles.get(step.role_id) if step.role_id is not None else None
        writer.writerow(
            (
                _guarded(step.name),
                _guarded(role.name) if role else "",
                _duration_cell(step.process_minutes, hours),
                _duration_cell(step.wait_minutes, hours),
                format_number(step.ftr_percent, 2, "nl") + "%",
                _guarded(step.note),
            )
        )
    return out.getvalue()


def _duration_cell(minutes: float, hours_per_day: float) -> str:
    """The readable duration when it reads back exactly enough, else plain minutes."""
    text = format_duration(minutes, hours_per_day, "nl")
    if abs(parse_duration(text, hours_per_day) - minutes) < 0.005:
        return text
    return f"{minutes:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " min"


def _process_order(pm: ProcessMap) -> list[Step]:
    """Steps in handoff order, ties in insertion order; insertion order when the
    handoffs loop (then there is no process order to follow)."""
    import networkx as nx  # deferred: the domain stays cheap to import

    position = {step_id: index for index, step_id in enumerate(pm.steps)}
    graph = nx.DiGraph()
    graph.add_nodes_from(pm.steps)
    graph.add_edges_from(
        (flow.source_id, flow.target_id)
        for flow in pm.flows.values()
        if flow.kind is FlowKind.HANDOFF
    )
    try:
        order = list(nx.lexicographical_topological_sort(graph, key=position.__getitem__))
    except nx.NetworkXUnfeasible:
        order = list(pm.steps)
    return [pm.steps[step_id] for step_id in order]
