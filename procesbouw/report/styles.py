"""All visual constants of the report in one place: page geometry, colours,
paragraph styles and the readable-text-on-a-colour rule."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from procesbouw.report.fonts import BOLD, REGULAR, register_fonts

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 18 * mm
MAP_MARGIN = 12 * mm  # landscape map pages
HEADER_HEIGHT = 10 * mm  # space the running header and footer take inside the margin

# Colours: a calm navy for structure, amber for the critical path, red for trouble.
INK = colors.HexColor("#1E2838")
NAVY = colors.HexColor("#1B3A5C")
NAVY_LIGHT = colors.HexColor("#E7EDF4")
MUTED = colors.HexColor("#6B7480")
RULE = colors.HexColor("#D5DAE1")
PAPER_TINT = colors.HexColor("#F4F6F9")
ACCENT = colors.HexColor("#E8A317")
ACCENT_DARK = colors.HexColor("#B57A00")
ALERT = colors.HexColor("#C8102E")
ACCENT_LIGHT = colors.HexColor("#FDF3DC")
GOOD = colors.HexColor("#237841")
WHITE = colors.white

VOICE_COLOURS = {
    "customer": colors.HexColor("#0E7C86"),
    "employee": colors.HexColor("#5B4B8A"),
    "business": colors.HexColor("#9A5B13"),
}


def colour(hex_code: str) -> colors.Color:
    """A role colour; an unreadable code falls back to LEGO blue."""
    try:
        return colors.HexColor(hex_code)
    except (ValueError, TypeError):
        return colors.HexColor("#0055BF")


def text_colour_on(background: colors.Color) -> colors.Color:
    """Black or white, whichever reads better on ``background`` (WCAG luminance)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = background.red, background.green, background.blue
    luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    # Contrast with white is (1.05)/(L+0.05); with black (L+0.05)/0.05; pick the larger.
    return INK if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else WHITE


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, keyed by purpose."""
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        splitLongWords=True,
        spaceAfter=4,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "small": derive("small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2),
        "cell": derive("cell", fontSize=8, leading=10, spaceAfter=0),
        "cell_bold": derive("cell_bold", fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
        "cell_head": derive(
            "cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=WHITE, spaceAfter=0
        ),
        "cell_right": derive(
            "cell_right", fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT
        ),
        "cell_head_right": derive(
            "cell_head_right",
            fontName=BOLD,
            fontSize=8,
            leading=10,
            textColor=WHITE,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "h1": derive("h1", fontName=BOLD, fontSize=20, leading=25, textColor=NAVY, spaceAfter=8),
        "map_title": derive(
            "map_title", fontName=BOLD, fontSize=15, leading=18, textColor=NAVY, spaceAfter=6
        ),
        "h2": derive(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h3": derive("h3", fontName=BOLD, fontSize=11, leading=14, spaceBefore=4, spaceAfter=3),
        "intro": derive("intro", fontSize=10.5, leading=15, textColor=MUTED, spaceAfter=10),
        "bullet": derive("bullet", fontSize=9, leading=12.5, leftIndent=10, spaceAfter=3),
        "figure_value": derive(
            "figure_value", fontName=BOLD, fontSize=20, leading=24, textColor=NAVY, spaceAfter=0
        ),
        "figure_label": derive(
            "figure_label", fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=0
        ),
        "figure_value_inverse": derive(
            "figure_value_inverse", fontName=BOLD, fontSize=20, leading=24, textColor=WHITE
        ),
        "figure_label_inverse": derive(
            "figure_label_inverse",
            fontSize=7.5,
            leading=9.5,
            textColor=colors.HexColor("#C9D6E6"),
            spaceAfter=0,
        ),
        "cover_title": derive(
            "cover_title", fontName=BOLD, fontSize=30, leading=36, textColor=NAVY, spaceAfter=10
        ),
        "cover_kind": derive(
            "cover_kind", fontName=BOLD, fontSize=10, leading=13, textColor=ACCENT_DARK
        ),
        "cover_meta": derive("cover_meta", fontSize=11, leading=16, spaceAfter=0),
        "note": derive(
            "note",
            fontSize=9,
            leading=12.5,
            textColor=NAVY,
            backColor=NAVY_LIGHT,
            borderPadding=6,
            spaceBefore=6,
            spaceAfter=12,
        ),
        "story": derive("story", spaceAfter=5),
        "change_value": derive(
            "change_value", fontName=BOLD, fontSize=15, leading=19, textColor=WHITE, spaceAfter=0
        ),
        "change_term": derive(
            "change_term", fontName=BOLD, fontSize=9, leading=11, textColor=ACCENT, spaceAfter=0
        ),
        "question_title": derive(
            "question_title", fontName=BOLD, fontSize=12, leading=15, textColor=ACCENT_DARK
        ),
        "question": derive("question", fontSize=10.5, leading=14.5, spaceAfter=0),
        "voice_verdict": derive(
            "voice_verdict", fontName=BOLD, fontSize=8, leading=10, textColor=GOOD, spaceAfter=0
        ),
    }
