"""The report's Unicode font (DejaVu Sans, shipped in ``resources/fonts``).

Registration with reportlab is process-wide, so it happens once, under a lock:
the UI builds reports in a worker thread while a CLI or test may build another.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "ProcesbouwSans"
BOLD = "ProcesbouwSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False
_coverage: frozenset[int] = frozenset()


def register_fonts() -> None:
    """Make ``REGULAR`` and ``BOLD`` known to reportlab; safe to call from any thread."""
    global _registered, _coverage
    with _lock:
        if _registered:
            return
        folder = resources.files("resources.fonts")
        for name, filename in _FILES.items():
            with resources.as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> inside a Paragraph picks the bold face; there is no italic face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        faces = [pdfmetrics.getFont(name).face for name in _FILES]
        _coverage = frozenset.intersection(*(frozenset(face.charToGlyph) for face in faces))
        _registered = True


def coverage() -> frozenset[int]:
    """The code points both faces have a glyph for."""
    register_fonts()
    return _coverage
