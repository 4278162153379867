"""Builds the whole report: picks the content (the map or one of its
snapshots), analyses it, lays out the sections in order and writes the PDF
atomically, so a cancelled or failed export leaves no file behind."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from procesbouw.analysis import analyse
from procesbouw.model import ProcessMap, Snapshot, ValidationError
from procesbouw.report import strings
from procesbouw.report.appendix import appendix_section
from procesbouw.report.comparison import comparison_section
from procesbouw.report.context import Progress, ProgressCallback, ReportContext
from procesbouw.report.cover import cover_section
from procesbouw.report.experiments import experiments_section
from procesbouw.report.fonts import register_fonts
from procesbouw.report.glossary import glossary_section
from procesbouw.report.map_section import map_section
from procesbouw.report.page import ReportDocument, numbered_canvas
from procesbouw.report.role_network import role_network_section
from procesbouw.report.stories import stories_section
from procesbouw.report.summary import summary_section
from procesbouw.report.text import one_line
from procesbouw.storage.files import write_atomically

Section = Callable[[ReportContext], list[Flowable]]

# The order an MT reads in: the story in one page, then the evidence.
SECTIONS: tuple[Section, ...] = (
    cover_section,
    summary_section,
    map_section,
    role_network_section,
    stories_section,
    experiments_section,
    comparison_section,
    glossary_section,
    appendix_section,
)


class UnknownSnapshotError(ValidationError):
    """``snapshot_label`` names no snapshot of the map; the message lists those that exist."""


def build_report(
    pm: ProcessMap,
    out: Path | BinaryIO,
    *,
    lang: str = "nl",
    snapshot_label: str | None = None,
    progress: ProgressCallback | None = None,
) -> None:
    """Write the PDF report of ``pm`` (or of its snapshot ``snapshot_label``) to ``out``.

    ``progress(done, total)`` is called between pieces of work; when it returns
    False the export stops with ReportCancelled and nothing is written."""
    if lang not in strings.LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}")
    register_fonts()
    ctx = _context(pm, lang, snapshot_label, Progress(progress))
    story: list[Flowable] = []
    for section in SECTIONS:
        story += section(ctx)
        ctx.progress.advance()
    # Laying out: one more piece per flowable (afterFlowable), then writing.
    ctx.progress.total = ctx.progress.done + len(story) + 1
    pdf = _render(ctx, story)
    ctx.progress.finish()
    _write(pdf, out)


def _context(
    pm: ProcessMap, lang: str, snapshot_label: str | None, progress: Progress
) -> ReportContext:
    snapshots = sorted(pm.snapshots.values(), key=lambda s: s.taken_on)
    snapshot = _find_snapshot(snapshots, snapshot_label) if snapshot_label is not None else None
    content = snapshot.content if snapshot is not None else pm
    # Snapshots keep no photos; show the map's photos of findings the snapshot still has.
    photos = [
        p for p in pm.photos.values() if p.finding_id is None or p.finding_id in content.findings
    ]
    progress.total = len(SECTIONS) + len(photos) + len(snapshots) + 1
    analysis = analyse(content)
    progress.advance()
    compared = []
    if snapshot is None:
        for each in snapshots:
            compared.append((each, analyse(each.content)))
            progress.advance()
    details = content.details
    when = snapshot.taken_on if snapshot else details.session_date or date.today()
    return ReportContext(
        pm=content,
        analysis=analysis,
        lang=lang,
        report_date=when,
        photos=photos,
        progress=progress,
        snapshot=snapshot,
        snapshots=compared,
        measured=pm,
    )


def _find_snapshot(snapshots: list[Snapshot], label: str) -> Snapshot:
    for snapshot in snapshots:
        if snapshot.label == label:
            return snapshot
    known = ", ".join(f"‘{s.label}’" for s in snapshots) or "geen"
    raise UnknownSnapshotError(f"Momentopname ‘{label}’ bestaat niet. Beschikbaar: {known}.")


def _render(ctx: ReportContext, story: list[Flowable]) -> bytes:
    buffer = io.BytesIO()
    details = ctx.pm.details
    doc = ReportDocument(
        buffer,
        ctx.progress,
        title=one_line(details.name),
        author=one_line(details.facilitator),
        subject=ctx.label("report_kind"),
        creator="Procesbouw",
    )
    canvas_class = numbered_canvas(
        details.name, ctx.date(ctx.report_date), strings.label("page_of", ctx.lang)
    )
    doc.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def _write(pdf: bytes, out: Path | BinaryIO) -> None:
    """Write ``pdf`` to a file (atomically: temp file beside it, then rename) or a stream."""
    if not isinstance(out, str | os.PathLike):
        out.write(pdf)
        return
    write_atomically(Path(out), pdf)
