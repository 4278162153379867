"""Publishing maps as versions, browsing them and opening one as a map file, on a
real PostgreSQL server and on the SQLite default (see conftest.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from procesbouw.analysis import analyse
from procesbouw.library import (
    Library,
    NewerVersionExistsError,
    NotInLibraryError,
    open_version,
    publish_file,
    remembered,
)
from procesbouw.storage import MapFile
from procesbouw.storage.whole_map import create_from_map
from tests.maps import full_map


def test_a_published_map_comes_back_whole_with_its_figures_in_columns(url: URL) -> None:
    pm = full_map()
    before = datetime.now(UTC)
    with Library.open(url) as library:
        origin = library.publish(pm, "Anouk")
        back, back_origin = library.fetch(origin.map_id, 1)
        [listed] = library.latest_versions()
    assert back == pm  # findings, experiments, photos and snapshots included
    assert back_origin == origin and origin.version == 1
    assert origin.library == remembered(url)
    figures = analyse(pm).figures
    assert figures is not None
    assert (listed.name, listed.team, listed.organisation) == (
        pm.details.name, pm.details.team, pm.details.organisation
    )  # fmt: skip
    assert listed.published_by == "Anouk" and listed.published_at >= before
    assert listed.lead_time == pytest.approx(figures.lead_time_expected)
    assert listed.rolled_ftr == pytest.approx(figures.rolled_ftr)
    assert listed.flow_efficiency == pytest.approx(figures.flow_efficiency)
    assert listed.handoffs == figures.handoffs
    assert listed.photo_count == 2 and listed.snapshot_count == 2
    first = min(pm.snapshots.values(), key=lambda s: s.taken_on)
    first_figures = analyse(first.content).figures
    assert listed.first_label == first.label and first_figures is not None
    assert listed.first_lead_time == pytest.approx(first_figures.lead_time_expected)


def test_publishing_again_from_the_opened_file_adds_the_next_version(
    url: URL, tmp_path: Path
) -> None:
    pm = full_map()
    with Library.open(url) as library:
        first = library.publish(pm, "Anouk")
        with open_version(library, first.map_id, None, tmp_path / "kaart.procesbouw") as mf:
            assert mf.library_origin == first
            mf.set_details(replace(mf.map.details, description="na de tweede sessie"))
            second = publish_file(library, mf, "Bram")
            assert mf.library_origin == second and second.version == 2
        versions = library.versions(first.map_id)
        assert [v.number for v in versions] == [2, 1]  # newest first
        assert [v.published_by for v in versions] == ["Bram", "Anouk"]
        # Version 1 is untouched: nothing is ever overwritten.
        assert library.fetch(first.map_id, 1)[0] == pm
        assert library.fetch(first.map_id, 2)[0].details.description == "na de tweede sessie"
    with MapFile.open(tmp_path / "kaart.procesbouw", read_only=True) as reopened:
        assert reopened.library_origin == second  # the file remembers where it came from


def test_a_newer_version_in_between_is_refused_naming_who_and_when(url: URL) -> None:
    with Library.open(url) as library:
        base = library.publish(full_map(), "Anouk")
        library.publish(full_map(), "Bram", base)  # a colleague publishes version 2
        with pytest.raises(NewerVersionExistsError) as refused:
            library.publish(full_map(), "Anouk", base)
        assert refused.value.latest == 2 and refused.value.published_by == "Bram"
        assert "versie 2, door Bram op" in str(refused.value)
        assert "publiceer toch als versie 3" in str(refused.value)
        assert "by Bram on" in refused.value.message_en
        assert [v.number for v in library.versions(base.map_id)] == [2, 1]  # nothing added
        anyway = library.publish(full_map(), "Anouk", base, anyway=True)
        assert anyway.version == 3 and anyway.map_id == base.map_id


def test_a_map_that_did_not_come_from_the_library_does_not_silently_join_one(url: URL) -> None:
    with Library.open(url) as library:
        library.publish(full_map(), "Anouk")
        with pytest.raises(NewerVersionExistsError, match="al een kaart"):
            library.publish(full_map(), "Bram")  # same organisation, team and name
        other = full_map()
        other.set_details(replace(other.details, team="Team Zuid"))
        library.publish(other, "Bram")  # another team's map is a map of its own
        assert [v.team for v in library.latest_versions()] == ["Team Noord", "Team Zuid"]
        assert [v.team for v in library.latest_versions("Nergens")] == []


def test_the_portfolio_lists_each_maps_latest_version_only(url: URL) -> None:
    with Library.open(url) as library:
        a = library.publish(full_map(), "Anouk")
        library.publish(full_map(), "Anouk", a)
        other = full_map()
        other.set_details(replace(other.details, organisation="Gemeente Oost", team="Wmo"))
        library.publish(other, "Cor")
        rows = library.latest_versions()
        assert [(r.organisation, r.number) for r in rows] == [
            ("Gemeente Oost", 1), ("Stichting Één", 2)
        ]  # fmt: skip
        assert [r.organisation for r in library.latest_versions("Gemeente Oost")] == [
            "Gemeente Oost"
        ]
        assert library.organisations() == ["Gemeente Oost", "Stichting Één"]


def test_an_unknown_map_or_version_is_a_clear_error(url: URL) -> None:
    with Library.open(url) as library:
        origin = library.publish(full_map(), "Anouk")
        with pytest.raises(NotInLibraryError, match="versie 7"):
            library.fetch(origin.map_id, 7)
        with pytest.raises(NotInLibraryError):
            library.fetch("no-such-map")


def test_opening_a_version_never_overwrites_a_file(url: URL, tmp_path: Path) -> None:
    target = tmp_path / "kaart.procesbouw"
    create_from_map(target, full_map()).close()
    before = target.read_bytes()
    with Library.open(url) as library:
        origin = library.publish(full_map(), "Anouk")
        with pytest.raises(Exception, match="bestaat al"):
            open_version(library, origin.map_id, 1, target)
    assert target.read_bytes() == before
