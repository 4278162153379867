"""Page templates: the cover, portrait pages and landscape pages (for the map),
with a running header and a "pagina N van M" footer on every page but the cover.

The total page count is only known at the end, so the canvas keeps each page's
state and draws the header and footer when the document is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from procesbouw.report import styles as st
from procesbouw.report.context import Progress
from procesbouw.report.fonts import BOLD, REGULAR
from procesbouw.report.text import fit_width

COVER, PORTRAIT, LANDSCAPE = "cover", "portrait", "landscape"


def margin(page_width: float, page_height: float) -> float:
    """Landscape pages hold the map: narrower margins give it more room."""
    return st.MAP_MARGIN if page_width > page_height else st.MARGIN


def frame_size(template: str) -> tuple[float, float]:
    """Width and height available to flowables on a page of ``template``."""
    width, height = st.LANDSCAPE if template == LANDSCAPE else st.PORTRAIT
    edge = margin(width, height)
    return width - 2 * edge, height - 2 * edge - 2 * st.HEADER_HEIGHT


def _frame(template: str) -> Frame:
    width, height = frame_size(template)
    top_space = 0 if template == COVER else st.HEADER_HEIGHT
    edge = margin(*(st.LANDSCAPE if template == LANDSCAPE else st.PORTRAIT))
    return Frame(
        edge,
        edge + top_space,
        width,
        height + (2 * st.HEADER_HEIGHT if template == COVER else 0),
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=template,
    )


def _draw_cover_band(canvas: Canvas, doc: BaseDocTemplate) -> None:
    width, height = st.PORTRAIT
    canvas.saveState()
    canvas.setFillColor(st.NAVY)
    canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
    canvas.setFillColor(st.ACCENT)
    canvas.rect(0, height - 16 * mm, width, 2 * mm, stroke=0, fill=1)
    # A row of studs along the band: the LEGO table the report comes from.
    canvas.setFillColor(st.colors.HexColor("#2A4E75"))
    for index in range(int(width // (9 * mm)) + 1):
        canvas.circle(6 * mm + index * 9 * mm, height - 7 * mm, 2.6 * mm, stroke=0, fill=1)
    canvas.setFillColor(st.NAVY)
    canvas.rect(0, 0, width, 8 * mm, stroke=0, fill=1)
    canvas.setFillColor(st.WHITE)
    canvas.setFont(BOLD, 8)
    canvas.drawString(st.MARGIN, 3 * mm, "Procesbouw")
    canvas.restoreState()


class ReportDocument(BaseDocTemplate):
    """The report's page layout; reports layout progress through ``progress``."""

    def __init__(self, out: str | BinaryIO, progress: Progress, **info: Any) -> None:
        super().__init__(out, pagesize=st.PORTRAIT, **info)
        self._progress = progress
        self.addPageTemplates(
            [
                PageTemplate(COVER, [_frame(COVER)], onPage=_draw_cover_band, pagesize=st.PORTRAIT),
                PageTemplate(PORTRAIT, [_frame(PORTRAIT)], pagesize=st.PORTRAIT),
                PageTemplate(LANDSCAPE, [_frame(LANDSCAPE)], pagesize=st.LANDSCAPE),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab hook)
        self._progress.advance()


@dataclass(frozen=True)
class _PendingReference:
    page: int
    x: float  # page coordinates
    y: float
    size: float
    section: str
    template: str  # with {page}


class SectionAnchor(Flowable):
    """Marks where a section starts, so page 1 can say on which page the rest is."""

    def __init__(self, section: str) -> None:
        super().__init__()
        self.section = section

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pages = getattr(self.canv, "section_pages", None)
        if pages is not None:
            pages.setdefault(self.section, self.canv.getPageNumber())


class PageReference(Flowable):
    """A short line such as "en 7 meer", followed by " — zie pagina 5" once the
    page of ``section`` is known (drawn when the document is saved)."""

    def __init__(self, text: str, section: str, template: str, size: float = 8.0) -> None:
        super().__init__()
        self.text, self.section, self.template, self.size = text, section, template, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.size * 1.5
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setFillColor(st.MUTED)
        canvas.setFont(REGULAR, self.size)
        canvas.drawString(0, 3, self.text)
        references = getattr(canvas, "page_references", None)
        if references is None:
            return
        a, b, c, d, e, f = canvas._currentMatrix
        x = canvas.stringWidth(self.text, REGULAR, self.size)
        references.append(
            _PendingReference(
                canvas.getPageNumber(), a * x + c * 3 + e, b * x + d * 3 + f,
                self.size, self.section, self.template,
            )
        )  # fmt: skip


def numbered_canvas(map_name: str, date_text: str, page_label: str) -> type[Canvas]:
    """A canvas class that adds the running header and footer to every page but
    the first. ``page_label`` is a template with ``{n}`` and ``{m}``."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # Shared by every page's saved state: where sections start, and the
            # "zie pagina N" texts waiting for those pages (see SectionAnchor, PageReference).
            self.section_pages: dict[str, int] = {}
            self.page_references: list[_PendingReference] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._draw_running_text(total)
                self._draw_page_references()
                super().showPage()
            super().save()

        def _draw_page_references(self) -> None:
            for ref in self.page_references:
                page = self.section_pages.get(ref.section)
                if ref.page != self._pageNumber or page is None:
                    continue
                self.saveState()
                self.setFillColor(st.MUTED)
                self.setFont(REGULAR, ref.size)
                self.drawString(ref.x, ref.y, ref.template.format(page=page))
                self.restoreState()

        def _draw_running_text(self, total: int) -> None:
            width, height = self._pagesize
            edge = margin(width, height)
            top = height - edge + 2 * mm
            bottom = edge - 4 * mm
            usable = width - 2 * edge
            self.saveState()
            self.setStrokeColor(st.RULE)
            self.setLineWidth(0.6)
            self.line(edge, top - 2.5 * mm, width - edge, top - 2.5 * mm)
            self.setFillColor(st.NAVY)
            self.setFont(BOLD, 8)
            self.drawString(edge, top, fit_width(map_name, BOLD, 8, usable * 0.7))
            self.setFillColor(st.MUTED)
            self.setFont(REGULAR, 8)
            self.drawRightString(width - edge, top, date_text)
            self.drawString(edge, bottom, "Procesbouw")
            self.drawRightString(
                width - edge, bottom, page_label.format(n=self._pageNumber, m=total)
            )
            self.restoreState()

    return NumberedCanvas
