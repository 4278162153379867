"""``procesbouw log``: event logs in, figures with known answers out, as text, JSON,
a new map or measured figures on an existing map's steps."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from procesbouw.cli import run
from procesbouw.exchange.event_figures import measure
from procesbouw.exchange.event_log import Columns, EventLogError, read_csv, read_log, read_xes
from procesbouw.model import FlowKind, ProcessMap, Snapshot, Step
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map
from tests.domain.event_logs import HAND_CHECKED, Generated

HAND_COLUMNS = Columns("zaak", "activiteit", "tijd", lifecycle="status", resource="medewerker")


@pytest.fixture
def hand_log(tmp_path: Path) -> Path:
    path = tmp_path / "aanvragen.csv"
    path.write_text(HAND_CHECKED, encoding="utf-8")
    return path


def _log_args(path: Path) -> list[str]:
    return [
        "log", str(path), "--case", "zaak", "--activity", "activiteit", "--timestamp", "tijd",
        "--lifecycle", "status", "--resource", "medewerker",
    ]  # fmt: skip


def test_the_hand_checked_log(hand_log: Path) -> None:
    """Worked out by hand in docs/analysis.md ("Event logs: a worked example")."""
    figures = measure(read_csv(hand_log, HAND_COLUMNS))
    assert figures.case_count == 2 and figures.variants == 2 and figures.events == 14
    # Lead times 1510 (case 1: Mon 09:00 → Tue 10:10) and 3210 min (case 2).
    assert figures.lead.mean == 2360 and figures.lead.median == 2360
    assert figures.lead.p80 == pytest.approx(1510 + 0.8 * 1700)
    first, review, decide = figures.activities
    assert [a.name for a in figures.activities] == ["Aanmelden", "Beoordelen", "Besluiten"]
    assert first.process.as_dict() == {"mean": 25, "median": 25, "p80": 28}
    assert first.wait.median is None  # a case's first activity has no wait
    # Beoordelen: 60, 20 and 40 min of work; waits 90 (after 09:30), 1260 (from
    # 12:00 to 09:00 the next day) and 240 min.
    assert review.count == 3
    assert review.process.as_dict() == {"mean": 40, "median": 40, "p80": 52}
    assert review.wait.as_dict() == {"mean": 530, "median": 240, "p80": 852}
    assert review.rework_share == 0.5  # twice in case 1 of its 2 cases
    assert decide.wait.as_dict() == {"mean": 1460, "median": 1460, "p80": 2312}
    assert decide.resource == "Carla"
    assert figures.follows == {
        ("Aanmelden", "Beoordelen"): 2,
        ("Beoordelen", "Beoordelen"): 1,
        ("Beoordelen", "Besluiten"): 2,
    }


def test_generated_log_lifecycle_start_column_and_xes_agree(tmp_path: Path) -> None:
    log = Generated()
    answers = []
    lifecycle = log.csv_lifecycle(tmp_path / "a.csv")
    answers.append(
        measure(
            read_csv(lifecycle, Columns("case", "activity", "time", "transition", resource="who"))
        )
    )
    starts = log.csv_start_column(tmp_path / "b.csv")
    answers.append(measure(read_csv(starts, Columns("case", "activity", "end", start="begin"))))
    answers.append(measure(read_xes(log.xes(tmp_path / "c.xes"))))
    for figures in answers:
        assert figures.case_count == 40 and figures.variants == 2
        a, b, c = figures.activities
        assert (a.name, b.name, c.name) == ("A", "B", "C")
        assert (a.count, b.count, c.count) == (40, 50, 40)
        assert b.process.median == 30 and c.process.median == 20 and a.process.mean == 10
        # 40 waits of 60 min after A, 10 of 45 min between the two B's.
        assert b.wait.as_dict() == {"mean": 57, "median": 60, "p80": 60}
        assert c.wait.median == 120
        assert b.rework_share == 0.25 and a.rework_share == c.rework_share == 0
        # 240 min per case, 315 with the second B.
        assert figures.lead.as_dict() == {"mean": 258.75, "median": 240, "p80": 315}
    assert answers[0].as_json() == answers[1].as_json() == answers[2].as_json()


def test_pairing_by_instance_and_by_order(tmp_path: Path) -> None:
    # Two overlapping instances of "Bellen" in one case: by order the first start
    # takes the first complete; by the instance column they cross.
    path = tmp_path / "bellen.csv"
    path.write_text(
        "case,act,t,life,inst\n"
        "1,Bellen,2026-01-01T09:00,start,x\n"
        "1,Bellen,2026-01-01T09:10,start,y\n"
        "1,Bellen,2026-01-01T09:20,complete,y\n"
        "1,Bellen,2026-01-01T10:00,complete,x\n"
        "1,Mailen,2026-01-01T10:30,complete,\n"
        "1,Bellen,2026-01-01T11:00,start,z\n",
        encoding="utf-8",
    )
    by_order = measure(read_csv(path, Columns("case", "act", "t", lifecycle="life")))
    # 09:00 → 09:20 and 09:10 → 10:00: 20 and 50 minutes.
    assert by_order.activities[0].process.as_dict() == {"mean": 35, "median": 35, "p80": 44}
    by_instance = measure(read_csv(path, Columns("case", "act", "t", "life", instance="inst")))
    calls = by_instance.activities[0]
    # x: 09:00 → 10:00 and y: 09:10 → 09:20: 60 and 10 minutes.
    assert calls.process.as_dict() == {"mean": 35, "median": 35, "p80": 50}
    assert by_instance.activity("Mailen").process.median == 0  # complete without start
    assert by_instance.skipped == {"complete_without_start": 1, "start_without_complete": 1}


def test_instantaneous_events_measure_waits_only(tmp_path: Path) -> None:
    path = tmp_path / "stempels.csv"
    path.write_text("id;stap;moment\nA;in;05-01-2026 09:00\nA;uit;05-01-2026 11:30\n")
    figures = measure(read_csv(path, Columns("id", "stap", "moment")))
    assert figures.activity("uit").wait.median == 150
    assert figures.activity("uit").process.median == 0
    assert figures.lead.median == 150


@pytest.mark.parametrize(
    ("text", "columns", "words"),
    [
        ("zaak;act;tijd\n1;A;gisteren\n", Columns("zaak", "act", "tijd"), "regel 2, kolom 'tijd'"),
        ("zaak;act;tijd\n;A;2026-01-01\n", Columns("zaak", "act", "tijd"), "geen zaak"),
        ("zaak;act;tijd\n1;A\n", Columns("zaak", "act", "tijd"), "te weinig kolommen"),
        ("zaak;act;tijd\n1;A;2026-01-01\n", Columns("zaak", "activiteit", "tijd"), "activiteit"),
        ("zaak;act;tijd\n", Columns("zaak", "act", "tijd"), "geen gebeurtenissen"),
        (
            "z;a;b;e\n1;A;2026-01-02;2026-01-01\n",
            Columns("z", "a", "e", start="b"),
            "begint na het einde",
        ),
    ],
)
def test_a_bad_csv_says_why_and_where(
    tmp_path: Path, text: str, columns: Columns, words: str
) -> None:
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EventLogError) as caught:
        read_csv(path, columns)
    assert words in str(caught.value)
    assert caught.value.text("en") != str(caught.value)


def test_xes_with_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bom.xes"
    path.write_text('<?xml version="1.0"?><!DOCTYPE log [<!ENTITY a "aaaaaaaa">]><log>&a;</log>')
    with pytest.raises(EventLogError, match="entiteiten"):
        read_log(path, None)


def test_cli_json_has_the_documented_shape(
    hand_log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([*_log_args(hand_log), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"cases", "activities", "variants"}
    assert data["cases"] == {
        "count": 2,
        "lead_minutes": {"mean": 2360.0, "median": 2360.0, "p80": 2870.0},
    }
    assert data["variants"] == 2
    review = data["activities"][1]
    assert set(review) == {
        "name", "count", "process_minutes", "wait_minutes", "rework_share",
    }  # fmt: skip
    assert review["name"] == "Beoordelen" and review["rework_share"] == 0.5
    assert data["activities"][0]["wait_minutes"] == {"mean": None, "median": None, "p80": None}


def test_cli_text_in_both_languages(hand_log: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(_log_args(hand_log)) == 0
    assert "Zaken: 2" in capsys.readouterr().out
    assert run([*_log_args(hand_log), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Cases: 2" in out and "Beoordelen · 3 · 40 min · 4 h · 50%" in out


def test_cli_map_makes_steps_flows_roles_and_rework(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lus.csv"
    rows = ["case,act,time,who"]
    for case in range(4):
        seq = "ABCBC" if case == 0 else "ABC"
        for minute, act in enumerate(seq):
            rows.append(f"{case},{act},2026-01-0{case + 1}T09:{minute * 10:02d},{act.lower()}-team")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    new = tmp_path / "uit-log.procesbouw"
    args = ["log", str(path), "--case", "case", "--activity", "act", "--timestamp", "time",
            "--resource", "who", "--map", str(new)]  # fmt: skip
    assert run(args) == 0
    assert "3 stappen" in capsys.readouterr().out
    with MapFile.open(new, read_only=True) as map_file:
        pm = map_file.map
    names = {s.id: s.name for s in pm.steps.values()}
    flows = {
        (names[f.source_id], names[f.target_id], f.kind, f.rework_share) for f in pm.flows.values()
    }
    assert flows == {
        ("A", "B", FlowKind.HANDOFF, None),
        ("B", "C", FlowKind.HANDOFF, None),
        ("C", "B", FlowKind.REWORK, 0.25),  # in 1 of the 4 cases with C
    }
    assert sorted(r.name for r in pm.roles.values()) == ["a-team", "b-team", "c-team"]
    b = next(s for s in pm.steps.values() if s.name == "B")
    assert b.wait_minutes == b.measured_wait_minutes == 10  # medians as the step's times
    assert b.measured_count == 5 and b.measured_source.startswith("lus.csv")
    assert run([*args, "--min-share", "0.3"]) == 1  # never overwrites
    new.unlink()
    assert run([*args, "--min-share", "0.3"]) == 0
    with MapFile.open(new, read_only=True) as map_file:
        assert all(f.kind is FlowKind.HANDOFF for f in map_file.map.flows.values())


def _team_map(path: Path) -> None:
    pm = ProcessMap()
    for name in ("aanmelden", "Beoordelen ", "Archiveren"):
        pm.add(Step(name, process_minutes=120.0))
    pm.add(Snapshot("start", __import__("datetime").date(2026, 1, 1), pm.content_copy()))
    create_from_map(path, pm).close()


def test_cli_into_attaches_by_name_and_lists_the_rest(
    hand_log: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "team.procesbouw"
    _team_map(target)
    assert run([*_log_args(hand_log), "--into", str(target)]) == 0
    out = capsys.readouterr().out
    assert "bij 2 stappen" in out and "Besluiten" in out  # no step of that name
    with MapFile.open(target, read_only=True) as map_file:
        steps = {s.name: s for s in map_file.map.steps.values()}
        snapshot = next(iter(map_file.map.snapshots.values()))
    assert steps["aanmelden"].measured_process_minutes == 25
    assert steps["aanmelden"].process_minutes == 120  # the team's estimate stays
    assert steps["Beoordelen "].measured_wait_minutes == 240
    assert steps["Archiveren"].measured_process_minutes is None
    frozen = {s.name: s for s in snapshot.content.steps.values()}
    assert frozen["aanmelden"].measured_process_minutes is None  # the snapshot keeps its own


def test_cli_into_a_snapshot(hand_log: Path, tmp_path: Path) -> None:
    target = tmp_path / "team.procesbouw"
    _team_map(target)
    assert run([*_log_args(hand_log), "--into", str(target), "--snapshot", "start"]) == 0
    with MapFile.open(target, read_only=True) as map_file:
        snapshot = next(iter(map_file.map.snapshots.values()))
        live = {s.name: s for s in map_file.map.steps.values()}
    frozen = {s.name: s for s in snapshot.content.steps.values()}
    assert frozen["aanmelden"].measured_process_minutes == 25
    assert live["aanmelden"].measured_process_minutes is None


def test_cli_refused_log_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kapot.csv"
    path.write_text("zaak;activiteit;tijd;status;medewerker\n1;A;nooit;start;x\n")
    target = tmp_path / "team.procesbouw"
    _team_map(target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    assert run([*_log_args(path), "--into", str(target), "--lang", "en"]) == 1
    assert "line 2, column 'tijd'" in capsys.readouterr().err
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    new = tmp_path / "nieuw.procesbouw"
    assert run([*_log_args(path), "--map", str(new)]) == 1
    assert not new.exists()


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["zaak", "activiteit", "tijd", "status", "medewerker"],
            {"case": "zaak", "activity": "activiteit", "timestamp": "tijd",
             "lifecycle": "status", "start": None, "resource": "medewerker", "instance": None},
        ),
        (
            ["Case ID", "Activity", "Start Timestamp", "Complete Timestamp", "Resource"],
            {"case": "Case ID", "activity": "Activity", "timestamp": "Complete Timestamp",
             "lifecycle": None, "start": "Start Timestamp", "resource": "Resource",
             "instance": None},
        ),
        (
            ["case:concept:name", "concept:name", "time:timestamp", "lifecycle:transition"],
            {"case": "case:concept:name", "activity": "concept:name",
             "timestamp": "time:timestamp", "lifecycle": "lifecycle:transition", "start": None,
             "resource": None, "instance": None},
        ),
        (
            ["Zaak-ID", "Activiteit", "Begin", "Einde", "Medewerker"],
            {"case": "Zaak-ID", "activity": "Activiteit", "timestamp": "Einde",
             "lifecycle": None, "start": "Begin", "resource": "Medewerker", "instance": None},
        ),
        (["a", "b"], dict.fromkeys(
            ("case", "activity", "timestamp", "lifecycle", "start", "resource", "instance")
        )),
    ],
)  # fmt: skip
def test_columns_are_guessed_from_usual_names(
    header: list[str], expected: dict[str, str | None]
) -> None:
    from procesbouw.exchange.event_log import guess_columns

    assert guess_columns(header) == expected


def test_an_exact_name_wins_over_one_in_other_case(hand_log: Path) -> None:
    from procesbouw.exchange.event_map import match_by_name

    pm = ProcessMap()
    other, same = Step("aanmelden"), Step("Aanmelden")
    pm.add(other)
    pm.add(same)
    figures = measure(read_csv(hand_log, HAND_COLUMNS))
    assert match_by_name(pm, figures) == {"Aanmelden": same.id}
