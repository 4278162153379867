"""Steps from a spreadsheet: Dutch and English, ";" and ",", with or without
BOM; bad rows named by their spreadsheet line and nothing imported."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from procesbouw.exchange import (
    CsvImportError,
    TooLargeError,
    csv_steps,
    decode_csv,
    export_steps_csv,
    import_steps_csv,
)
from procesbouw.model import Flow, FlowKind, ProcessMap, Role, Step
from procesbouw.palette import LEGO_COLOURS as LEGO_ROLE_COLOURS
from tests.maps import HOSTILE, rich_map

DUTCH = (
    "Naam;Rol;Bewerkingstijd;Wachttijd;FTR\n"
    "Aanmelding;Cliënt;5m;;\n"
    "Intake;Planner;1,5 uur;2 dagen;95%\n"
    "Plan maken;planner;30;1u;99,5\n"
)


def _applied(pm: ProcessMap, text: str, hours_per_day: float = 24.0) -> ProcessMap:
    result = import_steps_csv(text, pm, hours_per_day)
    for entity in result.entities():
        pm.add(entity)
    return pm


def _rows(pm: ProcessMap) -> list[tuple[object, ...]]:
    return [
        (
            step.name,
            pm.roles[step.role_id].name if step.role_id else None,
            step.process_minutes,
            step.wait_minutes,
            step.ftr_percent,
        )
        for step in pm.steps.values()
    ]


EXPECTED = [
    ("Aanmelding", "Cliënt", 5.0, 0.0, 100.0),
    ("Intake", "Planner", 90.0, 2880.0, 95.0),
    ("Plan maken", "Planner", 30.0, 60.0, 99.5),
]


@pytest.mark.parametrize(
    "text",
    [
        DUTCH,
        "\ufeff" + DUTCH,
        DUTCH.replace("\n", "\r\n"),
        DUTCH.replace(";", "\t"),
        "name,role,process time,wait time,ftr\n"
        "Aanmelding,Cliënt,5m,,\n"
        'Intake,Planner,"1,5 uur",2 dagen,95%\n'
        'Plan maken,planner,30,1h,"99,5"\n',
        "\ufeffNAME;Role;Process_Time;waiting-time;First time right %\n"
        "Aanmelding;Cliënt;5 min;0;100\n"
        "Intake;Planner;1.5h;2d;95 %\n"
        "Plan maken;PLANNER;0,5 u;60;99.5%\n",
    ],
    ids=["dutch", "bom", "crlf", "tabs", "english-comma", "english-variants"],
)
def test_formats_facilitators_use(text: str) -> None:
    pm = _applied(ProcessMap(), text)
    assert _rows(pm) == EXPECTED
    assert len(pm.roles) == 2  # "planner", "Planner" and "PLANNER" are one role


def test_steps_are_chained_in_file_order() -> None:
    result = import_steps_csv(DUTCH)
    ids = [step.id for step in result.steps]
    assert [(f.source_id, f.target_id, f.kind) for f in result.flows] == [
        (ids[0], ids[1], FlowKind.HANDOFF),
        (ids[1], ids[2], FlowKind.HANDOFF),
    ]
    assert result.entities() == [*result.roles, *result.steps, *result.flows]


def test_existing_roles_are_matched_by_name_and_new_ones_get_free_lego_colours() -> None:
    pm = ProcessMap()
    pm.add(Role("PLANNER", colour=LEGO_ROLE_COLOURS[0], id="r-planner"))
    before = copy.deepcopy(pm)
    result = import_steps_csv(DUTCH + "Zorg;Wijkteam;;;\n", pm)
    assert pm == before  # the import only proposes; the caller adds
    assert [role.name for role in result.roles] == ["Cliënt", "Wijkteam"]
    assert result.steps[1].role_id == "r-planner"
    colours = [role.colour for role in result.roles]
    assert len(set(colours)) == 2
    assert LEGO_ROLE_COLOURS[0] not in colours
    assert all(colour in LEGO_ROLE_COLOURS for colour in colours)


def test_steps_are_laid_out_right_of_the_rightmost_brick_on_the_grid() -> None:
    pm = ProcessMap()
    pm.add(Step("Links", x=0, y=300))
    pm.add(Step("Rechts", x=613, y=95))
    result = import_steps_csv(DUTCH, pm)
    assert [(step.x, step.y) for step in result.steps] == [(820, 100), (1020, 100), (1220, 100)]
    empty = import_steps_csv(DUTCH)
    assert [(step.x, step.y) for step in empty.steps] == [(0, 0), (200, 0), (400, 0)]


def test_hours_per_day_sets_the_length_of_a_day() -> None:
    pm = _applied(ProcessMap(), DUTCH, hours_per_day=8)
    assert [step.wait_minutes for step in pm.steps.values()] == [0, 2 * 8 * 60, 60]


def test_blank_rows_are_skipped_and_empty_values_default() -> None:
    result = import_steps_csv("naam;rol;wachttijd\n;;\nAlleen een naam;;\n\n")
    (step,) = result.steps
    assert (step.name, step.role_id, step.wait_minutes, step.ftr_percent) == (
        "Alleen een naam",
        None,
        0,
        100,
    )
    assert result.roles == ()


def test_bad_rows_are_all_named_by_spreadsheet_line_and_nothing_is_imported() -> None:
    text = (
        "naam;rol;bewerkingstijd;wachttijd;ftr\n"  # line 1
        "Goed;Planner;5m;;\n"  # line 2
        ";Planner;abc;;\n"  # line 3: no name, bad time
        "\n"  # line 4: blank
        "Negatief;Planner;;-3;101%\n"  # line 5: negative wait, FTR > 100
        '"Twee\nregels";Planner;;;\n'  # line 6, one record over two lines
        "Teveel;Planner;;;;extra\n"  # line 7: a value in a column without a header
    )
    pm = ProcessMap()
    with pytest.raises(CsvImportError) as raised:
        import_steps_csv(text, pm)
    problems = [(p.line, p.column) for p in raised.value.problems]
    assert problems == [
        (3, "naam"),
        (3, "bewerkingstijd"),
        (5, "wachttijd"),
        (5, "ftr"),
        (7, ""),
    ]
    message = str(raised.value)
    assert message.startswith("Er is niets geïmporteerd: het bestand heeft 5 problemen.")
    assert "regel 3, kolom 'naam': Vul een naam in." in message
    assert "regel 5, kolom 'wachttijd': Een tijd kan niet negatief zijn." in message
    assert "regel 7: Waarde 'extra' staat in een kolom zonder kolomnaam." in message
    assert "line 5, column 'ftr'" in raised.value.message_en
    assert pm == ProcessMap()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "kolomnamen"),
        ("\n\nnaam\nStap\n", "kolomnamen"),
        ("naam;rol;duur\nStap;Rol;5m\n", "regel 1, kolom 'duur': Onbekende kolom"),
        ("naam;rol;Rol\nStap;A;B\n", "regel 1, kolom 'Rol': Deze kolom staat er twee keer in"),
        ("rol;wachttijd\nPlanner;5m\n", "De kolom 'naam' ontbreekt"),
        ("naam;rol\n", "regel 2: Er staan geen stappen in dit bestand"),
        ('naam;rol\n"Stap;Planner\n', "regel 2: Deze regel is onleesbaar"),
        ('"naam;rol\nStap;Planner\n', "regel 1: Deze regel is onleesbaar"),
    ],
)
def test_files_that_cannot_be_read_as_steps(text: str, fragment: str) -> None:
    with pytest.raises(CsvImportError, match=fragment):
        import_steps_csv(text)


def test_unreadable_line_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "naam;notitie\nKort;ok\nLang;" + "x" * 200_000 + "\n"
    with pytest.raises(CsvImportError) as raised:
        import_steps_csv(text)
    assert [problem.line for problem in raised.value.problems] == [3]


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_steps, "MAX_CHARACTERS", 10)
    with pytest.raises(TooLargeError):
        import_steps_csv(DUTCH)


def test_excel_windows_encoding_is_read() -> None:
    assert decode_csv(DUTCH.encode("cp1252")) == DUTCH
    assert decode_csv(("\ufeff" + DUTCH).encode("utf-8")) == DUTCH
    assert decode_csv(DUTCH.encode("utf-8")) == DUTCH


# -- export and round trip -----------------------------------------------------------


def test_export_uses_dutch_headers_and_semicolons() -> None:
    pm = _applied(ProcessMap(), DUTCH)
    lines = export_steps_csv(pm).splitlines()
    assert lines == [
        "naam;rol;bewerkingstijd;wachttijd;ftr;notitie",
        "Aanmelding;Cliënt;5 min;0 min;100%;",
        "Intake;Planner;1,5 u;2 d;95%;",
        "Plan maken;Planner;30 min;1 u;99,5%;",
    ]


def test_export_follows_the_handoffs_not_the_order_of_adding() -> None:
    pm = ProcessMap()
    for name in ("Derde", "Eerste", "Tweede", "Los"):
        pm.add(Step(name, id=name))
    pm.add(Flow("Eerste", "Tweede"))
    pm.add(Flow("Tweede", "Derde"))
    pm.add(Flow("Derde", "Eerste", FlowKind.REWORK, 0.1))  # rework does not set the order
    names = [line.split(";")[0] for line in export_steps_csv(pm).splitlines()[1:]]
    assert names == ["Eerste", "Tweede", "Derde", "Los"]


def test_export_of_looping_handoffs_keeps_the_order_of_adding() -> None:
    pm = ProcessMap()
    for name in ("B", "A"):
        pm.add(Step(name, id=name))
    pm.add(Flow("A", "B"))
    pm.add(Flow("B", "A"))
    names = [line.split(";")[0] for line in export_steps_csv(pm).splitlines()[1:]]
    assert names == ["B", "A"]


def test_round_trip_of_the_rich_map_keeps_text_as_typed() -> None:
    pm = rich_map()
    back = _applied(ProcessMap(), export_steps_csv(pm), pm.details.hours_per_day)
    original = [pm.steps[step_id] for step_id in ("s1", "s2", "s3", "s4")]
    assert _rows(back) == [
        (
            step.name,
            pm.roles[step.role_id].name if step.role_id else None,
            step.process_minutes,
            step.wait_minutes,
            step.ftr_percent,
        )
        for step in original
    ]
    assert [step.note for step in back.steps.values()] == [step.note for step in original]
    assert back.steps[next(iter(back.steps))].name == "Aanmelding"
    assert any(step.note == HOSTILE[4] for step in back.steps.values())


def test_round_trip_of_odd_times() -> None:
    pm = ProcessMap()
    pm.add(Step("Stap", process_minutes=37.33, wait_minutes=1234.5, ftr_percent=33.33))
    (step,) = import_steps_csv(export_steps_csv(pm)).steps
    assert (step.process_minutes, step.wait_minutes, step.ftr_percent) == (37.33, 1234.5, 33.33)


@pytest.mark.parametrize("text", ["=SUM(A1:A9)", "+31 6 1234", "-stap", "@rol", "'=al veilig"])
def test_spreadsheet_formulas_are_neutralised_and_restored(text: str) -> None:
    pm = ProcessMap()
    pm.add(Role(text, id="r"))
    pm.add(Step(text, "r", note=text))
    exported = export_steps_csv(pm)
    assert "\n=" not in exported and ";=" not in exported
    (step,) = import_steps_csv(exported).steps
    (role,) = import_steps_csv(exported).roles
    assert (step.name, step.note, role.name) == (text, text, text)


_cell_text = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(_cell_text.map(str.strip).filter(bool), min_size=1, max_size=4),
    note=st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
    minutes=st.floats(min_value=0, max_value=1e6),
    ftr=st.floats(min_value=0, max_value=100),
)
def test_round_trip_of_any_text(names: list[str], note: str, minutes: float, ftr: float) -> None:
    pm = ProcessMap()
    pm.add(Role(names[0], id="r"))
    for name in names:
        pm.add(Step(name, "r", minutes, minutes, ftr, note))
    back = import_steps_csv(export_steps_csv(pm))
    assert [(s.name, s.note) for s in back.steps] == [(name, note) for name in names]
    assert [role.name for role in back.roles] == [names[0]]
    for step in back.steps:
        assert step.process_minutes == pytest.approx(minutes, abs=0.005)
        assert step.ftr_percent == pytest.approx(ftr, abs=0.005)


_headers = st.sampled_from(["", "naam;rol;wachttijd;ftr\n", "name,role,wait time,note\n"])
_body = st.text(st.sampled_from('naam;rol,wachttijd\tftr"\n\r x1,5u%-\x00é'), max_size=80)


@settings(max_examples=150, deadline=None)
@given(st.tuples(_headers, _body | st.text(max_size=80)).map("".join))
def test_any_text_gives_steps_or_a_list_of_problems(text: str) -> None:
    try:
        result = import_steps_csv(text)
    except CsvImportError as error:
        assert error.problems
        assert all(problem.line >= 1 for problem in error.problems)
        return
    pm = ProcessMap()
    for entity in result.entities():
        pm.add(entity)  # whatever is proposed, the map accepts
