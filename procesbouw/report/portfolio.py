"""The portfolio PDF for the MT: an overview page with the trend across teams,
then one page per team, all from the figures the library stored at publish time
(no map is opened or re-analysed)."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from procesbouw.comparison import format_measure, measure_label
from procesbouw.report import strings
from procesbouw.report import styles as st
from procesbouw.report.context import Progress, ProgressCallback
from procesbouw.report.fonts import BOLD, REGULAR, register_fonts
from procesbouw.report.page import COVER, PORTRAIT, ReportDocument, frame_size, numbered_canvas
from procesbouw.report.tables import data_table
from procesbouw.report.text import fit_width, para, shorten
from procesbouw.storage.files import write_atomically
from procesbouw.units import format_number, format_percent

if TYPE_CHECKING:
    from procesbouw.library import LibraryVersion, VoiceFigure

_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Portfolio van de teams", "The teams' portfolio"),
    "kind": ("Teambibliotheek — overzicht voor het MT", "Team library — overview for the MT"),
    "intro": (
        "{teams} kaarten uit {where}, elk in de nieuwste gepubliceerde versie.",
        "{teams} maps from {where}, each in its newest published version.",
    ),
    "trend": ("Doorlooptijd: bij de start en nu", "Lead time: at the start and now"),
    "trend_note": (
        "Lichte balk: de eerste momentopname van het team; donkere balk: de nieuwste "
        "versie. Teams zonder momentopname hebben alleen een donkere balk.",
        "Light bar: the team's first snapshot; dark bar: the newest version. Teams "
        "without a snapshot have only a dark bar.",
    ),
    "improved": (
        "{n} van de {m} teams met een momentopname korter dan bij de start",
        "{n} of the {m} teams with a snapshot faster than at the start",
    ),
    "median_change": ("mediane verandering doorlooptijd", "median change in lead time"),
    "teams": ("kaarten", "maps"),
    "all_teams": ("Alle teams", "All teams"),
    "map": ("Kaart", "Map"),
    "version": ("Versie", "Version"),
    "published": (
        "Versie {n}, gepubliceerd door {by} op {at}", "Version {n}, published by {by} on {at}"
    ),
    "since_start": ("Sinds de start", "Since the start"),
    "since_start_of": ("Sinds ‘{label}’ ({date})", "Since ‘{label}’ ({date})"),
    "no_start": (
        "Deze kaart heeft nog geen momentopname om mee te vergelijken.",
        "This map has no snapshot to compare with yet.",
    ),
    "start": ("Start", "Start"),
    "now": ("Nu", "Now"),
    "change": ("Verandering", "Change"),
    "since": ("Sinds start", "Since start"),
    "voices": ("De drie stemmen", "The three voices"),
    "not_measured": ("Nog niet gemeten.", "Not measured yet."),
    "voices_short": ("Stemmen", "Voices"),
    "voice": ("Stem", "Voice"),
    "measure": ("Meting", "Measure"),
    "voices_note": (
        "Start: de waarde bij de eerste momentopname van het team. Nu: de waarde van de "
        "kaart nu, of (tussen haakjes) de nieuwste momentopname die er een heeft.",
        "Start: the value at the team's first snapshot. Now: the map's value now, or (in "
        "brackets) the newest snapshot that has one.",
    ),
    "contents": (
        "{steps} stappen · {findings} verhalen · {actions} experimenten · "
        "{snapshots} momentopnamen",
        "{steps} steps · {findings} stories · {actions} experiments · {snapshots} snapshots",
    ),
    "empty": ("De teambibliotheek is nog leeg.", "The team library is still empty."),
    "more": ("en {n} teams meer (zie de tabel)", "and {n} more teams (see the table)"),
    "not_available": ("—", "—"),
}  # fmt: skip
_CHART_TEAMS = 24  # teams in the overview's chart; the table below lists them all


def _label(key: str, lang: str, **values: object) -> str:
    nl, en = _LABELS[key]
    text = en if lang == "en" else nl
    return text.format(**values) if values else text


def build_portfolio(
    rows: Sequence[LibraryVersion],
    out: Path | BinaryIO,
    *,
    lang: str = "nl",
    library: str = "",
    today: date | None = None,
    progress: ProgressCallback | None = None,
) -> None:
    """Write the portfolio of ``rows`` (each map's newest version) to ``out``,
    atomically for a path; ``progress(done, total)`` may cancel between pages."""
    register_fonts()
    counter = Progress(progress, total=len(rows) + 2)
    story = _overview(rows, lang, library)
    for row in rows:
        story += [NextPageTemplate(PORTRAIT), PageBreak(), *_team_page(row, lang)]
        counter.advance()
    buffer = io.BytesIO()
    doc = ReportDocument(buffer, Progress(None), title=_label("title", lang), creator="Procesbouw")
    when = strings.format_date(today or date.today(), lang)
    doc.build(
        story,
        canvasmaker=numbered_canvas(_label("title", lang), when, strings.label("page_of", lang)),
    )
    counter.finish()
    if isinstance(out, str | os.PathLike):
        write_atomically(Path(out), buffer.getvalue())
    else:
        out.write(buffer.getvalue())


def _overview(rows: Sequence[LibraryVersion], lang: str, library: str) -> list[Flowable]:
    sheet = st.styles()
    width, _ = frame_size(PORTRAIT)
    story: list[Flowable] = [
        NextPageTemplate(COVER),
        Spacer(1, 14 * mm),
        Paragraph(para(_label("kind", lang)), sheet["cover_kind"]),
        Paragraph(para(_label("title", lang)), sheet["h1"]),
    ]
    if not rows:
        return story + [Paragraph(para(_label("empty", lang)), sheet["intro"])]
    story.append(
        Paragraph(para(_label("intro", lang, teams=len(rows), where=library)), sheet["intro"])
    )
    changes = sorted(r.lead_time_change for r in rows if r.lead_time_change is not None)
    if changes:
        median = changes[len(changes) // 2]
        improved = sum(1 for change in changes if change < 0)
        story.append(
            Paragraph(
                para(
                    f"{_label('improved', lang, n=improved, m=len(changes))} · "
                    f"{_label('median_change', lang)} {_signed_percent(median, lang)}"
                ),
                sheet["h3"],
            )
        )
    story += [
        Paragraph(para(_label("trend", lang)), sheet["h2"]),
        TeamTrend(rows, lang),
        Paragraph(para(_label("trend_note", lang)), sheet["small"]),
        Paragraph(para(_label("all_teams", lang)), sheet["h2"]),
    ]
    header = [
        strings.label("team", lang),
        _label("map", lang),
        strings.label("lead_time_expected", lang),
        strings.label("col_rolled_ftr", lang),
        strings.label("col_efficiency", lang),
        _label("since", lang),
        _label("voices_short", lang),
    ]
    table_rows = [
        [
            f"{row.team or '—'}\n{row.organisation}",
            f"{shorten(row.name, 80)} (v{row.number})",
            _duration(row.lead_time, row, lang),
            _percent(row.rolled_ftr, lang),
            _percent(row.flow_efficiency, lang),
            _signed_percent(row.lead_time_change, lang),
            "\n".join(voice.brief(lang, 14) for voice in row.voices) or "—",
        ]
        for row in rows
    ]
    shares = [0.14, 0.16, 0.15, 0.10, 0.11, 0.08, 0.26]
    story.append(data_table(header, table_rows, [width * s for s in shares], (2, 3, 4, 5)))
    return story


def _team_page(row: LibraryVersion, lang: str) -> list[Flowable]:
    sheet = st.styles()
    width, _ = frame_size(PORTRAIT)
    when = strings.format_date(row.published_at.astimezone().date(), lang)
    story: list[Flowable] = [
        Paragraph(para(f"{row.organisation} · {row.team}".strip(" ·")), sheet["cover_kind"]),
        Paragraph(para(shorten(row.name, 200)), sheet["h1"]),
        Paragraph(
            para(_label("published", lang, n=row.number, by=row.published_by, at=when)),
            sheet["intro"],
        ),
        Paragraph(
            para(
                _label(
                    "contents",
                    lang,
                    steps=row.step_count,
                    findings=row.finding_count,
                    actions=row.action_count,
                    snapshots=row.snapshot_count,
                )
            ),
            sheet["small"],
        ),
    ]
    figures = [
        (strings.label("lead_time_expected", lang), _duration(row.lead_time, row, lang)),
        (strings.label("lead_time_first_pass", lang),
         _duration(row.lead_time_first_pass, row, lang)),
        (strings.label("rolled_ftr", lang), _percent(row.rolled_ftr, lang)),
        (strings.label("flow_efficiency", lang), _percent(row.flow_efficiency, lang)),
        (strings.label("handoffs", lang),
         "—" if row.handoffs is None else strings.format_count(row.handoffs, lang)),
    ]  # fmt: skip
    story.append(Spacer(1, 4 * mm))
    story.append(data_table([strings.label("figure", lang), _label("now", lang)], figures,
                            [width * 0.6, width * 0.4], (1,)))  # fmt: skip
    if row.first_label is None or row.first_taken_on is None:
        story.append(Paragraph(para(_label("since_start", lang)), sheet["h2"]))
        story.append(Paragraph(para(_label("no_start", lang)), sheet["small"]))
    else:
        heading = _label(
            "since_start_of",
            lang,
            label=shorten(row.first_label, 60),
            date=strings.format_date(row.first_taken_on, lang),
        )
        story.append(Paragraph(para(heading), sheet["h2"]))
        pairs = [
            ("lead_time_expected", row.first_lead_time, row.lead_time, True),
            ("rolled_ftr", row.first_rolled_ftr, row.rolled_ftr, False),
            ("flow_efficiency", row.first_flow_efficiency, row.flow_efficiency, False),
        ]
        comparison = [
            [
                strings.label(key, lang),
                _duration(before, row, lang) if is_time else _percent(before, lang),
                _duration(after, row, lang) if is_time else _percent(after, lang),
                _change(before, after, is_time, lang),
            ]
            for key, before, after, is_time in pairs
        ]
        header = [strings.label("figure", lang), _label("start", lang), _label("now", lang),
                  _label("change", lang)]  # fmt: skip
        shares = [0.4, 0.2, 0.2, 0.2]
        story.append(data_table(header, comparison, [width * s for s in shares], (1, 2, 3)))
    story.append(Paragraph(para(_label("voices", lang)), sheet["h2"]))
    if not row.voices:
        story.append(Paragraph(para(_label("not_measured", lang)), sheet["small"]))
        return story
    voices = [
        [
            strings.enum_name(voice.voice, lang),
            shorten(measure_label(voice.measure), 80),
            "—" if voice.first is None else format_measure(voice.first, voice.measure, lang),
            voice.shown(lang) + ("" if voice.at is None else f"\n({shorten(voice.at, 30)})"),
            _voice_change(voice, lang),
        ]
        for voice in row.voices
    ]
    header = [_label("voice", lang), _label("measure", lang), _label("start", lang),
              _label("now", lang), _label("change", lang)]  # fmt: skip
    shares = [0.15, 0.37, 0.14, 0.16, 0.18]
    story.append(data_table(header, voices, [width * s for s in shares], (2, 3, 4)))
    story += [Spacer(1, 1.5 * mm), Paragraph(para(_label("voices_note", lang)), sheet["small"])]
    return story


def _voice_change(voice: VoiceFigure, lang: str) -> str:
    """``+2,1 beter``; ``—`` without a value at the first snapshot to compare with."""
    if voice.improved is None:
        return voice.shown_change(lang)
    verdict = strings.label("better" if voice.improved else "worse", lang)
    return f"{voice.shown_change(lang)} {verdict}"


class TeamTrend(Flowable):
    """Per team two bars: the lead time at its first snapshot and now, on one scale."""

    _ROW = 22.0
    _LABEL = 150.0
    _VALUE = 70.0

    def __init__(self, rows: Sequence[LibraryVersion], lang: str) -> None:
        super().__init__()
        measured = [r for r in rows if r.lead_time is not None]
        # Biggest improvement first: the MT sees what works at the top.
        measured.sort(key=lambda r: (r.lead_time_change is None, r.lead_time_change or 0.0))
        self.rows = measured[:_CHART_TEAMS]
        self.more = len(measured) - len(self.rows)
        self.lang = lang

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self.rows) * self._ROW + (14 if self.more else 4)
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        longest = max(
            max(r.lead_time or 0.0, r.first_lead_time or 0.0) for r in self.rows
        ) if self.rows else 1.0  # fmt: skip
        room = self.width - self._LABEL - self._VALUE
        for index, row in enumerate(self.rows):
            top = self.height - index * self._ROW
            canvas.setFillColor(st.INK)
            canvas.setFont(BOLD, 8)
            canvas.drawString(0, top - 9, fit_width(row.team or row.name, BOLD, 8, self._LABEL - 8))
            canvas.setFillColor(st.MUTED)
            canvas.setFont(REGULAR, 7)
            canvas.drawString(0, top - 18, fit_width(row.organisation, REGULAR, 7, self._LABEL - 8))
            if row.first_lead_time is not None:
                canvas.setFillColor(st.colors.HexColor("#9FB3C8"))
                bar = max(room * row.first_lead_time / (longest or 1.0), 2)
                canvas.roundRect(self._LABEL, top - 9, bar, 7, 2, 0, 1)
            canvas.setFillColor(st.NAVY)
            now = max(room * (row.lead_time or 0.0) / (longest or 1.0), 2)
            canvas.roundRect(self._LABEL, top - 18, now, 7, 2, 0, 1)
            canvas.setFont(BOLD, 8)
            text = _duration(row.lead_time, row, self.lang)
            if row.lead_time_change is not None:
                text += f"  {_signed_percent(row.lead_time_change, self.lang)}"
                canvas.setFillColor(st.NAVY if row.lead_time_change <= 0 else st.ALERT)
            canvas.drawString(self._LABEL + now + 5, top - 18, text)
        if self.more:
            canvas.setFillColor(st.MUTED)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawString(self._LABEL, 2, _label("more", self.lang, n=self.more))


def _duration(minutes: float | None, row: LibraryVersion, lang: str) -> str:
    if minutes is None:
        return "—"
    return strings.format_minutes(minutes, row.hours_per_day, lang)


def _percent(fraction: float | None, lang: str) -> str:
    return "—" if fraction is None else format_percent(fraction, lang)


def _signed_percent(fraction: float | None, lang: str) -> str:
    if fraction is None:
        return "—"
    sign = "+" if fraction > 0 else "−" if fraction < 0 else ""
    return (sign + format_percent(abs(fraction), lang)).replace(" ", "\u00a0")


def _change(before: float | None, after: float | None, is_time: bool, lang: str) -> str:
    """Relative for times (−83 %), percentage points for fractions (+12 pp)."""
    if before is None or after is None:
        return "—"
    if is_time:
        return _signed_percent((after - before) / before if before else None, lang)
    points = (after - before) * 100
    sign = "+" if points > 0 else "−" if points < 0 else ""
    return f"{sign}{format_number(abs(points), 0, lang)} {'pp' if lang == 'en' else 'procentpunt'}"
