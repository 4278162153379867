"""Rounded labels in a row that wraps: a finding's voice and its condition tags."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from procesbouw.report.fonts import BOLD, REGULAR
from procesbouw.report.text import fit_width

_SIZE = 7.5
_HEIGHT = 13.0
_PAD = 6.0
_GAP = 4.0


@dataclass(frozen=True)
class Chip:
    text: str
    fill: colors.Color
    ink: colors.Color
    bold: bool = False


class ChipRow(Flowable):
    """Chips laid out left to right, wrapping onto new lines as needed."""

    def __init__(self, chips: list[Chip]) -> None:
        super().__init__()
        self.chips = chips
        self._placed: list[tuple[Chip, str, float, float, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._placed = []
        x, line = 0.0, 0
        for chip in self.chips:
            font = BOLD if chip.bold else REGULAR
            text = fit_width(chip.text, font, _SIZE, avail_width - 2 * _PAD)
            width = stringWidth(text, font, _SIZE) + 2 * _PAD
            if x > 0 and x + width > avail_width:
                x, line = 0.0, line + 1
            self._placed.append((chip, text, x, float(line), width))
            x += width + _GAP
        lines = line + 1 if self.chips else 0
        self.width, self.height = avail_width, lines * (_HEIGHT + _GAP)
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        for chip, text, x, line, width in self._placed:
            y = self.height - (line + 1) * (_HEIGHT + _GAP) + _GAP
            canvas.setFillColor(chip.fill)
            canvas.roundRect(x, y, width, _HEIGHT, _HEIGHT / 2, stroke=0, fill=1)
            canvas.setFillColor(chip.ink)
            canvas.setFont(BOLD if chip.bold else REGULAR, _SIZE)
            canvas.drawString(x + _PAD, y + 3.6, text)
