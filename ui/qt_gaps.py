"""Dutch for the few labels of Qt's own dialogs that Qt's Dutch catalogue
(qtbase_nl) leaves in English: the file dialog said "Look in:" and "Files of
type:" in an otherwise Dutch window."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_DUTCH = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
}


class QtDutchGaps(QTranslator):
    """Answers only the lookups in ``_DUTCH``; everything else goes on to Qt's own."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's null string, "not mine": an empty string would be taken as
        # the translation of every text in the app.
        return _DUTCH.get((context, source))

    def isEmpty(self) -> bool:
        return False
