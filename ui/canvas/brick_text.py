"""The words on a brick: its fonts, wrapped name, rounded badges and tooltip."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from procesbouw.model import Step
from procesbouw.units import format_duration, format_duration_rounded
from ui import settings
from ui.canvas import style

NAME_FONT = QFont()
NAME_FONT.setPointSizeF(style.NAME_POINT_SIZE)
NAME_FONT.setBold(True)
DETAIL_FONT = QFont()
DETAIL_FONT.setPointSizeF(style.DETAIL_POINT_SIZE)


def wrapped_lines(
    text: str, font: QFont, width: float, max_lines: int, break_words: bool = True
) -> list[str]:
    """``text`` wrapped to ``width``, the last line elided. Long words are broken,
    or, with ``break_words`` off, cut short with an ellipsis."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if break_words
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    metrics = QFontMetricsF(font)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = lines[: max_lines - 1] + [rest]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def badge_texts(step: Step, hours_per_day: float) -> list[tuple[str, str]]:
    """(kind, text) of the badges: wait, process and, below 100 %, FTR. Rounded on
    the brick (it must fit); exact in the tooltip and properties."""
    lang = settings.active_language()
    badges = [("wait", format_duration_rounded(step.wait_minutes, hours_per_day, lang))]
    badges.append(("process", format_duration_rounded(step.process_minutes, hours_per_day, lang)))
    if step.ftr_percent < 100:
        badges.append(("ftr", f"{step.ftr_percent:g}%".replace(".", ",")))
    return badges


def tooltip_html(step: Step, role_name: str, hours_per_day: float) -> str:
    """The brick's tooltip: name, role and the exact times and FTR."""
    lang = settings.active_language()
    lines = [
        f"<b>{escape(step.name)}</b>",
        escape(role_name),
        QCoreApplication.translate("BrickItem", "Wachttijd: %1").replace(
            "%1", format_duration(step.wait_minutes, hours_per_day, lang)
        ),
        QCoreApplication.translate("BrickItem", "Bewerkingstijd: %1").replace(
            "%1",
            format_duration(step.process_minutes, hours_per_day, lang),
        ),
        QCoreApplication.translate("BrickItem", "First-time-right: %1%").replace(
            "%1", f"{step.ftr_percent:g}"
        ),
    ]
    if step.note:
        lines.append(f"<i>{escape(step.note)}</i>")
    return "<br>".join(lines)
