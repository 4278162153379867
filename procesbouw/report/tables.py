"""The one table look of the report: navy header row, zebra rows, thin rules."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from procesbouw.report import styles as st
from procesbouw.report.text import para, truncate

# Characters of one cell (a long note): the rest is in the app, ends with "…".
CELL_LIMIT = 2000


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    numeric_columns: Sequence[int] = (),
) -> Table:
    """A table of plain text cells (escaped here) or ready flowables.

    Rows may split across pages (``splitInRow``) so that a long note never makes a
    row taller than a page; a cell shows at most ``CELL_LIMIT`` characters."""
    sheet = st.styles()

    def cell(value: str | Flowable, style: str, column: int) -> Flowable:
        if column in numeric_columns:
            style += "_right"
        if not isinstance(value, str):
            return value
        return Paragraph(para(truncate(value, CELL_LIMIT)), sheet[style])

    body = [[cell(text, "cell_head", column) for column, text in enumerate(header)]]
    body += [[cell(value, "cell", column) for column, value in enumerate(row)] for row in rows]
    table = Table(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, st.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [
        ("BACKGROUND", (0, row), (-1, row), st.PAPER_TINT) for row in range(2, len(body), 2)
    ]
    table.setStyle(TableStyle(commands))
    return table
