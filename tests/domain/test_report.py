"""The PDF report, read back: what an MT member would read is there, as typed."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from procesbouw.analysis import analyse
from procesbouw.model import Finding, Flow, Photo, ProcessMap, Role, Step
from procesbouw.report import ReportCancelled, UnknownSnapshotError, build_report
from procesbouw.report.strings import format_minutes
from procesbouw.report.tables import CELL_LIMIT
from procesbouw.report.text import truncate
from procesbouw.units import format_percent
from tests.maps import (
    HOSTILE_TEXTS,
    LONG_STORY,
    LONG_WORD,
    care_map,
    lego_photo,
)


def pdf_pages(pm: ProcessMap, **options: object) -> list[str]:
    out = io.BytesIO()
    build_report(pm, out, **options)  # type: ignore[arg-type]
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    return [page.extract_text() or "" for page in reader.pages]


def body_text(pages: list[str], running: tuple[str, ...]) -> str:
    """The pages joined without the running header and footer lines."""
    lines = [
        line
        for page in pages
        for line in page.splitlines()
        if line.strip() not in running and not re.fullmatch(r"pagina \d+ van \d+", line.strip())
    ]
    return "\n".join(lines)


def squeezed(text: str) -> str:
    """Text without any whitespace: line breaks fall wherever the layout puts them."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def care() -> ProcessMap:
    return care_map()


@pytest.fixture(scope="module")
def care_pages(care: ProcessMap) -> list[str]:
    return pdf_pages(care)


def test_summary_shows_the_key_figures_in_dutch_format(
    care: ProcessMap, care_pages: list[str]
) -> None:
    figures = analyse(care).figures
    assert figures is not None
    summary = care_pages[1]
    assert "De cijfers achter de verandering" in summary
    hours = care.details.hours_per_day
    for minutes in (
        figures.lead_time_expected,
        figures.lead_time_first_pass,
        figures.process_time,
    ):
        assert format_minutes(minutes, hours, "nl") in summary
    assert round(figures.flow_efficiency, 3) == 0.038
    assert "3,8 %" in summary  # below 10 % with one decimal, Dutch comma
    assert format_percent(figures.rolled_ftr, "nl") in summary
    assert "Overdrachten" in summary and str(figures.handoffs) in summary
    assert "," in format_minutes(figures.lead_time_first_pass, hours, "nl")  # 7,7 d


def test_the_summary_is_one_page_even_with_long_lists() -> None:
    pm = care_map(with_photos=False)
    step_ids = list(pm.steps)
    for index in range(25):
        pm.add(Finding(f"Extra verhaal {index} " + "lang " * 40, tags=("vaste planner",),
                       step_ids=tuple(step_ids[:3])))  # fmt: skip
    pages = pdf_pages(pm)
    assert "De cijfers achter de verandering" in pages[1]
    assert "meer" in pages[1]  # "en N meer"
    assert "De proceskaart" in pages[2]


def test_every_finding_appears_with_its_voice_tags_and_steps(
    care: ProcessMap, care_pages: list[str]
) -> None:
    text = "\n".join(care_pages)
    flat = squeezed(text)
    for finding in care.findings.values():
        assert squeezed(finding.title) in flat
        assert squeezed(finding.story) in flat
        for tag in finding.tags:
            assert tag in text
    assert "Medewerker" in text and "Klant" in text and "Organisatie" in text
    assert "Stappen: Verwijzing opvragen, Verwijzing sturen" in text


def test_experiments_are_grouped_by_form_of_change(care_pages: list[str]) -> None:
    text = "\n".join(care_pages)
    start = text.index("Experimenten\nKleine")
    section = text[start:]
    assert section.index("Verbeteren") < section.index("Vernieuwen") < section.index("Innovatie")
    assert "Transitie" not in section.split("Vergelijking")[0]  # no empty groups
    assert "Eigenaar: Teamleider Oost" in section
    assert "Gereed: 15 december 2026" in section


def test_two_snapshots_give_a_comparison_with_the_change(
    care: ProcessMap, care_pages: list[str]
) -> None:
    text = "\n".join(care_pages)
    assert "Vergelijking van momentopnamen" in text
    first, last = sorted(care.snapshots.values(), key=lambda s: s.taken_on)
    before = analyse(first.content).figures
    after = analyse(last.content).figures
    assert before is not None and after is not None
    hours = care.details.hours_per_day
    change = round(
        (after.lead_time_expected - before.lead_time_expected) / before.lead_time_expected * 100
    )
    expected = (
        f"{format_minutes(before.lead_time_expected, hours, 'nl')} → "
        f"{format_minutes(after.lead_time_expected, hours, 'nl')}, −{abs(change)} %"
    )  # fmt: skip
    assert expected in text
    # The lead-time chart's title has one pair of brackets, not "(verwacht) (dagen)".
    assert "Doorlooptijd (verwacht), in " in text and "(verwacht) (" not in text


def test_one_snapshot_gives_no_comparison() -> None:
    pm = care_map(with_photos=False)
    pm.remove(next(iter(pm.snapshots)))
    assert "Vergelijking van momentopnamen" not in "\n".join(pdf_pages(pm))


def test_english_report_has_english_labels_and_formats(care: ProcessMap) -> None:
    text = "\n".join(pdf_pages(care, lang="en"))
    assert "The figures behind the change" in text
    assert "Lead time (expected)" in text
    assert "page 2 of" in text
    assert "24 November 2026" in text
    assert "Samenvatting" not in text and "pagina" not in text


def test_every_page_but_the_cover_has_name_date_and_page_number(care_pages: list[str]) -> None:
    total = len(care_pages)
    assert "pagina 1 van" not in care_pages[0]  # no footer; "zie pagina 2" is content
    for number, page in enumerate(care_pages[1:], start=2):
        assert f"pagina {number} van {total}" in page
        assert "Van aanmelding tot start zorg" in page
        assert "24 november 2026" in page


def test_hostile_text_appears_exactly_as_typed() -> None:
    pm = care_map(with_photos=False)
    role = next(iter(pm.roles.values()))
    for index, text in enumerate(HOSTILE_TEXTS):
        pm.add(Step(text, role.id, x=index * 210.0, y=600.0))
        pm.add(Finding(text, story=f"Verhaal: {text}", tags=(text[:20],)))
    pm.add(Finding(LONG_WORD, story=LONG_STORY + " EINDE-VAN-HET-VERHAAL"))
    note = "Notitie bij de stap. " * 500 + "EINDE-VAN-DE-NOTITIE"  # cut in its table cell
    pm.add(Step(LONG_WORD, role.id, note=note, x=0.0, y=900.0))
    pm.add(Finding("Stuurtekens\x00\x07\x1b weg", story="regel één\r\nregel twee\ttab"))
    pm.set_details(replace(pm.details, team="<team> & co </para>"))
    pages = pdf_pages(pm)
    text = body_text(pages, (pm.details.name, "24 november 2026", "Procesbouw"))
    flat = squeezed(text)
    for typed in HOSTILE_TEXTS[:4]:
        assert typed in text, typed
    # Right-to-left script prints in typed (logical) order; extractors may reverse it.
    assert "שלום" in text or "םולש" in text
    # Emoji and CJK lie beyond the font; they print as the replacement character.
    assert "Supersnel \ufffd geregeld \ufffd echt" in text
    assert "Tanaka \ufffd\ufffd\ufffd" in text
    assert LONG_WORD in flat
    assert "EINDE-VAN-HET-VERHAAL" in flat
    # A table cell shows the first CELL_LIMIT characters and an ellipsis: the whole
    # cell is re-wrapped at every page split, so more would make the report crawl.
    assert "EINDE-VAN-DE-NOTITIE" not in flat
    shown = squeezed(truncate(note, CELL_LIMIT))
    assert shown.endswith("…") and shown[-12:] in flat
    assert squeezed(LONG_STORY) in flat  # all 10,000 characters, over several pages
    assert "Stuurtekens weg" in text
    assert "<team> & co </para>" in pages[0]


def test_the_pdf_renders_with_poppler_without_complaints(tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pm = care_map()
    role = next(iter(pm.roles.values()))
    for text in HOSTILE_TEXTS:
        pm.add(Step(text, role.id, y=900.0))
    out = tmp_path / "rapport.pdf"
    build_report(pm, out)
    done = subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(out), str(tmp_path / "page")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stderr == ""
    assert len(list(tmp_path.glob("page-*.png"))) == len(pypdf.PdfReader(out).pages)


def test_a_big_map_is_split_into_tiles_after_an_overview() -> None:
    pm = ProcessMap()
    role = Role("Team")
    pm.add(role)
    previous = None
    for index in range(30):
        step = Step(
            f"Stap {index + 1}", role.id, 10, 60, x=(index % 15) * 210.0, y=(index // 15) * 400.0
        )
        pm.add(step)
        if previous is not None:
            pm.add(Flow(previous.id, step.id))
        previous = step
    text = "\n".join(pdf_pages(pm))
    assert "Overzicht: de kaart is verdeeld over" in text
    assert "De proceskaart — deel A1" in text
    assert "De proceskaart — deel B1" in text
    assert "Stap 30" in text


def test_a_small_map_fits_on_one_map_page(care_pages: list[str]) -> None:
    text = "\n".join(care_pages)
    assert "Overzicht" not in text and "deel A1" not in text
    assert squeezed("Aanmelding registreren") in squeezed(care_pages[2])


def test_cancelling_leaves_no_file_and_keeps_an_old_one(tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"the previous report")
    calls: list[tuple[int, int]] = []

    def stop_halfway(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total // 2

    with pytest.raises(ReportCancelled):
        build_report(care_map(), out, progress=stop_halfway)
    assert out.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]
    assert calls and calls[-1][0] >= calls[-1][1] // 2


def test_cancelling_before_anything_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    with pytest.raises(ReportCancelled):
        build_report(care_map(), out, progress=lambda done, total: False)
    assert list(tmp_path.iterdir()) == []


def test_progress_counts_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    build_report(care_map(), tmp_path / "r.pdf", progress=lambda d, t: calls.append((d, t)) or True)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1]
    assert all(d < t for d, t in calls[:-1])
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_a_snapshot_report_shows_that_snapshot_and_says_so(care: ProcessMap) -> None:
    start = next(s for s in care.snapshots.values() if s.label == "Start")
    pages = pdf_pages(care, snapshot_label="Start")
    assert "momentopname ‘Start’ van 24 augustus 2026" in pages[0]
    figures = analyse(start.content).figures
    assert figures is not None
    hours = care.details.hours_per_day
    assert format_minutes(figures.lead_time_expected, hours, "nl") in pages[1]
    assert "24 augustus 2026" in pages[1]  # the snapshot's date in the header


def test_an_unknown_snapshot_names_the_ones_there_are(care: ProcessMap) -> None:
    with pytest.raises(UnknownSnapshotError, match="Start.*Na 3 maanden"):
        build_report(care, io.BytesIO(), snapshot_label="Bestaat niet")


def test_photos_are_embedded_and_a_broken_photo_does_not_stop_the_export() -> None:
    pm = care_map()
    finding = next(iter(pm.findings.values()))
    pm.add(Photo(b"not an image at all", "image/png", "Kapot", finding.id))
    pm.add(Photo(lego_photo(300, 900, 3), "image/jpeg", "Staand", finding.id))
    out = io.BytesIO()
    build_report(pm, out)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    images = sum(len(page.images) for page in reader.pages)
    assert images == 3  # the build (opening the stories), two readable finding photos
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "(foto kon niet worden gelezen)" in text


def test_an_empty_map_still_gives_a_report() -> None:
    text = "\n".join(pdf_pages(ProcessMap()))
    assert "Deze kaart heeft nog geen stappen." in text
    assert "Nog geen verhalen vastgelegd." in text


def test_two_reports_can_be_built_at_once_in_worker_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    maps = [care_map(with_photos=False), care_map(with_photos=False)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda pm: pdf_pages(pm, lang="en"), maps))
    assert all("The figures behind the change" in pages[1] for pages in results)
