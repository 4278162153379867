"""User text made safe for the PDF without changing what the reader sees.

Whatever a facilitator typed — ``<``, ``&``, ``</para>``, control characters,
emoji, a 200-character word — must print as typed and never break the layout.
reportlab's Paragraph reads a small XML dialect, so text is escaped for it;
characters XML cannot hold are dropped; long words are split by the Paragraph
itself (``splitLongWords``) or, on the map canvas, by ``wrap_lines``: there at a
syllable with a hyphen ("Klantcontact-" / "centrum"), by Dutch hyphenation rules,
as the names on a map are the team's own words.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

from procesbouw.report.fonts import coverage

# Control characters XML 1.0 forbids (tab, newline and carriage return are allowed),
# unpaired surrogates and the two non-characters U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# reportlab writes a broken ToUnicode entry for characters beyond U+FFFF (emoji),
# which viewers then extract wrongly and poppler complains about; characters the
# font lacks would print as an empty box and copy as NUL. Both print as the
# replacement character instead: visibly "a character was here", and searchable.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
REPLACEMENT = "\ufffd"
ELLIPSIS = "…"


def clean(text: str) -> str:
    """``text`` without characters the PDF cannot carry; line breaks kept as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _ASTRAL.sub(REPLACEMENT, _ILLEGAL.sub("", text))
    covered = coverage()
    missing = {ord(ch): REPLACEMENT for ch in set(text) if ord(ch) not in covered and ch != "\n"}
    return text.translate(missing) if missing else text


def para(text: str) -> str:
    """Paragraph markup that shows ``text`` exactly as typed, line breaks included."""
    return escape(clean(text)).replace("\n", "<br/>")


def truncate(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters with an ellipsis, line breaks kept: a
    table cell cannot break across pages, and reportlab re-wraps all of it at every
    page split, so a few thousand characters there would make the report crawl."""
    return text if len(text) <= limit else text[: max(limit - 1, 1)].rstrip() + ELLIPSIS


def one_line(text: str) -> str:
    """``text`` on a single line (for headers, chips and table labels)."""
    return " ".join(clean(text).split())


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis."""
    line = one_line(text)
    return line if len(line) <= limit else line[: max(limit - 1, 1)].rstrip() + ELLIPSIS


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with an ellipsis so that it fits ``width`` points."""
    line = one_line(text)
    if stringWidth(line, font, size) <= width:
        return line
    return _cut_with_ellipsis(line, font, size, width)


def _cut_with_ellipsis(line: str, font: str, size: float, width: float) -> str:
    low, high = 0, len(line)
    while low < high:  # the longest prefix that fits together with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(line[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + ELLIPSIS


def wrap_lines(
    text: str, font: str, size: float, width: float, max_lines: int, split_words: bool = True
) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` points.

    Words longer than a line are split at the last syllable that fits, with a
    hyphen, else between characters; without ``split_words`` (a label under a
    chart) such a word stays whole and is cut with an ellipsis. Text that does
    not fit ends with an ellipsis."""
    words = one_line(text).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while split_words and stringWidth(current, font, size) > width and len(current) > 1:
            head, current = _split_word(current, font, size, width)
            lines.append(head)
        if len(lines) > max_lines:
            break
    if current:
        lines.append(current)
    if not split_words:
        lines = [fit_width(line, font, size, width) for line in lines]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _cut_with_ellipsis(lines[-1], font, size, width)
    return lines


def _split_word(word: str, font: str, size: float, width: float) -> tuple[str, str]:
    """The first line of a word too long for ``width``, and the rest."""
    for cut in sorted(_syllables().positions(word), reverse=True):
        if stringWidth(word[:cut] + "-", font, size) <= width:
            return word[:cut] + "-", word[cut:]
    cut = _longest_fitting_prefix(word, font, size, width)
    return word[:cut], word[cut:]


@cache
def _syllables() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL")


def _longest_fitting_prefix(word: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low
