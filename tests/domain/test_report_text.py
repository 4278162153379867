"""The building blocks of the report: safe text, wrapping, colours, formats, layout."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as text_strategies
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from procesbouw.model import Flow, ProcessMap, Step
from procesbouw.report import strings
from procesbouw.report.fonts import BOLD, REGULAR
from procesbouw.report.map_layout import (
    BRICK_HEIGHT,
    BRICK_WIDTH,
    brick_positions,
    map_bounds,
    tiles,
)
from procesbouw.report.styles import INK, WHITE, text_colour_on
from procesbouw.report.text import REPLACEMENT, clean, para, shorten, wrap_lines
from procesbouw.units import format_percent


def test_markup_characters_are_escaped_for_paragraphs() -> None:
    assert para("a < b & </para> <b>") == "a &lt; b &amp; &lt;/para&gt; &lt;b&gt;"
    assert para("regel 1\r\nregel 2") == "regel 1<br/>regel 2"


def test_control_characters_go_and_missing_glyphs_become_the_replacement() -> None:
    assert clean("a\x00b\x07c\x1bd\ufffe") == "abcd"
    assert clean("tab\there") == "tab here"
    assert clean("raket 🚀 日") == f"raket {REPLACEMENT} {REPLACEMENT}"
    assert clean("Zoë € Анна") == "Zoë € Анна"


@settings(max_examples=60, deadline=None)
@given(text_strategies.text(max_size=300))
def test_any_text_becomes_valid_paragraph_markup(typed: str) -> None:
    from reportlab.platypus import Paragraph

    from procesbouw.report.styles import styles

    Paragraph(para(typed), styles()["body"]).wrap(200, 1000)  # raises on bad markup


def test_wrapping_splits_long_words_and_stops_with_an_ellipsis() -> None:
    lines = wrap_lines("x" * 200, BOLD, 10, 100, max_lines=2)
    assert len(lines) == 2
    assert all(stringWidth(line, BOLD, 10) <= 100 for line in lines)
    assert lines[-1].endswith("…")
    assert wrap_lines("Intake plannen", REGULAR, 10, 200, max_lines=2) == ["Intake plannen"]
    short = wrap_lines("Zorgplan opstellen met de cliënt", REGULAR, 10, 80, max_lines=3)
    assert " ".join(short) == "Zorgplan opstellen met de cliënt"


def test_a_word_too_long_for_its_line_breaks_at_a_syllable_with_a_hyphen() -> None:
    # A lane on the report's map is narrow: "Klantcontactcen" / "trum" read as a fault.
    for word, expected in (
        ("Klantcontactcentrum", ["Klantcontact-", "centrum"]),
        ("Wijkverpleegkundige", ["Wijkverpleeg-", "kundige"]),
    ):
        room = stringWidth(word, BOLD, 6) * 0.8
        assert wrap_lines(word, BOLD, 6, room, max_lines=3) == expected
    # Without a syllable that fits, it still breaks between characters.
    lines = wrap_lines("Klantcontactcentrum", BOLD, 6, stringWidth("Klant", BOLD, 6), 6)
    assert "".join(lines).replace("-", "") == "Klantcontactcentrum"
    assert all(stringWidth(line, BOLD, 6) <= stringWidth("Klant", BOLD, 6) for line in lines)


def test_shorten_cuts_on_one_line() -> None:
    assert shorten("een\nkorte tekst", 50) == "een korte tekst"
    assert shorten("a" * 30, 10) == "a" * 9 + "…"


def test_text_on_a_brick_is_dark_on_light_colours_and_white_on_dark_ones() -> None:
    assert text_colour_on(colors.HexColor("#F2CD37")) == INK  # LEGO yellow
    assert text_colour_on(colors.HexColor("#A0A5A9")) == INK  # light grey
    assert text_colour_on(colors.HexColor("#0055BF")) == WHITE  # blue
    assert text_colour_on(colors.HexColor("#05131D")) == WHITE  # black


def test_dates_numbers_and_changes_follow_the_language() -> None:
    assert strings.format_date(date(2026, 11, 24), "nl") == "24 november 2026"
    assert strings.format_date(date(2026, 11, 24), "en") == "24 November 2026"
    assert format_percent(0.8333, "nl") == "83 %"
    assert format_percent(0.8333, "en") == "83%"
    assert strings.format_count(1234, "nl") == "1.234"
    assert strings.format_minutes(1.5 * 60, 24, "nl") == "1,5 u"


def test_every_label_exists_in_both_languages() -> None:
    for key, pair in strings._LABELS.items():
        assert all(pair), key


def test_bricks_piled_on_one_spot_are_laid_out_by_handoff_order() -> None:
    pm = ProcessMap()
    steps = [Step(f"Stap {i}") for i in range(4)]  # all at (0, 0), as after a CSV import
    for step in steps:
        pm.add(step)
    for a, b in zip(steps, steps[1:], strict=False):
        pm.add(Flow(a.id, b.id))
    positions = brick_positions(pm)
    xs = [positions[s.id][0] for s in steps]
    assert xs == sorted(xs) and len(set(xs)) == 4
    assert xs[1] - xs[0] > BRICK_WIDTH


def test_arranged_bricks_keep_their_canvas_positions() -> None:
    pm = ProcessMap()
    pm.add(Step("A", x=0, y=0))
    pm.add(Step("B", x=400, y=300))
    assert sorted(brick_positions(pm).values()) == [(0, 0), (400, 300)]


def test_tiles_cut_between_bricks_and_leave_out_empty_areas() -> None:
    positions = {f"s{i}": (i * 200.0, 0.0) for i in range(20)}
    positions["far below"] = (0.0, 2000.0)
    pieces = tiles(map_bounds(positions), positions, 770, 400)
    assert len(pieces) > 2
    for x, y in positions.values():
        holding = [
            t.view
            for t in pieces
            if t.view.x <= x and x + BRICK_WIDTH <= t.view.right
            and t.view.y <= y and y + BRICK_HEIGHT <= t.view.bottom
        ]  # fmt: skip
        assert len(holding) == 1  # every brick whole, on exactly one tile
    rows = {t.name.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for t in pieces}
    columns = {t.name.rstrip("0123456789") for t in pieces}
    assert len(pieces) < len(rows) * len(columns)  # the empty stretch is not printed
