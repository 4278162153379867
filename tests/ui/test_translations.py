"""The English translation: complete, current with the code, compiled, and loaded.

Dutch is the source language; ``procesbouw_en.ts`` translates every message and
``procesbouw_nl.ts`` only gives the Dutch plural forms of ``%n`` messages.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDockWidget, QGraphicsSceneHoverEvent

from procesbouw.storage import MapFile
from resources import copy_sample_to
from resources.translations.update_translations import HERE, compile_qm, update_ts
from ui.document import MapDocument
from ui.main_window import MainWindow

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
LANGUAGES = ("en", "nl")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    numerus: bool
    finished: bool
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(ts: Path) -> list[Message]:
    messages = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment"),
                    numerus=numerus,
                    finished=translation.get("type") != "unfinished",
                    forms=forms,
                )
            )
    return messages


def ts_path(language: str) -> Path:
    return HERE / f"procesbouw_{language}.ts"


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def translation_problems(message: Message) -> list[str]:
    """Why a message that should be translated is not (properly); empty if fine."""
    if not message.finished:
        return [f"{message.where()} is unfinished"]
    problems = []
    if message.numerus and len(message.forms) != 2:
        problems.append(f"{message.where()} needs 2 plural forms, has {len(message.forms)}")
    for form in message.forms:
        if not form:
            problems.append(f"{message.where()} has an empty translation")
        elif placeholders(form) != placeholders(message.source):
            problems.append(f"{message.where()} → {form!r}: placeholders differ")
    return problems


def test_every_english_message_is_translated_with_its_placeholders() -> None:
    messages = read_ts(ts_path("en"))
    assert len(messages) > 100
    problems = [p for m in messages for p in translation_problems(m)]
    assert problems == []


def test_dutch_file_gives_plural_forms_and_nothing_else() -> None:
    messages = read_ts(ts_path("nl"))
    plural = [m for m in messages if m.numerus]
    assert plural
    assert [p for m in plural for p in translation_problems(m)] == []
    # Every other Dutch message stays unfinished, so Qt shows the source text as written.
    assert [m.where() for m in messages if not m.numerus and m.finished] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_files_hold_exactly_the_strings_of_the_code(language: str, tmp_path: Path) -> None:
    """A ``tr()`` string added without running the update script (or without
    translating it) fails here, as does one that vanished from the code."""
    committed = read_ts(ts_path(language))
    refreshed_path = tmp_path / ts_path(language).name
    shutil.copyfile(ts_path(language), refreshed_path)
    update_ts(refreshed_path)
    refreshed = read_ts(refreshed_path)
    new = sorted(m.where() for m in refreshed if m.key not in {c.key for c in committed})
    gone = sorted(m.where() for m in committed if m.key not in {r.key for r in refreshed})
    assert not new and not gone, (
        f"new: {new}, gone: {gone}; run python -m resources.translations.update_translations"
    )
    needed = [m for m in refreshed if language == "en" or m.numerus]
    assert [p for m in needed for p in translation_problems(m)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_is_compiled_from_the_committed_ts(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"procesbouw_{language}.qm"
    compile_qm(ts_path(language), fresh)
    assert fresh.read_bytes() == ts_path(language).with_suffix(".qm").read_bytes()


@pytest.fixture
def install(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Appends translators to the returned list to install them; all are removed after."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def load(language: str, installed: list[QTranslator]) -> None:
    translator = QTranslator()
    assert translator.load(str(ts_path(language).with_suffix(".qm")))
    assert QCoreApplication.installTranslator(translator)
    installed.append(translator)


def test_english_qm_translates_menus_shortcut_texts_and_plurals(
    install: list[QTranslator],
) -> None:
    translate = QCoreApplication.translate
    assert translate("WindowMenus", "Ongedaan maken") == "Ongedaan maken"
    load("en", install)
    assert translate("WindowMenus", "Ongedaan maken") == "Undo"
    assert translate("WindowMenus", "&Bestand") == "&File"
    assert translate("SelectionEdits", "Nieuwe stap\tTab") == "New step\tTab"
    assert translate("LegoColour", "Grijs") == "Grey"
    assert translate("RecentCard", "%n stap(pen)", None, 1) == "1 step"
    assert translate("RecentCard", "%n stap(pen)", None, 2) == "2 steps"


def test_dutch_qm_gives_singular_and_plural(install: list[QTranslator]) -> None:
    translate = QCoreApplication.translate
    assert translate("RecentCard", "%n stap(pen)", None, 1) == "1 stap(pen)"
    load("nl", install)
    assert translate("RecentCard", "%n stap(pen)", None, 1) == "1 stap"
    assert translate("RecentCard", "%n stap(pen)", None, 2) == "2 stappen"
    assert translate("RolesPanel", "%n stap(pen)", None, 1) == "1 stap"
    assert translate("WindowMenus", "Ongedaan maken") == "Ongedaan maken"


def test_main_window_built_in_english_speaks_english(
    install: list[QTranslator], request: pytest.FixtureRequest
) -> None:
    load("en", install)
    window: MainWindow = request.getfixturevalue("window")  # built after the translator
    menus = [action.text() for action in window.menuBar().actions()]
    assert sorted(menus) == sorted(
        ["&File", "&Edit", "&Analysis", "&View", "&Session", "&Team library"]
    )
    docks = {dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    assert {"Roles", "Properties", "Analysis", "Findings", "Snapshots"} <= docks
    assert not docks & {"Rollen", "Eigenschappen", "Analyse", "Bevindingen", "Momentopnamen"}


class RecordingTranslator(QTranslator):
    """The English translator, noting every lookup it has no answer for."""

    def __init__(self, english: QTranslator) -> None:
        super().__init__()
        self.english = english
        self.unanswered: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = self.english.translate(context, source_text, disambiguation, n)
        if not found:
            self.unanswered.add((context, source_text))
        return found or None  # None, not "": Qt then falls back to the source text

    def isEmpty(self) -> bool:
        return False


QT_CONTEXT = re.compile(r"Q[A-Z]")  # Qt's own lookups (QShortcut, QTabBar, ...)

# Texts the UI looks up under a context lupdate does not see, so they stay Dutch in
# English. Fix them in the code (a literal QCoreApplication.translate("Context",
# "tekst") or QT_TRANSLATE_NOOP where the text is written) and then delete them here:
# the test below fails on any new one and on any fixed one, so this list only shrinks.
KNOWN_UNTRANSLATED: set[tuple[str, str]] = set()


def test_every_text_the_english_window_looks_up_is_in_the_ts(
    qtbot: object, install: list[QTranslator], tmp_path: Path
) -> None:
    english = QTranslator()
    assert english.load(str(ts_path("en").with_suffix(".qm")))
    recorder = RecordingTranslator(english)
    QCoreApplication.installTranslator(recorder)
    install.append(recorder)
    window = MainWindow(MapDocument(MapFile.open(copy_sample_to(tmp_path))))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitUntil(lambda: window.live_analysis.latest is not None)  # type: ignore[attr-defined]
    # Fill the editors too: a flow, then a step, a finding and an experiment.
    for ids in ([next(iter(window.scene.flows))], [next(iter(window.scene.bricks))]):
        window.scene.select_ids(ids)
    window.findings.list.setCurrentRow(0)
    window.experiments.list.setCurrentRow(0)
    # A brick's tooltip is made on the first hover.
    next(iter(window.scene.bricks.values())).hoverEnterEvent(QGraphicsSceneHoverEvent())
    assert window.findings.list.current_id() and window.experiments.list.current_id()
    messages = read_ts(ts_path("en"))
    in_ts = {(m.context, m.source) for m in messages}
    # PySide's self.tr() asks the base classes too when the English equals the Dutch.
    same_in_english = {m.source for m in messages if m.forms == (m.source,)}
    untranslated = {
        (context, text)
        for context, text in recorder.unanswered
        if not QT_CONTEXT.match(context) and (context, text) not in in_ts
        if text not in same_in_english
    }
    assert untranslated - KNOWN_UNTRANSLATED == set(), "looked up, but not in the .ts"
    assert KNOWN_UNTRANSLATED - untranslated == set(), "fixed? delete from KNOWN_UNTRANSLATED"
