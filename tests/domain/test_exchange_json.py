"""The JSON exchange format: complete round trips, and clear refusals that import nothing."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from procesbouw import __version__
from procesbouw.exchange import (
    ExchangeError,
    InvalidMapError,
    NewerVersionError,
    NotJsonError,
    NotOurFormatError,
    TooLargeError,
    export_json,
    import_json,
    json_format,
    map_entities,
)
from procesbouw.exchange.json_format import FORMAT_VERSION
from procesbouw.model import ENTITY_TYPES, ProcessMap, Step
from tests.maps import HOSTILE, maps, rich_map


def _same(a: ProcessMap, b: ProcessMap) -> None:
    assert a == b
    for kind in ENTITY_TYPES:  # == on dicts ignores order; the canvas and report do not
        assert list(a.collection(kind)) == list(b.collection(kind))


def test_round_trip_keeps_everything_including_snapshots_and_photos() -> None:
    pm = rich_map()
    back = import_json(export_json(pm))
    _same(back, pm)
    assert back.photos["p1"].data == pm.photos["p1"].data
    assert back.snapshots["m2"].content == pm.snapshots["m2"].content
    assert back.steps["s2"].name == HOSTILE[2]
    assert back.details.description == HOSTILE[4]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps())
def test_round_trip_of_any_map(pm: ProcessMap) -> None:
    _same(import_json(export_json(pm)), pm)


def test_envelope_says_what_and_which_version() -> None:
    moment = datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
    data = json.loads(export_json(rich_map(), exported=moment))
    assert data["format"] == "procesbouw-map"
    # 2 added sessions, 3 the question to the MT, 4 measured figures, 5 the three voices
    assert data["version"] == 5
    assert data["app_version"] == __version__
    assert data["exported"] == "2026-11-24T10:30:00+00:00"
    assert data["map"]["details"]["name"] == "Zorg <aanmelding> & start"


def test_a_version_1_file_still_reads_without_the_question_to_the_mt() -> None:
    data = json.loads(export_json(rich_map()))
    data["version"] = 1
    for details in [data["map"]["details"]] + [
        s["content"]["details"] for s in data["map"]["snapshots"]
    ]:
        del details["mt_question"]
    back = import_json(json.dumps(data))
    assert back.details.mt_question == ""
    assert back.details.name == "Zorg <aanmelding> & start"


def test_the_question_to_the_mt_round_trips() -> None:
    pm = rich_map()
    pm.set_details(replace(pm.details, mt_question="Mogen we <spoed> zelf plannen?\nJa/nee"))
    assert import_json(export_json(pm)).details.mt_question == pm.details.mt_question


def test_text_is_readable_utf8_not_escaped() -> None:
    text = export_json(rich_map())
    assert "Zoë — één €" in text
    text.encode("utf-8")


def test_lone_surrogate_survives_as_escape() -> None:
    pm = ProcessMap()
    pm.add(Step("half \ud83e teken", id="s"))
    text = export_json(pm)
    text.encode("utf-8")  # writable as a file
    assert import_json(text).steps["s"].name == "half \ud83e teken"


def test_byte_order_mark_is_accepted() -> None:
    pm = rich_map()
    assert import_json("\ufeff" + export_json(pm)) == pm


def _envelope(**changes: Any) -> str:
    data = json.loads(export_json(rich_map()))
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "error", "fragment"),
    [
        ("{niet: json", NotJsonError, "regel 1"),
        ("", NotJsonError, "geen leesbaar JSON"),
        ("[" * 100_000 + "]" * 100_000, NotJsonError, "diep genest"),
        ("[1, 2]", NotOurFormatError, "geen Procesbouw-kaart"),
        ('{"format": "draw.io", "version": 1, "map": {}}', NotOurFormatError, "procesbouw-map"),
        (_envelope(version=FORMAT_VERSION + 1), NewerVersionError, "werk Procesbouw bij"),
        (_envelope(version="1"), InvalidMapError, "formaatversie"),
        (_envelope(version=0), InvalidMapError, "formaatversie"),
        (_envelope(version=True), InvalidMapError, "formaatversie"),
        (_envelope(map=[]), InvalidMapError, '"map" ontbreekt'),
    ],
)
def test_refusals(text: str, error: type[ExchangeError], fragment: str) -> None:
    with pytest.raises(error, match=fragment) as raised:
        import_json(text)
    assert raised.value.message_en
    assert raised.value.text("en") == raised.value.message_en


def test_newer_version_says_so_in_both_languages() -> None:
    with pytest.raises(NewerVersionError) as raised:
        import_json(_envelope(version=7))
    assert "gemaakt met een nieuwere versie van Procesbouw" in str(raised.value)
    assert "update Procesbouw" in raised.value.message_en
    assert raised.value.version == 7


def _with_map_change(change: Any) -> str:
    data = json.loads(export_json(rich_map()))
    change(data["map"])
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda m: m["flows"].append({"source_id": "s1", "target_id": "nope"}), "overdracht"),
        (lambda m: m["steps"][0].update(ftr_percent=150), "First-time-right"),
        (lambda m: m["steps"][0].update(process_minutes=10**400), "ongeldig"),
        (lambda m: m["steps"][0].update(wait_minutes="drie"), "getal"),
        (lambda m: m["steps"][0].update(spooky=1), "Onbekende velden"),
        (lambda m: m["photos"][0].update(data="@@geen base64@@"), "ongeldig"),
        (lambda m: m["roles"][0].update(kind="alien"), "ongeldig"),
        (lambda m: m["snapshots"][0].update(taken_on="gisteren"), "geen datum"),
        (lambda m: m["findings"].insert(0, m["findings"][0]), "ongeldig"),
        (lambda m: m["findings"][1].update(tags="direct contact"), "moet een lijst zijn"),
    ],
)
def test_invalid_content_is_refused_as_a_whole(change: Any, fragment: str) -> None:
    with pytest.raises(InvalidMapError, match=fragment):
        import_json(_with_map_change(change))


_ODD_VALUES: list[Any] = [None, 10**400, "x", [], {}, True]


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _leaves(item, (*path, key))]
    if isinstance(value, list) and value:
        return [p for index, item in enumerate(value) for p in _leaves(item, (*path, index))]
    return [path]


def test_any_odd_value_anywhere_gives_a_map_or_an_exchange_error() -> None:
    """No file, however damaged, crashes the import with anything but our error."""
    pm = ProcessMap()
    base = json.loads(export_json(rich_map()))
    del base["map"]["snapshots"][1:]  # one snapshot shows the nesting; keep the test quick
    paths = _leaves(base)
    assert len(paths) > 100
    for path in paths:
        for odd in _ODD_VALUES:
            data = copy.deepcopy(base)
            holder = data
            for key in path[:-1]:
                holder = holder[key]
            holder[path[-1]] = odd
            try:
                pm = import_json(json.dumps(data))
            except ExchangeError:
                continue
            assert isinstance(pm, ProcessMap)


def test_too_large_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_format, "MAX_CHARACTERS", 1000)
    with pytest.raises(TooLargeError, match="te groot"):
        import_json(export_json(rich_map()))


def test_map_entities_rebuild_the_map_one_by_one() -> None:
    pm = rich_map()
    rebuilt = ProcessMap(pm.details)
    for entity in map_entities(pm):
        rebuilt.add(entity)
    _same(rebuilt, pm)


def test_a_version_1_file_without_sessions_still_imports() -> None:
    data = json.loads(export_json(rich_map()))
    data["version"] = 1
    del data["map"]["sessions"]
    pm = import_json(json.dumps(data))
    assert pm.sessions == {} and pm.steps == rich_map().steps
