"""Opening received maps through the app, as a facilitator double-clicks them.

Every file of the hostile corpus either opens in a window or is refused with
the message the storage gives (a dialog, nothing else): no traceback, no crash.
A read-only map opens read-only with a banner and "Opslaan als…"; a journal that
does not belong to the map is set aside and the banner says so.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from procesbouw.model import ValidationError
from procesbouw.storage import MapFile, MapFileError
from procesbouw.storage.journal import journal_path
from tests.hostile.make_corpus import CASES, base_map, build
from ui.app import Procesbouw

Corpus = dict[str, tuple[Path, str]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build(tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def app_controller(qtbot: object) -> Iterator[Procesbouw]:
    controller = Procesbouw()
    yield controller
    for window in list(controller.windows):
        window.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def _reason(path: Path) -> str:
    try:
        with MapFile.open(path, read_only=True):
            return ""
    except MapFileError as error:
        return str(error)


@pytest.mark.parametrize("name", CASES)
def test_every_received_file_opens_or_is_refused_with_its_reason(
    qtbot: object, app_controller: Procesbouw, corpus: Corpus, warnings: list[str], name: str
) -> None:
    path, expected = corpus[name]
    reason = _reason(path)
    window = app_controller.open_map(path)
    if expected == "ok":
        assert window is not None and warnings == []
        QTest.qWaitForWindowExposed(window)
        assert set(window.scene.bricks) == set(window.document.map.steps)
    else:
        assert window is None and warnings == [reason]


def test_a_read_only_file_opens_read_only_with_save_as(
    qtbot: object, app_controller: Procesbouw, tmp_path: Path, corpus: Corpus, warnings: list[str]
) -> None:
    path = tmp_path / "alleen-lezen.procesbouw"
    shutil.copyfile(corpus["intact"][0], path)
    path.chmod(0o444)
    window = app_controller.open_map(path)
    assert window is not None and window.document.read_only and warnings == []
    bar = window.message_bar
    assert bar.isVisible() and bar.save_as_button.isVisible()
    assert "alleen-lezen" in bar.text.text() and "het bestand" in bar.text.text()
    assert not window.edits.new_step_action.isEnabled()
    with pytest.raises(ValidationError, match="alleen-lezen"):  # refused up front, with a reason
        window.document.rename(next(iter(window.document.map.steps)), "Nieuw")
    copy = tmp_path / "kopie.procesbouw"
    window.files.save_as_path(copy)  # "Opslaan als…": continue, editable, in a new window
    [editable] = app_controller.windows
    assert editable.document.file.path == copy and not editable.document.read_only
    assert not editable.message_bar.isVisible()


def test_a_foreign_journal_is_set_aside_and_the_banner_says_so(
    qtbot: object, app_controller: Procesbouw, tmp_path: Path, warnings: list[str]
) -> None:
    make, _expected = CASES["journal_of_another_map"]
    path = tmp_path / "ontvangen.procesbouw"
    make(base_map(tmp_path), path)
    assert journal_path(path).exists()
    before = path.read_bytes()
    window = app_controller.open_map(path)
    assert window is not None and not window.document.read_only and warnings == []
    assert window.message_bar.isVisible()
    assert "opzijgezet" in window.message_bar.text.text()
    assert path.read_bytes() == before
    assert not journal_path(path).exists()
    assert len(list(tmp_path.glob("ontvangen.procesbouw-journal.orphan-*"))) == 1
