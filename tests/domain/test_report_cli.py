"""``procesbouw report FILE -o OUT.pdf``: a PDF from a map file, or a clear refusal."""

from __future__ import annotations

import argparse
from pathlib import Path

import pypdf
import pytest

from procesbouw.cli import report
from procesbouw.model import ProcessMap
from procesbouw.storage import MapFile
from tests.maps import care_map


def run_report(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    report.add_arguments(parser)
    return report.run(parser.parse_args(list(argv)))


def save(pm: ProcessMap, path: Path) -> Path:
    with MapFile.create(path, pm.details) as map_file, map_file.batch():
        for collection in (pm.roles, pm.steps, pm.flows, pm.role_links, pm.findings,
                           pm.actions, pm.photos, pm.snapshots):  # fmt: skip
            for entity in collection.values():
                map_file.add(entity)
    return path


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save(care_map(), tmp_path_factory.mktemp("maps") / "zorg.procesbouw")


def test_writes_the_report_of_a_map_file(map_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    assert run_report(str(map_path), "-o", str(out), "--lang", "en") == 0
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "The figures behind the change" in text
    assert "Van aanmelding tot start zorg" in text


def test_reports_a_snapshot(map_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "start.pdf"
    assert run_report(str(map_path), "-o", str(out), "--snapshot", "Start") == 0
    assert "momentopname ‘Start’" in pypdf.PdfReader(out).pages[0].extract_text()


def test_an_unknown_snapshot_is_refused_in_dutch(
    map_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert run_report(str(map_path), "-o", str(out), "--snapshot", "Later") == 1
    assert "Momentopname ‘Later’ bestaat niet" in capsys.readouterr().err
    assert not out.exists()


def test_a_file_that_is_not_a_map_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "kapot.procesbouw"
    bad.write_bytes(b"dit is geen kaart")
    out = tmp_path / "x.pdf"
    assert run_report(str(bad), "-o", str(out)) == 1
    assert capsys.readouterr().err.strip()
    assert not out.exists()


def test_an_unwritable_destination_is_refused(
    map_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bestaat-niet" / "x.pdf"
    assert run_report(str(map_path), "-o", str(out)) == 1
    assert "Kan het rapport niet schrijven" in capsys.readouterr().err


def test_the_sample_map_reports_six_days_to_one(tmp_path: Path) -> None:
    from resources import sample_path

    try:
        sample = sample_path("zorgorganisatie")
    except FileNotFoundError:
        pytest.skip("the sample map has not been built")
    out = tmp_path / "zorg.pdf"
    assert run_report(str(sample), "-o", str(out)) == 0
    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    assert "De cijfers achter de verandering" in pages[1]
    assert "6 dagen → 1 dag, −83 %" in "\n".join(pages)
