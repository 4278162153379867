"""The method's phases without Qt: validation, what the room sees, reveal order, timing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from procesbouw.model import ProcessMap, Snapshot, ValidationError
from procesbouw.phases import PhaseClock, Reveal, audience_view, moved_to
from procesbouw.session import PHASES, Phase, Session, next_phase, previous_phase


def _session(**changes: object) -> Session:
    return replace(Session(date(2026, 11, 30), id="z"), **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"planned_minutes": (45.0, 30.0)}, "precies 5 fasen"),
        ({"spent_minutes": (0.0, 0.0, -1.0, 0.0, 0.0)}, "0 of meer"),
        ({"planned_minutes": (45.0, 0.0, 20.0, 30.0, 15.0)}, "meer dan 0 minuten"),
        ({"planned_minutes": (45.0, 481.0, 20.0, 30.0, 15.0)}, "hooguit 8 uur"),
        ({"planned_minutes": (45.0, float("nan"), 20.0, 30.0, 15.0)}, "getal"),
        ({"spent_minutes": (0.0, True, 0.0, 0.0, 0.0)}, "getal"),
        ({"phase": "koffie"}, "Onbekende fase"),
        ({"held_on": "2026-11-30"}, "datum"),
    ],
)
def test_a_session_is_validated_like_every_entity(
    changes: dict[str, object], fragment: str
) -> None:
    pm = ProcessMap()
    with pytest.raises(ValidationError, match=fragment):
        pm.add(_session(**changes))
    assert pm.sessions == {}


def test_a_snapshot_never_freezes_sessions() -> None:
    pm = ProcessMap()
    pm.add(_session())
    assert pm.content_copy().sessions == {} and pm.copy().sessions == pm.sessions
    with pytest.raises(ValidationError, match="sessies"):
        pm.add(Snapshot("Start", date(2026, 11, 30), pm.copy()))


def test_phases_follow_the_method_in_order() -> None:
    assert [p.value for p in PHASES] == [
        "build", "stories", "connections", "experiments", "agreements",
    ]  # fmt: skip
    assert next_phase(Phase.BUILD) is Phase.STORIES and next_phase(Phase.AGREEMENTS) is None
    assert previous_phase(Phase.STORIES) is Phase.BUILD and previous_phase(Phase.BUILD) is None


def test_while_building_the_room_sees_no_analysis_and_later_phases_add_it() -> None:
    building = audience_view(Phase.BUILD)
    assert not any(vars(building).values())
    assert audience_view(Phase.CONNECTIONS).hidden_connections
    assert not audience_view(Phase.STORIES).hidden_connections
    assert audience_view(Phase.EXPERIMENTS).experiments
    assert audience_view(Phase.AGREEMENTS).agreements


def test_hidden_connections_are_revealed_one_at_a_time_in_the_analysis_order() -> None:
    hidden = [("a", "b"), ("c", "a"), ("b", "d")]
    reveal = Reveal()
    assert reveal.visible(hidden) == [] and reveal.remaining(hidden) == 3
    assert reveal.next(hidden) == ("a", "b")
    assert reveal.next(hidden) == ("a", "c")  # one key per pair, whichever way round
    assert reveal.visible(hidden) == [("a", "b"), ("c", "a")]
    # The team draws the a–b link: that one is no longer hidden, the others stay shown.
    after_edit = [("c", "a"), ("b", "d")]
    assert reveal.visible(after_edit) == [("c", "a")] and reveal.remaining(after_edit) == 1
    assert reveal.next(after_edit) == ("b", "d")
    assert reveal.next(after_edit) is None
    reveal.reset()
    assert reveal.visible(hidden) == []


def test_the_clock_counts_only_while_running_and_hands_over_minutes() -> None:
    clock = PhaseClock()
    session = _session(planned_minutes=(10.0, 30.0, 20.0, 30.0, 15.0))
    clock.start(100.0)
    assert clock.phase_time(session, 100.0 + 9 * 60).over is False
    assert clock.phase_time(session, 100.0 + 10 * 60).over is True  # the quiet signal
    clock.pause(100.0 + 10 * 60)
    assert clock.seconds(5000.0) == 600.0  # paused: no time passes
    clock.start(6000.0)
    minutes = clock.take(6000.0 + 90)
    assert minutes == pytest.approx(11.5) and clock.seconds(6090.0) == 0.0 and clock.running
    moved = moved_to(session, Phase.STORIES, minutes)
    assert moved.phase is Phase.STORIES
    assert moved.spent_minutes == (11.5, 0.0, 0.0, 0.0, 0.0)
    assert clock.phase_time(moved, 6090.0 + 60).spent == pytest.approx(1.0)
