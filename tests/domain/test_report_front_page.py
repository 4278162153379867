"""Page 1 leads with the change, read back from a real PDF with pdftotext, and
pages rendered with pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from procesbouw.model import ProcessMap
from procesbouw.report import build_report
from procesbouw.storage import MapFile
from resources import sample_path

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _sample() -> ProcessMap:
    with MapFile.open(sample_path("zorgorganisatie"), read_only=True) as map_file:
        return map_file.map


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


@pytest.fixture(scope="module")
def sample_pages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("report") / "rapport.pdf"
    build_report(_sample(), out)
    return _pages(out)


def test_page_one_shows_the_change_before_and_after(sample_pages: list[str]) -> None:
    first = " ".join(sample_pages[0].split())
    assert "Wat er veranderde sinds ‘Start’" in first
    assert "Dagen zijn kalenderdagen (24 u)." in first
    assert "6 dagen → 1 dag" in first and "−83 %" in first
    # First-time-right: 15 % of 'Zorgplan bespreken' goes back, so 59 % now, as on page 2.
    assert "39 % → 59 %" in first and "+20 %-punt" in first
    assert "59 %" in sample_pages[1]
    assert "4,4 % → 22 %" in first and "+17 %-punt" in first  # flow efficiency


def test_page_one_has_bottlenecks_experiments_and_the_question(sample_pages: list[str]) -> None:
    first = " ".join(sample_pages[0].split())
    assert "Grootste knelpunten" in first and "Experimenten" in first
    assert "Vraag aan het MT" in first
    assert "mag de planner vanaf januari zelf een spoedintake inplannen" in first


def test_and_more_names_the_page_where_the_rest_is(sample_pages: list[str]) -> None:
    first = " ".join(sample_pages[0].split())
    assert "en 7 meer — zie pagina 2" in first  # all bottlenecks: the chart on page 2
    assert "Waar de doorlooptijd heen gaat" in sample_pages[1]
    second = " ".join(sample_pages[1].split())
    [number] = [n for n in range(3, len(sample_pages)) if "Wanneer gaat het goed" in
                sample_pages[n - 1].split("\n", 3)[-1][:400]]  # fmt: skip
    assert f"en 6 meer — zie pagina {number}" in second  # success patterns → the stories


def test_a_glossary_explains_the_words_in_plain_language(sample_pages: list[str]) -> None:
    [glossary] = [page for page in sample_pages if "Begrippen" in page]
    text = " ".join(glossary.split())
    for term in ("Stroomefficiëntie", "Kritieke pad", "First-time-right", "Verbindende rol"):
        assert term in text
    assert "Deze kaart rekent in kalenderdagen (24 u)." in text


def test_without_snapshots_page_one_shows_the_figures_now(tmp_path: Path) -> None:
    pm = _sample()
    for entity_id in [*pm.measurements, *pm.measures, *pm.snapshots]:
        pm.remove(entity_id)
    pm.set_details(replace(pm.details, mt_question="", hours_per_day=8))
    out = tmp_path / "rapport.pdf"
    build_report(pm, out)
    first = " ".join(_pages(out)[0].split())
    assert "De kerncijfers nu" in first
    assert "Dagen zijn werkdagen van 8 uur." in first
    assert "werkdag" in first  # the lead time itself says which day it means
    assert "Vraag aan het MT" not in first


def test_english_page_one(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    build_report(_sample(), out, lang="en")
    first = " ".join(_pages(out)[0].split())
    assert "What changed since ‘Start’" in first
    assert "6 days → 1 day" in first and "−83%" in first
    assert "Question for the management team" in first
    assert "Days are calendar days (24 h)." in first


def test_the_voices_charts_name_their_measure_in_full(tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    build_report(_sample(), out)
    # In drawing order: a chart's title lines, then its axes.
    text = subprocess.run(
        ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    assert "Medewerker: Verbondenheid in het team (1–10)" in words
    assert "Organisatie: Kosten per nieuwe cliënt (€)" in words
    # Their axes name the snapshot on two lines ("Na 3" / "maanden"), not "Na 3…".
    assert "Na 3…" not in words and words.count("Na 3 maanden") >= 3


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_every_page_of_the_sample_renders(tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    build_report(_sample(), out)
    done = subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(out), str(tmp_path / "page")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == ""
    assert len(list(tmp_path.glob("page-*.png"))) == len(_pages(out)) - 1  # text ends in \f
